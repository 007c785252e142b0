import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '$lib/format/date';
import type { OrderColumns } from '$lib/orders/columns';
import { indexCustomers } from './customers';
import { baseByDay, lastCompletePeriod, periodSeries } from './periods';

/** Orders as [customer, 'YYYY-MM-DD', amount]. */
function columnsOf(rows: [number, string, number][]): { columns: OrderColumns; customers: number } {
	const day = (iso: string) => {
		const [y, m, d] = iso.split('-').map(Number);
		return dayFromYmd(y, m, d);
	};
	return {
		columns: {
			count: rows.length,
			customer: Int32Array.from(rows.map((r) => r[0])),
			day: Int32Array.from(rows.map((r) => day(r[1]))),
			amount: Float64Array.from(rows.map((r) => r[2]))
		},
		customers: Math.max(-1, ...rows.map((r) => r[0])) + 1
	};
}

describe('the customer base', () => {
	it('counts a customer from a purchase until the window runs out, once even with several purchases', () => {
		const { columns, customers } = columnsOf([
			[0, '2023-01-10', 10],
			[0, '2023-02-10', 10],
			[1, '2023-01-20', 5],
			[2, '2023-03-15', 1]
		]);
		const index = indexCustomers(columns, customers);
		const base = baseByDay(columns, index, 1);
		const at = (iso: string) => {
			const [y, m, d] = iso.split('-').map(Number);
			return base[dayFromYmd(y, m, d) - index.minDay];
		};
		expect(at('2023-01-10')).toBe(1);
		expect(at('2023-01-20')).toBe(2);
		expect(at('2023-02-09')).toBe(2); // customer 0 still within a month of 10 Jan
		expect(at('2023-02-10')).toBe(2); // customer 0 bought again; customer 1 is active until 20 Feb
		expect(at('2023-02-20')).toBe(1); // customer 1's month has run out
		expect(at('2023-03-09')).toBe(1);
		expect(at('2023-03-10')).toBe(0); // a month after customer 0's last purchase
		expect(at('2023-03-15')).toBe(1);
	});
});

describe('period CRR, S, E and N by hand', () => {
	// Window 1 month, monthly periods.
	// a: buys 5 Jan, 3 Feb, 2 Mar. b: buys 10 Jan only. c: first buys 15 Feb, again 20 Mar. d: first buys 25 Mar.
	const { columns, customers } = columnsOf([
		[0, '2023-01-05', 10],
		[1, '2023-01-10', 20],
		[0, '2023-02-03', 10],
		[2, '2023-02-15', 30],
		[0, '2023-03-02', 10],
		[2, '2023-03-20', 30],
		[3, '2023-03-25', 40],
		[3, '2023-03-31', 1]
	]);
	const index = indexCustomers(columns, customers);
	const rows = periodSeries(columns, index, 'month', 1);

	it('January: nobody at the start, so no CRR', () => {
		expect(rows[0]).toMatchObject({ start: 0, acquired: 2, crr: null, churn: null, warmingUp: true });
		// Base at 31 Jan: a (5 Jan → until 5 Feb) and b (10 Jan → until 10 Feb).
		expect(rows[0].end).toBe(2);
	});

	it('February: S = 2 (a, b), E = 2 (a, c), N = 1 (c) → CRR 50 %', () => {
		// At 28 Feb: a (3 Feb → 3 Mar) and c (15 Feb → 15 Mar); b lapsed on 10 Feb.
		expect(rows[1]).toMatchObject({ start: 2, end: 2, acquired: 1, crr: 0.5, churn: 0.5 });
	});

	it('March: S = 2 (a, c), E = 3 (a, c, d), N = 1 (d) → CRR 100 %', () => {
		expect(rows[2]).toMatchObject({ start: 2, end: 3, acquired: 1, crr: 1, complete: true });
	});

	it('the last complete period with a base is March', () => {
		expect(lastCompletePeriod(rows)?.month).toBe(2023 * 12 + 2);
	});

	it('quarters and years add up the same way', () => {
		const quarters = periodSeries(columns, index, 'quarter', 1);
		expect(quarters).toHaveLength(1);
		expect(quarters[0]).toMatchObject({ start: 0, end: 3, acquired: 4, crr: null, complete: true });
	});
});

describe('edge cases', () => {
	it('one customer, one day of data', () => {
		const { columns, customers } = columnsOf([[0, '2023-06-15', 99]]);
		const index = indexCustomers(columns, customers);
		const rows = periodSeries(columns, index, 'month', 12);
		expect(rows).toHaveLength(1);
		// The data ends on 15 June, so June is not complete.
		expect(rows[0]).toMatchObject({ start: 0, end: 1, acquired: 1, crr: null, complete: false });
		expect(lastCompletePeriod(rows)).toBeNull();
	});

	it('an incomplete last period is marked', () => {
		const { columns, customers } = columnsOf([
			[0, '2023-01-01', 1],
			[0, '2023-02-14', 1]
		]);
		const rows = periodSeries(columns, indexCustomers(columns, customers), 'month', 12);
		expect(rows.map((r) => r.complete)).toEqual([true, false]);
	});

	it('no orders, no periods', () => {
		const { columns } = columnsOf([]);
		expect(periodSeries(columns, indexCustomers(columns, 0), 'month', 12)).toEqual([]);
	});
});
