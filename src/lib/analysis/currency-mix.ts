import { METRIC_UNIT, type MetricId } from '$lib/benchmarks/metrics';
import { findWarning, type ImportWarning } from '$lib/orders/report';

/**
 * A data set whose orders are in several currencies: the import adds their amounts up without
 * conversion (it knows no exchange rates), and warns (`severalCurrencies`). Every page that shows or
 * uses an amount of such a data set says so beside it, and no amount of it is set beside a figure in
 * one currency (a benchmark, another data set) as if it were in one (SPEC §8). Rates (CRR, churn,
 * repeat rate, frequency) count customers and orders, not money: they stay comparable.
 */

/** The currencies of a data set's orders where there are several, each with its count, the most used first. */
export type CurrencyMix = [code: string, count: number][];

/** The currencies of a data set whose orders are in several (from its import's warnings), or null. */
export function currencyMixOf(warnings: readonly ImportWarning[] | null | undefined): CurrencyMix | null {
	const warning = findWarning(warnings ?? undefined, 'severalCurrencies');
	if (!warning) return null;
	const mix = Object.entries(warning.counts)
		.filter(([, count]) => count > 0)
		.sort((a, b) => b[1] - a[1]);
	return mix.length > 1 ? mix : null;
}

/** Whether a measure is an amount of money (AOV, CLV), which a mix of currencies makes no one currency's. */
export function isAmountMetric(metric: MetricId): boolean {
	return METRIC_UNIT[metric] === 'currency';
}

/** Whether a data set's measure can be set beside a figure in one currency: not an amount of a mix. */
export function comparableWithMix(metric: MetricId, mix: CurrencyMix | null | undefined): boolean {
	return !mix || !isAmountMetric(metric);
}

/**
 * What an import report's "Currency" says: one currency, or several that were added up unconverted
 * (`mixed`, the codes most used first), or none named (null: the user's setting is used).
 */
export function reportCurrency(report: {
	currency: string | null;
	warnings: readonly ImportWarning[];
}): { codes: string[]; mixed: boolean } | null {
	const mix = currencyMixOf(report.warnings);
	if (mix) return { codes: mix.map(([code]) => code), mixed: true };
	return report.currency === null ? null : { codes: [report.currency], mixed: false };
}

/** Which of two data sets set side by side are in several currencies (their amounts are then not comparable), or null. */
export function mixedSides(
	a: readonly ImportWarning[] | null | undefined,
	b: readonly ImportWarning[] | null | undefined
): { a: CurrencyMix | null; b: CurrencyMix | null } | null {
	const mixA = currencyMixOf(a);
	const mixB = currencyMixOf(b);
	return mixA || mixB ? { a: mixA, b: mixB } : null;
}
