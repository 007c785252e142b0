import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '$lib/format/date';
import { analyse } from './analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from './cache';
import { datasetMeasures } from './measures';

describe('a data set’s figures in the benchmarks’ terms', () => {
	it('states each rate with its period and each amount with its currency; CLV is revenue per customer to date', () => {
		const day = (m: number, d: number) => dayFromYmd(2023, m, d);
		const columns = {
			count: 4,
			customer: Int32Array.of(0, 1, 0, 1),
			day: Int32Array.of(day(1, 1), day(1, 2), day(12, 1), day(12, 31)),
			amount: Float64Array.of(10, 30, 20, 40)
		};
		const { analysis } = analyse(columns, 2, { ...DEFAULT_ANALYSIS_SETTINGS, windowMonths: 1 });
		const record = datasetMeasures(analysis, { id: 7, name: 'Shop' }, 'EUR', 123);
		expect(record).toMatchObject({ datasetId: 7, datasetName: 'Shop', computedAt: 123, customers: 2, orders: 4, currency: 'EUR' });
		expect(record.revenuePerYear).toBeCloseTo(100 / (365 / 365.25), 6);
		const byMetric = Object.fromEntries(record.measures.map((m) => [m.metric, m]));
		expect(byMetric.repeatPurchaseRate).toEqual({ metric: 'repeatPurchaseRate', value: 1 });
		expect(byMetric.aov).toEqual({ metric: 'aov', value: 25, currency: 'EUR' });
		expect(byMetric.clv).toEqual({ metric: 'clv', value: 50, currency: 'EUR' });
		expect(byMetric.purchaseFrequency.period).toBe('year');
		expect(byMetric.crr.period).toBe('month');
		expect(byMetric.churn.value).toBeCloseTo(1 - byMetric.crr.value, 12);
	});
});
