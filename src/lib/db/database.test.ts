import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RetentionDatabase, SCHEMA_V4 } from './database';
import { clearProblem, hasProblem, ReadOnlyDatabaseError, watchProblems, type AppProblem } from './status';

const STORES_V9 = { ...SCHEMA_V4, keyedOrderChunks: '', keyedOrderIdChunks: '' };
const scenario = { calculator: 'crr', name: 'Q1', inputs: { s: '1' }, createdAt: 1, updatedAt: 1 };

function latestProblems(): AppProblem[] {
	let seen: AppProblem[] = [];
	watchProblems((list) => (seen = list))();
	return seen;
}

afterEach(() => {
	for (const kind of ['upgraded', 'deleted', 'blocked', 'newer'] as const) clearProblem(kind);
});

describe('the database connection when versions meet', () => {
	it('closes for good when another tab upgrades the database, says so, and writes nothing more', async () => {
		const current = new RetentionDatabase('vc-upgrade').guard();
		await current.scenarios.add({ ...scenario });
		const newer = new Dexie('vc-upgrade');
		newer.version(current.verno + 1).stores({ ...SCHEMA_V4, extra: 'id' });
		// The upgrade is not blocked: this tab let go at once.
		await newer.open();
		expect(newer.verno).toBe(current.verno + 1);
		expect(current.readOnly).toBe('upgraded');
		expect(current.isOpen()).toBe(false);
		expect(latestProblems()).toEqual([{ kind: 'upgraded' }]);
		await expect(current.scenarios.add({ ...scenario, name: 'Q2' })).rejects.toThrow();
		// Nothing reopened the old connection behind the user's back.
		expect(current.isOpen()).toBe(false);
		expect(await newer.table('scenarios').count()).toBe(1);
		newer.close();
	});

	it('says the data was deleted when another tab deletes the database', async () => {
		const current = new RetentionDatabase('vc-delete').guard();
		await current.scenarios.count();
		await Dexie.delete('vc-delete');
		expect(current.readOnly).toBe('deleted');
		expect(hasProblem('deleted')).toBe(true);
	});

	it('reports an upgrade of its own blocked by another open tab, until that tab closes', async () => {
		const request = indexedDB.open('vc-blocked', 10);
		const old = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
		// The old tab ignores the request to close.
		old.onversionchange = null;
		const current = new RetentionDatabase('vc-blocked').guard();
		const opened = current.open();
		await expect.poll(() => hasProblem('blocked')).toBe(true);
		old.close();
		await opened;
		expect(hasProblem('blocked')).toBe(false);
		expect(current.readOnly).toBeNull();
		await current.scenarios.add({ ...scenario });
		current.close();
	});

	it('reads but refuses to write a database made by newer code (after a rollback), and says why', async () => {
		const newer = new Dexie('vc-newer');
		newer.version(11).stores(STORES_V9);
		await newer.table('scenarios').add({ ...scenario });
		newer.close();

		const current = new RetentionDatabase('vc-newer').guard();
		expect(await current.scenarios.count()).toBe(1);
		expect(current.readOnly).toBe('newer');
		expect(latestProblems()).toEqual([{ kind: 'newer', stored: 11, known: current.verno }]);
		await expect(current.scenarios.add({ ...scenario, name: 'Q2' })).rejects.toBeInstanceOf(ReadOnlyDatabaseError);
		await expect(
			current.transaction('rw', current.plan, () => current.plan.put({ tacticId: 'cross-sell' } as never))
		).rejects.toThrow(/read-only/);
		current.close();
		const check = new Dexie('vc-newer');
		await check.open();
		expect(await check.table('scenarios').count()).toBe(1);
		expect(check.verno).toBe(11);
		check.close();
	});
});

describe('a backup of a database newer than the code', () => {
	it('holds every stored table and states the stored version', async () => {
		const { backupAsStored, decodeBackup } = await import('./backup');
		const newer = new Dexie('vc-backup');
		newer.version(11).stores({ ...STORES_V9, extra: 'id' });
		await newer.table('scenarios').add({ ...scenario });
		await newer.table('extra').add({ id: 1, text: 'only the newer code knows this table' });
		newer.close();
		const { header } = await decodeBackup(await (await backupAsStored('vc-backup')).arrayBuffer(), 11);
		expect(header.schemaVersion).toBe(11);
		expect(header.counts).toMatchObject({ scenarios: 1, extra: 1 });
	});
});

describe('a database stored by older code', () => {
	/** Orders of one chunk as version 2 and 3 of the code stored them: ids inside the chunk. */
	const oldChunk = { datasetId: 1, index: 0, orderIds: ['#1001', '#1002'], count: 2 };

	it('from version 3: gains the newer tables and runs version 4’s move of the order ids, keeping the rest', async () => {
		const old = new Dexie('old-v3');
		old.version(1).stores({ scenarios: SCHEMA_V4.scenarios });
		old.version(2).stores({
			datasets: SCHEMA_V4.datasets,
			orderChunks: SCHEMA_V4.orderChunks,
			datasetStrings: SCHEMA_V4.datasetStrings,
			summaries: SCHEMA_V4.summaries
		});
		old.version(3).stores({ plan: SCHEMA_V4.plan, datasetMetrics: SCHEMA_V4.datasetMetrics });
		await old.table('scenarios').add({ ...scenario });
		await old.table('datasets').add({ name: 'Shop', createdAt: 1 });
		await old.table('orderChunks').add({ ...oldChunk });
		old.close();

		const current = new RetentionDatabase('old-v3');
		await current.open();
		expect(current.verno).toBe(10);
		expect(await current.scenarios.count()).toBe(1);
		expect((await current.datasets.toArray()).map((d) => d.name)).toEqual(['Shop']);
		expect(await current.orderIdChunks.toArray()).toEqual([{ datasetId: 1, index: 0, ids: '#1001\u0000#1002' }]);
		expect(await current.orderChunks.toArray()).toEqual([{ datasetId: 1, index: 0, count: 2 }]);
		// The tables of version 4 and 9 (declared again by 10) exist and take writes.
		await current.analysisCache.put({ datasetId: 1, key: 'k' } as never);
		await current.keyedOrderChunks.put({ datasetId: 1, index: 0 } as never, [1, 0] as never);
		expect(await current.keyedOrderChunks.count()).toBe(1);
		current.close();
	});

	it('from version 6: gains the keyed tables, and no upgrade runs again on its data', async () => {
		const old = new Dexie('old-v6');
		old.version(6).stores(SCHEMA_V4);
		// A chunk as version 4 to 8 never wrote it (ids inside): left as it is, as no upgrade is due.
		await old.table('orderChunks').add({ ...oldChunk });
		old.close();

		const current = new RetentionDatabase('old-v6');
		await current.open();
		expect(current.verno).toBe(10);
		expect(await current.orderChunks.toArray()).toEqual([oldChunk]);
		expect(await current.orderIdChunks.count()).toBe(0);
		await current.keyedOrderIdChunks.put({ datasetId: 1, index: 0 } as never, [1, 0] as never);
		expect(await current.keyedOrderIdChunks.count()).toBe(1);
		current.close();
	});
});
