import { describe, expect, it } from 'vitest';
import { headline, importOrdersText } from './test-support';

// Refunds at the edges of the rules that split them between items, tax and shipping (figures
// worked by hand).

const SHOPIFY =
	'Name,Email,Financial Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Cancelled at,Refunded Amount\n';

describe('Shopify: a refund at least the items and their tax, under a status that says partially refunded', () => {
	it('a refund of the shipping only leaves the items sold', async () => {
		const { result, report } = await importOrdersText(
			SHOPIFY +
				'#2001,a@x.com,partially_refunded,USD,8.00,9.99,0.00,17.99,,0.00,2023-06-03 12:00:00 -0400,1,Mug,8.00,,9.99\n' +
				'#2002,b@x.com,paid,USD,20.00,5.00,2.00,27.00,,0.00,2023-06-04 12:00:00 -0400,1,Kettle,20.00,,0.00\n'
		);
		// 9.99 is more than the 8.00 of items (no tax): not the items alone. The status says the
		// order was not refunded in full, so the refund took the shipping first: 9.99 of 9.99, and
		// nothing of the items. #2001 stands at 8.00; #2002 at 20.00.
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 28 });
		expect(Array.from(result.columns.amount)).toEqual([8, 20]);
		expect(report.refunds.fullyRefunded.count).toBe(0);
		expect(report.refunds.partlyRefunded.count).toBe(1);
		expect(report.refunds.refundedAmount).toBeCloseTo(9.99, 9);
		expect(report.revenueBreakdown).toMatchObject({ refunds: 0, shipping: 14.99, totalCharged: 44.99 });
	});

	it('a refund beyond the shipping takes the rest off the items and their tax', async () => {
		const { result, report } = await importOrdersText(
			SHOPIFY +
				'#1004,a@x.com,partially_refunded,USD,18.00,5.00,1.44,24.44,,0.00,2023-06-03 12:00:00 -0400,1,Teapot,18.00,,21.44\n'
		);
		// 21.44 − 5.00 shipping = 16.44 off the 19.44 of items and tax, 18.00 of which are sales:
		// 16.44 × 18.00 / 19.44 = 15.2222…; 18.00 − 15.2222… = 2.7777…
		expect(report.ordersKept).toBe(1);
		expect(result.columns.amount[0]).toBeCloseTo(18 - (16.44 * 18) / 19.44, 9);
		expect(report.refunds.fullyRefunded.count).toBe(0);
		expect(report.refunds.partlyRefunded.count).toBe(1);
		// (The breakdown is in cents.)
		expect(report.revenueBreakdown?.refunds).toBeCloseTo(15.22, 9);
	});

	it('a refund of exactly the items and their tax, the shipping kept, is a refund in full', async () => {
		const { report } = await importOrdersText(
			SHOPIFY +
				'#1006,a@x.com,partially_refunded,USD,18.00,5.00,1.44,24.44,,0.00,2023-06-03 12:00:00 -0400,1,Teapot,18.00,,19.44\n' +
				'#2002,b@x.com,paid,USD,20.00,5.00,2.00,27.00,,0.00,2023-06-04 12:00:00 -0400,1,Kettle,20.00,,0.00\n'
		);
		// 19.44 = 18.00 + 1.44: every item came back with its tax; Shopify says partially_refunded
		// because the 5.00 shipping was kept. The customer kept nothing: no sale, no customer.
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 20 });
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.refunds.refundedAmount).toBeCloseTo(19.44, 9);
	});

	it('a refund of exactly the shipping, below the items and their tax, leaves the items sold', async () => {
		const { result } = await importOrdersText(
			SHOPIFY +
				'#1007,a@x.com,partially_refunded,USD,18.00,5.00,1.44,24.44,,0.00,2023-06-03 12:00:00 -0400,1,Teapot,18.00,,5.00\n'
		);
		// 5.00 is the shipping to the cent: the 18.00 of sales stand (items first would leave
		// 18.00 − 5.00 × 18.00 / 19.44 = 13.37).
		expect(result.columns.amount[0]).toBeCloseTo(18, 9);
	});

	it('without such a status (WooCommerce), a refund the size of the shipping still comes off the items', async () => {
		const { result, report } = await importOrdersText(
			'Order Number,Order Date,Order Status,Customer Email,Order Subtotal Amount,Order Shipping Amount,Order Total Tax Amount,Order Total Amount,Order Refund Amount\n' +
				'101,2023-06-03 12:00:00,completed,a@x.com,10.00,5.00,0.00,15.00,5.00\n'
		);
		// Nothing says the 5.00 was the shipping rather than half the 10.00 of items: items first,
		// 10.00 − 5.00 = 5.00 of sales kept.
		expect(result.columns.amount[0]).toBeCloseTo(5, 9);
		expect(report.revenueBreakdown?.refunds).toBeCloseTo(5, 9);
	});

	it('a refund below the items and their tax still takes them first', async () => {
		const { result } = await importOrdersText(
			SHOPIFY +
				'#1005,a@x.com,partially_refunded,USD,18.00,5.00,1.44,24.44,,0.00,2023-06-03 12:00:00 -0400,1,Teapot,18.00,,9.72\n'
		);
		// 9.72 is half of the 19.44 of items and tax: half the 18.00 of sales, 9.00, is left.
		expect(result.columns.amount[0]).toBeCloseTo(9, 9);
	});
});

describe('a till sale refunded in full is out of the order totals charged, as one its status refunds', () => {
	const TILL = 'Date,Order ID,Customer ID,Total\n';
	it.each([
		[
			'by a refund row of its id, at once',
			'2024-03-10,T3,C1,15.00\n2024-03-10,T3,C1,-15.00\n2024-03-11,T4,C2,20.00\n'
		],
		[
			'by a refund row of its id, days later',
			'2024-03-10,T3,C1,15.00\n2024-03-11,T4,C2,20.00\n2024-03-13,T3,C1,-15.00\n'
		],
		[
			'by two return rows of other ids',
			'2024-03-10,T3,C1,15.00\n2024-03-11,T4,C2,20.00\n2024-03-12,R1,C1,-10.00\n2024-03-13,R2,C1,-5.00\n'
		]
	])('%s', async (_, rows) => {
		const { report } = await importOrdersText(TILL + rows);
		// Only T4 is kept: 20.00 charged (before, T3's 15.00 too).
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 20 });
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.revenueBreakdown).toMatchObject({ totalCharged: 20, returns: 0, netSales: 20 });
	});

	it('by its status (as before)', async () => {
		const { report } = await importOrdersText(
			'order_id,customer_id,order_date,total,status\n1,a,2024-01-05,15.00,refunded\n2,b,2024-01-06,20.00,paid\n'
		);
		expect(report.revenueBreakdown).toMatchObject({ totalCharged: 20, netSales: 20 });
	});

	it('a part refunded keeps the whole total charged (before refunds)', async () => {
		const { report } = await importOrdersText(
			TILL + '2024-03-10,T3,C1,15.00\n2024-03-11,T4,C2,20.00\n2024-03-13,T3,C1,-5.00\n'
		);
		expect(report.revenueBreakdown).toMatchObject({ totalCharged: 35, netSales: 30 });
	});
});
