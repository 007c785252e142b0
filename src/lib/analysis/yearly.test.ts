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

/**
 * Orders before 1 January 1970 have negative day numbers (days since the epoch); 31 December 1969 is
 * day −1. A purchase on any such day is a purchase like any other: it keeps its customer in the base
 * for 12 months. (Before, −1 stood for "no purchase", so every purchase before 1970 was taken for none.)
 *
 * Jan – Dec 1970, data 20 Nov 1968 – 31 Dec 1970:
 * - a: 1969-12-15, 1970-01-10   in S (until 15 Dec 1970), in E (until 10 Jan 1971)
 * - b: 1969-03-01               in S (until 1 Mar 1970), not in E
 * - c: 1970-06-01, 1970-12-31   new, in E
 * - d: 1968-11-20, 1970-05-05   not in S (left 20 Nov 1969), back in E: returning
 * - e: 1969-12-31 (day −1)      in S (until 31 Dec 1970, exclusive), not in E
 * S = {a, b, e} = 3, E = {a, c, d} = 3, N = {c} = 1, returning 1 → CRR = (3 − 1) ÷ 3 = 66.7 %.
 * (With the bug: S = 0, and a counted as back after a lapse, returning 2: no yearly figure.)
 *
 * Jul 1969 – Jun 1970 (the 12 months span the epoch), data 5 May 1967 – 30 Jun 1970:
 * - a: 1969-12-15, 1970-01-10   new, in E
 * - f: 1969-08-01               new, in E (until 1 Aug 1970)
 * - g: 1968-09-10, 1969-09-01   in S (until 10 Sep 1969), in E (until 1 Sep 1970)
 * - h: 1967-05-05, 1969-10-10   not in S (left 5 May 1968), back in E: returning
 * - i: 1970-06-30               new, in E
 * - j: 1968-07-01               in S (until 1 Jul 1969, exclusive: S is at the end of 30 Jun 1969), not in E
 * S = {g, j} = 2, E = {a, f, g, h, i} = 5, N = {a, f, i} = 3, returning 1.
 * (With the bug: S = 0, E = {a, i} = 2, returning 0.)
 */
const ACROSS_1970: readonly TestOrder[] = [
	[0, '1969-12-15'],
	[0, '1970-01-10'],
	[1, '1969-03-01'],
	[2, '1970-06-01'],
	[2, '1970-12-31'],
	[3, '1968-11-20'],
	[3, '1970-05-05'],
	[4, '1969-12-31']
];
const SPANNING_1970: readonly TestOrder[] = [
	[0, '1969-12-15'],
	[0, '1970-01-10'],
	[1, '1969-08-01'],
	[2, '1968-09-10'],
	[2, '1969-09-01'],
	[3, '1967-05-05'],
	[3, '1969-10-10'],
	[4, '1970-06-30'],
	[5, '1968-07-01']
];

describe('purchases before 1970 (negative day numbers) count, by hand', () => {
	it.each([
		// name, orders, first month, S, E, N, returning
		['Jan – Dec 1970, the base at its start made of 1969 purchases', ACROSS_1970, '1970-01', 3, 3, 1, 1],
		['Jul 1969 – Jun 1970, across the epoch', SPANNING_1970, '1969-07', 2, 5, 3, 1]
	] as const)('%s', (_name, rows, first, start, end, acquired, returning) => {
		const { columns, customers } = columnsOf(rows);
		const row = twelveMonthRow(columns, indexCustomers(columns, customers), monthOf(first));
		expect(row).toMatchObject({ firstDay: firstDayOfMonth(first), start, end, acquired, returning });
	});

	it('a data set of 1968 – 1970 has its yearly CRR (66.7 %), not "no customer base"', () => {
		const { columns, customers } = columnsOf(ACROSS_1970);
		const yearly = analyse(columns, customers, DEFAULT_ANALYSIS_SETTINGS).analysis.kpis.yearly;
		expect(yearly?.period).toMatchObject({
			month: monthOf('1970-01'),
			start: 3,
			end: 3,
			acquired: 1,
			returning: 1
		});
		expect(yearly?.period?.crr).toBeCloseTo(2 / 3, 12);
		expect(yearly?.buyers).toEqual({ month: monthOf('1970-01'), customers: 3, orders: 4, revenue: 40 });
	});

	// Customers lapse, come back and buy on the days the window turns, 1967 – 1971 (day −1 and day 0
	// included): every calendar year's row, its base from merged intervals, must be the same.
	const { columns, customers } = columnsOf([
		[0, '1967-01-01'],
		[1, '1967-02-28'],
		[2, '1967-06-30'],
		[0, '1967-12-31'],
		[3, '1968-01-01'],
		[5, '1968-02-29'],
		[1, '1968-03-01'],
		[2, '1968-07-01'],
		[4, '1968-12-31'],
		[0, '1969-01-01'],
		[3, '1969-01-01'],
		[2, '1969-12-31'],
		[6, '1970-01-01'],
		[5, '1970-02-28'],
		[4, '1970-06-15'],
		[1, '1970-12-31'],
		[7, '1971-12-31']
	]);
	const index = indexCustomers(columns, customers);
	const rows = periodSeries(columns, index, 'year', 12);
	it.each(rows.map((row) => [row.month / 12, row] as const))(
		'the 12 months of %d count as the calendar year’s period row does',
		(_year, row) => {
			expect(twelveMonthRow(columns, index, row.month)).toEqual(row);
		}
	);
});

/** The day number of the first day of 'YYYY-MM'. */
function firstDayOfMonth(ym: string): number {
	return dayOf(`${ym}-01`);
}
