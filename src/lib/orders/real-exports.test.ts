import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoFromDay } from '$lib/format/date';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import {
	copiesOf,
	headline,
	importOrderTexts,
	importOrdersBytes,
	importOrdersText,
	sampleOf,
	sourceOf
} from './test-support';

// Real exports found wrong by a review of this round (each with hand-worked figures).

describe('WooCommerce’s Customer/Order/Coupon Export (SkyVerge)', () => {
	it('takes each order’s refunded_total off it: a partly refunded order counts at its net value', async () => {
		const { plan, report } = await importOrdersText(
			'order_id,order_number,order_date,status,shipping_total,tax_total,discount_total,order_total,refunded_total,order_currency,customer_id,billing_email\n' +
				'1001,1001,2024-03-01 10:00:00,completed,5.00,3.00,0.00,48.00,0.00,USD,12,ann@x.com\n' +
				'1006,1006,2024-03-06 10:00:00,completed,0.00,0.00,5.00,45.00,10.00,USD,12,ann@x.com\n' +
				'1007,1007,2024-03-07 10:00:00,completed,0.00,0.00,0.00,20.00,20.00,USD,14,bo@x.com\n'
		);
		expect(plan.mapping.refundedAmount).toBe(8);
		// Hand-worked, net sales (tax and shipping apart): 48.00 − 5.00 − 3.00 = 40.00, and
		// 45.00 − 10.00 = 35.00; Bo's 20.00 refunded in full, and Bo no customer.
		expect(headline(report)).toEqual({ orders: 2, customers: 1, revenue: 75 });
		expect(report.revenueBreakdown).toMatchObject({ refunds: 10, tax: 3, shipping: 5 });
		expect(report.refunds.partlyRefunded.count).toBe(1);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.refunds.refundedAmount).toBeCloseTo(30, 2);
	});
});

describe('PrestaShop’s orders list, with its default statuses', () => {
	it('leaves out orders awaiting a bank wire or a cheque, and failed payments', async () => {
		const { report } = await importOrdersText(
			'ID;Reference;New client;Delivery;Customer;Total;Payment;Status;Date\n' +
				'1;XKBKNABJK;Yes;France;J. DOE;€47.80;Bank wire;Awaiting bank wire payment;2024-03-10 23:15:00\n' +
				'2;OHSATSERP;No;France;J. DOE;€61.80;Payments by check;Awaiting check payment;2024-03-11 10:00:00\n' +
				'3;QPCHYKHXR;Yes;France;A. SMITH;€120.00;Stripe;Payment accepted;2024-03-12 10:00:00\n' +
				'4;FFATNOMMJ;No;France;A. SMITH;€30.00;Stripe;Payment error;2024-03-13 10:00:00\n' +
				'5;UOYEVOLIS;Yes;France;B. KING;€1,030.00;Stripe;Delivered;2024-03-14 10:00:00\n' +
				'6;KHWLILZLL;No;France;B. KING;€20.00;Stripe;Canceled;2024-03-15 10:00:00\n' +
				'7;ZZZLILZLL;No;France;B. KING;€20.00;Stripe;Refunded;2024-03-16 10:00:00\n',
			1,
			'orders_2024.csv'
		);
		// Hand-worked: A. Smith's 120.00 and B. King's 1,030.00; J. Doe never paid.
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 1150 });
		expect(report.unpaid.count).toBe(2);
		expect(report.cancelled.count).toBe(2);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.warnings.map((w) => w.code)).not.toContain('unknownStatuses');
	});
});

describe('amounts written with the Indian digit grouping (lakhs and crores)', () => {
	it('are read whole, not skipped', async () => {
		const { report } = await importOrdersText(
			'Order ID,Customer Email,Order Date,Total\n' +
				'1,a@x.com,2024-01-05,"1,23,456.00"\n' +
				'2,b@x.com,2024-01-06,"12,345.00"\n' +
				'3,a@x.com,2024-02-05,"999.00"\n' +
				'4,c@x.com,2024-02-06,"₹10,00,000.00"\n'
		);
		// 123,456 + 12,345 + 999 + 1,000,000.
		expect(headline(report)).toEqual({ orders: 4, customers: 3, revenue: 1136800 });
		expect(report.skipped).toEqual({});
	});
});

describe('Latvian dates, closed with a dot', () => {
	it('are read as dates ("05.01.2024.")', async () => {
		const { report } = await importOrdersText(
			'Pasūtījums;Klients;Datums;Summa;Statuss\n' +
				'1;Jānis Bērziņš;05.01.2024.;12,50 €;Apmaksāts\n' +
				'2;Līga Ķēniņa;06.01.2024.;7,20 €;Atcelts\n' +
				'3;Jānis Bērziņš;20.01.2024.;30,00 €;Piegādāts\n'
		);
		expect(headline(report)).toEqual({ orders: 2, customers: 1, revenue: 42.5 });
		expect(report.cancelled.count).toBe(1);
	});
});

describe('amounts with thousands separators, not in quotes, in a file delimited by commas', () => {
	const UNQUOTED =
		'Order ID,Customer Email,Order Date,Total\n' +
		'1,a@x.com,2024-01-05,12.00\n' +
		'2,b@x.com,2024-01-06,1,234.50\n' +
		'3,"a@x.com",2024-02-05,0.50\n' +
		'4,"c@x.com",2024-02-06,2,000.00\n';

	it('are joined again, read whole, and the report says which rows were mended', async () => {
		const { report } = await importOrdersText(UNQUOTED);
		// 12.00 + 1,234.50 + 0.50 + 2,000.00 (before: 1 and 2, with no word of it).
		expect(headline(report)).toEqual({ orders: 4, customers: 3, revenue: 3247 });
		expect(report.warnings).toContainEqual({
			code: 'thousandsMended',
			count: 2,
			examples: [
				{ file: 0, row: 3, value: '1,234.50' },
				{ file: 0, row: 5, value: '2,000.00' }
			]
		});
	});

	it('are read so where the dates have a time (one space on every line, as aligned columns have)', async () => {
		// Twelve orders, every other one of 1,629.08, the others of 219.44: no line quoted.
		const { report } = await importOrdersText(
			'order_id,email,created_at,total\n' +
				Array.from(
					{ length: 12 },
					(_, i) =>
						`${1000 + i},c${i % 4}@x.com,2024-06-${10 + i} 11:25:00,${i % 2 ? '219.44' : '1,629.08'}\n`
				).join('')
		);
		// 6 × 1,629.08 + 6 × 219.44 (before: read as aligned columns, and refused).
		expect(headline(report)).toEqual({ orders: 12, customers: 4, revenue: 11091.12 });
		expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'thousandsMended', count: 6 }));
	});

	it('put the columns after the amount back in place', async () => {
		const { report, result } = await importOrdersText(
			'Order ID,Customer Email,Total,Country,Order Date\n' +
				'1,a@x.com,12.00,LV,2024-01-05\n' +
				'2,b@x.com,"1,234.50",EE,2024-01-06\n' +
				'3,b@x.com,1,234,567.25,LT,2024-01-07\n' +
				'4,a@x.com,$1,000.00,LV,2024-01-08\n'
		);
		expect(headline(report)).toEqual({ orders: 4, customers: 2, revenue: 12 + 1234.5 + 1234567.25 + 1000 });
		expect([...result.columns.day].map((d) => d - result.columns.day[0])).toEqual([0, 1, 2, 3]);
		expect(result.dimensions.country?.values).toEqual(['LV', 'EE', 'LT']);
	});

	it('give the same figures read in byte ranges', async () => {
		const big = copiesOf(UNQUOTED, 2000);
		const whole = await importOrdersText(big);
		const ranged = await importOrdersText(big, 3);
		expect(whole.report.revenue).toBeCloseTo(2000 * 3247, 2);
		expect(headline(ranged.report)).toEqual(headline(whole.report));
		expect(ranged.report.warnings).toEqual(whole.report.warnings);
	});

	it('leave a row that cannot be mended as it is, and the report says its columns may be shifted', async () => {
		const { report } = await importOrdersText(
			'Order ID,Customer,Order Date,Total\n' +
				'1,Ann Lee,2024-01-05,12.00\n' +
				'2,Lee, Bo,2024-01-06,8.00\n' +
				'3,Ann Lee,2024-02-05,5.00\n'
		);
		expect(report.warnings).toContainEqual({ code: 'widerRows', count: 1, examples: [{ file: 0, row: 3 }] });
		expect(report.warnings.map((w) => w.code)).not.toContain('thousandsMended');
	});

	it('say nothing of rows that only end with a delimiter', async () => {
		const { report } = await importOrdersText(
			'Order ID,Customer,Order Date,Total\n1,Ann,2024-01-05,12.00\n2,Bo,2024-01-06,8.00,,\n3,Bo,2024-01-07,8.00,\n'
		);
		expect(headline(report)).toEqual({ orders: 3, customers: 2, revenue: 28 });
		expect(report.warnings.map((w) => w.code)).not.toContain('widerRows');
	});
});

describe('data rows that all end with a delimiter the header does not have', () => {
	it('are read under their header, with no word of wider rows', async () => {
		const { report } = await importOrdersText(
			'Order ID,Customer,Order Date,Total\n' +
				'1,Ann,2024-01-05,12.00,\n2,Bo,2024-01-06,8.00,\n3,Bo,2024-01-07,8.00,\n4,Cy,2024-01-08,8.00,\n'
		);
		expect(headline(report)).toEqual({ orders: 4, customers: 3, revenue: 36 });
		expect(report.warnings.map((w) => w.code)).not.toContain('widerRows');
	});
});

describe('a net sales column beside tax (Square’s transactions export)', () => {
	it('is revenue as it is: its tax is shown apart, not taken off a second time', async () => {
		const { report } = await importOrdersText(
			'Date,Time,Time Zone,Gross Sales,Discounts,Net Sales,Tax,Tip,Total Collected,Transaction ID,Customer ID,Customer Name\n' +
				'2024-03-10,09:12:03,Eastern Time,$22.00,-$2.00,$20.00,$1.60,$0.00,$21.60,T1,C1,Ann Lee\n' +
				'2024-03-11,10:00:00,Eastern Time,$10.00,$0.00,$10.00,$0.80,$1.00,$11.80,T2,C2,Bo Li\n' +
				'2024-03-15,11:30:00,Eastern Time,$14.00,$0.00,$14.00,$1.12,$0.00,$15.12,T3,C1,Ann Lee\n'
		);
		// Hand-worked: 20.00 + 10.00 + 14.00 of net sales; gross 46.00 less 2.00 of discounts.
		expect(headline(report)).toEqual({ orders: 3, customers: 2, revenue: 44 });
		expect(report.revenueBreakdown).toMatchObject({
			basis: 'netSalesColumn',
			grossSales: 46,
			discounts: 2,
			netSales: 44,
			tax: 3.52
		});
	});
});

describe('a refund row with its sale’s order id, where each row is an order (a till’s export)', () => {
	const SALES = 'Date,Order ID,Customer ID,Total\n2024-03-10,T3,C1,15.00\n2024-03-11,T4,C2,20.00\n';
	it.each(['2024-03-10', '2024-03-11', '2024-03-13'])(
		'refunding it in full on %s leaves the sale out, refunded, and its buyer with it',
		async (day) => {
			const { report } = await importOrdersText(SALES + `${day},T3,C1,-15.00\n`);
			expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 20 });
			expect(report.refunds.fullyRefunded).toEqual({ count: 1, examples: [{ file: 0, row: 4 }] });
			expect(report.duplicates.count).toBe(0);
			expect(report.zeroValueOrders).toBe(0);
		}
	);

	it('refunding it on the next row, at once, leaves the sale out, refunded', async () => {
		const { report } = await importOrdersText(
			'Date,Order ID,Customer ID,Total\n2024-03-10,T3,C1,15.00\n2024-03-10,T3,C1,-15.00\n2024-03-11,T4,C2,20.00\n'
		);
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 20 });
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.lineItemRows).toBe(0);
	});

	it('a refund listed after a later order of the same customer is still its sale’s', async () => {
		const { report } = await importOrdersText(
			'Date,Order ID,Customer ID,Total\n2024-03-05,T1,C1,15.00\n2024-03-08,T2,C1,20.00\n2024-03-06,T1,C1,-15.00\n2024-03-09,T4,C2,5.00\n'
		);
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 25 });
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.skipped.refundWithoutOrder).toBeUndefined();
	});

	it('refunding a part of it keeps the sale at its net value, partly refunded', async () => {
		const { report } = await importOrdersText(SALES + '2024-03-12,T3,C1,-5.00\n');
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 30 });
		expect(report.refunds.partlyRefunded.count).toBe(1);
		expect(report.duplicates.count).toBe(0);
	});

	it.each([
		['-50.00', { orders: 1, customers: 1, revenue: 10 }, 'fullyRefunded'],
		['-20.00', { orders: 2, customers: 2, revenue: 40 }, 'partlyRefunded']
	] as const)('a refund row (%s) whose status says refunded refunds the sale once', async (amount, figures, kind) => {
		const { report } = await importOrdersText(
			'order_id,customer_id,order_date,total,status\n1,a,2024-01-05,50.00,paid\n2,b,2024-01-05,10.00,paid\n' +
				`1,a,2024-01-05,${amount},refunded\n`
		);
		expect(headline(report)).toEqual(figures);
		expect(report.refunds[kind].count).toBe(1);
		expect(report.refunds.fullyRefunded.count + report.refunds.partlyRefunded.count).toBe(1);
	});

	it('where the file has a refunds column, a negative row of the sale is a duplicate, not a second refund', async () => {
		const { report } = await importOrdersText(
			'order_id,customer_id,order_date,total,refunded_amount\n1,a,2024-01-05,50,20\n2,b,2024-01-05,10,0\n1,a,2024-01-05,-20,\n'
		);
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 40 });
		expect(report.duplicates.count).toBe(1);
	});

	it.each([
		['right before it', '2024-01-10,1,a,-20.00\n2024-01-05,1,a,50.00\n2024-01-04,2,b,10.00\n'],
		['rows before it', '2024-01-10,1,a,-20.00\n2024-01-08,2,b,10.00\n2024-01-05,1,a,50.00\n']
	])('a refund listed %s (newest rows first) is taken off the sale once it is read', async (_, rows) => {
		const { report } = await importOrdersText('Date,Order ID,Customer ID,Total\n' + rows);
		// Hand-worked: 50.00 − 20.00 and 10.00; nothing skipped, no sale lost.
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 40 });
		expect(report.skipped).toEqual({});
		expect(report.refunds.partlyRefunded.count).toBe(1);
	});

	it('a till listing its newest rows first, with several sales refunded in full, is read one row per order', async () => {
		const { plan, report } = await importOrdersText(
			'Date,Order ID,Customer ID,Total\n' +
				'2024-03-10,7,g,-30.00\n2024-03-09,6,f,12.00\n2024-03-08,5,e,-25.00\n2024-03-07,5,e,25.00\n' +
				'2024-03-06,4,d,18.00\n2024-03-05,7,g,30.00\n2024-03-04,3,c,-40.00\n2024-03-03,3,c,40.00\n' +
				'2024-03-02,2,b,10.00\n2024-03-01,1,a,50.00\n'
		);
		// Before, the refund-then-sale pairs read as an order's item rows: #3 and #5 were orders worth
		// nothing, with customers c and e, and #7's refund had no order. Hand-worked: #7, #5 and #3
		// refunded in full; 12.00 + 18.00 + 10.00 + 50.00 from four customers.
		expect(plan.amountMode).toBe('orderTotal');
		expect(headline(report)).toEqual({ orders: 4, customers: 4, revenue: 90 });
		expect(report.refunds.fullyRefunded.count).toBe(3);
		expect(report.skipped).toEqual({});
	});

	it('a till listing its newest rows first, with sales refunded in part, days later, is read one row per order', async () => {
		const { plan, report } = await importOrdersText(
			'Date,Order ID,Customer ID,Total\n' +
				'2024-03-10,7,g,-10.00\n2024-03-09,6,f,12.00\n2024-03-08,5,e,-25.00\n2024-03-07,5,e,25.00\n' +
				'2024-03-06,4,d,18.00\n2024-03-05,7,g,30.00\n2024-03-04,3,c,-15.00\n2024-03-03,3,c,40.00\n' +
				'2024-03-02,2,b,10.00\n2024-03-01,1,a,50.00\n'
		);
		// Hand-worked: #7 30 − 10, #3 40 − 15, #5 refunded in full; 20 + 12 + 18 + 25 + 10 + 50.
		expect(plan.amountMode).toBe('orderTotal');
		expect(headline(report)).toEqual({ orders: 6, customers: 6, revenue: 135 });
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.refunds.partlyRefunded.count).toBe(2);
		expect(report.skipped).toEqual({});
	});

	it('a second row of the sale with its amount again is still a duplicate', async () => {
		const { report } = await importOrdersText(SALES + '2024-03-10,T3,C1,15.00\n');
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 35 });
		expect(report.duplicates.count).toBe(1);
	});
});

describe('a file in Windows-1252 whose first quarter megabyte is plain ASCII', () => {
	// 9,000 rows of ASCII (more than the sample read before the import), then names and a euro
	// sign in Windows-1252's bytes: ü 0xFC, ö 0xF6, ä 0xE4, € 0x80.
	const ascii = Array.from({ length: 9000 }, (_, i) => `${i + 1},Customer ${i + 1},2024-01-05,12.50\n`).join('');
	const latin = [
		[0x39, 0x30, 0x30, 0x31, 0x2c, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72], // 9001,Müller
		[0x39, 0x30, 0x30, 0x32, 0x2c, 0x4d, 0xf6, 0x6c, 0x6c, 0x65, 0x72], // 9002,Möller
		[0x39, 0x30, 0x30, 0x33, 0x2c, 0x4d, 0xe4, 0x6c, 0x6c, 0x65, 0x72] // 9003,Mäller
	].flatMap((start) => [
		...start,
		...new TextEncoder().encode(',2024-02-01,'),
		0x80,
		...new TextEncoder().encode('10.00\n')
	]);
	const bytes = new Uint8Array([
		...new TextEncoder().encode('Order ID,Customer,Order Date,Total\n' + ascii),
		...latin
	]);

	it.each([1, 3])('is read again in Windows-1252, not with “�” in names and amounts (%i ranges)', async (ranges) => {
		const { report, result } = await importOrdersBytes(bytes, ranges, 'orders.csv', 64 * 1024);
		// Three customers more, each their own (not one "M�ller"), and the euro amounts read.
		expect(headline(report)).toEqual({ orders: 9003, customers: 9003, revenue: 9000 * 12.5 + 30 });
		expect(result.customers.slice(-3)).toEqual(['Müller', 'Möller', 'Mäller']);
		expect(report.skipped).toEqual({});
		// (Windows-1257 has these four characters at the same bytes: either reads the file alike.)
		const encoding = report.files[0].encoding;
		expect(['windows-1252', 'windows-1257']).toContain(encoding);
		expect(report.warnings).toContainEqual({ code: 'notUtf8', encoding, examples: [] });
	});
});

describe('eBay’s orders report', () => {
	it('takes the tax eBay collected out of revenue, as it does shipping', async () => {
		const { plan, report } = await importOrdersText(
			'Sales Record Number,Order Number,Buyer Username,Buyer Name,Buyer Email,Item Number,Item Title,Quantity,Sold For,Shipping And Handling,Seller Collected Tax,eBay Collected Tax,Total Price,eBay Collected Tax and Fees Included in Total,Sale Date\n' +
				'101,12-34567-89012,ann_b,Ann B,ann@x.com,2001,Mug,1,$25.00,$5.00,$0.00,$2.40,$32.40,Yes,Mar-10-24\n' +
				'102,12-34567-89013,bo_l,Bo L,bo@x.com,2002,Tea,1,$40.00,$0.00,$0.00,$3.20,$43.20,Yes,Mar-11-24\n'
		);
		expect(plan.headers?.[plan.mapping.tax!]).toBe('eBay Collected Tax');
		// Hand-worked: 32.40 − 5.00 − 2.40 and 43.20 − 3.20.
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 65 });
	});
});

describe('dates either order could read, in a file that does not say which', () => {
	it('are read month-first where day-first would put one after today', async () => {
		// Etsy writes MM/DD/YY; every day here is 12 or less. Day-first, 03/11/24 would be 3 November
		// 2024, after the tests' today (4 October 2024).
		const { report, result } = await importOrdersText(
			'Sale Date,Order ID,Buyer,Order Value\n03/10/24,1,ann,10.00\n03/11/24,2,bo,20.00\n04/01/24,3,ann,5.00\n'
		);
		expect(headline(report)).toEqual({ orders: 3, customers: 2, revenue: 35 });
		// 10 and 11 March, 1 April 2024.
		expect([...result.columns.day]).toEqual([19792, 19793, 19814]);
		expect(report.skipped).toEqual({});
		expect(report.warnings).toContainEqual(
			expect.objectContaining({ code: 'dateOrderSwitched', from: 'dmy', to: 'mdy' })
		);
	});
});

describe('1C’s list of sales documents, and Shopee’s orders', () => {
	it.each([
		[
			'Номер,Дата,Контрагент,Сумма документа\n1,10.03.2024,ООО Ромашка,"1 200,00"\n2,11.03.2024,ИП Иванов,"300,00"\n3,12.03.2024,ООО Ромашка,"500,00"\n'
		],
		[
			'Order ID,Order Status,Order Creation Date,Username (Buyer),Grand Total\n2403A,Completed,2024-03-10 10:00,romashka,1200.00\n2403B,Completed,2024-03-11 10:00,ivanov,300.00\n2403C,Completed,2024-03-12 10:00,romashka,500.00\n'
		]
	])('are read with no column chosen by hand', async (text) => {
		const { report } = await importOrdersText(text);
		expect(headline(report)).toEqual({ orders: 3, customers: 2, revenue: 2000 });
	});
});

describe('the header row again, in capitals (exports joined end to end)', () => {
	it('is skipped as the header again, not as a date that cannot be read', async () => {
		const { report } = await importOrdersText(
			'Order ID,Customer,Date,Total\n1,ann,2024-03-10,10.00\nORDER ID,CUSTOMER,DATE,TOTAL\n2,bo,2024-03-11,5.00\n'
		);
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 15 });
		expect(report.skipped).toEqual({
			repeatedHeader: { count: 1, examples: [{ file: 0, row: 3, value: 'DATE' }] }
		});
	});
});

describe('a UTF-8 file with a flaw the sample did not show', () => {
	const enc = (text: string) => [...new TextEncoder().encode(text)];

	it('one stray byte among UTF-8 letters further on: still UTF-8, that byte a “�”', async () => {
		// A quarter megabyte of ASCII, then UTF-8's "Zoë" and a Windows-1252 "é" (0xE9) once.
		const ascii = Array.from({ length: 12000 }, (_, i) => `${i + 1},c${i % 500},2024-01-05,12.50\n`).join('');
		const bytes = new Uint8Array([
			...enc('order_id,customer_id,order_date,total\n' + ascii),
			...enc('12001,Zoë,2024-02-01,€10.00\n'),
			...enc('12002,Ren'),
			0xe9,
			...enc(',2024-02-02,€5.00\n12003,José,2024-02-03,€2.50\n')
		]);
		const { report } = await importOrdersBytes(bytes, 1, 'orders.csv', 64 * 1024);
		expect(report.files[0].encoding).toBe('utf-8');
		expect(bytes.length).toBeGreaterThan(256 * 1024); // beyond the sample
		expect(headline(report)).toEqual({ orders: 12003, customers: 503, revenue: 12000 * 12.5 + 17.5 });
		expect(report.warnings.map((w) => w.code)).not.toContain('notUtf8');
	});

	it('cut off in the middle of its last character (a download stopped short): the rows before it stand', async () => {
		const bytes = new Uint8Array([
			...enc(
				'order_id,customer_id,order_date,total\n1,Zoë,2024-01-05,€12.50\n2,José,2024-01-06,€10.00\n3,Ann,2024-01-07,'
			),
			0xe2,
			0x82
		]);
		const { report } = await importOrdersBytes(bytes);
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 22.5 });
		expect(report.skipped.invalidAmount?.count).toBe(1);
	});
});

describe('a refund on a receipt of its own (Zettle), where each row is a sale', () => {
	const HEADER = 'Receipt number,Date,Customer,Type,Total\n';
	it('returning the whole of the customer’s latest sale leaves that sale out, refunded', async () => {
		const { report } = await importOrdersText(
			HEADER +
				'1001,2024-03-10,ann,Sale,24.00\n1002,2024-03-11,bo,Sale,10.00\n1003,2024-03-12,ann,Refund,-24.00\n'
		);
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 10 });
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.zeroValueOrders).toBe(0);
	});

	it('returning a part of it is a return netted into it, as before', async () => {
		const { report } = await importOrdersText(
			HEADER + '1001,2024-03-10,ann,Sale,24.00\n1002,2024-03-11,bo,Sale,10.00\n1003,2024-03-12,ann,Refund,-4.00\n'
		);
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 30 });
		expect(report.refunds.negativeRowsNetted.count).toBe(1);
	});
});

describe('UCI Online Retail: an invoice cancelled in full by its credit note', () => {
	const header = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n';
	const rows =
		'541001,22752,SET 7 BABUSHKA NESTING BOXES,2,1/10/2011 10:00,7.65,17001,United Kingdom\n' +
		'541002,21212,PACK OF 72 RETROSPOT CAKE CASES,7,1/10/2011 11:00,0.55,17003,United Kingdom\n' +
		'541002,22629,SPACEBOY LUNCH BOX,3,1/10/2011 11:00,1.95,17003,United Kingdom\n' +
		'541003,22728,ALARM CLOCK BAKELIKE PINK,10,1/11/2011 8:45,3.75,12583,France\n' +
		'C541050,22752,SET 7 BABUSHKA NESTING BOXES,-2,1/12/2011 9:00,7.65,17001,United Kingdom\n' +
		'C541051,21212,PACK OF 72 RETROSPOT CAKE CASES,-7,1/12/2011 9:30,0.55,17003,United Kingdom\n' +
		'C541051,22629,SPACEBOY LUNCH BOX,-3,1/12/2011 9:30,1.95,17003,United Kingdom\n' +
		'C541052,22728,ALARM CLOCK BAKELIKE PINK,-4,1/12/2011 10:00,3.75,12583,France\n' +
		'541100,71053,WHITE METAL LANTERN,1,2/15/2011 11:00,3.39,17001,United Kingdom\n';

	it('is no purchase: left out as refunded in full, as a refunded order of a shop’s export is', async () => {
		const { result, report } = await importOrdersText(header + rows);
		// Before, 541001 and 541002 stayed as orders worth nothing (541002 at −8.9e-16, so 17003 was
		// warned of as a customer whose returns exceed their purchases), 17001's first purchase was the
		// returned boxes and 17003 a customer. Hand-worked: 541003 37.50 − 15.00 (a part returned),
		// 541100 3.39; customers 12583 and 17001, whose first purchase is the lantern.
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 25.89 });
		expect(report.refunds.fullyRefunded.count).toBe(2);
		expect(report.refunds.refundedAmount).toBeCloseTo(15.3 + 9.7, 9);
		expect(report.creditNotes?.netted).toEqual({ count: 1, examples: [{ file: 0, row: 9, value: 'C541052' }] });
		expect(report.revenueBreakdown).toMatchObject({ returns: 15, netSales: 25.89 });
		expect(report.warnings.map((w) => w.code)).not.toContain('negativeNetCustomers');
		const of17001 = result.customers.indexOf('17001');
		const amounts17001 = [...result.columns.amount].filter((_, i) => result.columns.customer[i] === of17001);
		expect(amounts17001).toEqual([3.39]);
		expect(Array.from(result.items!.product, (p) => result.items!.values[p])).toEqual([
			'ALARM CLOCK BAKELIKE PINK',
			'WHITE METAL LANTERN'
		]);
	});

	it('also where the credit note is in the next year’s file (Online Retail II comes as two)', async () => {
		const lines = rows.split('\n');
		// The invoices of 10 and 11 January in one file; the credit notes and February's lantern in the next.
		const { report } = await importOrderTexts(
			header + lines.slice(0, 4).join('\n') + '\n',
			header + lines.slice(4).join('\n')
		);
		// The first file's dates (1/10/2011, 1/11/2011) could be read either way: UCI writes month first.
		expect(report.files.map((f) => [f.dateOrder, f.dateOrderBasis])).toEqual([
			['mdy', 'default'],
			['mdy', 'data']
		]);
		// As in one file: before, 541001 and 541002 stayed as orders worth nothing there.
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 25.89 });
		expect(report.refunds.fullyRefunded.count).toBe(2);
	});

	it('a credit note of products the latest invoice did not have leaves that invoice standing, whatever the amounts', async () => {
		const { report } = await importOrdersText(
			header +
				'536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France\n' +
				'536371,85123A,WHITE HANGING HEART T-LIGHT HOLDER,2,12/2/2010 9:00,6.375,12583,France\n' +
				// One cakestand of 536370 given back: 12.75, which is all of 536371, netted into it.
				'C536380,22423,REGENCY CAKESTAND 3 TIER,-1,12/3/2010 9:00,12.75,12583,France\n'
		);
		// The customer still has two invoices (a repeat buyer); before, 536371 was left out as refunded.
		expect(headline(report)).toEqual({ orders: 2, customers: 1, revenue: 25.5 });
		expect(report.refunds.fullyRefunded.count).toBe(0);
	});

	it.each([
		// UCI's own writing, no leading zeros: month first, whatever the browser's language.
		['12/1/2010 8:45', '12/5/2010 9:00', 'dmy', 'mdy', '2010-12-01'],
		['12/1/2010 8:45', '12/5/2010 9:00', 'mdy', 'mdy', '2010-12-01'],
		// A re-export with leading zeros may be day first: the browser's order, as for any file.
		['01/12/2010 08:45', '05/12/2010 09:00', 'dmy', 'dmy', '2010-12-01'],
		['01/12/2010 08:45', '05/12/2010 09:00', 'mdy', 'mdy', '2010-01-12']
	])(
		'dates that could be read either way (%s, %s; browser %s) are read %s',
		async (first, second, browser, order, firstDay) => {
			const text =
				header +
				`536370,22423,REGENCY CAKESTAND 3 TIER,2,${first},12.75,12583,France\n` +
				`536371,85123A,WHITE HANGING HEART T-LIGHT HOLDER,2,${second},2.55,12583,France\n`;
			const bytes = new TextEncoder().encode(text);
			const { plan } = inspectSample(sampleOf('uci.csv', bytes), browser as 'dmy' | 'mdy');
			expect(plan.dateOrder).toBe(order);
			const result = await runImport([sourceOf(bytes, plan)], { today: 20_000 });
			expect(result.kind === 'orders' && isoFromDay(result.report.firstDay!)).toBe(firstDay);
		}
	);

	it.each([1, 3])(
		'a credit note is told to be of an invoice by its StockCodes, whatever their descriptions (%i byte ranges)',
		async (ranges) => {
			const { report } = await importOrdersText(
				header +
					'536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France\n' +
					'536371,85123A,WHITE HANGING HEART T-LIGHT HOLDER,2,12/2/2010 9:00,2.55,12662,Germany\n' +
					// The same stock code, described otherwise on the credit note (as UCI's data does).
					'C536380,85123A,CREAM HANGING HEART T-LIGHT HOLDER,-2,12/3/2010 9:00,2.55,12662,Germany\n',
				ranges
			);
			// 536371 cancelled in full: one order of one customer (before, a 0.00 order and a customer).
			expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 25.5 });
			expect(report.refunds.fullyRefunded.count).toBe(1);
		}
	);

	it('a credit note after one that left an invoice standing at nothing is still taken off it', async () => {
		const { report } = await importOrdersText(
			header +
				'536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France\n' +
				'536371,85123A,WHITE HANGING HEART T-LIGHT HOLDER,2,12/2/2010 9:00,6.375,12583,France\n' +
				'C536380,22423,REGENCY CAKESTAND 3 TIER,-1,12/3/2010 9:00,12.75,12583,France\n' +
				'C536381,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-1,12/4/2010 9:00,6.375,12583,France\n'
		);
		// 25.50 + 12.75 − 12.75 − 6.375: every return is of this customer's invoices (before, the second
		// was taken for a return of no order, and net sales were 25.50).
		expect(headline(report)).toEqual({ orders: 2, customers: 1, revenue: 19.13 });
		expect(report.revenueBreakdown).toMatchObject({ returnsWithoutOrder: 0 });
	});

	it('a further credit note of that customer is of no order left, not netted below nothing', async () => {
		const { report } = await importOrdersText(
			header +
				rows.split('\n').slice(0, 5).join('\n') +
				'\nC541090,22752,SET 7 BABUSHKA NESTING BOXES,-1,1/20/2011 9:00,7.65,17001,United Kingdom\n'
		);
		expect(report.creditNotes?.withoutOrder.count).toBe(1);
		expect(report.refunds.fullyRefunded.count).toBe(1);
	});
});

describe('UCI Online Retail: postage and charges are no products', () => {
	it('counts POST, DOT and C2 lines as shipping and bank charges as fees: not sales, items or first products', async () => {
		const { result, report } = await importOrdersText(
			'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n' +
				'536370,POST,POSTAGE,3,12/1/2010 8:45,18.00,12583,France\n' +
				'536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France\n' +
				'536370,47566,PARTY BUNTING,4,12/1/2010 8:45,4.95,12583,France\n' +
				'536371,22720,SET OF 3 CAKE TINS PANTRY DESIGN,2,12/2/2010 9:00,4.95,12662,Germany\n' +
				'536371,DOT,DOTCOM POSTAGE,1,12/2/2010 9:00,11.50,12662,Germany\n' +
				'536372,47566,PARTY BUNTING,1,12/3/2010 9:00,4.95,12662,Germany\n' +
				'536372,C2,CARRIAGE,1,12/3/2010 9:00,50.00,12662,Germany\n' +
				'536372,BANK CHARGES,Bank Charges,1,12/3/2010 9:00,15.00,12662,Germany\n' +
				// Postage given back comes off the shipping, not the sales.
				'C536380,POST,POSTAGE,-1,12/5/2010 9:00,18.00,12583,France\n'
		);
		// Hand-worked net sales: 536370 25.50 + 19.80, 536371 9.90, 536372 4.95; shipping
		// 54.00 + 11.50 + 50.00 − 18.00; fees 15.00.
		expect(headline(report)).toEqual({ orders: 3, customers: 2, revenue: 60.15 });
		expect(report.revenueBreakdown).toMatchObject({ netSales: 60.15, returns: 0, shipping: 97.5, fees: 15 });
		const items = result.items!;
		expect(new Set(Array.from(items.product, (p) => items.values[p]))).toEqual(
			new Set(['REGENCY CAKESTAND 3 TIER', 'PARTY BUNTING', 'SET OF 3 CAKE TINS PANTRY DESIGN'])
		);
		const product = result.dimensions.product!;
		expect([...product.index.subarray(0, 3)].map((i) => product.values[i])).toEqual([
			'REGENCY CAKESTAND 3 TIER',
			'SET OF 3 CAKE TINS PANTRY DESIGN',
			'PARTY BUNTING'
		]);
	});
});

describe('UCI postage with credit notes', () => {
	const header = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n';
	it('an invoice its credit note cancels leaves with its postage; postage given back with no order is a return of none', async () => {
		const { report } = await importOrdersText(
			header +
				// Postage given back before the customer's first invoice: no order to take it from.
				'C536300,POST,POSTAGE,-1,12/1/2010 8:00,18.00,12583,France\n' +
				'536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France\n' +
				'536370,POST,POSTAGE,1,12/1/2010 8:45,18.00,12583,France\n' +
				'536371,47566,PARTY BUNTING,4,12/2/2010 9:00,4.95,12662,Germany\n' +
				'536371,POST,POSTAGE,1,12/2/2010 9:00,18.00,12662,Germany\n' +
				// The cakestands given back: 536370 is cancelled, its postage too.
				'C536380,22423,REGENCY CAKESTAND 3 TIER,-2,12/3/2010 9:00,12.75,12583,France\n'
		);
		// Hand-worked: only 536371 stands (19.80, its postage 18.00); the first note's 18.00 is a
		// return of no order, taken off nothing (before, shipping came to −18.00 + 36.00).
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 19.8 });
		expect(report.revenueBreakdown).toMatchObject({ shipping: 18, returns: 0, returnsWithoutOrder: 18 });
		expect(report.refunds.fullyRefunded.count).toBe(1);
	});
});

describe('WooCommerce: a refund of all the items and their tax, the shipping kept', () => {
	it('is a refund in full: no sale is left', async () => {
		const { plan, report } = await importOrdersText(
			'order_id,order_number,order_date,status,shipping_total,tax_total,discount_total,order_total,refunded_total,order_currency,customer_id,billing_email\n' +
				'1004,1004,2023-06-03 12:00:00,completed,5.00,1.44,0.00,24.44,21.44,USD,12,a@x.com\n' +
				'1005,1005,2023-06-04 12:00:00,completed,5.00,2.00,0.00,27.00,0.00,USD,14,b@x.com\n'
		);
		expect(plan.layout).toBe('woocommerce');
		// 21.44 = the 18.00 items, their 1.44 tax and 2.00 of the shipping: #1004 is no sale (before, an
		// order of 0.00 with a customer). Only #1005 counts. (Under Shopify's `partially_refunded`,
		// the status says otherwise: see refund-edges.test.ts.)
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 20 });
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.refunds.partlyRefunded.count).toBe(0);
		expect(report.refunds.refundedAmount).toBeCloseTo(21.44, 9);
		expect(report.revenueBreakdown).toMatchObject({ tax: 2, shipping: 5, totalCharged: 27 });
	});
});

describe('1C’s list of sales documents (“Реализации”), in windows-1251', () => {
	const bytes = new Uint8Array(
		readFileSync(join(import.meta.dirname, '../../../tests/fixtures/orders/1c_realizacii_1251.csv'))
	);
	/** A today after the file's documents (January – August 2025): 2026-01-01. */
	const AFTER_2025 = 20_454;

	it('reads its document number as the order id and its document currency as the currency', async () => {
		const { plan, report } = await importOrdersBytes(bytes, 1, '1c_realizacii_1251.csv', 7, AFTER_2025);
		expect(plan.headers?.[plan.mapping.orderId!]).toBe('Номер');
		expect(plan.headers?.[plan.mapping.currency!]).toBe('Валюта документа');
		// Hand-checked (pandas): 20 documents of 4 buyers, 273,245.37.
		expect(headline(report)).toEqual({ orders: 20, customers: 4, revenue: 273245.37 });
	});

	it('takes a posted document (“Проведен”) for a completed sale, not an unknown status', async () => {
		const { report } = await importOrdersBytes(bytes, 1, '1c_realizacii_1251.csv', 7, AFTER_2025);
		expect(report.warnings.map((w) => w.code)).not.toContain('unknownStatuses');
	});
});
