import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ONE_DAY, ONE_MONTH, THREE_MONTH_WINDOW, YEAR_PARTIAL } from '../../../tests/fixtures/trust/expected';
import { dayFromYmd } from '$lib/format/date';
import type { OrderColumns } from '$lib/orders/columns';
import { analyse } from './analyse';
import { annualisation, FULL_YEAR_DAYS, MIN_DAYS_TO_ANNUALISE } from './kpis';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures');

function columnsOf(rows: [number, string, number][]): OrderColumns {
	return {
		count: rows.length,
		customer: Int32Array.from(rows.map((r) => r[0])),
		day: Int32Array.from(
			rows.map((r) => {
				const [y, m, d] = r[1].split('-').map(Number);
				return dayFromYmd(y, m, d);
			})
		),
		amount: Float64Array.from(rows.map((r) => r[2]))
	};
}

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
		['2023-12-31', 365, 2 / (365 / 365.25)]
	])('to %s (%d days): %s', (last, days, perYear) => {
		const k = span(last);
		expect(k.spanDays).toBe(days);
		expect(k.ordersPerCustomer).toBe(2);
		if (perYear === null) expect(k.frequencyPerYear).toBeNull();
		else expect(k.frequencyPerYear).toBeCloseTo(perYear, 10);
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

	it('a CRR above 100 % gives no yearly churn (never a silent 0), and so no lifetime from it', () => {
		const k = analyse(orders, 3, settings).analysis.kpis;
		// March: S = 1 (a), E = 3 (a, b, d), N = 0.
		expect(k.lastPeriod).toMatchObject({ start: 1, end: 3, acquired: 0, returning: 2, crr: 3 });
		expect(k).toMatchObject({
			yearlyChurnBasis: 'aboveHundred',
			yearlyChurn: null,
			lifetimeYears: null,
			clv: null
		});
	});

	it('a chosen lifetime still gives a simple CLV', () => {
		const k = analyse(orders, 3, { ...settings, lifetimeYears: 2 }).analysis.kpis;
		expect(k.clv).toBeCloseTo(10 * (8 / 3 / (90 / 365.25)) * 2, 8);
	});

	it('a measurable CRR ≤ 100 % gives yearly churn 1 − CRR^k', () => {
		const kept = analyse(
			columnsOf([
				[0, '2023-01-01', 10],
				[1, '2023-02-10', 10],
				[0, '2023-02-01', 10],
				[0, '2023-03-01', 10],
				[0, '2023-03-31', 10]
			]),
			2,
			settings
		).analysis.kpis;
		// March: S = 2 (a, b), E = 1 (a) → CRR 50 %, yearly churn 1 − 0.5^12.
		expect(kept.lastPeriod).toMatchObject({ start: 2, end: 1, crr: 0.5 });
		expect(kept.yearlyChurnBasis).toBe('fromPeriod');
		expect(kept.yearlyChurn).toBeCloseTo(1 - 0.5 ** 12, 12);
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
