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
 * The products are the stored line items, by name or by SKU (`AffinityBy`: the same counts over
 * each order's distinct SKUs, so support, confidence and lift are of SKUs): a product a UCI credit note gave back in full (its whole
 * quantity on that order) is not among its order's (the import takes it out, see
 * `#dropReturnedItems` in `orders/accumulate.ts`), one given back in part is; an order left with none
 * is one without products. Orders that name no customer are not stored (their rows are skipped at
 * import), so they are in no basket: the page says how many rows that was.
 *
 * A rule needs `minCount` orders (customers) with both; one resting on fewer than
 * `MIN_CERTAIN_COUNT` is `uncertain`. Each confidence carries a 95 % Wilson score interval.
 * Pairs are counted once per data set (`affinityCounts`); thresholds and ranking (`affinityRules`) are
 * cheap and can be changed without counting again.
 *
 * Counting is row by row, never through a hash map: an inverted index lists the orders (customers)
 * of each product A, and one dense scratch array counts the products B met with A in them; the
 * pairs met at least `floor` times are kept as three parallel Int32Arrays. The work is one step per
 * pair occurrence, the memory the line items twice plus the pairs kept (a pair met once, most of
 * them, is not kept unless asked for). Ranking keeps the best `limit` rules in a heap, so a million
 * pairs cost no million rule objects.
 */
import { productItems, type OrderColumns, type OrderItems } from '$lib/orders/columns';
import { wilsonInterval } from './wilson';

export type { OrderItems };

/** A rule needs at least this many orders (customers) with both products unless asked otherwise. */
export const DEFAULT_MIN_COUNT = 5;
/** Orders (and purchase days) with more distinct products than this are left out of the pair counts. */
export const MAX_PRODUCTS_PER_ORDER = 50;
/** A rule resting on fewer orders (customers) with both products than this is marked uncertain. */
export const MIN_CERTAIN_COUNT = 20;
/** At most this many rules of each kind are returned (ranked). */
export const RULE_LIMIT = 200;
/** Pairs met fewer times than this are not kept by default: no rule can rest on one order. */
export const MIN_RULE_COUNT = 2;

/**
 * What a rule's items are: product names, or SKUs (stock codes) where the data set stores one per
 * line item (`OrderItems.skus`; counted through `skuItems`, as names through `productItems`).
 */
export type AffinityBy = 'product' | 'sku';
export const AFFINITY_BY: readonly AffinityBy[] = ['product', 'sku'];

export type RuleSort = 'lift' | 'count';
export const RULE_SORTS: readonly RuleSort[] = ['lift', 'count'];

/** Pairs of product indices (a, b) with the number of orders (customers) they were met in. */
export interface PairList {
	length: number;
	a: Int32Array;
	b: Int32Array;
	count: Int32Array;
}

class PairBuilder {
	length = 0;
	a = new Int32Array(1024);
	b = new Int32Array(1024);
	count = new Int32Array(1024);

	push(a: number, b: number, count: number): void {
		if (this.length === this.a.length) {
			const grow = (from: Int32Array) => {
				const to = new Int32Array(from.length * 2);
				to.set(from);
				return to;
			};
			this.a = grow(this.a);
			this.b = grow(this.b);
			this.count = grow(this.count);
		}
		this.a[this.length] = a;
		this.b[this.length] = b;
		this.count[this.length++] = count;
	}

	done(): PairList {
		const n = this.length;
		return { length: n, a: this.a.slice(0, n), b: this.b.slice(0, n), count: this.count.slice(0, n) };
	}
}

/**
 * Co-occurrence counts: for each product a, the baskets listed under it in `anchor` (CSR by product),
 * and in each basket its products (`target`, CSR by basket); counted in one dense scratch array.
 * With `upper`, only b > a is counted (unordered pairs of the same basket).
 */
function cooccurrence(
	products: number,
	anchorStart: Int32Array,
	anchorBasket: Int32Array,
	targetStart: Int32Array,
	targetProduct: Int32Array,
	floor: number,
	upper: boolean
): PairList {
	const scratch = new Int32Array(products);
	const touched = new Int32Array(products);
	const out = new PairBuilder();
	for (let a = 0; a < products; a++) {
		let met = 0;
		for (let k = anchorStart[a]; k < anchorStart[a + 1]; k++) {
			const basket = anchorBasket[k];
			for (let j = targetStart[basket]; j < targetStart[basket + 1]; j++) {
				const b = targetProduct[j];
				if (upper && b <= a) continue;
				if (scratch[b]++ === 0) touched[met++] = b;
			}
		}
		for (let t = 0; t < met; t++) {
			const b = touched[t];
			if (scratch[b] >= floor) out.push(a, b, scratch[b]);
			scratch[b] = 0;
		}
	}
	return out.done();
}

/** Lists, for each product, the baskets holding it (a counting sort); `keep` says which baskets count. */
function invert(
	products: number,
	baskets: number,
	start: Int32Array,
	product: Int32Array,
	keep: (basket: number) => boolean
): { degree: Int32Array; start: Int32Array; basket: Int32Array } {
	const degree = new Int32Array(products);
	for (let i = 0; i < baskets; i++) if (keep(i)) for (let j = start[i]; j < start[i + 1]; j++) degree[product[j]]++;
	const at = new Int32Array(products + 1);
	for (let p = 0; p < products; p++) at[p + 1] = at[p] + degree[p];
	const fill = at.slice(0, products);
	const basket = new Int32Array(at[products]);
	for (let i = 0; i < baskets; i++)
		if (keep(i)) for (let j = start[i]; j < start[i + 1]; j++) basket[fill[product[j]]++] = i;
	return { degree, start: at, basket };
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
	/** Unordered pairs (a < b) met in at least `floor` orders. */
	pairs: PairList;
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
	/** Ordered pairs (first-purchase product, next-purchase product) met for at least `floor` customers. */
	pairs: PairList;
}

export interface AffinityCounts {
	products: string[];
	maxProducts: number;
	/** Pairs met fewer times than this were not kept: no rule below it can be asked for. */
	floor: number;
	together: TogetherCounts;
	next: NextCounts;
}

export interface CountOptions {
	maxProducts?: number;
	floor?: number;
}

/**
 * Counts the pairs of products of each order, and of each returning customer's first and next
 * purchase. Items with SKUs (a product once per SKU) are counted by product (`productItems`); pass
 * `skuItems(items)` to count SKUs.
 */
export function affinityCounts(
	columns: Pick<OrderColumns, 'count' | 'customer' | 'day'>,
	customerCount: number,
	stored: OrderItems,
	{ maxProducts = MAX_PRODUCTS_PER_ORDER, floor = MIN_RULE_COUNT }: CountOptions = {}
): AffinityCounts {
	const items = productItems(stored);
	return {
		products: items.values,
		maxProducts,
		floor,
		together: togetherCounts(columns.count, items, maxProducts, floor),
		next: nextCounts(columns, customerCount, items, maxProducts, floor)
	};
}

function togetherCounts(count: number, items: OrderItems, maxProducts: number, floor: number): TogetherCounts {
	const { start, product } = items;
	const P = items.values.length;
	let orders = 0;
	let multiProduct = 0;
	let skippedOrders = 0;
	let withoutItems = 0;
	for (let i = 0; i < count; i++) {
		const n = start[i + 1] - start[i];
		if (n === 0) withoutItems++;
		else if (n > maxProducts) skippedOrders++;
		else {
			orders++;
			if (n > 1) multiProduct++;
		}
	}
	const kept = (i: number) => {
		const n = start[i + 1] - start[i];
		return n > 0 && n <= maxProducts;
	};
	const index = invert(P, count, start, product, kept);
	const pairs = cooccurrence(P, index.start, index.basket, start, product, floor, true);
	return { orders, multiProduct, skippedOrders, withoutItems, productCount: index.degree, pairs };
}

/** Each basket's distinct products, compacted (CSR). */
function distinctRows(rows: number, start: Int32Array, product: Int32Array, products: number) {
	const seen = new Int32Array(products).fill(-1);
	const outStart = new Int32Array(rows + 1);
	const out = new Int32Array(product.length);
	let w = 0;
	for (let r = 0; r < rows; r++) {
		for (let j = start[r]; j < start[r + 1]; j++) {
			const p = product[j];
			if (seen[p] !== r) {
				seen[p] = r;
				out[w++] = p;
			}
		}
		outStart[r + 1] = w;
	}
	return { start: outStart, product: out };
}

function nextCounts(
	columns: Pick<OrderColumns, 'count' | 'customer' | 'day'>,
	customerCount: number,
	items: OrderItems,
	maxProducts: number,
	floor: number
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
	const firstSet = distinctRows(customerCount, firstStart, firstItems, P);
	const nextSet = distinctRows(customerCount, nextStart, nextItems, P);

	let returning = 0;
	let customers = 0;
	let skippedCustomers = 0;
	const inBasis = new Uint8Array(customerCount);
	for (let c = 0; c < customerCount; c++) {
		if (second[c] === NONE) continue;
		returning++;
		const a = firstSet.start[c + 1] - firstSet.start[c];
		const b = nextSet.start[c + 1] - nextSet.start[c];
		if (a === 0 || b === 0) continue;
		if (a > maxProducts || b > maxProducts) {
			skippedCustomers++;
			continue;
		}
		customers++;
		inBasis[c] = 1;
	}
	const index = invert(P, customerCount, firstSet.start, firstSet.product, (c) => inBasis[c] === 1);
	const nextCount = new Int32Array(P);
	for (let c = 0; c < customerCount; c++)
		if (inBasis[c]) for (let j = nextSet.start[c]; j < nextSet.start[c + 1]; j++) nextCount[nextSet.product[j]]++;
	const pairs = cooccurrence(P, index.start, index.basket, nextSet.start, nextSet.product, floor, false);
	return { returning, customers, skippedCustomers, firstCount: index.degree, nextCount, pairs };
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
	/** Orders (customers) with both products a rule needs; never below the counts' `floor`. */
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

/**
 * Ranks the rules resting on `MIN_CERTAIN_COUNT` orders (customers) or more before the uncertain ones
 * (as the first-order breakdowns rank their uncertain groups: QA, a lift of 9.29 on 5 customers
 * above one of 31); within each, by lift (then count), or by count (then lift); then confidence,
 * then product names, so the order is stable.
 */
export function compareRules(sort: RuleSort): (x: AffinityRule, y: AffinityRule) => number {
	return (x, y) =>
		Number(x.uncertain) - Number(y.uncertain) ||
		(sort === 'lift' ? y.lift - x.lift || y.count - x.count : y.count - x.count || y.lift - x.lift) ||
		y.confidence - x.confidence ||
		(x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0);
}

/** Candidate rules by number: their figures read from the pair list without making objects. */
interface Candidates {
	length: number;
	from(k: number): number;
	to(k: number): number;
	count(k: number): number;
	fromCount(k: number): number;
	toCount(k: number): number;
}

/**
 * The best `limit` candidates meeting `min`, ranked, and how many meet it: a heap of the kept ones
 * with the worst on top, so each further candidate costs one comparison unless it gets in.
 */
function topRules(
	c: Candidates,
	names: string[],
	basis: number,
	min: number,
	sort: RuleSort,
	limit: number
): RuleTable {
	const lift = (k: number) => (c.count(k) * basis) / (c.fromCount(k) * c.toCount(k));
	const confidence = (k: number) => c.count(k) / c.fromCount(k);
	const name = (p: number) => names[p];
	/** Negative when candidate x ranks before y (as `compareRules`). */
	const cmp = (x: number, y: number): number => {
		const byCertainty = Number(c.count(x) < MIN_CERTAIN_COUNT) - Number(c.count(y) < MIN_CERTAIN_COUNT);
		if (byCertainty) return byCertainty;
		const byCount = c.count(y) - c.count(x);
		const byLift = lift(y) - lift(x);
		const first = sort === 'lift' ? byLift || byCount : byCount || byLift;
		if (first) return first;
		const byConfidence = confidence(y) - confidence(x);
		if (byConfidence) return byConfidence;
		const fx = name(c.from(x));
		const fy = name(c.from(y));
		if (fx !== fy) return fx < fy ? -1 : 1;
		const tx = name(c.to(x));
		const ty = name(c.to(y));
		return tx < ty ? -1 : tx > ty ? 1 : 0;
	};
	const heap: number[] = [];
	const down = (i: number) => {
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let worst = i;
			if (l < heap.length && cmp(heap[l], heap[worst]) > 0) worst = l;
			if (r < heap.length && cmp(heap[r], heap[worst]) > 0) worst = r;
			if (worst === i) return;
			[heap[i], heap[worst]] = [heap[worst], heap[i]];
			i = worst;
		}
	};
	let total = 0;
	for (let k = 0; k < c.length; k++) {
		if (c.count(k) < min) continue;
		total++;
		if (limit <= 0) continue;
		if (heap.length < limit) {
			heap.push(k);
			for (let i = heap.length - 1; i > 0;) {
				const parent = (i - 1) >> 1;
				if (cmp(heap[i], heap[parent]) <= 0) break;
				[heap[i], heap[parent]] = [heap[parent], heap[i]];
				i = parent;
			}
		} else if (cmp(k, heap[0]) < 0) {
			heap[0] = k;
			down(0);
		}
	}
	heap.sort(cmp);
	const rules = heap.map((k) =>
		rule(name(c.from(k)), name(c.to(k)), c.count(k), c.fromCount(k), c.toCount(k), basis)
	);
	return { basis, total, rules };
}

function rule(
	from: string,
	to: string,
	count: number,
	fromCount: number,
	toCount: number,
	basis: number
): AffinityRule {
	return {
		from,
		to,
		count,
		fromCount,
		toCount,
		support: count / basis,
		confidence: count / fromCount,
		// fromCount ≥ count ≥ the minimum count (2): there are always trials.
		interval: wilsonInterval(count, fromCount) ?? { low: 0, high: 1 },
		lift: (count * basis) / (fromCount * toCount),
		uncertain: count < MIN_CERTAIN_COUNT
	};
}

/** The rules meeting the thresholds, ranked, from counts made once. */
export function affinityRules(counts: AffinityCounts, options: RuleOptions): AffinitySummary {
	const names = counts.products;
	const { together: t, next: n } = counts;
	const limit = options.limit ?? RULE_LIMIT;
	const threshold = (basis: number) =>
		Math.max(1, counts.floor, Math.floor(options.minCount), Math.ceil((options.minSupport ?? 0) * basis - 1e-9));
	// Each unordered pair is two rules: k = 2 · pair (a → b) and 2 · pair + 1 (b → a).
	const tp = t.pairs;
	const together: Candidates = {
		length: tp.length * 2,
		from: (k) => (k & 1 ? tp.b[k >> 1] : tp.a[k >> 1]),
		to: (k) => (k & 1 ? tp.a[k >> 1] : tp.b[k >> 1]),
		count: (k) => tp.count[k >> 1],
		fromCount: (k) => t.productCount[k & 1 ? tp.b[k >> 1] : tp.a[k >> 1]],
		toCount: (k) => t.productCount[k & 1 ? tp.a[k >> 1] : tp.b[k >> 1]]
	};
	const np = n.pairs;
	const next: Candidates = {
		length: np.length,
		from: (k) => np.a[k],
		to: (k) => np.b[k],
		count: (k) => np.count[k],
		fromCount: (k) => n.firstCount[np.a[k]],
		toCount: (k) => n.nextCount[np.b[k]]
	};
	return {
		products: names.length,
		maxProducts: counts.maxProducts,
		minCount: threshold(0),
		together: {
			...topRules(together, names, t.orders, threshold(t.orders), options.sort, limit),
			orders: t.orders,
			multiProduct: t.multiProduct,
			skippedOrders: t.skippedOrders,
			withoutItems: t.withoutItems
		},
		next: {
			...topRules(next, names, n.customers, threshold(n.customers), options.sort, limit),
			returning: n.returning,
			customers: n.customers,
			skippedCustomers: n.skippedCustomers
		}
	};
}
