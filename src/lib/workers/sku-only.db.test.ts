import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCustomers } from '$lib/analysis/customers';
import { db } from '$lib/db/database';
import { loadOrders, storeImport } from '$lib/db/datasets';
import { inspectSample } from '$lib/orders/inspect';
import { runImport } from '$lib/orders/pipeline';
import { sampleOf, sourceOf } from '$lib/orders/test-support';
import { affinityReply } from './analysis-affinity';
import { firstOrderSummary } from './analysis-first-order';
import { NO_CUSTOMER_ACTIONS } from './analysis-worker.test-support';

const FILE = 'generic_skus.csv';

/** The generic file of line items by SKU alone (no product-name column), imported and stored. */
async function stored() {
	const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/first-order', FILE)));
	const { plan } = inspectSample(sampleOf(FILE, bytes));
	const result = await runImport([sourceOf(bytes, plan)], { today: 20_000 });
	if (result.kind !== 'orders') throw new Error('expected orders');
	const id = await storeImport(result, 'SKUs only');
	return (await db().datasets.get(id))!;
}

describe('a data set whose line items have SKUs and no names', () => {
	it('stores its items by SKU and no product dimension', async () => {
		const dataset = await stored();
		expect(dataset.hasItems).toBe(true);
		expect(dataset.hasItemSkus).toBe(true);
		expect(dataset.hasUnnamedItems).toBe(true);
		expect(dataset.dimensions).toEqual(['sku']);
	});

	it('groups customers by every SKU of their first order', async () => {
		const dataset = await stored();
		const orders = await loadOrders(dataset.id!, { customers: false });
		const summary = await firstOrderSummary(
			dataset,
			orders,
			'sku',
			() => indexCustomers(orders.columns, dataset.customerCount),
			() => NO_CUSTOMER_ACTIONS
		);
		// First orders: ann 1001 {MUG-1, TEE-9}, ben 1002 {TEE-9}, cai 1003 {CAP-3, MUG-1},
		// dan 1006 {MUG-1}, eve 1007 {TEE-9, MUG-1}.
		expect(summary.stored).toBe(true);
		expect(summary.breakdown.overlapping).toBe(true);
		expect(summary.breakdown.groups.map((g) => [g.value, g.customers])).toEqual([
			['MUG-1', 4],
			['TEE-9', 3],
			['CAP-3', 1]
		]);
	});

	it('counts SKUs bought together and bought next', async () => {
		const dataset = await stored();
		const reply = await affinityReply(1, dataset, { minCount: 1, sort: 'count' }, 'sku');
		if (reply.type !== 'affinityReady') throw new Error(`expected rules, got ${reply.type}`);
		// Orders with two SKUs: 1001 and 1007 (MUG-1, TEE-9), 1003 (CAP-3, MUG-1), of 8 orders;
		// only MUG-1 with TEE-9 is met twice (the least count a rule needs).
		expect(reply.summary.together.orders).toBe(8);
		expect(reply.summary.together.multiProduct).toBe(3);
		expect(reply.summary.products).toBe(3);
		expect(reply.summary.together.rules.map((r) => [r.from, r.to, r.count]).sort()).toEqual([
			['MUG-1', 'TEE-9', 2],
			['TEE-9', 'MUG-1', 2]
		]);
		// Returning customers: ann and eve ({MUG-1, TEE-9} → CAP-3), ben (TEE-9 → MUG-1).
		expect(reply.summary.next.returning).toBe(3);
		expect(reply.summary.next.rules.map((r) => [r.from, r.to, r.count]).sort()).toEqual([
			['MUG-1', 'CAP-3', 2],
			['TEE-9', 'CAP-3', 2]
		]);
	});
});
