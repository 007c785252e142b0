import type { Analysis } from '$lib/analysis/analyse';
import type { StoredClv } from '$lib/analysis/clv-cache';
import type { ClvSettings } from '$lib/analysis/clv-engine';
import type { PendingFingerprints } from './fingerprint-fill';

/**
 * What an import that just finished hands to the Analysis page in this tab's memory, so that the
 * page shows it at once instead of reading it back from IndexedDB (where it is stored too):
 * the analysis of the default settings, and the CLV fit the import worker is computing (waited for,
 * then handed over as it is being cached).
 * Keyed by the data set's id and creation time (a data set deleted and restored since is another).
 */
interface HandedOffAnalysis {
	datasetId: number;
	createdAt: number;
	settingsKey: string;
	analysis: Analysis;
}

/**
 * The default CLV fit an import computed, in its cached shape; `taken` is called when a page takes
 * it (which then has its own worker cache it, and waits for that write before ending the worker:
 * the import's worker is ended, its heap let go at once).
 */
interface HandedOffClv extends HandedClv {
	datasetId: number;
	createdAt: number;
	taken: () => void;
}

/**
 * A fit handed over, as a page takes it: with the data set's fingerprints still to be read, which
 * the page's worker reads as it caches the fit (`cacheHandedClv`; null: none).
 */
export interface HandedClv {
	clv: StoredClv;
	fingerprints: PendingFingerprints | null;
}

let handedOff: HandedOffAnalysis | null = null;
let handedOffFit: HandedOffClv | null = null;
const clvPrecomputes = new Map<number, Promise<void>>();
/** Starts a CLV fit waiting for the page to have drawn (see `startClvPrecomputes`). */
const clvStarters = new Map<number, () => void>();

/** Keeps the analysis an import computed (only the latest import's: one at a time). */
export function handOffAnalysis(entry: HandedOffAnalysis): void {
	handedOff = entry;
}

/** The analysis handed off for this data set and settings, or null. */
export function handedOffAnalysis(datasetId: number, createdAt: number, settingsKey: string): Analysis | null {
	const entry = handedOff;
	if (!entry || entry.datasetId !== datasetId || entry.createdAt !== createdAt) return null;
	return entry.settingsKey === settingsKey ? entry.analysis : null;
}

/** Keeps the CLV fit an import computed (only the latest import's), until a page takes it. */
export function handOffClv(entry: HandedOffClv): void {
	handedOffFit = entry;
}

/**
 * The CLV fit handed off for this data set (its id and creation time) and settings, or null; given
 * once. The taker has it cached in IndexedDB for later visits (the import, told it was taken, ends).
 */
export function takeHandedOffClv(datasetId: number, createdAt: number, settings: ClvSettings): HandedClv | null {
	const entry = handedOffFit;
	if (!entry || entry.datasetId !== datasetId || entry.createdAt !== createdAt) return null;
	// (Made by this very build in this tab: the cached shape's version is this build's.)
	const fitted = entry.clv.settings;
	const same =
		fitted.unit === settings.unit &&
		fitted.horizonMonths === settings.horizonMonths &&
		fitted.annualDiscountRate === settings.annualDiscountRate &&
		fitted.margin === settings.margin;
	if (!same) return null;
	handedOffFit = null;
	entry.taken();
	return { clv: entry.clv, fingerprints: entry.fingerprints };
}

/** Forgets the CLV fit handed off for this data set, if no page took it (the import has cached it). */
export function dropHandedOffClv(datasetId: number): void {
	if (handedOffFit?.datasetId === datasetId) handedOffFit = null;
}

/**
 * Notes that the import worker is fitting the default CLV models of a data set; `done` settles
 * when the fit is handed over (`handOffClv`) or has failed (it never rejects). A page that wants
 * that fit waits for it instead of fitting the same models again beside it. `start` tells the
 * worker that it may start the fit now (it waits for a page to have drawn, or a moment at most).
 */
export function noteClvPrecompute(datasetId: number, done: Promise<void>, start?: () => void): void {
	clvPrecomputes.set(datasetId, done);
	if (start) clvStarters.set(datasetId, start);
	void done.finally(() => {
		if (clvPrecomputes.get(datasetId) === done) clvPrecomputes.delete(datasetId);
		if (clvStarters.get(datasetId) === start) clvStarters.delete(datasetId);
	});
}

/**
 * The page has drawn what it shows first: the CLV fits imports hold back meanwhile (so as not to
 * take a core from the page on a two-core machine) start now. Each is started once.
 */
export function startClvPrecomputes(): void {
	const starters = [...clvStarters.values()];
	clvStarters.clear();
	for (const start of starters) start();
}

/** The CLV fit being precomputed for this data set, or null when none is running. */
export function clvPrecomputeOf(datasetId: number): Promise<void> | null {
	return clvPrecomputes.get(datasetId) ?? null;
}

/** The performance mark of an import's CLV fit that was not cached; its `detail` says why. */
export const CLV_FAILURE_MARK = 'import:clv:failed';

/**
 * An import's default CLV fit was not cached (the Analysis page then loads the orders and fits the
 * models itself, which at millions of customers costs seconds and the tab's memory): said on the
 * console and marked on the page's timeline with why (the benchmark prints it), never silently.
 */
export function recordClvFailure(reason: string): void {
	console.warn(`The import's CLV fit was not cached: ${reason}`);
	if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
		performance.mark(CLV_FAILURE_MARK, { detail: reason });
}
