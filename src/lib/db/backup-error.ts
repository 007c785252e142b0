/**
 * Why a backup file is refused or could not be restored: `storageFull` when the browser had no room
 * for its records (the restore's one transaction is then undone: nothing changed). `newer`: a backup
 * format this code cannot read; `newerDatabase`: records of a database version it does not know
 * (the version is that of the format or of the database, which are numbered apart).
 */
export type BackupProblem = 'notBackup' | 'newer' | 'newerDatabase' | 'corrupt' | 'storageFull';

/**
 * Why a backup file is refused. `detail` says in English what did not agree (for developers and
 * logs); the user reads the catalogue message of `problem`.
 */
export class BackupError extends Error {
	constructor(
		readonly problem: BackupProblem,
		readonly version = 0,
		readonly detail = ''
	) {
		super(detail ? `${problem}: ${detail}` : problem);
		this.name = 'BackupError';
	}
}

/**
 * Whether an IndexedDB write failed for want of storage space, however it is reported: the
 * DOMException itself (a write refused at once), inside Dexie's error for the transaction (Chromium
 * aborts it at commit: `inner`), or among the records a bulk write could not add (`failures`).
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
	if (!error || typeof error !== 'object' || depth > 4) return false;
	const e = error as { name?: unknown; inner?: unknown; failures?: unknown };
	if (e.name === 'QuotaExceededError') return true;
	if (isQuotaExceeded(e.inner, depth + 1)) return true;
	return Array.isArray(e.failures) && e.failures.some((f) => isQuotaExceeded(f, depth + 1));
}
