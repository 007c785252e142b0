import { describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import { partOf, readRange } from './ranges';
import type { OrdersResult } from './accumulate';
import { copiesOf, headline, importOrdersText, importOrderTexts, sampleOf, sourceOf, TEST_TODAY } from './test-support';

// An invoice or order none of whose rows is a sale (only postage, shipping, fees or tax, by a UCI
// StockCode or a row-type column) is no purchase: it is not counted as an order, its customer
// leaves with it where they have no other order, and its postage and charges are counted neither
// as sales nor in the revenue breakdown. The report says how many and how much. Worked by hand.

const UCI = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n';
/** 12583: one invoice of products (with its postage); 12600: two invoices of products, a repeater. */
const PURCHASES =
	'536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France\n' +
	'536370,POST,POSTAGE,1,12/1/2010 8:45,18.00,12583,France\n' +
	'536372,47566,PARTY BUNTING,4,12/2/2010 9:00,4.95,12600,United Kingdom\n' +
	'536373,21731,RED TOADSTOOL LED NIGHT LIGHT,1,12/6/2010 9:00,1.65,12600,United Kingdom\n';
/** The same figures, whatever invoices of postage or charges alone are added. */
const PURCHASES_ONLY = { orders: 3, customers: 2, revenue: 46.95 }; // 25.50 + 19.80 + 1.65

/** Customers with two orders or more, of all customers (the repeat-purchase rate). */
function repeatRate(result: OrdersResult): number {
	const counts = new Map<number, number>();
	for (const c of result.columns.customer) counts.set(c, (counts.get(c) ?? 0) + 1);
	return [...counts.values()].filter((n) => n >= 2).length / result.customers.length;
}

const amounts = (result: OrdersResult) => Array.from(result.columns.amount, (a) => Math.round(a * 100) / 100);

describe('UCI: an invoice of postage or charges alone is no order', () => {
	it.each([
		{
			name: 'POST alone, of a customer with a product invoice',
			rows: '536371,POST,POSTAGE,1,12/3/2010 10:00,18.00,12583,France\n',
			amount: 18,
			examples: [6]
		},
		{
			name: 'DOTCOM POSTAGE (DOT) alone',
			rows: '536371,DOT,DOTCOM POSTAGE,1,12/3/2010 10:00,11.08,12583,France\n',
			amount: 11.08,
			examples: [6]
		},
		{
			name: 'BANK CHARGES of a customer with no other invoice (the customer leaves too)',
			rows: '536374,BANK CHARGES,Bank Charges,1,12/4/2010 11:00,15.00,12700,Germany\n',
			amount: 15,
			examples: [6]
		},
		{
			name: 'AMAZONFEE and CRUK of one invoice, and a carriage invoice (C2)',
			rows:
				'536375,AMAZONFEE,AMAZON FEE,1,12/4/2010 11:00,5.00,12583,France\n' +
				'536375,CRUK,CRUK Commission,1,12/4/2010 11:00,2.50,12583,France\n' +
				'536376,C2,CARRIAGE,1,12/5/2010 11:00,50.00,12600,United Kingdom\n',
			amount: 57.5,
			examples: [6, 8]
		}
	])('$name', async ({ rows, amount, examples }) => {
		const without = await importOrdersText(UCI + PURCHASES);
		const { result, report } = await importOrdersText(UCI + PURCHASES + rows);
		// Before: 4 or 5 orders (each worth 0.00), a customer more, 12583 a repeater (rate 1 for 0.5).
		expect(headline(report)).toEqual(PURCHASES_ONLY);
		expect(amounts(result)).toEqual([25.5, 19.8, 1.65]);
		expect(repeatRate(result)).toBe(0.5);
		expect(repeatRate(result)).toBe(repeatRate(without.result));
		expect([...result.columns.customer]).toEqual([...without.result.columns.customer]);
		expect([...result.columns.day]).toEqual([...without.result.columns.day]);
		expect(report.zeroValueOrders).toBe(0);
		expect(report.apartOnly?.orders.count).toBe(examples.length);
		expect(report.apartOnly?.orders.examples.map((e) => e.row)).toEqual(examples);
		expect(report.apartOnly?.amount).toBe(amount);
		expect(report.apartOnly?.creditNotes).toBe(0);
		// The postage of the invoice of products stays apart, as before; the left-out invoices' does not.
		expect(report.revenueBreakdown).toMatchObject({ shipping: 18, netSales: 46.95 });
		expect(report.revenueBreakdown?.fees ?? 0).toBe(0);
		expect(result.items?.start.length).toBe(without.result.items?.start.length);
	});

	it('is absent from the report when every invoice has a product', async () => {
		const { report } = await importOrdersText(UCI + PURCHASES);
		expect(report.apartOnly).toBeUndefined();
		expect(headline(report)).toEqual(PURCHASES_ONLY);
	});

	it('keeps an invoice whose first rows are postage and a later row a product', async () => {
		const { result, report } = await importOrdersText(
			UCI +
				PURCHASES +
				'536377,POST,POSTAGE,1,12/7/2010 10:00,18.00,12583,France\n' +
				'536377,DOT,DOTCOM POSTAGE,1,12/7/2010 10:00,2.00,12583,France\n' +
				'536377,22423,REGENCY CAKESTAND 3 TIER,1,12/7/2010 10:00,12.75,12583,France\n'
		);
		expect(headline(report)).toEqual({ orders: 4, customers: 2, revenue: 59.7 });
		expect(amounts(result)).toEqual([25.5, 19.8, 1.65, 12.75]);
		expect(report.apartOnly).toBeUndefined();
		expect(report.revenueBreakdown).toMatchObject({ shipping: 38 }); // 18 + 18 + 2
	});

	it('keeps "M" Manual, "D" Discount and "S" samples as the file has them', async () => {
		const { report } = await importOrdersText(
			UCI + PURCHASES + '536378,M,Manual,1,12/7/2010 10:00,3.00,12700,Germany\n'
		);
		expect(headline(report)).toEqual({ orders: 4, customers: 3, revenue: 49.95 });
		expect(report.apartOnly).toBeUndefined();
	});

	it('leaves out a credit note that gives back only the postage of such an invoice, with it', async () => {
		const { result, report } = await importOrdersText(
			UCI +
				PURCHASES +
				'536371,POST,POSTAGE,1,12/3/2010 10:00,18.00,12583,France\n' +
				'C536390,POST,POSTAGE,-1,12/5/2010 10:00,18.00,12583,France\n'
		);
		// Before: 536371 and its note were an invoice returned in full (a refund of 0.00).
		expect(headline(report)).toEqual(PURCHASES_ONLY);
		expect(amounts(result)).toEqual([25.5, 19.8, 1.65]);
		expect(report.refunds.fullyRefunded.count).toBe(0);
		expect(report.apartOnly).toMatchObject({ amount: 0, creditNotes: 1 });
		expect(report.apartOnly?.orders.count).toBe(1);
		expect(report.creditNotes?.netted.count ?? 0).toBe(0);
		expect(report.revenueBreakdown).toMatchObject({ shipping: 18, returns: 0 });
	});

	it('moves a credit note of products netted into such an invoice to the invoice that had them, and leaves it out', async () => {
		const { result, report } = await importOrdersText(
			UCI +
				PURCHASES +
				'536371,POST,POSTAGE,1,12/3/2010 10:00,18.00,12583,France\n' +
				'C536390,22423,REGENCY CAKESTAND 3 TIER,-1,12/5/2010 10:00,12.75,12583,France\n'
		);
		// 536370: 25.50 − 12.75.
		expect(amounts(result)).toEqual([12.75, 19.8, 1.65]);
		expect(headline(report)).toEqual({ orders: 3, customers: 2, revenue: 34.2 });
		expect(report.apartOnly).toMatchObject({ amount: 18, creditNotes: 0 });
		expect(report.creditNotes?.netted.count).toBe(1);
		expect(report.revenueBreakdown).toMatchObject({ shipping: 18, returns: 12.75 });
	});

	it('nets a return of products no invoice had into the latest invoice with that much left, not into such an invoice', async () => {
		const { result, report } = await importOrdersText(
			UCI +
				PURCHASES +
				'536371,POST,POSTAGE,1,12/3/2010 10:00,18.00,12583,France\n' +
				'C536390,99999,SOMETHING ELSE,-1,12/5/2010 10:00,4.00,12583,France\n'
		);
		// 536371 has no sales to give back: the 4.00 comes off 536370 (25.50 − 4.00), and 536371 leaves
		// with its postage (before, it was kept as an order of −4.00, the note netted into it as read).
		expect(amounts(result)).toEqual([21.5, 19.8, 1.65]);
		expect(report.apartOnly).toMatchObject({ amount: 18, creditNotes: 0 });
		expect(report.creditNotes?.netted.count).toBe(1);
	});
});

const WOO = 'Order ID,Date,Email,Item Type,Item Name,Line Total\n';

describe('an order of shipping, fee or tax rows alone, by the row-type column', () => {
	it.each([
		{
			name: 'WooCommerce: an order of a shipping row alone',
			text:
				WOO +
				'1,2024-03-01,a@x.io,line_item,Mug,20.00\n' +
				'1,2024-03-01,a@x.io,shipping,Flat rate,5.00\n' +
				'2,2024-03-05,a@x.io,shipping,Flat rate,4.90\n' +
				'3,2024-03-09,b@x.io,line_item,Tea,12.00\n' +
				'4,2024-03-10,c@x.io,fee,Handling,1.50\n' +
				'4,2024-03-10,c@x.io,tax,VAT,0.30\n',
			// 2 (a@x.io's second "order") and 4 (c@x.io's only one) leave: 4.90 + 1.50 + 0.30.
			headline: { orders: 2, customers: 2, revenue: 32 },
			amounts: [20, 12],
			apart: { count: 2, amount: 6.7, rows: [4, 6] },
			// (No order kept has a tax row: none is shown.)
			breakdown: { shipping: 5, tax: null }
		},
		{
			name: 'Shoptet: an order of shipping and billing rows alone',
			text:
				'code;date;statusName;currency;totalPriceWithVat;paid;email;billFullName;billCountryName;orderItemType;orderItemName;orderItemAmount;orderItemTotalPriceWithVat;orderItemTotalPriceWithoutVat\n' +
				'2024000001;2024-01-04 10:05:11;Vyřízena;CZK;641,30;1;jan.novak@seznam.cz;Jan Novák;Česká republika;product;Hrnek keramický;2;484,00;400,00\n' +
				'2024000001;2024-01-04 10:05:11;Vyřízena;CZK;641,30;1;jan.novak@seznam.cz;Jan Novák;Česká republika;shipping;PPL;1;121,00;100,00\n' +
				'2024000002;2024-01-09 10:05:11;Vyřízena;CZK;157,30;1;jan.novak@seznam.cz;Jan Novák;Česká republika;shipping;PPL;1;121,00;100,00\n' +
				'2024000002;2024-01-09 10:05:11;Vyřízena;CZK;157,30;1;jan.novak@seznam.cz;Jan Novák;Česká republika;billing;Dobírka;1;36,30;30,00\n',
			headline: { orders: 1, customers: 1, revenue: 400 },
			amounts: [400],
			apart: { count: 1, amount: 130, rows: [4] },
			breakdown: { shipping: 100 }
		}
	])('$name', async ({ text, headline: expected, amounts: orderAmounts, apart, breakdown }) => {
		const { result, report } = await importOrdersText(text);
		expect(headline(report)).toEqual(expected);
		expect(amounts(result)).toEqual(orderAmounts);
		expect(report.apartOnly?.orders.count).toBe(apart.count);
		expect(report.apartOnly?.orders.examples.map((e) => e.row)).toEqual(apart.rows);
		expect(report.apartOnly?.amount).toBe(apart.amount);
		expect(report.revenueBreakdown).toMatchObject(breakdown);
		expect(report.revenueBreakdown?.fees ?? 0).toBe(0);
		// Read in byte ranges: the same.
		for (const ranges of [2, 3]) {
			const ranged = await importOrdersText(text, ranges);
			expect(amounts(ranged.result)).toEqual(orderAmounts);
			expect(ranged.report).toEqual(report);
		}
	});

	it('changes nothing in a file of one row per order', async () => {
		const { plan, report } = await importOrdersText(
			'Order ID,Date,Email,Item Type,Total\n1,2024-03-01,a@x.io,shipping,20.00\n2,2024-03-09,b@x.io,Physical,12.00\n'
		);
		expect(plan.amountMode).toBe('orderTotal');
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 32 });
		expect(report.apartOnly).toBeUndefined();
	});
});

describe('an order of postage alone, read in byte ranges', () => {
	/**
	 * The file read whole, and read in the byte ranges given (the first with the header), merged as
	 * the import merges them: the result, and whether the ranges were merged.
	 */
	async function inRanges(ranges: string[]) {
		const text = UCI + ranges.join('');
		const bytes = new TextEncoder().encode(text);
		const plan = inspectSample(sampleOf('f.csv', bytes)).plan;
		const whole = await runImport([sourceOf(bytes, plan, 4096)], { today: TEST_TODAY });
		const ranged = async () => {
			const reads = await Promise.all(
				ranges.map((range, k) =>
					readRange(
						sourceOf(new TextEncoder().encode(k === 0 ? UCI + range : range), plan, 50).chunks(),
						plan,
						{
							first: k === 0,
							today: TEST_TODAY,
							expectedOrders: 16,
							keyHashes: k < ranges.length - 1
						}
					)
				)
			);
			return { first: reads[0], rest: reads.slice(1).map((read) => structuredClone(partOf(read))) };
		};
		const timings = { mergeMs: 0, merged: false };
		const result = await runImport([{ ...sourceOf(bytes, plan, 4096), ranges: ranged }], {
			today: TEST_TODAY,
			timings
		});
		if (whole.kind !== 'orders' || result.kind !== 'orders') throw new Error('expected orders');
		return { whole, result, merged: timings.merged };
	}

	it.each([
		{
			name: 'its postage at the end of one range, its product at the start of the next',
			ranges: [
				PURCHASES + '536380,POST,POSTAGE,1,12/8/2010 10:00,18.00,12583,France\n',
				'536380,22423,REGENCY CAKESTAND 3 TIER,1,12/8/2010 10:00,12.75,12583,France\n'
			],
			// Kept: its product is in the second range.
			orders: 4,
			apartOnly: 0
		},
		{
			name: 'its postage in one range, its product further on in the next',
			ranges: [
				PURCHASES + '536380,POST,POSTAGE,1,12/8/2010 10:00,18.00,12583,France\n',
				'536381,47566,PARTY BUNTING,1,12/9/2010 9:00,4.95,12600,United Kingdom\n' +
					'536380,22423,REGENCY CAKESTAND 3 TIER,1,12/8/2010 10:00,12.75,12583,France\n'
			],
			orders: 5,
			apartOnly: 0
		},
		{
			name: 'postage alone in the first range, and in the second',
			ranges: [
				PURCHASES + '536380,POST,POSTAGE,1,12/8/2010 10:00,18.00,12583,France\n',
				'536381,47566,PARTY BUNTING,1,12/9/2010 9:00,4.95,12600,United Kingdom\n' +
					'536382,DOT,DOTCOM POSTAGE,1,12/9/2010 10:00,7.00,12700,Germany\n'
			],
			orders: 4,
			apartOnly: 2
		}
	])('$name', async ({ ranges, orders, apartOnly }) => {
		const { whole, result } = await inRanges(ranges);
		expect(result.report.ordersKept).toBe(orders);
		expect(result.report.apartOnly?.orders.count ?? 0).toBe(apartOnly);
		expect(result.report).toEqual(whole.report);
		expect([...result.columns.amount]).toEqual([...whole.columns.amount]);
		expect([...result.columns.customer]).toEqual([...whole.columns.customer]);
	});

	it('leaves out an order of postage alone of a range merged after the first', async () => {
		const { whole, result, merged } = await inRanges([
			PURCHASES,
			'536381,47566,PARTY BUNTING,1,12/9/2010 9:00,4.95,12600,United Kingdom\n' +
				'536382,DOT,DOTCOM POSTAGE,1,12/9/2010 10:00,7.00,12700,Germany\n'
		]);
		expect(merged).toBe(true);
		expect(headline(result.report)).toEqual({ orders: 4, customers: 2, revenue: 51.9 });
		expect(result.report.apartOnly).toMatchObject({ amount: 7, orders: { count: 1 } });
		expect(result.report.apartOnly?.orders.examples.map((e) => e.row)).toEqual([7]);
		expect(result.report).toEqual(whole.report);
	});
});

describe('a file of invoices of postage alone', () => {
	it('keeps no order, and the error says why', async () => {
		const error = await importOrdersText(
			UCI +
				'536371,POST,POSTAGE,1,12/3/2010 10:00,18.00,12583,France\n' +
				'536374,BANK CHARGES,Bank Charges,1,12/4/2010 11:00,15.00,12700,Germany\n'
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ImportError);
		expect((error as ImportError).code).toBe('noOrders');
		expect((error as ImportError).params).toMatchObject({ rows: 2, apartOnly: 2, cancelled: 0 });
	});
});

/** The file read whole and in 2, 3 and 4 byte ranges: the same orders and report each time. */
async function sameInRanges(text: string) {
	const whole = await importOrdersText(text);
	for (const ranges of [2, 3, 4]) {
		const ranged = await importOrdersText(text, ranges);
		expect(amounts(ranged.result)).toEqual(amounts(whole.result));
		expect([...ranged.result.columns.customer]).toEqual([...whole.result.columns.customer]);
		expect(ranged.report).toEqual(whole.report);
	}
	return whole;
}

const WOO_STATUS = 'Order ID,Date,Email,Status,Item Type,Item Name,Line Total\n';
const MUG = '1,2024-03-01,a@x.io,completed,line_item,Mug,20.00\n';

describe('an order whose products were all cancelled or refunded, its shipping left', () => {
	it.each([
		{
			name: 'its product row cancelled, after its shipping',
			rows:
				'2,2024-03-05,a@x.io,completed,shipping,Flat rate,4.90\n' +
				'2,2024-03-05,a@x.io,cancelled,line_item,Tea,12.00\n',
			cancelled: [4],
			refunded: [] as number[],
			refundedAmount: 0
		},
		{
			name: 'its product row refunded',
			rows:
				'2,2024-03-05,a@x.io,completed,shipping,Flat rate,4.90\n' +
				'2,2024-03-05,a@x.io,refunded,line_item,Tea,12.00\n',
			cancelled: [],
			refunded: [4],
			refundedAmount: 12
		},
		{
			name: 'its product row cancelled, before its shipping',
			rows:
				'2,2024-03-05,a@x.io,cancelled,line_item,Tea,12.00\n' +
				'2,2024-03-05,a@x.io,completed,shipping,Flat rate,4.90\n',
			cancelled: [3],
			refunded: [],
			refundedAmount: 0
		},
		{
			name: 'two product rows, one refunded and one cancelled, and a fee',
			rows:
				'2,2024-03-05,a@x.io,completed,shipping,Flat rate,4.90\n' +
				'2,2024-03-05,a@x.io,cancelled,line_item,Tea,12.00\n' +
				'2,2024-03-05,a@x.io,refunded,line_item,Cup,7.50\n' +
				'2,2024-03-05,a@x.io,completed,fee,Handling,1.00\n',
			cancelled: [],
			refunded: [4],
			refundedAmount: 7.5
		}
	])('$name: counted as such, not as an order of shipping alone', async (t) => {
		const { result, report } = await sameInRanges(WOO_STATUS + MUG + t.rows);
		// Before: counted under apartOnly ("no product"), its product rows under linesNoSale.
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 20 });
		expect(amounts(result)).toEqual([20]);
		expect(report.apartOnly).toBeUndefined();
		expect(report.linesNoSale).toBeUndefined();
		expect(report.cancelled.examples.map((e) => e.row)).toEqual(t.cancelled);
		expect(report.refunds.fullyRefunded.examples.map((e) => e.row)).toEqual(t.refunded);
		expect(report.refunds.refundedAmount).toBe(t.refundedAmount);
		// Its shipping and fee leave the breakdown still (no order kept had any).
		expect(report.revenueBreakdown?.shipping ?? 0).toBe(0);
		expect(report.revenueBreakdown?.fees ?? 0).toBe(0);
	});

	it('leaves a cancelled line of an order that stands as it was', async () => {
		const { report } = await sameInRanges(
			WOO_STATUS +
				MUG +
				'2,2024-03-05,a@x.io,completed,shipping,Flat rate,4.90\n' +
				'2,2024-03-05,a@x.io,cancelled,line_item,Tea,12.00\n' +
				'2,2024-03-05,a@x.io,completed,line_item,Cup,7.50\n'
		);
		expect(headline(report)).toEqual({ orders: 2, customers: 1, revenue: 27.5 });
		expect(report.linesNoSale?.examples.map((e) => e.row)).toEqual([4]);
		expect(report.cancelled.count).toBe(0);
		expect(report.revenueBreakdown?.shipping).toBe(4.9);
	});
});

describe('an order of shipping and a product row with no amount', () => {
	it.each([
		{ name: 'an empty line total', cell: '' },
		{ name: 'a line total of 0.00', cell: '0.00' }
	])('is an order worth 0.00 ($name), as before', async ({ cell }) => {
		const { result, report } = await sameInRanges(
			WOO +
				'1,2024-03-01,a@x.io,line_item,Mug,20.00\n' +
				'2,2024-03-05,a@x.io,shipping,Flat rate,4.90\n' +
				`2,2024-03-05,a@x.io,line_item,Free sample,${cell}\n`
		);
		// Before (empty cell): left out as an order of shipping alone.
		expect(headline(report)).toEqual({ orders: 2, customers: 1, revenue: 20 });
		expect(amounts(result)).toEqual([20, 0]);
		expect(report.apartOnly).toBeUndefined();
		expect(report.revenueBreakdown?.shipping).toBe(4.9);
	});
});

describe('UCI: a credit note of more postage than an invoice of postage alone had', () => {
	it.each([
		{
			name: 'another invoice had that postage: the note is of it',
			purchase:
				'536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France\n' +
				'536370,POST,POSTAGE,1,12/1/2010 8:45,18.00,12583,France\n',
			postageOnly: '536371,POST,POSTAGE,1,12/3/2010 10:00,5.00,12583,France\n',
			credit: 'C536390,POST,POSTAGE,-1,12/5/2010 10:00,18.00,12583,France\n',
			// 536371 leaves with its own 5.00; 536370's 18.00 of postage, given back: 0.
			apart: { amount: 5, creditNotes: 0 },
			shipping: 0,
			netted: 1,
			withoutOrder: 0,
			returnsWithoutOrder: 0
		},
		{
			name: 'no invoice had that much: what it had not stays netted in the latest invoice kept',
			purchase: '536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France\n',
			postageOnly: '536371,POST,POSTAGE,1,12/3/2010 10:00,5.00,12583,France\n',
			credit: 'C536390,POST,POSTAGE,-1,12/5/2010 10:00,18.00,12583,France\n',
			// 5.00 of the note gave back 536371's postage (both leave); 13.00 stays, as the file has it.
			apart: { amount: 0, creditNotes: 0 },
			shipping: -13,
			netted: 1,
			withoutOrder: 0,
			returnsWithoutOrder: 0
		},
		{
			name: 'the customer has no invoice kept: what it had not is a return of no order',
			purchase: '536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France\n',
			postageOnly: '536374,POST,POSTAGE,1,12/3/2010 10:00,5.00,12700,Germany\n',
			credit: 'C536391,POST,POSTAGE,-1,12/5/2010 10:00,18.00,12700,Germany\n',
			apart: { amount: 0, creditNotes: 0 },
			shipping: 0,
			netted: 0,
			withoutOrder: 1,
			returnsWithoutOrder: 13
		}
	])('$name', async (t) => {
		const { report } = await sameInRanges(UCI + t.purchase + t.postageOnly + t.credit);
		// Before: the note left with the invoice of postage alone, its amount −13.00.
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 25.5 });
		expect(report.apartOnly).toMatchObject(t.apart);
		expect(report.apartOnly?.orders.count).toBe(1);
		expect(report.revenueBreakdown?.shipping ?? 0).toBe(t.shipping);
		expect(report.creditNotes?.netted.count).toBe(t.netted);
		expect(report.creditNotes?.withoutOrder.count).toBe(t.withoutOrder);
		expect(report.creditNotes?.withoutOrderAmount).toBe(t.returnsWithoutOrder);
		expect(report.revenueBreakdown?.returnsWithoutOrder).toBe(t.returnsWithoutOrder);
	});
});

describe('the revenue breakdown of charges added and taken back out', () => {
	it.each([1, 400])('shows no tax or fees (%i copies), not -0', async (copies) => {
		const text = copiesOf(
			WOO +
				'1,2024-03-01,a@x.io,line_item,Mug,20.00\n' +
				'4,2024-03-10,c@x.io,fee,Handling,1.50\n' +
				'4,2024-03-10,c@x.io,tax,VAT,0.30\n',
			copies
		);
		const { report } = await sameInRanges(text);
		expect(report.ordersKept).toBe(copies);
		// Before (400 copies): tax −0.
		expect(report.revenueBreakdown?.tax).toBeNull();
		expect(report.revenueBreakdown?.fees).toBeUndefined();
	});
});

describe("a refund of an order's shipping, dated days after it", () => {
	it.each([
		{
			name: 'of an order of shipping alone',
			rows: '2,2024-03-05,a@x.io,shipping,Flat rate,4.90\n' + '2,2024-03-08,a@x.io,shipping,Flat rate,-4.90\n',
			// Before: 2 orders of shipping alone.
			apart: { count: 1, amount: 0 },
			shipping: 0
		},
		{
			name: 'of an order with a product',
			rows:
				'2,2024-03-05,a@x.io,line_item,Tea,12.00\n' +
				'2,2024-03-05,a@x.io,shipping,Flat rate,4.90\n' +
				'2,2024-03-08,a@x.io,shipping,Flat rate,-4.90\n',
			// Before: its refund an order of shipping alone, of −4.90.
			apart: null,
			shipping: 0
		}
	])('is a row of that order ($name)', async (t) => {
		const { report } = await sameInRanges(WOO + '1,2024-03-01,a@x.io,line_item,Mug,20.00\n' + t.rows);
		expect(report.apartOnly?.orders.count ?? 0).toBe(t.apart?.count ?? 0);
		if (t.apart) expect(report.apartOnly?.amount).toBe(t.apart.amount);
		else expect(report.apartOnly).toBeUndefined();
		expect(report.revenueBreakdown?.shipping ?? 0).toBe(t.shipping);
	});
});

// QA 64: a Shopify file's "Shipping" and a UCI file's POST lines (told by "StockCode") added up to
// one shipping figure, which the report named after the first file's column alone.
describe('the revenue breakdown’s sources, files of two layouts imported together', () => {
	const SHOP =
		'Name,Email,Created at,Subtotal,Shipping,Taxes,Total\n' +
		'#1001,ann@example.com,2010-12-03 10:00:00 +0000,40.00,5.00,0.00,45.00\n';

	it('names each file’s column of a part, the first file’s first', async () => {
		const { report } = await importOrderTexts(SHOP, UCI + PURCHASES);
		const breakdown = report.revenueBreakdown!;
		// Hand-worked: the shop's 5.00 and the UCI invoice's POSTAGE 18.00.
		expect(breakdown.shipping).toBeCloseTo(23, 2);
		expect(breakdown.names.shipping).toBe('Shipping');
		expect(breakdown.alsoNamed).toEqual({ shipping: ['StockCode'] });
	});

	it('names a part once where every file has the same column', async () => {
		const { report } = await importOrderTexts(
			UCI + PURCHASES,
			UCI + '536380,22423,REGENCY CAKESTAND 3 TIER,1,12/9/2010 8:45,12.75,12583,France\n'
		);
		expect(report.revenueBreakdown!.names.shipping).toBe('StockCode');
		expect(report.revenueBreakdown!.alsoNamed).toBeUndefined();
	});
});
