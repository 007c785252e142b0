import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCustomers } from '$lib/analysis/customers';
import { firstOrderBreakdown, firstOrderOptions } from '$lib/analysis/first-order';
import type { Dimension, OrderItems } from './columns';
import { productItems, skuItems } from './columns';
import { recogniseLayout, splitQuantityList, splitSkuList } from './layouts';
import { importOrdersBytes, importOrdersText } from './test-support';

/**
 * A WooCommerce export of one row per order, its items in one cell ("Mug x 2, Tee x 1") and their
 * SKUs in another ("MUG-1, TEE-9"); order 2003 lists two items and one SKU.
 */
const WOO_LISTS = readFileSync(
	join(import.meta.dirname, '../../../tests/fixtures/first-order/woocommerce_listed_skus.csv'),
	'utf8'
);

/** The same orders as another WooCommerce export writes them: "Mug × 2 | Tee × 1", "MUG-1|TEE-9". */
const WOO_PIPES = WOO_LISTS.replace(/ x (\d)/g, ' × $1').replace(/"([^"]*)"/g, (_, list: string) =>
	list.includes('×') ? list.replace(/, /g, ' | ') : list.replace(/, /g, '|')
);

function byOrder(items: OrderItems, orderIds: { get(i: number): string }, count: number) {
	const out: Record<string, string[]> = {};
	for (let i = 0; i < count; i++)
		out[orderIds.get(i)] = [...items.product.subarray(items.start[i], items.start[i + 1])].map(
			(p) => items.values[p]
		);
	return out;
}

/** Customers per group of their first order's products or SKUs, as [value, customers]. */
function groups(result: Awaited<ReturnType<typeof importOrdersText>>['result'], dimension: Dimension) {
	const index = indexCustomers(result.columns, result.customers.length);
	const breakdown = firstOrderBreakdown(
		result.columns,
		index,
		{ values: [], index: new Int32Array(0) },
		null,
		firstOrderOptions(dimension, result.items)
	);
	return breakdown.groups.map((g) => [g.kind === 'none' ? '(none)' : g.value, g.customers]);
}

describe('items listed in one cell, with their SKUs listed in another', () => {
	it('has the pipes file as intended', () => {
		expect(WOO_PIPES).toContain(',Mug × 2 | Tee × 1,MUG-1|TEE-9');
		expect(WOO_PIPES).toContain(',Tee × 1,TEE-9');
	});

	it.each([
		['“Name x N”, apart by commas', WOO_LISTS, 1],
		['“Name × N”, apart by bars', WOO_PIPES, 1],
		['“Name x N”, in 3 byte ranges', WOO_LISTS, 3]
	])('counts each listed item, its SKU paired by position: %s', async (_, text, ranges) => {
		const { result, report } = await importOrdersText(text, ranges);
		const { items, orderIds, columns } = result;
		expect(byOrder(productItems(items!), orderIds!, columns.count)).toEqual({
			'2001': ['Mug', 'Tee'],
			'2002': ['Tee'],
			'2003': ['Cap', 'Mug'],
			'2004': ['Cap'],
			'2005': ['Tee', 'Mug']
		});
		// 2003 lists two items and one SKU: which item it is, is not guessed.
		expect(byOrder(skuItems(items!)!, orderIds!, columns.count)).toEqual({
			'2001': ['MUG-1', 'TEE-9'],
			'2002': ['TEE-9'],
			'2003': [],
			'2004': ['CAP-3'],
			'2005': ['TEE-9', 'MUG-1']
		});
		const unpaired = report.warnings.find((w) => w.code === 'unpairedSkus');
		expect(unpaired).toEqual({ code: 'unpairedSkus', count: 1, examples: [{ file: 0, row: 4 }] });
		// The order's first product and SKU (the stored dimensions) are its first item's.
		const dim = (d: Dimension) =>
			[...result.dimensions[d]!.index.subarray(0, columns.count)].map((i) =>
				i < 0 ? null : result.dimensions[d]!.values[i]
			);
		expect(dim('product')).toEqual(['Mug', 'Tee', 'Cap', 'Cap', 'Tee']);
		expect(dim('sku')).toEqual(['MUG-1', 'TEE-9', null, 'CAP-3', 'TEE-9']);
	});

	it('groups customers by every product and SKU of their first order', async () => {
		const { result } = await importOrdersText(WOO_LISTS);
		// First orders: ann 2001 {Mug, Tee}, ben 2002 {Tee}, cai 2003 {Cap, Mug}, dan 2005 {Tee, Mug}.
		expect(groups(result, 'product')).toEqual([
			['Mug', 3],
			['Tee', 3],
			['Cap', 1]
		]);
		// cai's first order has SKUs that cannot be paired: none.
		expect(groups(result, 'sku')).toEqual([
			['TEE-9', 3],
			['MUG-1', 2],
			['(none)', 1]
		]);
	});

	it.each([
		['Mug x 2, Tee x 1', ['Mug', 'Tee']],
		['Hoodie - Blue, Large x 1, Mug × 2', ['Hoodie - Blue, Large', 'Mug']],
		['Mug × 2 | Tee ×1', ['Mug', 'Tee']],
		['Tee x 1', ['Tee']],
		// A piece without a quantity after it: one name as written.
		['Mug x 2, Gift card', null],
		['Tea, green', null]
	])('reads the items of %j as %j', (cell, names) => {
		expect(splitQuantityList(cell)).toEqual(names);
	});

	it.each([
		['MUG-1, TEE-9', ['MUG-1', 'TEE-9']],
		['MUG-1|TEE-9', ['MUG-1', 'TEE-9']],
		['MUG-1', ['MUG-1']],
		[' ', []]
	])('reads the SKUs of %j as %j', (cell, skus) => {
		expect(splitSkuList(cell)).toEqual(skus);
	});

	it('reads names that merely end in a number (one item a row) as names', async () => {
		const text =
			'Order ID,Order Date,Billing Email,Order Total,Item Name,SKU\n' +
			'3001,2024-03-01 10:00:00,ann@shop.lv,40.00,Poster 50 x 70,P-5070\n' +
			'3001,2024-03-01 10:00:00,ann@shop.lv,,Frame x 2,FR-2\n' +
			'3002,2024-03-02 10:00:00,ben@shop.lv,25.00,Poster 30 x 40,P-3040\n';
		const rows = text
			.split('\n')
			.filter(Boolean)
			.map((line) => line.split(','));
		expect(recogniseLayout(rows, ',').productQuantities).toBeUndefined();
		const { result } = await importOrdersText(text);
		expect(byOrder(productItems(result.items!), result.orderIds!, result.columns.count)).toEqual({
			'3001': ['Poster 50 x 70', 'Frame x 2'],
			'3002': ['Poster 30 x 40']
		});
	});

	it('pairs SKUs with WooCommerce Analytics’ “Product(s)” list (“2× Mug, 1× Tee”) the same way', async () => {
		const text =
			'Date,Order #,Status,Customer,Customer type,Product(s),SKU,Items sold,Net Sales\n' +
			'2023-07-01,9001,Completed,Jane Doe,new,"2× Mug, 1× Tee","MUG-1, TEE-9",3,45.00\n' +
			'2023-07-03,9002,Completed,Mike Roe,new,"1× Tee, 1× Cap",TEE-9,2,12.50\n';
		const { result, report } = await importOrdersText(text);
		const { items, orderIds, columns } = result;
		expect(byOrder(productItems(items!), orderIds!, columns.count)).toEqual({
			'9001': ['Mug', 'Tee'],
			'9002': ['Tee', 'Cap']
		});
		expect(byOrder(skuItems(items!)!, orderIds!, columns.count)).toEqual({
			'9001': ['MUG-1', 'TEE-9'],
			'9002': []
		});
		expect(report.warnings.find((w) => w.code === 'unpairedSkus')).toMatchObject({ count: 1 });
	});
});

/** "Advanced Order Export for WooCommerce" (algol+), one row per order: "Products" and "SKUs" lists. */
const WOO_PLUGIN = readFileSync(
	join(import.meta.dirname, '../../../tests/fixtures/first-order/woo_order_export_plugin.csv')
);
/** A today after the plugin file's orders (March – July 2025): 2026-01-01. */
const AFTER_2025 = 20_454;

describe('the WooCommerce order-export plugin’s “SKUs” column', () => {
	it('is read as the SKUs of the listed products, paired by position', async () => {
		const { plan, result } = await importOrdersBytes(WOO_PLUGIN, 1, 'orders.csv', 7, AFTER_2025);
		expect(plan.headers?.[plan.mapping.sku!]).toBe('SKUs');
		// (Hand-read from the file: the five customers' first orders are 9000, 9001, 9002, 9003 and 9009.)
		expect(groups(result, 'product')).toEqual([
			['Poster', 3],
			['Cap', 2],
			['Mug', 2],
			['Tee', 2]
		]);
		expect(groups(result, 'sku')).toEqual([
			['PST-04', 3],
			['CAP-03', 2],
			['MUG-01', 2],
			['TEE-02', 2]
		]);
	});
});
