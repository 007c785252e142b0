import { discard } from '$lib/orders/discard';
import type { OrderColumns } from '$lib/orders/columns';
import { SEED_SEGMENT_IDS } from '$lib/tactics/vocabulary';
import { addMonths } from './calendar';
import type { CustomerIndex } from './customers';
import { valuesAtRanks } from './select';

/**
 * The customer groups seed 002 asks merchants to build, with thresholds the user can change:
 * - high-frequency buyers: on average at least `ordersPerMonth` orders, or `spendPerMonth` in
 *   spend, per month over the last `windowMonths` months of the data (seed: 10 orders or
 *   2,000 a month);
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

export function seedSegments(columns: OrderColumns, index: CustomerIndex, settings: SeedSegmentSettings): Uint8Array {
	const n = index.customerCount;
	const flags = new Uint8Array(n);
	const windowStart = addMonths(index.maxDay, -settings.windowMonths) + 1;
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
		if (
			recentOrders / settings.windowMonths >= settings.ordersPerMonth ||
			recentSpend / settings.windowMonths >= settings.spendPerMonth
		) {
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
