import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discard, storeOnlyArrays } from './discard';
import { importOrdersBytes } from './test-support';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/orders');

describe('storeOnlyArrays: what the import worker frees once the store has committed', () => {
	const i32 = (n: number) => new Int32Array(n);
	// [case, the result's store-only parts, how many arrays are listed]
	const cases: [string, Parameters<typeof storeOnlyArrays>[0], number][] = [
		['nothing but orders', { dimensions: {}, items: null }, 0],
		['two dimensions', { dimensions: { channel: { index: i32(3) }, country: { index: i32(3) } }, items: null }, 2],
		['line items without SKUs', { dimensions: {}, items: { start: i32(4), product: i32(5), skus: null } }, 2],
		[
			'line items with SKUs',
			{ dimensions: {}, items: { start: i32(4), product: i32(5), skus: { index: i32(5) } } },
			3
		],
		[
			'names, consent and costs',
			{
				dimensions: {},
				items: null,
				names: { index: i32(2) },
				consent: { of: new Uint8Array(2) },
				cost: new Float64Array(3),
				costPartial: i32(1)
			},
			4
		],
		['parts stated as absent', { dimensions: {}, items: null, names: null, consent: null, cost: null }, 0]
	];
	it.each(cases)('lists every typed array of %s', (_, result, count) => {
		expect(storeOnlyArrays(result)).toHaveLength(count);
	});

	// A Shopify export with products, SKUs, discount codes, countries, names and consent, read whole
	// and in byte ranges merged (as a large file is): freeing the store's arrays leaves the order
	// columns, which the analysis and the fit read after the store, as they were.
	it.each([1, 2])('shares no buffer with the order columns (file read in %i range(s))', async (ranges) => {
		const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'shopify_consent.csv')));
		const { result } = await importOrdersBytes(bytes, ranges, 'shopify_consent.csv', 4096);
		const arrays = storeOnlyArrays(result);
		expect(arrays.length).toBeGreaterThanOrEqual(6);
		const c = result.columns;
		const columnBuffers = new Set([c.customer, c.day, c.amount, c.firstOfDay].map((a) => a?.buffer));
		for (const array of arrays) expect(columnBuffers.has(array.buffer)).toBe(false);
		const before = JSON.stringify([c.count, [...c.customer], [...c.day], [...c.amount], [...(c.firstOfDay ?? [])]]);
		discard(...arrays);
		for (const array of arrays) expect(array.byteLength).toBe(0);
		expect(JSON.stringify([c.count, [...c.customer], [...c.day], [...c.amount], [...(c.firstOfDay ?? [])]])).toBe(
			before
		);
	});
});
