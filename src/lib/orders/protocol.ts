import type { ImportErrorData } from './errors';
import type { FileInspection } from './inspect';
import type { FilePlan } from './plan';
import type { ImportReport } from './report';
import type { Delimiter } from './sniff/delimiter';
import type { TextEncoding } from './sniff/encoding';

/** The user's overrides of what was sniffed, applied when a file is inspected again. */
export interface InspectOverrides {
	encoding?: TextEncoding;
	delimiter?: Delimiter;
	/** The row (1 = the file's first line) that holds the header, or the first data row. */
	headerRow?: number;
}

/** Messages from the page to the import worker. */
export type ToImportWorker =
	| { type: 'inspect'; files: File[]; overrides: (InspectOverrides | null)[]; dateFallback: 'dmy' | 'mdy' }
	| { type: 'import'; files: File[]; plans: FilePlan[]; name: string; /** The user's currency, for figures of a file that names none. */ currency: string };

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
	| { type: 'stored'; datasetId: number; report: ImportReport; elapsedMs: number; readMs: number; storeMs: number; /** Precomputing the Analysis page's default figures. */ analyseMs: number }
	| { type: 'failed'; error: ImportErrorData };
