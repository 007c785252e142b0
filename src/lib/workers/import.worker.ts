/// <reference lib="webworker" />
/**
 * The import worker: reads the chosen files (streaming, never whole), parses them with
 * PapaParse, builds the column-wise orders and stores them in IndexedDB, reporting progress.
 * The page stays responsive because none of this runs on its thread; cancelling terminates
 * this worker, and the single storing transaction then never commits.
 *
 * A single file is parsed ahead, while the user reviews it (nothing is stored before they
 * confirm): the import uses that parse when the user confirms the same file with an identical
 * plan, and drops it (its range workers terminated, its own reading stopped at the next chunk)
 * when anything changed.
 */
import { analyse, wholeHistory, type Analysis } from '$lib/analysis/analyse';
import { discardStoredClv, prepareDefaultClv, writeStoredClv, type StoredClv } from '$lib/analysis/clv-cache';
import { DEFAULT_ANALYSIS_SETTINGS, publishMeasures, settingsKey, writeCachedAnalysis } from '$lib/analysis/cache';
import { db } from '$lib/db/database';
import { ReadOnlyDatabaseError } from '$lib/db/status';
import { loadOrders, storeImport } from '$lib/db/datasets';
import { dayFromYmd } from '$lib/format/date';
import { discard, storeOnlyArrays } from '$lib/orders/discard';
import { ImportError, toErrorData } from '$lib/orders/errors';
import { HEAD_BYTES, inspectSample, SPREAD_BYTES, spreadOffsets, type FileSample } from '$lib/orders/inspect';
import { missingRoles } from '$lib/orders/layouts';
import { runImport, type ImportResult } from '$lib/orders/pipeline';
import { firstDataRow, MIN_RANGE_BYTES } from '$lib/orders/ranges';
import type { SourceFile } from '$lib/db/database';
import type { FilePlan } from '$lib/orders/plan';
import type { InspectOverrides } from '$lib/orders/inspect';
import type {
	FromImportHelper,
	FromImportWorker,
	ImportProgressMessage,
	InspectOutcome,
	ToImportHelper,
	ToImportWorker
} from './import-protocol';
import { transferablesOf } from './transfer';
import type { OrderColumns } from '$lib/orders/columns';
import { prepareRangeWorkers, prepareRangeWorkersForSize, readFileRanges, type RangeTimings } from './import-ranges';
import { chunksOf } from './blob-chunks';
import { fillFingerprints, readFingerprint, type PendingFingerprints } from './fingerprint-fill';
import { sameParse, type ParseInputs } from './import-speculation';
import { hasFailed, watchStart } from './worker-start';
import type { IntlWarmReply, WarmIntlMessage } from './import-warm';
import { warmFormatters } from './analysis-intl';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromImportWorker) => self.postMessage(message);

async function sampleFile(file: File): Promise<FileSample> {
	const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
	const spread = await Promise.all(
		spreadOffsets(file.size).map(
			async (at) => new Uint8Array(await file.slice(at, at + SPREAD_BYTES).arrayBuffer())
		)
	);
	return { name: file.name, size: file.size, head, spread };
}

async function inspect(
	file: File,
	overrides: InspectOverrides | null,
	dateFallback: 'dmy' | 'mdy'
): Promise<InspectOutcome> {
	try {
		const sample = await sampleFile(file);
		return { ok: true, inspection: inspectSample(sample, dateFallback, overrides ?? {}) };
	} catch (error) {
		return {
			ok: false,
			error:
				error instanceof ImportError
					? toErrorData(error)
					: { code: 'readFailed', params: { name: file.name }, file: null }
		};
	}
}

function localToday(): number {
	const now = new Date();
	return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * The fingerprints of the chosen files' rows (`rowsHash`), each read once, in this worker, during
 * the review (when it has something to compare them with, see `reviewReadsFingerprints`) or after
 * the data set is stored: by the file and where its rows start. Emptied when other files are chosen.
 */
let fingerprints = new Map<string, Promise<string | null>>();

function fingerprintKey(file: File, plan: FilePlan): string {
	return [file.name, file.size, file.lastModified, firstDataRow(plan), plan.newline].join('\u0000');
}

function fingerprintOf(file: File, plan: FilePlan): Promise<string | null> {
	const key = fingerprintKey(file, plan);
	let rows = fingerprints.get(key);
	if (!rows) {
		rows = readFingerprint(file, plan);
		fingerprints.set(key, rows);
	}
	return rows;
}

/**
 * Whether the review reads the chosen files' fingerprints: to say which stored data set holds a
 * file's rows already, or which chosen file is another one again. One file and no data set stored
 * (a first import) has nothing to compare them with: its fingerprint is read once the data set is
 * stored (`fillFingerprints`). Read during the review, on this thread, beside the parse of the
 * file's first range, it made that range (so the parse) 0.1-0.3 s longer on the bench file.
 */
async function reviewReadsFingerprints(fileCount: number): Promise<boolean> {
	if (fileCount > 1) return true;
	try {
		return (await db().datasets.count()) > 0;
	} catch {
		return true;
	}
}

/**
 * The files of an import as kept with its data set (`DatasetRecord.sourceFiles`): with the
 * fingerprints the review read or is reading; those it did not begin are null here (`later` lists
 * them), and `fillFingerprints` reads them once the data set is stored and its CLV fit made.
 */
async function sourceFiles(files: File[], plans: FilePlan[]): Promise<{ files: SourceFile[]; later: number[] }> {
	const later: number[] = [];
	const kept = await Promise.all(
		files.map(async (file, i) => {
			const begun = fingerprints.has(fingerprintKey(file, plans[i]));
			if (!begun) later.push(i);
			return {
				name: file.name,
				size: file.size,
				lastModified: file.lastModified,
				rows: begun ? await fingerprintOf(file, plans[i]) : null
			};
		})
	);
	return { files: kept, later };
}

/** One parse of the chosen files: started ahead during the review, or when the user confirmed. */
interface Parse {
	inputs: ParseInputs;
	started: number;
	stop: AbortController;
	ranges: RangeTimings;
	merge: { mergeMs: number; merged: boolean };
	outcome: Promise<ImportResult>;
	/** The latest progress, posted once the user has confirmed (`reporting`). */
	progress: ImportProgressMessage | null;
	reporting: boolean;
}

/** The parse started ahead of the user's confirmation, if any (at most one at a time). */
let ahead: Parse | null = null;

function startParse(files: File[], plans: FilePlan[], today: number, reporting: boolean): Parse {
	// The helper that will analyse the orders loads while they are read.
	if (wantsHelper(plans)) prepareHelper(true);
	const stop = new AbortController();
	const parse: Parse = {
		inputs: { files, plans, today },
		started: performance.now(),
		stop,
		ranges: { ranges: 1, wallMs: 0, readMs: [], cloneMs: 0 },
		merge: { mergeMs: 0, merged: false },
		outcome: Promise.resolve(null as never),
		progress: null,
		reporting
	};
	let lastPost = 0;
	parse.outcome = runImport(
		files.map((file, i) => ({
			plan: plans[i],
			chunks: () =>
				// Read from disk as they are parsed; the page's Import is heard meanwhile (blob-chunks.ts).
				chunksOf(file, {
					signal: stop.signal,
					readError: () => new ImportError('readFailed', { name: file.name })
				}),
			ranges: (plan, onProgress) =>
				readFileRanges(file, plan, today, onProgress, parse.ranges, { signal: stop.signal })
		})),
		{
			today,
			timings: parse.merge,
			onProgress: (p) => {
				const now = performance.now();
				if (now - lastPost < 100) return;
				lastPost = now;
				parse.progress = { ...p, elapsedMs: now - parse.started, phase: 'reading' };
				if (parse.reporting) post({ type: 'progress', progress: parse.progress });
			}
		}
	);
	// A parse dropped or failing before anyone awaits it is not an unhandled rejection.
	parse.outcome.catch(() => {});
	return parse;
}

/** Drops the parse started ahead: its range workers are terminated and its reading stops. */
function dropAhead(): void {
	ahead?.stop.abort(new DOMException('The parse started ahead was dropped', 'AbortError'));
	ahead = null;
}

/** The parse to import with: the one started ahead when it read exactly this, else a new one. */
function parseFor(files: File[], plans: FilePlan[], today: number): { parse: Parse; reused: boolean } {
	const parse = ahead;
	ahead = null;
	if (parse && sameParse(parse.inputs, { files, plans, today })) {
		parse.reporting = true;
		if (parse.progress) post({ type: 'progress', progress: parse.progress });
		return { parse, reused: true };
	}
	if (parse) {
		parse.stop.abort(new DOMException('The parse started ahead was dropped', 'AbortError'));
		// Its range workers were terminated: start this parse's ones at once.
		if (files.length === 1) prepareRangeWorkers(plans[0]);
	}
	return { parse: startParse(files, plans, today, true), reused: false };
}

/**
 * Below this size (all files together) the orders are analysed, and their CLV models fitted, in
 * this worker: starting a helper (loading its script) costs about what it would save (the
 * analysis of 8 MB of orders takes about a tenth of a second), and most shops' exports are smaller.
 */
const HELPER_MIN_BYTES = 2 * MIN_RANGE_BYTES;

function wantsHelper(plans: FilePlan[]): boolean {
	return plans.every((p) => p.layout !== 'summary') && plans.reduce((s, p) => s + p.size, 0) >= HELPER_MIN_BYTES;
}

/** The helper workers started ahead (while the file is parsed), idle until an import uses them. */
let idleHelper: Worker | null = null;
let idleFitter: Worker | null = null;

const startHelper = () =>
	watchStart(new Worker(new URL('./import-analyse.worker.ts', import.meta.url), { type: 'module' }));

/**
 * Starts the helpers an import will take, unless they are started already. `retry`: one that
 * failed to load (left idle by an import that could not use it) is started again, as an import's
 * parse begins (it has the parse's time to load; one started as the import takes it could not be
 * known to have failed).
 */
function prepareHelper(retry = false): void {
	if (retry) {
		if (idleHelper && hasFailed(idleHelper)) idleHelper = endIdle(idleHelper);
		if (idleFitter && hasFailed(idleFitter)) idleFitter = endIdle(idleFitter);
	}
	idleHelper ??= startHelper();
	idleFitter ??= startHelper();
}

function endIdle(worker: Worker): null {
	worker.terminate();
	return null;
}

/** The idle fitter taken for an import (after `prepareHelper`): null when it failed to start (see `hasFailed`). */
function takeFitter(): Worker | null {
	const worker = idleFitter!;
	idleFitter = null;
	if (!hasFailed(worker)) return worker;
	worker.terminate();
	return null;
}

/** The order columns copied: a helper gets its own (`count` of them), the other their buffers. */
function copyColumns(columns: OrderColumns): OrderColumns {
	const { count } = columns;
	return {
		count,
		customer: columns.customer.slice(0, count),
		day: columns.day.slice(0, count),
		amount: columns.amount.slice(0, count),
		...(columns.firstOfDay ? { firstOfDay: columns.firstOfDay.slice() } : {})
	};
}

/**
 * Has the helper analyse the orders on another core (while this thread stores them): their
 * columns' buffers are transferred to it, not copied (`storeImport` has taken its copies), and
 * come back with the analysis and the customers' segments; the helper then ends. `analysed` gives
 * null when the helper could not start or crashed: the caller then does the work itself (the
 * columns then reread from IndexedDB when they had been `transferred`).
 *
 * Up to the size of a fit handed to the page, a second helper fits the default CLV models to the
 * orders beside that analysis (`clv`; null when it could not start or failed: the caller then fits
 * them itself). On two cores the import's store takes a few tenths of a second, and the fit, made
 * after the analysis by the same helper once the page had drawn, came 0.9-1.2 s after the rest of
 * the page (issue 14). With four cores or more it fits a copy of the orders at once. With fewer it
 * fits once the store has ended (so that it does not take a core from the store and the analysis)
 * and the analysis is done, which by then it nearly always is: it is given the columns the analysis
 * hands back, not a copy made on this thread before the store's writes (18 MB at 1.15 M orders,
 * about 70 ms on the store's path), and `analysed` then gives none. Larger fits are made here
 * after the store: beside it they would add to the tab's peak memory.
 */
function analyseBeside(columns: OrderColumns, customerCount: number) {
	prepareHelper();
	const worker = idleHelper!;
	idleHelper = null;
	// Started ahead, it may have failed to load before anyone listened: the work is then done here.
	const transferred = !hasFailed(worker);
	const fitter = transferred && customerCount <= HAND_OVER_MAX_CUSTOMERS ? takeFitter() : null;
	const fitsAtOnce = cores() >= 4;
	let fitterEnded = false;
	let fitted!: (reply: HelperFit | null) => void;
	const clv = new Promise<HelperFit | null>((resolve) => (fitted = resolve));
	const endFitter = () => {
		fitterEnded = true;
		fitter?.terminate();
		fitted(null);
	};
	const end = () => {
		worker.terminate();
		endFitter();
	};
	// The orders the fitter fits, then their segments (`fit`, `segments`), unless it has ended.
	const postFit = (orders: OrderColumns) => {
		if (!fitter || fitterEnded) return;
		const fit: ToImportHelper = { type: 'fit', columns: orders, customerCount };
		fitter.postMessage(fit, transferablesOf(orders));
	};
	const postSegments = (segments: Uint8Array | null) => {
		if (!fitter || fitterEnded) return;
		const told: ToImportHelper = { type: 'segments', segments };
		fitter.postMessage(told);
	};
	if (fitter) {
		fitter.onmessage = (event: MessageEvent<FromImportHelper>) => {
			if (event.data.type === 'clvFitted') fitted(event.data);
			fitter.terminate();
		};
		fitter.onerror = (event) => {
			event.preventDefault();
			endFitter();
		};
		fitter.onmessageerror = endFitter;
	}
	// Fewer than four cores: what the fitter waits for (the store's end, the analysed orders).
	let storeEnded = false;
	let analysedOrders: { orders: OrderColumns; segments: Uint8Array | null } | null = null;
	const fitWhenReady = () => {
		if (!storeEnded || !analysedOrders) return;
		postFit(analysedOrders.orders);
		postSegments(analysedOrders.segments);
		analysedOrders = null;
	};
	// Four cores or more: a copy, fitted at once (its segments follow once the analysis gives them).
	const copy = fitter && fitsAtOnce ? copyColumns(columns) : null;
	if (copy) postFit(copy);
	const analysed = new Promise<HelperAnalysis | null>((resolve) => {
		if (!transferred) return resolve(null);
		const failed = () => {
			resolve(null);
			worker.terminate();
			// A fitter with a copy computes the segments itself; one waiting for these orders has none.
			if (copy) postSegments(null);
			else endFitter();
		};
		worker.onmessage = (event: MessageEvent<FromImportHelper>) => {
			const reply = event.data;
			if (reply.type !== 'analysed') return;
			worker.terminate();
			if (copy || !fitter || fitterEnded) {
				if (copy) postSegments(reply.segments);
				return resolve(reply);
			}
			// Analysed: the orders go on to the fitter. Not analysed (out of memory): this thread
			// analyses them, and the fitter gets a copy (and computes the segments itself).
			if (reply.analysis) {
				analysedOrders = { orders: reply.columns, segments: reply.segments };
				resolve({ ...reply, columns: null });
			} else {
				analysedOrders = { orders: copyColumns(reply.columns), segments: null };
				resolve(reply);
			}
			fitWhenReady();
		};
		worker.onerror = (event) => {
			event.preventDefault();
			failed();
		};
		// A reply that cannot be read is a failed helper too.
		worker.onmessageerror = failed;
		const message: ToImportHelper = { type: 'analyse', columns, customerCount };
		worker.postMessage(message, transferablesOf(columns));
	});
	if (!transferred) end();
	// The store has ended: a fitter waiting for it fits once the orders are analysed.
	const fitNow = () => {
		storeEnded = true;
		fitWhenReady();
	};
	return {
		transferred,
		analysed,
		clv,
		fitNow,
		/** Whether the second helper is (still) fitting, or will: false once it failed or was ended. */
		get fitsBeside() {
			return fitter !== null && !fitterEnded;
		},
		stop: end
	};
}

/** The first helper's answer; `columns` null when they went on to the second helper (fewer than four cores). */
type HelperAnalysis = Omit<Extract<FromImportHelper, { type: 'analysed' }>, 'columns'> & {
	columns: OrderColumns | null;
};
type HelperFit = Extract<FromImportHelper, { type: 'clvFitted' }>;

/**
 * A word from the page that work waits for, a moment at most (a parse ahead, a stored import's CLV
 * fit): `hear` it (before or while it is waited for), `wait` for it (resolves when heard, or after
 * `ms`; a second wait while one runs is the same wait).
 */
function pageWord() {
	let heard = false;
	let wake: (() => void) | null = null;
	let waiting: Promise<void> | null = null;
	return {
		hear(): void {
			heard = true;
			wake?.();
		},
		wait(ms: number): Promise<void> {
			if (heard) return Promise.resolve();
			return (waiting ??= new Promise((resolve) => {
				const timer = setTimeout(() => wake?.(), ms);
				wake = () => {
					clearTimeout(timer);
					wake = null;
					heard = true;
					resolve();
				};
			}));
		}
	};
}

/**
 * A single file's parse ahead starts once the page has drawn its review ('reviewDrawn'), or after
 * this long without that word. On a two-core machine the parse's two threads (this worker and a
 * range worker), started beside the review's drawing, stretched its tasks of 13-25 ms of CPU past
 * 50 ms; the review takes two or three frames, against the seconds a user spends on it.
 */
const REVIEW_WAIT_MS = 300;
let reviewDrawn = pageWord();
/** Moved on by every inspection and import asked for: a parse ahead waiting to start checks it. */
let turn = 0;

/**
 * The default CLV fit starts once the page has drawn what it shows first ('fitClvNow', heard by the
 * current import's word): on a two-core machine the fit would otherwise take the core the page draws
 * with (with four or more it starts at once). Without the word within a second (nobody opened the Analysis page) it starts anyway: it is
 * for later visits.
 */
let fitMayStart = pageWord();
const FIT_WAIT_MS = 1000;
const cores = () => (typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 1 : 1);
/**
 * How long the fit, handed to the page ('clvFitted'), waits to be taken before this worker caches
 * it itself: a page that takes it has its own worker cache it, and the session ends this worker
 * (its heap let go at once: kept alive while the page draws the fit, the tab's peak was 50–80 MB
 * higher; and a write of that size meanwhile would hold up the page's worker).
 */
const TAKE_WAIT_MS = 1000;
/**
 * A fit of more customers is not handed over but cached first and read back by the page's worker:
 * its copy through the page's thread (about 33 bytes a customer, structured-cloned there twice)
 * would hold that thread for tens of milliseconds, and the copies add to the tab's peak memory.
 */
const HAND_OVER_MAX_CUSTOMERS = 500_000;

/** The data set's default analysis, written for later visits once the data set exists. */
async function cacheAnalysis(datasetId: number, createdAt: number, analysis: Analysis, currency: string) {
	const database = db();
	// In one transaction with a check that the data set is still there (not deleted meanwhile):
	// no cached analysis or measures of a data set that does not exist.
	await database.transaction('rw', [database.datasets, database.analysisCache], async () => {
		if (await database.datasets.get(datasetId))
			await writeCachedAnalysis(datasetId, createdAt, DEFAULT_ANALYSIS_SETTINGS, analysis);
	});
	// The record the Analysis page writes for what it shows: written here only while the page has
	// not written its own (which may be of other settings, and then must not be overwritten).
	await database.transaction('rw', [database.datasets, database.datasetMetrics], async () => {
		if (await database.datasetMetrics.get(datasetId)) return;
		await publishMeasures(datasetId, DEFAULT_ANALYSIS_SETTINGS, analysis, currency);
	});
}

self.onmessage = async (event: MessageEvent<ToImportWorker | WarmIntlMessage>) => {
	const message = event.data;
	if (message.type === 'warmIntl') {
		// In a task of its own: files chosen meanwhile (their message already queued) are inspected first.
		setTimeout(() => {
			warmFormatters(message.tags);
			const reply: IntlWarmReply = { type: 'intlWarm' };
			self.postMessage(reply);
		}, 0);
		return;
	}
	if (message.type === 'fitClvNow') {
		fitMayStart.hear();
		return;
	}
	if (message.type === 'inspect') {
		turn++;
		dropAhead();
		// One large file: its range workers start while it is inspected (see prepareRangeWorkersForSize).
		if (message.files.length === 1) prepareRangeWorkersForSize(message.files[0].size);
		const outcomes = await Promise.all(
			message.files.map((f, i) => inspect(f, message.overrides[i] ?? null, message.dateFallback))
		);
		post({ type: 'inspected', outcomes });
		fingerprints = new Map();
		// Not while the page draws the review (see REVIEW_WAIT_MS); nor at all once the user has
		// chosen again or confirmed meanwhile (a later message of either kind moved `turn` on).
		const mine = ++turn;
		const drawn = (reviewDrawn = pageWord());
		if (cores() >= 4) drawn.hear();
		await drawn.wait(REVIEW_WAIT_MS);
		if (turn !== mine) return;
		// Each file's fingerprint, for the review to say which stored data set has its rows already
		// (the parse ahead below is not held up by the check).
		void reviewReadsFingerprints(message.files.length).then((read) => {
			if (!read || turn !== mine) return;
			outcomes.forEach((outcome, i) => {
				if (!outcome.ok) return;
				const file = message.files[i];
				void fingerprintOf(file, outcome.inspection.plan).then((rows) =>
					post({
						type: 'fingerprint',
						file: i,
						name: file.name,
						size: file.size,
						lastModified: file.lastModified,
						rows
					})
				);
			});
		});
		// One file: its range workers load, and it is parsed, while the user reviews it.
		const [only] = outcomes;
		if (outcomes.length === 1 && only.ok) {
			const plan = only.inspection.plan;
			if (missingRoles(plan.layout, plan.mapping, plan.amountMode).length > 0) return;
			// (Its range workers were started with the inspection, for the file's size.)
			ahead = startParse(message.files, [plan], localToday(), false);
		}
		return;
	}
	if (message.type === 'reviewDrawn') {
		reviewDrawn.hear();
		return;
	}
	turn++;
	const confirmed = performance.now();
	const mayFit = (fitMayStart = pageWord());
	// With four cores or more the fit and the page's drawing do not share one: it is not held back.
	if (cores() >= 4) mayFit.hear();
	const { parse, reused } = parseFor(message.files, message.plans, localToday());
	// (Those the review did not begin are read once the data set is stored; never failing the import.)
	const files = sourceFiles(message.files, message.plans);
	try {
		const result = await parse.outcome;
		const totalBytes = message.plans.reduce((s, p) => s + p.size, 0);
		const read = performance.now();
		const storingProgress: ImportProgressMessage = {
			rows: result.report.rowsRead,
			bytesRead: totalBytes,
			totalBytes,
			elapsedMs: read - parse.started,
			phase: 'storing',
			...(result.kind === 'orders' ? { ordersStored: 0, ordersTotal: result.columns.count } : {})
		};
		post({ type: 'progress', progress: storingProgress });
		const customerCount = result.customers.length;
		const createdAt = message.createdAt;
		let issued!: () => void;
		const writesIssued = new Promise<void>((resolve) => (issued = resolve));
		// (It has copied the order columns when it returns; the order ids, not needed after it, it lets
		// go as it writes them.)
		const storing = storeImport(result, message.name, {
			now: createdAt,
			sourceFiles: (await files).files,
			onIssued: () => issued(),
			releaseIds: true,
			// (`storeImport` calls it each 2% of the orders: a few dozen messages, not one per chunk.)
			onProgress: (ordersStored, ordersTotal) =>
				post({ type: 'progress', progress: { ...storingProgress, ordersStored, ordersTotal } })
		});
		// The helper analyses the orders on the other core while this thread stores them (their
		// columns are handed to it and come back with the analysis).
		const beside =
			result.kind === 'orders' && wantsHelper(message.plans)
				? analyseBeside(result.columns, customerCount)
				: null;
		let datasetId: number;
		let writesIssuedAt = 0;
		try {
			// Every write is in IndexedDB's hands (or storing failed): the browser commits them.
			await Promise.race([writesIssued, storing]);
			writesIssuedAt = performance.now();
			datasetId = await storing;
			// Another tab deleted the database as the writes were committed (its request closed this
			// connection): the data set is gone, and "stored" would be false.
			if (db().readOnly === 'deleted') throw new ReadOnlyDatabaseError('deleted');
		} catch (error) {
			beside?.stop();
			throw error;
		}
		const committed = performance.now();
		// The store's core is free: on fewer than four cores the second helper fits now, with the orders
		// the first one analysed (once it has, if it has not yet).
		beside?.fitNow();
		// The strings are not needed to analyse the orders (the columns point to them by index).
		if (result.kind === 'orders') {
			// Freed now, not at a collection that may come only once the fit is done (see storeOnlyArrays).
			discard(...storeOnlyArrays(result));
			result.orderIds = null;
			result.dimensions = {};
			result.items = null;
			result.names = null;
			result.consent = null;
			result.cost = null;
			result.costPartial = null;
		}
		result.customers = [];
		const helped = beside ? await beside.analysed : null;
		const analysedAt = performance.now();
		// The columns come back with the analysis; if the helper crashed with them, from IndexedDB.
		// The data set is stored whatever happens now: should that read fail too (deleted in another
		// tab meanwhile, too little memory), the import still says so, with no analysis or CLV fit
		// from here (the Analysis page computes them), rather than report a failure the user would
		// answer by importing the file a second time.
		let columns = result.kind === 'orders' ? result.columns : null;
		// (None when they went on from the helper to the second one, which fits them.)
		if (helped) columns = helped.columns;
		else if (beside?.transferred) {
			columns = await loadOrders(datasetId, { customers: false }).then(
				(stored) => stored.columns,
				() => null
			);
		}
		// Without the helper (it could not start or failed), the orders are analysed here; should
		// that fail too (out of memory), the data set is stored all the same and the Analysis page
		// computes its figures.
		let local: ReturnType<typeof analyse> | null = null;
		if (columns && !helped?.analysis) {
			try {
				local = analyse(columns, customerCount, DEFAULT_ANALYSIS_SETTINGS);
			} catch {
				local = null;
			}
		}
		const analysis = helped?.analysis ?? local?.analysis ?? null;
		// A second helper fits the CLV models beside the analysis (or was given the analysed orders to,
		// and its fit, or its failure, is waited for all the same).
		const handedOn = helped !== null && helped.columns === null;
		const helperFits = beside?.fitsBeside === true || handedOn;
		// Not kept for a fit here (should the second helper's fail, they are read back): freed now.
		if (helperFits && analysis && columns) {
			discard(columns.customer, columns.day, columns.amount);
			columns = null;
		}
		const goesOn = columns !== null || helperFits;
		const kept = await files;
		// The fingerprints the review left (see `reviewReadsFingerprints`). A worker that does not go on
		// is ended on 'stored' (a summary, or orders it could not analyse): it reads them first.
		// Otherwise they are read once the fit is made, by whichever worker caches it: handed over with
		// it (a page that takes it has its own worker cache it, and this one is ended), or here. Read at
		// once, they took the page's core while it drew (the KPIs came 0.1-0.3 s later); beside the
		// fit, the fit's (on two cores the CLV table came 0.1-0.2 s later); kept for after the
		// hand-over here, this worker (its heap) was held meanwhile: the tab's peak 20 MB higher.
		const pendingFingerprints: PendingFingerprints | null =
			kept.later.length > 0
				? { sourceFiles: kept.files, later: kept.later, files: message.files, plans: message.plans }
				: null;
		// (Read once, whichever way the worker goes on.)
		let filling: Promise<void> | null = null;
		const fillPending = () =>
			(filling ??= pendingFingerprints
				? fillFingerprints(datasetId, pendingFingerprints, fingerprintOf)
				: Promise.resolve());
		if (!goesOn) await fillPending();
		const stored = performance.now();
		post({
			type: 'stored',
			datasetId,
			createdAt,
			report: result.report,
			analysis: analysis ? { settingsKey: settingsKey(DEFAULT_ANALYSIS_SETTINGS), analysis } : null,
			clvPending: goesOn,
			elapsedMs: stored - confirmed,
			readMs: read - confirmed,
			storeMs: committed - read,
			issueMs: writesIssuedAt - read,
			commitMs: committed - writesIssuedAt,
			analyseMs: local ? stored - analysedAt : (helped?.analyseMs ?? 0),
			analysisWaitMs: analysedAt - committed,
			parse: {
				ahead: reused ? confirmed - parse.started : 0,
				ranges: parse.ranges.ranges,
				merged: parse.merge.merged,
				rangesMs: parse.ranges.wallMs,
				slowestRangeMs: Math.max(0, ...parse.ranges.readMs),
				cloneMs: parse.ranges.cloneMs,
				mergeMs: parse.merge.mergeMs
			}
		});
		if (!goesOn) return;
		// A fit made here starts once the page has drawn (see FIT_WAIT_MS), and the helper's is handed
		// to the page then: waited for once, from now.
		const fitMayStartNow = mayFit.wait(FIT_WAIT_MS);
		// For later visits (the page that opens now has the analysis from the message). Written before
		// the fit: the fit holds this thread for a second or more, and a write transaction left open
		// meanwhile would hold up the page's reads of the data sets until it ends.
		if (analysis) await cacheAnalysis(datasetId, createdAt, analysis, message.currency).catch(() => {});
		// Fit the default CLV models (or take the helper's fit) and cache the fit, so that the Analysis
		// page does not load the orders and fit them again (it fits itself when this fails). Not while
		// the page draws the analysis on a two-core machine: once it says it has drawn its sections (or
		// after a second at most) the fit is made here or by the helper. A page in this tab is handed
		// the fit at once.
		let fitMs: number | null = null;
		let failure: string | undefined;
		let clv: StoredClv | null = null;
		try {
			// The helper's fit; else (or when it failed) one made here.
			let fit: { clv: StoredClv | null; fitMs: number; failure?: string } | null = helperFits
				? await beside!.clv
				: null;
			await fitMayStartNow;
			if (helperFits && !fit?.clv) {
				// Not silent: the fit is made here instead, at the cost of reading the orders back.
				console.warn(
					`The import's helper did not fit the CLV models (${fit?.failure ?? 'it stopped'}); fitting here.`
				);
			}
			if (!fit?.clv) {
				// (When the helper kept the orders and failed to fit them, they are read back from IndexedDB.)
				const orders = columns ?? (await loadOrders(datasetId, { customers: false })).columns;
				const segments = local ? (wholeHistory(local.detail)?.rfm.segment ?? null) : (helped?.segments ?? null);
				const started = performance.now();
				// The orders are freed as soon as the fit has read them (at 5 million orders 80 MB that were
				// held through the fit and its cache write, beside the page's worker reading that back).
				const own = prepareDefaultClv(orders, customerCount, segments, () =>
					discard(orders.customer, orders.day, orders.amount)
				);
				fit = { clv: own, fitMs: performance.now() - started };
			}
			clv = fit.clv!;
			if (clv.count <= HAND_OVER_MAX_CUSTOMERS) {
				// A copy, transferred: the page's thread adopts its buffers instead of copying them on
				// receipt (about 8 MB at 250,000 customers: 58 ms of its CPU in one task, the longest
				// the app made there); this worker keeps its own, to cache it if no page takes it.
				const handed = structuredClone(clv);
				const message: FromImportWorker = {
					type: 'clvFitted',
					datasetId,
					createdAt,
					clv: handed,
					fitMs: fit.fitMs,
					fingerprints: pendingFingerprints
				};
				self.postMessage(message, transferablesOf(handed));
				// A page that takes the fit has this worker ended meanwhile (its own worker caches it).
				await new Promise((resolve) => setTimeout(resolve, TAKE_WAIT_MS));
			}
			// Not handed over (too large), or no page took it: cached here, after the fingerprints.
			await fillPending();
			const writing = performance.now();
			await writeStoredClv(datasetId, createdAt, clv);
			fitMs = fit.fitMs + (performance.now() - writing);
		} catch (error) {
			// Not silent: the page then fits the models itself (loading the orders again), which at
			// millions of customers costs seconds and memory; the session records why.
			failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
			console.warn(`The import's CLV fit was not cached (the Analysis page fits the models itself): ${failure}`);
		} finally {
			// Cached (or failed): its arrays are freed now, not when this worker is torn down, while the
			// page's worker reads the fit back.
			if (clv) discardStoredClv(clv);
		}
		// (Also when the fit failed.)
		await fillPending();
		// Only once the caches and fingerprints are written: the session ends this worker on the message.
		post({ type: 'clvPrecomputed', datasetId, fitMs, ...(failure ? { failure } : {}) });
	} catch (error) {
		post({ type: 'failed', error: toErrorData(error) });
	}
};
