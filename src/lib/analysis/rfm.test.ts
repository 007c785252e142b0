import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectSample } from '$lib/orders/inspect';
import { runImport } from '$lib/orders/pipeline';
import { sampleOf, sourceOf } from '$lib/orders/test-support';
import { indexCustomers } from './customers';
import type { CustomerIndex } from './customers';
import { frequencyScore, quintileCuts, rfm, RFM_SEGMENTS, scoreHigh, scoreLow, segmentOf } from './rfm';

/** A customer index holding only what `rfm` reads: order counts, spend and last order days. */
function indexOf(orders: number[], revenue: number[], recency: number[]): CustomerIndex {
	const n = orders.length;
	const maxDay = 100;
	return {
		customerCount: n,
		offset: new Int32Array(n + 1),
		order: new Int32Array(0),
		firstDay: Int32Array.from(recency, (days) => maxDay - days),
		lastDay: Int32Array.from(recency, (days) => maxDay - days),
		orders: Int32Array.from(orders),
		revenue: Float64Array.from(revenue),
		minDay: 0,
		maxDay
	};
}

describe('RFM quintiles, worked by hand (nearest rank: the ⌈p·n⌉-th smallest value)', () => {
	it.each([
		// values → 20th, 40th, 60th, 80th percentiles
		['ten order counts, 2 at the 20th percentile', [8, 1, 2, 2, 2, 2, 3, 3, 4, 5], [2, 2, 3, 4]],
		['fifteen, three one-time buyers', [1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6], [1, 2, 3, 4]],
		['ties across every cut', [1, 1, 1, 1, 1, 1, 1, 1, 2, 9], [1, 1, 1, 1]],
		['all equal', [3, 3, 3, 3, 3], [3, 3, 3, 3]],
		['one customer', [7], [7, 7, 7, 7]],
		['none', [], [0, 0, 0, 0]]
	])('%s', (_name, values, cuts) => {
		expect(quintileCuts(Float64Array.from(values))).toEqual(cuts);
	});

	it.each([
		// value, cuts → score: a value on a cut takes the lower score
		[2, [2, 2, 3, 4], 1],
		[3, [2, 2, 3, 4], 3],
		[4, [2, 2, 3, 4], 4],
		[5, [2, 2, 3, 4], 5],
		[1, [1, 1, 1, 1], 1],
		[2, [1, 1, 1, 1], 5]
	])('scoreHigh(%d, %j) = %d', (value, cuts, score) => {
		expect(scoreHigh(value, cuts)).toBe(score);
	});

	it.each([
		[0, [0, 0, 10, 30], 5],
		[10, [0, 0, 10, 30], 3],
		[30, [0, 0, 10, 30], 2],
		[31, [0, 0, 10, 30], 1]
	])('scoreLow(%d, %j) = %d', (value, cuts, score) => {
		expect(scoreLow(value, cuts)).toBe(score);
	});
});

/** QA 56b D6: "New customers: first and only purchase" held customers with 2 orders each. */
describe('F = 1 is exactly one order', () => {
	it.each([
		// orders, cuts → F (2 orders on a cut of 2 scored 1 by quintile alone)
		[1, [2, 2, 3, 4], 1],
		[2, [2, 2, 3, 4], 2],
		[3, [3, 3, 3, 3], 2],
		[3, [2, 2, 3, 4], 3],
		[8, [2, 2, 3, 4], 5],
		[1, [1, 1, 1, 1], 1],
		[2, [1, 1, 1, 1], 5]
	])('%d orders, cuts %j → F %d', (orders, cuts, score) => {
		expect(frequencyScore(orders, cuts)).toBe(score);
	});

	it.each([
		// R, FM, one order → segment
		[5, 1, true, 'new'],
		[4, 3, true, 'new'],
		[4, 2, true, 'new'],
		[3, 3, true, 'potential-loyalists'],
		[3, 2, true, 'potential-loyalists'],
		[3, 1, true, 'hibernating'],
		[2, 3, true, 'at-risk'],
		[1, 2, true, 'lost'],
		[4, 2, false, 'potential-loyalists'],
		[4, 3, false, 'loyal'],
		[3, 3, false, 'loyal'],
		[5, 4, false, 'champions'],
		[2, 5, false, 'cant-lose']
	] as const)('R %d, FM %d, one order %s → %s', (r, fm, oneOrder, segment) => {
		expect(segmentOf(r, fm, oneOrder)).toBe(segment);
	});

	const segmentsOf = (index: CustomerIndex) => Array.from(rfm(index).segment, (k) => RFM_SEGMENTS[k]);

	it('keeps 2-order customers out of "new" when the 20th percentile of orders is 2', () => {
		// F cuts [2, 2, 3, 4]; spend 10 per order: M cuts [20, 20, 30, 40]; recency cuts [0, 0, 10, 30].
		const orders = [1, 2, 2, 2, 2, 3, 3, 4, 5, 8];
		const result = rfm(
			indexOf(
				orders,
				orders.map((count) => count * 10),
				[0, 0, 0, 0, 0, 10, 20, 30, 40, 50]
			)
		);
		expect(Array.from(result.f)).toEqual([1, 2, 2, 2, 2, 3, 3, 4, 5, 5]);
		expect(Array.from(result.m)).toEqual([1, 1, 1, 1, 1, 3, 3, 4, 5, 5]);
		expect(Array.from(result.r)).toEqual([5, 5, 5, 5, 5, 3, 2, 2, 1, 1]);
		expect(Array.from(result.segment, (k) => RFM_SEGMENTS[k])).toEqual([
			'new',
			'potential-loyalists',
			'potential-loyalists',
			'potential-loyalists',
			'potential-loyalists',
			'loyal',
			'at-risk',
			'at-risk',
			'cant-lose',
			'cant-lose'
		]);
	});

	it('puts every recent one-time buyer in "new", a big spender too, and no one else', () => {
		// F cuts [1, 1, 3, 3]; M cuts [5, 30, 30, 30]; all bought today (R 5).
		const segments = segmentsOf(indexOf([1, 1, 3, 3, 3], [500, 5, 30, 30, 30], [0, 0, 0, 0, 0]));
		expect(segments).toEqual(['new', 'new', 'loyal', 'loyal', 'loyal']);
	});
});

/** The QA shop (a Shopify orders export: 18 customers, 57 orders, 3 of them one-time buyers). */
describe('RFM segments of the QA Shopify export (tests/fixtures/rfm/shopify_60.csv)', () => {
	it('puts only one-order customers in "new", and every recent one of them', async () => {
		const file = 'shopify_60.csv';
		const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/rfm', file)));
		const { plan } = inspectSample(sampleOf(file, bytes));
		const result = await runImport([sourceOf(bytes, plan)], { today: 30_000 });
		if (result.kind !== 'orders') throw new Error('expected orders');
		const index = indexCustomers(result.columns, result.customers.length);
		const { segment, r } = rfm(index);
		const buyers = Array.from({ length: index.customerCount }, (_, c) => c).filter((c) => index.orders[c] > 0);
		expect(buyers.length).toBe(18);
		expect(buyers.filter((c) => index.orders[c] === 1).length).toBe(3);
		const isNew = (c: number) => RFM_SEGMENTS[segment[c]] === 'new';
		for (const c of buyers) expect(isNew(c)).toBe(index.orders[c] === 1 && r[c] >= 4);
		// The quintile that put them there: a fifth of the buyers or more have 2 orders or fewer.
		expect(rfm(index).cuts.frequency[0]).toBe(2);
	});
});

describe('every buyer’s R, F and M are the scores of their values at the cut points', () => {
	const random = (seed: number) => () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
	const next = random(57);
	const many = (n: number, value: (k: number) => number) => Array.from({ length: n }, (_, k) => value(k));
	it.each([
		['spread values', many(500, () => 1 + Math.floor(next() * 12)), many(500, () => Math.floor(next() * 100))],
		[
			'mostly one order, bought long ago',
			many(300, (k) => (k % 10 === 0 ? 2 + (k % 7) : 1)),
			many(300, (k) => 60 + (k % 41))
		],
		[
			'a long tail of orders and of days',
			many(400, (k) => (k < 390 ? 1 + (k % 3) : 50 + k)),
			many(400, (k) => (k < 390 ? k % 5 : 100))
		],
		['all alike', many(50, () => 3), many(50, () => 7)],
		['one buyer', [4], [0]]
	])('%s', (_name, orders, recency) => {
		const revenue = orders.map((count, k) => count * 10 + (k % 13) * 0.5);
		const result = rfm(indexOf(orders, revenue, recency));
		orders.forEach((count, c) => {
			expect(result.r[c]).toBe(scoreLow(recency[c], result.cuts.recency));
			expect(result.f[c]).toBe(frequencyScore(count, result.cuts.frequency));
			expect(result.m[c]).toBe(scoreHigh(revenue[c], result.cuts.monetary));
		});
	});
});
