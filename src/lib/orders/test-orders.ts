import { normaliseHeader } from './layouts';

/**
 * Shopify's test orders: orders placed through its test payment gateway, the "Bogus Gateway"
 * (listed in the admin as "(for testing) Bogus Gateway", written "bogus" in the orders export's
 * Payment Method column), or tagged "test". They are no sales: the import leaves them out, whole,
 * as it does cancelled orders, and the report says how many and how much.
 *
 * Only where the evidence is unambiguous: a Payment Method cell that is that gateway and nothing
 * else, or a tag that is exactly "test" among the Tags cell's comma-separated tags (in any case:
 * Shopify's tags are not told apart by case). A gateway named with others ("gift_card + bogus"),
 * or tags such as "test-drive", "tested" or "A/B test", may be real orders: they stay sales. A
 * status says nothing either way (a test order may be paid, pending or refunded): the gateway or
 * the tag alone tells it, on the order's first row (where Shopify writes an order's own cells).
 */
const TEST_GATEWAYS = new Set(['bogus', 'bogus gateway', '(for testing) bogus gateway']);

/** The columns of a Shopify orders export that can mark a test order (-1: none). */
export interface TestOrderColumns {
	paymentMethod: number;
	tags: number;
}

/** Those columns, found by their headers in a Shopify export; null where it has neither. */
export function testOrderColumns(headers: readonly string[] | undefined): TestOrderColumns | null {
	if (!headers) return null;
	const names = headers.map(normaliseHeader);
	const paymentMethod = names.indexOf('payment method');
	const tags = names.indexOf('tags');
	return paymentMethod < 0 && tags < 0 ? null : { paymentMethod, tags };
}

/** Whether a Shopify order's row says it is a test order (see `TEST_GATEWAYS`). */
export function isTestOrder(fields: readonly string[], columns: TestOrderColumns): boolean {
	if (columns.paymentMethod >= 0) {
		const gateway = (fields[columns.paymentMethod] ?? '').trim().toLowerCase();
		if (TEST_GATEWAYS.has(gateway)) return true;
	}
	if (columns.tags >= 0) {
		const tags = fields[columns.tags] ?? '';
		if (tags && tags.split(',').some((tag) => tag.trim().toLowerCase() === 'test')) return true;
	}
	return false;
}
