import { describe, expect, it } from 'vitest';
import { findWarning } from './report';
import { isTotalsLabel } from './totals-row';
import { headline, importOrdersText, importOrderTexts } from './test-support';

describe('isTotalsLabel', () => {
	it.each([
		['Total', true],
		['TOTAL', true],
		['total:', true],
		[' Totals ', true],
		['Grand total', true],
		['Grand Total:', true],
		['Sum', true],
		['Summe', true],
		['Gesamt', true],
		['Totaal', true],
		['Kopā', true],
		['KOPSUMMA:', true],
		['Итого', true],
		['итого:', true],
		['Всего', true],
		['合计', true],
		['总计：', true],
		['總計', true],
		['', false],
		['Total paid', false],
		['Subtotal', false],
		['Totally Tea', false],
		['Sums', false],
		['2024-01-05', false],
		['Tom', false],
		['C0013', false]
	])('%j → %s', (cell, expected) => {
		expect(isTotalsLabel(cell)).toBe(expected);
	});
});

// The end of two generic exports with a totals line under the data (QA's f6 and f6b).
const TOTAL_IN_CUSTOMER =
	'order_id,order_date,customer_id,email,country,amount\n' +
	'G2001,2024-02-09,C0059,-,GB,102.98\n' +
	'G2002,2024-02-14,C0016,c0016@shop.test,-,173.32\n' +
	'RG2001,2024-02-20,C0059,-,-,(2.98)\n' +
	',,Total,,,273.32\n' +
	',,,,,\n';
const TOTAL_IN_ID =
	'Invoice,Date,Customer,Email,Amount\n' +
	'INV-3000,2024-02-07,CU003,cu003@shop.test,$88.95\n' +
	'INV-3001,2024-08-07,CU009,cu009@shop.test,$228.40\n' +
	'Total,,,,"$317.35"\n' +
	',,,,\n';

describe('a totals line below the data', () => {
	it.each([
		// Hand-worked: 102.98 − 2.98 + 173.32; 88.95 + 228.40.
		['in the customer column, no order id', TOTAL_IN_CUSTOMER, { orders: 2, customers: 2, revenue: 273.32 }, 5],
		['in the order id column, no customer', TOTAL_IN_ID, { orders: 2, customers: 2, revenue: 317.35 }, 4],
		[
			'labelled in Chinese, with a colon',
			TOTAL_IN_ID.replace('Total,', '合计：,'),
			{ orders: 2, customers: 2, revenue: 317.35 },
			4
		],
		[
			'labelled in Latvian, in the date column',
			TOTAL_IN_ID.replace('Total,,', ',Kopā,'),
			{ orders: 2, customers: 2, revenue: 317.35 },
			4
		]
	])(
		'%s is said to be a totals row, not a row with no date or customer, and never counts',
		async (_, text, figures, row) => {
			const { report } = await importOrdersText(text);
			expect(headline(report)).toEqual(figures);
			// Before: skipped as "no date" (f6) or "no customer" (f6b).
			expect(report.skipped).toEqual({
				totalsRow: { count: 1, examples: [{ file: 0, row, value: expect.any(String) }] }
			});
			expect(report.customerlessSales ?? 0).toBe(0);
		}
	);

	it('is a totals row in each of two files, not a copy of the other', async () => {
		const { report } = await importOrderTexts(TOTAL_IN_ID, TOTAL_IN_ID.replace(/INV-300/g, 'INV-400'));
		expect(headline(report)).toEqual({ orders: 4, customers: 2, revenue: 2 * 317.35 });
		expect(report.skipped.totalsRow?.count).toBe(2);
		expect(report.duplicates.count).toBe(0);
	});

	it('is a totals row in each of two files without order ids, not a copy of the other', async () => {
		const file = (customer: string) =>
			`Date,Customer,Amount\n2024-01-05,${customer},10.00\n2024-01-06,${customer},5.00\n,Total,15.00\n`;
		const { report } = await importOrderTexts(file('ann'), file('bob'));
		expect(headline(report)).toEqual({ orders: 4, customers: 2, revenue: 30 });
		expect(report.skipped.totalsRow?.count).toBe(2);
		expect(findWarning(report.warnings, 'contentDuplicates')).toBeNull();
	});

	it('is a totals row where the customer cell is the label, though it has a date (the end of the period it sums)', async () => {
		// Hand-worked: 10 + 20 + 30 of a and b, 5 Jan – 7 Feb (before: "Grand total" was a third
		// customer's order of 60.00, on 31 December).
		const { report } = await importOrdersText(
			'order_id;customer;date;total\n' +
				'1;a@x.com;05.01.2024;10,00\n' +
				'2;b@x.com;06.01.2024;20,00\n' +
				'3;a@x.com;07.02.2024;30,00\n' +
				';Total;;60,00\n' +
				';Grand total;31.12.2024;60,00\n'
		);
		expect(headline(report)).toEqual({ orders: 3, customers: 2, revenue: 60 });
		expect(report.skipped.totalsRow?.count).toBe(2);
		expect(report.lastDay).toBe(report.firstDay! + 33);
	});

	it('is an order of a customer called “Total” where the row has their e-mail', async () => {
		const { report } = await importOrdersText(
			'customer,email,date,total\n' +
				'Anna,anna@x.com,2024-01-05,10.00\n' +
				'Total,orders@total.example,2024-01-06,20.00\n' +
				'Total,,,30.00\n'
		);
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 30 });
		expect(report.skipped.totalsRow?.count).toBe(1);
	});

	it('is an order where it has an order date', async () => {
		const { report } = await importOrdersText(
			'Order,Date,Customer,Amount\n' + '1,2024-01-05,ann,10.00\n' + 'Total,2024-01-06,,10.00\n'
		);
		expect(report.skipped.totalsRow).toBeUndefined();
		expect(report.skipped.missingCustomer?.count).toBe(1);
	});

	it('is an order where it has both an order id and a customer (a product called "Total")', async () => {
		const { report } = await importOrdersText(
			'Order,Date,Customer,Product,Amount\n' + '1,2024-01-05,ann,Tea,10.00\n' + '2,,bob,Total,12.00\n'
		);
		expect(report.skipped.totalsRow).toBeUndefined();
		expect(report.skipped.missingDate?.count).toBe(1);
	});
});
