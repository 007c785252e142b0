import { describe, expect, it } from 'vitest';
import { affinityCounts } from '$lib/analysis/affinity';
import { indexCustomers } from '$lib/analysis/customers';
import { firstOrderBreakdown, firstOrderOptions } from '$lib/analysis/first-order';
import type { OrdersResult } from './accumulate';
import { importOrdersText } from './test-support';

// A product whose whole quantity on an invoice a UCI credit note gave back (a C invoice with a
// negative Quantity of its StockCode, netted into that invoice) was not bought: it leaves the
// invoice's products, as its amount left the invoice's value. One given back in part stays.
// Figures worked by hand.

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n';
const fileOf = (rows: string[]) => HEADER + rows.join('\n') + '\n';

/** Each kept invoice's products (line items) and first product and SKU (dimensions), by invoice number. */
function productsById(result: OrdersResult): Record<string, { items: string[]; product: string; sku: string }> {
	const ids = result.orderIds!.toArray();
	const items = result.items!;
	const value = (dim: 'product' | 'sku', i: number) => {
		const column = result.dimensions[dim]!;
		return column.index[i] < 0 ? '' : column.values[column.index[i]];
	};
	return Object.fromEntries(
		ids.map((id, i) => [
			id,
			{
				items: Array.from(items.product.subarray(items.start[i], items.start[i + 1]), (p) => items.values[p]),
				product: value('product', i),
				sku: value('sku', i)
			}
		])
	);
}

const row = (
	invoice: string,
	code: string,
	name: string,
	qty: number,
	date: string,
	price: string,
	customer = '12001'
) => `${invoice},${code},${name},${qty},${date} 10:00,${price},${customer},United Kingdom`;

describe('products given back in full by UCI credit notes', () => {
	it.each([
		[
			'the whole quantity of one product: it leaves, the others stay',
			[
				row('500001', 'M1', 'MUG', 2, '1/3/2011', '5.00'),
				row('500001', 'T1', 'TEA', 1, '1/3/2011', '10.00'),
				row('C500002', 'M1', 'MUG', -2, '1/5/2011', '5.00')
			],
			// 2 × 5 + 10 − 2 × 5 = 10.
			{ '500001': { items: ['TEA'], product: 'TEA', sku: 'T1' } },
			{ lines: 1, orders: 1, emptied: 0 }
		],
		[
			'part of the quantity: the product stays',
			[
				row('500001', 'M1', 'MUG', 2, '1/3/2011', '5.00'),
				row('500001', 'T1', 'TEA', 1, '1/3/2011', '10.00'),
				row('C500002', 'M1', 'MUG', -1, '1/5/2011', '5.00')
			],
			{ '500001': { items: ['MUG', 'TEA'], product: 'MUG', sku: 'M1' } },
			undefined
		],
		[
			'two lines of one StockCode, given back by two notes: 1 + 1 of 1 + 1',
			[
				row('500001', 'M1', 'MUG', 1, '1/3/2011', '5.00'),
				row('500001', 'T1', 'TEA', 1, '1/3/2011', '10.00'),
				row('500001', 'M1', 'MUG', 1, '1/3/2011', '5.00'),
				row('C500002', 'M1', 'MUG', -1, '1/5/2011', '5.00'),
				row('C500003', 'M1', 'MUG', -1, '1/6/2011', '5.00')
			],
			{ '500001': { items: ['TEA'], product: 'TEA', sku: 'T1' } },
			{ lines: 2, orders: 1, emptied: 0 }
		],
		[
			'two lines of one StockCode, 1 of 1 + 1 given back: it stays',
			[
				row('500001', 'M1', 'MUG', 1, '1/3/2011', '5.00'),
				row('500001', 'T1', 'TEA', 1, '1/3/2011', '10.00'),
				row('500001', 'M1', 'MUG', 1, '1/3/2011', '5.00'),
				row('C500002', 'M1', 'MUG', -1, '1/5/2011', '5.00')
			],
			{ '500001': { items: ['MUG', 'TEA'], product: 'MUG', sku: 'M1' } },
			undefined
		],
		[
			'the only product, given back at a lower price: the invoice stays (2.00 left) with no product',
			[
				row('500020', 'C1', 'CANDLE', 2, '1/6/2011', '4.00'),
				row('C500021', 'C1', 'CANDLE', -2, '1/7/2011', '3.00'),
				row('500022', 'T1', 'TEA', 1, '3/1/2011', '10.00')
			],
			{
				'500020': { items: [], product: '', sku: '' },
				'500022': { items: ['TEA'], product: 'TEA', sku: 'T1' }
			},
			{ lines: 1, orders: 1, emptied: 1 }
		],
		[
			'the whole invoice given back, to the cent: it is left out as refunded in full, as before',
			[
				row('500030', 'C1', 'CANDLE', 2, '1/6/2011', '4.00'),
				row('C500031', 'C1', 'CANDLE', -2, '1/7/2011', '4.00'),
				row('500032', 'T1', 'TEA', 1, '3/1/2011', '10.00')
			],
			{ '500032': { items: ['TEA'], product: 'TEA', sku: 'T1' } },
			undefined
		]
	])('%s', async (_, rows, expected, returned) => {
		const { result, report } = await importOrdersText(fileOf(rows));
		expect(productsById(result)).toEqual(expected);
		expect(report.itemsReturned).toEqual(returned);
		// The rows' order changes nothing (the notes are settled once the whole file is read): notes first.
		const notesFirst = [...rows.filter((r) => r.startsWith('C')), ...rows.filter((r) => !r.startsWith('C'))];
		const moved = await importOrdersText(fileOf(notesFirst));
		expect(productsById(moved.result)).toEqual(expected);
	});

	// A (12001) buys MUG ×2, TEA, HONEY ×3 on 3 January, gives back both mugs and one honey, and buys
	// MUG and TEA on 1 February; B (12002) buys MUG and TEA, then HONEY; C (12003) buys 2 candles at
	// 4.00, gives them back at 3.00 (2.00 left, no product), then buys TEA.
	const SHOP = fileOf([
		row('500001', 'M1', 'MUG', 2, '1/3/2011', '5.00'),
		row('500001', 'T1', 'TEA', 1, '1/3/2011', '10.00'),
		row('500001', 'H1', 'HONEY', 3, '1/3/2011', '2.00'),
		row('C500002', 'M1', 'MUG', -2, '1/5/2011', '5.00'),
		row('C500002', 'H1', 'HONEY', -1, '1/5/2011', '2.00'),
		row('500003', 'M1', 'MUG', 1, '2/1/2011', '5.00'),
		row('500003', 'T1', 'TEA', 1, '2/1/2011', '10.00'),
		row('500010', 'M1', 'MUG', 1, '1/4/2011', '5.00', '12002'),
		row('500010', 'T1', 'TEA', 1, '1/4/2011', '10.00', '12002'),
		row('500011', 'H1', 'HONEY', 2, '2/2/2011', '2.00', '12002'),
		row('500020', 'C1', 'CANDLE', 2, '1/6/2011', '4.00', '12003'),
		row('C500021', 'C1', 'CANDLE', -2, '1/7/2011', '3.00', '12003'),
		row('500022', 'T1', 'TEA', 1, '3/1/2011', '10.00', '12003')
	]);

	it('are not bought in the pairs of products, bought together and bought next', async () => {
		const { result } = await importOrdersText(SHOP);
		// 26 − 10 − 2 = 14; C's 8 − 6 = 2.
		expect(Array.from(result.columns.amount)).toEqual([14, 15, 15, 4, 2, 10]);
		const counts = affinityCounts(result.columns, result.customers.length, result.items!, { floor: 1 });
		const name = (p: number) => counts.products[p];
		const pairs = (list: typeof counts.together.pairs) =>
			Object.fromEntries(
				Array.from({ length: list.length }, (_, k) => [`${name(list.a[k])}>${name(list.b[k])}`, list.count[k]])
			);
		const perProduct = (of: Int32Array) =>
			Object.fromEntries([...of].map((n, p) => [name(p), n]).filter(([, n]) => (n as number) > 0));
		// Orders with products: 500001 {TEA, HONEY}, 500003 {MUG, TEA}, 500010 {MUG, TEA}, 500011 {HONEY},
		// 500022 {TEA}; 500020 has none left. (Before: 500001 {MUG, TEA, HONEY}, 500020 {CANDLE}: N 6,
		// MUG–TEA in 3, MUG–HONEY in 1, MUG in 3.)
		expect(counts.together).toMatchObject({ orders: 5, multiProduct: 3, withoutItems: 1 });
		expect(perProduct(counts.together.productCount)).toEqual({ TEA: 4, MUG: 2, HONEY: 2 });
		const together = pairs(counts.together.pairs);
		expect(together).toEqual(
			Object.fromEntries(
				Object.entries({ 'MUG>TEA': 2, 'TEA>HONEY': 1 }).map(([k, v]) => {
					const [a, b] = k.split('>');
					return [counts.products.indexOf(a) < counts.products.indexOf(b) ? k : `${b}>${a}`, v];
				})
			)
		);
		// Came back: A (first {TEA, HONEY}, next {MUG, TEA}), B ({MUG, TEA}, {HONEY}); C's first purchase
		// has no product left, so C is returning but not in the basis. (Before: 3 customers, A's first
		// had MUG, C's CANDLE: MUG > MUG and CANDLE > TEA in 1 each.)
		expect(counts.next).toMatchObject({ returning: 3, customers: 2, skippedCustomers: 0 });
		expect(perProduct(counts.next.firstCount)).toEqual({ TEA: 2, HONEY: 1, MUG: 1 });
		expect(pairs(counts.next.pairs)).toEqual({
			'TEA>MUG': 1,
			'TEA>TEA': 1,
			'HONEY>MUG': 1,
			'HONEY>TEA': 1,
			'MUG>HONEY': 1,
			'TEA>HONEY': 1
		});
	});

	it.each([
		// A's first order {TEA, HONEY}, B's {MUG, TEA}, C's none left: "(none)". (Before: MUG 2, TEA 2, HONEY 1, CANDLE 1.)
		['product', { TEA: 2, HONEY: 1, MUG: 1, '(none)': 1 }],
		// Its first line item left: A's TEA (T1), B's MUG (M1), C's none. (Before: M1 2, C1 1.)
		['sku', { T1: 1, M1: 1, '(none)': 1 }]
	] as const)('are not the first order’s: by %s', async (dimension, groups) => {
		const { result } = await importOrdersText(SHOP);
		const index = indexCustomers(result.columns, result.customers.length);
		const breakdown = firstOrderBreakdown(
			result.columns,
			index,
			result.dimensions[dimension] ?? null,
			null,
			firstOrderOptions(dimension, dimension === 'product' ? result.items : null)
		);
		expect(breakdown.all.customers).toBe(3);
		expect(
			Object.fromEntries(breakdown.groups.map((g) => [g.kind === 'none' ? '(none)' : g.value, g.customers]))
		).toEqual(groups);
	});
});
