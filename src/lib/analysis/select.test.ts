import { describe, expect, it } from 'vitest';
import { mulberry32 } from '$lib/models/random';
import { integerValuesAtRanks, valuesAtRanks } from './select';

/** What the sort-based code did: the values of a sorted copy at the ranks. */
function bySorting(values: ArrayLike<number>, ranks: number[]): number[] {
	const sorted = Float64Array.from(values).sort();
	return ranks.map((rank) => sorted[rank]);
}

const random = mulberry32(7);
const spread = (n: number) => Array.from({ length: n }, () => Math.round(random() * random() * 500_000) / 100);
const fewValues = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 4));
const organPipe = (n: number) => Array.from({ length: n }, (_, i) => (i < n / 2 ? i : n - i));

describe('valuesAtRanks gives what a sorted copy holds', () => {
	it.each([
		['one value', [42], [0]],
		['two values, both ranks', [2, 1], [0, 1]],
		['hand-worked quintiles of ten', [9, 1, 8, 2, 7, 3, 6, 4, 5, 10], [1, 3, 5, 7]],
		['all equal', Array(1000).fill(3), [199, 399, 599, 799]],
		[
			'mostly one value (one-time buyers)',
			[...Array(900).fill(1), 2, 2, 3, 5, 8, ...Array(95).fill(1)],
			[199, 399, 599, 799]
		],
		['negatives and zeros (refunds)', [-5, 0, 0, -1.5, 3, 0, -5, 2, 0, 1], [0, 2, 4, 9]],
		['the same rank twice', [5, 3, 1, 4, 2], [2, 2]],
		['ranks not in order', [9, 1, 8, 2, 7, 3, 6, 4, 5, 10], [7, 1, 5, 0, 9]],
		['ascending input', Array.from({ length: 5000 }, (_, i) => i), [999, 1999, 2999, 3999]],
		['descending input', Array.from({ length: 5000 }, (_, i) => 5000 - i), [999, 1999, 2999, 3999]],
		['organ pipe', organPipe(5001), [0, 2500, 5000]],
		['many ties among a few values', fewValues(20_000), [3999, 7999, 11_999, 15_999]],
		['spread values, top 1 % and 10 %', spread(100_000), [89_999, 98_999]],
		['infinities', [Infinity, 1, -Infinity, 2], [0, 1, 2, 3]],
		['NaN sorts last, as the typed-array sort puts it', [3, NaN, 1, 2], [0, 2, 3]]
	])('%s', (_, values, ranks) => {
		expect(valuesAtRanks(Float64Array.from(values), ranks)).toEqual(bySorting(values, ranks));
	});

	it.each([0, 1, 2])('gives the same values when it falls back to sorting after %i partitions', (partitions) => {
		const values = spread(20_000);
		const ranks = [3999, 7999, 11_999, 15_999];
		expect(valuesAtRanks(Float64Array.from(values), ranks, partitions)).toEqual(bySorting(values, ranks));
	});

	it('leaves every value of the copy in it (only reordered)', () => {
		const values = spread(10_000);
		const copy = Float64Array.from(values);
		valuesAtRanks(copy, [1999, 3999, 5999, 7999]);
		expect(Array.from(copy.sort())).toEqual(Array.from(Float64Array.from(values).sort()));
	});

	it.each([
		['a rank past the end', [10]],
		['a negative rank', [-1]],
		['a fractional rank', [1.5]]
	])('refuses %s', (_, ranks) => {
		expect(() => valuesAtRanks(new Float64Array(10), ranks)).toThrow(RangeError);
	});

	it('gives nothing for no ranks', () => expect(valuesAtRanks(new Float64Array(3), [])).toEqual([]));
});

describe('integerValuesAtRanks gives what a sorted copy holds', () => {
	const days = (n: number) => Array.from({ length: n }, () => Math.floor(random() * random() * 1100));
	it.each([
		['one value', [42], [0]],
		['hand-worked quintiles of ten', [9, 1, 8, 2, 7, 3, 6, 4, 5, 10], [1, 3, 5, 7]],
		['all equal', Array(1000).fill(3), [199, 399, 599, 799]],
		['mostly one order each', [...Array(900).fill(1), 2, 2, 3, 5, 8, ...Array(95).fill(1)], [199, 399, 599, 799]],
		['zeros and negatives', [0, -3, 0, 7, -3, 2, 0], [0, 1, 3, 6]],
		['the same rank twice, ranks not in order', [5, 3, 1, 4, 2], [4, 2, 2, 0]],
		['the first and last rank on a gap in the values', [0, 1000, 1000, 0], [1, 2]],
		['many ties among a few values', fewValues(20_000), [3999, 7999, 11_999, 15_999]],
		['days since a last order', days(100_000), [19_999, 39_999, 59_999, 79_999]],
		['the int32 extremes (too far apart to count)', [2 ** 31 - 1, -(2 ** 31), 0, 5], [0, 1, 2, 3]]
	])('%s', (_, values, ranks) => {
		expect(integerValuesAtRanks(Int32Array.from(values), ranks)).toEqual(bySorting(values, ranks));
	});

	it.each([1, 2, 10])('gives the same values when selecting where more than %i slots would be needed', (maxSlots) => {
		const values = days(5_000);
		const ranks = [999, 1999, 2999, 3999];
		expect(integerValuesAtRanks(Int32Array.from(values), ranks, maxSlots)).toEqual(bySorting(values, ranks));
	});

	it('leaves the values as they were', () => {
		const values = Int32Array.from(days(1_000));
		const copy = values.slice();
		integerValuesAtRanks(values, [199, 799]);
		expect(values).toEqual(copy);
	});

	it.each([
		['a rank past the end', [10]],
		['a negative rank', [-1]],
		['a fractional rank', [1.5]]
	])('refuses %s', (_, ranks) => {
		expect(() => integerValuesAtRanks(new Int32Array(10), ranks)).toThrow(RangeError);
	});

	it('gives nothing for no ranks', () => expect(integerValuesAtRanks(new Int32Array(3), [])).toEqual([]));
});
