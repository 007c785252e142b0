import { BENCHMARKS, type BenchmarkFigure, type BusinessModel } from './figures';
import { INDUSTRIES, type IndustryId, type Sector } from './industries';
import { convertPeriod, HIGHER_IS_BETTER, type MetricId, type RatePeriod } from './metrics';

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
	/** A measured CRR's or churn's counts: S (base at the start), E (at the end), N (new in the period). */
	counts?: { start: number; end: number; acquired: number };
}

/** Below this many customers a measured value is too uncertain for a verdict (as the Analysis page marks groups). */
export const MIN_SAMPLE = 30;

export type NotComparableReason =
	| 'invalid-value'
	| 'different-metric'
	| 'business-model'
	| 'period-missing'
	| 'currency'
	| 'period-differs'
	| 'small-sample';

export type Comparability =
	| {
			comparable: true;
			/** The user's value, stated per the figure's period when that differs from the measured one. */
			userValue: number;
			/** True when a typed value was converted to the figure's period (assumes a constant rate). */
			converted: boolean;
	  }
	| { comparable: false; reason: NotComparableReason };

/**
 * Whether `measure` may stand beside `figure`, and the user's value in the figure's terms.
 * Unlike metrics are never compared: a repeat-purchase rate only with repeat-purchase figures,
 * CRR only with CRR, a shop's churn never with subscription churn, dollars only with dollars.
 */
export function comparability(measure: MeasuredValue, figure: BenchmarkFigure): Comparability {
	if (!Number.isFinite(measure.value)) return { comparable: false, reason: 'invalid-value' };
	if (measure.metric !== figure.metric) return { comparable: false, reason: 'different-metric' };
	if ((measure.businessModel ?? 'ecommerce') !== figure.businessModel) {
		return { comparable: false, reason: 'business-model' };
	}
	if (figure.currency !== undefined && measure.currency?.toUpperCase() !== figure.currency) {
		return { comparable: false, reason: 'currency' };
	}
	if (figure.period === undefined) {
		if (tooSmall(measure)) return { comparable: false, reason: 'small-sample' };
		return { comparable: true, userValue: measure.value, converted: false };
	}
	if (measure.period === undefined) return { comparable: false, reason: 'period-missing' };
	if (measure.windowMonths !== undefined && measure.period !== figure.period) {
		return { comparable: false, reason: 'period-differs' };
	}
	const userValue = convertPeriod(measure.metric, measure.value, measure.period, figure.period);
	if (userValue === null) return { comparable: false, reason: 'invalid-value' };
	if (tooSmall(measure)) return { comparable: false, reason: 'small-sample' };
	return { comparable: true, userValue, converted: measure.period !== figure.period };
}

function tooSmall(measure: MeasuredValue): boolean {
	return measure.sampleSize !== undefined && measure.sampleSize < MIN_SAMPLE;
}

export type GapDirection = 'better' | 'worse' | 'level';

export interface Gap {
	/** User minus benchmark, in the metric's unit (for rates: a fraction, ×100 for points). */
	difference: number;
	/** The difference as a share of the benchmark; null when the benchmark is 0. */
	relative: number | null;
	direction: GapDirection;
	higherIsBetter: boolean;
	/**
	 * How far the user is behind, as a share of the benchmark (0 when level or ahead). Unit-free,
	 * so gaps in different metrics can be ranked against each other.
	 */
	shortfall: number;
}

/** Below this, a difference is floating-point noise rather than a gap. */
const LEVEL_TOLERANCE = 1e-9;

/** The gap between the user's value (already in the figure's terms) and a figure. */
export function gapTo(userValue: number, figure: Pick<BenchmarkFigure, 'metric' | 'value'>): Gap {
	const higherIsBetter = HIGHER_IS_BETTER[figure.metric];
	const difference = userValue - figure.value;
	const relative = figure.value === 0 ? null : difference / Math.abs(figure.value);
	let direction: GapDirection = 'level';
	if (Math.abs(difference) > LEVEL_TOLERANCE) {
		direction = difference > 0 === higherIsBetter ? 'better' : 'worse';
	}
	const shortfall = direction === 'worse' ? Math.abs(relative ?? difference) : 0;
	return { difference, relative, direction, higherIsBetter, shortfall };
}

export interface Comparison {
	figure: BenchmarkFigure;
	userValue: number;
	converted: boolean;
	gap: Gap;
}

/** Every figure that may stand beside the measured value, in the order given, with the gap to each. */
export function comparableFigures(
	measure: MeasuredValue,
	figures: readonly BenchmarkFigure[] = BENCHMARKS
): Comparison[] {
	const comparisons: Comparison[] = [];
	for (const figure of figures) {
		const check = comparability(measure, figure);
		if (!check.comparable) continue;
		comparisons.push({
			figure,
			userValue: check.userValue,
			converted: check.converted,
			gap: gapTo(check.userValue, figure)
		});
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
