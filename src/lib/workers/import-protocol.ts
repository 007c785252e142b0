import type { Analysis } from '$lib/analysis/analyse';
import type { StoredClv } from '$lib/analysis/clv-cache';
import type { OrderColumns } from '$lib/orders/columns';
import type { ImportErrorData } from '$lib/orders/errors';
import type { FileInspection, InspectOverrides } from '$lib/orders/inspect';
import type { FilePlan } from '$lib/orders/plan';
import type { ImportReport } from '$lib/orders/report';
import type { PendingFingerprints } from './fingerprint-fill';

export type { InspectOverrides };

/** Messages from the page to the import worker. */
export type ToImportWorker =
	| { type: 'inspect'; files: File[]; overrides: (InspectOverrides | null)[]; dateFallback: 'dmy' | 'mdy' }
	| {
			type: 'import';
			files: File[];
			plans: FilePlan[];
			name: string;
			/** The user's currency, for figures of a file that names none. */ currency: string;
			/**
			 * The data set's creation time, chosen by the page: what identifies it should the user
			 * cancel after it was stored but before the page heard so (the page then deletes it).
			 */
			createdAt: number;
	  }
	/**
	 * The page has drawn what it shows first (the Analysis page its sections above the CLV fit): the
	 * stored import's default CLV fit may start now. It waits for this (or a second at most), so
	 * that on a two-core machine it does not take a core from the page while the page draws.
	 */
	| { type: 'fitClvNow' }
	/**
	 * The page has drawn the review of the files it asked to inspect: a single file's parse ahead
	 * may start now. It waits for this (a moment at most) on a device with fewer than four cores,
	 * so that its two threads do not take the cores the page draws the review with.
	 */
	| { type: 'reviewDrawn' };

export type InspectOutcome = { ok: true; inspection: FileInspection } | { ok: false; error: ImportErrorData };

export interface ImportProgressMessage {
	rows: number;
	bytesRead: number;
	totalBytes: number;
	elapsedMs: number;
	phase: 'reading' | 'storing';
	/** While storing an import of orders: the orders written to IndexedDB so far, of `ordersTotal`. */
	ordersStored?: number;
	ordersTotal?: number;
}

/** Parts of the read time of an import read in parallel byte ranges (all 0 when read in one piece). */
export interface ImportParseTimings {
	/** How long the parse had been running, started during the review, when the user confirmed (0: started then). */
	ahead: number;
	ranges: number;
	/** Whether the ranges could be merged (else the file was read again in one piece). */
	merged: boolean;
	/** From splitting the file to the last range read (starting the range workers included). */
	rangesMs: number;
	/** The slowest range's reading and parsing, in its worker. */
	slowestRangeMs: number;
	/** Copying the ranges' results to the import worker (their typed arrays are transferred). */
	cloneMs: number;
	/** Merging the ranges into one data set. */
	mergeMs: number;
}

/** Messages from the import worker to the page. */
export type FromImportWorker =
	| { type: 'inspected'; outcomes: InspectOutcome[] }
	| { type: 'progress'; progress: ImportProgressMessage }
	/**
	 * During the review: the fingerprint of a chosen file's rows (`rowsHash`; null when it could not be
	 * read), with the file it is of, for saying that a stored data set holds the same rows.
	 */
	| { type: 'fingerprint'; file: number; name: string; size: number; lastModified: number; rows: string | null }
	| {
			/** The data set has committed; its default analysis comes with it (null for a summary). */
			type: 'stored';
			datasetId: number;
			createdAt: number;
			report: ImportReport;
			analysis: { settingsKey: string; analysis: Analysis } | null;
			/** The worker goes on to fit the default CLV models ('clvFitted', unless it fails) and will say so ('clvPrecomputed'). */
			clvPending: boolean;
			/** From the user's confirmation to the commit. */ elapsedMs: number;
			/** From the confirmation to the parse's end (less when it was started during the review). */ readMs: number;
			/** From the parse's end to the commit. */ storeMs: number;
			/** Copying the data set into IndexedDB's requests (this thread's part of storing). */ issueMs: number;
			/** From the writes issued to the commit. */ commitMs: number;
			/** Precomputing the Analysis page's default figures (beside the store, in the helper worker). */ analyseMs: number;
			/** Waiting for that analysis after the commit. */ analysisWaitMs: number;
			/** How the file was read: in how many parallel byte ranges, and the times of the parts. */
			parse: ImportParseTimings;
	  }
	| {
			/**
			 * The default CLV fit after 'stored', before it is cached: an Analysis page in this tab that
			 * takes it (within a second) shows it without waiting for IndexedDB, and its worker caches
			 * it (the page waits for that write before it ends its worker); the session then ends this
			 * worker. Otherwise this worker caches it ('clvPrecomputed').
			 */
			type: 'clvFitted';
			datasetId: number;
			createdAt: number;
			clv: StoredClv;
			fitMs: number;
			/**
			 * The data set's fingerprints still to be read (a first import), or null: a page that takes
			 * the fit has its own worker read them as it caches the fit (this worker is ended then).
			 */
			fingerprints: PendingFingerprints | null;
	  }
	| {
			/** The default CLV fit after 'stored': cached for the Analysis page, or not (`fitMs` null: it fits itself). */
			type: 'clvPrecomputed';
			datasetId: number;
			fitMs: number | null;
			/** Why the fit was not cached (the error's name and message), when it failed. */
			failure?: string;
	  }
	| { type: 'failed'; error: ImportErrorData };

/**
 * From the import worker to its helpers (`import-analyse.worker.ts`): analyse the orders just read
 * (their arrays transferred), or fit the default CLV models to them (see `analyseBeside`).
 */
export type ToImportHelper =
	| {
			/** To the first helper: analyse these orders (their columns come back with the analysis). */
			type: 'analyse';
			columns: OrderColumns;
			customerCount: number;
	  }
	| {
			/**
			 * To a second helper: fit the default CLV models to these orders, at once (a copy while the
			 * first helper analyses them, or the orders it analysed); the customers' segments follow
			 * ('segments').
			 */
			type: 'fit';
			columns: OrderColumns;
			customerCount: number;
	  }
	| {
			/** The customers' RFM segments from the first helper's analysis (null: none, it failed). */
			type: 'segments';
			segments: Uint8Array | null;
	  };

export type HelperAnalyseMessage = Extract<ToImportHelper, { type: 'analyse' }>;
export type HelperFitMessage = Extract<ToImportHelper, { type: 'fit' }>;

/**
 * From the first helper: the default analysis (null when it failed), with the columns it was given
 * (transferred back) and each customer's RFM segment of the whole history (for the CLV fit; null
 * when there is none). From the second: its CLV fit ('clvFitted'; `clv` null when it failed, and
 * why).
 */
export type FromImportHelper =
	| {
			type: 'analysed';
			analysis: Analysis | null;
			analyseMs: number;
			columns: OrderColumns;
			segments: Uint8Array | null;
	  }
	| { type: 'clvFitted'; clv: StoredClv | null; fitMs: number; failure?: string };
