import { describe, expect, it } from 'vitest';
import type { OrderColumns } from '$lib/orders/columns';
import {
	columnsOf as orderColumnsOf,
	dayOfIso as dayOf,
	TWELVE_MONTHS_ORDERS,
	type TestOrder
} from '$lib/test-support/order-columns';
import { analyse } from './analyse';
import { indexCustomers } from './customers';
import { periodSeries } from './periods';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';
import { lastTwelveMonths, twelveMonthRow } from './yearly';

/** A month index (year × 12 + month − 1) from 'YYYY-MM'. */
function monthOf(ym: string): number {
	const [y, m] = ym.split('-').map(Number);
	return y * 12 + m - 1;
}

/** Orders as [customer, 'YYYY-MM-DD']; every order is worth 10. */
function columnsOf(rows: readonly TestOrder[]): { columns: OrderColumns; customers: number } {
	return { columns: orderColumnsOf(rows), customers: Math.max(-1, ...rows.map((r) => r[0])) + 1 };
}

describe('the last 12 whole months of the data', () => {
	it.each([
		// first day, last day, the first of the 12 months
		['2024-01-01', '2026-11-20', '2025-11'], // November 2026 is not whole: Nov 2025 – Oct 2026
		['2024-01-01', '2026-11-30', '2025-12'], // the data reaches 30 November: Dec 2025 – Nov 2026
		['2024-01-01', '2026-12-31', '2026-01'], // a calendar year
		['2024-01-01', '2024-02-29', '2023-03'], // a leap day is February's last
		['2023-01-01', '2023-02-28', '2022-03'],
		['2023-01-01', '2024-02-28', '2023-02'], // 2024's February has 29 days
		['2026-10-01', '2026-10-31', '2025-11'], // one whole month
		['2026-10-05', '2026-10-20', '2025-11'] // no whole month: the 12 months end with the data's
	])('%s to %s: from %s', (from, to, first) => {
		expect(lastTwelveMonths(dayOf(from), dayOf(to))).toBe(monthOf(first));
	});
});

/**
 * 25 months of orders, 1 October 2024 to 31 October 2026, by hand (12-month window: a customer is
 * in the base at the end of day d when their last purchase up to d is less than 12 months old).
 * - a: 2024-10-01, 2025-03-15, 2026-02-01   in S (15 Mar 2025), in E (1 Feb 2026)
 * - b: 2024-12-05                           in S (until 5 Dec 2025), not in E
 * - c: 2025-06-20, 2025-10-31               in S, not in E: 31 Oct 2025 keeps c until 31 Oct 2026, exclusive
 * - d: 2025-11-01, 2026-05-05               new in the 12 months, in E
 * - e: 2026-10-31                           new, in E
 * - f: 2024-10-15, 2026-03-03               not in S (left 15 Oct 2025), back in E: returning
 * Nov 2025 – Oct 2026: S = {a, b, c} = 3, E = {a, d, e, f} = 4, N = {d, e} = 2, returning 1 →
 * CRR = (4 − 2) ÷ 3 = 66.7 %; buyers in those months a, d, e, f = 4 with 5 orders.
 * Before, no calendar year was measurable: 2025 is whole but its base needs orders from 2024-01-01,
 * and 2026 is partial. So the yearly figure was missing although 25 months of data were there.
 */
const A = TWELVE_MONTHS_ORDERS;

/** A's orders from November 2024 on, and h's one order on `day`, which begins the data. */
const from = (day: string): TestOrder[] => [[7, day], ...A.filter(([, iso]) => iso >= '2024-11-01')];

describe('the yearly CRR over the last 12 whole months, by hand', () => {
	it.each([
		// name, orders, [first month, S, E, N, returning, CRR], buyers [customers, orders]
		['25 months to 31 Oct 2026 (no calendar year measurable)', A, ['2025-11', 3, 4, 2, 1, 2 / 3], [4, 5]],
		// g buys on 20 November: November is not whole, so the months stay Nov 2025 – Oct 2026.
		['the same, ending mid-month (2026-11-20)', [...A, [6, '2026-11-20']], ['2025-11', 3, 4, 2, 1, 2 / 3], [4, 5]],
		// g buys on 30 November: Dec 2025 – Nov 2026. S at 30 Nov 2025 = {a, b, c, d} = 4;
		// E at 30 Nov 2026 = {a, d, e, f, g} = 5; N = {e, g} = 2; f returning → (5 − 2) ÷ 4 = 75 %.
		[
			'the same, ending on a month’s last day (2026-11-30)',
			[...A, [6, '2026-11-30']],
			['2025-12', 4, 5, 2, 1, 0.75],
			[5, 5]
		],
		// Exactly 24 whole months: the orders before November 2024 (a's and f's first) dropped, h buys
		// once on 1 November 2024 and is in S (until 1 Nov 2025); f is new now. S = {a, b, c, h} = 4,
		// E = {a, d, e, f} = 4, N = {d, e, f} = 3 → (4 − 3) ÷ 4 = 25 %: still measurable.
		['24 whole months', from('2024-11-01'), ['2025-11', 4, 4, 3, 0, 0.25], [4, 5]]
	] as const)('%s', (_name, rows, [first, s, e, n, returning, crr], [customers, orders]) => {
		const { columns, customers: count } = columnsOf(rows as readonly TestOrder[]);
		const k = analyse(columns, count, DEFAULT_ANALYSIS_SETTINGS).analysis.kpis;
		const month = monthOf(first);
		expect(k.yearly?.period).toMatchObject({ month, start: s, end: e, acquired: n, returning });
		expect(k.yearly?.period?.crr).toBeCloseTo(crr, 12);
		expect(k.yearly?.unmeasured).toBeNull();
		expect(k.yearly?.buyers).toEqual({ month, customers, orders, revenue: orders * 10 });
		expect(k.yearlyChurnBasis).toBe('fromPeriod');
		expect(k.yearlyChurn).toBeCloseTo(1 - crr, 12);
		expect(k.lifetimeYears).toBeCloseTo(1 / (1 - crr), 12);
	});

	it.each([
		// name, orders, the first of the 12 months, why there is no yearly CRR, buyers
		[
			// h's order on 2 November 2024 begins the data: the base at 31 Oct 2025 needs orders from 1 Nov 2024.
			'a day short of 24 whole months',
			from('2024-11-02'),
			'2025-11',
			{
				kind: 'baseBuilding',
				historyFrom: dayOf('2024-11-01'),
				dataFrom: dayOf('2024-11-02'),
				measurableFrom: dayOf('2025-11-02')
			},
			{ customers: 4, orders: 5 }
		],
		[
			// 15 January to 31 October 2026: 290 of the 365 days, so no C and f either.
			'less than 12 whole months',
			[
				[0, '2026-01-15'],
				[1, '2026-10-31']
			],
			'2025-11',
			{ kind: 'partial', coveredDays: 290, days: 365 },
			null
		],
		[
			'no whole month',
			[
				[0, '2026-10-05'],
				[1, '2026-10-20']
			],
			'2025-11',
			{ kind: 'partial', coveredDays: 16, days: 365 },
			null
		]
	] as const)('%s: none, with the reason', (_name, rows, first, basis, buyers) => {
		const { columns, customers } = columnsOf(rows as unknown as [number, string][]);
		const k = analyse(columns, customers, DEFAULT_ANALYSIS_SETTINGS).analysis.kpis;
		const month = monthOf(first);
		expect(k.yearly?.period).toBeNull();
		expect(k.yearly?.unmeasured).toMatchObject({ month, basis });
		expect(k.yearly?.buyers).toEqual(buyers && { month, ...buyers, revenue: buyers.orders * 10 });
		expect(k).toMatchObject({ yearlyChurn: null, yearlyChurnBasis: 'noPeriod', lifetimeYears: null, clv: null });
	});
});

describe('within a date range: the last 12 whole months inside it, on the whole history', () => {
	const { columns, customers } = columnsOf(A);
	const figures = (from: string, to: string) =>
		analyse(columns, customers, { ...DEFAULT_ANALYSIS_SETTINGS, range: { from: dayOf(from), to: dayOf(to) } })
			.analysis.kpis.yearly;

	it('the 12 months the range holds are measured with the base from before it', () => {
		const yearly = figures('2025-11-01', '2026-10-31');
		expect(yearly?.period).toMatchObject({ month: monthOf('2025-11'), start: 3, end: 4, acquired: 2 });
		expect(yearly?.buyers).toEqual({ month: monthOf('2025-11'), customers: 4, orders: 5, revenue: 50 });
	});

	it('a range ending mid-month ends its 12 months with the month before', () => {
		// To 15 October 2026: Oct 2025 – Sep 2026, whose base needs orders from October 2024: measurable.
		// S at 30 Sep 2025 = {a, b, c, f} = 4 (f until 15 Oct 2025); E at 30 Sep 2026 = {a, c, d, f} = 4
		// (c until 31 Oct 2026); N = {d} = 1 → (4 − 1) ÷ 4 = 75 %.
		const yearly = figures('2025-10-01', '2026-10-15');
		expect(yearly?.period).toMatchObject({ month: monthOf('2025-10'), start: 4, end: 4, acquired: 1, crr: 0.75 });
	});

	it('12 months the range cuts give no figure, and say so', () => {
		// From 15 November 2025: the range holds 351 of the 365 days of Nov 2025 – Oct 2026.
		const yearly = figures('2025-11-15', '2026-10-31');
		expect(yearly?.period).toBeNull();
		expect(yearly?.unmeasured).toMatchObject({
			month: monthOf('2025-11'),
			cutByRange: true,
			basis: { kind: 'partial', coveredDays: 351, days: 365 }
		});
		expect(yearly?.buyers).toBeNull();
	});
});

describe('12 months that are a calendar year count as the calendar year’s period row does', () => {
	// Customers lapse, come back and buy on the days the window turns (12-month window).
	const { columns, customers } = columnsOf([
		[0, '2022-01-01'],
		[1, '2022-02-28'],
		[2, '2022-06-30'],
		[0, '2022-12-31'],
		[3, '2023-01-01'],
		[1, '2023-03-01'],
		[2, '2023-07-01'],
		[4, '2023-12-31'],
		[0, '2024-01-01'],
		[3, '2024-01-01'],
		[5, '2024-02-29'],
		[2, '2024-12-31'],
		[6, '2025-06-15'],
		[1, '2025-12-31']
	]);
	const index = indexCustomers(columns, customers);
	const rows = periodSeries(columns, index, 'year', 12);
	it.each(rows.map((row) => [row.month / 12, row] as const))('%d', (_year, row) => {
		expect(twelveMonthRow(columns, index, row.month)).toEqual(row);
	});
});
