import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { indexCustomers } from '$lib/analysis/customers';
import type { OrdersResult } from '$lib/orders/accumulate';
import type { OrderColumns } from '$lib/orders/columns';
import { headline, importOrdersText, importOrderTexts } from '$lib/orders/test-support';
import { db } from './database';
import { storeImport } from './datasets';
import { toCsvRow } from '$lib/csv/escape';
import {
	AMOUNT_NOTE_COLUMN,
	COST_NOTE,
	CURRENCY_COLUMN,
	currencyNote,
	exportAmount,
	exportOrdersCsv,
	exportSequence
} from './export-orders';

beforeEach(async () => {
	await Promise.all(db().tables.map((t) => t.clear()));
});

/** Each customer's first order: its id, product, channel and discount code. */
function firstOrders(result: OrdersResult): Record<string, string[]> {
	const index = indexCustomers(result.columns, result.customers.length);
	const value = (dim: 'product' | 'channel' | 'discount', order: number) => {
		const column = result.dimensions[dim]!;
		const v = column.index[order];
		return v < 0 ? '' : column.values[v];
	};
	return Object.fromEntries(
		result.customers.map((c, k) => {
			const order = index.order[index.offset[k]];
			return [
				c,
				[
					result.orderIds!.get(order),
					value('product', order),
					value('channel', order),
					value('discount', order)
				]
			];
		})
	);
}

async function roundTrip(text: string) {
	const { result } = await importOrdersText(text);
	const id = await storeImport(result, 'Shop');
	const csv = (await exportOrdersCsv(id)).join('');
	const again = (await importOrdersText(csv)).result;
	return { result, csv, again };
}

describe('exporting a data set whose first orders of a day were decided by time', () => {
	/**
	 * A Shopify export, newest first. Hand-worked: a@x.io's orders of Feb 1 are #1003 at 16:45
	 * (Coffee, pos, no code) and #1001 at 09:15 (Tea, app, WELCOME), listed in that order: the first
	 * is #1001. b@x.io's first is #1002 (Feb 1, before #1004 of Feb 2): nothing to decide by time.
	 */
	const SHOPIFY =
		'Name,Email,Financial Status,Created at,Total,Lineitem quantity,Lineitem name,Lineitem price,Source,Discount Code\n' +
		'#1004,b@x.io,paid,2024-02-02 12:00:00 +0200,15.00,1,Tea,15.00,web,\n' +
		'#1003,a@x.io,paid,2024-02-01 16:45:00 +0200,30.00,1,Coffee,30.00,pos,\n' +
		'#1002,b@x.io,paid,2024-02-01 10:00:00 +0200,12.00,1,Mug,12.00,web,WELCOME\n' +
		'#1001,a@x.io,paid,2024-02-01 09:15:00 +0200,10.00,1,Tea,10.00,app,WELCOME\n';
	const FIRST = {
		'b@x.io': ['#1002', 'Mug', 'web', 'WELCOME'],
		'a@x.io': ['#1001', 'Tea', 'app', 'WELCOME']
	};

	it('writes each such first order before its customer’s other orders of the day: read back, the first orders are the same', async () => {
		const { result, csv, again } = await roundTrip(SHOPIFY);
		expect(firstOrders(result)).toEqual(FIRST);
		// #1001 moved up to just before #1003, the rest in their places.
		expect(csv.split('\r\n')).toEqual([
			'order_id,customer_id,order_date,amount,product,channel,discount_code',
			'#1004,b@x.io,2024-02-02,15,Tea,web,',
			'#1001,a@x.io,2024-02-01,10,Tea,app,WELCOME',
			'#1003,a@x.io,2024-02-01,30,Coffee,pos,',
			'#1002,b@x.io,2024-02-01,12,Mug,web,WELCOME',
			''
		]);
		expect(firstOrders(again)).toEqual(FIRST);
		// Read back, the first is first in the file: nothing left to list.
		expect(again.columns.firstOfDay).toBeUndefined();
	});

	it('keeps the first orders of a file with the time in a column of its own (PayPal)', async () => {
		// a@x.io pays TX3 at 18:40 (Mug), then TX2 at 14:05:09 (Tea) of Dec 31: the first is TX2.
		const row = (time: string, payer: string, gross: string, id: string, item: string) =>
			`"12/31/2023","${time}","PST","Buyer","Website Payment","Completed","USD","${gross}","-0.50","${gross}","${payer}","shop@x.io","${id}","${item}","","Credit"\n`;
		const text =
			'"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","From Email Address","To Email Address","Transaction ID","Item Title","Reference Txn ID","Balance Impact"\n' +
			row('18:40:00', 'a@x.io', '30.00', 'TX3', 'Mug') +
			row('14:05:09', 'a@x.io', '12.00', 'TX2', 'Tea') +
			row('10:00:00', 'b@x.io', '20.00', 'TX1', 'Coffee');
		const { result, again } = await roundTrip(text);
		const products = (r: OrdersResult) => {
			const index = indexCustomers(r.columns, r.customers.length);
			const product = r.dimensions.product!;
			return Object.fromEntries(
				r.customers.map((c, k) => {
					const order = index.order[index.offset[k]];
					return [c, [r.orderIds!.get(order), product.values[product.index[order]]]];
				})
			);
		};
		expect(products(result)).toEqual({ 'a@x.io': ['TX2', 'Tea'], 'b@x.io': ['TX1', 'Coffee'] });
		expect(products(again)).toEqual(products(result));
	});
});

// The export puts an apostrophe before a cell a spreadsheet could run as a formula (phone numbers,
// "-5% Tea"); the import takes it off again, and reads an id written ="…" as its digits: an export
// read beside the file it came from is that file's orders again, every one a duplicate.
describe('an export read back beside its original', () => {
	const ORIGINAL =
		'order_id,customer_id,order_date,amount,product,channel,discount_code\n' +
		'="1650009220308087884",+371 20000001,2024-01-05,12.50,-5% Tea,@instagram,+SPRING\n' +
		'="1650002831830441044",+371 20000002,2024-01-06,20.00,Mug,web,\n' +
		'-1003,+371 20000001,2024-02-05,7.25,=Cup,web,\n';

	it('is every order again, with the same ids, customers and dimensions', async () => {
		const { result, csv, again } = await roundTrip(ORIGINAL);
		// Hand-worked: 3 orders of 2 customers, 12.50 + 20.00 + 7.25.
		expect(headline(result.report)).toEqual({ orders: 3, customers: 2, revenue: 39.75 });
		expect(csv.split('\r\n').slice(1, 3)).toEqual([
			"1650009220308087884,'+371 20000001,2024-01-05,12.5,'-5% Tea,'@instagram,'+SPRING",
			"1650002831830441044,'+371 20000002,2024-01-06,20,Mug,web,"
		]);
		expect(again.customers).toEqual(result.customers);
		expect([0, 1, 2].map((i) => again.orderIds!.get(i))).toEqual([
			'1650009220308087884',
			'1650002831830441044',
			'-1003'
		]);
		for (const d of ['product', 'channel', 'discount'] as const)
			expect(again.dimensions[d]?.values).toEqual(result.dimensions[d]?.values);
		// Before: 6 orders of 4 customers, 79.50, no duplicates.
		const { report } = await importOrderTexts(ORIGINAL, csv);
		expect(headline(report)).toEqual(headline(result.report));
		expect(report.duplicates.count).toBe(3);
	});
});

describe('the order the export writes orders in', () => {
	const columns = (customer: number[], day: number[], firstOfDay?: number[]): OrderColumns => ({
		count: customer.length,
		customer: Int32Array.from(customer),
		day: Int32Array.from(day),
		amount: new Float64Array(customer.length),
		...(firstOfDay && { firstOfDay: Int32Array.from(firstOfDay) })
	});
	it.each([
		// customers, days, first of their day by time, the order written (null: the data set's)
		['no list', [0, 0], [1, 1], undefined, null],
		['an empty list', [0, 0], [1, 1], [], null],
		// Customer 0's later day first (newest first), then its first day's 18:00 and 09:00 orders.
		['one moved past a later day’s order', [0, 0, 0], [5, 1, 1], [2], [0, 2, 1]],
		// Customers 0 and 1 interleaved, each's second order of day 1 the first by time.
		['two, interleaved', [0, 1, 0, 1, 2], [1, 1, 1, 1, 1], [2, 3], [2, 0, 3, 1, 4]],
		// Customer 0's third order of the day is the first: before the first of the three.
		['one moved past two', [0, 0, 0, 1], [3, 3, 3, 3], [2], [2, 0, 1, 3]]
	])('%s', (_, customer, day, firstOfDay, expected) => {
		const sequence = exportSequence(columns(customer, day, firstOfDay));
		expect(sequence && Array.from(sequence)).toEqual(expected);
	});
});

// An order some of whose line items have no cost keeps the others' (ecc50d9): its cost is too low,
// and the export says so beside it rather than write it as if it were the whole cost.
describe('exporting partial costs of goods', () => {
	/** I1: both lines costed (12 + 2); I2: its second line has no cost (6 of it); I3: no cost at all. */
	const LINES =
		'invoice,customer,date,quantity,unit_price,unit_cost\n' +
		'I1,c1,2023-01-01,3,10,4\n' +
		'I1,c1,2023-01-01,1,5,2\n' +
		'I2,c2,2023-01-02,2,8,3\n' +
		'I2,c2,2023-01-02,1,9,\n' +
		'I3,c1,2023-01-03,1,7,\n';
	const rowsOf = (csv: string) => csv.trim().split('\r\n');

	it('marks the order whose cost lacks some line items’, and only it', async () => {
		const { result, csv, again } = await roundTrip(LINES);
		expect(Array.from(result.costPartial ?? [])).toEqual([result.orderIds!.toArray().indexOf('I2')]);
		const rows = rowsOf(csv);
		expect(rows[0]).toBe('order_id,customer_id,order_date,amount,cost_of_goods,cost_of_goods_note');
		expect(rows.slice(1)).toEqual([
			'I1,c1,2023-01-01,35,14,',
			`I2,c2,2023-01-02,25,6,${toCsvRow([COST_NOTE.partial])}`,
			'I3,c1,2023-01-03,7,,'
		]);
		// Read back, the note is passed over: the same costs.
		expect(Array.from(again.cost!)).toEqual(Array.from(result.cost!));
	});

	it('adds no note column where every cost is whole', async () => {
		const { csv } = await roundTrip(LINES.split('\n').slice(0, 4).join('\n') + '\n');
		expect(rowsOf(csv)[0]).toBe('order_id,customer_id,order_date,amount,cost_of_goods');
	});

	it('says a cost may be partial where the data set was stored before partial costs were marked', async () => {
		const { result } = await importOrdersText(LINES);
		// As stored before: the report counts the partial orders, the chunks do not list them.
		const id = await storeImport({ ...result, costPartial: null }, 'Shop');
		const rows = rowsOf((await exportOrdersCsv(id)).join(''));
		expect(rows[0].endsWith(',cost_of_goods,cost_of_goods_note')).toBe(true);
		expect(rows[1]).toBe(`I1,c1,2023-01-01,35,14,${toCsvRow([COST_NOTE.unknown])}`);
		expect(rows[3]).toBe('I3,c1,2023-01-03,7,,');
	});
});

// QA 55a: a data set of USD and CAD orders was exported with no word of its currencies, so the CAD
// amounts lost theirs. Which currency each order is in is not kept: every row says the amounts mix them.
describe('exporting orders in several currencies', () => {
	const TWO =
		'Order ID,Customer Email,Order Date,Amount,Currency\n' +
		'C-1,b1@x.io,2024-03-01,40.00,USD\n' +
		'C-2,b2@x.io,2024-03-02,25.00,USD\n' +
		'C-3,b3@x.io,2024-03-03,30.00,CAD\n';

	it('says on every row that the amounts are in several currencies, added up unconverted', async () => {
		const { csv, again } = await roundTrip(TWO);
		const note = toCsvRow([
			currencyNote([
				['USD', 2],
				['CAD', 1]
			])
		]);
		expect(note).toContain('several currencies (USD 2, CAD 1), added up without conversion');
		expect(csv.trim().split('\r\n')).toEqual([
			`order_id,customer_id,order_date,amount,${AMOUNT_NOTE_COLUMN}`,
			`C-1,b1@x.io,2024-03-01,40,${note}`,
			`C-2,b2@x.io,2024-03-02,25,${note}`,
			`C-3,b3@x.io,2024-03-03,30,${note}`
		]);
		// Read back, the note is passed over: the same amounts.
		expect(Array.from(again.columns.amount)).toEqual([40, 25, 30]);
	});

	it('adds no note where the orders are in one currency', async () => {
		const { csv } = await roundTrip(TWO.replace(',CAD', ',USD'));
		expect(csv.split('\r\n')[0]).toBe(`order_id,customer_id,order_date,amount,${CURRENCY_COLUMN}`);
	});
});

// QA 64: an export of a data set in EUR, read back by a reader whose currency setting is GBP, came
// back in pounds; and its amounts, rounded to the cent per order, added up to a revenue a few
// cents off (an order's kept share of a partial refund can hold fractions of a cent).
describe('an export read back gives the same currency and revenue', () => {
	it('writes the currency the file named on every row, and it is read back', async () => {
		const { result, csv, again } = await roundTrip(
			'Order ID,Customer Email,Order Date,Amount,Currency\nE-1,a@x.io,2024-03-01,40.00,EUR\nE-2,b@x.io,2024-03-02,25.00,EUR\n'
		);
		expect(csv.trim().split('\r\n')).toEqual([
			`order_id,customer_id,order_date,amount,${CURRENCY_COLUMN}`,
			'E-1,a@x.io,2024-03-01,40,EUR',
			'E-2,b@x.io,2024-03-02,25,EUR'
		]);
		expect(result.report.currency).toBe('EUR');
		expect(again.report.currency).toBe('EUR');
		expect(again.report.currencyFrom).toBe('column');
	});

	it('writes no currency where the file named none (the reader’s setting was used, and is again)', async () => {
		const { result, csv } = await roundTrip(
			'Order ID,Customer Email,Order Date,Amount\nE-1,a@x.io,2024-03-01,40.00\n'
		);
		expect(result.report.currency).toBeNull();
		expect(csv.split('\r\n')[0]).toBe('order_id,customer_id,order_date,amount');
	});

	it('keeps amounts below a cent, so the revenue read back is the same', async () => {
		// Hand-worked: 3 × 10.3333 = 30.9999; rounded to cents per order it was 30.99.
		const { result, csv, again } = await roundTrip(
			'Order ID,Customer Email,Order Date,Amount\nE-1,a@x.io,2024-03-01,10.3333\nE-2,b@x.io,2024-03-02,10.3333\nE-3,a@x.io,2024-03-03,10.3333\n'
		);
		expect(csv.split('\r\n')[1]).toBe('E-1,a@x.io,2024-03-01,10.3333');
		expect(Array.from(again.columns.amount)).toEqual(Array.from(result.columns.amount));
		expect(again.columns.amount.reduce((sum, a) => sum + a, 0)).toBeCloseTo(30.9999, 9);
	});

	it.each([
		[12.5, 12.5],
		[10.333333333333334, 10.333333],
		[0.0000004, 0],
		[1234567.8912345, 1234567.891235]
	])('writes %s as %s', (amount, written) => {
		expect(exportAmount(amount)).toBe(written);
	});
});
