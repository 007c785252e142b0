import { describe, expect, it } from 'vitest';
import type { OrderColumns } from '$lib/orders/columns';
import { indexCustomers } from './customers';
import { DEFAULT_SEED_SETTINGS, SEED_BIT, seedBasis, seedSegments } from './seed-segments';

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

describe('what the seed segments are measured over', () => {
	const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
	/** Orders as [customer, ISO day, amount]. */
	function columnsOf(orders: [number, string, number][]): OrderColumns {
		return {
			count: orders.length,
			customer: Int32Array.from(orders.map((o) => o[0])),
			day: Int32Array.from(orders.map((o) => day(o[1]))),
			amount: Float64Array.from(orders.map((o) => o[2]))
		};
	}
	const settings = { ...DEFAULT_SEED_SETTINGS, spendPerMonth: 200 };
	// Customer 0 spends 650.22 from September to November 2024; customer 1 buys once, on the first day.
	const autumn: [number, string, number][] = [
		[1, '2024-09-01', 20],
		[0, '2024-09-10', 300],
		[0, '2024-10-15', 250.22],
		[0, '2024-11-30', 100]
	];

	it.each([
		// Hand-worked: 91 days are 91 ÷ 30.4375 = 2.99 months; 650.22 ÷ 2.99 = 217.49 a month ≥ 200.
		{
			name: 'data of three months: averaged over those',
			before: [],
			months: 91 / 30.4375,
			covered: false,
			frequent: true
		},
		// One day of data: 300 spent on it is not scaled up to 9,131 a month; over one month, 300 ≥ 200.
		{
			name: 'a single day of data: averaged over a month, not scaled up',
			before: [],
			only: [[0, '2024-09-10', 300]] as [number, string, number][],
			months: 1,
			covered: false,
			frequent: true
		},
		{
			name: 'a single day of 150: not 4,566 a month',
			before: [],
			only: [[0, '2024-09-10', 150]] as [number, string, number][],
			months: 1,
			covered: false,
			frequent: false
		},
		// The same orders in data that began two years before: 650.22 ÷ 12 = 54.19 a month.
		{
			name: 'data of years: averaged over the 12-month window',
			before: [[1, '2022-11-01', 20]] as [number, string, number][],
			months: 12,
			covered: true,
			frequent: false
		}
	])('$name', ({ before, months, covered, frequent, ...rest }) => {
		const only = 'only' in rest ? rest.only : undefined;
		const columns = columnsOf(only ?? [...before, ...autumn]);
		const index = indexCustomers(columns, 2);
		const basis = seedBasis(index, settings);
		expect(basis.months).toBeCloseTo(months, 9);
		expect(basis.windowCovered).toBe(covered);
		const flags = seedSegments(columns, index, settings);
		expect((flags[0] & SEED_BIT['high-frequency']) !== 0).toBe(frequent);
	});

	it.each([
		// A customer last seen on the data's first day is the longest gap they can show: span − 1 days.
		{ from: '2024-01-01', to: '2024-12-30', span: 365, measurable: false },
		{ from: '2024-01-01', to: '2024-12-31', span: 366, measurable: true }
	])(
		'lapsed (no order in 365 days) is measurable only in data of more than 365 days: $span',
		({ from, to, span, measurable }) => {
			const columns = columnsOf([
				[0, from, 10],
				[1, to, 10]
			]);
			const index = indexCustomers(columns, 2);
			const basis = seedBasis(index, DEFAULT_SEED_SETTINGS);
			expect(basis.spanDays).toBe(span);
			expect(basis.lapsedMeasurable).toBe(measurable);
			expect((seedSegments(columns, index, DEFAULT_SEED_SETTINGS)[0] & SEED_BIT.lapsed) !== 0).toBe(measurable);
		}
	);
});
