import { db } from '$lib/db/database';
import type { TacticId } from '$lib/tactics/catalogue';
import { applyChange, newPlanEntry, planEntryProblem, type PlanEntry, type PlanEntryChange } from './plan';
import { stashedNewer } from './plan-stash';

/**
 * The plan in IndexedDB: one record per tactic, written through `applyChange`, so nothing invalid
 * is stored. Callers pass plain values (snapshot `$state` first: a proxy cannot be stored).
 */

/** Applies a change to a tactic's entry (creating it on first change) and stores it. Throws on invalid input. */
export async function savePlanChange(
	tacticId: TacticId,
	change: PlanEntryChange,
	now = Date.now()
): Promise<PlanEntry> {
	const table = db().plan;
	return db().transaction('rw', table, async () => {
		const stored = await table.get(tacticId);
		const current = stored && planEntryProblem(stored) === null ? stored : newPlanEntry(tacticId, now);
		const next = applyChange(current, change, now);
		await table.put(next);
		return next;
	});
}

/** The stored entries that are valid (a restored backup or an older version could hold others). */
export async function readPlan(): Promise<PlanEntry[]> {
	const entries = await db().plan.toArray();
	return entries.filter((entry) => planEntryProblem(entry) === null);
}

/**
 * Writes whole entries at once, for a page that is being closed: the write is issued and
 * committed in the same task (`IDBTransaction.commit()`), so it lands although the page will run
 * no further callback (a read-then-write transaction would stop after its read). The caller has
 * already merged each change into the latest entry it knows.
 */
export function writePlanEntriesNow(entries: readonly PlanEntry[]): void {
	const valid = entries.filter((entry) => planEntryProblem(entry) === null);
	if (!valid.length) return;
	const idb = db().isOpen() ? db().backendDB() : null;
	if (!idb) return;
	const transaction = idb.transaction('plan', 'readwrite', { durability: 'strict' });
	const store = transaction.objectStore('plan');
	for (const entry of valid) store.put(entry);
	transaction.commit?.();
}

/**
 * Stores the entries a page stashed as it was left (see `plan-stash.ts`) where they are newer
 * than the stored ones, in one transaction; returns how many were written.
 */
export async function restoreStashedEntries(stashed: readonly PlanEntry[]): Promise<number> {
	if (!stashed.length) return 0;
	const table = db().plan;
	return db().transaction('rw', table, async () => {
		const stored = (await table.bulkGet(stashed.map((entry) => entry.tacticId))).filter(
			(entry): entry is PlanEntry => entry !== undefined && planEntryProblem(entry) === null
		);
		const newer = stashedNewer(stashed, stored);
		await table.bulkPut(newer);
		return newer.length;
	});
}
