import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyse, wholeHistory } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/cache';
import { db } from '$lib/db/database';
import { loadOrders, storeImport } from '$lib/db/datasets';
import { prepareDefaultClv, readCachedClv } from '$lib/analysis/clv-cache';
import { DEFAULT_CLV_SETTINGS } from '$lib/analysis/clv-engine';
import { rowsHash } from '$lib/orders/same-files';
import { sourceOf } from '$lib/orders/test-support';
import { fitForImport, helpImport } from './import-analyse';
import type { FromImportHelper, FromImportWorker, ToImportHelper, ToImportWorker } from './import-protocol';

/**
 * The import worker's fallbacks when its helper (which analyses the orders beside the store, with
 * the order columns transferred to it) fails: it cannot load, or it crashes holding the columns.
 * The worker module runs in this thread; `Worker` is a stand-in that fails as told.
 */

// Counts and fails the worker's reads of the stored orders (the function itself is the real one).
vi.mock('$lib/db/datasets', async (original) => {
	const actual = await original<typeof import('$lib/db/datasets')>();
	return { ...actual, loadOrders: vi.fn(actual.loadOrders), storeImport: vi.fn(actual.storeImport) };
});
// Counts the CLV fits made (the function itself is the real one).
vi.mock('$lib/analysis/clv-cache', async (original) => {
	const actual = await original<typeof import('$lib/analysis/clv-cache')>();
	return { ...actual, prepareDefaultClv: vi.fn(actual.prepareDefaultClv) };
});
// A helper from 512 KB of orders (twice the range size), not 8 MB: the same paths, a tenth of the time.
vi.mock('$lib/orders/ranges', async (original) => {
	const actual = await original<typeof import('$lib/orders/ranges')>();
	return { ...actual, MIN_RANGE_BYTES: 256 << 10 };
});
// Fails the worker's own analysis when told (the function itself is the real one).
vi.mock('$lib/analysis/analyse', async (original) => {
	const actual = await original<typeof import('$lib/analysis/analyse')>();
	return { ...actual, analyse: vi.fn(actual.analyse) };
});

type HelperFailure = 'cannot load' | 'crashes with the columns' | 'none';
let helperFailure: HelperFailure = 'cannot load';
let helperGotColumns = false;
/** The second helper (asked to fit beside the first one's analysis) fails on its message. */
let fitterFails = false;
let helpersEnded = 0;
const helperMessages: ToImportHelper[] = [];
/** The helper's analysis starts once this settles (null: at once). */
let helperStartsAfter: Promise<unknown> | null = null;
/** What the helper heard and the page received, in the order they came (types only). */
const heard: string[] = [];

/** A dedicated worker that fails: to load (its `error` before anyone listens), or on its first message. */
class FailingWorker extends EventTarget {
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: Event) => void) | null = null;
	constructor(readonly url: URL | string) {
		super();
		// Soon after it was made (the import has not reached it yet), as a script that would not load.
		if (helperFailure === 'cannot load') queueMicrotask(() => this.#fail());
	}
	postMessage(message: unknown, transfer: Transferable[] = []): void {
		// What posting does to the sender's buffers: detached.
		const received = structuredClone(message, { transfer });
		// (Range workers, stand-ins too, fail alike: the file is then read in one piece.)
		const helper = String(this.url).includes('import-analyse');
		if (helper) helperGotColumns = true;
		if (helper) this.#heardOnce = true;
		// (A helper that loaded and crashes does so on the orders it analyses: a second one, asked to fit, works unless `fitterFails`.)
		const fitting = ['fit', 'segments'].includes((received as ToImportHelper).type);
		if (helper && (helperFailure === 'none' || (helperFailure === 'crashes with the columns' && fitting))) {
			const message = received as ToImportHelper;
			helperMessages.push(message);
			heard.push(`helper:${message.type}`);
			if (message.type === 'segments') return this.#segmentsKnown(message.segments);
			// The helper's own code, in this thread; its replies posted back as a worker's would be.
			const reply = (answer: FromImportHelper, back: ArrayBuffer[]) => {
				const data = structuredClone(answer, { transfer: back });
				setTimeout(() => this.onmessage?.({ data } as MessageEvent), 0);
			};
			if (message.type === 'fit') {
				if (fitterFails) setTimeout(() => this.#fail(), 0);
				else setTimeout(() => void fitForImport(message, reply, () => this.#segments), 0);
				return;
			}
			const starts = helperStartsAfter ?? Promise.resolve();
			setTimeout(() => void starts.then(() => helpImport(message, reply)));
			return;
		}
		setTimeout(() => this.#fail(), 0);
	}
	terminate(): void {
		// (Helpers that were given work: not one that failed to load and was never used.)
		if (String(this.url).includes('import-analyse') && this.#heardOnce) helpersEnded++;
	}
	#heardOnce = false;
	/** The segments a fitting helper is sent ('segments'), as its worker hears them. */
	#segmentsKnown: (segments: Uint8Array | null) => void = () => {};
	#segments = new Promise<Uint8Array | null>((resolve) => (this.#segmentsKnown = resolve));
	#fail(): void {
		const event = new Event('error', { cancelable: true });
		this.dispatchEvent(event);
		this.onerror?.(event);
	}
}

// Above the size from which the import uses a helper (512 KB here), four orders a customer.
const ORDERS = 30_000;
const CUSTOMERS = 7_500;
function largeExport(): File {
	const lines = ['Order ID,Customer ID,Order Date,Total'];
	for (let i = 1; i <= ORDERS; i++) {
		const month = String(1 + (i % 12)).padStart(2, '0');
		const day = String(1 + (i % 28)).padStart(2, '0');
		lines.push(`${i},C${String(i % CUSTOMERS).padStart(6, '0')},2023-${month}-${day},${(i % 997) / 10 + 1}`);
	}
	return new File([lines.join('\n') + '\n'], 'large.csv', { type: 'text/csv' });
}

/** The next analysis (the helper's or the worker's own) runs out of memory. */
function analysisFailsOnce(): void {
	vi.mocked(analyse).mockImplementationOnce(() => {
		throw new RangeError('Array buffer allocation failed');
	});
}

const posted: FromImportWorker[] = [];
/** What the page receives of a message the worker posts: a copy (buffers in `transfer` moved). */
const receive = (m: FromImportWorker, transfer: Transferable[] = []): void => {
	posted.push(structuredClone(m, { transfer }));
	heard.push(`page:${m.type}`);
};
/** The test environment's own navigator (none in Node 20), put back after a test gave it cores. */
const undefinedNavigator = (globalThis as { navigator?: Navigator }).navigator;
let handle: (event: MessageEvent<ToImportWorker>) => Promise<void>;
const send = (data: ToImportWorker) => handle({ data } as MessageEvent<ToImportWorker>);

/** Inspects and imports the file as the page does; the messages the worker posted for the import (but progress and fingerprints). */
async function importFile(file: File): Promise<FromImportWorker[]> {
	posted.length = 0;
	await send({ type: 'inspect', files: [file], overrides: [null], dateFallback: 'dmy' });
	const inspected = posted.find((m) => m.type === 'inspected');
	if (inspected?.type !== 'inspected' || !inspected.outcomes[0].ok) throw new Error('not inspected');
	const plan = inspected.outcomes[0].inspection.plan;
	posted.length = 0;
	await send({ type: 'import', files: [file], plans: [plan], name: 'Large', currency: 'EUR', createdAt: Date.now() });
	return posted.filter((m) => m.type !== 'progress' && m.type !== 'fingerprint');
}

/** The messages the worker posted (but its progress and the review's fingerprints) since the last import started. */
const postedTypes = () => posted.filter((m) => m.type !== 'progress' && m.type !== 'fingerprint').map((m) => m.type);

/**
 * Inspects and starts importing the file as the page does, and waits until the data set is stored
 * (what follows, the CLV fit, is the test's to watch); `importing` settles when the import ends.
 */
async function importUntilStored(file: File): Promise<{ importing: Promise<void> }> {
	posted.length = 0;
	await send({ type: 'inspect', files: [file], overrides: [null], dateFallback: 'dmy' });
	const inspected = posted.find((m) => m.type === 'inspected');
	if (inspected?.type !== 'inspected' || !inspected.outcomes[0].ok) throw new Error('not inspected');
	posted.length = 0;
	const plans = [inspected.outcomes[0].inspection.plan];
	const importing = send({ type: 'import', files: [file], plans, name: 'Large', currency: 'EUR', createdAt: 1 });
	await vi.waitFor(() => expect(postedTypes()).toEqual(['stored']), { timeout: 30_000 });
	return { importing };
}

async function expectedAnalysis(datasetId: number) {
	const { columns, dataset } = await loadOrders(datasetId);
	return analyse(columns, dataset.customerCount, DEFAULT_ANALYSIS_SETTINGS).analysis;
}

describe('the import worker when its helper fails', () => {
	const file = largeExport();

	beforeAll(async () => {
		vi.stubGlobal('Worker', FailingWorker);
		const scope = globalThis as unknown as { self: { postMessage: (m: FromImportWorker) => void } };
		scope.self = { postMessage: receive } as never;
		await import('./import.worker');
		handle = (scope.self as unknown as { onmessage: typeof handle }).onmessage;
	});
	afterEach(async () => {
		vi.stubGlobal('navigator', undefinedNavigator);
		(globalThis as unknown as { self: { postMessage: typeof receive } }).self.postMessage = receive;
		vi.mocked(loadOrders).mockClear();
		helperGotColumns = false;
		helperStartsAfter = null;
		heard.length = 0;
		await Promise.all(db().tables.map((t) => t.clear()));
	});

	it.each(['cannot load', 'crashes with the columns'] as const)(
		'%s: the orders are analysed and their CLV fitted here, the data set stored once',
		async (failure) => {
			helperFailure = failure;
			const messages = await importFile(file);
			expect(messages.map((m) => m.type)).toEqual(['stored', 'clvFitted', 'clvPrecomputed']);
			// While storing, the orders written are posted: from none to all, rising, not once per chunk.
			const saving = posted.flatMap((m) =>
				m.type === 'progress' && m.progress.phase === 'storing' ? [m.progress] : []
			);
			const written = saving.map((p) => p.ordersStored);
			expect(written[0]).toBe(0);
			expect(written.at(-1)).toBe(ORDERS);
			expect(written.every((w, i) => i === 0 || w! > written[i - 1]!)).toBe(true);
			expect(saving.every((p) => p.ordersTotal === ORDERS)).toBe(true);
			expect(saving.length).toBeLessThanOrEqual(52);
			const [stored, , precomputed] = messages;
			if (stored.type !== 'stored' || precomputed.type !== 'clvPrecomputed') return;
			expect(helperGotColumns).toBe(failure === 'crashes with the columns');
			// Given away with the columns, they are read back from IndexedDB; else never read.
			expect(loadOrders).toHaveBeenCalledTimes(failure === 'crashes with the columns' ? 1 : 0);
			expect(stored.report.ordersKept).toBe(ORDERS);
			expect(stored.clvPending).toBe(true);
			expect(stored.analysis?.analysis).toEqual(await expectedAnalysis(stored.datasetId));
			expect(precomputed).toMatchObject({ datasetId: stored.datasetId, fitMs: expect.any(Number) });
			expect(await db().datasets.count()).toBe(1);
			expect(await db().analysisCache.where('datasetId').equals(stored.datasetId).count()).toBeGreaterThan(0);
		},
		60_000
	);

	it('fits the CLV models once the page says so (on two cores), hands them over, and caches them itself when no page takes them', async () => {
		helperFailure = 'cannot load';
		vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
		const clvCached = async () =>
			// (A fit's head record; its per-customer arrays are in parts keyed after it, '…#0' on.)
			(await db().analysisCache.toArray()).filter((r) => r.key.startsWith('clv:') && !r.key.includes('#')).length;
		const { importing } = await importUntilStored(file);
		// Held back (for a second at most) until the page has drawn: nothing fitted meanwhile.
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(postedTypes()).toEqual(['stored']);
		await send({ type: 'fitClvNow' });
		await vi.waitFor(() => expect(postedTypes()).toEqual(['stored', 'clvFitted']), { timeout: 30_000 });
		expect(posted.find((m) => m.type === 'clvFitted')).toMatchObject({ createdAt: 1, fitMs: expect.any(Number) });
		// Left a moment for a page to take it (and have it cached): not written meanwhile.
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(await clvCached()).toBe(0);
		await importing;
		expect(postedTypes()).toEqual(['stored', 'clvFitted', 'clvPrecomputed']);
		expect(await clvCached()).toBe(1);
	}, 60_000);

	it('on two cores, parses a single file ahead only once the page has drawn its review, or after a moment without that word', async () => {
		helperFailure = 'cannot load';
		vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
		// The parse reads the file as a stream; the inspection reads only slices of it.
		const reads = vi.spyOn(Blob.prototype, 'stream');
		const scope = globalThis as unknown as { self: { postMessage: typeof receive } };
		// Called back as the worker posts its review (so its wait and this test's start together).
		let onInspected = () => {};
		scope.self.postMessage = (m: FromImportWorker, transfer?: Transferable[]) => {
			receive(m, transfer);
			if (m.type === 'inspected') onInspected();
		};
		const inspect = () => {
			posted.length = 0;
			reads.mockClear();
			return new Promise<void>((reviewed) => {
				onInspected = reviewed;
				void send({ type: 'inspect', files: [file], overrides: [null], dateFallback: 'dmy' });
			});
		};
		const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
		try {
			// Reviewed: nothing read while the page draws; the page's word starts the parse at once.
			await inspect();
			await sleep(100);
			expect(reads).not.toHaveBeenCalled();
			await send({ type: 'reviewDrawn' });
			await sleep(20);
			const inspected = posted.find((m) => m.type === 'inspected');
			if (inspected?.type !== 'inspected' || !inspected.outcomes[0].ok) throw new Error('not inspected');
			const plans = [inspected.outcomes[0].inspection.plan];
			await send({ type: 'import', files: [file], plans, name: 'Large', currency: 'EUR', createdAt: 1 });
			const stored = posted.find((m) => m.type === 'stored');
			// The import used the parse the word started (without the word it would have begun one then).
			expect(reads).toHaveBeenCalled();
			expect(stored?.type === 'stored' && stored.parse.ahead).toBeGreaterThanOrEqual(15);

			// Without the page's word (a page that never says it), the parse starts after a moment all the same.
			await inspect();
			expect(reads).not.toHaveBeenCalled();
			await vi.waitFor(() => expect(reads).toHaveBeenCalled(), { timeout: 5_000 });
		} finally {
			reads.mockRestore();
		}
	}, 60_000);

	// With nothing stored, the review has nothing to compare the fingerprint with: it is read once
	// the data set is stored (see import-fingerprints.db.test.ts), and kept with it all the same.
	it('keeps the file’s name, size, date and rows’ fingerprint with the data set, read after the store in a first import', async () => {
		helperFailure = 'cannot load';
		posted.length = 0;
		await send({ type: 'inspect', files: [file], overrides: [null], dateFallback: 'dmy' });
		await send({ type: 'reviewDrawn' });
		const inspected = posted.find((m) => m.type === 'inspected');
		if (inspected?.type !== 'inspected' || !inspected.outcomes[0].ok) throw new Error('not inspected');
		const plans = [inspected.outcomes[0].inspection.plan];
		await send({ type: 'import', files: [file], plans, name: 'Large', currency: 'EUR', createdAt: 1 });
		expect(posted.some((m) => m.type === 'fingerprint')).toBe(false);
		const bytes = new Uint8Array(await file.arrayBuffer());
		const rows = await rowsHash(plans[0], sourceOf(bytes, plans[0], 64 << 10).chunks());
		expect(rows).toMatch(/^\d+:\d+$/);
		const [dataset] = await db().datasets.toArray();
		expect(dataset.sourceFiles).toEqual([
			{ name: 'large.csv', size: file.size, lastModified: file.lastModified, rows }
		]);
	}, 60_000);

	it('on four cores, fits the CLV models at once (the page draws on another core)', async () => {
		helperFailure = 'cannot load';
		vi.stubGlobal('navigator', { hardwareConcurrency: 4 });
		// Not held back for the page's word: on two cores the fit waits up to a second for it, a timer
		// set before the fit is handed over ('clvFitted'). Read from the timers, not the clock, which a
		// loaded machine would stretch past a second without any wait.
		let fitted = false;
		const waitsBeforeFit: number[] = [];
		const setTimer = globalThis.setTimeout;
		const timers = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
			callback: () => void,
			ms?: number,
			...rest: unknown[]
		) => {
			if (!fitted) waitsBeforeFit.push(ms ?? 0);
			return setTimer(callback, ms, ...rest);
		}) as typeof setTimeout);
		const scope = globalThis as unknown as { self: { postMessage: typeof receive } };
		scope.self.postMessage = (m: FromImportWorker, transfer?: Transferable[]) => {
			receive(m, transfer);
			if (m.type === 'clvFitted') fitted = true;
		};
		try {
			const messages = await importFile(file);
			expect(messages.map((m) => m.type)).toEqual(['stored', 'clvFitted', 'clvPrecomputed']);
		} finally {
			timers.mockRestore();
		}
		expect(waitsBeforeFit.filter((ms) => ms >= 500)).toEqual([]);
	}, 60_000);

	it('crashes with the columns, and analysing them here fails too (out of memory): stored all the same, without an analysis', async () => {
		helperFailure = 'crashes with the columns';
		analysisFailsOnce();
		const messages = await importFile(file);
		expect(messages.map((m) => m.type)).toEqual(['stored', 'clvFitted', 'clvPrecomputed']);
		const [stored] = messages;
		if (stored.type !== 'stored') return;
		expect(stored.analysis).toBeNull();
		expect(await db().datasets.count()).toBe(1);
		// No default analysis was cached (only the CLV fit, which needs none).
		expect(new Set((await db().analysisCache.toArray()).map((r) => r.key.slice(0, 4)))).toEqual(new Set(['clv:']));
	}, 60_000);

	it.each([2, 4])(
		'crashes with the columns and they cannot be read back (%i cores): stored all the same, without an analysis, not failed',
		async (cores) => {
			helperFailure = 'crashes with the columns';
			vi.stubGlobal('navigator', { hardwareConcurrency: cores });
			vi.mocked(loadOrders).mockRejectedValueOnce(new Error('the data set was deleted in another tab'));
			const messages = await importFile(file);
			// With four cores the second helper fitted its own copy of the orders: the CLV fit still comes.
			// With fewer it was to fit the orders the first one analysed, and has none: nothing is fitted
			// here either (the Analysis page fits the models, as it computes the figures).
			expect(messages.map((m) => m.type)).toEqual(
				cores >= 4 ? ['stored', 'clvFitted', 'clvPrecomputed'] : ['stored']
			);
			const [stored] = messages;
			if (stored.type !== 'stored') return;
			expect(stored).toMatchObject({ analysis: null, clvPending: cores >= 4 });
			expect(stored.report.ordersKept).toBe(ORDERS);
			// The data set is there, whole, once: the Analysis page computes its figures from it.
			expect(await db().datasets.count()).toBe(1);
			expect((await loadOrders(stored.datasetId)).columns.count).toBe(ORDERS);
		},
		60_000
	);

	it('says why when IndexedDB refuses its CLV fit (as Chromium refused a fit of 4.4 M customers in one value), not silently', async () => {
		helperFailure = 'cannot load';
		const put = IDBObjectStore.prototype.put;
		const refuse = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['put']>
		) {
			if (String((args[0] as { key?: unknown })?.key).startsWith('clv:'))
				throw new DOMException('The serialized keys and/or value are too large', 'UnknownError');
			return put.apply(this, args);
		});
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			const messages = await importFile(file);
			expect(messages.map((m) => m.type)).toEqual(['stored', 'clvFitted', 'clvPrecomputed']);
			expect(messages.at(-1)).toMatchObject({ fitMs: null, failure: expect.stringMatching(/too large/) });
			expect(warn).toHaveBeenCalledWith(expect.stringMatching(/CLV fit was not cached.*too large/));
		} finally {
			refuse.mockRestore();
			warn.mockRestore();
		}
	}, 60_000);

	it('with a helper whose analysis fails: the helper is ended at once, the import analyses here, and the second helper fits', async () => {
		helperFailure = 'none';
		helpersEnded = 0;
		helperMessages.length = 0;
		analysisFailsOnce();
		const messages = await importFile(file);
		expect(messages.map((m) => m.type)).toEqual(['stored', 'clvFitted', 'clvPrecomputed']);
		const [stored, handed] = messages;
		if (stored.type !== 'stored' || handed.type !== 'clvFitted') return;
		expect(stored.analysis?.analysis).toEqual(await expectedAnalysis(stored.datasetId));
		// The second helper had no segments from the analysis: it computed them from its copy of the orders.
		expect(helperMessages.find((m) => m.type === 'segments')).toEqual({ type: 'segments', segments: null });
		const { columns, dataset } = await loadOrders(stored.datasetId);
		expect(handed.clv.segmentOfCustomer).toEqual(
			prepareDefaultClv(columns, dataset.customerCount).segmentOfCustomer
		);
		expect(helpersEnded).toBe(2);
	}, 60_000);

	it('with working helpers: the second fits the CLV models, and the import hands over and caches that fit (the same as its own)', async () => {
		helperFailure = 'none';
		helperMessages.length = 0;
		// The fit handed over is the helper's: the import worker did not have to fit here instead (it
		// says so when it does, e.g. when the helper's fit failed on an array it had freed).
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const messages = await importFile(file);
		const warnings = warn.mock.calls.map((call) => String(call[0]));
		warn.mockRestore();
		expect(warnings.filter((w) => w.includes('helper did not fit'))).toEqual([]);
		expect(messages.map((m) => m.type)).toEqual(['stored', 'clvFitted', 'clvPrecomputed']);
		// The first analyses; the second fits the orders it analysed, once the store has ended, with its segments.
		expect(helperMessages.map((m) => m.type)).toEqual(['analyse', 'fit', 'segments']);
		const [stored, handed, precomputed] = messages;
		if (stored.type !== 'stored' || handed.type !== 'clvFitted' || precomputed.type !== 'clvPrecomputed') return;
		expect(stored.analysis).not.toBeNull();
		expect(precomputed.fitMs).toEqual(expect.any(Number));
		const { columns, dataset } = await loadOrders(stored.datasetId);
		const { detail } = analyse(columns, dataset.customerCount, DEFAULT_ANALYSIS_SETTINGS);
		const own = prepareDefaultClv(columns, dataset.customerCount, wholeHistory(detail)!.rfm.segment);
		expect(handed.clv.count).toBe(own.count);
		expect(handed.clv.models.bgnbd!.params).toEqual(own.models.bgnbd!.params);
		expect(handed.clv.models.clv).toEqual(own.models.clv);
		expect(handed.clv.segmentOfCustomer).toEqual(own.segmentOfCustomer);
		expect(await readCachedClv(stored.datasetId, stored.createdAt, DEFAULT_CLV_SETTINGS)).not.toBeNull();
	}, 60_000);

	it('with working helpers on two cores: the second fits only once the store has ended, and its fit is handed over once the page has drawn (fitClvNow)', async () => {
		helperFailure = 'none';
		helperMessages.length = 0;
		vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
		// A store that ends a moment after its writes (the helpers meanwhile at work).
		const store = vi.mocked(storeImport).getMockImplementation()!;
		vi.mocked(storeImport).mockImplementationOnce((...args) =>
			store(...args).then(async (id) => {
				await new Promise((resolve) => setTimeout(resolve, 300));
				heard.push('store:committed');
				return id;
			})
		);
		const { importing } = await importUntilStored(file);
		// Given the orders to fit only once the store had ended (the analysis was done before it).
		expect(heard.indexOf('helper:fit')).toBeGreaterThan(heard.indexOf('store:committed'));
		// Fitted, but not handed to the page while it draws: nothing but the stored data set meanwhile.
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(postedTypes()).toEqual(['stored']);
		await send({ type: 'fitClvNow' });
		await vi.waitFor(() => expect(postedTypes()).toEqual(['stored', 'clvFitted']), { timeout: 30_000 });
		await importing;
		expect(postedTypes()).toEqual(['stored', 'clvFitted', 'clvPrecomputed']);
		const handed = posted.find((m) => m.type === 'clvFitted');
		expect(handed?.type === 'clvFitted' && handed.clv.count).toBe(CUSTOMERS);
		// Given once, after the first helper's analysis (the orders it analysed, not a copy made beside
		// the store), with its segments.
		expect(helperMessages.map((m) => m.type)).toEqual(['analyse', 'fit', 'segments']);
		const fitted = helperMessages.find((m) => m.type === 'fit');
		expect(fitted?.type === 'fit' && fitted.columns.count).toBe(ORDERS);
		expect(helperMessages.find((m) => m.type === 'segments')).toMatchObject({ segments: expect.any(Uint8Array) });
	}, 60_000);

	it('with working helpers, a second one that fails: the import fits here, reading the orders back', async () => {
		helperFailure = 'none';
		fitterFails = true;
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			const messages = await importFile(file);
			expect(messages.map((m) => m.type)).toEqual(['stored', 'clvFitted', 'clvPrecomputed']);
			const [stored, handed] = messages;
			if (stored.type !== 'stored' || handed.type !== 'clvFitted') return;
			expect(stored.analysis).not.toBeNull();
			expect(handed.clv.count).toBe(CUSTOMERS);
			expect(loadOrders).toHaveBeenCalledTimes(1);
			expect(warn.mock.calls.map((call) => String(call[0]))).toContainEqual(
				expect.stringContaining('helper did not fit')
			);
		} finally {
			warn.mockRestore();
			fitterFails = false;
		}
	}, 60_000);

	it('with working helpers on four cores: the second fits the CLV models at once, beside the store', async () => {
		helperFailure = 'none';
		helperMessages.length = 0;
		vi.stubGlobal('navigator', { hardwareConcurrency: 4 });
		const messages = await importFile(file);
		expect(messages.map((m) => m.type)).toEqual(['stored', 'clvFitted', 'clvPrecomputed']);
		// A copy, given before the first helper's analysis (not after the store): the fit runs beside both.
		expect(helperMessages.map((m) => m.type)).toEqual(['fit', 'analyse', 'segments']);
	}, 60_000);
});
