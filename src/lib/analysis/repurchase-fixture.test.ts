import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectSample } from '$lib/orders/inspect';
import { runImport } from '$lib/orders/pipeline';
import { sampleOf, sourceOf } from '$lib/orders/test-support';
import { SHOPIFY_REPURCHASE } from '../../../tests/fixtures/depth/expected';
import { indexCustomers } from './customers';
import { repurchaseSummary } from './repurchase';

describe('repurchaseSummary of the Shopify fixture (hand-computed in tests/fixtures/depth)', () => {
	it('matches the hand-computed figures', async () => {
		const file = join(import.meta.dirname, '../../../tests/fixtures/orders', SHOPIFY_REPURCHASE.file);
		const bytes = new Uint8Array(readFileSync(file));
		const { plan } = inspectSample(sampleOf(SHOPIFY_REPURCHASE.file, bytes));
		const result = await runImport([sourceOf(bytes, plan)], { today: 20_000 });
		if (result.kind !== 'orders') throw new Error('expected orders');
		const s = repurchaseSummary(indexCustomers(result.columns, result.customers.length), result.columns.day);
		expect(s.customers).toBe(SHOPIFY_REPURCHASE.customers);
		expect(s.repeatCustomers).toBe(SHOPIFY_REPURCHASE.repeatCustomers);
		expect(s.secondPurchase.median).toBe(SHOPIFY_REPURCHASE.medianDays);
		expect(s.backBy).toEqual(SHOPIFY_REPURCHASE.backBy);
		expect(
			s.within.map(({ days, observed, reordered, leftOut }) => ({ days, observed, reordered, leftOut }))
		).toEqual(SHOPIFY_REPURCHASE.within);
		expect(s.gaps.map(({ count, median, uncertain }) => ({ count, median, uncertain }))).toEqual(
			SHOPIFY_REPURCHASE.gaps
		);
		expect(s.sendDay).toEqual(SHOPIFY_REPURCHASE.sendDay);
	});
});
