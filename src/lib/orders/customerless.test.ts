import { describe, expect, it } from 'vitest';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import {
	copiesOf,
	importOrdersText as importText,
	importOrderTexts,
	rangesOf,
	sampleOf,
	sourceOf,
	TEST_TODAY,
	headline
} from './test-support';

// A till's item rows, an amount each: Alice's and Bob's sales name them, two sales name no one
// (one of two items), and one sale with no customer was voided.
const TILL =
	'Date,Item,Qty,Item Total,Transaction ID,Status,Customer ID,Customer Name\n' +
	'2024-01-05,Latte,1,4.50,T1,Completed,C-ALICE,Alice Wong\n' +
	'2024-01-05,Latte,1,4.50,T2,Completed,,\n' +
	'2024-01-09,Cold Brew,1,4.50,T3,Completed,C-BOB,Bob Li\n' +
	'2024-01-12,Bagel,1,3.00,T4,Completed,,\n' +
	'2024-01-12,Latte,1,4.50,T4,Completed,,\n' +
	'2024-01-15,Mocha,1,5.00,T5,Voided,,\n' +
	'2024-02-01,Latte,1,4.50,T6,Completed,C-ALICE,Alice Wong\n';

// An orders export with net sales apart from tax and shipping: the guest's order counts at its subtotal.
const ORDERS =
	'Order ID,Customer Email,Order Date,Subtotal,Shipping,Tax,Total,Status\n' +
	'1001,anna@example.com,2024-03-01,100.00,5.00,21.00,126.00,completed\n' +
	'1002,,2024-03-02,40.00,5.00,8.40,53.40,completed\n' +
	'1003,,2024-03-03,60.00,0.00,12.60,72.60,cancelled\n' +
	'1004,,2024-03-04,20.00,0.00,4.20,24.20,refunded\n' +
	'1005,anna@example.com,2024-03-05,30.00,0.00,6.30,36.30,completed\n';

// UCI-style line items: quantity × unit price, a quarter of the rows with no CustomerID.
const LINES =
	'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n' +
	'536365,85123A,HEART HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom\n' +
	'536366,22633,HAND WARMER,6,12/1/2010 8:28,1.85,,United Kingdom\n' +
	'536366,22632,HAND WARMER RED,4,12/1/2010 8:28,2.10,,United Kingdom\n' +
	'536367,84879,BIRD ORNAMENT,32,12/1/2010 8:34,1.69,13047,United Kingdom\n';

describe('the sales of rows with no customer', () => {
	it.each([
		// Hand-worked: T2 4.50 + T4 (3.00 + 4.50); the voided T5 is no sale.
		['item rows of a till', TILL, 12, { orders: 3, customers: 2, revenue: 13.5 }],
		// 1002 at its subtotal 40.00; 1003 cancelled and 1004 refunded are no sales.
		['orders with subtotal, tax and shipping', ORDERS, 40, { orders: 2, customers: 1, revenue: 130 }],
		// 6 × 1.85 + 4 × 2.10 = 11.10 + 8.40.
		['line items of quantity and unit price', LINES, 19.5, { orders: 2, customers: 2, revenue: 69.38 }],
		// UCI's "Adjust bad debt" (StockCode B) writes 11,062.06 off: no sale (QA: said to be sales).
		[
			'line items beside a bad-debt adjustment',
			LINES + 'A563185,B,Adjust bad debt,1,8/12/2011 14:50,11062.06,,United Kingdom\n',
			19.5,
			{ orders: 2, customers: 2, revenue: 69.38 }
		]
	])('are summed and said, apart from the figures: %s', async (_, text, sales, figures) => {
		const { report } = await importText(text);
		expect(report.customerlessSales).toBeCloseTo(sales, 2);
		expect(report.skipped.missingCustomer?.count).toBeGreaterThan(0);
		expect(headline(report)).toEqual(figures);
	});

	it('are absent from the report when every row names its customer', async () => {
		const { report } = await importText(
			TILL.split('\n')
				.filter((row) => !row.includes(',,'))
				.join('\n') + '\n'
		);
		expect(report.customerlessSales).toBeUndefined();
	});

	it('are the same read whole and in byte ranges', async () => {
		const big = copiesOf(TILL, 400, (row, copy) => row.replace(/,T(\d)/, `,T${copy}-$1`));
		const whole = await importText(big);
		const ranged = await importText(big, 3);
		expect(whole.report.customerlessSales).toBeCloseTo(400 * 12, 2);
		expect(ranged.report.customerlessSales).toBeCloseTo(400 * 12, 2);
		expect(ranged.report.skipped.missingCustomer?.count).toBe(whole.report.skipped.missingCustomer?.count);
	});
});

describe('rows with no customer that hold no sale', () => {
	it.each([
		// A totals row at the end of the file has no date: not a sale of its own.
		[
			'a totals row',
			'Order ID,Customer Email,Order Date,Total\n1001,a@x.com,2024-03-01,30.00\n1002,b@x.com,2024-03-02,50.00\nTotal,,,80.00\n',
			undefined
		],
		// A guest's refund row nets into no order: the guest's sale of 5 stays said.
		[
			'a guest’s refund row',
			'Date,Customer ID,Transaction ID,Amount\n2024-01-05,C1,T1,10\n2024-01-06,,T2,5\n2024-01-07,,T3,-5\n',
			5
		]
	])('%s is not counted', async (_, text, sales) => {
		const { report } = await importText(text);
		expect(report.customerlessSales).toBe(sales);
	});

	it('do not keep a file’s byte ranges from being merged', async () => {
		const big = copiesOf(TILL, 400, (row, copy) => row.replace(/,T(\d)/, `,T${copy}-$1`));
		const bytes = new TextEncoder().encode(big);
		const { plan } = inspectSample(sampleOf('till.csv', bytes));
		const timings = { mergeMs: 0, merged: false };
		await runImport([{ ...sourceOf(bytes, plan, 4096), ranges: rangesOf(bytes, 3, TEST_TODAY) }], {
			today: TEST_TODAY,
			timings
		});
		expect(timings.merged).toBe(true);
	});
});

/** Files imported together, as the worker imports several files chosen at once. */

// One row per product, each with its order's total: the guest's order 1002 has two rows, apart.
const BY_PRODUCT =
	'Order ID,Customer Email,Order Date,Product,Total\n' +
	'1001,anna@example.com,2024-03-01,Mug,30.00\n' +
	'1002,,2024-03-02,Mug,40.00\n' +
	'1003,bob@example.com,2024-03-03,Mug,20.00\n' +
	'1002,,2024-03-02,Tea,40.00\n' +
	'1004,,2024-03-04,Tea,15.00\n';

describe('a customerless order read more than once', () => {
	it('counts once where its total is on rows apart', async () => {
		// Hand-worked: 1002 at 40.00 once, 1004 at 15.00.
		const { report } = await importText(BY_PRODUCT);
		expect(report.customerlessSales).toBeCloseTo(55, 2);
	});

	it('counts once in overlapping files of order totals', async () => {
		const later = 'Order ID,Customer Email,Order Date,Total\n1002,,2024-03-02,40.00\n1005,,2024-03-05,8.00\n';
		// 40.00 + 15.00 from the first file, 8.00 from the second (its 1002 is the same order).
		expect((await importOrderTexts(BY_PRODUCT, later)).report.customerlessSales).toBeCloseTo(63, 2);
	});

	it('counts its lines once in overlapping files of line items, and each line of the file', async () => {
		const later = TILL.split('\n').slice(0, 1).join('\n') + '\n2024-01-12,Bagel,1,3.00,T4,Completed,,\n';
		// T2 4.50 and T4's two lines (3.00 + 4.50), from the first file; the second file's T4 is a copy.
		expect((await importOrderTexts(TILL, later)).report.customerlessSales).toBeCloseTo(12, 2);
	});

	it('counts not at all where another file has the order with its customer, either file first', async () => {
		// A later export, where 1002's guest was matched to an account: the order is bo's.
		const matched = 'Order ID,Customer Email,Order Date,Total\n1002,bo@example.com,2024-03-02,40.00\n';
		for (const files of [
			[BY_PRODUCT, matched],
			[matched, BY_PRODUCT]
		]) {
			const { report } = await importOrderTexts(...files);
			// Hand-worked: 1004's 15.00 alone is customerless; 1002 is bo's 40.00 beside anna's 30.00 and bob's 20.00.
			expect(report.customerlessSales).toBeCloseTo(15, 2);
			expect([report.customers, report.revenue]).toEqual([3, 90]);
		}
	});

	it('is the same read whole and in byte ranges', async () => {
		// Each copy's guest order 1002 has its rows apart, and a later copy repeats copy 0's guest order.
		const body = copiesOf(BY_PRODUCT, 400, (row, copy) => row.replace(/^10/, `${copy}-10`));
		const big = body + '0-1002,,2024-03-02,Tea,40.00\n';
		const whole = await importText(big);
		expect(whole.report.customerlessSales).toBeCloseTo(400 * 55, 2);
		const bytes = new TextEncoder().encode(big);
		const timings = { mergeMs: 0, merged: false };
		const ranged = await runImport(
			[{ ...sourceOf(bytes, whole.plan, 4096), ranges: rangesOf(bytes, 3, TEST_TODAY) }],
			{ today: TEST_TODAY, timings }
		);
		// (Merged from the ranges, not read again whole.)
		expect(timings.merged).toBe(true);
		expect(ranged.report.customerlessSales).toBeCloseTo(400 * 55, 2);
	});
});

describe('customerless orders that reuse an id on another day', () => {
	it('count each, in one file of order totals and across files', async () => {
		const text =
			'Order ID,Customer Email,Order Date,Total\n1,,2024-03-01,10.00\n2,ann@example.com,2024-03-05,5.00\n1,,2024-03-08,20.00\n';
		expect((await importText(text)).report.customerlessSales).toBeCloseTo(30, 2);
		const later = 'Order ID,Customer Email,Order Date,Total\n1002,,2024-06-20,55.00\n';
		// BY_PRODUCT's 1002 (40.00) on 2 March and 1004 (15.00); the later file's 1002 is another order.
		expect((await importOrderTexts(BY_PRODUCT, later)).report.customerlessSales).toBeCloseTo(110, 2);
	});

	it('count each in overlapping till files when their days differ', async () => {
		const header = TILL.split('\n')[0];
		const later = `${header}\n2024-02-10,Latte,1,4.50,T2,Completed,,\n`;
		// TILL's 12.00, and T2 again on another day: another sale.
		expect((await importOrderTexts(TILL, later)).report.customerlessSales).toBeCloseTo(16.5, 2);
	});
});
