/** Line items as read, in file order: item k is product `product[k]` of order `order[k]` (and SKU `sku[k]`). */
export interface ReadItems {
	/** How many items there are (the arrays may be longer). */
	count: number;
	order: Int32Array;
	/** Each item's product (-1: none, an item known by its SKU alone). */
	product: Int32Array;
	/** Each item's SKU (-1: none), or null when no file had a SKU column. */
	sku: Int32Array | null;
}

/** Items grouped by order: order i's are `product[start[i]]` to `product[start[i + 1] − 1]` (and `sku` beside them). */
export interface GroupedItems {
	start: Int32Array;
	product: Int32Array;
	sku: Int32Array | null;
}

/**
 * The line items grouped by order, in linear time: a stable counting sort by order index (each
 * order's items stay in file order; an order with none has an empty range), then within each order
 * a product repeated kept once, or with SKUs a (product, SKU) pair repeated kept once, so that a
 * product bought in two SKUs keeps both (one item each) and a SKU is never lost to another line of
 * the same product. `orders` is the count of orders, `products` that of product indexes.
 */
export function groupItemsByOrder(items: ReadItems, orders: number, products: number): GroupedItems {
	const n = items.count;
	const { order: orderOf, product: productOf, sku: skuOf } = items;
	const start = new Int32Array(orders + 1);
	for (let k = 0; k < n; k++) start[orderOf[k] + 1]++;
	for (let i = 0; i < orders; i++) start[i + 1] += start[i];
	const next = start.slice(0, orders);
	const product = new Int32Array(n);
	const sku = skuOf ? new Int32Array(n) : null;
	for (let k = 0; k < n; k++) {
		const at = next[orderOf[k]]++;
		product[at] = productOf[k];
		if (sku) sku[at] = skuOf![k];
	}
	// `lastOrder[p + 1]` is the last order product p (-1: an item known by its SKU alone) was kept
	// for: only a product met again in the order is a repeat, or (with SKUs) has the order's kept
	// items compared for the same SKU.
	const lastOrder = new Int32Array(products + 1).fill(-1);
	let kept = 0;
	let from = 0;
	for (let i = 0; i < orders; i++) {
		const to = start[i + 1];
		start[i] = kept;
		for (let k = from; k < to; k++) {
			const p = product[k];
			if (lastOrder[p + 1] === i && (sku === null || keptAlready(product, sku, start[i], kept, p, sku[k])))
				continue;
			lastOrder[p + 1] = i;
			product[kept] = p;
			if (sku) sku[kept] = sku[k];
			kept++;
		}
		from = to;
	}
	start[orders] = kept;
	return {
		start,
		product: kept === n ? product : product.slice(0, kept),
		sku: sku && (kept === n ? sku : sku.slice(0, kept))
	};
}

/** Whether items `from` to `to − 1` hold product `p` in SKU `s`. */
function keptAlready(product: Int32Array, sku: Int32Array, from: number, to: number, p: number, s: number): boolean {
	for (let j = from; j < to; j++) if (product[j] === p && sku[j] === s) return true;
	return false;
}
