import { describe, expect, it } from 'vitest';
import { columnsOf } from '$lib/test-support/order-columns';
import { analyse, inSegment, type AnalysisSettings } from './analyse';
import { DEFAULT_SEED_SETTINGS } from './seed-segments';

// alice (0) buys three times, bob (1) once, carl (2) twice on one day, dora (3) has an order
// netted to −5 by a return, eve (4) buys on the last day. Rows are not in date order on purpose.
const ORDERS = columnsOf([
	[4, '2023-04-30', 60],
	[0, '2023-01-05', 100],
	[2, '2023-02-01', 80],
	[0, '2023-01-20', 50],
	[1, '2023-01-15', 200],
	[2, '2023-02-01', 20],
	[3, '2023-03-01', -5],
	[0, '2023-03-10', 30]
]);
const SETTINGS: AnalysisSettings = { period: 'month', windowMonths: 1, seed: DEFAULT_SEED_SETTINGS };
const { analysis, detail } = analyse(ORDERS, 5, SETTINGS);

describe('KPIs, computed by hand', () => {
	it('counts customers, orders and net revenue', () => {
		// carl's two orders are on one day: a repeat customer by orders, not by purchase days.
		expect(analysis.kpis).toMatchObject({
			customers: 5,
			orders: 8,
			repeatCustomers: 2,
			repeatDayCustomers: 1,
			spanDays: 116
		});
		expect(analysis.kpis.revenuePerCustomer).toBeCloseTo(535 / 5, 10);
		expect(analysis.kpis.revenue).toBeCloseTo(535, 10);
	});

	it('derives AOV, frequency and repeat-purchase rate', () => {
		expect(analysis.kpis.aov).toBeCloseTo(535 / 8, 10);
		expect(analysis.kpis.ordersPerCustomer).toBeCloseTo(1.6, 10);
		expect(analysis.kpis.frequencyPerYear).toBeCloseTo(1.6 / (116 / 365.25), 10);
		expect(analysis.kpis.frequencyBasis.kind).toBe('extrapolated'); // 116 days: less than a year
		expect(analysis.kpis.repeatPurchaseRate).toBeCloseTo(0.4, 10);
	});

	it('takes CRR and churn from the last measurable period; the yearly churn is never compounded from it', () => {
		expect(analysis.kpis.lastPeriod).toMatchObject({ start: 2, end: 1, acquired: 1, crr: 0, churn: 1 });
		// Four months of data hold no calendar year: no yearly churn (not 1 − 0¹²), no lifetime, no CLV.
		expect(analysis.kpis.yearly).toMatchObject({ windowMonths: 12, period: null, buyers: null });
		expect(analysis.kpis).toMatchObject({ yearlyChurn: null, yearlyChurnBasis: 'noPeriod', lifetimeYears: null });
		expect(analysis.kpis.clv).toBeNull();
	});

	it('uses a lifetime the user chose instead of 1 / churn', () => {
		const withT = analyse(ORDERS, 5, { ...SETTINGS, lifetimeYears: 3 }).analysis.kpis;
		expect(withT.clv).toBeCloseTo(3 * (535 / 8) * (1.6 / (116 / 365.25)), 8);
	});
});

describe('period retention by hand (window 1 month)', () => {
	it.each([
		// month, S, E, N, CRR, basis
		[0, 0, 2, 2, null, 'partial'], // the data begins on 5 January
		[1, 2, 1, 1, null, 'baseBuilding'], // (E − N) / S would be 0, but S misses buyers before 5 January
		[2, 1, 2, 1, 1, 'measurable'], // alice comes back in March: E − N counts her
		[3, 2, 1, 1, 0, 'measurable']
	])('month %d: S=%d E=%d N=%d CRR=%s (%s)', (k, s, e, n, crr, basis) => {
		expect(analysis.periods[k]).toMatchObject({ start: s, end: e, acquired: n, crr, basis: { kind: basis } });
	});

	it('counts alice as returning in March: in E, not in S, not new', () => {
		expect(analysis.periods.map((p) => p.returning)).toEqual([0, 0, 1, 0]);
	});

	it('marks the periods before one window has passed as warming up', () => {
		expect(analysis.periods.map((p) => p.warmingUp)).toEqual([true, true, false, false]);
	});
});

describe('cohorts by first-purchase month', () => {
	it('has one row per cohort with its size', () => {
		expect(analysis.cohorts.sizes).toEqual([2, 1, 1, 1]);
		expect(analysis.cohorts.months).toEqual([2023 * 12, 2023 * 12 + 1, 2023 * 12 + 2, 2023 * 12 + 3]);
	});

	it('gives the share of each cohort buying in each month, null once past the data', () => {
		expect(analysis.cohorts.share).toEqual([
			[1, 0, 0.5, 0],
			[1, 0, 0, null],
			[1, 0, null, null],
			[1, null, null, null]
		]);
	});

	it('counts two orders on one day (and two in one month) as one active customer', () => {
		expect(analysis.cohorts.active[1][0]).toBe(1);
	});

	it('adds up revenue per customer month by month, refunds included', () => {
		expect(analysis.cohorts.cumulativeRevenuePerCustomer).toEqual([
			[175, 175, 190, 190],
			[100, 100, 100, null],
			[-5, -5, null, null],
			[60, null, null, null]
		]);
	});
});

describe('RFM scores and segments by hand', () => {
	it('scores recency, frequency and monetary value by quintile', () => {
		expect(Array.from(detail.rfm.r)).toEqual([4, 1, 2, 3, 5]);
		expect(Array.from(detail.rfm.f)).toEqual([5, 1, 4, 1, 1]);
		expect(Array.from(detail.rfm.m)).toEqual([4, 5, 3, 1, 2]);
		expect(analysis.rfmCuts.recency).toEqual([0, 51, 60, 88]);
	});

	it('puts each customer in exactly one named segment', () => {
		const named = (id: string) => analysis.rfmSegments.find((s) => s.id === id)!;
		expect(named('champions').customers).toBe(1);
		expect(named('at-risk')).toMatchObject({ customers: 2, revenue: 300 });
		expect(named('at-risk').revenueShare).toBeCloseTo(300 / 535, 10);
		expect(named('hibernating')).toMatchObject({ customers: 1, revenue: -5 });
		// Customer 4 bought once, recently (R 5, F 1, M 2): new, not a potential loyalist (QA 56b D6).
		expect(named('new').customers).toBe(1);
		expect(named('potential-loyalists').customers).toBe(0);
		expect(inSegment(detail, 4, 'new')).toBe(true);
		expect(analysis.rfmSegments.reduce((n, s) => n + s.customers, 0)).toBe(5);
		expect(inSegment(detail, 0, 'champions')).toBe(true);
		expect(inSegment(detail, 3, 'champions')).toBe(false);
	});
});

describe('seed 002 segments with adjustable thresholds', () => {
	const seed = (overrides: Partial<typeof DEFAULT_SEED_SETTINGS>) =>
		Object.fromEntries(
			analyse(ORDERS, 5, {
				...SETTINGS,
				seed: { ...DEFAULT_SEED_SETTINGS, ...overrides }
			}).analysis.seedSegments.map((s) => [s.id, s.customers])
		);

	it('with the seed defaults', () => {
		expect(seed({})).toEqual({
			'high-frequency': 0,
			'top-1-percent': 1,
			'top-10-percent': 0,
			'one-time': 3,
			lapsed: 0
		});
	});

	it('with changed thresholds', () => {
		// The data cover 116 days of the 12-month window, 116 ÷ 30.4375 = 3.81 months: 0.2 orders a
		// month over them is 0.76 orders, which all five have (over 12 months, 2.4: alice alone).
		expect(seed({ ordersPerMonth: 0.2, lapsedDays: 60, highPercent: 50 })).toEqual({
			'high-frequency': 5,
			'top-1-percent': 1,
			'top-10-percent': 2,
			'one-time': 3,
			lapsed: 3
		});
	});
});

describe('edge cases', () => {
	it('one customer on one day', () => {
		const { analysis: one } = analyse(columnsOf([[0, '2024-02-29', 42]]), 1, { ...SETTINGS, windowMonths: 12 });
		expect(one.kpis).toMatchObject({
			customers: 1,
			orders: 1,
			aov: 42,
			repeatPurchaseRate: 0,
			lastPeriod: null,
			clv: null,
			spanDays: 1
		});
		// Nothing is stated per year from one day, and the CRR says why it is missing.
		expect(one.kpis.frequencyPerYear).toBeNull();
		expect(one.kpis.unmeasuredPeriod?.basis).toEqual({ kind: 'partial', coveredDays: 1, days: 29 });
		expect(one.cohorts.share).toEqual([[1]]);
		expect(one.rfmSegments.reduce((n, s) => n + s.customers, 0)).toBe(1);
	});

	it('no orders at all', () => {
		const { analysis: none } = analyse(columnsOf([]), 0, SETTINGS);
		expect(none.kpis).toMatchObject({ customers: 0, orders: 0, aov: null, repeatPurchaseRate: null, clv: null });
		expect(none.periods).toEqual([]);
		expect(none.cohorts.months).toEqual([]);
	});
});
