import { describe, expect, it } from 'vitest';
import type { OrderColumns } from '$lib/orders/columns';
import { indexCustomers } from './customers';

/** Each customer's order indices by day, ties in file order: the definition, by plain sorting. */
function runsBySorting(customer: number[], day: number[], customers: number): number[][] {
	return Array.from({ length: customers }, (_, c) =>
		customer
			.map((_, i) => i)
			.filter((i) => customer[i] === c)
			.sort((a, b) => day[a] - day[b] || a - b)
	);
}

function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Orders of `customers` customers, `perCustomer` each on average, over `days` days, laid out as `layout` says. */
function orders(
	layout: 'dateAscending' | 'newestFirst' | 'groupedByCustomer' | 'shuffled',
	customers: number,
	perCustomer: number,
	days: number,
	seed: number
) {
	const next = random(seed);
	let rows = Array.from({ length: customers * perCustomer }, () => ({
		customer: Math.floor(next() * customers),
		day: 18000 + Math.floor(next() * days)
	}));
	if (layout === 'dateAscending') rows.sort((a, b) => a.day - b.day);
	if (layout === 'newestFirst') rows.sort((a, b) => b.day - a.day);
	if (layout === 'groupedByCustomer') rows = rows.sort((a, b) => a.customer - b.customer || a.day - b.day);
	return { customer: rows.map((r) => r.customer), day: rows.map((r) => r.day) };
}

describe('indexCustomers puts each customer’s orders in date order, ties in file order', () => {
	const cases = [
		{ layout: 'dateAscending', customers: 50, perCustomer: 4, days: 30 },
		{ layout: 'newestFirst', customers: 50, perCustomer: 4, days: 30 },
		{ layout: 'groupedByCustomer', customers: 50, perCustomer: 4, days: 30 },
		{ layout: 'shuffled', customers: 50, perCustomer: 4, days: 30 },
		// Long runs (over the insertion-sort limit) and many same-day orders.
		{ layout: 'newestFirst', customers: 3, perCustomer: 200, days: 20 },
		{ layout: 'shuffled', customers: 2, perCustomer: 500, days: 5 }
	] as const;
	it.each(cases)(
		'$layout, $customers customers × $perCustomer orders',
		({ layout, customers, perCustomer, days }) => {
			const { customer, day } = orders(layout, customers, perCustomer, days, customers * 7 + perCustomer);
			const columns: OrderColumns = {
				count: customer.length,
				customer: Int32Array.from(customer),
				day: Int32Array.from(day),
				amount: Float64Array.from(day, (d) => d % 7)
			};
			const index = indexCustomers(columns, customers);
			const expected = runsBySorting(customer, day, customers);
			for (let c = 0; c < customers; c++) {
				expect(Array.from(index.order.subarray(index.offset[c], index.offset[c + 1]))).toEqual(expected[c]);
				expect(index.orders[c]).toBe(expected[c].length);
				if (expected[c].length) {
					expect(index.firstDay[c]).toBe(day[expected[c][0]]);
					expect(index.lastDay[c]).toBe(day[expected[c].at(-1)!]);
				}
			}
		}
	);
});

describe('indexCustomers with firstOfDay (the first order of a day by time)', () => {
	// Customer 0: day 5 rows 0 and 2, day 3 rows 1 and 3 and 4 (file order); customer 1: day 7 rows 5, 6.
	const base = {
		count: 7,
		customer: Int32Array.from([0, 0, 0, 0, 0, 1, 1]),
		day: Int32Array.from([5, 3, 5, 3, 3, 7, 7])
	};
	const amount = new Float64Array(7);

	it('puts each listed order first among its customer’s orders of its day, the others in file order', () => {
		const index = indexCustomers({ ...base, amount, firstOfDay: Int32Array.from([4, 6]) }, 2);
		expect(Array.from(index.order)).toEqual([4, 1, 3, 0, 2, 6, 5]);
		expect(index.firstDay[0]).toBe(3);
	});

	it('is file order within a day without it, and passes over an index past count', () => {
		expect(Array.from(indexCustomers({ ...base, amount }, 2).order)).toEqual([1, 3, 4, 0, 2, 5, 6]);
		const part = { ...base, count: 5, amount, firstOfDay: Int32Array.from([6]) };
		expect(Array.from(indexCustomers(part, 2).order.subarray(0, 5))).toEqual([1, 3, 4, 0, 2]);
	});
});

describe('indexCustomers adds up each customer’s spend in date order', () => {
	// Amounts whose float sum depends on the order they are added in: (0.1 + 0.2) + 0.3 ≠ (0.3 + 0.2) + 0.1.
	it.each([
		{ name: 'orders in date order', day: [1, 2, 3], amount: [0.1, 0.2, 0.3], firstOfDay: undefined },
		{ name: 'orders newest first', day: [3, 2, 1], amount: [0.3, 0.2, 0.1], firstOfDay: undefined },
		{ name: 'one day, the last row first by time', day: [4, 4, 4], amount: [0.3, 0.2, 0.1], firstOfDay: [2] },
		{
			name: 'a long run (past the insertion sort) newest first',
			day: Array.from({ length: 40 }, (_, i) => 40 - i),
			amount: Array.from({ length: 40 }, (_, i) => 0.1 * ((i % 3) + 1)),
			firstOfDay: undefined
		}
	])('$name', ({ day, amount, firstOfDay }) => {
		const columns: OrderColumns = {
			count: day.length,
			customer: new Int32Array(day.length),
			day: Int32Array.from(day),
			amount: Float64Array.from(amount),
			...(firstOfDay ? { firstOfDay: Int32Array.from(firstOfDay) } : {})
		};
		const index = indexCustomers(columns, 1);
		const inIndexOrder = Array.from(index.order).reduce((sum, i) => sum + amount[i], 0);
		expect(index.revenue[0]).toBe(inIndexOrder);
		expect(index.firstDay[0]).toBe(Math.min(...day));
		expect(index.lastDay[0]).toBe(Math.max(...day));
	});
});
