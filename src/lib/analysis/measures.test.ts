import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '$lib/format/date';
import type { OrderColumns } from '$lib/orders/columns';
import { analyse } from './analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from './cache';
import { partialLastMonth } from './cohorts';
import { datasetMeasures } from './measures';

function columnsOf(rows: [number, string, number][]): OrderColumns {
	const day = (iso: string) => {
		const [y, m, d] = iso.split('-').map(Number);
		return dayFromYmd(y, m, d);
	};
	return {
		count: rows.length,
		customer: Int32Array.from(rows.map((r) => r[0])),
		day: Int32Array.from(rows.map((r) => day(r[1]))),
		amount: Float64Array.from(rows.map((r) => r[2]))
	};
}

const byMetric = (record: ReturnType<typeof datasetMeasures>) =>
	Object.fromEntries(record.measures.map((m) => [m.metric, m]));
const withheld = (record: ReturnType<typeof datasetMeasures>) =>
	Object.fromEntries((record.withheld ?? []).map((w) => [w.metric, w.reason.code]));

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
		expect(record.revenuePerYear).toBeCloseTo(100 / (365 / 365.25), 6);
		const m = byMetric(record);
		expect(m.repeatPurchaseRate).toEqual({ metric: 'repeatPurchaseRate', value: 1 });
		expect(m.aov).toEqual({ metric: 'aov', value: 25, currency: 'EUR' });
		expect(m.clv).toEqual({ metric: 'clv', value: 50, currency: 'EUR' });
		expect(m.purchaseFrequency.period).toBe('year');
		// The last measurable month is February (S = 2, E = 0); from March on nobody is in the base.
		expect(m.crr).toEqual({ metric: 'crr', value: 0, period: 'month' });
		expect(m.churn).toEqual({ metric: 'churn', value: 1, period: 'month' });
		expect(withheld(record)).toEqual({});
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
			purchaseFrequency: 'shortSpan'
		});
	});

	it.each([
		// last order, window, what is measured, what is withheld
		[
			'2023-01-01',
			12,
			['repeatPurchaseRate', 'aov', 'clv'],
			{ crr: 'crrNotMeasurable', churn: 'crrNotMeasurable', purchaseFrequency: 'shortSpan' }
		],
		[
			'2023-02-03',
			12,
			['repeatPurchaseRate', 'aov', 'clv'],
			{ crr: 'crrNotMeasurable', churn: 'crrNotMeasurable', purchaseFrequency: 'shortSpan' }
		],
		[
			'2023-06-30',
			12,
			['repeatPurchaseRate', 'aov', 'clv'],
			{ crr: 'crrNotMeasurable', churn: 'crrNotMeasurable', purchaseFrequency: 'shortSpan' }
		],
		['2023-06-30', 3, ['crr', 'churn', 'repeatPurchaseRate', 'aov', 'clv'], { purchaseFrequency: 'shortSpan' }],
		['2023-12-31', 3, ['crr', 'churn', 'repeatPurchaseRate', 'purchaseFrequency', 'aov', 'clv'], {}]
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
