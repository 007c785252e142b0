import type { DayRange } from './date-range';
import type { Kpis } from './kpis';

/**
 * Period-over-period: the key figures of an earlier range beside the chosen one.
 * - "previous": the range of the same length just before the chosen one;
 * - "yearAgo": the same dates a year earlier.
 * An earlier range the data does not cover from its first day (it starts before the first order)
 * is `notComparable`: its figures would count a part of a range as if it were all of it, so none are
 * given (never a comparison with a range the data only partly covers).
 */
export type EarlierFigures =
	{ kind: 'comparable'; range: DayRange; kpis: Kpis } | { kind: 'notComparable'; range: DayRange; dataFrom: number };

export interface Comparisons {
	previous: EarlierFigures;
	yearAgo: EarlierFigures;
}

export const COMPARISONS = ['previous', 'yearAgo'] as const;
export type ComparisonKind = (typeof COMPARISONS)[number];

/** The KPIs compared, each a rate (change in percentage points) or an amount (change in %). */
export const COMPARED_KPIS = [
	'customers',
	'orders',
	'revenue',
	'revenuePerCustomer',
	'aov',
	'frequency',
	'repeat',
	'crr',
	'churn',
	'clv'
] as const;
export type ComparedKpi = (typeof COMPARED_KPIS)[number];

export const RATE_KPIS: ReadonlySet<ComparedKpi> = new Set(['repeat', 'crr', 'churn']);

/** The value of one compared KPI, or null where it is not available (e.g. no measurable period). */
export function kpiValue(k: Kpis, id: ComparedKpi): number | null {
	switch (id) {
		case 'customers':
			return k.customers;
		case 'orders':
			return k.orders;
		case 'revenue':
			return k.revenue;
		case 'revenuePerCustomer':
			return k.revenuePerCustomer;
		case 'aov':
			return k.aov;
		case 'frequency':
			return k.frequencyPerYear;
		case 'repeat':
			return k.repeatPurchaseRate;
		case 'crr':
			return k.lastPeriod?.crr ?? null;
		case 'churn':
			return k.lastPeriod?.churn ?? null;
		case 'clv':
			return k.clv;
	}
}

/**
 * Why a figure is not a plain fact (as the Analysis page's cards flag it): a per-year figure extrapolated
 * from less than a year, or refused below 90 days; a CRR not yet measurable, not measurable with an
 * activity window shorter than the period, or above 100 %.
 */
export type FigureBasis = 'extrapolated' | 'tooShort' | 'notMeasurable' | 'windowShort' | 'aboveHundred';

export function figureBasis(k: Kpis, id: ComparedKpi): FigureBasis | null {
	if (id === 'frequency' || id === 'clv') {
		if (k.frequencyBasis.kind === 'refused') return 'tooShort';
		if (k.frequencyBasis.kind === 'extrapolated' && kpiValue(k, id) !== null) return 'extrapolated';
	}
	if (id === 'crr' || id === 'churn') {
		if (!k.lastPeriod) {
			if (!k.unmeasuredPeriod) return null;
			return k.unmeasuredPeriod.basis.kind === 'windowShort' ? 'windowShort' : 'notMeasurable';
		}
		if (k.lastPeriod.crr !== null && k.lastPeriod.crr > 1) return 'aboveHundred';
	}
	return null;
}

/**
 * The change from an earlier value to the current one:
 * - `points` for rates: the difference of the two rates (0.30 → 0.35 is +0.05, said "+5.0 pp");
 * - `relative` for amounts: (now − before) / before (100 → 120 is +0.2, said "+20 %"); none from an
 *   earlier amount of 0 or below, where a percentage change means nothing;
 * - `none` when either value is missing.
 */
export type Change = { kind: 'points'; value: number } | { kind: 'relative'; value: number } | { kind: 'none' };

export function change(id: ComparedKpi, now: number | null, before: number | null): Change {
	if (now === null || before === null || !Number.isFinite(now) || !Number.isFinite(before)) return { kind: 'none' };
	if (RATE_KPIS.has(id)) return { kind: 'points', value: now - before };
	if (before <= 0) return { kind: 'none' };
	return { kind: 'relative', value: (now - before) / before };
}

/**
 * One row of a comparison: the earlier value and the change, or why there is none. `basis` says which
 * of the two figures is not a plain fact (`figureBasis`), when that is why.
 */
export type ComparedFigure =
	| { kind: 'comparable'; before: number | null; change: Change }
	| { kind: 'notComparable'; basis?: { now: FigureBasis | null; before: FigureBasis | null } };

/**
 * The earlier figure and the change, only where both figures are plain facts: when either is flagged
 * (extrapolated, too short, not measurable, a CRR above 100 %), the earlier figure would be shown
 * without the flag its own card carries, and a change between such figures is not a fact; the pair
 * is then "not comparable".
 */
export function comparedFigure(current: Kpis, earlier: EarlierFigures, id: ComparedKpi): ComparedFigure {
	if (earlier.kind === 'notComparable') return { kind: 'notComparable' };
	const basis = { now: figureBasis(current, id), before: figureBasis(earlier.kpis, id) };
	if (basis.now !== null || basis.before !== null) return { kind: 'notComparable', basis };
	const before = kpiValue(earlier.kpis, id);
	return { kind: 'comparable', before, change: change(id, kpiValue(current, id), before) };
}
