import type { PeriodUnit } from '$lib/analysis/calendar';
import type { Annualisation } from '$lib/analysis/kpis';
import type { CrrBasis } from '$lib/analysis/periods';
import type { MetricId } from './metrics';

/**
 * A figure of a data set that is shown on the Analysis page with a flag, and so is not handed to
 * the benchmarks, the planner or the what-if page as a fact, with the reason in data:
 * - `crrNotMeasurable`: no period's CRR is measurable; `basis` is that of the period that explains it;
 * - `crrAboveHundred`: the CRR exceeds 100 % because customers came back after a lapse;
 * - `shortSpan`: a per-year figure from less than a full year of data;
 * - `severalCurrencies`: an amount (AOV, CLV) of orders in several currencies, added up unconverted
 *   (`currencies`: each with its count, see `currencyMixOf`).
 */
export type WithheldReason =
	| {
			code: 'crrNotMeasurable';
			month: number;
			unit: PeriodUnit;
			windowMonths: number;
			basis: Exclude<CrrBasis, { kind: 'measurable' }>;
	  }
	| { code: 'crrAboveHundred'; month: number; unit: PeriodUnit; windowMonths: number; crr: number; returning: number }
	| { code: 'shortSpan'; annualisation: Exclude<Annualisation, { kind: 'observed' }> }
	| { code: 'severalCurrencies'; currencies: [code: string, count: number][] };

export interface WithheldMeasure {
	metric: MetricId;
	reason: WithheldReason;
}
