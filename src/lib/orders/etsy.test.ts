import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCustomers } from '$lib/analysis/customers';
import { firstOrderBreakdown, firstOrderOptions } from '$lib/analysis/first-order';
import { isoFromDay } from '$lib/format/date';
import { inspectSample } from './inspect';
import { headline, importOrdersBytes, sampleOf } from './test-support';

/** Etsy's two order downloads (Shop Manager › Settings › Options › Download Data), as Etsy writes them. */
const fixture = (name: string) =>
	new Uint8Array(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/orders', name)));
/** EtsySoldOrders: 6 orders of 2024, every day 12 or less ("01/05/24" … "07/05/24"). */
const MONTH_FIRST = fixture('etsy_sold_orders_month_first.csv');
/** EtsySoldOrderItems and EtsySoldOrders of the same 25 orders (January – November 2024). */
const ITEMS = fixture('etsy_sold_order_items_2024.csv');
const ORDERS = fixture('etsy_sold_orders_2024.csv');
/** A today after the files' orders: 2026-01-01 (the tests' usual today is in October 2024). */
const LATER = 20_454;

describe('Etsy’s sold orders and sold order items downloads', () => {
	it.each([
		['EtsySoldOrders2024-03.csv', MONTH_FIRST],
		['EtsySoldOrderItems2024.csv', ITEMS],
		['EtsySoldOrders2024.csv', ORDERS]
	])('are recognised as Etsy’s (%s)', (name, bytes) => {
		expect(inspectSample(sampleOf(name, bytes)).plan.layout).toBe('etsy');
	});

	it('are read month first (Etsy writes MM/DD/YY) where no date tells, without asking', async () => {
		const { plan, report } = await importOrdersBytes(MONTH_FIRST, 1, 'EtsySoldOrders2024-03.csv');
		expect(plan.dateOrder).toBe('mdy');
		expect(plan.dateOrderBasis).toBe('layout');
		// 01/05/24 is 5 January, 07/05/24 5 July (day first they would be 1 May and 7 May… 3 October).
		expect([isoFromDay(report.firstDay!), isoFromDay(report.lastDay!)]).toEqual(['2024-01-05', '2024-07-05']);
	});
});

describe('Etsy’s sold order items, each row an item with its order’s coupon, shipping and tax', () => {
	it.each([1, 3])('count each order at its items less its coupon, taken once (%i byte ranges)', async (ranges) => {
		const { report } = await importOrdersBytes(ITEMS, ranges, 'EtsySoldOrderItems2024.csv', 7, LATER);
		// pandas: Item Total summed, 1,819.00, less each order's Discount Amount once (60.30; summed
		// over the rows it would be 110.10): 1,758.70. Order Shipping and Order Sales Tax once per order.
		expect(headline(report)).toEqual({ orders: 25, customers: 5, revenue: 1758.7 });
		expect(report.revenueBreakdown).toMatchObject({
			basis: 'netSales',
			grossSales: 1819,
			discounts: 60.3,
			netSales: 1758.7,
			tax: 140.69,
			shipping: 162.5
		});
	});

	it('agree with the sold orders download of the same orders, but for its partial refund', async () => {
		const items = (await importOrdersBytes(ITEMS, 1, 'EtsySoldOrderItems2024.csv', 7, LATER)).report;
		const orders = (await importOrdersBytes(ORDERS, 1, 'EtsySoldOrders2024.csv', 7, LATER)).report;
		expect(orders.revenueBreakdown).toMatchObject({ grossSales: 1819, discounts: 60.3, refunds: 17.27 });
		expect(orders.revenue).toBeCloseTo(items.revenue - 17.27, 2);
		expect(orders.revenueBreakdown?.tax).toBe(items.revenueBreakdown?.tax);
		expect(orders.revenueBreakdown?.shipping).toBe(items.revenueBreakdown?.shipping);
	});
});

describe('Etsy’s sold orders, whose SKU cell lists the order’s items’ SKUs', () => {
	it('counts each listed SKU as an item of the order', async () => {
		const { result } = await importOrdersBytes(ORDERS, 1, 'EtsySoldOrders2024.csv', 7, LATER);
		const index = indexCustomers(result.columns, result.customers.length);
		const breakdown = firstOrderBreakdown(
			result.columns,
			index,
			{ values: [], index: new Int32Array(0) },
			null,
			firstOrderOptions('sku', result.items)
		);
		// pandas: the first orders' SKU cells are "SCF-1", "MUG-9, SCF-1", "MUG-9", "MUG-9" and
		// "TOT-2, SCF-1" (the five buyers).
		expect(breakdown.groups.map((g) => [g.kind === 'none' ? '(none)' : g.value, g.customers])).toEqual([
			['MUG-9', 3],
			['SCF-1', 3],
			['TOT-2', 1]
		]);
		// The stored SKU of an order is its first item's.
		const sku = result.dimensions.sku!;
		expect(sku.values[sku.index[1]]).toBe('MUG-9');
	});
});

describe('Etsy’s sold orders with a shipping discount', () => {
	const HEADER = new TextDecoder().decode(ORDERS).split('\n')[0];
	/** A row of EtsySoldOrders: the columns this test sets, the others as Etsy leaves them empty. */
	const row = (cells: Record<string, string>) =>
		HEADER.split(',')
			.map((column) => cells[column] ?? '')
			.join(',');
	const order = (id: string, date: string, buyer: string, money: string[]) => {
		const [value, discount, shippingDiscount, shipping, tax, total] = money;
		return row({
			'Sale Date': date,
			'Order ID': id,
			'Buyer User ID': buyer.length.toString(),
			Buyer: buyer,
			Currency: 'USD',
			'Order Value': value,
			'Discount Amount': discount,
			'Shipping Discount': shippingDiscount,
			Shipping: shipping,
			'Sales Tax': tax,
			'Order Total': total
		});
	};
	// Hand-worked: Order Total = Order Value − Discount Amount − Shipping Discount + Shipping + Sales Tax
	// in the first two (free and cheaper shipping); in the third the shipping is given after its
	// discount already, and the total adds up without taking it off again.
	const FILE = [
		HEADER,
		order('1', '01/05/24', 'ann', ['50.00', '0.00', '5.00', '5.00', '4.00', '54.00']),
		order('2', '02/05/24', 'ann', ['40.00', '4.00', '2.00', '6.00', '3.20', '43.20']),
		order('3', '03/05/24', 'ben', ['30.00', '0.00', '3.00', '0.00', '2.40', '32.40'])
	].join('\n');

	it.each([1, 2])('counts each order at its order value less its item discount (%i byte ranges)', async (ranges) => {
		const { report } = await importOrdersBytes(new TextEncoder().encode(FILE), ranges, 'EtsySoldOrders2024.csv');
		// 50 + (40 − 4) + 30: the shipping discount is taken off the shipping, not off the sales (which
		// the total less tax and shipping would give: 45 + 34 + 30 = 109).
		expect(headline(report)).toEqual({ orders: 3, customers: 2, revenue: 116 });
		expect(report.revenueBreakdown).toMatchObject({
			grossSales: 120,
			discounts: 4,
			netSales: 116,
			tax: 9.6,
			// The shipping charged: 5 − 5, 6 − 2, and 0 as given.
			shipping: 4,
			shippingDiscounts: 7,
			names: { shipping: 'Shipping', shippingDiscount: 'Shipping Discount' }
		});
		expect(report.revenueBreakdown?.impliedDiscounts).toBeUndefined();
	});

	it('is read as before where no order has one', async () => {
		const { report } = await importOrdersBytes(ORDERS, 1, 'EtsySoldOrders2024.csv', 7, LATER);
		expect(report.revenueBreakdown?.shippingDiscounts).toBeUndefined();
		expect(report.revenueBreakdown?.impliedDiscounts).toBeUndefined();
	});
});
