import { describe, expect, it } from 'vitest';
import { lineKindOf, type LineKind } from './line-kinds';

describe('what a row of an order is, by the file’s row-type column', () => {
	it.each<[string, LineKind]>([
		// Shoptet's orderItemType
		['product', 'sale'],
		['discount-coupon', 'sale'],
		['shipping', 'shipping'],
		['billing', 'fee'],
		// WooCommerce's item types
		['line_item', 'sale'],
		['coupon', 'sale'],
		['fee', 'fee'],
		['tax', 'tax'],
		['Shipping', 'shipping'],
		// Shopify's Matrixify export ("Line: Type")
		['Shipping Line', 'shipping'],
		['fee_line', 'fee'],
		['tax_line', 'tax'],
		['Line Item', 'sale'],
		// Other systems and languages
		['Physical Item', 'sale'],
		['Custom Amount', 'sale'],
		['Gift card', 'sale'],
		['Doprava', 'shipping'],
		['Dobírka', 'fee'],
		['Wysyłka', 'shipping'],
		['Versandkosten', 'shipping'],
		['Доставка', 'shipping'],
		['运费', 'shipping'],
		['Payment fee', 'fee'],
		['VAT', 'tax'],
		// Words of a sale win: an item named after shipping is still an item.
		['shipping protection product', 'sale'],
		['', 'sale'],
		['bundle', 'sale']
	])('%j is %s', (raw, kind) => {
		expect(lineKindOf(raw)).toBe(kind);
	});
});
