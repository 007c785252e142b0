/**
 * Exports a shop offers beside its orders that a merchant may pick by mistake: the customer list
 * (Shopify's has each customer's "Total Spent" and "Total Orders") and the product list. Neither has
 * an order's date, which every figure is counted from, so no column chosen by hand could make it
 * an orders file: the import says what the file is and where the orders export is, at once. The
 * same for a payment provider's list of transactions or payouts (Shopify Payments' transactions,
 * Stripe's balance history and payouts): dated, but naming no customer, whom every figure is per.
 */
export type OtherExport = 'customers' | 'products' | 'payouts';

/** What a file with these headers (as `normaliseHeader` writes them) is, when it is such a list. */
export function otherExportOf(headers: readonly string[]): OtherExport | null {
	const has = (...names: string[]) => names.every((name) => headers.includes(name));
	// A list with dates of its customers' orders may be a summary the import reads: not refused.
	if (headers.some((h) => /\bdate\b|first order|last order|created|\bt\b|recency/.test(h))) return null;
	if (has('total spent', 'total orders') && (has('email') || has('customer id'))) return 'customers';
	// Shopify's products export, and WooCommerce's.
	if (has('handle', 'title', 'body html') || has('sku', 'regular price', 'published')) return 'products';
	return null;
}

/**
 * Whether a file with these headers (normalised) is a payment provider's transactions or payouts
 * list with no customer column: Shopify Payments' transactions ("Transaction Date", "Type",
 * "Order", "Payout Status", "Payout Date"…), Stripe's balance history ("Available On (UTC)",
 * "Source", "Fee", "Net") and payouts ("Arrival Date (UTC)").
 */
export function isPayoutsList(headers: readonly string[]): boolean {
	const has = (...names: string[]) => names.every((name) => headers.includes(name));
	// (Stripe's "Customer Facing Amount" names no customer.)
	if (headers.some((h) => /e ?mail|customer (id|email|name)|^customer$|buyer|client/.test(h))) return false;
	return (
		has('transaction date', 'type', 'payout status', 'payout date', 'amount', 'net') ||
		has('available on utc', 'type', 'amount', 'fee', 'net') ||
		has('arrival date utc', 'amount', 'status')
	);
}
