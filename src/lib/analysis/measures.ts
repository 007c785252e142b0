import type { MeasuredValue } from '$lib/benchmarks/compare';
import type { WithheldMeasure } from '$lib/benchmarks/withheld';
import type { DatasetMetricsRecord, DatasetRecord } from '$lib/db/database';
import { DAYS_PER_YEAR } from '$lib/models/time-unit';
import type { Analysis, AnalysisSettings } from './analyse';
import type { PeriodUnit } from './calendar';
import { currencyMixOf, type CurrencyMix } from './currency-mix';
import type { PeriodRow } from './periods';
import type { RevenueBasis } from '$lib/orders/report';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';

/** What `datasetMeasures` records of a stored data set besides its figures: its name, currencies and revenue basis. */
export function measuredDataset(id: number, dataset: Pick<DatasetRecord, 'name' | 'report'>) {
	return {
		id,
		name: dataset.name,
		currencies: currencyMixOf(dataset.report?.warnings),
		revenueBasis: dataset.report?.revenueBreakdown?.basis
	};
}

/**
 * A data set's headline figures in the shape benchmarks compare with (rates as fractions, per
 * their period; money with its currency), for the benchmarks, planner and what-if pages: the same
 * figures the Analysis page shows for these settings. A figure the Analysis page flags (a CRR that
 * is not measurable or above 100 %, a per-year figure from less than a year) is not among the
 * measures: it is listed in `withheld` with the reason, so no other page takes it as a fact.
 * The CRR and churn are given for the settings' period and, measured over the last 12 whole months
 * with a 12-month window, per year (`kpis.yearly`); each carries its window and its first month, so no
 * page compounds it into another period and each names its months. Each measure says how many customers it rests on.
 * Where the orders are in several currencies (`dataset.currencies`, see `currencyMixOf`), the amounts
 * (AOV, revenue per customer) are in no one currency: withheld, while the rates are still measures.
 */
export function datasetMeasures(
	analysis: Analysis,
	dataset: { id: number; name: string; currencies?: CurrencyMix | null; revenueBasis?: RevenueBasis },
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
	const yearly = k.yearly;
	// A yearly CRR is the measured one of the last 12 whole months with a 12-month window (`kpis.yearly`),
	// never a month's or quarter's compounded. With yearly periods and that window, the period's (the
	// last measurable calendar year) would be a second CRR per year beside it, never more recent: only
	// the yearly one is handed on, so one figure is compared and r, C and f cover the same months.
	const sameAsYearly = unit === 'year' && windowMonths === yearly?.windowMonths;
	const crrMeasures = (row: PeriodRow, period: PeriodUnit, window: number) => {
		const counts = { start: row.start, end: row.end, acquired: row.acquired, returning: row.returning };
		const basis = { period, windowMonths: window, sampleSize: row.start, periodMonth: row.month, counts };
		measures.push({ metric: 'crr', value: row.crr!, ...basis }, { metric: 'churn', value: 1 - row.crr!, ...basis });
	};
	if (sameAsYearly) {
		// Reported once, below.
	} else if (last?.crr != null && last.crr <= 1) {
		crrMeasures(last, unit, windowMonths);
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
	if (yearly) {
		const row = yearly.period;
		const w = yearly.windowMonths;
		if (row?.crr != null && row.crr <= 1) crrMeasures(row, 'year', w);
		else if (row?.crr != null) {
			const reason = {
				code: 'crrAboveHundred',
				month: row.month,
				unit: 'year',
				windowMonths: w,
				crr: row.crr,
				returning: row.returning
			} as const;
			withheld.push({ metric: 'crr', reason }, { metric: 'churn', reason });
		} else if (yearly.unmeasured && yearly.unmeasured.basis.kind !== 'measurable') {
			const { month, basis } = yearly.unmeasured;
			const reason = { code: 'crrNotMeasurable', month, unit: 'year', windowMonths: w, basis } as const;
			withheld.push({ metric: 'crr', reason }, { metric: 'churn', reason });
		}
	}
	const customers = k.customers;
	if (k.repeatPurchaseRate !== null)
		measures.push({ metric: 'repeatPurchaseRate', value: k.repeatPurchaseRate, sampleSize: customers });
	if (k.frequencyPerYear !== null && k.frequencyBasis.kind === 'observed') {
		measures.push({
			metric: 'purchaseFrequency',
			value: k.frequencyPerYear,
			period: 'year',
			sampleSize: k.frequencyYear?.customers ?? customers
		});
	} else if (k.orders > 0 && k.frequencyBasis.kind !== 'observed') {
		withheld.push({ metric: 'purchaseFrequency', reason: { code: 'shortSpan', annualisation: k.frequencyBasis } });
	}
	const mix = dataset.currencies ?? null;
	const mixed = mix && ({ code: 'severalCurrencies', currencies: mix } as const);
	if (k.aov !== null) {
		if (mixed) withheld.push({ metric: 'aov', reason: mixed });
		else measures.push({ metric: 'aov', value: k.aov, currency, sampleSize: customers });
	}
	// The benchmarks' CLV (Windsor Circle) is revenue per customer so far, not a forecast: that is
	// what is set beside it, not the simple formula's AOV × f × t nor the predicted CLV.
	if (k.revenuePerCustomer !== null) {
		if (mixed) withheld.push({ metric: 'clv', reason: mixed });
		else measures.push({ metric: 'clv', value: k.revenuePerCustomer, currency, sampleSize: customers });
	}
	return {
		datasetId: dataset.id,
		datasetName: dataset.name,
		computedAt: now,
		currency,
		...(mix ? { currencies: mix } : {}),
		customers: k.customers,
		...(dataset.revenueBasis ? { revenueBasis: dataset.revenueBasis } : {}),
		orders: k.orders,
		revenuePerYear: k.frequencyBasis.kind === 'observed' ? k.revenue / (k.spanDays / DAYS_PER_YEAR) : null,
		// The basis: every order of the data set, whatever the Analysis page's date range.
		firstDay: analysis.firstDay,
		lastDay: analysis.lastDay,
		...(yearly?.buyers ? { yearBuyers: yearly.buyers } : {}),
		measures,
		withheld,
		settings: {
			period: settings.period,
			windowMonths,
			...(settings.lifetimeYears ? { lifetimeYears: settings.lifetimeYears } : {})
		}
	};
}
