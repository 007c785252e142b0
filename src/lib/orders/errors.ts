/**
 * Why a file cannot be imported at all. Each code has a message in the catalogue
 * (`data.errors.<code>`) that says what is wrong and what to do; `params` fill it in.
 */
export type ImportErrorCode =
	| 'emptyFile'
	| 'binaryFile'
	| 'notCsv'
	| 'otherExport'
	| 'headerOnly'
	| 'singleColumn'
	| 'tooManyColumns'
	| 'lineTooLong'
	| 'unclosedQuote'
	| 'mostlyQuotes'
	| 'missingColumns'
	| 'noDates'
	| 'noOrders'
	| 'undecodable'
	| 'readFailed'
	| 'quotaExceeded'
	| 'storageFailed'
	| 'databaseClosed'
	| 'appUpdated'
	| 'tooManyFiles'
	| 'layoutMismatch';

export type ImportErrorParams = Record<string, string | number | string[]>;

export class ImportError extends Error {
	constructor(
		readonly code: ImportErrorCode,
		readonly params: ImportErrorParams = {},
		/** Index of the file it concerns, when several were chosen. */
		readonly file: number | null = null
	) {
		super(`${code} ${JSON.stringify(params)}`);
		this.name = 'ImportError';
	}
}

/** A structured-clone-safe form, for posting from the worker. */
export interface ImportErrorData {
	code: ImportErrorCode;
	params: ImportErrorParams;
	file: number | null;
}

export function toErrorData(error: unknown): ImportErrorData {
	if (error instanceof ImportError) return { code: error.code, params: error.params, file: error.file };
	if (error instanceof DOMException && error.name === 'QuotaExceededError')
		return { code: 'quotaExceeded', params: {}, file: null };
	const inner = (error as { inner?: unknown })?.inner;
	if (inner instanceof DOMException && inner.name === 'QuotaExceededError')
		return { code: 'quotaExceeded', params: {}, file: null };
	const name = (error as { name?: string })?.name;
	if (name === 'QuotaExceededError') return { code: 'quotaExceeded', params: {}, file: null };
	// Another tab deleted the stored data (or a newer version upgraded the database) mid-import: this
	// tab's connection is closed (Dexie's DatabaseClosedError), or refuses writes (ReadOnlyDatabaseError).
	if (name === 'DatabaseClosedError' || name === 'ReadOnlyDatabaseError')
		return { code: 'databaseClosed', params: {}, file: null };
	return {
		code: 'storageFailed',
		params: { detail: error instanceof Error ? error.message : String(error) },
		file: null
	};
}
