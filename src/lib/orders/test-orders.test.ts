import { describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import type { ImportReport } from './report';
import { awaitsPayment } from './status';
import { isTestOrder, testOrderColumns } from './test-orders';
import { headline, importOrderTexts, importOrdersText, rangesOf, sampleOf, sourceOf, TEST_TODAY } from './test-support';

/** Shopify's orders export header, as it writes it. */
const SHOPIFY_HEADER =
	'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References';
const COLUMNS = SHOPIFY_HEADER.split(',');

/** A Shopify export row: the named cells filled, the others empty (quoted where they hold a comma). */
function shopifyRow(cells: Record<string, string>): string {
	return COLUMNS.map((name) => {
		const value = cells[name] ?? '';
		return value.includes(',') ? `"${value}"` : value;
	}).join(',');
}

/** An order's first row: its order-level cells (status, money, payment method, tags) and its first line. */
function order(
	name: string,
	email: string,
	status: string,
	subtotal: string,
	extra: Record<string, string> = {}
): string {
	return shopifyRow({
		Name: name,
		Email: email,
		'Financial Status': status,
		Currency: 'EUR',
		Subtotal: subtotal,
		Shipping: '5.00',
		Taxes: '0.00',
		Total: (Number(subtotal) + 5).toFixed(2),
		'Discount Amount': '0.00',
		'Created at': '2024-03-01 10:00:00 +0100',
		'Lineitem quantity': '1',
		'Lineitem name': 'Tea',
		'Lineitem price': subtotal,
		'Payment Method': 'Shopify Payments',
		...extra
	});
}

/** A further line of an order (Shopify leaves the order-level cells empty; `status` repeats it, as some exports do). */
function line(name: string, email: string, status = ''): string {
	return shopifyRow({
		Name: name,
		Email: email,
		'Financial Status': status,
		'Created at': '2024-03-01 10:00:00 +0100',
		'Lineitem quantity': '1',
		'Lineitem name': 'Cup',
		'Lineitem price': '10.00'
	});
}

// Hand-worked: each order's sales are its subtotal (no discount; shipping 5.00 apart).
const SHOPIFY =
	[
		SHOPIFY_HEADER,
		// Paid, two lines: 30.00.
		order('#1001', 'anna@example.com', 'paid', '30.00'),
		line('#1001', 'anna@example.com'),
		// The test gateway, two lines: a test order of 40.00, not counted.
		order('#1002', 'ben@example.com', 'paid', '40.00', { 'Payment Method': 'bogus' }),
		line('#1002', 'ben@example.com'),
		// Tagged "test" among other tags: a test order of 25.00.
		order('#1003', 'carl@example.com', 'paid', '25.00', { Tags: 'VIP, test' }),
		// Pending (cash on delivery), its status repeated on its second line: one order kept, 50.00.
		order('#1004', 'dora@example.com', 'pending', '50.00', { 'Payment Method': 'Cash on Delivery (COD)' }),
		line('#1004', 'dora@example.com', 'pending'),
		// Authorized: 20.00, kept, payment not complete.
		order('#1005', 'eve@example.com', 'authorized', '20.00'),
		// Partially paid: 60.00, kept, payment not complete.
		order('#1006', 'anna@example.com', 'partially_paid', '60.00'),
		// Tags that only contain "test", and a gateway named with another: real orders (15.00, 10.00).
		order('#1007', 'frank@example.com', 'paid', '15.00', { Tags: 'test-drive, tested' }),
		order('#1008', 'gus@example.com', 'paid', '10.00', { 'Payment Method': 'gift_card + bogus' }),
		// Voided, through the test gateway: a test order (not a cancelled one), with no sales.
		order('#1009', 'hal@example.com', 'voided', '70.00', { 'Payment Method': 'Bogus Gateway' })
	].join('\n') + '\n';

// WooCommerce's orders export (as tests/fixtures/orders/woocommerce_orders.csv). Sales: the total
// less shipping.
const WOO =
	'order_id,order_number,order_date,status,shipping_total,order_total,order_currency,customer_id,billing_email,billing_country,payment_method\n' +
	'601,601,2024-03-01 12:00:00,wc-completed,5.00,55.00,USD,12,jane@shop.test,US,stripe\n' +
	'602,602,2024-03-02 12:00:00,wc-on-hold,0.00,30.00,USD,13,mike@shop.test,US,bacs\n' +
	// Pending payment: no purchase at all (unpaid), not kept.
	'603,603,2024-03-03 12:00:00,wc-pending,0.00,20.00,USD,14,tom@shop.test,US,bacs\n' +
	'604,604,2024-03-04 12:00:00,on-hold,0.00,12.50,USD,15,lina@shop.test,CA,cheque\n' +
	// A gateway named "bogus" says nothing in a WooCommerce export: a sale.
	'605,605,2024-03-05 12:00:00,wc-completed,0.00,8.00,USD,16,olga@shop.test,CA,bogus\n';

interface Case {
	name: string;
	text: string;
	orders: number;
	revenue: number;
	lineItemRows: number;
	cancelled: number;
	unpaid: number;
	/** Test orders left out: count, sales and order numbers (absent: none). */
	test?: { count: number; sales: number; ids: string[] };
	/** Orders kept while payment was not complete (absent: none). */
	awaiting?: { count: number; sales: number; ids: string[] };
}

const CASES: Case[] = [
	{
		name: 'Shopify',
		text: SHOPIFY,
		// #1001 30 + #1004 50 + #1005 20 + #1006 60 + #1007 15 + #1008 10
		orders: 6,
		revenue: 185,
		// #1001, #1002 and #1004's second lines
		lineItemRows: 3,
		cancelled: 0,
		unpaid: 0,
		// #1002 40 + #1003 25 + #1009 0 (voided)
		test: { count: 3, sales: 65, ids: ['#1002', '#1003', '#1009'] },
		// #1004 50 + #1005 20 + #1006 60
		awaiting: { count: 3, sales: 130, ids: ['#1004', '#1005', '#1006'] }
	},
	{
		name: 'WooCommerce',
		text: WOO,
		// 601 50 + 602 30 + 604 12.50 + 605 8
		orders: 4,
		revenue: 100.5,
		lineItemRows: 0,
		cancelled: 0,
		unpaid: 1,
		// 602 30 + 604 12.50
		awaiting: { count: 2, sales: 42.5, ids: ['602', '604'] }
	}
];

function ids(tally: { examples: { value?: string }[] } | undefined): string[] {
	return (tally?.examples ?? []).map((ref) => ref.value ?? '');
}

/** The file read in `count` byte ranges, with whether they were merged (not read whole again). */
async function ranged(text: string, count: number): Promise<{ report: ImportReport; merged: boolean }> {
	const bytes = new TextEncoder().encode(text);
	const { plan } = inspectSample(sampleOf('orders.csv', bytes));
	const timings = { mergeMs: 0, merged: false };
	const result = await runImport([{ ...sourceOf(bytes, plan), ranges: rangesOf(bytes, count, TEST_TODAY) }], {
		today: TEST_TODAY,
		timings
	});
	if (result.kind !== 'orders') throw new Error('expected orders');
	return { report: result.report, merged: timings.merged };
}

describe('test orders and orders kept while payment was not complete', () => {
	it.each(CASES)('$name: counted by hand', async (c) => {
		const { report } = await importOrdersText(c.text);
		expect(headline(report).orders).toBe(c.orders);
		expect(report.revenue).toBeCloseTo(c.revenue, 2);
		expect(report.lineItemRows).toBe(c.lineItemRows);
		expect(report.cancelled.count).toBe(c.cancelled);
		expect(report.unpaid.count).toBe(c.unpaid);
		if (c.test) {
			expect(report.testOrders?.orders.count).toBe(c.test.count);
			expect(report.testOrders?.sales).toBeCloseTo(c.test.sales, 2);
			expect(ids(report.testOrders?.orders)).toEqual(c.test.ids);
		} else expect(report.testOrders).toBeUndefined();
		if (c.awaiting) {
			expect(report.awaitingPayment?.orders.count).toBe(c.awaiting.count);
			expect(report.awaitingPayment?.sales).toBeCloseTo(c.awaiting.sales, 2);
			expect(ids(report.awaitingPayment?.orders)).toEqual(c.awaiting.ids);
		} else expect(report.awaitingPayment).toBeUndefined();
	});

	it.each(CASES.flatMap((c) => [2, 3, 5].map((count) => ({ ...c, count }))))(
		'$name in $count byte ranges: the same report as read whole',
		async (c) => {
			const whole = await importOrdersText(c.text);
			const { report, merged } = await ranged(c.text, c.count);
			expect(merged).toBe(true);
			expect(report).toEqual(whole.report);
		}
	);
});

describe('isTestOrder: only unambiguous evidence', () => {
	const columns = testOrderColumns(COLUMNS)!;
	it.each([
		{ method: 'bogus', tags: '', test: true },
		{ method: 'Bogus', tags: '', test: true },
		{ method: ' Bogus Gateway ', tags: '', test: true },
		{ method: '(for testing) Bogus Gateway', tags: '', test: true },
		{ method: 'Shopify Payments', tags: 'test', test: true },
		{ method: 'Shopify Payments', tags: 'wholesale, Test ,vip', test: true },
		{ method: 'Shopify Payments', tags: '', test: false },
		{ method: 'gift_card + bogus', tags: '', test: false },
		{ method: 'bogus payments ltd', tags: '', test: false },
		{ method: 'manual', tags: 'tested, test-drive, A/B test, testing', test: false },
		{ method: '', tags: 'contest', test: false }
	])('Payment Method “$method”, Tags “$tags”: $test', ({ method, tags, test }) => {
		const fields = COLUMNS.map(() => '');
		fields[columns.paymentMethod] = method;
		fields[columns.tags] = tags;
		expect(isTestOrder(fields, columns)).toBe(test);
	});

	it('finds neither column in an export without them', () => {
		expect(testOrderColumns(['Name', 'Email', 'Financial Status', 'Total'])).toBeNull();
	});
});

describe('awaitsPayment: kept orders whose payment was not complete', () => {
	it.each([
		{ layout: 'shopify', status: 'pending', awaits: true },
		{ layout: 'shopify', status: 'authorized', awaits: true },
		{ layout: 'shopify', status: 'partially_paid', awaits: true },
		{ layout: 'shopify', status: 'paid', awaits: false },
		{ layout: 'shopify', status: 'partially_refunded', awaits: false },
		// No purchase at all (unpaid), not a kept one.
		{ layout: 'shopify', status: 'unpaid', awaits: false },
		{ layout: 'woocommerce', status: 'wc-on-hold', awaits: true },
		{ layout: 'woocommerce', status: 'On hold', awaits: true },
		{ layout: 'woocommerce', status: 'In de wacht', awaits: true },
		{ layout: 'woocommerce', status: 'На удержании', awaits: true },
		{ layout: 'woocommerce', status: 'Aizturēts', awaits: true },
		{ layout: 'woocommerce', status: '保留', awaits: true },
		{ layout: 'woocommerce', status: 'Pabeigts', awaits: false },
		{ layout: 'woocommerce', status: 'wc-pending', awaits: false },
		{ layout: 'woocommerce', status: 'wc-processing', awaits: false },
		// Mollie's "authorized" is no sale yet (unpaid): not kept.
		{ layout: 'mollie', status: 'authorized', awaits: false },
		{ layout: 'generic', status: 'Pending shipment', awaits: false }
	] as const)('$layout “$status”: $awaits', ({ layout, status, awaits }) => {
		expect(awaitsPayment(layout, status)).toBe(awaits);
	});
});

describe('exports that overlap', () => {
	const first = [
		SHOPIFY_HEADER,
		order('#1004', 'dora@example.com', 'pending', '50.00'),
		order('#1002', 'ben@example.com', 'paid', '40.00', { 'Payment Method': 'bogus' }),
		order('#1005', 'eve@example.com', 'authorized', '20.00')
	];
	const second = [
		SHOPIFY_HEADER,
		// Paid since: no longer awaiting payment.
		order('#1004', 'dora@example.com', 'paid', '50.00'),
		// The same test order again: a duplicate, not a second test order.
		order('#1002', 'ben@example.com', 'paid', '40.00', { 'Payment Method': 'bogus' }),
		// Still authorized: still awaiting.
		order('#1005', 'eve@example.com', 'authorized', '20.00'),
		order('#1010', 'ida@example.com', 'paid', '20.00')
	];

	it('count a test order once, and an order paid since as paid', async () => {
		const { report } = await importOrderTexts(first.join('\n') + '\n', second.join('\n') + '\n');
		// #1004 50 + #1005 20 + #1010 20
		expect(headline(report)).toEqual({ orders: 3, customers: 3, revenue: 90 });
		expect(report.duplicates.count).toBe(3);
		expect(report.testOrders?.orders.count).toBe(1);
		expect(report.testOrders?.sales).toBe(40);
		expect(report.awaitingPayment?.orders.count).toBe(1);
		expect(report.awaitingPayment?.sales).toBe(20);
		expect(ids(report.awaitingPayment?.orders)).toEqual(['#1005']);
	});
});

describe('a file of test orders alone', () => {
	it('is refused with a message that says they are test orders', async () => {
		const text =
			[
				SHOPIFY_HEADER,
				order('#1001', 'anna@example.com', 'paid', '30.00', { 'Payment Method': 'bogus' }),
				order('#1002', 'ben@example.com', 'paid', '40.00', { Tags: 'test' })
			].join('\n') + '\n';
		const error = await importOrdersText(text).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ImportError);
		expect((error as ImportError).code).toBe('noOrders');
		expect((error as ImportError).params).toMatchObject({ testOrders: 2, cancelled: 0 });
	});
});
