import type { MeasuredValue } from '$lib/benchmarks/compare';
import type { WithheldMeasure } from '$lib/benchmarks/withheld';
import type { DatasetMetricsRecord } from '$lib/db/database';
import { DAYS_PER_YEAR } from '$lib/models/time-unit';
import type { Analysis, AnalysisSettings } from './analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';

/**
 * A data set's headline figures in the shape benchmarks compare with (rates as fractions, per
 * their period; money with its currency), for the benchmarks, planner and what-if pages: the same
 * figures the Analysis page shows for these settings. A figure the Analysis page flags (a CRR that
 * is not measurable or above 100 %, a per-year figure from less than a year) is not among the
 * measures: it is listed in `withheld` with the reason, so no other page takes it as a fact.
 */
export function datasetMeasures(
	analysis: Analysis,
	dataset: { id: number; name: string },
	currency: string,
	now: number,
	settings: AnalysisSettings = DEFAULT_ANALYSIS_SETTINGS
): DatasetMetricsRecord {
	const k = analysis.kpis;
	const measures: MeasuredValue[] = [];
	const withheld: WithheldMeasure[] = [];
	const unit = k.periodUnit;
	const { windowMonths } = settings;
	const last = k.lastPeriod;
	if (last?.crr != null && last.crr <= 1) {
		measures.push({ metric: 'crr', value: last.crr, period: unit });
		measures.push({ metric: 'churn', value: 1 - last.crr, period: unit });
	} else if (last?.crr != null) {
		const reason = {
			code: 'crrAboveHundred',
			month: last.month,
			unit,
			windowMonths,
			crr: last.crr,
			returning: last.returning
		} as const;
		withheld.push({ metric: 'crr', reason }, { metric: 'churn', reason });
	} else if (k.unmeasuredPeriod && k.unmeasuredPeriod.basis.kind !== 'measurable') {
		const { month, basis } = k.unmeasuredPeriod;
		const reason = { code: 'crrNotMeasurable', month, unit, windowMonths, basis } as const;
		withheld.push({ metric: 'crr', reason }, { metric: 'churn', reason });
	}
	if (k.repeatPurchaseRate !== null) measures.push({ metric: 'repeatPurchaseRate', value: k.repeatPurchaseRate });
	if (k.frequencyPerYear !== null && k.frequencyBasis.kind === 'observed') {
		measures.push({ metric: 'purchaseFrequency', value: k.frequencyPerYear, period: 'year' });
	} else if (k.orders > 0 && k.frequencyBasis.kind !== 'observed') {
		withheld.push({ metric: 'purchaseFrequency', reason: { code: 'shortSpan', annualisation: k.frequencyBasis } });
	}
	if (k.aov !== null) measures.push({ metric: 'aov', value: k.aov, currency });
	// The benchmarks' CLV (Windsor Circle) is revenue per customer so far, not a forecast: that is
	// what is set beside it, not the simple formula's AOV × f × t nor the predicted CLV.
	if (k.revenuePerCustomer !== null) measures.push({ metric: 'clv', value: k.revenuePerCustomer, currency });
	return {
		datasetId: dataset.id,
		datasetName: dataset.name,
		computedAt: now,
		currency,
		customers: k.customers,
		orders: k.orders,
		revenuePerYear: k.frequencyBasis.kind === 'observed' ? k.revenue / (k.spanDays / DAYS_PER_YEAR) : null,
		measures,
		withheld,
		settings: {
			period: settings.period,
			windowMonths,
			...(settings.lifetimeYears ? { lifetimeYears: settings.lifetimeYears } : {})
		}
	};
}
