/**
 * What keeps this tab from working normally with its stored data or its own code, reported by
 * the database connection and the worker clients and shown by the page frame (`AppNotices`):
 *
 * - `codeGone`: a worker file of this version is no longer on the server (a new version was
 *   deployed): the page must be reloaded;
 * - `upgraded` / `deleted`: another tab upgraded or deleted the database; this tab's connection is
 *   closed, nothing more is written, and the page must be reloaded;
 * - `blocked`: this tab's upgrade of the database waits for other tabs to close;
 * - `newer`: the stored database was made by a newer version of the code (after a rollback):
 *   nothing is written; the data can still be read and backed up.
 *
 * Plain TypeScript (no runes), so workers can report too; in a worker nobody listens.
 */
export type AppProblem =
	| { kind: 'codeGone' }
	| { kind: 'upgraded' }
	| { kind: 'deleted' }
	| { kind: 'blocked' }
	| { kind: 'newer'; stored: number; known: number };

export type AppProblemKind = AppProblem['kind'];

const problems = new Map<AppProblemKind, AppProblem>();
const listeners = new Set<(problems: AppProblem[]) => void>();

function notify(): void {
	const list = [...problems.values()];
	for (const listener of listeners) listener(list);
}

export function reportProblem(problem: AppProblem): void {
	problems.set(problem.kind, problem);
	notify();
}

export function clearProblem(kind: AppProblemKind): void {
	if (problems.delete(kind)) notify();
}

export function hasProblem(kind: AppProblemKind): boolean {
	return problems.has(kind);
}

/** Calls `listener` now and on every change; returns the unsubscription. */
export function watchProblems(listener: (problems: AppProblem[]) => void): () => void {
	listeners.add(listener);
	listener([...problems.values()]);
	return () => listeners.delete(listener);
}

/** A write refused because this tab may not write to the database (see `AppProblem`). */
export class ReadOnlyDatabaseError extends Error {
	constructor(readonly reason: AppProblemKind) {
		super(`The database is read-only in this tab (${reason})`);
		this.name = 'ReadOnlyDatabaseError';
	}
}
