import { describe, expect, it } from 'vitest';
import type { Analysis } from '$lib/analysis/analyse';
import type { ImportErrorData } from '$lib/orders/errors';
import { inspectSample } from '$lib/orders/inspect';
import type { ImportReport } from '$lib/orders/report';
import { sampleOf } from '$lib/orders/test-support';
import type { StoredClv } from '$lib/analysis/clv-cache';
import { DEFAULT_CLV_SETTINGS } from '$lib/analysis/clv-engine';
import { clvPrecomputeOf, handedOffAnalysis, startClvPrecomputes, takeHandedOffClv } from '$lib/workers/import-handoff';
import type { ImportWorkerHandle } from '$lib/workers/import-client';
import type { FromImportWorker, ToImportWorker } from '$lib/workers/import-protocol';
import { registrationHolds } from '$lib/offline/registration';
import { ImportSession } from './import-session.svelte';

/** A stand-in import worker: records what it is sent and whether it was terminated. */
class FakeWorker implements ImportWorkerHandle {
	sent: ToImportWorker[] = [];
	terminated = false;
	constructor(
		readonly reply: (message: FromImportWorker) => void,
		readonly crash: (error: ImportErrorData) => void
	) {}
	send(message: ToImportWorker): void {
		this.sent.push(message);
	}
	terminate(): void {
		this.terminated = true;
	}
}

/** A stand-in worker that also warms locale data when asked (`warmIntl`), answering on `warmed()`. */
class WarmingWorker extends FakeWorker {
	warming: { tags: readonly string[]; then: () => void; cancelled: boolean }[] = [];
	warmIntl(tags: readonly string[], then: () => void): () => void {
		const asked = { tags, then, cancelled: false };
		this.warming.push(asked);
		return () => (asked.cancelled = true);
	}
	warmed(): void {
		for (const asked of this.warming.splice(0)) if (!asked.cancelled) asked.then();
	}
}

const csv = 'order_id,customer_id,order_date,total\no1,anna,2024-01-05,10.50\no2,ben,2024-02-06,20\n';
const inspection = inspectSample(sampleOf('orders.csv', new TextEncoder().encode(csv)));

function session() {
	const workers: FakeWorker[] = [];
	/** The data sets a cancel asked to delete, as (createdAt, name). */
	const deleted: [number, string][] = [];
	const s = new ImportSession(
		(reply, crash) => {
			const worker = new FakeWorker(reply, crash);
			workers.push(worker);
			return worker;
		},
		async (createdAt, name) => {
			deleted.push([createdAt, name]);
			return 0;
		}
	);
	return { s, workers, deleted, last: () => workers.at(-1)! };
}

/** A session in the review of one file (its worker has answered the inspection). */
function reviewing() {
	const t = session();
	t.s.choose([new File([csv], 'orders.csv', { type: 'text/csv' })]);
	t.last().reply({ type: 'inspected', outcomes: [{ ok: true, inspection }] });
	return t;
}

const report = { rowsRead: 2 } as unknown as ImportReport;
const analysis = { kpis: { customers: 2 } } as unknown as Analysis;

function stored(datasetId: number, clvPending: boolean): FromImportWorker {
	return {
		type: 'stored',
		datasetId,
		createdAt: 5_000 + datasetId,
		report,
		analysis: { settingsKey: 'default', analysis },
		clvPending,
		elapsedMs: 1,
		readMs: 1,
		storeMs: 1,
		issueMs: 1,
		commitMs: 1,
		analyseMs: 1,
		analysisWaitMs: 0,
		parse: { ahead: 0, ranges: 1, merged: false, rangesMs: 0, slowestRangeMs: 0, cloneMs: 0, mergeMs: 0 }
	};
}

/** Whether a promise has settled by the time pending callbacks have run. */
async function settled(promise: Promise<void> | null): Promise<boolean> {
	if (!promise) return true;
	let done = false;
	void promise.then(() => (done = true));
	await new Promise((resolve) => setTimeout(resolve, 0));
	return done;
}

describe('the import session and its worker', () => {
	it('a worker started ahead (prepare) inspects the files chosen later: no second worker is started', () => {
		const { s, workers } = session();
		s.prepare();
		expect(workers).toHaveLength(1);
		expect(workers[0].sent).toEqual([]);
		// Asked again (the page mounted twice): still one.
		s.prepare();
		expect(workers).toHaveLength(1);
		s.choose([new File([csv], 'orders.csv', { type: 'text/csv' })]);
		expect(workers).toHaveLength(1);
		expect(workers[0].sent.map((m) => m.type)).toEqual(['inspect']);
		expect(workers[0].terminated).toBe(false);
	});

	it('a worker started ahead is ended when the page is left before any file is chosen, not after', () => {
		const left = session();
		left.s.prepare()();
		expect(left.workers[0].terminated).toBe(true);

		const chosen = session();
		const release = chosen.s.prepare();
		chosen.s.choose([new File([csv], 'orders.csv', { type: 'text/csv' })]);
		release();
		expect(chosen.workers[0].terminated).toBe(false);
	});

	/** A session whose workers can warm the locale data (as the import worker can). */
	function warmingSession() {
		const workers: WarmingWorker[] = [];
		const s = new ImportSession((reply, crash) => {
			const worker = new WarmingWorker(reply, crash);
			workers.push(worker);
			return worker;
		});
		return { s, workers };
	}

	it('the worker started ahead warms the locale data it is given, and the page hears when it has', () => {
		const { s, workers } = warmingSession();
		let warm = 0;
		s.prepare({ tags: ['lv-LV'], then: () => warm++ });
		expect(workers).toHaveLength(1);
		expect(workers[0].warming.map((w) => w.tags)).toEqual([['lv-LV']]);
		// Nothing else is asked of it (it stays a spare until files are chosen).
		expect(workers[0].sent).toEqual([]);
		expect(warm).toBe(0);
		workers[0].warmed();
		expect(warm).toBe(1);
		// It then inspects the files chosen: no second worker.
		s.choose([new File([csv], 'orders.csv', { type: 'text/csv' })]);
		expect(workers).toHaveLength(1);
		expect(workers[0].sent.map((m) => m.type)).toEqual(['inspect']);
	});

	it('a page left before the locale data is warm is not called back, and its spare worker ends', () => {
		const { s, workers } = warmingSession();
		let warm = 0;
		const release = s.prepare({ tags: ['en-GB'], then: () => warm++ });
		release();
		workers[0].warmed();
		expect(warm).toBe(0);
		expect(workers[0].terminated).toBe(true);
	});

	it('warms the locale data apart when no worker is started ahead (files already chosen, or none can warm)', () => {
		// Busy with files already: no spare is started, and the data is warmed apart (here, with no
		// Worker to start, at once).
		const busy = reviewing();
		let warm = 0;
		busy.s.prepare({ tags: ['en-GB'], then: () => warm++ });
		expect(busy.workers).toHaveLength(1);
		expect(warm).toBe(1);
		// A spare that cannot warm (no `warmIntl`): warmed apart too, the spare still started.
		const plain = session();
		plain.s.prepare({ tags: ['en-GB'], then: () => warm++ });
		expect(plain.workers).toHaveLength(1);
		expect(warm).toBe(2);
	});

	it('a worker started ahead that fails before a file is chosen is let go without an error shown', () => {
		const { s, workers } = session();
		s.prepare();
		workers[0].crash({ code: 'appUpdated', params: {}, file: null });
		expect(s.stage.phase).toBe('idle');
		expect(workers[0].terminated).toBe(true);
		// The files chosen next get a worker of their own.
		s.choose([new File([csv], 'orders.csv', { type: 'text/csv' })]);
		expect(workers).toHaveLength(2);
		expect(workers[1].sent.map((m) => m.type)).toEqual(['inspect']);
	});

	it('imports with the worker that inspected the file (it parsed the file ahead), sending the plan unchanged', () => {
		const { s, workers, last } = reviewing();
		expect(s.phase).toBe('review');
		s.start('EUR');
		expect(workers).toHaveLength(1);
		expect(last().terminated).toBe(false);
		const sent = last().sent.at(-1)!;
		expect(sent.type).toBe('import');
		// The worker compares this plan with the one it parsed ahead with: unchanged here.
		expect(sent.type === 'import' && sent.plans).toEqual([inspection.plan]);
	});

	it('tells the worker that inspected the file when its review is drawn (it then parses ahead), only in the review', () => {
		const { s, last } = session();
		s.choose([new File([csv], 'orders.csv', { type: 'text/csv' })]);
		// Still inspecting: there is no review yet to have drawn.
		s.reviewDrawn();
		expect(last().sent.map((m) => m.type)).toEqual(['inspect']);
		last().reply({ type: 'inspected', outcomes: [{ ok: true, inspection }] });
		s.reviewDrawn();
		expect(last().sent.map((m) => m.type)).toEqual(['inspect', 'reviewDrawn']);
		// Importing: the word would mean nothing to the worker now.
		s.start('EUR');
		s.reviewDrawn();
		expect(last().sent.map((m) => m.type)).toEqual(['inspect', 'reviewDrawn', 'import']);
	});

	it('sends a changed column choice, for the worker to drop its parse and read afresh', () => {
		const { s, last } = reviewing();
		const role = Object.keys(inspection.plan.mapping)[0] as 'customer';
		s.setMapping(0, role, null);
		s.setMapping(0, role, 0);
		s.start('EUR');
		const sent = last().sent.at(-1)!;
		expect(sent.type === 'import' && sent.plans[0].mapping[role]).toBe(0);
		expect(sent.type === 'import' && sent.plans[0]).not.toEqual(inspection.plan);
	});

	it('reads a date column chosen by hand in the order its own values show, and sends that plan', () => {
		const etsy = 'Day of sale,Buyer,Order Value\n01/05/24,ann,20\n01/13/24,ben,35\n02/02/24,ann,12\n';
		const etsyInspection = inspectSample(sampleOf('sold.csv', new TextEncoder().encode(etsy)));
		const { s, last } = session();
		s.choose([new File([etsy], 'sold.csv', { type: 'text/csv' })]);
		last().reply({ type: 'inspected', outcomes: [{ ok: true, inspection: etsyInspection }] });
		// No date column was recognised: nothing to decide yet.
		expect(s.plans[0].dateOrderBasis).toBe('not-needed');
		s.setMapping(0, 'date', 0);
		expect(s.plans[0]).toMatchObject({
			dateOrder: 'mdy',
			dateOrderBasis: 'data',
			dateOrderDecidedBy: { row: 3, value: '01/13/24' }
		});
		// A column of no dates: no order is claimed for it (its rows are reported as unreadable dates).
		s.setMapping(0, 'date', 1);
		expect(s.plans[0]).toMatchObject({ dateOrder: 'ymd', dateOrderBasis: 'not-needed', dateOrderDecidedBy: null });
		s.setMapping(0, 'date', 0);
		s.setMapping(0, 'customer', 1);
		s.setMapping(0, 'amount', 2);
		s.start('EUR');
		const sent = last().sent.at(-1)!;
		expect(sent.type === 'import' && sent.plans[0]).toMatchObject({ dateOrder: 'mdy', mapping: { date: 0 } });
	});

	it('says nothing of how dates read once the date column is unchosen, and reads them again when it is chosen', () => {
		// Excel day numbers: 45292 is 1 Jan 2024.
		const serials = 'Order,Customer,Date,Total\nA1,ann,45292,20\nA2,ben,45300,35\nA3,ann,45310,12\n';
		const serialInspection = inspectSample(sampleOf('serials.csv', new TextEncoder().encode(serials)));
		const { s, last } = session();
		s.choose([new File([serials], 'serials.csv', { type: 'text/csv' })]);
		last().reply({ type: 'inspected', outcomes: [{ ok: true, inspection: serialInspection }] });
		expect(s.plans[0].numericDates).toBe('excelSerial');
		s.setMapping(0, 'date', null);
		expect(s.plans[0].numericDates).toBeUndefined();
		expect(s.plans[0]).toMatchObject({ dateOrderBasis: 'not-needed', dateOrderDecidedBy: null });
		s.setMapping(0, 'date', 2);
		expect(s.plans[0].numericDates).toBe('excelSerial');
	});

	it('decides again whether an order’s rows are summed when the amount column is chosen by hand', () => {
		// Amazon-like without the headers the import knows: the amount and order id are chosen by hand.
		const items =
			'order,buyer,purchased,price\nA1,ann,2024-03-01,39.98\nA1,ann,2024-03-01,15.00\n' +
			'A2,ben,2024-03-05,19.99\nA3,cy,2024-03-06,10.00\nA3,cy,2024-03-06,12.50\n';
		const itemsInspection = inspectSample(sampleOf('items.csv', new TextEncoder().encode(items)));
		const { s, last } = session();
		s.choose([new File([items], 'items.csv', { type: 'text/csv' })]);
		last().reply({ type: 'inspected', outcomes: [{ ok: true, inspection: itemsInspection }] });
		expect(s.plans[0].amountMode).toBe('orderTotal');
		s.setMapping(0, 'orderId', null);
		s.setMapping(0, 'amount', 3);
		// No order id: each row would be an order of its own.
		expect(s.plans[0].amountMode).toBe('orderTotal');
		s.setMapping(0, 'orderId', 0);
		expect(s.plans[0].amountMode).toBe('lineAmounts');
		expect(s.itemAmountRows[0]).toEqual([
			{ file: 0, row: 2, value: '39.98' },
			{ file: 0, row: 3, value: '15.00' }
		]);
		// Another column as the amount (the buyer's name is no amount): one total per order again.
		s.setMapping(0, 'amount', 1);
		expect(s.plans[0].amountMode).toBe('orderTotal');
		expect(s.itemAmountRows[0]).toBeNull();
	});

	it('reads decimals as the amount column chosen by hand writes them', () => {
		// Ozon-like: semicolons, and an amount header the import does not know; with no amount column
		// to go by, a semicolon file was taken to write decimal commas.
		const postings =
			'Номер отправления;Покупатель;Дата;Сумма отправления\n' +
			'0112-1;ivan@mail.ru;15.01.2024;1380.00\n0112-2;anna@mail.ru;16.01.2024;250.50\n';
		const inspection = inspectSample(sampleOf('postings.csv', new TextEncoder().encode(postings)));
		const { s, last } = session();
		s.choose([new File([postings], 'postings.csv', { type: 'text/csv' })]);
		last().reply({ type: 'inspected', outcomes: [{ ok: true, inspection }] });
		expect(s.plans[0].decimal).toBe(',');
		s.setMapping(0, 'amount', 3);
		expect(s.plans[0].decimal).toBe('.');
		// A column whose values do not decide it leaves the setting as it is.
		s.setMapping(0, 'amount', 0);
		expect(s.plans[0].decimal).toBe('.');
	});

	it('asks the same worker to inspect again for another encoding (it drops its parse ahead)', () => {
		const { s, workers, last } = reviewing();
		s.override(0, { encoding: 'windows-1252' });
		expect(workers).toHaveLength(1);
		expect(last().sent.at(-1)!.type).toBe('inspect');
	});

	it('keeps the latest progress while importing, the orders saved too, and none once stored', () => {
		const { s, last } = reviewing();
		s.start('EUR');
		const progress = (ordersStored: number): FromImportWorker => ({
			type: 'progress',
			progress: {
				rows: 2,
				bytesRead: 9,
				totalBytes: 9,
				elapsedMs: 5,
				phase: 'storing',
				ordersStored,
				ordersTotal: 2
			}
		});
		last().reply(progress(1));
		expect(s.stage).toMatchObject({ phase: 'importing', progress: { ordersStored: 1, ordersTotal: 2 } });
		last().reply(progress(2));
		expect(s.stage).toMatchObject({ phase: 'importing', progress: { ordersStored: 2, ordersTotal: 2 } });
		last().reply(stored(42, false));
		expect(s.phase).toBe('done');
		// A late progress message does not take the page back.
		last().reply(progress(2));
		expect(s.phase).toBe('done');
	});

	it('cancelling in the review or while importing terminates the worker (nothing is stored)', async () => {
		const review = reviewing();
		await review.s.cancel();
		expect(review.last().terminated).toBe(true);
		expect(review.s.phase).toBe('cancelled');
		expect(review.deleted).toEqual([]);

		const importing = reviewing();
		importing.s.name = 'Big shop';
		importing.s.start('EUR');
		const sent = importing.last().sent.at(-1)!;
		const cancelled = importing.s.cancel();
		expect(importing.last().terminated).toBe(true);
		// What the worker may have stored before it was stopped is deleted (the data set it was told to
		// make), and then the page says the import was cancelled.
		expect(importing.s.phase).toBe('importing');
		await cancelled;
		expect(importing.s.phase).toBe('cancelled');
		expect(importing.deleted).toEqual([[sent.type === 'import' && sent.createdAt, 'Big shop']]);

		// Other files chosen while the deletion runs: their review is what the page shows.
		const goingOn = reviewing();
		goingOn.s.start('EUR');
		const stopping = goingOn.s.cancel();
		goingOn.s.choose([new File([csv], 'next.csv', { type: 'text/csv' })]);
		await stopping;
		expect(goingOn.s.phase).toBe('inspecting');
		// A late reply of the terminated worker changes nothing.
		importing.last().reply(stored(901, false));
		expect(importing.s.phase).toBe('cancelled');
		expect(handedOffAnalysis(901, 5_901, 'default')).toBeNull();
	});

	it('hands the stored data set’s analysis to the Analysis page and ends the worker when no CLV fit follows', async () => {
		const { s, last } = reviewing();
		let heard = 0;
		s.onStored = (id) => (heard = id);
		s.start('EUR');
		last().reply(stored(11, false));
		expect(s.stage).toMatchObject({ phase: 'done', datasetId: 11 });
		expect(heard).toBe(11);
		expect(handedOffAnalysis(11, 5_011, 'default')).toBe(analysis);
		expect(handedOffAnalysis(11, 5_011, 'other settings')).toBeNull();
		expect(last().terminated).toBe(true);
		expect(clvPrecomputeOf(11)).toBeNull();
	});

	it('keeps the worker for the CLV fit and settles its promise on clvPrecomputed', async () => {
		const { s, last } = reviewing();
		s.start('EUR');
		last().reply(stored(12, true));
		const fit = clvPrecomputeOf(12);
		expect(fit).not.toBeNull();
		expect(last().terminated).toBe(false);
		expect(await settled(fit)).toBe(false);
		last().reply({ type: 'clvPrecomputed', datasetId: 12, fitMs: 40 });
		expect(await settled(fit)).toBe(true);
		expect(last().terminated).toBe(true);
		expect(s.phase).toBe('done');
	});

	it('starts the held-back CLV fit once a page asks (startClvPrecomputes), once', () => {
		const { s, last } = reviewing();
		s.start('EUR');
		last().reply(stored(17, true));
		const sentBefore = last().sent.length;
		startClvPrecomputes();
		startClvPrecomputes();
		expect(last().sent.slice(sentBefore)).toEqual([{ type: 'fitClvNow' }]);
	});

	it('hands the fitted CLV models over on clvFitted (settling the promise), and ends the worker once a page takes them', async () => {
		const { s, last } = reviewing();
		s.start('EUR');
		last().reply(stored(18, true));
		const fit = clvPrecomputeOf(18);
		const clv = { settings: { ...DEFAULT_CLV_SETTINGS }, count: 2 } as unknown as StoredClv;
		// With the fingerprints it had still to read: the page's worker reads them as it caches the fit.
		const fingerprints = { sourceFiles: [], later: [0], files: [], plans: [] };
		last().reply({ type: 'clvFitted', datasetId: 18, createdAt: 5_018, clv, fitMs: 30, fingerprints });
		expect(await settled(fit)).toBe(true);
		// It would cache the fit itself should no page take it.
		expect(last().terminated).toBe(false);
		expect(takeHandedOffClv(18, 5_017, DEFAULT_CLV_SETTINGS)).toBeNull();
		expect(last().terminated).toBe(false);
		// Taken (once): the page's worker caches it, the import's worker is ended.
		expect(takeHandedOffClv(18, 5_018, DEFAULT_CLV_SETTINGS)).toEqual({ clv, fingerprints });
		expect(last().terminated).toBe(true);
		expect(takeHandedOffClv(18, 5_018, DEFAULT_CLV_SETTINGS)).toBeNull();
		expect(s.stage).toMatchObject({ phase: 'done', datasetId: 18 });
	});

	it('a fit the worker cached itself (nobody took it in time) is no longer handed over', async () => {
		const { s, workers } = reviewing();
		s.start('EUR');
		workers[0].reply(stored(19, true));
		const clv = { settings: { ...DEFAULT_CLV_SETTINGS }, count: 2 } as unknown as StoredClv;
		workers[0].reply({ type: 'clvFitted', datasetId: 19, createdAt: 5_019, clv, fitMs: 30, fingerprints: null });
		workers[0].reply({ type: 'clvPrecomputed', datasetId: 19, fitMs: 40 });
		expect(workers[0].terminated).toBe(true);
		// Cached by the import itself: the copy in the tab's memory is let go (a page reads the cache).
		expect(takeHandedOffClv(19, 5_019, DEFAULT_CLV_SETTINGS)).toBeNull();
	});

	it('a fit taken while the next import runs ends only the worker that made it', async () => {
		const { s, workers } = reviewing();
		s.start('EUR');
		workers[0].reply(stored(20, true));
		const clv = { settings: { ...DEFAULT_CLV_SETTINGS }, count: 2 } as unknown as StoredClv;
		workers[0].reply({ type: 'clvFitted', datasetId: 20, createdAt: 5_020, clv, fitMs: 30, fingerprints: null });
		s.choose([new File([csv], 'next.csv', { type: 'text/csv' })]);
		workers[1].reply({ type: 'inspected', outcomes: [{ ok: true, inspection }] });
		s.start('EUR');
		expect(takeHandedOffClv(20, 5_020, DEFAULT_CLV_SETTINGS)?.clv).toBe(clv);
		expect(workers[0].terminated).toBe(true);
		expect(workers[1].terminated).toBe(false);
		expect(s.phase).toBe('importing');
	});

	it('a second import stored while the first is still finishing leaves the first to cache its fit', async () => {
		const { s, workers } = reviewing();
		s.start('EUR');
		workers[0].reply(stored(21, true));
		const first = clvPrecomputeOf(21);
		s.choose([new File([csv], 'next.csv', { type: 'text/csv' })]);
		workers[1].reply({ type: 'inspected', outcomes: [{ ok: true, inspection }] });
		s.start('EUR');
		workers[1].reply(stored(22, true));
		// The first worker may still be fitting or writing its fit: not ended by the second import.
		expect(workers[0].terminated).toBe(false);
		expect(await settled(first)).toBe(false);
		const clv = { settings: { ...DEFAULT_CLV_SETTINGS }, count: 2 } as unknown as StoredClv;
		workers[0].reply({ type: 'clvFitted', datasetId: 21, createdAt: 5_021, clv, fitMs: 30, fingerprints: null });
		expect(await settled(first)).toBe(true);
		workers[0].reply({ type: 'clvPrecomputed', datasetId: 21, fitMs: 40 });
		expect(workers[0].terminated).toBe(true);
		expect(workers[1].terminated).toBe(false);
		workers[1].reply({ type: 'clvPrecomputed', datasetId: 22, fitMs: 40 });
		expect(workers[1].terminated).toBe(true);
	});

	it('settles the CLV promise when the worker crashes during the fit (the import stays done)', async () => {
		const { s, last } = reviewing();
		s.start('EUR');
		last().reply(stored(13, true));
		const fit = clvPrecomputeOf(13);
		last().crash({ code: 'storageFailed', params: { detail: 'out of memory' }, file: null });
		expect(await settled(fit)).toBe(true);
		expect(s.stage).toMatchObject({ phase: 'done', datasetId: 13 });
	});

	it.each([
		['a new import', (s: ImportSession) => s.choose([new File(['x'], 'other.csv')])],
		['reset', (s: ImportSession) => s.reset()],
		['cancel', (s: ImportSession) => s.cancel()]
	])('leaves a stored import’s worker to finish its caches and CLV fit after %s, then ends it', async (_, act) => {
		const { s, workers } = reviewing();
		s.start('EUR');
		const worker = workers[0];
		worker.reply(stored(14, true));
		const fit = clvPrecomputeOf(14);
		act(s);
		// Terminating it now would abort the analysis cache and figures it is still writing.
		expect(worker.terminated).toBe(false);
		expect(await settled(fit)).toBe(false);
		worker.reply({ type: 'clvPrecomputed', datasetId: 14, fitMs: 40 });
		expect(worker.terminated).toBe(true);
		expect(await settled(fit)).toBe(true);
	});

	it('a new import uses a new worker while the stored one finishes, and hears only the new one', () => {
		const { s, workers } = reviewing();
		s.start('EUR');
		workers[0].reply(stored(15, true));
		s.choose([new File([csv], 'next.csv', { type: 'text/csv' })]);
		expect(workers).toHaveLength(2);
		expect(workers[1].sent[0]).toMatchObject({ type: 'inspect' });
		// A late reply of the finishing worker does not touch the new import.
		workers[0].reply(stored(16, false));
		expect(s.phase).toBe('inspecting');
		workers[0].crash({ code: 'storageFailed', params: { detail: 'x' }, file: null });
		expect(s.phase).toBe('inspecting');
		expect(workers[0].terminated).toBe(true);
		expect(workers[1].terminated).toBe(false);
	});

	it('reports a crash before the data set is stored as a failure', () => {
		const { s, last } = reviewing();
		s.start('EUR');
		last().crash({ code: 'storageFailed', params: { detail: 'x' }, file: null });
		expect(s.phase).toBe('error');
		expect(last().terminated).toBe(true);
	});

	it('ends a reviewing worker (and its parse ahead) when the page is left, but not an import under way', () => {
		const review = reviewing();
		review.s.leave();
		expect(review.last().terminated).toBe(true);

		const inspecting = session();
		inspecting.s.choose([new File([csv], 'orders.csv', { type: 'text/csv' })]);
		inspecting.s.leave();
		expect(inspecting.last().terminated).toBe(true);

		const importing = reviewing();
		importing.s.start('EUR');
		importing.s.leave();
		expect(importing.last().terminated).toBe(false);
		importing.last().reply(stored(31, false));
		expect(importing.s.stage).toMatchObject({ phase: 'done', datasetId: 31 });
	});

	describe('holds the service worker’s registration back while it works', () => {
		it('from the file chosen until the data set is stored, with no CLV fit after', () => {
			const before = registrationHolds();
			const { s, last } = reviewing();
			expect(registrationHolds()).toBe(before + 1);
			s.start('EUR');
			expect(registrationHolds()).toBe(before + 1);
			last().reply(stored(21, false));
			expect(registrationHolds()).toBe(before);
		});

		it('until the stored import’s CLV fit is done', () => {
			const before = registrationHolds();
			const { s, last } = reviewing();
			s.start('EUR');
			last().reply(stored(22, true));
			expect(registrationHolds()).toBe(before + 1);
			last().reply({ type: 'clvPrecomputed', datasetId: 22, fitMs: 40 });
			expect(registrationHolds()).toBe(before);
		});

		it.each([
			[
				'the import fails',
				(t: ReturnType<typeof reviewing>) =>
					void t.last().crash({ code: 'storageFailed', params: { detail: 'x' }, file: null })
			],
			['the review is cancelled', (t: ReturnType<typeof reviewing>) => void t.s.cancel()],
			['the files are put away', (t: ReturnType<typeof reviewing>) => t.s.reset()]
		])('not after %s', async (_, end) => {
			const before = registrationHolds();
			const t = reviewing();
			expect(registrationHolds()).toBe(before + 1);
			end(t);
			await Promise.resolve();
			await Promise.resolve();
			expect(registrationHolds()).toBe(before);
		});

		it('once for files chosen again (no hold left behind)', () => {
			const before = registrationHolds();
			const { s } = reviewing();
			s.choose([new File([csv], 'other.csv', { type: 'text/csv' })]);
			s.override(0, { delimiter: ';' });
			s.reset();
			expect(registrationHolds()).toBe(before);
		});
	});
});

describe('files that cannot be imported, chosen with others', () => {
	const xlsx: ImportErrorData = { code: 'binaryFile', params: { name: 'b1.csv', kind: 'xlsx' }, file: null };
	const files = () => [
		new File([csv], 'f4.csv', { type: 'text/csv' }),
		new File(['PK'], 'b1.csv', { type: 'text/csv' }),
		new File([csv], 'f5.csv', { type: 'text/csv' })
	];

	it.each([
		{
			name: 'one bad file of three: left out, the others reviewed and imported',
			outcomes: [true, false, true],
			phase: 'review',
			kept: ['f4.csv', 'f5.csv'],
			refused: ['b1.csv'],
			datasetName: 'f4 + 1'
		},
		{
			name: 'every file bad: the first one’s error',
			outcomes: [false, false, false],
			phase: 'error',
			kept: [],
			refused: [],
			datasetName: ''
		},
		{
			name: 'no bad file: nothing left out',
			outcomes: [true, true, true],
			phase: 'review',
			kept: ['f4.csv', 'b1.csv', 'f5.csv'],
			refused: [],
			datasetName: 'f4 + 2'
		}
	])('$name', ({ outcomes, phase, kept, refused, datasetName }) => {
		const { s, last } = session();
		s.choose(files());
		last().reply({
			type: 'inspected',
			outcomes: outcomes.map((ok) =>
				ok ? { ok: true as const, inspection } : { ok: false as const, error: xlsx }
			)
		});
		expect(s.phase).toBe(phase);
		if (phase === 'error') {
			expect(s.stage).toMatchObject({ error: { code: 'binaryFile', file: 0 }, fileName: 'f4.csv' });
			return;
		}
		expect(s.files.map((f) => f.name)).toEqual(kept);
		expect(s.plans).toHaveLength(kept.length);
		expect(s.refused.map((r) => [r.name, r.error.code])).toEqual(refused.map((name) => [name, 'binaryFile']));
		expect(s.name).toBe(datasetName);
		expect(s.canStart).toBe(true);
		s.start('EUR');
		const sent = last().sent.at(-1)!;
		expect(sent.type === 'import' && sent.files.map((f) => f.name)).toEqual(kept);
		// Said with the report too: the refused files stay known once stored.
		last().reply(stored(7, false));
		expect(s.refused.map((r) => r.name)).toEqual(refused);
		s.reset();
		expect(s.refused).toEqual([]);
	});

	it('a name the user typed is kept', () => {
		const { s, last } = session();
		s.choose(files());
		s.name = 'My shop';
		last().reply({
			type: 'inspected',
			outcomes: [
				{ ok: true, inspection },
				{ ok: false, error: xlsx },
				{ ok: true, inspection }
			]
		});
		expect(s.name).toBe('My shop');
	});
});

describe('a date column none of whose sample values reads as a date', () => {
	const text =
		'order_id,customer_id,order_date,paid_at,total\n1,anna,soon,2024-01-05,10\n2,ben,31/31/2025,2024-01-06,20\n3,cleo,2025-13-45,2024-01-07,5\n';
	const unreadable = inspectSample(sampleOf('b6.csv', new TextEncoder().encode(text)));

	it('keeps Import off until a column of dates is chosen', () => {
		expect(unreadable.plan.mapping.date).toBe(2);
		const { s, last } = session();
		s.choose([new File([text], 'b6.csv', { type: 'text/csv' })]);
		last().reply({ type: 'inspected', outcomes: [{ ok: true, inspection: unreadable }] });
		expect(s.unreadableDates).toEqual([{ file: 0, row: 2, value: 'soon' }]);
		expect(s.canStart).toBe(false);
		s.setMapping(0, 'date', 3);
		expect(s.unreadableDates).toEqual([null]);
		expect(s.canStart).toBe(true);
		// The customer column (names): no date there either.
		s.setMapping(0, 'date', 1);
		expect(s.unreadableDates).toEqual([{ file: 0, row: 2, value: 'anna' }]);
		expect(s.canStart).toBe(false);
	});
});

describe('the fingerprints of the chosen files (for the review’s notice of a file stored already)', () => {
	it('are unknown until the worker reads them, then kept per file; one of other files is not heard', () => {
		const t = reviewing();
		const file = t.s.files[0];
		expect(t.s.fingerprints).toEqual([undefined]);
		const of = { file: 0, name: file.name, size: file.size, lastModified: file.lastModified };
		// Of files chosen before (the worker read them meanwhile): not these.
		t.last().reply({ type: 'fingerprint', ...of, size: file.size + 1, rows: '9:9' });
		expect(t.s.fingerprints).toEqual([undefined]);
		t.last().reply({ type: 'fingerprint', ...of, rows: '1:2' });
		expect(t.s.fingerprints).toEqual(['1:2']);
		t.s.reset();
		expect(t.s.fingerprints).toEqual([]);
	});

	it('are null for a file that could not be read for it (the review then goes by name, size and date)', () => {
		const t = reviewing();
		const file = t.s.files[0];
		t.last().reply({
			type: 'fingerprint',
			file: 0,
			name: file.name,
			size: file.size,
			lastModified: file.lastModified,
			rows: null
		});
		expect(t.s.fingerprints).toEqual([null]);
	});
});
