import { describe, expect, it } from 'vitest';
import { groupItemsByOrder } from './group-items';

/** Items as [order, product] or [order, product, sku], in file order. */
type Item = [number, number] | [number, number, number];

function read(items: Item[], withSkus: boolean, spare = 0) {
	// (Growable arrays are longer than their items: what lies beyond `count` is never read.)
	const array = (of: (item: Item) => number) => Int32Array.from([...items.map(of), ...Array(spare).fill(99)]);
	return {
		count: items.length,
		order: array((item) => item[0]),
		product: array((item) => item[1]),
		sku: withSkus ? array((item) => item[2] ?? -1) : null
	};
}

/** Each order's items as the result gives them: [product] or [product, sku]. */
function byOrder(items: Item[], orders: number, withSkus: boolean, spare = 0): number[][][] {
	const grouped = groupItemsByOrder(read(items, withSkus, spare), orders, 10);
	expect(grouped.sku === null).toBe(!withSkus);
	expect(grouped.start[orders]).toBe(grouped.product.length);
	return Array.from({ length: orders }, (_, i) => {
		const at = Array.from({ length: grouped.start[i + 1] - grouped.start[i] }, (_, k) => grouped.start[i] + k);
		return at.map((k) => (grouped.sku ? [grouped.product[k], grouped.sku[k]] : [grouped.product[k]]));
	});
}

describe('line items grouped by order', () => {
	it.each([
		{
			why: 'orders of 0, 1 and many items, read interleaved: each order’s in file order, a product once',
			items: [
				[2, 5],
				[1, 3],
				[2, 1],
				[2, 5],
				[2, 0]
			] as Item[],
			orders: 3,
			expected: [[], [[3]], [[5], [1], [0]]]
		},
		{
			why: 'the first order of many items, the later ones of none',
			items: [
				[0, 1],
				[0, 1],
				[0, 2]
			] as Item[],
			orders: 3,
			expected: [[[1], [2]], [], []]
		},
		{
			why: 'the last order first, the first order last',
			items: [
				[3, 4],
				[1, 2],
				[0, 6],
				[3, 7]
			] as Item[],
			orders: 4,
			expected: [[[6]], [[2]], [], [[4], [7]]]
		},
		{ why: 'no items at all', items: [] as Item[], orders: 2, expected: [[], []] },
		{ why: 'no orders', items: [] as Item[], orders: 0, expected: [] }
	])('$why', ({ items, orders, expected }) => {
		expect(byOrder(items, orders, false)).toEqual(expected);
		expect(byOrder(items, orders, false, 3)).toEqual(expected);
	});

	it.each([
		{
			why: 'a product in two SKUs keeps both, a (product, SKU) pair again is kept once',
			items: [
				[2, 5, 7],
				[1, 3, -1],
				[2, 1, 2],
				[2, 5, 8],
				[2, 0, 2],
				[2, 5, 7]
			] as Item[],
			orders: 3,
			expected: [
				[],
				[[3, -1]],
				[
					[5, 7],
					[1, 2],
					[5, 8],
					[0, 2]
				]
			]
		},
		{
			why: 'a product without a SKU and with one: two items; without one twice: one',
			items: [
				[0, 4, -1],
				[0, 4, 1],
				[0, 4, -1],
				[1, 4, 1]
			] as Item[],
			orders: 2,
			expected: [
				[
					[4, -1],
					[4, 1]
				],
				[[4, 1]]
			]
		}
	])('with SKUs: $why', ({ items, orders, expected }) => {
		expect(byOrder(items, orders, true)).toEqual(expected);
		expect(byOrder(items, orders, true, 2)).toEqual(expected);
	});

	it('gives, for any orders and items, each order’s distinct items in file order', () => {
		// A fixed pseudo-random sequence (the same every run), against the plain definition.
		let seed = 12345;
		const next = (below: number) => {
			seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
			return (seed >>> 8) % below;
		};
		for (let run = 0; run < 200; run++) {
			const orders = next(12);
			const items: Item[] =
				orders === 0 ? [] : Array.from({ length: next(40) }, () => [next(orders), next(5), next(4) - 1]);
			for (const withSkus of [false, true]) {
				const expected = Array.from({ length: orders }, (_, i) => {
					const kept: number[][] = [];
					for (const [order, product, sku] of items) {
						const item = withSkus ? [product, sku!] : [product];
						if (order === i && !kept.some((k) => k.join() === item.join())) kept.push(item);
					}
					return kept;
				});
				expect(byOrder(items, orders, withSkus)).toEqual(expected);
			}
		}
	});
});
