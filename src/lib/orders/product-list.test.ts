import { describe, expect, it } from 'vitest';
import { inspectSample } from './inspect';
import { splitProductList } from './layouts';
import { runImport } from './pipeline';
import { sampleOf, sourceOf } from './test-support';

describe("WooCommerce Analytics' Product(s) list", () => {
	it.each([
		// Each product as "N× Name" (WooCommerce Admin's orders report since it shows quantities):
		// a comma is a product's only where the next starts with its quantity.
		['1× Mug', ['Mug']],
		['2× Hoodie - Blue, Large, 1× Mug', ['Hoodie - Blue, Large', 'Mug']],
		['1× Tea, green, 3× Mug, 1× Teapot', ['Tea, green', 'Mug', 'Teapot']],
		['12× Sticker - Red', ['Sticker - Red']],
		// Names only (older WooCommerce Admin): each ", " parts two products...
		['Mug, Teapot', ['Mug', 'Teapot']],
		['Coffee - Dark Roast, Tea', ['Coffee - Dark Roast', 'Tea']],
		['Hoodie - Blue, Large', ['Hoodie - Blue', 'Large']],
		// Empty pieces and spaces around them are dropped.
		['Mug, , Teapot ', ['Mug', 'Teapot']],
		['', []],
		['Honey', ['Honey']]
	])('%j → %j', (cell, names) => {
		expect(splitProductList(cell)).toEqual(names);
	});

	// ... unless that makes more products than the order's items: then a piece without " - " after
	// a variation with one attribute so far is its second attribute (at most two in a name).
	it.each([
		['Coffee - Dark Roast, Tea', 2, ['Coffee - Dark Roast', 'Tea']],
		['Hoodie - Blue, Large', 1, ['Hoodie - Blue, Large']],
		['Hoodie - Blue, Large', 2, ['Hoodie - Blue', 'Large']],
		['Hoodie - Blue, Large, Mug', 2, ['Hoodie - Blue, Large', 'Mug']],
		['Mug, Hoodie - Blue, Large, Cap - Red, One size', 3, ['Mug', 'Hoodie - Blue, Large', 'Cap - Red, One size']],
		// Only as far as needed: one piece too many, one attribute joined.
		['Mug, Hoodie - Blue, Large, Cap - Red, One size', 4, ['Mug', 'Hoodie - Blue, Large', 'Cap - Red', 'One size']],
		['Hoodie - Blue, Cap - Red', 1, ['Hoodie - Blue', 'Cap - Red']],
		['Hoodie - Color: Blue, Size: Large, Mug', 2, ['Hoodie - Color: Blue, Size: Large', 'Mug']],
		// No more than two attributes: a third piece is a product of its own.
		['Hoodie - Blue, Large, Mug, Teapot', 3, ['Hoodie - Blue, Large', 'Mug', 'Teapot']]
	] as const)('%j with %i items sold → %j', (cell, itemsSold, names) => {
		expect(splitProductList(cell, itemsSold)).toEqual(names);
	});
});

/** Each kept order's products, by order id, from a WooCommerce Analytics export. */
async function productsByOrder(text: string) {
	const bytes = new TextEncoder().encode(text);
	const result = await runImport([sourceOf(bytes, inspectSample(sampleOf('orders.csv', bytes)).plan)], {
		today: 20_000
	});
	if (result.kind !== 'orders' || !result.items) throw new Error('no items');
	const { items, orderIds, columns } = result;
	const byOrder: Record<string, string[]> = {};
	for (let i = 0; i < columns.count; i++)
		byOrder[orderIds!.get(i)] = [...items.product.subarray(items.start[i], items.start[i + 1])].map(
			(p) => items.values[p]
		);
	return byOrder;
}

const HEADER = 'Date,Order #,Status,Customer,Customer type,Product(s),Items sold,Coupon(s),Net Sales,Attribution\n';

describe('an import of such a list', () => {
	it('keeps "Mug, Teapot" two products (as today)', async () => {
		const byOrder = await productsByOrder(
			HEADER + '2023-07-01,9001,Completed,Jane Doe,new,"Mug, Teapot",2,,45.00,Direct\n'
		);
		expect(byOrder).toEqual({ '9001': ['Mug', 'Teapot'] });
	});

	// The accumulator splits the list by `splitProductList` (`#addItems`, `firstListed`): a
	// variation's second attribute is no product of its own, a quantity no part of a name.
	it('keeps a variation with its attributes, and a product apart from its quantity', async () => {
		const byOrder = await productsByOrder(
			HEADER +
				'2023-07-01,9001,Completed,Jane Doe,new,"Hoodie - Blue, Large, Mug",2,,45.00,Direct\n' +
				'2023-07-02,9002,Completed,Mike Roe,new,"2× Hoodie - Blue, Large, 1× Mug",3,,85.00,Direct\n'
		);
		expect(byOrder).toEqual({ '9001': ['Hoodie - Blue, Large', 'Mug'], '9002': ['Hoodie - Blue, Large', 'Mug'] });
	});
});

describe('the product dimension of such a list (the first-order breakdown by product)', () => {
	it('is the first product listed, without its quantity and with its attributes', async () => {
		const bytes = new TextEncoder().encode(
			HEADER +
				'2023-07-01,9001,Completed,Jane Doe,new,"2× Hoodie - Blue, Large, 1× Mug",3,,85.00,Direct\n' +
				'2023-07-02,9002,Completed,Mike Roe,new,1× Teapot,1,,30.00,Direct\n' +
				'2023-07-03,9003,Completed,Ann Lee,new,"Mug, Teapot",2,,45.00,Direct\n'
		);
		const result = await runImport([sourceOf(bytes, inspectSample(sampleOf('orders.csv', bytes)).plan)], {
			today: 20_000
		});
		if (result.kind !== 'orders') throw new Error('not orders');
		const product = result.dimensions.product;
		if (!product) throw new Error('no product dimension');
		const firstProducts = [...product.index.subarray(0, result.columns.count)].map((i) => product.values[i]);
		expect(firstProducts).toEqual(['Hoodie - Blue, Large', 'Teapot', 'Mug']);
	});
});
