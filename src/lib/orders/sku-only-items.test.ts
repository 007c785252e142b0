import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { productItems, skuItems, type OrderItems } from './columns';
import { importOrdersText } from './test-support';

async function imported(text: string, ranges = 1) {
	return importOrdersText(text, ranges);
}

/** Each order's items (as `productItems` or `skuItems` give them) by order id, as texts. */
function byOrder(items: OrderItems | null, orderIds: { get(i: number): string }, count: number) {
	if (!items) return null;
	const out: Record<string, string[]> = {};
	for (let i = 0; i < count; i++)
		out[orderIds.get(i)] = [...items.product.subarray(items.start[i], items.start[i + 1])].map(
			(p) => items.values[p]
		);
	return out;
}

/** A generic export of one row per line item, with a SKU column and no product-name column (1003 has MUG-1 twice). */
const GENERIC_SKUS = readFileSync(
	join(import.meta.dirname, '../../../tests/fixtures/first-order/generic_skus.csv'),
	'utf8'
);

/** A Shopify export whose `Lineitem name` cells were emptied, `Lineitem sku` kept (one name left on #1004). */
const SHOPIFY_SKUS =
	'Name,Email,Financial Status,Created at,Total,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku\n' +
	'#1001,ann@x.io,paid,2024-01-03 10:00:00 +0100,43.00,2,,12.00,MUG-1\n' +
	'#1001,ann@x.io,,2024-01-03 10:00:00 +0100,,1,,19.00,TEE-9\n' +
	'#1002,ben@x.io,paid,2024-01-05 10:00:00 +0100,19.00,1,,19.00,TEE-9\n' +
	'#1003,ann@x.io,paid,2024-02-01 10:00:00 +0100,12.00,1,,12.00,CAP-3\n' +
	'#1004,ben@x.io,paid,2024-02-02 10:00:00 +0100,31.00,1,Mug,12.00,MUG-1\n' +
	'#1004,ben@x.io,,2024-02-02 10:00:00 +0100,,1,,19.00,TEE-9\n';

describe('line items known by their SKU alone', () => {
	it('maps a generic file’s SKU column as the SKU, not as a product name', async () => {
		const { plan } = await imported(GENERIC_SKUS);
		expect(plan.mapping.sku).toBe(3);
		expect(plan.mapping.product).toBeUndefined();
	});

	// (In 3 byte ranges, the ranges' items are joined: an item with no name stays one.)
	it.each([1, 3])(
		'keeps each line item of a generic file by its SKU, with no product name (%i ranges)',
		async (ranges) => {
			const { result } = await imported(GENERIC_SKUS, ranges);
			const { items, orderIds, columns } = result;
			expect(items?.skus).toBeTruthy();
			expect(byOrder(skuItems(items!), orderIds!, columns.count)).toEqual({
				'1001': ['MUG-1', 'TEE-9'],
				'1002': ['TEE-9'],
				'1003': ['CAP-3', 'MUG-1'],
				'1004': ['CAP-3'],
				'1005': ['MUG-1'],
				'1006': ['MUG-1'],
				'1007': ['TEE-9', 'MUG-1'],
				'1008': ['CAP-3']
			});
			// No names were given: none is made up from the codes.
			const names = productItems(items!);
			expect(names.product.length).toBe(0);
			expect(result.dimensions.product).toBeUndefined();
			expect(result.dimensions.sku?.values).toEqual(['MUG-1', 'TEE-9', 'CAP-3']);
		}
	);

	it('keeps the SKU of a Shopify line item whose name is empty, and the name where there is one', async () => {
		const { result } = await imported(SHOPIFY_SKUS);
		const { items, orderIds, columns } = result;
		expect(byOrder(skuItems(items!), orderIds!, columns.count)).toEqual({
			'#1001': ['MUG-1', 'TEE-9'],
			'#1002': ['TEE-9'],
			'#1003': ['CAP-3'],
			'#1004': ['MUG-1', 'TEE-9']
		});
		expect(byOrder(productItems(items!), orderIds!, columns.count)).toEqual({
			'#1001': [],
			'#1002': [],
			'#1003': [],
			'#1004': ['Mug']
		});
	});
});
