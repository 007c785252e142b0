import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { productItems, skuItems, type OrderItems } from '$lib/orders/columns';
import { inspectSample } from '$lib/orders/inspect';
import { runImport } from '$lib/orders/pipeline';
import { copiesOf, importOrdersText, rangesOf, sampleOf, sourceOf, TEST_TODAY } from '$lib/orders/test-support';
import { affinityCounts, affinityRules } from './affinity';
import { indexCustomers } from './customers';
import { firstOrderBreakdown, firstOrderOptions, type FirstOrderGroup } from './first-order';

const fixture = (file: string) =>
	readFileSync(join(import.meta.dirname, '../../../tests/fixtures/first-order', file), 'utf8');

/**
 * SKUs per line item (issue 13, items 1 and 6): a customer is in the SKU group of every SKU of their
 * first order, as in the product group of every product, and product affinity can count SKUs.
 *
 * Shopify-shaped file (tests/fixtures/first-order/shopify_skus.csv), by hand (2024; a's and b's first orders have several lines, one product in
 * two SKUs on a's):
 *
 * | customer | first order (day)            | its lines: name / SKU                      | next purchase        |
 * |----------|------------------------------|--------------------------------------------|----------------------|
 * | a        | #1001 (01-05)                | T-shirt/TS-S, T-shirt/TS-M, Mug/MUG-1      | #1004 02-10 (+36 d)  |
 * | b        | #1002 (01-06)                | T-shirt/TS-S, Mug/MUG-1                    | –                    |
 * | c        | #1003 (01-07)                | Mug/MUG-1, Cap/(no SKU)                    | #1005 03-01 (+54 d)  |
 * | d        | #1006 (01-08 09:00)          | T-shirt/TS-M                               | – (#1007 12:00 is the same day) |
 * | e        | #1008 (01-09)                | Cap/(no SKU)                               | –                    |
 *
 * d's #1007 (Cap/CAP-1, 12:00) comes first in the file but later that day: the first order is #1006
 * by time, as the name breakdown takes it.
 * By SKU: MUG-1 a, b, c (back: a 36, c 54 → median 45); TS-M a, d (a: 36); TS-S a, b (a: 36); e has
 * no SKU: "(none)". By the first line item's SKU alone (before), a would be in TS-S only, b in TS-S.
 * By name: Mug a, b, c; T-shirt a, b, d; Cap c, e.
 *
 * Bought together by SKU: orders with a SKU N = 7 (#1008 has none); TS-S in 2 (#1001, #1002), MUG-1
 * in 4 (#1001–#1004), TS-M in 3; TS-S with MUG-1 in 2: support 2/7, confidence TS-S → MUG-1 2/2 = 1,
 * MUG-1 → TS-S 2/4, lift 2 · 7 / (2 · 4) = 1.75. By name: N = 8, T-shirt in 4 (a's two T-shirt lines
 * are one T-shirt), Mug in 4, both in 2: lift 2 · 8 / (4 · 4) = 1.
 */
const SHOPIFY = fixture('shopify_skus.csv');

/**
 * UCI-shaped file (uci_skus.csv beside it; StockCode the SKU, Description the name; 2024, month first), by hand:
 *
 * | customer | first invoice                   | its StockCodes (description)                 | next purchase       |
 * |----------|---------------------------------|----------------------------------------------|---------------------|
 * | 12001    | 536001 (01-05)                  | 85123A, 85123B (both WHITE HEART), 22423     | 536010 01-31 (+26 d)|
 * | 12002    | 536002 (01-07 09:00)            | 85123B                                       | –                   |
 * | 12003    | 536004 (01-08)                  | 22423 (CAKESTAND)                            | 536011 03-01 (+53 d)|
 *
 * Credit note C536050 gives back 536001's whole quantity of 22423: not bought, in no group (the
 * import takes the line out). 12002's invoices 536003 (22423) and 536002 (85123B) are of the very
 * same minute: the lowest number, 536002, is the first order, however the rows are ordered.
 * By SKU: 85123B 12001, 12002 (back: 12001 26 d); 22423 12003 (53 d); 85123A 12001 (26 d). By the
 * first line item's SKU alone (before), 12001 would be in 85123A only. By name: WHITE HEART 12001,
 * 12002; CAKESTAND 12003.
 * Bought together by SKU: N = 6 invoices; 85123A in 2 (536001, 536011), 85123B in 2 (536001,
 * 536002), together in 1: support 1/6, confidence 1/2, lift 1 · 6 / (2 · 2) = 1.5 both ways. By name
 * no invoice has two products.
 */
const UCI = fixture('uci_skus.csv');

/** A group as the tables read: value (null: "(none)"), customers, came back, median days. */
type Row = [string | null, number, number, number | null];
const row = (g: FirstOrderGroup): Row => [g.kind === 'value' ? g.value : null, g.customers, g.repeat, g.medianDays];

interface Case {
	name: string;
	text: string;
	ranges: number;
	all: Row;
	bySku: Row[];
	byProduct: Row[];
}

const CASES: Case[] = [
	{
		name: 'Shopify (Lineitem sku)',
		text: SHOPIFY,
		ranges: 1,
		all: [null, 5, 2, 45],
		bySku: [
			['MUG-1', 3, 2, 45],
			['TS-M', 2, 1, 36],
			['TS-S', 2, 1, 36],
			[null, 1, 0, null]
		],
		byProduct: [
			['Mug', 3, 2, 45],
			['T-shirt', 3, 1, 36],
			['Cap', 2, 1, 54]
		]
	},
	{
		name: 'Shopify read in three byte ranges',
		text: SHOPIFY,
		ranges: 3,
		all: [null, 5, 2, 45],
		bySku: [
			['MUG-1', 3, 2, 45],
			['TS-M', 2, 1, 36],
			['TS-S', 2, 1, 36],
			[null, 1, 0, null]
		],
		byProduct: [
			['Mug', 3, 2, 45],
			['T-shirt', 3, 1, 36],
			['Cap', 2, 1, 54]
		]
	},
	{
		name: 'UCI (StockCode)',
		text: UCI,
		ranges: 1,
		all: [null, 3, 2, 39.5],
		bySku: [
			['85123B', 2, 1, 26],
			['22423', 1, 1, 53],
			['85123A', 1, 1, 26]
		],
		byProduct: [
			['WHITE HEART', 2, 1, 26],
			['CAKESTAND', 1, 1, 53]
		]
	}
];

describe.each(CASES)('first-order breakdown by every SKU of the first order: $name', (c) => {
	async function breakdowns() {
		const { result } = await importOrdersText(c.text, c.ranges);
		const index = indexCustomers(result.columns, result.customers.length);
		const by = (dimension: 'sku' | 'product') =>
			firstOrderBreakdown(
				result.columns,
				index,
				result.dimensions[dimension] ?? null,
				null,
				firstOrderOptions(dimension, result.items)
			);
		return { result, sku: by('sku'), product: by('product') };
	}

	it('stores a SKU per line item', async () => {
		const { result } = await breakdowns();
		expect(result.items?.skus).toBeTruthy();
		expect(result.items!.skus!.index.length).toBe(result.items!.product.length);
	});

	it('puts a customer in the group of each SKU of their first order', async () => {
		const { sku } = await breakdowns();
		expect(row(sku.all)).toEqual(c.all);
		expect(sku.groups.map(row)).toEqual(c.bySku);
		expect(sku.overlapping).toBe(true);
	});

	it('groups by product name as before (a product in two SKUs is one product)', async () => {
		const { product } = await breakdowns();
		expect(row(product.all)).toEqual(c.all);
		expect(product.groups.map(row)).toEqual(c.byProduct);
	});
});

describe('product affinity by SKU (support, confidence and lift of SKUs)', () => {
	const brief = (r: { from: string; to: string; count: number; fromCount: number; toCount: number }) => [
		r.from,
		r.to,
		r.count,
		r.fromCount,
		r.toCount
	];

	it.each([1, 3])('Shopify: TS-S and MUG-1 together (read in %i ranges)', async (ranges) => {
		const { result } = await importOrdersText(SHOPIFY, ranges);
		const n = result.customers.length;
		const bySku = affinityRules(affinityCounts(result.columns, n, skuItems(result.items!)!), {
			minCount: 2,
			sort: 'lift'
		});
		expect(bySku.together.orders).toBe(7);
		expect(bySku.together.withoutItems).toBe(1);
		expect(bySku.products).toBe(4);
		expect(bySku.together.rules.map(brief)).toEqual([
			['TS-S', 'MUG-1', 2, 2, 4],
			['MUG-1', 'TS-S', 2, 4, 2]
		]);
		const [first, second] = bySku.together.rules;
		expect(first.support).toBeCloseTo(2 / 7, 12);
		expect(first.confidence).toBe(1);
		expect(second.confidence).toBe(0.5);
		expect(first.lift).toBeCloseTo(1.75, 12);
		expect(second.lift).toBeCloseTo(1.75, 12);
		// Returning customers a and c, with SKUs on both purchase days.
		expect(bySku.next.customers).toBe(2);

		const byName = affinityRules(affinityCounts(result.columns, n, productItems(result.items!)), {
			minCount: 2,
			sort: 'lift'
		});
		expect(byName.together.orders).toBe(8);
		expect(byName.together.rules.map(brief)).toEqual([
			['Mug', 'T-shirt', 2, 4, 4],
			['T-shirt', 'Mug', 2, 4, 4]
		]);
		expect(byName.together.rules[0].lift).toBeCloseTo(1, 12);
	});

	it('UCI: two StockCodes of one description are a pair', async () => {
		const { result } = await importOrdersText(UCI);
		const counts = affinityCounts(result.columns, result.customers.length, skuItems(result.items!)!, { floor: 1 });
		const rules = affinityRules(counts, { minCount: 1, sort: 'count' });
		expect(rules.together.orders).toBe(6);
		expect(rules.together.rules.map(brief)).toEqual([
			['85123A', '85123B', 1, 2, 2],
			['85123B', '85123A', 1, 2, 2]
		]);
		for (const r of rules.together.rules) {
			expect(r.support).toBeCloseTo(1 / 6, 12);
			expect(r.confidence).toBe(0.5);
			expect(r.lift).toBeCloseTo(1.5, 12);
		}
		const byName = affinityCounts(result.columns, result.customers.length, productItems(result.items!), {
			floor: 1
		});
		expect(byName.together.pairs.length).toBe(0);
	});
});

describe('SKUs per line item through byte ranges', () => {
	it('merges the ranges with the same SKUs as the whole file has', async () => {
		const bytes = new TextEncoder().encode(copiesOf(SHOPIFY, 40));
		const { plan } = inspectSample(sampleOf('orders.csv', bytes));
		const whole = await runImport([sourceOf(bytes, plan, 4096)], { today: TEST_TODAY });
		const timings = { mergeMs: 0, merged: false };
		const ranged = await runImport([{ ...sourceOf(bytes, plan, 4096), ranges: rangesOf(bytes, 4, TEST_TODAY) }], {
			today: TEST_TODAY,
			timings
		});
		expect(timings.merged).toBe(true);
		if (whole.kind !== 'orders' || ranged.kind !== 'orders') throw new Error('not orders');
		const skus = (items: OrderItems) => [...items.skus!.index].map((k) => (k < 0 ? null : items.skus!.values[k]));
		expect(skus(ranged.items!)).toEqual(skus(whole.items!));
		expect([...ranged.items!.start]).toEqual([...whole.items!.start]);
		// 12 line items a copy: #1001's two T-shirt lines stay two items (two SKUs).
		expect(whole.items!.product.length).toBe(40 * 12);
	});
});

describe('the views of line items with SKUs', () => {
	// Orders: 0 = (P0, S0), (P0, S1), (P1, none); 1 = (P1, S1); 2 = none.
	const items: OrderItems = {
		values: ['P0', 'P1'],
		start: Int32Array.from([0, 3, 4, 4]),
		product: Int32Array.from([0, 0, 1, 1]),
		skus: { values: ['S0', 'S1'], index: Int32Array.from([0, 1, -1, 1]) }
	};
	it.each([
		['products: each once an order', productItems(items), [0, 2, 3, 3], [0, 1, 1]],
		['SKUs: each once an order, none left out', skuItems(items)!, [0, 2, 3, 3], [0, 1, 1]]
	])('%s', (_, view, start, product) => {
		expect([...view.start]).toEqual(start);
		expect([...view.product]).toEqual(product);
	});
	it('without SKUs: the items themselves, and no SKU view', () => {
		const plain: OrderItems = { values: ['P0'], start: Int32Array.from([0, 1]), product: Int32Array.from([0]) };
		expect(productItems(plain)).toBe(plain);
		expect(skuItems(plain)).toBeNull();
	});
});
