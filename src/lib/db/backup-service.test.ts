import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyse } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS, publishMeasures } from '$lib/analysis/cache';
import { dayFromYmd } from '$lib/format/date';
import { runImport } from '$lib/orders/pipeline';
import { inspectSample } from '$lib/orders/inspect';
import { sampleOf, sourceOf } from '$lib/orders/test-support';
import { createBackup, decodeBackup, encodeBackup } from './backup';
import type { FromBackupWorker, ToBackupWorker } from './backup-protocol';
import { backupService } from './backup-service';
import { db, type DatasetMetricsRecord } from './database';
import { listDatasets, loadOrders, storeImport } from './datasets';
import { listScenarios, saveScenario } from './scenarios';

const FILE = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/backup/shopify_60.csv'));

/** A request as the test writes it: the helper numbers it. */
type Request<M = ToBackupWorker> = M extends ToBackupWorker ? Omit<M, 'requestId'> : never;

/** The service with a record of its replies, one request at a time. */
function service() {
	const replies: FromBackupWorker[] = [];
	const handle = backupService(db, (reply) => replies.push(reply));
	let requestId = 0;
	const ask = async (message: Request) => {
		await handle({ ...message, requestId: ++requestId } as ToBackupWorker);
		return replies.at(-1)!;
	};
	return { ask, replies };
}

/** QA's Shopify export stored, with its figures recorded as the import records them. */
async function storeShop(): Promise<void> {
	const { plan } = inspectSample(sampleOf('shopify_60.csv', FILE));
	const result = await runImport([sourceOf(FILE, plan, 4096)], { today: dayFromYmd(2026, 12, 1) });
	if (result.kind !== 'orders') throw new Error('expected orders');
	const id = await storeImport(result, 'QA shop', { now: Date.UTC(2026, 11, 1) });
	const orders = await loadOrders(id, { customers: false });
	const { analysis } = analyse(orders.columns, orders.dataset.customerCount, DEFAULT_ANALYSIS_SETTINGS);
	await publishMeasures(id, DEFAULT_ANALYSIS_SETTINGS, analysis, 'EUR');
}

beforeEach(async () => {
	await Promise.all(db().tables.map((t) => t.clear()));
});

describe('the backup service (what the backup worker does)', () => {
	it('makes a backup, checks it without writing, and restores it when asked', async () => {
		await saveScenario('crr', 'Q1', { s: '10000', e: '10200', n: '2000' });
		const { ask } = service();
		const created = await ask({ type: 'create', now: Date.UTC(2026, 0, 2), asStored: false });
		if (created.type !== 'created') throw new Error(JSON.stringify(created));
		const buffer = await created.file.arrayBuffer();

		await Promise.all(db().tables.map((t) => t.clear()));
		await saveScenario('crr', 'to be replaced', { s: '1' });
		const checked = await ask({ type: 'check', buffer });
		expect(checked).toEqual({
			type: 'checked',
			requestId: 2,
			summary: {
				createdAt: Date.UTC(2026, 0, 2),
				counts: expect.objectContaining({ scenarios: 1 }),
				recomputedFigures: []
			}
		});
		// Checked, not yet restored: the user has not confirmed.
		expect((await listScenarios()).map((s) => s.name)).toEqual(['to be replaced']);

		expect(await ask({ type: 'restore' })).toEqual({ type: 'restored', requestId: 3 });
		expect((await listScenarios()).map((s) => s.name)).toEqual(['Q1']);
	});

	it('names the data sets whose figures it computed again from the orders, and restores those figures', async () => {
		await storeShop();
		const file = await createBackup(db(), Date.UTC(2026, 11, 2));
		const { header, body } = await decodeBackup(await file.arrayBuffer(), db().verno);
		const { checksum: _checksum, ...edited } = structuredClone(header);
		const figures = (edited.tables.datasetMetrics as DatasetMetricsRecord[])[0];
		const aov = figures.measures.find((m) => m.metric === 'aov')!;
		const computedAov = aov.value;
		aov.value = 99;
		const buffer = (await encodeBackup(edited, body.slice())).buffer;

		const { ask } = service();
		const checked = await ask({ type: 'check', buffer });
		expect(checked).toMatchObject({ type: 'checked', summary: { recomputedFigures: ['QA shop'] } });
		await ask({ type: 'restore' });
		const restored = await db().datasetMetrics.toArray();
		expect(restored[0].measures.find((m) => m.metric === 'aov')?.value).toBe(computedAov);
	});

	it('answers a refused file with the refusal as data, and writes nothing', async () => {
		await saveScenario('crr', 'Q1', { s: '1' });
		const { ask } = service();
		const buffer = new TextEncoder().encode('order_id,total\n1,2\n').buffer as ArrayBuffer;
		expect(await ask({ type: 'check', buffer })).toEqual({
			type: 'failed',
			requestId: 1,
			failure: { kind: 'backup', problem: 'notBackup', version: 0, detail: '' }
		});
		// Nothing was checked: there is nothing to restore.
		expect(await ask({ type: 'restore' })).toMatchObject({ type: 'failed', failure: { kind: 'other' } });
		expect((await listScenarios()).map((s) => s.name)).toEqual(['Q1']);
	});

	it('restores what it checked once only, and forgets it when the next file is refused', async () => {
		await storeShop();
		const created = await service().ask({ type: 'create', now: Date.UTC(2026, 11, 2), asStored: false });
		if (created.type !== 'created') throw new Error(JSON.stringify(created));
		const good = await created.file.arrayBuffer();

		const { ask } = service();
		await ask({ type: 'check', buffer: good.slice(0) });
		expect(await ask({ type: 'restore' })).toMatchObject({ type: 'restored' });
		expect(await ask({ type: 'restore' })).toMatchObject({ type: 'failed' });

		await ask({ type: 'check', buffer: good.slice(0) });
		const damaged = new Uint8Array(good.slice(0));
		damaged[damaged.length - 1] ^= 1;
		expect(await ask({ type: 'check', buffer: damaged.buffer })).toMatchObject({
			type: 'failed',
			failure: { kind: 'backup', problem: 'corrupt' }
		});
		await db().datasets.clear();
		expect(await ask({ type: 'restore' })).toMatchObject({ type: 'failed' });
		expect(await listDatasets()).toEqual([]);
	});
});
