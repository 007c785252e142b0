import { describe, expect, it } from 'vitest';
import { importOrdersText as importText } from './test-support';

// A shop's own export: each row an order, a refund a row of its own (its own id, a negative
// total) a few days after the order it gives money back for. Ann: 1001 (100), 30 of it back,
// then 1003 (80). Ben: 1002 (50), 20 of it back. Cleo: a refund of nothing the file has.
const HEADER = 'order_id,email,date,total';
const ROWS = [
	'1001,ann@example.com,2024-01-05,100.00',
	'1002,ben@example.com,2024-01-06,50.00',
	'R1001,ann@example.com,2024-01-08,-30.00',
	'R1002,ben@example.com,2024-01-09,-20.00',
	'R9,cleo@example.com,2024-01-10,-20.00',
	'1003,ann@example.com,2024-02-01,80.00'
];
const file = (rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const by = (order: number[]) => order.map((i) => ROWS[i]);

describe('returns read before the orders they give money back for', () => {
	it.each([
		['oldest first', by([0, 1, 2, 3, 4, 5])],
		// (Shopify, WooCommerce and most back offices list the newest first.)
		['newest first', by([5, 4, 3, 2, 1, 0])],
		['in no order', by([3, 5, 2, 0, 4, 1])],
		['by order id, each refund after its order', by([0, 2, 1, 3, 5, 4])]
	])('are taken off them all the same, %s', async (_, rows) => {
		const { report, result } = await importText(file(rows));
		// (Read in byte ranges, as a large file is, the same.)
		expect((await importText(file(rows), 3)).report.revenue).toBeCloseTo(report.revenue, 2);
		// Hand-worked: 100 − 30 + 50 − 20 + 80 = 180; Cleo's 20 is a refund of no order, counted apart.
		expect(report.revenue).toBeCloseTo(180, 2);
		expect(report.ordersKept).toBe(3);
		expect(report.customers).toBe(2);
		expect(report.refunds.negativeRowsNetted.count).toBe(2);
		expect(report.skipped.refundWithoutOrder?.count).toBe(1);
		expect(report.revenueBreakdown).toMatchObject({ returns: 50 });
		// Each return comes off its own order: Ann's first 70, Ben's 30, Ann's second 80 as bought.
		const amountOf = new Map<string, number>();
		for (let i = 0; i < result.columns.count; i++) amountOf.set(result.orderIds!.get(i), result.columns.amount[i]);
		expect(Object.fromEntries(amountOf)).toEqual({ '1001': 70, '1002': 30, '1003': 80 });
	});

	it('with its own order after it in time, a return still has none', async () => {
		// Dan's refund is dated before his only order: it cannot be of it, whatever the rows' order.
		for (const rows of [
			['2001,dan@example.com,2024-03-01,40.00', 'R2001,dan@example.com,2024-02-20,-10.00'],
			['R2001,dan@example.com,2024-02-20,-10.00', '2001,dan@example.com,2024-03-01,40.00']
		]) {
			const { report } = await importText(file(rows));
			expect(report.revenue).toBeCloseTo(40, 2);
			expect(report.skipped.refundWithoutOrder?.count).toBe(1);
			expect(report.refunds.negativeRowsNetted.count).toBe(0);
		}
	});
});
