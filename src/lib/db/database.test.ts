import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RetentionDatabase } from './database';
import { clearProblem, hasProblem, ReadOnlyDatabaseError, watchProblems, type AppProblem } from './status';

const STORES_V4 = {
	scenarios: '++id, calculator, &[calculator+name], updatedAt',
	datasets: '++id, createdAt, name',
	orderChunks: '[datasetId+index], datasetId',
	datasetStrings: '[datasetId+key], datasetId',
	summaries: 'datasetId',
	plan: '&tacticId, status, updatedAt',
	datasetMetrics: 'datasetId, computedAt',
	orderIdChunks: '[datasetId+index], datasetId',
	analysisCache: '[datasetId+key], datasetId'
};
const STORES_V9 = { ...STORES_V4, keyedOrderChunks: '', keyedOrderIdChunks: '' };
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
		newer.version(current.verno + 1).stores({ ...STORES_V4, extra: 'id' });
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
		newer.version(10).stores(STORES_V9);
		await newer.table('scenarios').add({ ...scenario });
		newer.close();

		const current = new RetentionDatabase('vc-newer').guard();
		expect(await current.scenarios.count()).toBe(1);
		expect(current.readOnly).toBe('newer');
		expect(latestProblems()).toEqual([{ kind: 'newer', stored: 10, known: current.verno }]);
		await expect(current.scenarios.add({ ...scenario, name: 'Q2' })).rejects.toBeInstanceOf(ReadOnlyDatabaseError);
		await expect(
			current.transaction('rw', current.plan, () => current.plan.put({ tacticId: 'cross-sell' } as never))
		).rejects.toThrow(/read-only/);
		current.close();
		const check = new Dexie('vc-newer');
		await check.open();
		expect(await check.table('scenarios').count()).toBe(1);
		expect(check.verno).toBe(10);
		check.close();
	});
});

describe('a backup of a database newer than the code', () => {
	it('holds every stored table and states the stored version', async () => {
		const { backupAsStored, decodeBackup } = await import('./backup');
		const newer = new Dexie('vc-backup');
		newer.version(10).stores({ ...STORES_V9, extra: 'id' });
		await newer.table('scenarios').add({ ...scenario });
		await newer.table('extra').add({ id: 1, text: 'only the newer code knows this table' });
		newer.close();
		const { header } = await decodeBackup(await (await backupAsStored('vc-backup')).arrayBuffer(), 10);
		expect(header.schemaVersion).toBe(10);
		expect(header.counts).toMatchObject({ scenarios: 1, extra: 1 });
	});
});
