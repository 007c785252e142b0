import { describe, expect, it } from 'vitest';
import type { OrderColumns } from '$lib/orders/columns';
import { indexCustomers } from './customers';
import { DEFAULT_SEED_SETTINGS, SEED_BIT, seedSegments } from './seed-segments';

/** The tiers as the definition reads: sort buyers by spend (highest first, ties in customer order), take ranks. */
function tiersBySorting(revenue: number[], orders: number[], topPercent: number, highPercent: number): number[] {
	const buyers = revenue.map((_, c) => c).filter((c) => orders[c] > 0);
	buyers.sort((a, b) => revenue[b] - revenue[a] || a - b);
	const top = Math.ceil((buyers.length * topPercent) / 100);
	const high = Math.ceil((buyers.length * highPercent) / 100);
	const tier = revenue.map(() => 0);
	buyers.forEach((c, rank) => {
		if (rank < top) tier[c] = SEED_BIT['top-1-percent'];
		else if (rank < high) tier[c] = SEED_BIT['top-10-percent'];
	});
	return tier;
}

/** A deterministic pseudo-random source (tests must not vary from run to run). */
function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function ordersFor(amounts: number[][]): OrderColumns {
	const customer: number[] = [];
	const amount: number[] = [];
	amounts.forEach((list, c) => list.forEach((a) => (customer.push(c), amount.push(a))));
	return {
		count: customer.length,
		customer: Int32Array.from(customer),
		day: new Int32Array(customer.length).fill(20000),
		amount: Float64Array.from(amount)
	};
}

const TIER_BITS = SEED_BIT['top-1-percent'] | SEED_BIT['top-10-percent'];

describe('revenue tiers', () => {
	const cases = [
		{ name: 'distinct spends', customers: 400, values: 1000, top: 1, high: 10, seed: 1 },
		{ name: 'many ties at the cut-offs', customers: 500, values: 6, top: 1, high: 10, seed: 2 },
		{ name: 'everyone spends the same', customers: 120, values: 1, top: 5, high: 25, seed: 3 },
		{ name: 'the next tier narrower than the top', customers: 300, values: 20, top: 10, high: 3, seed: 4 },
		{
			name: 'negative and zero net spends, some non-buyers',
			customers: 250,
			values: 9,
			top: 2,
			high: 30,
			seed: 5,
			negative: true
		},
		{ name: 'a single buyer', customers: 1, values: 3, top: 1, high: 10, seed: 6 }
	];
	it.each(cases)('ranks as sorting would: $name', ({ customers, values, top, high, seed, negative }) => {
		const next = random(seed);
		const amounts = Array.from({ length: customers }, () => {
			const n = negative && next() < 0.1 ? 0 : 1 + Math.floor(next() * 3);
			return Array.from({ length: n }, () => Math.floor(next() * values) * 10 - (negative ? 20 : 0));
		});
		const columns = ordersFor(amounts);
		const index = indexCustomers(columns, customers);
		const flags = seedSegments(columns, index, { ...DEFAULT_SEED_SETTINGS, topPercent: top, highPercent: high });
		const expected = tiersBySorting(Array.from(index.revenue), Array.from(index.orders), top, high);
		expect(Array.from(flags, (f) => f & TIER_BITS)).toEqual(expected);
		const topCount = expected.filter((t) => t === SEED_BIT['top-1-percent']).length;
		expect(topCount).toBe(Math.ceil((amounts.filter((a) => a.length > 0).length * top) / 100));
	});
});
