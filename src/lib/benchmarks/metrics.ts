/**
 * The metrics a benchmark, a tactic or a user's measurement can be about.
 *
 * Names are deliberately narrow, because publishers use the same words for different things:
 * Metrilo's "retention rate" is the share of buyers who bought twice or more (here
 * `repeatPurchaseRate`), which is not the seed formula's CRR = (E − N) / S (here `crr`), and
 * Bluecore's figure is about a second purchase within the same calendar year
 * (`secondPurchaseWithinYear`). Only values of the same metric are ever compared.
 *
 * Rates are fractions (0.28 means 28 %), like the rest of the app; money is in a stated currency.
 */
export const METRIC_IDS = [
	'crr',
	'churn',
	'repeatPurchaseRate',
	'secondPurchaseWithinYear',
	'purchaseFrequency',
	'aov',
	'clv',
	'nps',
	'cartAbandonmentRate'
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export function isMetricId(value: unknown): value is MetricId {
	return typeof value === 'string' && (METRIC_IDS as readonly string[]).includes(value);
}

/** Whether a larger value is the better one. Churn and cart abandonment are losses. */
export const HIGHER_IS_BETTER: Record<MetricId, boolean> = {
	crr: true,
	churn: false,
	repeatPurchaseRate: true,
	secondPurchaseWithinYear: true,
	purchaseFrequency: true,
	aov: true,
	clv: true,
	nps: true,
	cartAbandonmentRate: false
};

/** How a value is expressed: a fraction, money, a count per period, or a score (NPS, −100…100). */
export type MetricUnit = 'ratio' | 'currency' | 'perPeriod' | 'score';

export const METRIC_UNIT: Record<MetricId, MetricUnit> = {
	crr: 'ratio',
	churn: 'ratio',
	repeatPurchaseRate: 'ratio',
	secondPurchaseWithinYear: 'ratio',
	purchaseFrequency: 'perPeriod',
	aov: 'currency',
	clv: 'currency',
	nps: 'score',
	cartAbandonmentRate: 'ratio'
};

/** The periods a rate can be stated per. */
export const RATE_PERIODS = ['month', 'quarter', 'year'] as const;
export type RatePeriod = (typeof RATE_PERIODS)[number];

const MONTHS: Record<RatePeriod, number> = { month: 1, quarter: 3, year: 12 };

/**
 * How a metric's value changes with the length of its period:
 * - `geometric`: a share kept (CRR) or lost (churn) per period; over k periods retention is r^k
 *   and churn is 1 − (1 − c)^k (SPEC §1), assuming the rate is the same every period;
 * - `linear`: a count per period (orders per customer), which scales with the length;
 * - `none`: not a per-period quantity, or one whose window is part of its definition.
 */
export const PERIOD_SCALING: Record<MetricId, 'geometric' | 'linear' | 'none'> = {
	crr: 'geometric',
	churn: 'geometric',
	repeatPurchaseRate: 'none',
	secondPurchaseWithinYear: 'none',
	purchaseFrequency: 'linear',
	aov: 'none',
	clv: 'none',
	nps: 'none',
	cartAbandonmentRate: 'none'
};

/**
 * Converts a value of `metric` stated per `from` into the same metric per `to`.
 * Returns null when the metric has no period to convert or the result would not be a finite number.
 */
export function convertPeriod(metric: MetricId, value: number, from: RatePeriod, to: RatePeriod): number | null {
	if (!Number.isFinite(value)) return null;
	if (from === to) return value;
	const k = MONTHS[to] / MONTHS[from];
	switch (PERIOD_SCALING[metric]) {
		case 'geometric': {
			if (value < 0 || value > 1) return null;
			const kept = metric === 'churn' ? 1 - value : value;
			const keptOverTarget = kept ** k;
			return metric === 'churn' ? 1 - keptOverTarget : keptOverTarget;
		}
		case 'linear':
			return value * k;
		case 'none':
			return null;
	}
}
