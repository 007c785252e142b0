import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '$lib/format/date';
import type { OrderColumns } from '$lib/orders/columns';
import { analyse } from './analyse';
import { annualisation, FULL_YEAR_DAYS, MIN_DAYS_TO_ANNUALISE } from './kpis';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';

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
		expect(k).toMatchObject({ yearlyChurnBasis: 'aboveHundred', yearlyChurn: null, lifetimeYears: null, clv: null });
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
