import { discard } from '$lib/orders/discard';
import type { OrderColumns } from '$lib/orders/columns';
import { SEED_SEGMENT_IDS } from '$lib/tactics/vocabulary';
import { addMonths } from './calendar';
import type { CustomerIndex } from './customers';
import { valuesAtRanks } from './select';

/**
 * The customer groups seed 002 asks merchants to build, with thresholds the user can change:
 * - high-frequency buyers: on average at least `ordersPerMonth` orders, or `spendPerMonth` in
 *   spend, per month over the last `windowMonths` months of the data, or the part of them the
 *   data cover (`seedBasis`; seed: 10 orders or 2,000 a month);
 * - revenue tiers by lifetime net spend: the top `topPercent` % and the next ones up to the
 *   top `highPercent` % (seed: top 1 % and top 10 %);
 * - one-time buyers: exactly one order;
 * - lapsed buyers: no order in the last `lapsedDays` days of the data.
 */
export interface SeedSegmentSettings {
	ordersPerMonth: number;
	spendPerMonth: number;
	windowMonths: number;
	topPercent: number;
	highPercent: number;
	lapsedDays: number;
}

export const DEFAULT_SEED_SETTINGS: SeedSegmentSettings = {
	ordersPerMonth: 10,
	spendPerMonth: 2000,
	windowMonths: 12,
	topPercent: 1,
	highPercent: 10,
	lapsedDays: 365
};

export const SEED_SEGMENTS = SEED_SEGMENT_IDS;
export type SeedSegment = (typeof SEED_SEGMENTS)[number];

/** One bit per seed segment (a customer can be in several). */
export const SEED_BIT: Record<SeedSegment, number> = {
	'high-frequency': 1,
	'top-1-percent': 2,
	'top-10-percent': 4,
	'one-time': 8,
	lapsed: 16
};

/** Days in an average month (a Gregorian year's twelfth): a window the data cover in part, in months. */
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * What the seed segments are measured over, from the data (or the date range) of `index`, which
 * runs from `minDay` to `maxDay`:
 * - `months`: the months the high-frequency averages divide by, the window's, or where the data
 *   begin inside the window, the part they cover (3 months of orders averaged over 12 would be
 *   a quarter of their rate), one at least (a day of orders is not scaled up to a month's);
 * - `windowCovered`: the data cover the whole window;
 * - `spanDays`: the days the data cover, and `lapsedMeasurable`: whether they are as many as
 *   `lapsedDays` at least (else no one can be lapsed in them: not a count of none).
 */
export interface SeedBasis {
	/** The window's first day (its last is the data's). */
	windowStart: number;
	months: number;
	windowCovered: boolean;
	spanDays: number;
	lapsedMeasurable: boolean;
}

export function seedBasis(index: CustomerIndex, settings: SeedSegmentSettings): SeedBasis {
	const windowStart = addMonths(index.maxDay, -settings.windowMonths) + 1;
	const spanDays = Number.isFinite(index.minDay) ? index.maxDay - index.minDay + 1 : 0;
	const windowCovered = index.minDay <= windowStart;
	return {
		windowStart,
		months: windowCovered ? settings.windowMonths : Math.max(spanDays / DAYS_PER_MONTH, 1),
		windowCovered,
		spanDays,
		// (The longest gap the data can show: from their first day to their last.)
		lapsedMeasurable: spanDays - 1 >= settings.lapsedDays
	};
}

export function seedSegments(
	columns: OrderColumns,
	index: CustomerIndex,
	settings: SeedSegmentSettings,
	basis: SeedBasis = seedBasis(index, settings)
): Uint8Array {
	const n = index.customerCount;
	const flags = new Uint8Array(n);
	const { windowStart, months } = basis;
	let buyerCount = 0;
	for (let c = 0; c < n; c++) if (index.offset[c + 1] > index.offset[c]) buyerCount++;
	const buyers = new Int32Array(buyerCount);
	for (let c = 0, k = 0; c < n; c++) {
		const from = index.offset[c];
		const to = index.offset[c + 1];
		if (to === from) continue;
		buyers[k++] = c;
		let recentOrders = 0;
		let recentSpend = 0;
		for (let j = to - 1; j >= from; j--) {
			const i = index.order[j];
			if (columns.day[i] < windowStart) break;
			recentOrders++;
			recentSpend += columns.amount[i];
		}
		if (recentOrders / months >= settings.ordersPerMonth || recentSpend / months >= settings.spendPerMonth) {
			flags[c] |= SEED_BIT['high-frequency'];
		}
		if (index.orders[c] === 1) flags[c] |= SEED_BIT['one-time'];
		if (index.maxDay - index.lastDay[c] >= settings.lapsedDays) flags[c] |= SEED_BIT.lapsed;
	}
	markRevenueTiers(flags, buyers, index.revenue, settings);
	discard(buyers);
	return flags;
}

/**
 * Revenue tiers: buyers ranked by lifetime spend, highest first, ties in customer order; the
 * first `topPercent` % are the top tier, the rest of the first `highPercent` % the next. Found
 * from the two cut-off values (a typed-array sort) instead of sorting the buyers themselves:
 * the same ranks, several times faster on hundreds of thousands of customers.
 */
function markRevenueTiers(
	flags: Uint8Array,
	buyers: Int32Array,
	revenue: Float64Array,
	settings: SeedSegmentSettings
): void {
	const count = buyers.length;
	if (count === 0) return;
	const top = Math.min(count, Math.ceil((count * settings.topPercent) / 100));
	const high = Math.min(count, Math.ceil((count * settings.highPercent) / 100));
	const spends = new Float64Array(count);
	for (let k = 0; k < count; k++) spends[k] = revenue[buyers[k]];
	// The spends of the customers ranked `high` and `top` from the top, as a sorted copy would hold
	// them; a rank of 0 lets no one in.
	const fromBottom = (rank: number) => count - Math.max(rank, 1);
	const [highAt, topAt] = valuesAtRanks(spends, [fromBottom(high), fromBottom(top)]);
	const highValue = high > 0 ? highAt : Infinity;
	const topValue = top > 0 ? topAt : Infinity;
	let aboveHigh = 0;
	let aboveTop = 0;
	for (let k = 0; k < count; k++) {
		if (spends[k] > highValue) aboveHigh++;
		if (spends[k] > topValue) aboveTop++;
	}
	const topCut = { value: topValue, tiesLeft: top - aboveTop };
	const highCut = { value: highValue, tiesLeft: high - aboveHigh };
	discard(spends);
	for (let k = 0; k < count; k++) {
		const c = buyers[k];
		const spend = revenue[c];
		const inTop = spend > topCut.value || (spend === topCut.value && topCut.tiesLeft-- > 0);
		const inHigh = spend > highCut.value || (spend === highCut.value && highCut.tiesLeft-- > 0);
		if (inTop) flags[c] |= SEED_BIT['top-1-percent'];
		else if (inHigh) flags[c] |= SEED_BIT['top-10-percent'];
	}
}
