import { describe, expect, it } from 'vitest';
import { chooseAmountMode, type AmountSample } from './amount-mode';
import type { AmountMode, ColumnMapping, LayoutId } from './layouts';

/** Rows of (order id, amount), numbered from row 2 (below a header). */
const sample = (...rows: [string, string][]): AmountSample => ({ rows, rowNumbers: rows.map((_, i) => i + 2) });
const itemRows = sample(['A', '10.00'], ['A', '15.00'], ['B', '7.00'], ['B', '3.50']);
const totalRows = sample(['A', '25.00'], ['A', '25.00'], ['B', '10.50'], ['B', '10.50']);
const both: ColumnMapping = { orderId: 0, amount: 1 };

describe('chooseAmountMode', () => {
	it.each<[string, LayoutId, AmountMode, ColumnMapping, AmountSample, string, AmountMode, number | null]>([
		['rows with each item’s amount', 'generic', 'orderTotal', both, itemRows, 'Amount', 'lineAmounts', 2],
		['the same in a WooCommerce export', 'woocommerce', 'orderTotal', both, itemRows, 'Amount', 'lineAmounts', 2],
		// Read as generic files are: only their statuses are their own.
		['the same in a Magento order grid', 'magento', 'orderTotal', both, itemRows, 'Amount', 'lineAmounts', 2],
		['the same in a Mollie export', 'mollie', 'orderTotal', both, itemRows, 'Amount', 'lineAmounts', 2],
		['the same in a Paddle report', 'paddle', 'orderTotal', both, itemRows, 'Amount', 'lineAmounts', 2],
		['the same in a Stripe export', 'stripe', 'orderTotal', both, itemRows, 'Amount', 'lineAmounts', 2],
		['rows that repeat the order’s total', 'generic', 'orderTotal', both, totalRows, 'Amount', 'orderTotal', null],
		[
			'a header naming an item’s amount',
			'generic',
			'orderTotal',
			both,
			totalRows,
			'Item Total',
			'lineAmounts',
			null
		],
		[
			'a mode chosen for rows that no longer show it',
			'generic',
			'lineAmounts',
			both,
			totalRows,
			'Total',
			'orderTotal',
			null
		],
		[
			'no order id: each row an order',
			'generic',
			'orderTotal',
			{ amount: 1 },
			itemRows,
			'Line Total',
			'orderTotal',
			null
		],
		['quantity × price stays', 'generic', 'lineItems', both, itemRows, 'Amount', 'lineItems', null],
		['Shopify’s rows are known', 'shopify', 'orderTotal', both, itemRows, 'Total', 'orderTotal', null]
	])('%s', (_, layout, mode, mapping, rows, header, expected, exampleRow) => {
		const choice = chooseAmountMode(layout, mode, mapping, rows, '.', header);
		expect(choice.amountMode).toBe(expected);
		expect(choice.itemAmountRows?.[0].row ?? null).toBe(exampleRow);
	});

	it('reads amounts with the file’s decimal mark to tell a total row above its items', () => {
		// "60,00" is the total of 45,00 and 15,00: with a decimal comma, these rows carry the order's total.
		const rows = sample(['A', '60,00'], ['A', '45,00'], ['A', '15,00'], ['B', '25,00'], ['B', '20,00']);
		expect(chooseAmountMode('generic', 'orderTotal', both, rows, ',', 'Betrag').amountMode).toBe('orderTotal');
	});
});
