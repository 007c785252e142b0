import type { MeasuredValue } from '$lib/benchmarks/compare';
import type { DatasetMetricsRecord } from '$lib/db/database';
import { DAYS_PER_YEAR } from './kpis';
import type { Analysis } from './analyse';

/**
 * A data set's headline figures in the shape benchmarks compare with (rates as fractions, per
 * their period; money with its currency), for the benchmarks, planner and what-if pages.
 */
export function datasetMeasures(
	analysis: Analysis,
	dataset: { id: number; name: string },
	currency: string,
	now: number
): DatasetMetricsRecord {
	const k = analysis.kpis;
	const measures: MeasuredValue[] = [];
	if (k.lastPeriod?.crr !== null && k.lastPeriod?.crr !== undefined) {
		measures.push({ metric: 'crr', value: k.lastPeriod.crr, period: k.periodUnit });
		measures.push({ metric: 'churn', value: 1 - k.lastPeriod.crr, period: k.periodUnit });
	}
	if (k.repeatPurchaseRate !== null) measures.push({ metric: 'repeatPurchaseRate', value: k.repeatPurchaseRate });
	if (k.frequencyPerYear !== null) measures.push({ metric: 'purchaseFrequency', value: k.frequencyPerYear, period: 'year' });
	if (k.aov !== null) measures.push({ metric: 'aov', value: k.aov, currency });
	// The benchmarks' CLV (Windsor Circle) is revenue per customer to date, not a forecast: that is
	// what is set beside it, not the seed formula's AOV × f × t.
	if (k.customers > 0) measures.push({ metric: 'clv', value: k.revenue / k.customers, currency });
	return {
		datasetId: dataset.id,
		datasetName: dataset.name,
		computedAt: now,
		currency,
		customers: k.customers,
		orders: k.orders,
		revenuePerYear: k.spanDays > 0 ? k.revenue / (k.spanDays / DAYS_PER_YEAR) : 0,
		measures
	};
}
