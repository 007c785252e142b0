import { describe, expect, it } from 'vitest';
import { copiesOf, importOrdersText } from './test-support';

async function importText(text: string, ranges = 1) {
	return (await importOrdersText(text, ranges)).result;
}

/** Each order's products, by order id. */
function productsById(result: Awaited<ReturnType<typeof importText>>) {
	const items = result.items!;
	return Object.fromEntries(
		Array.from({ length: result.columns.count }, (_, i) => [
			result.orderIds!.get(i),
			[...items.product.subarray(items.start[i], items.start[i + 1])].map((p) => items.values[p])
		])
	);
}

describe('an export of line items, each row with its order’s total, sorted by product', () => {
	// Squarespace's orders export sorted in a spreadsheet by "Lineitem name": an order's rows apart.
	const text =
		'Order ID,Email,Created at,Lineitem name,Subtotal,Shipping,Taxes,Total\n' +
		'101,alice@example.com,2024-01-05,Beeswax Wrap,50.00,5.00,4.00,59.00\n' +
		'102,bob@example.com,2024-01-09,Candle,25.00,5.00,2.00,32.00\n' +
		'101,alice@example.com,2024-01-05,Linen Tote,50.00,5.00,4.00,59.00\n' +
		'103,alice@example.com,2024-02-01,Soap,30.00,0.00,2.40,32.40\n' +
		'102,bob@example.com,2024-01-09,Wick Trimmer,25.00,5.00,2.00,32.00\n';

	it('counts each order once, its other rows as its line items, not as duplicate orders', async () => {
		const result = await importText(text);
		expect(result.report.ordersKept).toBe(3);
		expect(result.report.duplicates.count).toBe(0);
		expect(result.report.lineItemRows).toBe(2);
		// Hand-worked: the subtotals, 50 + 25 + 30.
		expect(result.report.revenue).toBeCloseTo(105, 2);
		expect(productsById(result)).toEqual({
			'101': ['Beeswax Wrap', 'Linen Tote'],
			'102': ['Candle', 'Wick Trimmer'],
			'103': ['Soap']
		});
	});

	it('still counts a row seen twice in a file of one row per order as a duplicate', async () => {
		const result = await importText(
			'Order ID,Email,Created at,Total\n101,a@x.io,2024-01-05,59.00\n102,b@x.io,2024-01-09,32.00\n101,a@x.io,2024-01-05,59.00\n'
		);
		expect(result.report.ordersKept).toBe(2);
		expect(result.report.duplicates).toEqual({ count: 1, examples: [{ file: 0, row: 4, value: '101' }] });
	});
});

describe('an order that is no sale, its rows apart from each other', () => {
	// An order total on each row and a product column, sorted by product: order 102 refunded, 104
	// cancelled, each on three rows; 105's rows are items with their own amounts.
	const totals =
		'Order ID,Email,Created at,Lineitem name,Financial Status,Cancelled at,Total\n' +
		'101,alice@example.com,2024-01-05,Beeswax Wrap,paid,,59.00\n' +
		'102,bob@example.com,2024-01-09,Beeswax Wrap,refunded,,20.00\n' +
		'104,carol@example.com,2024-01-11,Beeswax Wrap,paid,2024-01-12,30.00\n' +
		'102,bob@example.com,2024-01-09,Candle,refunded,,20.00\n' +
		'104,carol@example.com,2024-01-11,Candle,paid,2024-01-12,30.00\n' +
		'101,alice@example.com,2024-01-05,Linen Tote,paid,,59.00\n' +
		'102,bob@example.com,2024-01-09,Soap,,,\n' +
		'104,carol@example.com,2024-01-11,Soap,,,\n';

	it('is counted once, with its refund once, and its other rows are its lines', async () => {
		const { report } = await importText(totals);
		expect(report.ordersKept).toBe(1);
		expect(report.revenue).toBe(59);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.refunds.refundedAmount).toBe(20);
		expect(report.cancelled.count).toBe(1);
		expect(report.lineItemRows).toBe(5);
		expect(report.skipped).toEqual({});
	});

	it('where each row is an item’s amount, the refund is the sum of its rows', async () => {
		const { report } = await importText(
			'Order ID,Email,Created at,Lineitem name,Line Total,Status\n' +
				'105,dan@example.com,2024-01-15,Candle,12.00,refunded\n' +
				'101,alice@example.com,2024-01-05,Candle,10.00,completed\n' +
				'105,dan@example.com,2024-01-15,Soap,8.00,refunded\n'
		);
		expect(report.revenue).toBe(10);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.refunds.refundedAmount).toBe(20);
	});

	it('is read the same in byte ranges', async () => {
		const many = copiesOf(totals, 12);
		const whole = await importText(many);
		const ranged = await importText(many, 3);
		expect(whole.report.cancelled.count).toBe(12);
		expect(whole.report.refunds.fullyRefunded.count).toBe(12);
		expect(ranged.report).toEqual(whole.report);
	});
});
