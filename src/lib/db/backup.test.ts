import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BackupError, createBackup, parseBackup, restoreBackup } from './backup';
import { db, RetentionDatabase } from './database';
import { listDatasets, loadOrders, storeImport } from './datasets';
import { listScenarios, saveScenario } from './scenarios';
import type { OrdersResult } from '$lib/orders/accumulate';
import type { ImportReport } from '$lib/orders/report';

function ordersResult(count: number): OrdersResult {
	const customer = Int32Array.from({ length: count }, (_, i) => i % 3);
	const day = Int32Array.from({ length: count }, (_, i) => 19000 + i);
	const amount = Float64Array.from({ length: count }, (_, i) => i * 1.25);
	return {
		kind: 'orders',
		columns: { count, customer, day, amount },
		customers: ['a@x.io', 'b', '=c'],
		orderIds: Array.from({ length: count }, (_, i) => `#${i}`),
		dimensions: { country: { values: ['LV', 'EE'], index: Int32Array.from({ length: count }, (_, i) => i % 2) } },
		report: { customers: 3, firstDay: 19000, lastDay: 19000 + count - 1, revenue: 0, currency: 'EUR', warnings: [] } as unknown as ImportReport
	};
}

async function bufferOf(blob: Blob): Promise<ArrayBuffer> {
	return blob.arrayBuffer();
}

beforeEach(async () => {
	await Promise.all(db().tables.map((t) => t.clear()));
});

describe('backup and restore', () => {
	it('round-trips data sets (typed arrays included) and scenarios exactly', async () => {
		await saveScenario('crr', 'Q1', { s: '10000', e: '10200', n: '2000' });
		const id = await storeImport(ordersResult(10), 'Shop');
		const before = await loadOrders(id, { orderIds: true, dimensions: true });
		const backup = await createBackup(db());

		await Promise.all(db().tables.map((t) => t.clear()));
		await saveScenario('crr', 'to be replaced', { s: '1' });

		const parsed = parseBackup(await bufferOf(backup), db());
		expect(parsed.header.counts).toMatchObject({ datasets: 1, scenarios: 1, orderChunks: 1 });
		await restoreBackup(parsed, db());

		const after = await loadOrders(id, { orderIds: true, dimensions: true });
		expect(after.columns.amount).toEqual(before.columns.amount);
		expect(after.columns.day).toBeInstanceOf(Int32Array);
		expect(Array.from(after.columns.day)).toEqual(Array.from(before.columns.day));
		expect(after.orderIds).toEqual(before.orderIds);
		expect(after.dimensions.country?.values).toEqual(['LV', 'EE']);
		expect((await listScenarios()).map((s) => s.name)).toEqual(['Q1']);
	});

	it('refuses a file that is not a backup, changing nothing', async () => {
		await saveScenario('crr', 'keep', { s: '1' });
		const text = new TextEncoder().encode('order_id,customer_id\n1,a\n');
		expect(() => parseBackup(text.buffer, db())).toThrow(expect.objectContaining({ problem: 'notBackup' }));
		expect(await listScenarios()).toHaveLength(1);
	});

	it('refuses a damaged backup', async () => {
		await storeImport(ordersResult(50), 'Shop');
		const bytes = new Uint8Array(await bufferOf(await createBackup(db())));
		bytes[bytes.length - 5] ^= 0xff;
		expect(() => parseBackup(bytes.buffer, db())).toThrow(expect.objectContaining({ problem: 'corrupt' }));
		const truncated = bytes.slice(0, bytes.length - 100);
		expect(() => parseBackup(truncated.buffer, db())).toThrow(BackupError);
	});

	it('refuses a backup from a newer format or schema, naming the version', async () => {
		const bytes = new Uint8Array(await bufferOf(await createBackup(db())));
		const length = new DataView(bytes.buffer).getUint32(8, true);
		const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length)));
		for (const change of [{ format: BACKUP_FORMAT + 1 }, { schemaVersion: db().verno + 1 }]) {
			const json = new TextEncoder().encode(JSON.stringify({ ...header, ...change }).padEnd(length, ' ').slice(0, length));
			const edited = bytes.slice();
			edited.set(json, 12);
			expect(() => parseBackup(edited.buffer, db())).toThrow(expect.objectContaining({ problem: 'newer' }));
		}
	});
});

describe('schema versions', () => {
	it('opens a version-1 database (scenarios only) and keeps its data in version 2', async () => {
		const name = 'migration-test';
		const { default: Dexie } = await import('dexie');
		const old = new Dexie(name);
		old.version(1).stores({ scenarios: '++id, calculator, &[calculator+name], updatedAt' });
		await old.table('scenarios').add({ calculator: 'crr', name: 'old', inputs: { s: '5' }, createdAt: 1, updatedAt: 1 });
		old.close();

		const current = new RetentionDatabase(name);
		expect(await current.scenarios.toArray()).toMatchObject([{ name: 'old', inputs: { s: '5' } }]);
		expect(await current.datasets.count()).toBe(0);
		expect(current.verno).toBeGreaterThanOrEqual(2);
		current.close();
		expect(await listDatasets()).toEqual([]);
	});
});

describe('schema v4 migration', () => {
	it('moves order ids out of the v3 order chunks and keeps them readable', async () => {
		const name = 'migration-v3';
		const { default: Dexie } = await import('dexie');
		const v3 = new Dexie(name);
		v3.version(1).stores({ scenarios: '++id, calculator, &[calculator+name], updatedAt' });
		v3.version(2).stores({ datasets: '++id, createdAt, name', orderChunks: '[datasetId+index], datasetId', datasetStrings: '[datasetId+key], datasetId', summaries: 'datasetId' });
		v3.version(3).stores({ plan: '&tacticId, status, updatedAt', datasetMetrics: 'datasetId, computedAt' });
		const id = (await v3.table('datasets').add({ name: 'old', kind: 'orders', createdAt: 1, orderCount: 2, customerCount: 1, firstDay: 0, lastDay: 1, revenue: 3, currency: null, byteSize: 1, chunkCount: 1, dimensions: [], hasOrderIds: true, report: {} })) as number;
		await v3.table('orderChunks').add({ datasetId: id, index: 0, count: 2, customer: Int32Array.of(0, 0), day: Int32Array.of(0, 1), amount: Float64Array.of(1, 2), orderIds: ['#1', '#2'] });
		await v3.table('datasetStrings').add({ datasetId: id, key: 'customers', values: ['a'] });
		v3.close();

		const current = new RetentionDatabase(name);
		const chunk = await current.orderChunks.get([id, 0]);
		expect(chunk).toBeDefined();
		expect(chunk!.orderIds).toBeUndefined();
		expect(Array.from(chunk!.amount)).toEqual([1, 2]);
		expect(await current.orderIdChunks.get([id, 0])).toEqual({ datasetId: id, index: 0, ids: '#1\u0000#2' });
		current.close();
	});
});
