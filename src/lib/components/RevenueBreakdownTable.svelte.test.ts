import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { RevenueBreakdown } from '$lib/orders/report';
import RevenueBreakdownTable from './RevenueBreakdownTable.svelte';

const BASE: RevenueBreakdown = {
	basis: 'netSales',
	grossSales: 1320,
	discounts: 12,
	refunds: 275,
	returns: 0,
	netSales: 1033,
	tax: null,
	shipping: 20,
	totalCharged: 1429,
	returnsWithoutOrder: 0,
	names: {
		subtotal: 'Subtotal',
		shipping: 'Shipping and Handling',
		refundedAmount: 'Total Refunded',
		amount: 'Grand Total (Purchased)'
	}
};
const money = (value: number) => `$${value.toFixed(2)}`;
const revenueName = 'Net sales';

describe('RevenueBreakdownTable', () => {
	// QA 64: the report said only "the sales share of any refund", and left out how it is worked out.
	it('says how a partial refund’s sales share is worked out, where there were refunds', () => {
		render(RevenueBreakdownTable, { breakdown: BASE, money, revenueName });
		expect(screen.getByTestId('breakdown-refund-share')).toHaveTextContent(
			/^A partial refund counts at its sales share: the refund × the order’s sales ÷ its total\. In Shopify and WooCommerce exports.*÷ the total less shipping/
		);
	});

	// Review: a Shopify file of totals after its discount codes, with no discount amounts, showed its
	// sales as "Gross sales (before discounts, refunds and returns)".
	it('calls the first line gross sales before discounts only where discounts are given apart', () => {
		render(RevenueBreakdownTable, { breakdown: BASE, money, revenueName });
		expect(screen.getByTestId('breakdown-grossSales')).toHaveTextContent(
			'Gross sales (before discounts, refunds and returns)'
		);
	});

	it('says the sales are after any discount where the file gives none apart', () => {
		render(RevenueBreakdownTable, {
			breakdown: { ...BASE, discounts: null, grossSales: 1308 },
			money,
			revenueName
		});
		const row = screen.getByTestId('breakdown-grossSales');
		expect(row).toHaveTextContent(
			'Sales before refunds and returns (the file gives no discounts apart: after any)'
		);
		expect(row).not.toHaveTextContent('before discounts');
		expect(screen.queryByTestId('breakdown-discounts')).toBeNull();
	});

	it('says nothing of refunds’ share where there were none', () => {
		render(RevenueBreakdownTable, { breakdown: { ...BASE, refunds: 0, names: {} }, money, revenueName });
		expect(screen.queryByTestId('breakdown-refund-share')).toBeNull();
	});

	it('says where discounts come from when the file has no discount column', () => {
		render(RevenueBreakdownTable, { breakdown: { ...BASE, impliedDiscounts: 12 }, money, revenueName });
		const row = screen.getByTestId('breakdown-discounts');
		expect(within(row).getByText('−$12.00')).toBeInTheDocument();
		expect(row).toHaveTextContent('no discount column: what “Subtotal” is above the total less shipping and tax');
	});

	it('names the discount column, and what the subtotals add to it', () => {
		render(RevenueBreakdownTable, {
			breakdown: { ...BASE, impliedDiscounts: 5, names: { ...BASE.names, discount: 'discount' } },
			money,
			revenueName
		});
		expect(screen.getByTestId('breakdown-discounts')).toHaveTextContent(
			'file column “discount”, and $5.00: what “Subtotal” is above the total less shipping and tax'
		);
	});

	it('names the discount column where the file has one', () => {
		render(RevenueBreakdownTable, {
			breakdown: { ...BASE, names: { ...BASE.names, discount: 'Discount Amount' } },
			money,
			revenueName
		});
		expect(screen.getByTestId('breakdown-discounts')).toHaveTextContent('file column “Discount Amount”');
	});

	it('shows shipping and fee rows apart from sales, named by the row-type column, where a file has them', () => {
		render(RevenueBreakdownTable, {
			breakdown: {
				...BASE,
				basis: 'lineTyped',
				discounts: null,
				refunds: 0,
				grossSales: 1500,
				netSales: 1500,
				shipping: 265.29,
				fees: 30,
				totalCharged: null,
				names: { amount: 'orderItemTotalPriceWithoutVat', shipping: 'orderItemType' }
			},
			money,
			revenueName
		});
		expect(screen.getByTestId('breakdown-shipping')).toHaveTextContent(
			'Shipping (not sales)$265.29file column “orderItemType”'
		);
		expect(screen.getByTestId('breakdown-fees')).toHaveTextContent('Payment and other fees (not sales)$30.00');
		expect(screen.getByTestId('breakdown-basis')).toHaveTextContent('marks as shipping, fees or tax are not sales');
	});

	it('says the shipping is given less a shipping discount the totals netted (Etsy’s)', () => {
		render(RevenueBreakdownTable, {
			breakdown: {
				...BASE,
				shipping: 4,
				shippingDiscounts: 7,
				names: { ...BASE.names, shipping: 'Shipping', shippingDiscount: 'Shipping Discount' }
			},
			money,
			revenueName
		});
		expect(screen.getByTestId('breakdown-shipping')).toHaveTextContent(
			'Shipping (not sales)$4.00file column “Shipping” less “Shipping Discount” ($7.00 in all), which the order totals had already taken off'
		);
	});

	it('names only the shipping column where no shipping discount was netted', () => {
		render(RevenueBreakdownTable, {
			breakdown: { ...BASE, names: { ...BASE.names, shippingDiscount: 'Shipping Discount' } },
			money,
			revenueName
		});
		expect(screen.getByTestId('breakdown-shipping')).toHaveTextContent(/file column “Shipping and Handling”$/);
	});

	// QA 64: shipping from a Shopify file's "Shipping" and a UCI file's POST lines named only the first.
	it('names every column a part came from where files named it differently', () => {
		render(RevenueBreakdownTable, {
			breakdown: { ...BASE, alsoNamed: { shipping: ['StockCode', 'Postage'] } },
			money,
			revenueName
		});
		expect(screen.getByTestId('breakdown-shipping')).toHaveTextContent(
			'file columns “Shipping and Handling”, “StockCode” and “Postage”'
		);
		// Parts named once keep their one column.
		expect(screen.getByTestId('breakdown-totalCharged')).toHaveTextContent('file column “Grand Total (Purchased)”');
	});

	it('has no fee line where the file had no fee rows', () => {
		render(RevenueBreakdownTable, { breakdown: BASE, money, revenueName });
		expect(screen.queryByTestId('breakdown-fees')).toBeNull();
	});

	// One name per quantity: the total is named as the revenue card names it (a UCI file's
	// "Sales (quantity × price)" was "Net sales (what the analysis uses)" here).
	it.each([
		['Net sales', false, 'Net sales — what the analysis uses$1033.00'],
		['Sales (quantity × price)', false, 'Sales (quantity × price) — what the analysis uses$1033.00'],
		['Net sales', true, 'Net sales of all orders (not the range)$1033.00']
	] as const)('names the total %j (all orders %s) → %j', (name, allOrders, text) => {
		render(RevenueBreakdownTable, { breakdown: BASE, money, revenueName: name, allOrders });
		expect(screen.getByTestId('breakdown-netSales')).toHaveTextContent(text);
		expect(screen.getByTestId('revenue-breakdown')).not.toHaveTextContent(
			allOrders ? 'what the analysis uses' : 'not the range'
		);
	});
});
