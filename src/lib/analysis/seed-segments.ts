import type { OrderColumns } from '$lib/orders/columns';
import { SEED_SEGMENT_IDS } from '$lib/tactics/vocabulary';
import { addMonths } from './calendar';
import type { CustomerIndex } from './customers';

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
	const buyers: number[] = [];
	for (let c = 0; c < n; c++) {
		const from = index.offset[c];
		const to = index.offset[c + 1];
		if (to === from) continue;
		buyers.push(c);
		let recentOrders = 0;
		let recentSpend = 0;
		for (let j = to - 1; j >= from; j--) {
			const i = index.order[j];
			if (columns.day[i] < windowStart) break;
			recentOrders++;
			recentSpend += columns.amount[i];
		}
		if (recentOrders / settings.windowMonths >= settings.ordersPerMonth || recentSpend / settings.windowMonths >= settings.spendPerMonth) {
			flags[c] |= SEED_BIT['high-frequency'];
		}
		if (index.orders[c] === 1) flags[c] |= SEED_BIT['one-time'];
		if (index.maxDay - index.lastDay[c] >= settings.lapsedDays) flags[c] |= SEED_BIT.lapsed;
	}
	// Revenue tiers: rank buyers by lifetime spend, highest first (ties by customer order, stable).
	buyers.sort((a, b) => index.revenue[b] - index.revenue[a] || a - b);
	const top = Math.ceil((buyers.length * settings.topPercent) / 100);
	const high = Math.ceil((buyers.length * settings.highPercent) / 100);
	for (let k = 0; k < buyers.length && k < Math.max(top, high); k++) {
		flags[buyers[k]] |= k < top ? SEED_BIT['top-1-percent'] : SEED_BIT['top-10-percent'];
	}
	return flags;
}
