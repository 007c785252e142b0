import { BackupError, type BackupProblem } from './backup-error';
import { ReadOnlyDatabaseError, type AppProblemKind } from './status';

/**
 * The messages between the Data page and the backup worker (`backup.worker.ts`), which makes a
 * backup file and checks and restores one off the page's main thread: at a million orders, parsing
 * a backup, checking every record and computing its figures again (`parseBackup`) is seconds of
 * work, and the page would be frozen meanwhile (issue 14: no main-thread task over 50 ms).
 *
 * One restore is two requests: `check` (the file's bytes, transferred), answered with what the
 * backup holds, for the user to confirm; then `restore`, which writes what was checked (kept in the
 * worker, never sent back to the page). Plain TypeScript, no Dexie: the page imports it.
 */
export type ToBackupWorker =
	/**
	 * `asStored`: the database as it is stored, whatever its version (for a tab whose code is older
	 * than the database, which may not open it as its own: see `backupAsStored`).
	 */
	| { type: 'create'; requestId: number; now: number; asStored: boolean }
	| { type: 'check'; requestId: number; buffer: ArrayBuffer }
	| { type: 'restore'; requestId: number };

/** What a checked backup holds: what the page asks the user to confirm, and says once restored. */
export interface CheckedBackupSummary {
	createdAt: number;
	counts: Record<string, number>;
	/** The data sets whose stored figures differed from those their orders give (computed again). */
	recomputedFigures: string[];
}

export type FromBackupWorker =
	| { type: 'created'; requestId: number; file: Blob }
	| { type: 'checked'; requestId: number; summary: CheckedBackupSummary }
	| { type: 'restored'; requestId: number }
	| { type: 'failed'; requestId: number; failure: BackupFailure };

/**
 * An error as it crosses to the page. A thrown `BackupError` posted as it is would arrive as a plain
 * `Error` (structured cloning keeps an error's message, not its class or fields), and the page could
 * no longer say which of its messages applies; so it is sent as data and made again (`errorOf`).
 */
export type BackupFailure =
	| { kind: 'backup'; problem: BackupProblem; version: number; detail: string }
	| { kind: 'readOnly'; reason: AppProblemKind }
	| { kind: 'other'; message: string };

const PROBLEMS: readonly BackupProblem[] = ['notBackup', 'newer', 'newerDatabase', 'corrupt', 'storageFull'];

/** The failure to send for a thrown `error`. */
export function failureOf(error: unknown): BackupFailure {
	if (error instanceof BackupError)
		return { kind: 'backup', problem: error.problem, version: error.version, detail: error.detail };
	if (error instanceof ReadOnlyDatabaseError) return { kind: 'readOnly', reason: error.reason };
	return { kind: 'other', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** The error the page throws for a failure received: the one the worker threw, as far as the page tells them apart. */
export function errorOf(failure: BackupFailure): Error {
	switch (failure.kind) {
		case 'backup':
			// (A problem this build does not know cannot come from its own worker; said as damage all the same.)
			return PROBLEMS.includes(failure.problem)
				? new BackupError(failure.problem, failure.version, failure.detail)
				: new BackupError('corrupt', 0, `unknown problem ${String(failure.problem)}`);
		case 'readOnly':
			return new ReadOnlyDatabaseError(failure.reason);
		default:
			return new Error(failure.message);
	}
}
