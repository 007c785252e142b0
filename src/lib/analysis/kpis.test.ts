import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf, dayOfIso } from '$lib/test-support/order-columns';
import { ONE_DAY, ONE_MONTH, THREE_MONTH_WINDOW, YEAR_PARTIAL } from '../../../tests/fixtures/trust/expected';
import type { OrderColumns } from '$lib/orders/columns';
import { analyse } from './analyse';
import { monthIndexOfDay } from './calendar';
import { annualisation, FULL_YEAR_DAYS, MIN_DAYS_TO_ANNUALISE } from './kpis';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures');

describe('annualising a span of data', () => {
	it('states its thresholds: 90 days to annualise at all, a full year to use it elsewhere', () => {
		expect([MIN_DAYS_TO_ANNUALISE, FULL_YEAR_DAYS]).toEqual([90, 365]);
	});

	it.each([
		[1, 'refused'],
		[34, 'refused'],
		[89, 'refused'],
		[90, 'extrapolated'],
		[364, 'extrapolated'],
		[365, 'observed'],
		[2000, 'observed']
	])('%d days: %s', (days, kind) => {
		expect(annualisation(days).kind).toBe(kind);
	});
});

describe('purchase frequency per year by span', () => {
	// Two customers, each ordering on the first and last day of the span.
	const span = (last: string) =>
		analyse(
			columnsOf([
				[0, '2023-01-01', 10],
				[1, '2023-01-01', 10],
				[0, last, 10],
				[1, last, 10]
			]),
			2,
			DEFAULT_ANALYSIS_SETTINGS
		).analysis.kpis;

	it.each([
		// last day, span in days, frequency per year (null = refused)
		['2023-01-01', 1, null],
		['2023-02-03', 34, null],
		['2023-03-31', 90, 2 / (90 / 365.25)],
		['2023-11-30', 334, 2 / (334 / 365.25)],
		// 12 whole months, January to December: their 4 orders ÷ their 2 buyers.
		['2023-12-31', 365, 2]
	])('to %s (%d days): %s', (last, days, perYear) => {
		const k = span(last);
		expect(k.spanDays).toBe(days);
		expect(k.ordersPerCustomer).toBe(2);
		if (perYear === null) expect(k.frequencyPerYear).toBeNull();
		else expect(k.frequencyPerYear).toBeCloseTo(perYear, 10);
	});

	it('over several years is the last 12 whole months’ orders per customer who bought in them, not the span’s average', () => {
		// a bought twice in 2021 and left; b three times and c twice in 2022, the last 12 whole months.
		const k = analyse(
			columnsOf([
				[0, '2021-03-01', 10],
				[0, '2021-06-01', 10],
				[1, '2022-01-10', 10],
				[2, '2022-02-01', 10],
				[2, '2022-04-01', 10],
				[1, '2022-05-10', 10],
				[1, '2022-09-10', 10],
				[1, '2022-12-31', 0.5]
			]),
			3,
			DEFAULT_ANALYSIS_SETTINGS
		).analysis.kpis;
		// 2022: b's 4 orders and c's 2 = 6 orders of 2 customers, f = 3. The span's average would be
		// 8 orders ÷ 3 customers ÷ (671 days ÷ 365.25) = 1.45: a counted for 2022, c for 2021.
		expect(k.frequencyYear).toEqual({
			month: monthIndexOfDay(dayOfIso('2022-01-01')),
			customers: 2,
			orders: 6,
			revenue: 50.5
		});
		expect(k.frequencyPerYear).toBe(3);
		expect(k.frequencyBasis.kind).toBe('observed');
		expect(k.ordersPerCustomer).toBeCloseTo(8 / 3, 12);
		expect(k.clv).toBeCloseTo((k.revenue / 8) * 3 * k.lifetimeYears!, 9);
	});
});

describe('yearly churn and the simple CLV', () => {
	// Window 1 month. a buys every month; b in January and again in March (after a lapse), d likewise.
	const orders = columnsOf([
		[0, '2023-01-01', 10],
		[1, '2023-01-10', 10],
		[2, '2023-01-20', 10],
		[0, '2023-02-01', 10],
		[0, '2023-03-01', 10],
		[1, '2023-03-20', 10],
		[2, '2023-03-25', 10],
		[0, '2023-03-31', 10]
	]);
	const settings = { ...DEFAULT_ANALYSIS_SETTINGS, windowMonths: 1 };

	it('a month’s CRR above 100 % is no yearly churn either (never a silent 0), and so no lifetime from it', () => {
		const k = analyse(orders, 3, settings).analysis.kpis;
		// March: S = 1 (a), E = 3 (a, b, d), N = 0.
		expect(k.lastPeriod).toMatchObject({ start: 1, end: 3, acquired: 0, returning: 2, crr: 3 });
		// The yearly churn is measured over a calendar year: three months hold none.
		expect(k).toMatchObject({
			yearlyChurnBasis: 'noPeriod',
			yearlyChurn: null,
			lifetimeYears: null,
			clv: null
		});
	});

	it('a chosen lifetime still gives a simple CLV', () => {
		const k = analyse(orders, 3, { ...settings, lifetimeYears: 2 }).analysis.kpis;
		expect(k.clv).toBeCloseTo(10 * (8 / 3 / (90 / 365.25)) * 2, 8);
	});
});

/**
 * The yearly CRR is measured over a calendar year with a 12-month window, never a period's CRR
 * compounded (QA: 0.9294¹² = 41.5 % "a year" where the shop kept 19 %; 41 % where nobody reorders).
 * Two years of data, 2023-01-01 to 2024-12-31, so 2024 has a full window of history before it.
 */
describe('the yearly CRR, measured by hand, against the compounded period CRR', () => {
	// a: 2023-01-01 and 2024-06-15; b: 2023-03-10; c: 2023-05-05 and 2023-12-20; d: 2023-11-11;
	// e: new 2024-02-02; f: new 2024-12-31.
	// 2024: S = base at 2023-12-31 = {a, b, c, d} = 4; E = base at 2024-12-31 = {a, e, f} = 3 (b left
	// 2024-03-10, c 2024-12-20, d 2024-11-11); N = {e, f} = 2 → CRR = (3 − 2) ÷ 4 = 25 %: of the 4
	// customers of 2023 only a bought in 2024 (Windsor Circle's definition: 1 ÷ 4 as well).
	// December 2024: S = {a, c, e} = 3, E = {a, e, f} = 3, N = {f} = 1 → CRR 2 ÷ 3, compounded
	// (2 ÷ 3)¹² = 0.8 % kept a year. Q4 2024: S = {a, c, d, e} = 4, E = 3, N = 1 → 50 %, 0.5⁴ = 6.25 %.
	const kept = columnsOf([
		[0, '2023-01-01', 10],
		[1, '2023-03-10', 10],
		[2, '2023-05-05', 10],
		[3, '2023-11-11', 10],
		[2, '2023-12-20', 10],
		[4, '2024-02-02', 10],
		[0, '2024-06-15', 10],
		[5, '2024-12-31', 10]
	]);
	// Nobody ever reorders: g 2023-01-01, h 2023-06-01, i 2024-03-01, j 2024-12-31.
	// 2024: S = {g, h} = 2, E = {i, j} = 2, N = 2 → CRR 0 %, churn 100 %, t = 1 year.
	// December 2024: S = {i} = 1, E = {i, j} = 2, N = 1 → CRR 100 %: compounded, "no churn at all".
	const oneTime = columnsOf([
		[0, '2023-01-01', 10],
		[1, '2023-06-01', 10],
		[2, '2024-03-01', 10],
		[3, '2024-12-31', 10]
	]);
	it.each([
		// name, orders, customers, period unit, the last period's CRR, the yearly S, E, N, CRR, buyers of 2024 (customers, orders)
		['two years, monthly periods', kept, 6, 'month', 2 / 3, [4, 3, 2, 0.25], [3, 3]],
		['two years, quarterly periods', kept, 6, 'quarter', 0.5, [4, 3, 2, 0.25], [3, 3]],
		['two years, yearly periods', kept, 6, 'year', 0.25, [4, 3, 2, 0.25], [3, 3]],
		['nobody reorders, monthly periods', oneTime, 4, 'month', 1, [2, 2, 2, 0], [2, 2]]
	] as const)('%s', (_name, columns, customers, period, periodCrr, [s, e, n, crr], [buyers, orders]) => {
		const k = analyse(columns, customers, { ...DEFAULT_ANALYSIS_SETTINGS, period }).analysis.kpis;
		expect(k.lastPeriod?.crr).toBeCloseTo(periodCrr, 12);
		expect(k.yearly?.period).toMatchObject({ month: 2024 * 12, start: s, end: e, acquired: n });
		expect(k.yearly?.period?.crr).toBeCloseTo(crr, 12);
		expect(k.yearly?.buyers).toEqual({ month: 2024 * 12, customers: buyers, orders, revenue: orders * 10 });
		expect(k.yearlyChurnBasis).toBe('fromPeriod');
		expect(k.yearlyChurn).toBeCloseTo(1 - crr, 12);
		expect(k.lifetimeYears).toBeCloseTo(1 / (1 - crr), 12);
	});

	it('the yearly figure keeps its 12-month window whatever the periods’ window', () => {
		const k = analyse(kept, 6, { ...DEFAULT_ANALYSIS_SETTINGS, windowMonths: 3 }).analysis.kpis;
		expect(k.yearly).toMatchObject({ windowMonths: 12, period: { start: 4, end: 3, acquired: 2, crr: 0.25 } });
	});

	it('a chosen lifetime still overrides 1 ÷ yearly churn', () => {
		const k = analyse(kept, 6, { ...DEFAULT_ANALYSIS_SETTINGS, lifetimeYears: 3 }).analysis.kpis;
		expect(k.lifetimeYears).toBe(3);
		expect(k.yearlyChurn).toBeCloseTo(0.75, 12);
	});

	it('a year the base is still building in gives no yearly CRR, with its reason', () => {
		// The same orders from 2023-01-09 on (as the QA's Shopify file): 2024 starts 8 days before a
		// full window of history has passed, so S may miss customers of 1–8 January 2023.
		const late = columnsOf([
			[0, '2023-01-09', 10],
			[1, '2023-03-10', 10],
			[4, '2024-02-02', 10],
			[5, '2024-12-31', 10]
		]);
		const k = analyse(late, 6, DEFAULT_ANALYSIS_SETTINGS).analysis.kpis;
		expect(k.yearly?.period).toBeNull();
		expect(k.yearly?.unmeasured).toMatchObject({ month: 2024 * 12, basis: { kind: 'baseBuilding' } });
		// 2024 is complete all the same: its buyers are counted.
		expect(k.yearly?.buyers).toEqual({ month: 2024 * 12, customers: 2, orders: 2, revenue: 20 });
		expect(k).toMatchObject({ yearlyChurn: null, yearlyChurnBasis: 'noPeriod', lifetimeYears: null, clv: null });
	});
});

describe('a window shorter than the period feeds nothing (QA: −100 % CRR → churn → lifetime → CLV)', () => {
	// The QA file: W, X, Y, Y2, Z, X again and W again, from October 2023 to April 2024.
	const orders = columnsOf([
		[0, '2023-10-01', 10],
		[1, '2023-12-15', 20],
		[2, '2024-01-05', 30],
		[3, '2024-01-10', 30],
		[4, '2024-03-20', 40],
		[1, '2024-03-25', 25],
		[0, '2024-04-30', 10]
	]);
	const quarters = { ...DEFAULT_ANALYSIS_SETTINGS, period: 'quarter' as const };

	it.each([
		// window (months), last measurable quarter, its CRR, the basis of the quarter that explains a missing one
		[1, null, null, { kind: 'windowShort', periodMonths: 3 }],
		[2, null, null, { kind: 'windowShort', periodMonths: 3 }],
		[3, 2024 * 12, 0.5, null]
	])('a %d-month window: last measurable quarter %s, CRR %s', (windowMonths, month, crr, why) => {
		const k = analyse(orders, 5, { ...quarters, windowMonths }).analysis.kpis;
		expect(k.lastPeriod?.month ?? null).toBe(month);
		expect(k.lastPeriod?.crr ?? null).toBe(crr);
		expect(k.unmeasuredPeriod?.basis ?? null).toEqual(why);
		if (month === null) expect(k).toMatchObject({ yearlyChurn: null, lifetimeYears: null, clv: null });
	});
});

describe('the trust fixtures (tests/fixtures/trust), read as plain CSV', () => {
	/** Customer, date and amount columns of a fixture: Shopify (Email, Created at, Total) or generic. */
	function load(file: string): { columns: OrderColumns; customers: number } {
		const [header, ...lines] = readFileSync(join(FIXTURES, file), 'utf8').trim().split('\n');
		const names = header.split(',');
		const at = (...candidates: string[]) => names.findIndex((n) => candidates.includes(n));
		const [customer, date, amount] = [
			at('Email', 'Customer Email'),
			at('Created at', 'Order Date'),
			at('Total', 'Amount')
		];
		const ids = new Map<string, number>();
		const rows = lines.map((line) => {
			const cells = line.split(',');
			if (!ids.has(cells[customer])) ids.set(cells[customer], ids.size);
			return [ids.get(cells[customer])!, cells[date].slice(0, 10), Number(cells[amount])] as [
				number,
				string,
				number
			];
		});
		return { columns: columnsOf(rows), customers: ids.size };
	}
	const run = (file: string, windowMonths: number) => {
		const { columns, customers } = load(file);
		return analyse(columns, customers, { ...DEFAULT_ANALYSIS_SETTINGS, windowMonths }).analysis;
	};

	it.each([
		[3, THREE_MONTH_WINDOW.may.window3],
		[4, THREE_MONTH_WINDOW.may.window4]
	])('three_month_window.csv, %d-month window: May as worked by hand', (windowMonths, may) => {
		const analysis = run(THREE_MONTH_WINDOW.file, windowMonths);
		expect(analysis.kpis).toMatchObject({
			customers: THREE_MONTH_WINDOW.customers,
			orders: THREE_MONTH_WINDOW.orders,
			revenue: THREE_MONTH_WINDOW.revenue,
			spanDays: THREE_MONTH_WINDOW.spanDays,
			repeatCustomers: THREE_MONTH_WINDOW.repeatCustomers
		});
		expect(analysis.kpis.lastPeriod).toMatchObject({
			month: 2023 * 12 + 4,
			...may,
			crr: expect.closeTo(may.crr, 12)
		});
	});

	it('three_month_window.csv: April with 3 months; nothing measurable with 12', () => {
		expect(run(THREE_MONTH_WINDOW.file, 3).periods[3]).toMatchObject(THREE_MONTH_WINDOW.april.window3);
		const twelve = run(THREE_MONTH_WINDOW.file, 12).kpis;
		expect(twelve.lastPeriod).toBeNull();
		expect(twelve.unmeasuredPeriod).toMatchObject({ month: 2023 * 12 + 4, basis: { kind: 'baseBuilding' } });
	});

	it('shopify_one_day.csv: nothing per year, no complete period, repeat buyers by orders but not by days', () => {
		const k = run(ONE_DAY.file, 12).kpis;
		expect(k).toMatchObject({
			orders: ONE_DAY.orders,
			customers: ONE_DAY.customers,
			spanDays: 1,
			frequencyPerYear: null
		});
		expect(k).toMatchObject({ repeatCustomers: ONE_DAY.repeatByOrders, repeatDayCustomers: ONE_DAY.repeatByDays });
		expect(k.unmeasuredPeriod?.basis).toEqual({ kind: 'partial', coveredDays: 1, days: 31 });
	});

	it('shopify_one_month.csv: 34 days, too short to annualise; November complete but its base still building', () => {
		const analysis = run(ONE_MONTH.file, 12);
		expect(analysis.kpis).toMatchObject({ spanDays: ONE_MONTH.spanDays, frequencyPerYear: null, lastPeriod: null });
		expect(analysis.periods.map((p) => p.basis.kind)).toEqual(['baseBuilding', 'partial']);
	});

	it('year_partial_last_month.csv: no measurable period with 12 months; December 2011 partial (9 days)', () => {
		const analysis = run(YEAR_PARTIAL.file, 12);
		expect(analysis.kpis.spanDays).toBe(YEAR_PARTIAL.spanDays);
		expect(analysis.kpis.lastPeriod).toBeNull();
		expect(analysis.periods.at(-1)?.basis).toEqual({
			kind: 'partial',
			coveredDays: YEAR_PARTIAL.lastMonthDays,
			days: 31
		});
		expect(analysis.periods.slice(0, -1).every((p) => p.basis.kind === 'baseBuilding')).toBe(true);
		expect(analysis.cohorts.partialLastMonth).toMatchObject({ coveredDays: YEAR_PARTIAL.lastMonthDays, days: 31 });
		// With a 3-month window the periods from March 2011 on are measurable.
		expect(run(YEAR_PARTIAL.file, 3).kpis.lastPeriod?.month).toBe(2011 * 12 + 10);
	});
});
