import { BENCHMARKS, type BenchmarkFigure, type BusinessModel } from './figures';
import { INDUSTRIES, type IndustryId, type Sector } from './industries';
import { wilsonInterval, type Interval } from '$lib/analysis/wilson';
import { convertPeriod, HIGHER_IS_BETTER, METRIC_UNIT, type MetricId, type RatePeriod } from './metrics';

/** A number the user measured (calculator or data set), described well enough to be compared. */
export interface MeasuredValue {
	metric: MetricId;
	/** Rates as fractions (0.28 = 28 %), money in `currency`. */
	value: number;
	/** Needed for per-period metrics (CRR, churn, purchase frequency). */
	period?: RatePeriod;
	/** ISO 4217 code; needed for money metrics (AOV, CLV). No exchange rates are applied. */
	currency?: string;
	/** Defaults to 'ecommerce': a shop whose customers simply stop ordering. */
	businessModel?: BusinessModel;
	/**
	 * Set when the value was measured from orders with an activity window of this many months (a data
	 * set's CRR or churn). Such a rate is not a constant per-period rate (a month's CRR counts everyone
	 * whose last purchase is under W months old as kept), so it is never converted to another period
	 * by compounding: it is compared only with figures of its own period. Typed values have none.
	 */
	windowMonths?: number;
	/**
	 * How many customers the value is a share or an average of (for a CRR or churn: S, the base at the
	 * period's start); below `MIN_SAMPLE` no verdict is given. Typed values have none.
	 */
	sampleSize?: number;
	/** The period measured (its first month index), for a per-period value measured from orders. */
	periodMonth?: number;
	/**
	 * A measured CRR's or churn's counts: S (base at the start), E (at the end), N (new in the period),
	 * and the customers back after a lapse (in E, neither in S nor new; absent on figures stored before
	 * it was recorded).
	 */
	counts?: { start: number; end: number; acquired: number; returning?: number };
	/**
	 * Set for a data set's values: measured from an orders export, so its churn is customers who stopped
	 * ordering (lapsed beyond the activity window), never cancelled plans, whatever kind of business the
	 * user says the shop is. The import reads no subscription data.
	 */
	fromOrders?: boolean;
}

/** Below this many customers a measured value is too uncertain for a verdict (as the Analysis page marks groups). */
export const MIN_SAMPLE = 30;

export type NotComparableReason =
	| 'invalid-value'
	| 'different-metric'
	| 'orders-not-subscription'
	| 'business-model'
	| 'period-missing'
	| 'currency'
	| 'period-differs'
	| 'window-differs'
	| 'returning-unknown'
	| 'small-sample';

export type Comparability =
	| {
			comparable: true;
			/** The user's value, stated per the figure's period when that differs from the measured one. */
			userValue: number;
			/** True when a typed value was converted to the figure's period (assumes a constant rate). */
			converted: boolean;
			/** The measure as the figure counts it (see `countedAsFigure`): `userValue`'s value, for its range. */
			measure: MeasuredValue;
			/** Set when a measured value was counted again the figure's way: its counts, for saying so. */
			recounted: Recount | null;
	  }
	| { comparable: false; reason: NotComparableReason };

/** A yearly CRR counted as Windsor Circle counts retention: of S customers active a year earlier, `retained` bought again. */
export interface Recount {
	retained: number;
	start: number;
}

/**
 * A measured value as `figure` counts it, or why it cannot be. Only Windsor Circle's retention differs
 * from the app's CRR: it is the share of the customers active a year earlier (S, with a 12-month
 * window) who bought again within the year, where the app's (E − N) ÷ S also keeps the customers who
 * came back after more than a year away. Counted its way: (E − N − returning) ÷ S. A review's shop had
 * 32.4 % the app's way and 25.3 % Windsor's, beside Windsor's 24 %. Typed values are the user's own
 * count, compared as typed.
 */
function countedAsFigure(
	measure: MeasuredValue,
	figure: BenchmarkFigure
): { measure: MeasuredValue; recounted: Recount | null } | NotComparableReason {
	if (figure.definition !== 'windsor-retention' || measure.windowMonths === undefined) {
		return { measure, recounted: null };
	}
	if (measure.windowMonths !== 12) return 'window-differs';
	const c = measure.counts;
	if (typeof c?.returning !== 'number') return 'returning-unknown';
	if (!(c.start > 0)) return 'small-sample';
	const retained = c.end - c.acquired - c.returning;
	// (Counts that do not agree, as no analysis gives them: no share to compare.)
	if (!(retained >= 0 && retained <= c.start)) return 'invalid-value';
	const crr = retained / c.start;
	const value = measure.metric === 'churn' ? 1 - crr : crr;
	return { measure: { ...measure, value }, recounted: { retained, start: c.start } };
}

/**
 * Whether `measure` may stand beside `figure`, and the user's value in the figure's terms.
 * Unlike metrics are never compared: a repeat-purchase rate only with repeat-purchase figures,
 * CRR only with CRR, a shop's churn never with subscription churn (and a churn measured from orders
 * never, whatever kind of business is chosen), dollars only with dollars.
 */
export function comparability(measure: MeasuredValue, figure: BenchmarkFigure): Comparability {
	if (!Number.isFinite(measure.value)) return { comparable: false, reason: 'invalid-value' };
	if (measure.metric !== figure.metric) return { comparable: false, reason: 'different-metric' };
	// Lapsing from an orders export is not a plan cancellation, even for a shop that sells subscriptions.
	if (measure.fromOrders && figure.businessModel === 'subscription') {
		return { comparable: false, reason: 'orders-not-subscription' };
	}
	if ((measure.businessModel ?? 'ecommerce') !== figure.businessModel) {
		return { comparable: false, reason: 'business-model' };
	}
	if (figure.currency !== undefined && measure.currency?.toUpperCase() !== figure.currency) {
		return { comparable: false, reason: 'currency' };
	}
	if (figure.period === undefined) {
		if (tooSmall(measure)) return { comparable: false, reason: 'small-sample' };
		return { comparable: true, userValue: measure.value, converted: false, measure, recounted: null };
	}
	if (measure.period === undefined) return { comparable: false, reason: 'period-missing' };
	if (measure.windowMonths !== undefined && measure.period !== figure.period) {
		return { comparable: false, reason: 'period-differs' };
	}
	const counted = countedAsFigure(measure, figure);
	if (typeof counted === 'string') return { comparable: false, reason: counted };
	const userValue = convertPeriod(measure.metric, counted.measure.value, measure.period, figure.period);
	if (userValue === null) return { comparable: false, reason: 'invalid-value' };
	if (tooSmall(measure)) return { comparable: false, reason: 'small-sample' };
	return {
		comparable: true,
		userValue,
		converted: measure.period !== figure.period,
		measure: counted.measure,
		recounted: counted.recounted
	};
}

function tooSmall(measure: MeasuredValue): boolean {
	return measure.sampleSize !== undefined && measure.sampleSize < MIN_SAMPLE;
}

/**
 * `unclear`: the figure lies within the 95 % range of the user's rate (see `rateRange`), so the
 * difference may be chance alone: "about the same", with the range, and no verdict.
 */
export type GapDirection = 'better' | 'worse' | 'level' | 'unclear';

export interface Gap {
	/** User minus benchmark, in the metric's unit (for rates: a fraction, ×100 for points). */
	difference: number;
	/** The difference as a share of the benchmark; null when the benchmark is 0. */
	relative: number | null;
	direction: GapDirection;
	higherIsBetter: boolean;
	/**
	 * How far the user is behind, as a share of the benchmark (0 when level, ahead or unclear). Unit-free,
	 * so gaps in different metrics can be ranked against each other.
	 */
	shortfall: number;
	/** The 95 % range of the user's rate in the figure's terms, when it rests on a known number of customers. */
	range: Interval | null;
}

/** Below this, a difference is floating-point noise rather than a gap. */
const LEVEL_TOLERANCE = 1e-9;

/**
 * The 95 % range of a measured rate that rests on `sampleSize` customers: the Wilson interval of
 * value × n successes in n (for a period's CRR or churn, n = S, the customers at its start), stated
 * per `toPeriod` when the value was converted to it. Null for typed values (no n) and for values
 * that are not rates (an average order value's spread is not known from n alone).
 *
 * This is the rule for a verdict: a figure inside this range is "about the same" as the user's
 * value, because a month or quarter of a small base moves by that much by chance alone.
 */
export function rateRange(measure: MeasuredValue, toPeriod?: RatePeriod): Interval | null {
	const n = measure.sampleSize;
	if (n === undefined || !(n > 0) || METRIC_UNIT[measure.metric] !== 'ratio') return null;
	if (!(measure.value >= 0 && measure.value <= 1)) return null;
	const range = wilsonInterval(measure.value * n, n);
	if (range === null || toPeriod === undefined || measure.period === undefined || measure.period === toPeriod) {
		return range;
	}
	const low = convertPeriod(measure.metric, range.low, measure.period, toPeriod);
	const high = convertPeriod(measure.metric, range.high, measure.period, toPeriod);
	if (low === null || high === null) return null;
	return { low: Math.min(low, high), high: Math.max(low, high) };
}

/**
 * The gap between the user's value (already in the figure's terms) and a figure; `range`, the 95 %
 * range of the user's value (`rateRange`), turns a verdict into `unclear` when it holds the figure.
 */
export function gapTo(
	userValue: number,
	figure: Pick<BenchmarkFigure, 'metric' | 'value'>,
	range: Interval | null = null
): Gap {
	const higherIsBetter = HIGHER_IS_BETTER[figure.metric];
	const difference = userValue - figure.value;
	const relative = figure.value === 0 ? null : difference / Math.abs(figure.value);
	let direction: GapDirection;
	if (Math.abs(difference) <= LEVEL_TOLERANCE) direction = 'level';
	else if (range !== null && figure.value >= range.low && figure.value <= range.high) direction = 'unclear';
	else direction = difference > 0 === higherIsBetter ? 'better' : 'worse';
	const shortfall = direction === 'worse' ? Math.abs(relative ?? difference) : 0;
	return { difference, relative, direction, higherIsBetter, shortfall, range };
}

export interface Comparison {
	figure: BenchmarkFigure;
	userValue: number;
	converted: boolean;
	/** Set when the user's value was counted again as the figure counts it (see `countedAsFigure`). */
	recounted: Recount | null;
	gap: Gap;
}

/** The comparison a check found comparable gives: the user's value in the figure's terms, with the gap and its range. */
export function comparisonOf(figure: BenchmarkFigure, check: Extract<Comparability, { comparable: true }>): Comparison {
	return {
		figure,
		userValue: check.userValue,
		converted: check.converted,
		recounted: check.recounted,
		gap: gapTo(check.userValue, figure, rateRange(check.measure, figure.period))
	};
}

/** The comparison of a measured value with a figure it may stand beside, or null (see `comparability`). */
export function compareWith(measure: MeasuredValue, figure: BenchmarkFigure): Comparison | null {
	const check = comparability(measure, figure);
	return check.comparable ? comparisonOf(figure, check) : null;
}

/** Every figure that may stand beside the measured value, in the order given, with the gap to each. */
export function comparableFigures(
	measure: MeasuredValue,
	figures: readonly BenchmarkFigure[] = BENCHMARKS
): Comparison[] {
	const comparisons: Comparison[] = [];
	for (const figure of figures) {
		const comparison = compareWith(measure, figure);
		if (comparison) comparisons.push(comparison);
	}
	return comparisons;
}

/** Figures published for exactly this industry. */
export function figuresForIndustry(
	industry: IndustryId,
	figures: readonly BenchmarkFigure[] = BENCHMARKS
): BenchmarkFigure[] {
	return figures.filter((figure) => figure.industry === industry);
}

export function isCrossIndustry(figure: BenchmarkFigure): boolean {
	return INDUSTRIES[figure.industry].crossIndustry;
}

/**
 * Figures for a sector (all the industries in it) and, unless turned off, the cross-industry
 * averages of the same business model to fall back on.
 */
export function figuresForSector(
	sector: Sector,
	options: { withAverages?: boolean; figures?: readonly BenchmarkFigure[] } = {}
): BenchmarkFigure[] {
	const { withAverages = true, figures = BENCHMARKS } = options;
	const inSector = (figure: BenchmarkFigure) =>
		(INDUSTRIES[figure.industry].sectors as readonly Sector[]).includes(sector);
	const models = new Set(figures.filter(inSector).map((figure) => figure.businessModel));
	if (models.size === 0) models.add(sector === 'subscription' ? 'subscription' : 'ecommerce');
	return figures.filter(
		(figure) => inSector(figure) || (withAverages && isCrossIndustry(figure) && models.has(figure.businessModel))
	);
}
