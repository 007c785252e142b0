import { describe, expect, it } from 'vitest';
import { differenceOf } from './typed-arrays';

describe('differenceOf', () => {
	it.each([
		['equal values', Float64Array.of(1, NaN, 3), Float64Array.of(1, NaN, 3), null],
		['a different value', Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 4), 'at [2]: expected 4, got 3'],
		['NaN against a number', Float64Array.of(NaN), Float64Array.of(0), 'at [0]: expected 0, got NaN'],
		['-0 against 0', Float64Array.of(-0), Float64Array.of(0), 'at [0]: expected 0, got 0'],
		['a shorter array', Int32Array.of(1), Int32Array.of(1, 2), 'expected 2 values, got 1'],
		['another kind of array', Int32Array.of(1), Float64Array.of(1), 'expected a Float64Array, got a Int32Array'],
		['a plain array against a typed one', [1], Int32Array.of(1), 'expected a Int32Array, got a Array'],
		['nothing', null, Int32Array.of(1), 'expected 1 values, got null']
	] as const)('%s', (_case, actual, expected, difference) => {
		expect(differenceOf(actual, expected)).toBe(difference);
	});
});
