/**
 * The orders of one data set, column-wise: row i is one order (line items already grouped).
 * This is the shape every analysis reads; it is built by the import and stored in chunks.
 */
export interface OrderColumns {
	/** Number of orders (rows). The arrays may be longer (spare capacity); only [0, count) is used. */
	count: number;
	/** Index of the order's customer in the data set's customer-id list. */
	customer: Int32Array;
	/**
	 * Calendar day of the order: days since 1970-01-01, the shop's local date as exported. Negative
	 * before 1970 (31 December 1969 is −1; a restored backup may hold days from 1900 on), so no day
	 * value (0, −1) can stand for "none".
	 */
	day: Int32Array;
	/** Net order value in the data set's currency (refunds already subtracted; may be 0 or negative). */
	amount: Float64Array;
	/**
	 * The orders (ascending indexes) that come first among their customer's orders of their day,
	 * though not first in file order: where the file's dates have times, the customer's earliest
	 * order of their first day by time (see `firstOrdersByTime`), as `indexCustomers` puts them.
	 * Absent when the dates had no time, when every such order is already first in file order,
	 * on data sets stored before it was kept, and on columns made of a part of the orders (its
	 * indexes are those of the whole).
	 */
	firstOfDay?: Int32Array;
}

/**
 * Optional per-order labels kept for segments and exports (dictionary-encoded; -1 = none). `product`
 * is the order's first line item's name, `sku` its SKU (stock code: one product name may have several,
 * a size or a pack each); `discount` is its discount (coupon) code as the file wrote it (several codes
 * in one cell are one value here: see `splitDiscountCodes`). The first-order breakdowns and product
 * affinity read every line item's product and SKU instead, from `OrderItems`.
 */
export const DIMENSIONS = ['product', 'category', 'channel', 'country', 'discount', 'sku'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * The dimensions whose values differ only in case or spacing are one value: a discount code
 * ("SPRING", "spring": Shopify and WooCommerce take codes in any case), a country ("US", "us"),
 * a sales channel ("Online Store", "online store"). Products and categories keep theirs.
 */
export function dimensionFold(dim: Dimension): ((value: string) => string) | null {
	return dim === 'discount' || dim === 'country' || dim === 'channel' ? foldDimensionValue : null;
}
function foldDimensionValue(value: string): string {
	return value.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The discount codes of one discount-code cell: Shopify's "Discount Code" and WooCommerce's
 * "Coupon(s)" join an order's codes with ", " ("SPRING, VIP"); some export plugins with "; ". Empty
 * parts are dropped; a cell without a separator is one code.
 */
export function splitDiscountCodes(value: string): string[] {
	if (!value.includes(',') && !value.includes(';')) return value.trim() ? [value.trim()] : [];
	return value
		.split(/[,;]/)
		.map((part) => part.trim())
		.filter((part) => part !== '');
}

export interface DimensionColumn {
	values: string[];
	index: Int32Array;
}

/**
 * Every order's products (line items), dictionary-encoded: order i's are product[start[i] .. start[i + 1])
 * (file order). Without `skus` they are distinct products; with `skus` distinct (product, SKU)
 * pairs, so a product bought in two SKUs (two sizes) is two items: read products through
 * `productItems` and SKUs through `skuItems`, which give each order's distinct values.
 */
export interface OrderItems {
	values: string[];
	start: Int32Array;
	product: Int32Array;
	/**
	 * Each line item's SKU (stock code), beside `product`: `index[k]` is item k's, into `values`
	 * (-1: the row gave none). Absent (or null) when no file had a SKU column, and on data sets
	 * stored before SKUs per line item were kept (`DatasetRecord.hasItemSkus`).
	 */
	skus?: { values: string[]; index: Int32Array } | null;
}

/**
 * The items with each order's distinct products only (the shape product affinity and the
 * product breakdown count): `items` itself when no order holds a product twice (no SKUs stored,
 * or every product in one SKU per order), else a compacted copy without `skus`.
 */
export function productItems(items: OrderItems): OrderItems {
	if (!items.skus) return items;
	return distinctItems(items.start, items.product, items.values) ?? { ...items, skus: null };
}

/**
 * Each order's distinct SKUs as items (`values` the SKU texts, `product` their indexes), items
 * without a SKU left out: SKUs counted as `productItems` counts products. Null without SKUs.
 */
export function skuItems(items: OrderItems): OrderItems | null {
	if (!items.skus) return null;
	const { values, index } = items.skus;
	return distinctItems(items.start, index, values) ?? { values, start: items.start, product: index };
}

/**
 * Each order's entries of `list` with -1 and repeats within the order taken out, or null when
 * there are none to take out (the caller's arrays can then be used as they are).
 */
function distinctItems(start: Int32Array, list: Int32Array, values: string[]): OrderItems | null {
	const orders = start.length - 1;
	const lastOrder = new Int32Array(values.length).fill(-1);
	let clean = true;
	for (let i = 0; i < orders && clean; i++)
		for (let k = start[i]; k < start[i + 1] && clean; k++) {
			const v = list[k];
			if (v < 0 || lastOrder[v] === i) clean = false;
			else lastOrder[v] = i;
		}
	if (clean) return null;
	lastOrder.fill(-1);
	const outStart = new Int32Array(orders + 1);
	const out = new Int32Array(list.length);
	let kept = 0;
	for (let i = 0; i < orders; i++) {
		for (let k = start[i]; k < start[i + 1]; k++) {
			const v = list[k];
			if (v < 0 || lastOrder[v] === i) continue;
			lastOrder[v] = i;
			out[kept++] = v;
		}
		outStart[i + 1] = kept;
	}
	return { values, start: outStart, product: out.slice(0, kept) };
}

/**
 * Each customer's name as the file gave it, dictionary-encoded per customer: customer c's is
 * `values[index[c]]` (-1: none). A value is "first␟last" (U+001F between them) when the file has
 * first- and last-name columns, else the full name as written (see `names.ts`). Personal data:
 * kept for the audience exports only, never in a figure.
 */
export interface CustomerNames {
	values: string[];
	index: Int32Array;
}
