import type { MeasuredValue } from '$lib/benchmarks/compare';
import type { BusinessModel } from '$lib/benchmarks/figures';
import { convertPeriod, isMetricId, type RatePeriod } from '$lib/benchmarks/metrics';
import type { DatasetMetricsRecord, ScenarioRecord } from '$lib/db/database';
import type { RevenueBasis } from '$lib/orders/report';
import { churnRate } from '$lib/metrics/churn';
import { averageOrderValue, purchaseFrequency, repeatPurchaseRate } from '$lib/metrics/orders';
import { parseCanonicalNumber } from '$lib/metrics/number-input';
import { isPeriod } from '$lib/metrics/period';
import { PERIOD_PARAM } from '$lib/metrics/query';
import { customerRetentionRate } from '$lib/metrics/retention';
import type { WhatIfBase } from './what-if';

/**
 * A baseline is what the user measured: a saved calculator scenario, the headline figures of an
 * imported data set, or values typed in. This module turns the first two into
 * - measured values to set beside benchmarks (`measuresFromScenario`, `measuresFromDataset`), and
 * - what-if inputs (`whatIfFromScenario`, `whatIfFromDataset`), saying where a value was converted
 *   or could not be used.
 *
 * Scenarios store the calculators' inputs as their links do: canonical numbers (`10000`, `82.5`),
 * percentages as typed (0–100), the period under `p` (see `routes/calculators/definitions`).
 */

export type ScenarioLike = Pick<ScenarioRecord, 'calculator' | 'inputs'>;

export interface MeasureContext {
	/** The currency the scenario's amounts are in: the one it was saved with, or else the user's setting. */
	currency: string;
	businessModel: BusinessModel;
}

/** A scenario's number, or undefined when it is absent or not a canonical number. */
function numberOf(scenario: ScenarioLike, key: string): number | undefined {
	const text = scenario.inputs[key];
	if (text === undefined) return undefined;
	return parseCanonicalNumber(text) ?? undefined;
}

/** A percentage input (typed 0–100) as a fraction. */
function fractionOf(scenario: ScenarioLike, key: string): number | undefined {
	const value = numberOf(scenario, key);
	return value === undefined || value < 0 || value > 100 ? undefined : value / 100;
}

function periodOf(scenario: ScenarioLike): RatePeriod | undefined {
	const text = scenario.inputs[PERIOD_PARAM];
	return isPeriod(text) ? text : undefined;
}

/** All the numbers, or null when one is missing. */
function all<const K extends string>(scenario: ScenarioLike, keys: readonly K[]): Record<K, number> | null {
	const values = {} as Record<K, number>;
	for (const key of keys) {
		const value = numberOf(scenario, key);
		if (value === undefined) return null;
		values[key] = value;
	}
	return values;
}

/** A scenario's retention (CRR calculator or the r of CLV by retention), as stated per its period. */
function scenarioRetention(scenario: ScenarioLike): number | undefined {
	if (scenario.calculator === 'crr') {
		const counts = all(scenario, ['s', 'e', 'n']);
		if (!counts) return undefined;
		const result = customerRetentionRate({ start: counts.s, end: counts.e, acquired: counts.n });
		// Above 100 % the counts disagree (the calculator warns); such a rate is no baseline.
		return result.ok && result.value.rate <= 1 ? result.value.rate : undefined;
	}
	if (scenario.calculator === 'clv-retention') return fractionOf(scenario, 'r');
	return undefined;
}

/** A scenario's churn (churn, churn conversion and lifetime calculators), per its period. */
function scenarioChurn(scenario: ScenarioLike): number | undefined {
	if (scenario.calculator === 'churn') {
		const counts = all(scenario, ['s', 'l']);
		if (!counts) return undefined;
		const result = churnRate({ start: counts.s, lost: counts.l });
		return result.ok ? result.value : undefined;
	}
	if (scenario.calculator === 'churn-convert' || scenario.calculator === 'lifetime') return fractionOf(scenario, 'c');
	return undefined;
}

function scenarioOrderValue(scenario: ScenarioLike): number | undefined {
	if (scenario.calculator === 'aov') {
		const totals = all(scenario, ['r', 'o']);
		if (!totals) return undefined;
		const result = averageOrderValue({ revenue: totals.r, orders: totals.o });
		return result.ok ? result.value : undefined;
	}
	if (scenario.calculator === 'clv-simple') return numberOf(scenario, 'a');
	return undefined;
}

function scenarioFrequency(scenario: ScenarioLike): number | undefined {
	if (scenario.calculator === 'frequency') {
		const counts = all(scenario, ['o', 'c']);
		if (!counts) return undefined;
		const result = purchaseFrequency({ orders: counts.o, customers: counts.c });
		return result.ok ? result.value.frequency : undefined;
	}
	if (scenario.calculator === 'clv-simple') return numberOf(scenario, 'f');
	return undefined;
}

/**
 * The measured values a scenario holds, in benchmark terms. A CLV is deliberately not among them:
 * the calculators' CLVs are forecasts (or discounted margins), while the one published CLV is
 * revenue per customer to date, so they would not measure the same thing.
 */
export function measuresFromScenario(scenario: ScenarioLike, context: MeasureContext): MeasuredValue[] {
	// A per-period metric without its period is kept: the comparison then says the period is missing.
	const scenarioPeriod = periodOf(scenario);
	const period = scenarioPeriod === undefined ? {} : { period: scenarioPeriod };
	const { businessModel } = context;
	const measures: MeasuredValue[] = [];
	const retention = scenarioRetention(scenario);
	if (retention !== undefined) measures.push({ metric: 'crr', value: retention, ...period, businessModel });
	const churn = scenarioChurn(scenario);
	if (churn !== undefined) measures.push({ metric: 'churn', value: churn, ...period, businessModel });
	const orderValue = scenarioOrderValue(scenario);
	if (orderValue !== undefined) {
		measures.push({ metric: 'aov', value: orderValue, currency: context.currency, businessModel });
	}
	const frequency = scenarioFrequency(scenario);
	if (frequency !== undefined)
		measures.push({ metric: 'purchaseFrequency', value: frequency, ...period, businessModel });
	if (scenario.calculator === 'repeat') {
		const counts = all(scenario, ['r', 'c']);
		const result = counts && repeatPurchaseRate({ repeaters: counts.r, customers: counts.c });
		if (result?.ok) measures.push({ metric: 'repeatPurchaseRate', value: result.value, businessModel });
	}
	if (scenario.calculator === 'nps') {
		const counts = all(scenario, ['pro', 'pas', 'det']);
		const answers = counts ? counts.pro + counts.pas + counts.det : 0;
		if (counts && answers > 0) {
			measures.push({ metric: 'nps', value: ((counts.pro - counts.det) / answers) * 100, businessModel });
		}
	}
	return measures;
}

/**
 * The currency of a data set's amounts as the Analysis page shows them now: the file's own, else the
 * user's setting. The setting may have changed since the figures were recorded (the Analysis page
 * says to change it in Settings, with no new import), so a data set whose file named no currency
 * (`fileCurrency` null, from its `DatasetRecord`) takes the setting now, not the one recorded.
 * `fileCurrency` undefined (the records not read yet, or the data set gone): the one recorded.
 */
export function datasetCurrency(
	record: Pick<DatasetMetricsRecord, 'currency'> | undefined,
	fileCurrency: string | null | undefined,
	setting: string
): string {
	if (fileCurrency === null) return setting;
	return fileCurrency ?? record?.currency ?? setting;
}

/**
 * A data set's measured values as the analysis stored them, with the user's choice of business
 * model. Money values are in `currency` where given (see `datasetCurrency`), else the data set's
 * recorded one; entries that are not valid measures are dropped.
 */
export function measuresFromDataset(
	record: DatasetMetricsRecord,
	businessModel: BusinessModel,
	currency?: string
): MeasuredValue[] {
	return record.measures
		.filter((measure) => isMetricId(measure.metric) && Number.isFinite(measure.value))
		.map((measure) => ({
			...measure,
			// A data set's CRR and churn are measured with an activity window (records stored before it was
			// noted have none): never converted to another period.
			...(isWindowed(measure) && measure.windowMonths === undefined
				? { windowMonths: record.settings?.windowMonths ?? 12 }
				: {}),
			businessModel,
			// From an orders export: its churn is lapsing, never a cancelled plan (see `comparability`).
			fromOrders: true,
			...(measure.currency === undefined && record.currency ? { currency: record.currency } : {}),
			...(currency !== undefined && measure.currency !== undefined ? { currency } : {})
		}));
}

function isWindowed(measure: MeasuredValue): boolean {
	return measure.metric === 'crr' || measure.metric === 'churn';
}

/**
 * Why a what-if input was filled in the way it was, for the note beside it: converted from a typed
 * rate of another period; not filled because a frequency is not yearly; from a data set's last 12
 * whole months (`year`: C, f; `month` is their first) or its yearly CRR measured over them
 * (`measuredYear`: r); or not filled because the data does not cover 12 whole months
 * (`noCompleteYear`: C, f) or has no measured yearly CRR (`noYearlyCrr`: its period's CRR is not
 * compounded into one).
 */
export type PrefillNote =
	| { field: keyof WhatIfBase; kind: 'converted'; from: RatePeriod; original: number }
	| { field: keyof WhatIfBase; kind: 'notYearly'; period: RatePeriod }
	| { field: 'customers' | 'purchasesPerYear'; kind: 'year'; month: number; customers: number; orders: number }
	| {
			field: 'retention';
			kind: 'measuredYear';
			month: number;
			windowMonths: number;
			counts?: { start: number; end: number; acquired: number; returning?: number };
	  }
	| {
			field: 'averageOrderValue';
			kind: 'yearAov';
			month: number;
			orders: number;
			revenue: number;
			/** What was summed as revenue, to name it as the Analysis page does (absent: not recorded). */
			basis?: RevenueBasis;
	  }
	| { field: 'retention'; kind: 'noYearlyCrr' }
	| { field: 'customers' | 'purchasesPerYear' | 'averageOrderValue'; kind: 'noCompleteYear' }
	| { field: 'averageOrderValue'; kind: 'noYearRevenue' }
	| { field: keyof WhatIfBase; kind: 'notInDataset' };

export interface WhatIfPrefill {
	values: Partial<WhatIfBase>;
	notes: PrefillNote[];
	/**
	 * Set for a data set: its fields that are not in `values` are emptied, never left at a typed or
	 * example value the page would then take as the data set's (each has a note saying why).
	 */
	clearOthers?: boolean;
	/**
	 * The decimals a value is filled in with where the page's own would not do (see `yearDigits`);
	 * absent: the page's.
	 */
	digits?: Partial<Record<keyof WhatIfBase, number>>;
}

/** The most decimals a filled-in f or AOV is given. */
const MOST_FILL_DIGITS = 10;

/**
 * The decimals f and the AOV of a year are filled in with: four, or as many more as make C × f × AOV,
 * as filled in, give back the year's revenue to the cent, as the note beside the AOV states it
 * (review: f = 6,796 ÷ 1,851 filled as 3.6715 gave €407,497.18 for €407,500.56).
 */
export function yearDigits(customers: number, orders: number, revenue: number): { f: number; aov: number } {
	const f = orders / customers;
	const aov = revenue / orders;
	const cents = Math.round(revenue * 100);
	const round = (value: number, digits: number) => Number(value.toFixed(digits));
	const agrees = (fShown: number, aovShown: number) => Math.round(customers * fShown * aovShown * 100) === cents;
	let fDigits = 4;
	while (fDigits < MOST_FILL_DIGITS && !agrees(round(f, fDigits), aov)) fDigits++;
	let aovDigits = 4;
	while (aovDigits < MOST_FILL_DIGITS && !agrees(round(f, fDigits), round(aov, aovDigits))) aovDigits++;
	return { f: fDigits, aov: aovDigits };
}

/** The calculators whose scenarios can start a what-if. */
export const WHAT_IF_CALCULATORS = [
	'crr',
	'churn',
	'churn-convert',
	'lifetime',
	'aov',
	'frequency',
	'clv-simple',
	'clv-retention'
] as const;

/** A retention rate of `period` as a yearly one (r_year = r^k), noting the conversion. */
function yearlyRetention(prefill: WhatIfPrefill, retention: number, period: RatePeriod | undefined): void {
	if (period === undefined) return;
	const yearly = convertPeriod('crr', retention, period, 'year');
	if (yearly === null) return;
	prefill.values.retention = yearly;
	if (period !== 'year')
		prefill.notes.push({ field: 'retention', kind: 'converted', from: period, original: retention });
}

/**
 * A frequency is used only when it is per year: a month's orders per customer times twelve would
 * overstate a year's, because more distinct customers order in a year than in a month.
 */
function yearlyFrequency(prefill: WhatIfPrefill, frequency: number, period: RatePeriod | undefined): void {
	if (period === 'year') prefill.values.purchasesPerYear = frequency;
	else if (period !== undefined) prefill.notes.push({ field: 'purchasesPerYear', kind: 'notYearly', period });
}

/** The what-if inputs a scenario provides; the rest stay as the user typed them. */
export function whatIfFromScenario(scenario: ScenarioLike): WhatIfPrefill {
	const prefill: WhatIfPrefill = { values: {}, notes: [] };
	const period = periodOf(scenario);
	const retention = scenarioRetention(scenario);
	if (retention !== undefined) yearlyRetention(prefill, retention, period);
	const churn = scenarioChurn(scenario);
	if (churn !== undefined) yearlyRetention(prefill, 1 - churn, period);
	if (scenario.calculator === 'crr') {
		// E: the customers at the end of the period, the base the next year starts from.
		const end = numberOf(scenario, 'e');
		if (end !== undefined && retention !== undefined) prefill.values.customers = end;
	}
	const orderValue = scenarioOrderValue(scenario);
	if (orderValue !== undefined) prefill.values.averageOrderValue = orderValue;
	const frequency = scenarioFrequency(scenario);
	if (frequency !== undefined) {
		yearlyFrequency(prefill, frequency, period);
		// The customers who ordered in a year are the year's customers; those of a month are not.
		const customers =
			scenario.calculator === 'frequency' && period === 'year' ? numberOf(scenario, 'c') : undefined;
		if (customers !== undefined) prefill.values.customers = customers;
	}
	if (scenario.calculator === 'clv-simple') {
		const margin = fractionOf(scenario, 'g');
		if (margin !== undefined) prefill.values.grossMargin = margin;
	}
	if (scenario.calculator === 'clv-retention') {
		// The calculator takes d per year and converts it itself, so it is already yearly.
		const discount = fractionOf(scenario, 'd');
		if (discount !== undefined) prefill.values.discountRate = discount;
	}
	return prefill;
}

/**
 * The what-if inputs of a data set, all of the same 12 months, its last whole ones (`yearly.ts`):
 * C = the customers who bought in them, f = their orders there per customer and AOV = the net sales
 * of those orders ÷ their number (all customers or all orders over the whole span, or orders per
 * customer averaged over it, would not be a year's: more distinct customers order in two years than
 * in one); r = the CRR measured over them with a 12-month window, never a month's or quarter's CRR
 * compounded. What the data set does not give (an orders export holds no gross margin and no
 * discount rate) is left empty, with a note, for the user to type: `clearOthers`.
 */
export function whatIfFromDataset(record: DatasetMetricsRecord): WhatIfPrefill {
	const prefill: WhatIfPrefill = { values: {}, notes: [], clearOthers: true };
	const year = record.yearBuyers;
	if (year && year.customers > 0) {
		prefill.values.customers = year.customers;
		prefill.values.purchasesPerYear = year.orders / year.customers;
		for (const field of ['customers', 'purchasesPerYear'] as const)
			prefill.notes.push({
				field,
				kind: 'year',
				month: year.month,
				customers: year.customers,
				orders: year.orders
			});
		// Amounts in several currencies, added up unconverted, are no order value: the AOV stays as typed,
		// and the data set's flagged figures say why (`withheld`).
		const severalCurrencies = record.withheld?.some(
			(w) => w.metric === 'aov' && w.reason.code === 'severalCurrencies'
		);
		if (severalCurrencies) {
			// (Nothing filled, nothing noted here.)
		} else if (year.revenue !== undefined && Number.isFinite(year.revenue) && year.revenue >= 0) {
			prefill.values.averageOrderValue = year.revenue / year.orders;
			const digits = yearDigits(year.customers, year.orders, year.revenue);
			prefill.digits = { purchasesPerYear: digits.f, averageOrderValue: digits.aov };
			prefill.notes.push({
				field: 'averageOrderValue',
				kind: 'yearAov',
				month: year.month,
				orders: year.orders,
				revenue: year.revenue,
				...(record.revenueBasis ? { basis: record.revenueBasis } : {})
			});
		} else {
			prefill.notes.push({ field: 'averageOrderValue', kind: 'noYearRevenue' });
		}
	} else {
		for (const field of ['customers', 'purchasesPerYear', 'averageOrderValue'] as const)
			prefill.notes.push({ field, kind: 'noCompleteYear' });
	}
	const crr = record.measures.find(
		(measure) => measure.metric === 'crr' && Number.isFinite(measure.value) && measure.period === 'year'
	);
	if (crr && crr.value >= 0 && crr.value <= 1) {
		// r is the share of the customers active a year earlier who bought again within the year: E − N
		// without those back after more than a year away (review: 41.38 % where 636 of 1,554 is 40.93 %).
		// Figures recorded before `returning` was kept: (E − N) ÷ S, the CRR, as the note then says.
		const c = crr.counts;
		const retained = c && typeof c.returning === 'number' ? c.end - c.acquired - c.returning : null;
		const byRetained = c !== undefined && retained !== null && c.start > 0 && retained >= 0 && retained <= c.start;
		prefill.values.retention = byRetained ? retained / c.start : crr.value;
		// (The note's counts are those r was worked from.)
		const counts = c && (byRetained ? c : { start: c.start, end: c.end, acquired: c.acquired });
		if (crr.periodMonth !== undefined)
			prefill.notes.push({
				field: 'retention',
				kind: 'measuredYear',
				month: crr.periodMonth,
				windowMonths: crr.windowMonths ?? 12,
				...(counts ? { counts } : {})
			});
	} else {
		prefill.notes.push({ field: 'retention', kind: 'noYearlyCrr' });
	}
	for (const field of ['grossMargin', 'discountRate'] as const) prefill.notes.push({ field, kind: 'notInDataset' });
	return prefill;
}
