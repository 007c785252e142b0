import { comparableFigures, type Comparison, type MeasuredValue } from '$lib/benchmarks/compare';
import { PUBLICATIONS, type BenchmarkFigure, type DataPeriod } from '$lib/benchmarks/figures';
import { INDUSTRIES, type IndustryId, type Sector } from '$lib/benchmarks/industries';
import type { MetricId } from '$lib/benchmarks/metrics';
import { TACTICS, type Tactic, type TacticId } from '$lib/tactics/catalogue';
import { EFFORTS, type Lever } from '$lib/tactics/vocabulary';

/**
 * Orders the tactics by the user's measured gaps to benchmarks, and says why.
 *
 * Each measured value is set beside the benchmarks it may be compared with (never unlike
 * metrics, see `comparability`). Where the user is behind, the gap's `shortfall` (how far behind,
 * as a share of the benchmark, so gaps in different units can be weighed against each other)
 * counts towards every tactic that addresses it:
 * - twice for a tactic that watches that metric or its mirror (CRR and churn are one family),
 * - once for a tactic whose lever moves that metric (e.g. win-back raises retention).
 * Tactics are ranked by the sum; ties go to the lower effort, then to checklist order, so the
 * result is the same every time for the same input.
 */

/** Metrics that measure the same thing from two sides count as one for "watches this metric". */
const METRIC_FAMILY: Record<MetricId, string> = {
	crr: 'retention',
	churn: 'retention',
	repeatPurchaseRate: 'repeat',
	secondPurchaseWithinYear: 'repeat',
	purchaseFrequency: 'frequency',
	aov: 'orderValue',
	clv: 'lifetimeValue',
	nps: 'satisfaction',
	cartAbandonmentRate: 'checkout'
};

/** Which levers move a metric. CLV = AOV × frequency × lifetime, so every lever moves it. */
const LEVERS_MOVING: Record<MetricId, readonly Lever[]> = {
	crr: ['retention', 'winBack'],
	churn: ['retention', 'winBack'],
	repeatPurchaseRate: ['frequency', 'winBack'],
	secondPurchaseWithinYear: ['frequency', 'winBack'],
	purchaseFrequency: ['frequency'],
	aov: ['orderValue'],
	clv: ['retention', 'frequency', 'orderValue', 'winBack'],
	nps: ['retention'],
	cartAbandonmentRate: ['frequency']
};

export const WEIGHT = { watchesMetric: 2, movesLever: 1 } as const;

/** A measured value and the benchmark it was set beside. */
export interface MetricGap extends Comparison {
	measure: MeasuredValue;
}

export interface GapContribution {
	gap: MetricGap;
	/** How the tactic relates to the lagging metric. */
	match: 'watches-metric' | 'moves-lever';
	/** weight × shortfall: this gap's share of the tactic's score. */
	points: number;
}

export type SuggestionReason =
	/** One or more lagging metrics point here; biggest contribution first. */
	| { kind: 'gap'; contributions: readonly GapContribution[] }
	/** Nothing the user measured lags behind a benchmark in a way this tactic addresses. */
	| { kind: 'no-gap' };

export interface Suggestion {
	tacticId: TacticId;
	score: number;
	reason: SuggestionReason;
}

export interface SuggestionResult {
	/** Every tactic not skipped, best first. */
	suggestions: Suggestion[];
	/** One comparison per measured value that had a comparable benchmark (behind, level or ahead). */
	gaps: MetricGap[];
	/** Measured values no benchmark given could be compared with. */
	unmatched: MeasuredValue[];
}

export interface SuggestionInput {
	/** Whatever the user has measured; any subset of metrics, in any order. */
	measured: readonly MeasuredValue[];
	/** The benchmarks to compare with, e.g. `figuresForChoice(sector, industry)`. */
	benchmarks: readonly BenchmarkFigure[];
	/** The sector and industry the user chose (null: all industries of the sector); see `referenceComparison`. */
	choice: BenchmarkChoice;
	/** Tactics to leave out, e.g. those already done or marked not relevant. */
	skip?: Iterable<TacticId>;
	tactics?: readonly Tactic[];
}

export interface BenchmarkChoice {
	sector: Sector;
	/** One industry of the sector, or null for all industries of the sector. */
	industry: IndustryId | null;
}

/** The last year of a figure's data, for "the most recent"; null when not stated. */
const DATA_END_YEAR: Record<DataPeriod, number | null> = {
	notStated: null,
	year2023: 2023,
	years2015to2016Approx: 2016,
	twelveMonthsTo2017: 2017,
	year2019: 2019
};

function dataYear(figure: BenchmarkFigure): number | null {
	return DATA_END_YEAR[figure.dataPeriod] ?? PUBLICATIONS[figure.publication].publishedYear;
}

/**
 * How closely a figure covers the user's choice, 0 closest:
 * - one industry chosen: that industry's figures (0), then the cross-industry averages (1);
 * - all industries of a sector: a figure over the whole sector (0, e.g. all subscription
 *   businesses), then figures of the sector's industries (1, e.g. B2C subscriptions, which the
 *   user did not say they are), then the cross-industry averages of other sectors (2).
 */
function scopeRank(figure: BenchmarkFigure, choice: BenchmarkChoice): number {
	const industry = INDUSTRIES[figure.industry];
	if (choice.industry !== null) return figure.industry === choice.industry ? 0 : industry.crossIndustry ? 1 : 3;
	if (!(industry.sectors as readonly Sector[]).includes(choice.sector)) return industry.crossIndustry ? 2 : 3;
	return industry.crossIndustry ? 0 : 1;
}

/**
 * The one benchmark a measured value is judged against, by a fixed rule: the figures that cover
 * the user's choice most closely (`scopeRank`); among them one whose summary statistic (median or
 * mean) is known, then the one with the most recent data; among equals the first one given. The
 * planner names that figure beside the verdict.
 */
export function referenceComparison(
	comparisons: readonly Comparison[],
	choice: BenchmarkChoice
): Comparison | undefined {
	let best: Comparison | undefined;
	let bestKey: number[] = [];
	for (const comparison of comparisons) {
		const { figure } = comparison;
		const key = [
			scopeRank(figure, choice),
			figure.statistic === 'unstated' ? 1 : 0,
			-(dataYear(figure) ?? Number.NEGATIVE_INFINITY)
		];
		if (best === undefined || isBefore(key, bestKey)) {
			best = comparison;
			bestKey = key;
		}
	}
	return best;
}

/** Whether sort key `a` comes strictly before `b`. */
function isBefore(a: readonly number[], b: readonly number[]): boolean {
	for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i] < b[i];
	return false;
}

function contribution(tactic: Tactic, gap: MetricGap): GapContribution | null {
	if (gap.gap.direction !== 'worse') return null;
	const metric = gap.figure.metric;
	if (METRIC_FAMILY[tactic.metric] === METRIC_FAMILY[metric]) {
		return { gap, match: 'watches-metric', points: WEIGHT.watchesMetric * gap.gap.shortfall };
	}
	if (LEVERS_MOVING[metric].includes(tactic.lever)) {
		return { gap, match: 'moves-lever', points: WEIGHT.movesLever * gap.gap.shortfall };
	}
	return null;
}

export function suggestTactics(input: SuggestionInput): SuggestionResult {
	const { measured, benchmarks, choice, tactics = TACTICS } = input;
	const skip = new Set(input.skip ?? []);

	const gaps: MetricGap[] = [];
	const unmatched: MeasuredValue[] = [];
	for (const measure of measured) {
		const reference = referenceComparison(comparableFigures(measure, benchmarks), choice);
		if (reference) gaps.push({ ...reference, measure });
		else unmatched.push(measure);
	}

	const order = new Map(tactics.map((tactic, index) => [tactic.id, index]));
	const suggestions = tactics
		.filter((tactic) => !skip.has(tactic.id))
		.map((tactic): Suggestion => {
			const contributions = gaps
				.map((gap) => contribution(tactic, gap))
				.filter((found): found is GapContribution => found !== null)
				.sort((a, b) => b.points - a.points);
			const score = contributions.reduce((sum, found) => sum + found.points, 0);
			return {
				tacticId: tactic.id,
				score,
				reason: contributions.length > 0 ? { kind: 'gap', contributions } : { kind: 'no-gap' }
			};
		});

	const effortRank = (id: TacticId) => EFFORTS.indexOf(tactics[order.get(id)!].effort);
	suggestions.sort(
		(a, b) =>
			b.score - a.score ||
			effortRank(a.tacticId) - effortRank(b.tacticId) ||
			order.get(a.tacticId)! - order.get(b.tacticId)!
	);
	return { suggestions, gaps, unmatched };
}
