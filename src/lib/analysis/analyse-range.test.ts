import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf, dayOfIso as d } from '$lib/test-support/order-columns';
import { readOrderCsv } from '$lib/test-support/order-csv';
import { analyse, wholeHistory, type AnalysisSettings } from './analyse';
import { countedDays } from './date-range';
import { comparedFigure } from './comparison';
import { DEFAULT_SEED_SETTINGS } from './seed-segments';

// ann (0) buys in January and twice in April; ben (1) once in February; cat (2) is new in April
// and buys again in May; dan (3) buys in March; eve (4) is new on the last day, 25 May.
const ORDERS = columnsOf([
	[0, '2023-01-10', 100],
	[1, '2023-02-15', 200],
	[3, '2023-03-20', 60],
	[0, '2023-04-05', 50],
	[2, '2023-04-10', 80],
	[0, '2023-04-20', 30],
	[2, '2023-05-02', 40],
	[4, '2023-05-25', 70]
]);
const RANGE = { from: d('2023-04-01'), to: d('2023-05-25') };
const SETTINGS: AnalysisSettings = { period: 'month', windowMonths: 1, seed: DEFAULT_SEED_SETTINGS, range: RANGE };
const { analysis, detail } = analyse(ORDERS, 5, SETTINGS);

describe('a date range, computed by hand', () => {
	it('counts only the orders inside the range', () => {
		// ann 50 + 30, cat 80 + 40, eve 70: five orders of three customers, 55 days (30 + 25).
		expect(analysis.kpis).toMatchObject({ customers: 3, orders: 5, repeatCustomers: 2, spanDays: 55 });
		expect(analysis.kpis.revenue).toBeCloseTo(270, 10);
		expect(analysis.kpis.aov).toBeCloseTo(54, 10);
		expect(analysis.kpis.repeatPurchaseRate).toBeCloseTo(2 / 3, 10);
	});

	it('calls a customer who bought before the range returning, not new', () => {
		// ann's first order is in January: returning; cat and eve are new.
		// Both first seen (10 Apr, 25 May) more than the 1-month window after the data begins (10 Jan).
		expect(analysis.range).toEqual({ ...RANGE, newCustomers: 2, newMayBeEarlier: 0, returningCustomers: 1 });
	});

	it('counts the new customers who may have bought before the data begins (first seen within one window of it)', () => {
		// A 4-month window: the base is built from 10 May; cat (10 Apr) may be an earlier buyer, eve (25 May) not.
		const four = analyse(ORDERS, 5, { ...SETTINGS, windowMonths: 4 }).analysis;
		expect(four.range).toMatchObject({ newCustomers: 2, newMayBeEarlier: 1 });
		const year = analyse(ORDERS, 5, { ...SETTINGS, windowMonths: 12 }).analysis;
		expect(year.range).toMatchObject({ newCustomers: 2, newMayBeEarlier: 2 });
	});

	it.each([
		// QA's file: orders 1 Jul 2025 – 18 Nov 2026; 1 Aug – 31 Oct 2025 has 17 customers new to the data.
		[12, 17],
		// A 1-month window: the base is built from 1 Aug 2025, so none of them.
		[1, 0]
	])(
		'partial_last_month.csv, 1 Aug – 31 Oct 2025, window %i: %i of 17 new may be earlier buyers',
		(windowMonths, early) => {
			const shop = readOrderCsv(
				join(import.meta.dirname, '../../../tests/fixtures/trust/partial_last_month.csv'),
				{
					customer: 'Customer ID',
					date: 'Order Date',
					amount: 'Order Total'
				}
			);
			const range = { from: d('2025-08-01'), to: d('2025-10-31') };
			const result = analyse(shop.columns, shop.customers, { ...SETTINGS, windowMonths, range }).analysis;
			expect(result.kpis).toMatchObject({ orders: 44, customers: 27 });
			expect(result.range).toMatchObject({ newCustomers: 17, returningCustomers: 10, newMayBeEarlier: early });
		}
	);

	it('keeps the data span and marks the detail as limited to the range', () => {
		expect(analysis.firstDay).toBe(d('2023-01-10'));
		expect(analysis.lastDay).toBe(d('2023-05-25'));
		expect(detail.range).toEqual(RANGE);
		expect(wholeHistory(detail)).toBeUndefined();
		expect(wholeHistory(analyse(ORDERS, 5, { ...SETTINGS, range: undefined }).detail)).toBeDefined();
	});

	it('measures April on the whole history and leaves the cut May without a CRR', () => {
		// S = base at 31 March (dan, active until 20 April) = 1; E at 30 April = ann and cat = 2; N = cat.
		expect(analysis.periods.map((p) => p.firstDay)).toEqual([d('2023-04-01'), d('2023-05-01')]);
		expect(analysis.periods[0]).toMatchObject({ start: 1, end: 2, acquired: 1, crr: 1, churn: 0 });
		expect(analysis.periods[1]).toMatchObject({ crr: null, basis: { kind: 'partial', coveredDays: 25, days: 31 } });
		expect(analysis.kpis.lastPeriod?.firstDay).toBe(d('2023-04-01'));
	});

	it('makes cohorts of the customers new in the range only', () => {
		// April: cat (80, then 40 in May); May: eve (70). ann is not in a cohort.
		expect(analysis.cohorts.sizes).toEqual([1, 1]);
		expect(analysis.cohorts.share[0]).toEqual([1, 1]);
		expect(analysis.cohorts.cumulativeRevenuePerCustomer[0]).toEqual([80, 120]);
		expect(analysis.cohorts.cumulativeRevenuePerCustomer[1]).toEqual([70, null]);
	});

	it('segments the customers active in the range', () => {
		const total = analysis.rfmSegments.reduce((sum, s) => sum + s.customers, 0);
		expect(total).toBe(3);
		expect(analysis.rfmSegments.reduce((sum, s) => sum + s.revenue, 0)).toBeCloseTo(270, 10);
	});
});

describe('period over period, computed by hand', () => {
	const comparisons = analysis.comparisons!;
	// 1 April – 25 May is the second quarter to date: compared with the same days of the first quarter,
	// 1 January – 25 February, which this data (from 10 January) does not cover all of.
	it('compares a quarter to date with the same days of the quarter before', () => {
		expect(comparisons.previous).toEqual({
			kind: 'notComparable',
			range: { from: d('2023-01-01'), to: d('2023-02-25') },
			dataFrom: d('2023-01-10')
		});
	});

	// The same orders and a customer (5) who bought on 1 December 2022: the first quarter is covered, and
	// January measurable (its customer base needs all of December, one activity window).
	const extended = analyse(
		{
			count: ORDERS.count + 1,
			customer: Int32Array.from([5, ...ORDERS.customer]),
			day: Int32Array.from([d('2022-12-01'), ...ORDERS.day]),
			amount: Float64Array.from([10, ...ORDERS.amount])
		},
		6,
		SETTINGS
	).analysis;
	const previous = extended.comparisons!.previous;
	it('counts 1 January to 25 February: ann 100 and ben 200; January: S = customer 5, E = N = ann → CRR 0', () => {
		if (previous.kind !== 'comparable') throw new Error('expected a comparable range');
		expect(previous.range).toEqual({ from: d('2023-01-01'), to: d('2023-02-25') });
		expect(previous.kpis).toMatchObject({ customers: 2, orders: 2, revenue: 300, repeatCustomers: 0 });
		expect(previous.kpis.lastPeriod).toMatchObject({ start: 1, end: 1, acquired: 1, crr: 0 });
	});

	// Now: ann 50 + 30, cat 80 + 40, eve 70 = 270 from 3 customers, 5 orders (AOV 54); April: S = dan,
	// E = ann and cat, N = cat → CRR (2 − 1) ÷ 1 = 100 %.
	it.each([
		['customers', 2, 0.5, 'relative'],
		['revenue', 300, 270 / 300 - 1, 'relative'],
		['aov', 150, 54 / 150 - 1, 'relative'],
		['repeat', 0, 2 / 3, 'points'],
		['crr', 0, 1, 'points'],
		['churn', 1, -1, 'points']
	] as const)('%s: earlier %d, change %d (%s)', (id, before, value, kind) => {
		const figure = comparedFigure(extended.kpis, previous, id);
		if (figure.kind !== 'comparable') throw new Error('expected a comparable figure');
		expect(figure.before).toBeCloseTo(before, 10);
		expect(figure.change.kind).toBe(kind);
		if (figure.change.kind !== 'none') expect(figure.change.value).toBeCloseTo(value, 10);
	});

	it('refuses a year-ago comparison before the data begins', () => {
		expect(comparisons.yearAgo).toEqual({
			kind: 'notComparable',
			range: { from: d('2022-04-01'), to: d('2022-05-25') },
			dataFrom: d('2023-01-10')
		});
		expect(comparedFigure(analysis.kpis, comparisons.yearAgo, 'revenue')).toEqual({ kind: 'notComparable' });
	});

	it('gives no comparison without a range', () => {
		const all = analyse(ORDERS, 5, { ...SETTINGS, range: undefined }).analysis;
		expect(all.comparisons).toBeNull();
		expect(all.range).toBeNull();
		expect(all.kpis.orders).toBe(8);
	});
});

describe('the days the headline counts cover', () => {
	it.each([
		['a range', SETTINGS, RANGE],
		['all orders', { ...SETTINGS, range: undefined }, { from: d('2023-01-10'), to: d('2023-05-25') }]
	])('%s', (_, settings, days) => {
		expect(countedDays(analyse(ORDERS, 5, settings).analysis)).toEqual(days);
	});
});
