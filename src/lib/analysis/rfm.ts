import { discard } from '$lib/orders/discard';
import { RFM_SEGMENT_IDS } from '$lib/tactics/vocabulary';
import type { CustomerIndex } from './customers';
import { integerValuesAtRanks, valuesAtRanks } from './select';

/**
 * RFM scores and named segments.
 *
 * Recency is days from a customer's last order to the data's last day, frequency their number
 * of orders, monetary their net spend. Each is scored 1–5 by quintile: the cut points are the
 * 20th, 40th, 60th and 80th percentiles of the values, and equal values always get equal
 * scores. A recent order scores high; many orders and high spend score high. F = 1 means
 * exactly one order: by quintile alone, a shop where at least a fifth of the customers have 2
 * orders gets a 20th percentile of 2, and its 2-order customers would share F = 1 with the
 * one-time buyers, and be called "first and only purchase" (QA 56b); so a customer with 2 orders
 * or more scores at least 2. FM is the mean of F and M, rounded half up. Named segments come
 * from an R × FM grid that covers all 25 cells:
 *
 *        FM 1          FM 2                 FM 3         FM 4        FM 5
 *   R 5  new           potential-loyalists  loyal        champions   champions
 *   R 4  new           potential-loyalists  loyal        champions   champions
 *   R 3  hibernating   potential-loyalists  loyal        loyal       loyal
 *   R 2  hibernating   hibernating          at-risk      at-risk     cant-lose
 *   R 1  lost          lost                 at-risk      at-risk     cant-lose
 *
 * except that a customer with one order (F = 1, so FM 1–3) is never said to buy regularly or
 * again: at R 4–5 they are new, whatever they spent, and at R 3 with FM 3 a potential loyalist
 * (more spend), not loyal. So "new" is exactly the recent one-time buyers.
 */
/** The segment ids are the tactic catalogue's, so segments link to their tactics. */
export const RFM_SEGMENTS = RFM_SEGMENT_IDS;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

const GRID: RfmSegment[][] = [
	// indexed [R − 1][FM − 1]
	['lost', 'lost', 'at-risk', 'at-risk', 'cant-lose'],
	['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cant-lose'],
	['hibernating', 'potential-loyalists', 'loyal', 'loyal', 'loyal'],
	['new', 'potential-loyalists', 'loyal', 'champions', 'champions'],
	['new', 'potential-loyalists', 'loyal', 'champions', 'champions']
];

/** The segment of R and FM scores; `oneOrder`: the customer has exactly one order (F = 1). */
export function segmentOf(r: number, fm: number, oneOrder = false): RfmSegment {
	if (oneOrder && r >= 4) return 'new';
	if (oneOrder && r === 3 && fm >= 2) return 'potential-loyalists';
	return GRID[r - 1][fm - 1];
}

/** F from a customer's order count: quintile-scored, but 1 only for a single order (see above). */
export function frequencyScore(orders: number, cuts: readonly number[]): number {
	return orders <= 1 ? 1 : Math.max(2, scoreHigh(orders, cuts));
}

/**
 * The 20th, 40th, 60th and 80th percentiles (nearest rank) of some values. Reorders a
 * `Float64Array` (selected in place, not sorted: see select.ts): pass a copy that may be changed.
 * Integers (an `Int32Array`) are counted instead (`integerValuesAtRanks`), with the same result.
 */
export function quintileCuts(values: Float64Array | Int32Array): [number, number, number, number] {
	const n = values.length;
	if (n === 0) return [0, 0, 0, 0];
	const rank = (p: number) => Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1));
	const ranks = [rank(0.2), rank(0.4), rank(0.6), rank(0.8)];
	const [p20, p40, p60, p80] =
		values instanceof Int32Array ? integerValuesAtRanks(values, ranks) : valuesAtRanks(values, ranks);
	return [p20, p40, p60, p80];
}

/** Score 1–5 where larger values are better: 1 + the number of cut points below the value. */
export function scoreHigh(value: number, cuts: readonly number[]): number {
	let score = 1;
	for (let k = 0; k < cuts.length; k++) if (value > cuts[k]) score++;
	return score;
}

/** Score 1–5 where smaller values are better (recency). */
export function scoreLow(value: number, cuts: readonly number[]): number {
	let score = 5;
	for (let k = 0; k < cuts.length; k++) if (value > cuts[k]) score--;
	return score;
}

export interface RfmResult {
	recency: Int32Array;
	r: Uint8Array;
	f: Uint8Array;
	m: Uint8Array;
	segment: Uint8Array;
	cuts: { recency: number[]; frequency: number[]; monetary: number[] };
}

/**
 * The segment's position in RFM_SEGMENTS for each (R, FM) score pair, at R × 6 + FM, for customers
 * with two orders or more; at 36 + R × 6 + FM for one-order customers.
 */
const SEGMENT_INDEX = Uint8Array.from({ length: 72 }, (_, k) => {
	const [r, fm, oneOrder] = [Math.floor((k % 36) / 6), k % 6, k >= 36];
	return r >= 1 && fm >= 1 ? RFM_SEGMENTS.indexOf(segmentOf(r, fm, oneOrder)) : 255;
});

/** Scores every customer with at least one order (others get segment 255). */
export function rfm(index: CustomerIndex): RfmResult {
	const n = index.customerCount;
	let buyerCount = 0;
	for (let c = 0; c < n; c++) if (index.orders[c] > 0) buyerCount++;
	const buyers = new Int32Array(buyerCount);
	for (let c = 0, k = 0; c < n; c++) if (index.orders[c] > 0) buyers[k++] = c;
	const recency = new Int32Array(n);
	for (let c = 0; c < n; c++) recency[c] = index.maxDay - index.lastDay[c];
	// The buyers' values of a column, in a copy the cut points may reorder: days and order counts
	// are integers, and counted rather than selected (`quintileCuts`).
	const cutsOf = (source: Int32Array | Float64Array) => {
		const values = source instanceof Int32Array ? new Int32Array(buyerCount) : new Float64Array(buyerCount);
		for (let k = 0; k < buyerCount; k++) values[k] = source[buyers[k]];
		const found = quintileCuts(values);
		discard(values);
		return found;
	};
	const cuts = {
		recency: cutsOf(recency),
		frequency: cutsOf(index.orders),
		monetary: cutsOf(index.revenue)
	};
	const r = new Uint8Array(n);
	const f = new Uint8Array(n);
	const m = new Uint8Array(n);
	const segment = new Uint8Array(n).fill(255);
	// Days and order counts take few values: the score of each value up to the last cut point is
	// read from a table, not worked out again for every buyer.
	const recencyScore = scoresOfIntegers(cuts.recency[3] + 1, (days) => scoreLow(days, cuts.recency));
	const frequencyScoreOf = scoresOfIntegers(cuts.frequency[3] + 1, (orders) =>
		frequencyScore(orders, cuts.frequency)
	);
	for (let k = 0; k < buyerCount; k++) {
		const c = buyers[k];
		const days = recency[c];
		const orders = index.orders[c];
		const rScore = days >= 0 && days < recencyScore.length ? recencyScore[days] : scoreLow(days, cuts.recency);
		const fScore =
			orders >= 0 && orders < frequencyScoreOf.length
				? frequencyScoreOf[orders]
				: frequencyScore(orders, cuts.frequency);
		const mScore = scoreHigh(index.revenue[c], cuts.monetary);
		const fm = Math.floor((fScore + mScore) / 2 + 0.5);
		r[c] = rScore;
		f[c] = fScore;
		m[c] = mScore;
		segment[c] = SEGMENT_INDEX[(fScore === 1 ? 36 : 0) + rScore * 6 + fm];
	}
	discard(buyers);
	return { recency, r, f, m, segment, cuts };
}

/**
 * The score of each integer from 0 to `length` − 1 (at most 65,536 of them), as `score` gives it.
 * Built up to the last cut point: values above it (a fifth of the buyers) are scored directly.
 */
function scoresOfIntegers(length: number, score: (value: number) => number): Uint8Array {
	const table = new Uint8Array(Math.max(0, Math.min(length, 1 << 16)));
	for (let value = 0; value < table.length; value++) table[value] = score(value);
	return table;
}
