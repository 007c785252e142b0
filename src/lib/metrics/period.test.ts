import { describe, expect, it } from 'vitest';
import { isPeriod, periodRatio, periodsPerYear } from './period';

describe('periods', () => {
	it.each([
		['month', 12],
		['quarter', 4],
		['year', 1]
	] as const)('a year has %d %s', (period, count) => {
		expect(periodsPerYear(period)).toBe(count);
	});

	it.each([
		['month', 'quarter', 3],
		['month', 'year', 12],
		['quarter', 'year', 4],
		['year', 'month', 1 / 12],
		['quarter', 'quarter', 1]
	] as const)('%s → %s: factor %d', (from, to, ratio) => {
		expect(periodRatio(from, to)).toBeCloseTo(ratio, 15);
	});

	it.each([
		['month', true],
		['week', false],
		[null, false]
	])('isPeriod(%j) → %s', (value, expected) => {
		expect(isPeriod(value)).toBe(expected);
	});
});
