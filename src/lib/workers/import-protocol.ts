import type { ImportErrorData } from '$lib/orders/errors';
import type { FileInspection, InspectOverrides } from '$lib/orders/inspect';
import type { FilePlan } from '$lib/orders/plan';
import type { ImportReport } from '$lib/orders/report';

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
	  };

export type InspectOutcome = { ok: true; inspection: FileInspection } | { ok: false; error: ImportErrorData };

export interface ImportProgressMessage {
	rows: number;
	bytesRead: number;
	totalBytes: number;
	elapsedMs: number;
	phase: 'reading' | 'storing';
}

/** Parts of the read time of an import read in parallel byte ranges (all 0 when read in one piece). */
export interface ImportParseTimings {
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
	| {
			type: 'stored';
			datasetId: number;
			report: ImportReport;
			elapsedMs: number;
			readMs: number;
			storeMs: number;
			/** Precomputing the Analysis page's default figures. */ analyseMs: number;
			/** How the file was read: in how many parallel byte ranges, and the times of the parts. */
			parse: ImportParseTimings;
	  }
	| { type: 'failed'; error: ImportErrorData };
