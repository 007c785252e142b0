import { describe, expect, it } from 'vitest';
import { readNumber } from './analysis-state.svelte';

describe('reading a typed setting by the one rule for typed numbers (metrics/number-input)', () => {
	it.each([
		// text, min, max, whole number?, decimal separator, value
		['12', 1, 36, true, '.', 12],
		[' 3 ', 1, 36, true, '.', 3],
		['0', 1, 36, true, '.', null],
		['37', 1, 36, true, '.', null],
		['2.5', 1, 36, true, '.', null],
		['', 0.1, 50, false, '.', null],
		['abc', 0.1, 50, false, '.', null],
		['1,5', 0.1, 50, false, '.', 1.5],
		['2,5', 0.1, 50, false, ',', 2.5],
		['10,000', 0.01, 1e12, false, '.', 10000],
		['10.000', 0.01, 1e12, false, ',', 10000],
		['1 000', 0.01, 1e12, false, ',', 1000]
	] as const)('%j in [%d, %d] (whole: %s, decimal %s) → %s', (text, min, max, integer, decimal, value) => {
		expect(readNumber(text, min, max, integer, decimal)).toBe(value);
	});
});
