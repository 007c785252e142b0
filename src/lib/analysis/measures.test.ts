import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '$lib/format/date';
import { columnsOf } from '$lib/test-support/order-columns';
import { analyse } from './analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from './cache';
import { partialLastMonth } from './cohorts';
import { datasetMeasures } from './measures';

const byMetric = (record: ReturnType<typeof datasetMeasures>) =>
	Object.fromEntries(record.measures.map((m) => [m.metric, m]));
/** Withheld figures by metric; the yearly CRR and churn (measured over a calendar year) as `crr@year`, `churn@year`. */
const withheld = (record: ReturnType<typeof datasetMeasures>) =>
	Object.fromEntries(
		(record.withheld ?? []).map((w) => [
			'unit' in w.reason && w.reason.unit === 'year' ? `${w.metric}@year` : w.metric,
			w.reason.code
		])
	);
const YEAR_HELD = { 'crr@year': 'crrNotMeasurable', 'churn@year': 'crrNotMeasurable' } as const;

describe('a data set’s figures in the benchmarks’ terms', () => {
	it('states each rate with its period and each amount with its currency; CLV is revenue per customer so far', () => {
		const columns = columnsOf([
			[0, '2023-01-01', 10],
			[1, '2023-01-02', 30],
			[0, '2023-12-01', 20],
			[1, '2023-12-31', 40]
		]);
		const settings = { ...DEFAULT_ANALYSIS_SETTINGS, windowMonths: 1 };
		const { analysis } = analyse(columns, 2, settings);
		const record = datasetMeasures(analysis, { id: 7, name: 'Shop' }, 'EUR', 123, settings);
		expect(record).toMatchObject({
			datasetId: 7,
			datasetName: 'Shop',
			computedAt: 123,
			customers: 2,
			orders: 4,
			currency: 'EUR'
		});
		expect(record.settings).toEqual({ period: 'month', windowMonths: 1 });
		// No revenue basis given (an import before it was recorded): none is stored, and pages name it as order totals.
		expect(record).not.toHaveProperty('revenueBasis');
		const named = datasetMeasures(
			analysis,
			{ id: 7, name: 'Shop', revenueBasis: 'lineItems' },
			'EUR',
			123,
			settings
		);
		expect(named.revenueBasis).toBe('lineItems');
		expect(record.revenuePerYear).toBeCloseTo(100 / (365 / 365.25), 6);
		const m = byMetric(record);
		expect(m.repeatPurchaseRate).toEqual({ metric: 'repeatPurchaseRate', value: 1, sampleSize: 2 });
		expect(m.aov).toEqual({ metric: 'aov', value: 25, currency: 'EUR', sampleSize: 2 });
		expect(m.clv).toEqual({ metric: 'clv', value: 50, currency: 'EUR', sampleSize: 2 });
		expect(m.purchaseFrequency.period).toBe('year');
		// The last measurable month is February (S = 2, E = 0); from March on nobody is in the base.
		// Measured with a 1-month window: it says so, and so is never compounded into another period.
		const basis = {
			period: 'month',
			windowMonths: 1,
			sampleSize: 2,
			periodMonth: 2023 * 12 + 1,
			counts: { start: 2, end: 0, acquired: 0, returning: 0 }
		};
		expect(m.crr).toEqual({ metric: 'crr', value: 0, ...basis });
		expect(m.churn).toEqual({ metric: 'churn', value: 1, ...basis });
		// 2023 is the only calendar year, and its base (12-month window) is still building.
		expect(withheld(record)).toEqual(YEAR_HELD);
		// The basis: every order, and the year's buyers.
		expect(record).toMatchObject({
			firstDay: dayFromYmd(2023, 1, 1),
			lastDay: dayFromYmd(2023, 12, 31),
			yearBuyers: { month: 2023 * 12, customers: 2, orders: 4 }
		});
	});

	it('withholds a CRR above 100 % with its reason, rather than pass it on', () => {
		// Window 1 month. Customer 1 lapses in February and comes back in March: March's CRR is 200 %.
		const columns = columnsOf([
			[0, '2023-01-01', 10],
			[1, '2023-01-10', 10],
			[0, '2023-02-01', 10],
			[0, '2023-03-01', 10],
			[1, '2023-03-31', 10]
		]);
		const settings = { ...DEFAULT_ANALYSIS_SETTINGS, windowMonths: 1 };
		const record = datasetMeasures(
			analyse(columns, 2, settings).analysis,
			{ id: 1, name: 'x' },
			'EUR',
			0,
			settings
		);
		expect(byMetric(record).crr).toBeUndefined();
		expect(record.withheld?.[0]).toEqual({
			metric: 'crr',
			reason: {
				code: 'crrAboveHundred',
				month: 2023 * 12 + 2,
				unit: 'month',
				windowMonths: 1,
				crr: 2,
				returning: 1
			}
		});
		expect(withheld(record)).toEqual({
			crr: 'crrAboveHundred',
			churn: 'crrAboveHundred',
			...YEAR_HELD,
			purchaseFrequency: 'shortSpan'
		});
	});

	it.each([
		// last order, window, what is measured, what is withheld
		[
			'2023-01-01',
			12,
			['repeatPurchaseRate', 'aov', 'clv'],
			{ crr: 'crrNotMeasurable', churn: 'crrNotMeasurable', ...YEAR_HELD, purchaseFrequency: 'shortSpan' }
		],
		[
			'2023-02-03',
			12,
			['repeatPurchaseRate', 'aov', 'clv'],
			{ crr: 'crrNotMeasurable', churn: 'crrNotMeasurable', ...YEAR_HELD, purchaseFrequency: 'shortSpan' }
		],
		[
			'2023-06-30',
			12,
			['repeatPurchaseRate', 'aov', 'clv'],
			{ crr: 'crrNotMeasurable', churn: 'crrNotMeasurable', ...YEAR_HELD, purchaseFrequency: 'shortSpan' }
		],
		[
			'2023-06-30',
			3,
			['crr', 'churn', 'repeatPurchaseRate', 'aov', 'clv'],
			{ ...YEAR_HELD, purchaseFrequency: 'shortSpan' }
		],
		['2023-12-31', 3, ['crr', 'churn', 'repeatPurchaseRate', 'purchaseFrequency', 'aov', 'clv'], YEAR_HELD]
	])('data from 1 Jan to %s, %d-month window', (last, windowMonths, measured, held) => {
		// Customer 0 buys every month (so the base never empties) and on the last day; customer 1 once.
		const rows: [number, string, number][] = [[1, '2023-01-01', 5]];
		const end = dayFromYmd(...(last.split('-').map(Number) as [number, number, number]));
		for (let month = 1; month <= 12; month++) {
			if (dayFromYmd(2023, month, 1) <= end) rows.push([0, `2023-${String(month).padStart(2, '0')}-01`, 10]);
		}
		rows.push([0, last, 5]);
		const settings = { ...DEFAULT_ANALYSIS_SETTINGS, windowMonths };
		const record = datasetMeasures(
			analyse(columnsOf(rows), 2, settings).analysis,
			{ id: 1, name: 'x' },
			'USD',
			0,
			settings
		);
		expect(record.measures.map((m) => m.metric)).toEqual(measured);
		expect(withheld(record)).toEqual(held);
		expect(record.revenuePerYear === null).toBe(!measured.includes('purchaseFrequency'));
	});
});

describe('the yearly CRR and churn handed on are measured over a calendar year, never compounded', () => {
	// As in kpis.test.ts: 2024's S = 4, E = 3, N = 2 → 25 %; December 2024's CRR is 2 ÷ 3.
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
	const yearly = {
		period: 'year',
		windowMonths: 12,
		sampleSize: 4,
		periodMonth: 2024 * 12,
		counts: { start: 4, end: 3, acquired: 2, returning: 0 }
	};
	it.each([
		// period unit, window, the CRRs handed on (value, period, window)
		[
			'month',
			12,
			[
				[2 / 3, 'month', 12],
				[0.25, 'year', 12]
			]
		],
		// With a 3-month window Q4 2024 has nobody in its base; Q3: S = {a}, E = {} → 0 %.
		[
			'quarter',
			3,
			[
				[0, 'quarter', 3],
				[0.25, 'year', 12]
			]
		],
		['year', 12, [[0.25, 'year', 12]]]
	] as const)('%s periods, %d-month window', (period, windowMonths, crrs) => {
		const settings = { ...DEFAULT_ANALYSIS_SETTINGS, period, windowMonths };
		const record = datasetMeasures(analyse(kept, 6, settings).analysis, { id: 1, name: 'x' }, 'EUR', 0, settings);
		const handed = record.measures.filter((m) => m.metric === 'crr');
		expect(handed.map((m) => [m.value, m.period, m.windowMonths])).toEqual(
			crrs.map(([value, p, w]) => [expect.closeTo(value, 12), p, w])
		);
		expect(handed.at(-1)).toEqual({ metric: 'crr', value: 0.25, ...yearly });
		expect(record.measures.filter((m) => m.metric === 'churn').at(-1)).toEqual({
			metric: 'churn',
			value: 0.75,
			...yearly
		});
		expect(record.yearBuyers).toEqual({ month: 2024 * 12, customers: 3, orders: 3, revenue: 30 });
	});
});

describe('a partial last month in the cohorts', () => {
	const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d);
	it.each([
		// first, last day of data, partial last month
		[
			day(2010, 12, 1),
			day(2011, 12, 9),
			{ month: 2011 * 12 + 11, coveredDays: 9, days: 31, lastDay: day(2011, 12, 9) }
		],
		[
			day(2011, 12, 3),
			day(2011, 12, 9),
			{ month: 2011 * 12 + 11, coveredDays: 7, days: 31, lastDay: day(2011, 12, 9) }
		],
		[day(2011, 1, 1), day(2011, 11, 30), null],
		[day(2024, 2, 1), day(2024, 2, 29), null]
	])('%d – %d', (first, last, expected) => {
		expect(partialLastMonth(first, last)).toEqual(expected);
	});
});
