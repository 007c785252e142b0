import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, type Dimension } from './columns';
import { inspectSample } from './inspect';
import { DIMENSION_ROLE, normaliseHeader, recogniseLayout } from './layouts';
import { runImport } from './pipeline';
import { importOrdersText, sampleOf, sourceOf } from './test-support';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/orders');
const TODAY = 20_000; // 2024-10-04

/**
 * Per fixture: the header each dimension is read from, and each kept order's value (null = none),
 * worked out from the rows in make-fixtures.mjs (the first line item's product; a dimension
 * whose column is empty on every kept order is not stored).
 */
const CASES: {
	file: string;
	headers: Partial<Record<Dimension, string>>;
	values: Partial<Record<Dimension, (string | null)[]>>;
}[] = [
	{
		file: 'shopify_orders.csv',
		// (Its Lineitem sku cells are all empty: no SKU is stored.)
		headers: {
			product: 'Lineitem name',
			sku: 'Lineitem sku',
			channel: 'Source',
			country: 'Billing Country',
			discount: 'Discount Code'
		},
		values: {
			product: ['Mug "Classic"', 'Teapot', 'Black tea', 'Honey', 'Replacement lid', 'Matcha'],
			channel: ['web', 'web', 'web', 'web', 'web', 'web'],
			country: ['LV', 'LV', 'LV', 'LV', 'LV', 'LV']
		}
	},
	{
		file: 'shopify_taxes_refunds.csv',
		// (Its Lineitem sku cells are all empty: no SKU is stored.)
		headers: {
			product: 'Lineitem name',
			sku: 'Lineitem sku',
			channel: 'Source',
			country: 'Billing Country',
			discount: 'Discount Code'
		},
		values: {
			product: ['Tea', 'Teapot', 'Tea set', 'Honey'],
			channel: ['web', 'web', 'web', 'web'],
			country: ['LV', 'LV', 'LV', 'LV'],
			discount: ['WELCOME10', null, null, null]
		}
	},
	{
		file: 'woocommerce_orders.csv',
		headers: { country: 'billing_country' },
		values: { country: ['US', 'US', 'US', 'CA'] }
	},
	{
		file: 'woocommerce_analytics.csv',
		headers: { product: 'Product(s)', channel: 'Attribution', discount: 'Coupon(s)' },
		values: {
			product: ['Mug', 'Honey', 'Matcha'], // the first of the listed products
			channel: ['Direct', 'Organic: Google', 'Direct'],
			discount: [null, null, 'SUMMER']
		}
	},
	{
		file: 'uci_online_retail.csv',
		headers: { product: 'Description', sku: 'StockCode', country: 'Country' },
		values: {
			// The first line item's StockCode beside its Description (before, StockCode was never read).
			sku: ['85123A', '22633', '84879', '22961', '22423'],
			product: [
				'WHITE HANGING HEART T-LIGHT HOLDER',
				'HAND WARMER UNION JACK',
				'ASSORTED COLOUR BIRD ORNAMENT',
				'JAM MAKING SET PRINTED',
				'REGENCY CAKESTAND 3 TIER'
			],
			country: ['United Kingdom', 'United Kingdom', 'United Kingdom', 'United Kingdom', 'France']
		}
	},
	{
		file: 'uci_credit_notes.csv',
		headers: { product: 'Description', sku: 'StockCode', country: 'Country' },
		values: {
			product: ['MUG', 'LAMP', 'CUP', 'BOWL', 'KNIFE'],
			sku: ['A1', 'A3', 'A4', 'A5', 'A6'],
			country: ['United Kingdom', 'United Kingdom', 'France', 'United Kingdom', 'United Kingdom']
		}
	},
	{
		file: 'lv_orders_1257.csv',
		headers: { country: 'Valsts' },
		values: { country: ['Latvija', 'Latvija', 'Latvija', 'Lietuva'] }
	},
	{ file: 'generic_us_bom.csv', headers: {}, values: {} }
];

describe.each(CASES)('dimensions of $file', ({ file, headers, values }) => {
	const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
	const { plan } = inspectSample(sampleOf(file, bytes));

	it('maps each dimension to its column', () => {
		const mapped: Partial<Record<Dimension, string>> = {};
		for (const dim of DIMENSIONS) {
			const column = plan.mapping[DIMENSION_ROLE[dim]];
			if (column !== undefined) mapped[dim] = plan.headers![column].replace(/^\ufeff/, '');
		}
		expect(mapped).toEqual(headers);
	});

	it('stores every kept order’s value, dictionary-encoded', async () => {
		const result = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		if (result.kind !== 'orders') throw new Error('not orders');
		const count = result.columns.count;
		const stored = Object.fromEntries(
			Object.entries(result.dimensions).map(([dim, column]) => {
				expect(column.index).toBeInstanceOf(Int32Array);
				expect(new Set(column.values).size).toBe(column.values.length);
				return [dim, [...column.index.subarray(0, count)].map((i) => (i < 0 ? null : column.values[i]))];
			})
		);
		expect(stored).toEqual(values);
	});
});

describe('the discount-code column in each language', () => {
	it.each([
		['Discount Code', 'discountCode'],
		['Coupon(s)', 'discountCode'],
		['coupon_code', 'discountCode'],
		['Coupons', 'discountCode'],
		['coupon', 'discountCode'],
		['Promo code', 'discountCode'],
		['Voucher', 'discountCode'],
		['Atlaides kods', 'discountCode'],
		['Промокод', 'discountCode'],
		['优惠码', 'discountCode'],
		['Kortingscode', 'discountCode'],
		// The amount of the discount is another role, a part of the revenue.
		['Discount Amount', 'discount'],
		['Discount', 'discount']
	])('%s is the %s', (header, role) => {
		const layout = recogniseLayout(
			[
				['Order ID', 'Customer ID', 'Order Date', 'Total', header],
				['1', 'c1', '2023-01-05', '10.00', 'X']
			],
			','
		);
		expect(layout.layout).toBe('generic');
		const found = Object.entries(layout.mapping).find(([, column]) => column === 4)?.[0];
		expect(found).toBe(role);
	});

	it('is stored per order, and kept apart from the discount amount', async () => {
		const text =
			'Order ID,Customer ID,Order Date,Total,Discount,Coupon code\n' +
			'1,c1,2023-01-05,10.00,2.00,SPRING\n' +
			'2,c2,2023-01-06,20.00,,\n' +
			'3,c1,2023-01-07,30.00,1.00,spring\n' +
			'4,c3,2023-01-08,5.00,3.00,SPRING\n';
		const bytes = new TextEncoder().encode(text);
		const { plan } = inspectSample(sampleOf('f.csv', bytes));
		const result = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		if (result.kind !== 'orders') throw new Error('not orders');
		const discount = result.dimensions.discount!;
		// One code in any case, as the shops take it: kept as first written.
		expect(discount.values).toEqual(['SPRING']);
		expect([...discount.index.subarray(0, 4)]).toEqual([0, -1, 0, 0]);
		expect(result.report.revenueBreakdown?.discounts).toBe(6);
	});
});

describe('the SKU beside the product name (one name, several SKUs)', () => {
	// Per layout: header, one data row, and the headers the product and the SKU are read from.
	it.each([
		[
			'shopify',
			'Name,Email,Financial Status,Created at,Total,Lineitem name,Lineitem sku,Lineitem quantity,Lineitem price',
			'#1,a@x.lv,paid,2024-01-05 10:00:00 +0200,8.00,Green Tea,GT-50,1,8.00',
			'Lineitem name',
			'Lineitem sku'
		],
		[
			'woocommerce',
			'Order ID,Order Date,Order Total,Billing Email,Item Name,SKU,Coupon Code',
			'5001,2024-01-03 12:42:41,12.90,w@x.lv,Green Tea,GT-50,',
			'Item Name',
			'SKU'
		],
		[
			'uci',
			'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
			'536365,GT-50,GREEN TEA,1,01/11/2024 01:20,7.00,12036,CN',
			'Description',
			'StockCode'
		],
		[
			'generic',
			'Order ID,Customer ID,Order Date,Total,Product name,SKU',
			'1,c1,2023-01-05,10.00,Green Tea,GT-50',
			'Product name',
			'SKU'
		],
		// A file whose only product column is a SKU reads it as the SKU: its items are known by SKU
		// alone, never shown as product names (see sku-only-items.test.ts).
		['generic', 'Order ID,Customer ID,Order Date,Total,SKU', '1,c1,2023-01-05,10.00,GT-50', undefined, 'SKU']
	])('%s: %s', (layout, header, row, product, sku) => {
		const match = recogniseLayout([header.split(','), row.split(',')], ',');
		const headers = header.split(',');
		expect(match.layout).toBe(layout);
		expect(headers[match.mapping.product!]).toBe(product);
		expect(match.mapping.sku === undefined ? undefined : headers[match.mapping.sku]).toBe(sku);
	});

	it.each([1, 2])(
		'is stored per order, dictionary-encoded: the first line item’s (%i byte ranges)',
		async (ranges) => {
			const text =
				'Name,Email,Financial Status,Created at,Total,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku\n' +
				'#1,a@x.lv,paid,2024-01-05 10:00:00 +0200,8.00,1,Green Tea,8.00,GT-50\n' +
				'#2,b@x.lv,paid,2024-01-06 10:00:00 +0200,26.00,1,Green Tea,14.00,GT-100\n' +
				'#2,b@x.lv,,2024-01-06 10:00:00 +0200,,1,Mug,12.00,MUG-1\n' +
				'#3,c@x.lv,paid,2024-01-07 10:00:00 +0200,12.00,1,Mug,12.00,\n' +
				'#4,d@x.lv,paid,2024-01-08 10:00:00 +0200,8.00,1,Green Tea,8.00,GT-50\n';
			const { result } = await importOrdersText(text, ranges);
			const count = result.columns.count;
			const of = (dim: Dimension) => {
				const column = result.dimensions[dim]!;
				expect(column.index).toBeInstanceOf(Int32Array);
				return [...column.index.subarray(0, count)].map((i) => (i < 0 ? null : column.values[i]));
			};
			// Before, only the name was kept: "Green Tea" for both packs.
			expect(of('product')).toEqual(['Green Tea', 'Green Tea', 'Mug', 'Green Tea']);
			expect(of('sku')).toEqual(['GT-50', 'GT-100', null, 'GT-50']);
			expect(result.dimensions.sku!.values).toEqual(['GT-50', 'GT-100']);
		}
	);
});

describe('values that differ only in case or spacing', () => {
	async function valuesOf(text: string, ranges = 1) {
		const { result } = await importOrdersText(text, ranges);
		const count = result.columns.count;
		const of = (dim: Dimension) => {
			const column = result.dimensions[dim]!;
			return [...column.index.subarray(0, count)].map((i) => (i < 0 ? null : column.values[i]));
		};
		return { discount: of('discount'), country: of('country'), channel: of('channel'), product: of('product') };
	}
	// Quantity × price, one row per line: a code only a later line has is the order's too.
	const text =
		'order_id,order_date,customer_email,product,quantity,price,discount_code,country,channel\n' +
		'1001,2024-01-03,ann@example.com,Tea,1,10.00,,US,Online Store\n' +
		'1001,2024-01-03,ann@example.com,Mug,1,15.00,SPRING,US,Online Store\n' +
		'1002,2024-01-04,bob@example.com,tea,1,10.00,spring,us,online store\n' +
		'1003,2024-01-05,cy@example.com,Tea,1,10.00,Spring,Us,Online  Store\n' +
		'1004,2024-01-06,eve@example.com,Tea,1,10.00, SPRING ,United States,pos\n';

	it.each([1, 2])(
		'are one discount code, country and channel; products keep theirs (%i byte ranges)',
		async (ranges) => {
			// Before, SPRING, spring and Spring were three groups of one (each "uncertain"), and Ann's
			// order, whose code is on its second line, was in none.
			expect(await valuesOf(text, ranges)).toEqual({
				discount: ['SPRING', 'SPRING', 'SPRING', 'SPRING'],
				country: ['US', 'US', 'US', 'United States'],
				channel: ['Online Store', 'Online Store', 'Online Store', 'pos'],
				product: ['Tea', 'tea', 'Tea', 'Tea']
			});
		}
	);
});

it('header normalisation makes Coupon(s) the name the WooCommerce layout prefers', () => {
	expect(normaliseHeader('Coupon(s)')).toBe('coupon s');
});

describe('cells repeated row after row (read once, then remembered)', () => {
	/** Each kept order's value of each dimension, its products, and the control-character warning. */
	async function read(...texts: string[]) {
		const sources = texts.map((text, i) => {
			const bytes = new TextEncoder().encode(text);
			return sourceOf(bytes, inspectSample(sampleOf(`f${i}.csv`, bytes)).plan);
		});
		const result = await runImport(sources, { today: TODAY });
		if (result.kind !== 'orders') throw new Error('not orders');
		const { count } = result.columns;
		const valueOf = (dim: Dimension) => {
			const column = result.dimensions[dim];
			return [...(column?.index.subarray(0, count) ?? [])].map((i) => (i < 0 ? null : column!.values[i]));
		};
		const items = result.items!;
		return {
			country: valueOf('country'),
			product: valueOf('product'),
			items: Array.from({ length: count }, (_, i) =>
				[...items.product.subarray(items.start[i], items.start[i + 1])].map((p) => items.values[p])
			),
			control: result.report.warnings.find((w) => w.code === 'controlCharacters')
		};
	}
	const row = (i: number, country: string, product: string) =>
		`${i},C${i % 2},2023-03-${String(i).padStart(2, '0')},${i}.50,${country},${product}\n`;

	it.each([
		{
			name: 'the same cell, trimmed or not',
			cells: [
				['LV', 'Mug'],
				['LV', 'Mug'],
				[' LV', 'Mug '],
				['LV', 'Tea'],
				['EE', 'Tea']
			],
			country: ['LV', 'LV', 'LV', 'LV', 'EE'],
			product: ['Mug', 'Mug', 'Mug', 'Tea', 'Tea'],
			control: 0
		},
		{
			name: 'empty cells',
			cells: [
				['', ''],
				['', ''],
				['LV', 'Mug'],
				['', ''],
				['LV', 'Mug']
			],
			country: [null, null, 'LV', null, 'LV'],
			product: [null, null, 'Mug', null, 'Mug'],
			control: 0
		},
		{
			// Counted on every row that has one (a row is counted once, however many cells have one).
			name: 'control characters',
			cells: [
				['L\u0007V', 'M\u0007ug'],
				['L\u0007V', 'M\u0007ug'],
				['LV', 'Mug'],
				['LV', 'M\u0007ug'],
				['L\u0007V', 'Mug']
			],
			country: ['LV', 'LV', 'LV', 'LV', 'LV'],
			product: ['Mug', 'Mug', 'Mug', 'Mug', 'Mug'],
			control: 4
		},
		{
			// Seen before but not on the row before: remembered by its exact text, so a padded cell
			// or one with a control character is still cleaned (and counted) after the clean one.
			name: 'values that come back after others',
			cells: [
				['LV', 'Mug'],
				['EE', 'Tea'],
				['LV', 'Mug'],
				['EE', 'Tea'],
				[' LV', 'Mug '],
				['EE', 'Tea'],
				['L\u0007V', 'M\u0007ug'],
				['', ''],
				['L\u0007V', 'Tea'],
				['LV', 'Mug'],
				['', 'Tea']
			],
			country: ['LV', 'EE', 'LV', 'EE', 'LV', 'EE', 'LV', null, 'LV', 'LV', null],
			product: ['Mug', 'Tea', 'Mug', 'Tea', 'Mug', 'Tea', 'Mug', null, 'Tea', 'Mug', 'Tea'],
			control: 2
		}
	])('$name', async ({ cells, country, product, control }) => {
		// Rows of another value after them (a file with too many control characters would be binary).
		const padding = Array.from({ length: 20 }, () => ['EE', 'Tea']);
		const text =
			'order_id,customer_id,order_date,total,country,product\n' +
			[...cells, ...padding].map(([c, p], i) => row(i + 1, c, p)).join('');
		const result = await read(text);
		expect(result.country).toEqual([...country, ...padding.map(() => 'EE')]);
		expect(result.product).toEqual([...product, ...padding.map(() => 'Tea')]);
		expect(result.items).toEqual([...product, ...padding.map(() => 'Tea')].map((p) => (p ? [p] : [])));
		expect(result.control?.count ?? 0).toBe(control);
	});

	it('counts a control character in each further line of an order', async () => {
		// Further lines of order 1 (same id, no total): their products are line items only.
		const text =
			'order_id,customer_id,order_date,total,country,product\n' +
			'1,C1,2023-03-01,5.00,LV,Mug\n' +
			'1,C1,2023-03-01,,LV,T\u0007ea\n' +
			'1,C1,2023-03-01,,LV,T\u0007ea\n' +
			Array.from({ length: 20 }, (_, i) => row(i + 2, 'EE', 'Tea')).join('');
		const result = await read(text);
		expect(result.items[0]).toEqual(['Mug', 'Tea']);
		expect(result.control?.count).toBe(2);
	});

	it('numbers the product dimension by the orders’ first products, apart from the line items’ numbering', async () => {
		// Tea is a line item of order 1 before it is any order's first product (order 3's).
		const text =
			'order_id,customer_id,order_date,total,country,product\n' +
			'1,C1,2023-03-01,5.00,LV,Mug\n' +
			'1,C1,2023-03-01,,LV,Tea\n' +
			'2,C2,2023-03-02,5.00,LV,Lid\n' +
			'3,C1,2023-03-03,5.00,LV,Tea\n' +
			'4,C2,2023-03-04,5.00,LV,Mug\n' +
			Array.from({ length: 20 }, (_, i) => row(i + 5, 'EE', 'Tea')).join('');
		const bytes = new TextEncoder().encode(text);
		const result = await runImport([sourceOf(bytes, inspectSample(sampleOf('f.csv', bytes)).plan)], {
			today: TODAY
		});
		if (result.kind !== 'orders') throw new Error('not orders');
		expect(result.dimensions.product!.values).toEqual(['Mug', 'Lid', 'Tea']);
		expect([...result.dimensions.product!.index.subarray(0, 5)]).toEqual([0, 1, 2, 0, 2]);
		expect(result.items!.values).toEqual(['Mug', 'Tea', 'Lid']);
		expect([...result.items!.product.subarray(0, 6)]).toEqual([0, 1, 2, 1, 0, 1]);
	});

	it('reads a cell again in a file whose product cells are lists', async () => {
		// The last product cell of the first file is the first of the second, a list there.
		const first = 'order_id,customer_id,order_date,total,product\n1,C1,2023-03-01,5.00,"Mug, Teapot"\n';
		const second =
			'Date,Order #,Status,Customer,Customer type,Product(s),Items sold,Coupon(s),Net Sales,Attribution\n' +
			'2023-07-01,9001,Completed,Jane Doe,new,"Mug, Teapot",2,,45.00,Direct\n' +
			'2023-07-03,9002,Completed,Jane Doe,new,"Mug, Teapot",2,,45.00,Direct\n' +
			'2023-07-04,9003,Completed,Jane Doe,new,Honey,2,,45.00,Direct\n';
		const result = await read(first, second);
		expect(result.product).toEqual(['Mug, Teapot', 'Mug', 'Mug', 'Honey']);
		expect(result.items).toEqual([['Mug, Teapot'], ['Mug', 'Teapot'], ['Mug', 'Teapot'], ['Honey']]);
	});
});
