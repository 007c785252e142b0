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
	  }
	| { type: 'failed'; error: ImportErrorData };
