import { quantileOfSorted } from '$lib/models/bootstrap';
import type { CustomerIndex } from './customers';
import { wilsonInterval, type Interval } from './wilson';

/**
 * Time to the second order and the repurchase curve of a data set (issue 13, item 2).
 *
 * A purchase is a purchase DAY: several orders of one customer on one day are one purchase, as the
 * predicted-CLV models count them (`$lib/models/summary`). So a customer whose two orders fell on
 * the same day has not (yet) come back here, though the repeat-purchase rate counts them as a
 * repeat customer; their number is reported (`multiOrderOneDay`).
 *
 * - Days to the second purchase: second purchase day − first, for every customer with 2+ purchase
 *   days. Only customers who came back have one, so its median is the wait of those who came back,
 *   not of everyone (customers who have not yet come back are not in it).
 * - Reordered within k days: among the customers observed for at least k days after their first
 *   purchase (data's last day − first purchase day ≥ k), the share whose second purchase came at
 *   most k days after the first. Customers observed for less are left out (and counted): they have
 *   not had k days to come back.
 * - Gaps between the n-th and the (n+1)-th purchase days, n = 1, 2, 3 and 4 or later (all gaps from
 *   the 4th purchase on pooled): median and quartiles (type 7, linear between order statistics).
 *   Each row covers only the customers who bought again: the gap from purchase 2 to 3 only those who
 *   made a third purchase. A row from fewer than MIN_REPEAT_CUSTOMERS customers (not gaps: one
 *   customer gives several gaps from the 4th purchase on) is `uncertain`, as the first gap's median is.
 *   A share over fewer than MIN_WITHIN_BASIS observed customers is `uncertain` and carries its 95 %
 *   Wilson interval ("100 %, 1 of 1" says little).
 * - Back by day d (`backBy`): for a quarter, half and three quarters, the first day d by which at
 *   least that share of the customers who came back had placed their second purchase: the smallest
 *   observed wait d with #(waits ≤ d) ≥ share × returning (`dayByWhichShare`, an empirical quantile,
 *   type 1, never interpolated). The interpolated median and quartiles above are statistics of the
 *   waits; they are not days by which a share had come back (waits 20, 30, 45, 90, 180, 181: q3 =
 *   157.5, yet by day 158 only 4 of 6 were back; the first day with 75 % back is 180).
 * - Suggested send days: the post-purchase reminder on the first day by which at least half of the
 *   customers who came back had placed their second order, the win-back message on the first day by
 *   which at least three quarters had (`backBy.half`, `backBy.threeQuarters`). They are doubtful
 *   (`sendDayDoubts`) when they rest on fewer than MIN_REPEAT_CUSTOMERS returning customers, or when
 *   the data span is short against them: no gap longer than the span can be seen, so on a short span
 *   the quantiles lean early. The span must reach twice the win-back day, and MIN_SEND_SPAN_DAYS.
 */

/** The reorder windows, in days. */
export const REORDER_WINDOWS = [30, 60, 90, 180] as const;
/** Width of the histogram's bins, in days; the last bin is open ("361 days or more"). */
export const HISTOGRAM_BIN_DAYS = 30;
export const HISTOGRAM_BINS = 12;
/**
 * The repurchase curve is drawn only where at least this many customers are observed; its points over
 * fewer than MIN_WITHIN_BASIS are marked uncertain, as the reorder shares are.
 */
export const MIN_CURVE_BASIS = 10;
/**
 * Fewer customers who came back than this: the median and the send days are marked uncertain; and a
 * row of gaps from fewer customers than this.
 */
export const MIN_REPEAT_CUSTOMERS = 30;
/** Fewer customers observed than this: a "reordered within k days" share is marked uncertain. */
export const MIN_WITHIN_BASIS = 30;
/** A data span shorter than this (days, the longest reorder window) leaves the send days doubtful. */
export const MIN_SEND_SPAN_DAYS = 180;

/**
 * Why the suggested send days are not settled:
 * - `fewReturning`: they rest on `count` returning customers, fewer than `minimum`;
 * - `shortSpan`: the orders span `spanDays` days (the longest any customer can be seen), less than
 *   `needDays` (twice the win-back day, and at least MIN_SEND_SPAN_DAYS): later second purchases
 *   cannot be seen yet, so the days lean early.
 */
export type SendDayDoubt =
	| { kind: 'fewReturning'; count: number; minimum: number }
	| { kind: 'shortSpan'; spanDays: number; needDays: number };

/** The doubts about send days suggested from `returning` customers over a span of `spanDays`. */
export function sendDayDoubts(returning: number, winBack: number | null, spanDays: number): SendDayDoubt[] {
	if (winBack === null) return [];
	const doubts: SendDayDoubt[] = [];
	if (returning < MIN_REPEAT_CUSTOMERS)
		doubts.push({ kind: 'fewReturning', count: returning, minimum: MIN_REPEAT_CUSTOMERS });
	const needDays = Math.max(MIN_SEND_SPAN_DAYS, 2 * winBack);
	if (spanDays < needDays) doubts.push({ kind: 'shortSpan', spanDays, needDays });
	return doubts;
}

/**
 * The smallest value d of `sorted` (ascending) with at least `share` of the values ≤ d: the first
 * observed day by which that share had come back (an empirical quantile, type 1); null when empty.
 */
export function dayByWhichShare(sorted: ArrayLike<number>, share: number): number | null {
	const n = sorted.length;
	if (n === 0) return null;
	// share is a quarter, a half or three quarters: exact in binary, so share × n is exact.
	return sorted[Math.min(n, Math.max(1, Math.ceil(share * n))) - 1];
}

/** The first days by which at least a quarter, half and three quarters of the returners were back. */
export interface BackBy {
	quarter: number;
	half: number;
	threeQuarters: number;
}

export interface GapStats {
	/** How many gaps the figures rest on. */
	count: number;
	/** Customers the gaps come from (for 4+, one customer may give several). */
	customers: number;
	median: number | null;
	q1: number | null;
	q3: number | null;
	/** From fewer than MIN_REPEAT_CUSTOMERS customers (but some): the median and quartiles are uncertain. */
	uncertain: boolean;
}

export interface HistogramBin {
	/** First and last day of the bin (inclusive); `to` null for the open last bin. */
	from: number;
	to: number | null;
	customers: number;
}

export interface ReorderWithin {
	days: number;
	/** Customers observed for at least `days` after their first purchase: the basis. */
	observed: number;
	/** Of those, customers whose second purchase came within `days`. */
	reordered: number;
	/** reordered / observed; null when no customer was observed that long. */
	share: number | null;
	/** 95 % Wilson interval of `share`. */
	interval: Interval | null;
	/** Fewer than MIN_WITHIN_BASIS customers observed (but some): the share is uncertain. */
	uncertain: boolean;
	/** Customers left out: observed for fewer days. */
	leftOut: number;
}

/**
 * One point of the repurchase curve: the share back within `day` days, by the rule of `within`, and
 * marked uncertain by it too (fewer than MIN_WITHIN_BASIS customers observed that long).
 */
export interface CurvePoint {
	day: number;
	observed: number;
	reordered: number;
	share: number;
	uncertain: boolean;
}

export interface RepurchaseSummary {
	/** Customers with at least one order. */
	customers: number;
	/** Customers with two or more purchase days. */
	repeatCustomers: number;
	/** Customers with 2+ orders all on one day (repeat customers by order count, not by purchase day). */
	multiOrderOneDay: number;
	firstDay: number;
	lastDay: number;
	/** Days from the first to the second purchase day, over `repeatCustomers`. */
	secondPurchase: GapStats;
	/** The first days by which a quarter, half and three quarters of them had come back; null when none did. */
	backBy: BackBy | null;
	histogram: HistogramBin[];
	within: ReorderWithin[];
	/**
	 * The share back within d days for d = step, 2·step, …, each over the customers observed for
	 * at least d days (the rule of `within`, uncertain by its rule too), while at least MIN_CURVE_BASIS
	 * customers are; the step
	 * is a week, or whole weeks keeping the curve to about 60 points.
	 */
	curve: CurvePoint[];
	/** Gaps between the n-th and (n+1)-th purchase days: n = 1, 2, 3, then 4 or later. */
	gaps: GapStats[];
	/** Fewer than MIN_REPEAT_CUSTOMERS customers came back: the median and send days are uncertain. */
	uncertain: boolean;
	/** Suggested send days after the first purchase (`backBy.half`, `backBy.threeQuarters`), or null when no customer came back. */
	sendDay: { postPurchase: number | null; winBack: number | null };
	/** Why the send days are not settled (`sendDayDoubts`); empty when they are, or when there are none. */
	sendDayDoubts: SendDayDoubt[];
	/**
	 * What the win-back day rests on: of the customers observed for at least `days` (a year, or twice
	 * the win-back day where that is later) after
	 * their first purchase who were still away by the win-back day (no second purchase by then),
	 * how many came back within `days` (`share`, its 95 % Wilson interval, uncertain over fewer than
	 * MIN_WITHIN_BASIS). Null without a win-back day. (QA: "unlikely to return unprompted" had no figure.)
	 */
	afterWinBack?: {
		days: number;
		observed: number;
		cameBack: number;
		share: number | null;
		interval: Interval | null;
		uncertain: boolean;
	} | null;
}

/** The time within which customers still away by the win-back day are followed (`afterWinBack`). */
export const AFTER_WIN_BACK_DAYS = 365;

function stats(sorted: Float64Array, customers: number): GapStats {
	const q = (p: number) => (sorted.length ? quantileOfSorted(sorted, p) : null);
	return {
		count: sorted.length,
		customers,
		median: q(0.5),
		q1: q(0.25),
		q3: q(0.75),
		uncertain: customers > 0 && customers < MIN_REPEAT_CUSTOMERS
	};
}

const sortedOf = (values: number[]) => Float64Array.from(values).sort();

/**
 * The repurchase summary of a data set: `index` from `indexCustomers` (each customer's orders in
 * date order) and the orders' days.
 */
export function repurchaseSummary(
	index: CustomerIndex,
	day: Int32Array,
	minCurveBasis = MIN_CURVE_BASIS
): RepurchaseSummary {
	const { customerCount, offset, order } = index;
	const lastDay = index.maxDay;
	const first: number[] = [];
	const byN: number[][] = [[], [], [], []];
	const customersByN = [0, 0, 0, 0];
	const histogram = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => ({
		from: i * HISTOGRAM_BIN_DAYS + 1,
		to: i < HISTOGRAM_BINS ? (i + 1) * HISTOGRAM_BIN_DAYS : null,
		customers: 0
	}));
	const within = REORDER_WINDOWS.map((days) => ({ days, observed: 0, reordered: 0, leftOut: 0 }));
	let customers = 0;
	let multiOrderOneDay = 0;
	// For the curve: customers by days observed, and each returning customer counted from their
	// second purchase to the end of their observation (a difference array over days).
	const span = Math.max(0, lastDay - index.minDay);
	const observedAt = new Int32Array(span + 2);
	const backFrom = new Int32Array(span + 2);
	// Each customer's second-purchase gap (0: none) and days observed, for `afterWinBack`.
	const secondGapOf = new Int32Array(customerCount);
	const observedForOf = new Int32Array(customerCount).fill(-1);

	for (let c = 0; c < customerCount; c++) {
		const from = offset[c];
		const to = offset[c + 1];
		if (to === from) continue;
		customers++;
		const firstDay = day[order[from]];
		// Distinct purchase days, in order, and the gaps between them.
		let purchases = 1;
		let previous = firstDay;
		let secondGap = -1;
		let fourPlus = false;
		for (let j = from + 1; j < to; j++) {
			const d = day[order[j]];
			if (d === previous) continue;
			const gap = d - previous;
			const n = Math.min(purchases, 4);
			byN[n - 1].push(gap);
			if (n < 4) customersByN[n - 1]++;
			else if (!fourPlus) {
				customersByN[3]++;
				fourPlus = true;
			}
			if (purchases === 1) secondGap = gap;
			purchases++;
			previous = d;
		}
		if (purchases === 1 && to - from > 1) multiOrderOneDay++;
		if (secondGap > 0) {
			first.push(secondGap);
			histogram[Math.min(HISTOGRAM_BINS, Math.floor((secondGap - 1) / HISTOGRAM_BIN_DAYS))].customers++;
		}
		const observedFor = lastDay - firstDay;
		secondGapOf[c] = Math.max(0, secondGap);
		observedForOf[c] = observedFor;
		observedAt[observedFor]++;
		if (secondGap > 0) {
			backFrom[secondGap]++;
			backFrom[observedFor + 1]--;
		}
		for (const w of within) {
			if (observedFor < w.days) {
				w.leftOut++;
				continue;
			}
			w.observed++;
			if (secondGap > 0 && secondGap <= w.days) w.reordered++;
		}
	}

	const curve = repurchaseCurve(observedAt, backFrom, span, minCurveBasis);
	// The histogram stops at the last bin with a customer in it.
	let bins = histogram.length;
	while (bins > 0 && histogram[bins - 1].customers === 0) bins--;
	const firstSorted = sortedOf(first);
	const secondPurchase = stats(firstSorted, first.length);
	const backBy: BackBy | null = first.length
		? {
				quarter: dayByWhichShare(firstSorted, 0.25)!,
				half: dayByWhichShare(firstSorted, 0.5)!,
				threeQuarters: dayByWhichShare(firstSorted, 0.75)!
			}
		: null;
	const sendDay = { postPurchase: backBy?.half ?? null, winBack: backBy?.threeQuarters ?? null };
	return {
		customers,
		repeatCustomers: first.length,
		multiOrderOneDay,
		firstDay: index.minDay,
		lastDay,
		secondPurchase,
		backBy,
		histogram: histogram.slice(0, bins),
		within: within.map((w) => ({
			...w,
			share: w.observed ? w.reordered / w.observed : null,
			interval: wilsonInterval(w.reordered, w.observed),
			uncertain: w.observed > 0 && w.observed < MIN_WITHIN_BASIS
		})),
		curve,
		gaps: byN.map((values, k) => stats(sortedOf(values), customersByN[k])),
		uncertain: first.length < MIN_REPEAT_CUSTOMERS,
		sendDay,
		sendDayDoubts: sendDayDoubts(first.length, sendDay.winBack, span),
		afterWinBack: afterWinBack(sendDay.winBack, secondGapOf, observedForOf)
	};
}

/** See `RepurchaseSummary.afterWinBack`. */
function afterWinBack(
	winBack: number | null,
	secondGapOf: Int32Array,
	observedForOf: Int32Array
): RepurchaseSummary['afterWinBack'] {
	if (winBack === null) return null;
	// (A year, or twice the win-back day where that is later: some time after it to come back in.)
	const days = Math.max(AFTER_WIN_BACK_DAYS, 2 * winBack);
	let observed = 0;
	let cameBack = 0;
	for (let c = 0; c < secondGapOf.length; c++) {
		if (observedForOf[c] < days) continue;
		const gap = secondGapOf[c];
		if (gap > 0 && gap <= winBack) continue;
		observed++;
		if (gap > 0 && gap <= days) cameBack++;
	}
	return {
		days,
		observed,
		cameBack,
		share: observed ? cameBack / observed : null,
		interval: wilsonInterval(cameBack, observed),
		uncertain: observed > 0 && observed < MIN_WITHIN_BASIS
	};
}

/**
 * The curve's points from the two day arrays: observed(d) = customers observed for ≥ d days (a
 * suffix sum of `observedAt`), reordered(d) = the prefix sum of `backFrom` (customers whose second
 * purchase came within d days and who are observed for ≥ d days).
 */
export function repurchaseCurve(
	observedAt: Int32Array,
	backFrom: Int32Array,
	span: number,
	minBasis: number
): CurvePoint[] {
	const step = Math.max(7, Math.ceil(span / 60 / 7) * 7);
	const points: CurvePoint[] = [];
	let observed = 0;
	for (let d = 0; d <= span; d++) observed += observedAt[d];
	let reordered = 0;
	for (let d = 0; d <= span; d++) {
		reordered += backFrom[d];
		if (d > 0 && d % step === 0) {
			if (observed < minBasis || observed === 0) break;
			points.push({
				day: d,
				observed,
				reordered,
				share: reordered / observed,
				uncertain: observed < MIN_WITHIN_BASIS
			});
		}
		observed -= observedAt[d];
	}
	return points;
}
