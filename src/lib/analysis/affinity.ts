/**
 * Product affinity from line items (issue 13, item 6; the cross-sell tactic):
 *
 * 1. Bought together: for each pair of products A, B met in the same order,
 *    - count(A, B)    = orders holding both, count(A) = orders holding A,
 *    - support        = count(A, B) / N, N = orders with at least one product (the basis),
 *    - confidence A→B = count(A, B) / count(A)  (of the orders with A, the share that also have B),
 *    - lift A→B       = confidence A→B / (count(B) / N) = count(A, B) · N / (count(A) · count(B));
 *      1 means "no more often together than chance", above 1 "more often".
 *    Both directions of a pair are rules (same support and lift, different confidence).
 *    Orders with more than `maxProducts` distinct products (wholesale baskets, test orders) are left
 *    out of the basis and of every count, and counted in `skippedOrders`: a 500-line order would add
 *    125,000 pairs that say nothing about what goes together.
 * 2. Next product after the first purchase, per customer: a customer's first purchase is all their
 *    orders on their earliest day, their next purchase all their orders on their next purchase day.
 *    The basis N is the customers who came back (a second purchase day with products on both days);
 *    count(A) = those whose first purchase had A, count(B) = those whose next purchase had B,
 *    count(A, B) = both; support, confidence and lift as above. A → A (bought again) is a rule too.
 *
 * A rule needs `minCount` orders (customers) with both; one resting on fewer than
 * `MIN_CERTAIN_COUNT` is `uncertain`. Each confidence carries a 95 % Wilson score interval.
 * Pairs are counted once per data set (`affinityCounts`); thresholds and ranking (`affinityRules`) are
 * cheap and can be changed without counting again.
 */
import type { OrderColumns, OrderItems } from '$lib/orders/columns';

export type { OrderItems };

/** A rule needs at least this many orders (customers) with both products unless asked otherwise. */
export const DEFAULT_MIN_COUNT = 5;
/** Orders (and purchase days) with more distinct products than this are left out of the pair counts. */
export const MAX_PRODUCTS_PER_ORDER = 50;
/** A rule resting on fewer orders (customers) with both products than this is marked uncertain. */
export const MIN_CERTAIN_COUNT = 20;
/** At most this many rules of each kind are returned (ranked). */
export const RULE_LIMIT = 200;
/** Below this many products × products, pairs are counted in a flat typed array; above, in a Map. */
const FLAT_LIMIT = 1 << 22;
const Z95 = 1.959963984540054;

export type RuleSort = 'lift' | 'count';
export const RULE_SORTS: readonly RuleSort[] = ['lift', 'count'];

/** Counts of pairs of product indices, keyed by `a * products + b`. */
export class PairCounts {
	readonly products: number;
	readonly #flat: Uint32Array | null;
	readonly #map: Map<number, number> | null;

	constructor(products: number) {
		this.products = products;
		const cells = products * products;
		this.#flat = cells <= FLAT_LIMIT ? new Uint32Array(cells) : null;
		this.#map = this.#flat ? null : new Map();
	}

	add(a: number, b: number): void {
		const key = a * this.products + b;
		if (this.#flat) this.#flat[key]++;
		else this.#map!.set(key, (this.#map!.get(key) ?? 0) + 1);
	}

	get(a: number, b: number): number {
		const key = a * this.products + b;
		return this.#flat ? this.#flat[key] : (this.#map!.get(key) ?? 0);
	}

	/** Calls `visit` once for every counted pair (count > 0). */
	forEach(visit: (a: number, b: number, count: number) => void): void {
		const p = this.products;
		if (this.#flat) {
			const flat = this.#flat;
			for (let key = 0; key < flat.length; key++)
				if (flat[key] > 0) visit(Math.floor(key / p), key % p, flat[key]);
		} else for (const [key, count] of this.#map!) visit(Math.floor(key / p), key % p, count);
	}
}

export interface TogetherCounts {
	/** Orders with at least one product and at most `maxProducts` (the basis N). */
	orders: number;
	/** Orders of those with two products or more (the only ones that can hold a pair). */
	multiProduct: number;
	/** Orders left out for holding more than `maxProducts` distinct products. */
	skippedOrders: number;
	/** Orders without any product (no line item named). */
	withoutItems: number;
	/** Orders holding each product (within the basis). */
	productCount: Int32Array;
	/** Unordered pairs: a < b. */
	pairs: PairCounts;
}

export interface NextCounts {
	/** Customers with a second purchase day (whatever their products). */
	returning: number;
	/** Of those, the ones with products on both days and no more than `maxProducts` on either (the basis N). */
	customers: number;
	/** Returning customers left out for holding more than `maxProducts` products on one of the two days. */
	skippedCustomers: number;
	/** Customers whose first purchase had each product. */
	firstCount: Int32Array;
	/** Customers whose next purchase had each product. */
	nextCount: Int32Array;
	/** Ordered pairs (first-purchase product, next-purchase product). */
	pairs: PairCounts;
}

export interface AffinityCounts {
	products: string[];
	maxProducts: number;
	together: TogetherCounts;
	next: NextCounts;
}

/** Counts the pairs of products of each order, and of each returning customer's first and next purchase. */
export function affinityCounts(
	columns: Pick<OrderColumns, 'count' | 'customer' | 'day'>,
	customerCount: number,
	items: OrderItems,
	maxProducts = MAX_PRODUCTS_PER_ORDER
): AffinityCounts {
	return {
		products: items.values,
		maxProducts,
		together: togetherCounts(columns.count, items, maxProducts),
		next: nextCounts(columns, customerCount, items, maxProducts)
	};
}

function togetherCounts(count: number, items: OrderItems, maxProducts: number): TogetherCounts {
	const { start, product } = items;
	const productCount = new Int32Array(items.values.length);
	const pairs = new PairCounts(items.values.length);
	let orders = 0;
	let multiProduct = 0;
	let skippedOrders = 0;
	let withoutItems = 0;
	for (let i = 0; i < count; i++) {
		const from = start[i];
		const to = start[i + 1];
		const n = to - from;
		if (n === 0) {
			withoutItems++;
			continue;
		}
		if (n > maxProducts) {
			skippedOrders++;
			continue;
		}
		orders++;
		if (n > 1) multiProduct++;
		for (let j = from; j < to; j++) {
			const a = product[j];
			productCount[a]++;
			for (let k = j + 1; k < to; k++) {
				const b = product[k];
				if (a < b) pairs.add(a, b);
				else if (b < a) pairs.add(b, a);
			}
		}
	}
	return { orders, multiProduct, skippedOrders, withoutItems, productCount, pairs };
}

function nextCounts(
	columns: Pick<OrderColumns, 'count' | 'customer' | 'day'>,
	customerCount: number,
	items: OrderItems,
	maxProducts: number
): NextCounts {
	const { count, customer, day } = columns;
	const { start, product } = items;
	const P = items.values.length;
	const NONE = 0x7fffffff;
	const first = new Int32Array(customerCount).fill(NONE);
	const second = new Int32Array(customerCount).fill(NONE);
	for (let i = 0; i < count; i++) if (day[i] < first[customer[i]]) first[customer[i]] = day[i];
	for (let i = 0; i < count; i++) {
		const c = customer[i];
		if (day[i] > first[c] && day[i] < second[c]) second[c] = day[i];
	}
	// Line items of each returning customer's first and next day, grouped by customer (counting sort).
	const firstStart = new Int32Array(customerCount + 1);
	const nextStart = new Int32Array(customerCount + 1);
	for (let i = 0; i < count; i++) {
		const c = customer[i];
		if (second[c] === NONE) continue;
		const n = start[i + 1] - start[i];
		if (day[i] === first[c]) firstStart[c + 1] += n;
		else if (day[i] === second[c]) nextStart[c + 1] += n;
	}
	for (let c = 0; c < customerCount; c++) {
		firstStart[c + 1] += firstStart[c];
		nextStart[c + 1] += nextStart[c];
	}
	const firstItems = new Int32Array(firstStart[customerCount]);
	const nextItems = new Int32Array(nextStart[customerCount]);
	const firstFill = firstStart.slice(0, customerCount);
	const nextFill = nextStart.slice(0, customerCount);
	for (let i = 0; i < count; i++) {
		const c = customer[i];
		if (second[c] === NONE) continue;
		const isFirst = day[i] === first[c];
		if (!isFirst && day[i] !== second[c]) continue;
		for (let j = start[i]; j < start[i + 1]; j++) {
			if (isFirst) firstItems[firstFill[c]++] = product[j];
			else nextItems[nextFill[c]++] = product[j];
		}
	}

	const firstCount = new Int32Array(P);
	const nextCount = new Int32Array(P);
	const pairs = new PairCounts(P);
	// Distinct products of a day: `seen[p] === stamp` marks p as met already.
	const seen = new Int32Array(P).fill(-1);
	let stamp = 0;
	const distinct = (list: Int32Array, from: number, to: number, out: number[]) => {
		out.length = 0;
		stamp++;
		for (let j = from; j < to; j++) {
			const p = list[j];
			if (seen[p] !== stamp) {
				seen[p] = stamp;
				out.push(p);
			}
		}
	};
	const a: number[] = [];
	const b: number[] = [];
	let returning = 0;
	let customers = 0;
	let skippedCustomers = 0;
	for (let c = 0; c < customerCount; c++) {
		if (second[c] === NONE) continue;
		returning++;
		distinct(firstItems, firstStart[c], firstStart[c + 1], a);
		distinct(nextItems, nextStart[c], nextStart[c + 1], b);
		if (a.length === 0 || b.length === 0) continue;
		if (a.length > maxProducts || b.length > maxProducts) {
			skippedCustomers++;
			continue;
		}
		customers++;
		for (const x of a) firstCount[x]++;
		for (const y of b) nextCount[y]++;
		for (const x of a) for (const y of b) pairs.add(x, y);
	}
	return { returning, customers, skippedCustomers, firstCount, nextCount, pairs };
}

/** 95 % Wilson score interval of successes / n. */
export function wilson(successes: number, n: number, z = Z95): { low: number; high: number } {
	if (n <= 0) return { low: 0, high: 1 };
	const p = successes / n;
	const z2 = z * z;
	const denominator = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denominator;
	const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface AffinityRule {
	/** The product bought (in the same order, or in the first purchase). */
	from: string;
	/** The product that goes with it (in the same order, or in the next purchase). */
	to: string;
	/** Orders (customers) with both. */
	count: number;
	/** Orders (customers) with `from`. */
	fromCount: number;
	/** Orders (customers) with `to` (in the next purchase, for the next-product rules). */
	toCount: number;
	support: number;
	confidence: number;
	/** 95 % Wilson score interval of the confidence. */
	interval: { low: number; high: number };
	lift: number;
	/** Resting on fewer than MIN_CERTAIN_COUNT orders (customers) with both. */
	uncertain: boolean;
}

export interface RuleTable {
	/** The basis N: orders with products (together), customers who came back (next). */
	basis: number;
	/** Rules meeting the thresholds, before the limit. */
	total: number;
	/** The first `limit` of them, ranked. */
	rules: AffinityRule[];
}

export interface RuleOptions {
	/** Orders (customers) with both products a rule needs; at least 1. */
	minCount: number;
	/** Support a rule needs (0–1); the stricter of this and `minCount` applies. */
	minSupport?: number;
	sort: RuleSort;
	limit?: number;
}

export interface AffinitySummary {
	products: number;
	maxProducts: number;
	minCount: number;
	together: RuleTable & Omit<TogetherCounts, 'productCount' | 'pairs'>;
	next: RuleTable & Omit<NextCounts, 'firstCount' | 'nextCount' | 'pairs'>;
}

/** Ranks by lift (then count), or by count (then lift); ties by product names, so the order is stable. */
export function compareRules(sort: RuleSort): (x: AffinityRule, y: AffinityRule) => number {
	return (x, y) =>
		(sort === 'lift' ? y.lift - x.lift || y.count - x.count : y.count - x.count || y.lift - x.lift) ||
		y.confidence - x.confidence ||
		(x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0);
}

function rule(
	from: string,
	to: string,
	count: number,
	fromCount: number,
	toCount: number,
	basis: number
): AffinityRule {
	const confidence = count / fromCount;
	return {
		from,
		to,
		count,
		fromCount,
		toCount,
		support: count / basis,
		confidence,
		interval: wilson(count, fromCount),
		lift: (count * basis) / (fromCount * toCount),
		uncertain: count < MIN_CERTAIN_COUNT
	};
}

function ranked(rules: AffinityRule[], options: RuleOptions, basis: number): RuleTable {
	rules.sort(compareRules(options.sort));
	return { basis, total: rules.length, rules: rules.slice(0, options.limit ?? RULE_LIMIT) };
}

/** The rules meeting the thresholds, ranked, from counts made once. */
export function affinityRules(counts: AffinityCounts, options: RuleOptions): AffinitySummary {
	const names = counts.products;
	const { together: t, next: n } = counts;
	const threshold = (basis: number) =>
		Math.max(1, Math.floor(options.minCount), Math.ceil((options.minSupport ?? 0) * basis - 1e-9));

	const togetherRules: AffinityRule[] = [];
	const tMin = threshold(t.orders);
	t.pairs.forEach((a, b, count) => {
		if (count < tMin) return;
		const ca = t.productCount[a];
		const cb = t.productCount[b];
		togetherRules.push(rule(names[a], names[b], count, ca, cb, t.orders));
		togetherRules.push(rule(names[b], names[a], count, cb, ca, t.orders));
	});

	const nextRules: AffinityRule[] = [];
	const nMin = threshold(n.customers);
	n.pairs.forEach((a, b, count) => {
		if (count < nMin) return;
		nextRules.push(rule(names[a], names[b], count, n.firstCount[a], n.nextCount[b], n.customers));
	});

	return {
		products: names.length,
		maxProducts: counts.maxProducts,
		minCount: options.minCount,
		together: {
			...ranked(togetherRules, options, t.orders),
			orders: t.orders,
			multiProduct: t.multiProduct,
			skippedOrders: t.skippedOrders,
			withoutItems: t.withoutItems
		},
		next: {
			...ranked(nextRules, options, n.customers),
			returning: n.returning,
			customers: n.customers,
			skippedCustomers: n.skippedCustomers
		}
	};
}
