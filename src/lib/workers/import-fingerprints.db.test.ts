import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/database';
import { rowsHash } from '$lib/orders/same-files';
import { sourceOf } from '$lib/orders/test-support';
import type { FilePlan } from '$lib/orders/plan';
import type { FromImportWorker, ToImportWorker } from './import-protocol';

/**
 * The fingerprints of the imported files' rows (`DatasetRecord.sourceFiles`), which say that a file
 * chosen again is held by a stored data set already. The review reads them only when it has
 * something to compare them with (a stored data set, or another chosen file): in a first import of
 * one file, reading them beside the parse of its first range made the parse longer. They are then
 * read once the data set is stored, and written into it. The worker module runs in this thread;
 * helpers and range workers are stand-ins that fail to load (the work is then done here).
 */
class FailingWorker extends EventTarget {
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: Event) => void) | null = null;
	constructor() {
		super();
		queueMicrotask(() => {
			const event = new Event('error', { cancelable: true });
			this.dispatchEvent(event);
			this.onerror?.(event);
		});
	}
	postMessage(): void {}
	terminate(): void {}
}

const posted: FromImportWorker[] = [];
/** Updates of stored data sets' source files (their fingerprints written), counted as IndexedDB runs them. */
let fingerprintWrites = 0;
/** For each message posted, whether a fingerprint had been written before it (the session may end the worker on it). */
const writtenBefore = new Map<string, boolean>();
let handle: (event: MessageEvent<ToImportWorker>) => Promise<void>;
const send = (data: ToImportWorker) => handle({ data } as MessageEvent<ToImportWorker>);

const ORDERS =
	'Order ID,Customer ID,Order Date,Total\n1,C1,2024-01-05,20.00\n2,C2,2024-01-09,35.50\n3,C1,2024-02-11,12.00\n';
const OTHER = 'Order ID,Customer ID,Order Date,Total\n7,C9,2024-03-05,18.00\n8,C8,2024-03-19,41.00\n';
const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/orders');
const fileOf = (text: string, name: string) =>
	new File([text], name, { type: 'text/csv', lastModified: 1_700_000_000_000 });

/** The fingerprints posted during the review of `files` (by file), and the plans it inspected. */
async function review(files: File[]): Promise<{ plans: FilePlan[] }> {
	posted.length = 0;
	await send({ type: 'inspect', files, overrides: files.map(() => null), dateFallback: 'dmy' });
	const inspected = posted.find((m) => m.type === 'inspected');
	if (inspected?.type !== 'inspected' || !inspected.outcomes.every((o) => o.ok)) throw new Error('not inspected');
	return { plans: inspected.outcomes.map((o) => (o.ok ? o.inspection.plan : null!)) };
}

const fingerprintsPosted = () =>
	posted
		.flatMap((m) => (m.type === 'fingerprint' ? [{ file: m.file, rows: m.rows }] : []))
		.sort((a, b) => a.file - b.file);

/** The fingerprint of a file's rows as `rowsHash` reads it on its own. */
async function expectedRows(file: File, plan: FilePlan): Promise<string> {
	const bytes = new Uint8Array(await file.arrayBuffer());
	return rowsHash(plan, sourceOf(bytes, plan, 64 << 10).chunks());
}

/** Imports the files reviewed; resolves once the worker has done all it does for them. */
async function importReviewed(files: File[], plans: FilePlan[]): Promise<number> {
	posted.length = 0;
	await send({ type: 'import', files, plans, name: 'Shop', currency: 'EUR', createdAt: Date.now() });
	const stored = posted.find((m) => m.type === 'stored');
	if (stored?.type !== 'stored') throw new Error(`not stored: ${JSON.stringify(posted.map((m) => m.type))}`);
	return stored.datasetId;
}

describe('the fingerprints of imported files', () => {
	beforeAll(async () => {
		vi.stubGlobal('Worker', FailingWorker);
		const scope = globalThis as unknown as { self: { postMessage: (m: FromImportWorker) => void } };
		scope.self = {
			postMessage: (m: FromImportWorker) => {
				posted.push(structuredClone(m));
				writtenBefore.set(m.type, fingerprintWrites > 0);
			}
		} as never;
		db().datasets.hook('updating', (changes) => {
			if ('sourceFiles' in (changes as object)) fingerprintWrites++;
		});
		await import('./import.worker');
		handle = (scope.self as unknown as { onmessage: typeof handle }).onmessage;
	});
	afterEach(async () => {
		fingerprintWrites = 0;
		writtenBefore.clear();
		await Promise.all(db().tables.map((t) => t.clear()));
	});

	it('are not read during a first review of one file, and are stored with its data set once it is stored', async () => {
		const file = fileOf(ORDERS, 'orders.csv');
		const { plans } = await review([file]);
		// (The worker has decided by now: the review's wait for the page is over.)
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(fingerprintsPosted()).toEqual([]);
		const datasetId = await importReviewed([file], plans);
		const dataset = await db().datasets.get(datasetId);
		expect(dataset?.sourceFiles).toEqual([
			{
				name: 'orders.csv',
				size: file.size,
				lastModified: file.lastModified,
				rows: await expectedRows(file, plans[0])
			}
		]);
		// Read once the CLV fit is made (not beside it, whose core they took on two cores), by whichever
		// worker caches it: handed over with it, for a page that takes it (its own worker reads them as
		// it caches the fit; see analysis-clv-cache.db.test.ts), else read here before the fit is cached.
		expect(writtenBefore.get('clvFitted')).toBe(false);
		const fitted = posted.find((m) => m.type === 'clvFitted');
		expect(fitted?.type === 'clvFitted' && fitted.fingerprints).toMatchObject({
			later: [0],
			sourceFiles: [{ name: 'orders.csv', size: file.size, lastModified: file.lastModified, rows: null }],
			plans
		});
		expect(writtenBefore.get('clvPrecomputed')).toBe(true);
	});

	it('of a summary, whose worker is ended once it is stored, are written before it says so', async () => {
		const file = new File([readFileSync(join(FIXTURES, 'summary_lifetimes.csv'))], 'summary.csv', {
			lastModified: 1_700_000_000_000
		});
		const { plans } = await review([file]);
		expect(plans[0].layout).toBe('summary');
		const datasetId = await importReviewed([file], plans);
		expect(posted.some((m) => m.type === 'stored' && !m.clvPending)).toBe(true);
		expect(writtenBefore.get('stored')).toBe(true);
		const dataset = await db().datasets.get(datasetId);
		expect(dataset?.sourceFiles?.[0].rows).toBe(await expectedRows(file, plans[0]));
	});

	it('are read during the review once a data set is stored, and match the stored one for the same rows under another name', async () => {
		const first = fileOf(ORDERS, 'orders.csv');
		const reviewed = await review([first]);
		await importReviewed([first], reviewed.plans);

		const again = fileOf(ORDERS, 'orders (1).csv');
		const { plans } = await review([again]);
		await vi.waitFor(() => expect(fingerprintsPosted()).toHaveLength(1));
		const [stored] = (await db().datasets.toArray())[0].sourceFiles ?? [];
		expect(fingerprintsPosted()).toEqual([{ file: 0, rows: stored.rows }]);
		expect(stored.rows).toBe(await expectedRows(again, plans[0]));
		// Imported, it has none left to read: none handed over with the fit.
		const datasetId = await importReviewed([again], plans);
		expect(posted.find((m) => m.type === 'clvFitted')).toMatchObject({ fingerprints: null });
		expect((await db().datasets.get(datasetId))?.sourceFiles?.[0].rows).toBe(stored.rows);
	});

	it('are read during the review of several files with nothing stored, to tell a file chosen twice', async () => {
		const files = [fileOf(ORDERS, 'a.csv'), fileOf(OTHER, 'b.csv'), fileOf(ORDERS, 'a (1).csv')];
		const { plans } = await review(files);
		await vi.waitFor(() => expect(fingerprintsPosted()).toHaveLength(3));
		const rows = fingerprintsPosted().map((f) => f.rows);
		expect(rows).toEqual(await Promise.all(files.map((file, i) => expectedRows(file, plans[i]))));
		expect(rows[0]).toBe(rows[2]);
		expect(rows[0]).not.toBe(rows[1]);
	});
});
