import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/db/database';
import { storeImport } from '$lib/db/datasets';
import { inspectSample } from '$lib/orders/inspect';
import { runImport } from '$lib/orders/pipeline';
import { sampleOf, sourceOf } from '$lib/orders/test-support';
import { AFFINITY_EXPECTED as E } from '../../../tests/fixtures/affinity/expected';
import { affinityReply } from './analysis-affinity';

async function imported(file: string) {
	const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../tests/fixtures', file)));
	const { plan } = inspectSample(sampleOf(file, bytes));
	const result = await runImport([sourceOf(bytes, plan)], { today: 20_000 });
	if (result.kind !== 'orders') throw new Error('expected orders');
	return result;
}

describe('affinityReply (the worker side, over a stored data set)', () => {
	it('ranks the stored line items of the UCI fixture, again from the same counts under other options', async () => {
		const id = await storeImport(await imported('affinity/uci_affinity.csv'), 'UCI');
		const dataset = (await db().datasets.get(id))!;
		expect(dataset.hasItems).toBe(true);
		const reply = await affinityReply(7, dataset, { minCount: E.minCount, sort: 'lift' });
		if (reply.type !== 'affinityReady') throw new Error(`expected rules, got ${reply.type}`);
		expect(reply.requestId).toBe(7);
		expect(reply.summary.together.orders).toBe(E.together.orders);
		expect(reply.summary.together.rules.map((r) => [r.from, r.to])).toEqual([
			['HONEY JAR', 'TEAPOT'],
			['TEAPOT', 'HONEY JAR'],
			['WHITE MUG', 'GREEN TEA'],
			['GREEN TEA', 'WHITE MUG']
		]);
		expect(reply.summary.next.customers).toBe(E.next.customers);
		const stricter = await affinityReply(8, dataset, { minCount: 3, sort: 'count' });
		if (stricter.type !== 'affinityReady') throw new Error('expected rules');
		expect(stricter.summary.together.rules.map((r) => [r.from, r.to, r.count])).toEqual([
			['WHITE MUG', 'GREEN TEA', 4],
			['GREEN TEA', 'WHITE MUG', 4]
		]);
		expect(stricter.summary.next.total).toBe(0);
	});

	it.each([
		{ file: 'orders/woocommerce_orders.csv', reason: 'noItems' },
		{ file: 'orders/summary_lifetimes.csv', reason: 'summaryOnly' }
	])('fails with $reason for $file', async ({ file, reason }) => {
		const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../tests/fixtures', file)));
		const { plan } = inspectSample(sampleOf(file, bytes));
		const id = await storeImport(await runImport([sourceOf(bytes, plan)], { today: 20_000 }), file.slice(0, 40));
		const reply = await affinityReply(9, (await db().datasets.get(id))!, { minCount: 5, sort: 'lift' });
		expect(reply).toEqual({ type: 'failed', requestId: 9, reason });
	});

	it('counts pairs of SKUs (StockCodes) when asked, and says when the data set stores none per line item', async () => {
		const id = await storeImport(await imported('affinity/uci_affinity.csv'), 'UCI');
		const dataset = (await db().datasets.get(id))!;
		expect(dataset.hasItemSkus).toBe(true);
		const reply = await affinityReply(7, dataset, { minCount: E.minCount, sort: 'lift' }, 'sku');
		if (reply.type !== 'affinityReady') throw new Error(`expected rules, got ${reply.type}`);
		// One StockCode a description in this file: the same pairs as by name, under their codes
		// (a tie of the two directions ranked by code: 22333 TEAPOT before 22444 HONEY JAR).
		expect(reply.summary.together.orders).toBe(E.together.orders);
		expect(reply.summary.together.rules.map((r) => [r.from, r.to])).toEqual([
			['22333', '22444'],
			['22444', '22333'],
			['22111', '22222'],
			['22222', '22111']
		]);
		// Stored before SKUs per line item were kept: said, not computed from the first line item's.
		await db().datasets.update(id, { hasItemSkus: undefined });
		const before = (await db().datasets.get(id))!;
		expect(await affinityReply(8, before, { minCount: 2, sort: 'lift' }, 'sku')).toEqual({
			type: 'failed',
			requestId: 8,
			reason: 'noItemSkus'
		});
		const names = await affinityReply(9, before, { minCount: 2, sort: 'lift' }, 'product');
		expect(names.type).toBe('affinityReady');
	});
});
