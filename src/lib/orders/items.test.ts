import { describe, expect, it } from 'vitest';
import { inspectSample } from './inspect';
import { runImport, type ImportSource } from './pipeline';
import { sampleOf, sourceOf } from './test-support';

const TODAY = 20_000; // 2024-10-04
const encoder = new TextEncoder();

function sourceOfText(name: string, text: string): ImportSource {
	const bytes = encoder.encode(text);
	return sourceOf(bytes, inspectSample(sampleOf(name, bytes)).plan);
}

/** Each kept order's products by order id, as names, and the raw encoding. */
async function itemsOf(...texts: string[]) {
	const result = await runImport(
		texts.map((text, i) => sourceOfText(`f${i}.csv`, text)),
		{ today: TODAY }
	);
	if (result.kind !== 'orders') throw new Error('not orders');
	const { items, orderIds, columns } = result;
	if (!items) return { items, byOrder: null, result };
	expect(items.start).toBeInstanceOf(Int32Array);
	expect(items.product).toBeInstanceOf(Int32Array);
	expect(items.start.length).toBe(columns.count + 1);
	expect(items.start[columns.count]).toBe(items.product.length);
	const byOrder: Record<string, string[]> = {};
	for (let i = 0; i < columns.count; i++)
		byOrder[orderIds!.get(i)] = [...items.product.subarray(items.start[i], items.start[i + 1])].map(
			(p) => items.values[p]
		);
	return { items, byOrder, result };
}

const SHOPIFY_HEADER =
	'Name,Email,Financial Status,Created at,Total,Lineitem quantity,Lineitem name,Lineitem price,Cancelled at\n';
const SHOPIFY =
	SHOPIFY_HEADER +
	'#1,a@x.io,paid,2023-01-05 10:00:00 +0100,30.00,1,Mug,10.00,\n' +
	'#1,a@x.io,,2023-01-05 10:00:00 +0100,,1,"Tea, green",10.00,\n' +
	// The same product again in one order: one item.
	'#1,a@x.io,,2023-01-05 10:00:00 +0100,,1,Mug,10.00,\n' +
	'#2,b@x.io,paid,2023-01-06 09:00:00 +0100,15.00,1,Teapot,15.00,\n' +
	// Cancelled: not a purchase, and none of its lines are items.
	'#3,a@x.io,paid,2023-01-07 09:00:00 +0100,12.00,1,Kettle,12.00,2023-01-08 10:00:00 +0100\n' +
	'#3,a@x.io,,2023-01-07 09:00:00 +0100,,1,Lid,0.00,\n' +
	'#4,b@x.io,voided,2023-01-09 09:00:00 +0100,5.00,1,Spoon,5.00,\n' +
	'#5,b@x.io,paid,2023-01-10 09:00:00 +0100,8.00,1,Honey,8.00,\n' +
	'#5,b@x.io,,2023-01-10 09:00:00 +0100,,2,Mug,0.00,\n';

const WOO_ANALYTICS =
	'Date,Order #,Status,Customer,Customer type,Product(s),Items sold,Coupon(s),Net Sales,Attribution\n' +
	'2023-07-01,9001,Completed,Jane Doe,new,"Mug, Teapot",2,,45.00,Direct\n' +
	'2023-07-03,9002,Processing,Mike Roe,new,Honey,1,,12.50,Organic: Google\n' +
	'2023-07-09,9003,Completed,Jane Doe,returning,"Matcha, Mug, Matcha",3,SUMMER,27.00,Direct\n' +
	'2023-07-12,9005,Cancelled,Lina Poe,new,Tray,1,,20.00,Direct\n' +
	'2023-07-13,9006,Refunded,Lina Poe,new,Kettle,1,,35.00,Direct\n';

/** A WooCommerce orders export with one row per line item: a product name may hold a comma. */
const WOO_LINES =
	'order_id,order_date,status,order_total,billing_email,item_name\n' +
	'601,2023-05-01 12:00:00,wc-completed,30.00,jane@shop.test,"Tea, green"\n' +
	'601,2023-05-01 12:00:00,wc-completed,30.00,jane@shop.test,Mug\n' +
	'602,2023-05-02 12:00:00,wc-pending,10.00,mike@shop.test,Honey\n' +
	'603,2023-05-03 12:00:00,wc-completed,10.00,mike@shop.test,Honey\n';

const UCI =
	'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n' +
	'536400,A1,MUG,4,1/13/2011 9:00,2.50,17001,United Kingdom\n' +
	'536400,A2,PLATE,2,1/13/2011 9:00,5.00,17001,United Kingdom\n' +
	'536400,A1,MUG,1,1/13/2011 9:00,2.50,17001,United Kingdom\n' +
	'536401,A3,LAMP,1,1/20/2011 10:00,30.00,17002,United Kingdom\n' +
	// A credit note returns a mug and a vase: neither is a purchase.
	'C536402,A1,MUG,-2,2/1/2011 11:00,2.50,17001,United Kingdom\n' +
	'C536402,A9,VASE,-1,2/1/2011 11:00,12.00,17001,United Kingdom\n' +
	// A line with no quantity is skipped; the invoice's next line starts it.
	'536403,A5,BOWL,0,3/1/2011 9:00,8.00,17001,United Kingdom\n' +
	'536403,A6,KNIFE,2,3/1/2011 9:00,4.00,17001,United Kingdom\n' +
	// A further line of an earlier invoice, not next to it.
	'536401,A7,SPOON,3,1/20/2011 10:00,1.25,17002,United Kingdom\n';

/** A generic export with a product column (the rows follow). */
const GENERIC = 'order_id,customer_id,order_date,total,product\n';

describe('line items per order', () => {
	it.each([
		{
			name: 'Shopify: line rows of an order, a repeated product, cancelled and voided orders',
			texts: [SHOPIFY],
			byOrder: { '#1': ['Mug', 'Tea, green'], '#2': ['Teapot'], '#5': ['Honey', 'Mug'] },
			values: ['Mug', 'Tea, green', 'Teapot', 'Honey'],
			start: [0, 2, 3, 5],
			product: [0, 1, 2, 3, 0]
		},
		{
			name: 'Shopify: an order repeated in a second export adds nothing (not even a new product)',
			texts: [
				SHOPIFY,
				SHOPIFY_HEADER +
					'#2,b@x.io,paid,2023-01-06 09:00:00 +0100,15.00,1,Teapot,15.00,\n' +
					'#2,b@x.io,,2023-01-06 09:00:00 +0100,,1,Cosy,0.00,\n' +
					'#6,c@x.io,paid,2023-02-01 09:00:00 +0100,9.00,1,Cosy,9.00,\n'
			],
			byOrder: { '#1': ['Mug', 'Tea, green'], '#2': ['Teapot'], '#5': ['Honey', 'Mug'], '#6': ['Cosy'] },
			values: ['Mug', 'Tea, green', 'Teapot', 'Honey', 'Cosy'],
			start: [0, 2, 3, 5, 6],
			product: [0, 1, 2, 3, 0, 4]
		},
		{
			name: 'WooCommerce Analytics: the Product(s) list split, a repeat kept once, cancelled and refunded orders',
			texts: [WOO_ANALYTICS],
			byOrder: { '9001': ['Mug', 'Teapot'], '9002': ['Honey'], '9003': ['Matcha', 'Mug'] },
			values: ['Mug', 'Teapot', 'Honey', 'Matcha'],
			start: [0, 2, 3, 5],
			product: [0, 1, 2, 3, 0]
		},
		{
			name: 'WooCommerce line rows: a product name with a comma is one product; an unpaid order has none',
			texts: [WOO_LINES],
			byOrder: { '601': ['Tea, green', 'Mug'], '603': ['Honey'] },
			values: ['Tea, green', 'Mug', 'Honey'],
			start: [0, 2, 3],
			product: [0, 1, 2]
		},
		{
			name: 'UCI: invoice lines, a credit note (not purchases), a skipped line, a line out of place',
			texts: [UCI],
			byOrder: { '536400': ['MUG', 'PLATE'], '536401': ['LAMP', 'SPOON'], '536403': ['KNIFE'] },
			values: ['MUG', 'PLATE', 'LAMP', 'KNIFE', 'SPOON'],
			start: [0, 2, 4, 5],
			product: [0, 1, 2, 4, 3]
		},
		{
			name: 'one product an order, each on its order’s row',
			texts: [`${GENERIC}1,c1,2023-01-05,10,Mug\n2,c2,2023-01-06,12,Tea\n3,c1,2023-01-07,9,Mug\n`],
			byOrder: { '1': ['Mug'], '2': ['Tea'], '3': ['Mug'] },
			values: ['Mug', 'Tea'],
			start: [0, 1, 2, 3],
			product: [0, 1, 0]
		},
		{
			name: 'as many line items as orders, but two in one order and none in another',
			texts: [
				`${GENERIC}1,c1,2023-01-05,10,Mug\n1,c1,2023-01-05,,Tea\n2,c2,2023-01-06,12,\n3,c1,2023-01-07,9,Mug\n`
			],
			byOrder: { '1': ['Mug', 'Tea'], '2': [], '3': ['Mug'] },
			values: ['Mug', 'Tea'],
			start: [0, 2, 2, 3],
			product: [0, 1, 0]
		},
		{
			name: 'as many line rows as orders, one product twice in one order and none in the other',
			texts: [`${GENERIC}1,c1,2023-01-05,10,Mug\n1,c1,2023-01-05,,Mug\n2,c2,2023-01-06,12,\n`],
			byOrder: { '1': ['Mug'], '2': [] },
			values: ['Mug'],
			start: [0, 1, 1],
			product: [0]
		}
	])('$name', async ({ texts, byOrder, values, start, product }) => {
		const got = await itemsOf(...texts);
		expect(got.byOrder).toEqual(byOrder);
		expect(got.items!.values).toEqual(values);
		expect([...got.items!.start]).toEqual(start);
		expect([...got.items!.product]).toEqual(product);
	});

	it('nets the credit note into the order but keeps its products out of the items', async () => {
		const { result } = await itemsOf(UCI);
		expect(result.report.creditNotes?.netted.count).toBe(1);
		expect(result.dimensions.product?.values).toEqual(['MUG', 'LAMP', 'KNIFE']);
	});

	it('is null when no file has a product column', async () => {
		const { items } = await itemsOf('Order ID,Customer ID,Order Date,Total\n1,c1,2023-01-05,10\n');
		expect(items).toBeNull();
	});

	it('gives orders of a file without a product column no items when another file has one', async () => {
		const { byOrder } = await itemsOf(
			'Order ID,Customer ID,Order Date,Total\n1,c1,2023-01-05,10\n',
			'Order ID,Customer ID,Order Date,Total,Product\n2,c1,2023-02-05,10,Tea\n3,c2,2023-02-06,12,\n'
		);
		expect(byOrder).toEqual({ '1': [], '2': ['Tea'], '3': [] });
	});

	// A stray line of an earlier order (no total, not next to it) adds its item only when that
	// order is of the same file; a later file's stray line of it is counted, its item not added.
	// [files (Shopify rows after the header), each order's products]
	const row = (id: string, email: string, total: string, product: string) =>
		`${id},${email},${total ? 'paid' : ''},2023-01-05 10:00:00 +0100,${total},1,${product},10.00,\n`;
	const strays: [string, string[], Record<string, string[]>][] = [
		[
			'one file',
			[
				row('#1', 'a@x.io', '10.00', 'Mug') +
					row('#2', 'b@x.io', '10.00', 'Lamp') +
					row('#1', 'a@x.io', '', 'Tea')
			],
			{ '#1': ['Mug', 'Tea'], '#2': ['Lamp'] }
		],
		[
			'the order in an earlier file',
			[
				row('#1', 'a@x.io', '10.00', 'Mug'),
				row('#2', 'b@x.io', '10.00', 'Lamp') + row('#1', 'a@x.io', '', 'Tea')
			],
			{ '#1': ['Mug'], '#2': ['Lamp'] }
		],
		[
			'a file of no orders between',
			[
				row('#1', 'a@x.io', '10.00', 'Mug'),
				// Voided: no order kept from this file.
				row('#9', 'z@x.io', '10.00', 'Spoon').replace(',paid,', ',voided,'),
				row('#2', 'b@x.io', '10.00', 'Lamp') +
					row('#3', 'c@x.io', '10.00', 'Pot') +
					row('#1', 'a@x.io', '', 'Tea') +
					row('#2', 'b@x.io', '', 'Cup')
			],
			{ '#1': ['Mug'], '#2': ['Lamp', 'Cup'], '#3': ['Pot'] }
		],
		[
			'three files, strays of each earlier one',
			[
				row('#1', 'a@x.io', '10.00', 'Mug') + row('#2', 'b@x.io', '10.00', 'Lamp'),
				row('#3', 'c@x.io', '10.00', 'Pot') +
					row('#1', 'a@x.io', '', 'Tea') +
					row('#4', 'd@x.io', '10.00', 'Jar'),
				row('#5', 'e@x.io', '10.00', 'Bag') +
					row('#3', 'c@x.io', '', 'Lid') +
					row('#5', 'e@x.io', '', 'Box') +
					row('#4', 'd@x.io', '', 'Cap')
			],
			{ '#1': ['Mug'], '#2': ['Lamp'], '#3': ['Pot'], '#4': ['Jar'], '#5': ['Bag', 'Box'] }
		]
	];
	it.each(strays)('adds a stray line’s item to its order only within its file: %s', async (_, files, expected) => {
		const { byOrder, result } = await itemsOf(...files.map((rows) => SHOPIFY_HEADER + rows));
		expect(byOrder).toEqual(expected);
		// The rows with no total are line items.
		const lines = files
			.join('')
			.split('\n')
			.filter((line) => line && line.split(',')[4] === '');
		expect(result.report.lineItemRows).toBe(lines.length);
	});
});
