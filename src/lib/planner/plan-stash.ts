import { SETTINGS_PREFIX } from '$lib/db/wipe';
import { planEntryProblem, type PlanEntry } from './plan';

/**
 * A copy, in localStorage, of the plan entries a page wrote as it was being left.
 *
 * Why: Chromium aborts every transaction of a page's IndexedDB connection when the page is torn
 * down, including a committed one that is still queued behind an unfinished transaction on the
 * same store (a live query's read, or a read-then-write whose callback never ran). A write made
 * while leaving can thus be lost on a slow machine. localStorage is written synchronously and is
 * there for the next page, which stores any stashed entry newer than the stored one.
 * The key starts with the app's prefix, so "delete everything" removes it with the settings.
 */
export const PLAN_STASH_KEY = `${SETTINGS_PREFIX}plan-unsaved`;

/** What the stash needs of `localStorage` (a plain map in tests). */
export type StashStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The valid entries in the stash (anything unreadable is ignored: the stash is only a fallback). */
export function readStash(storage: StashStorage): PlanEntry[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(storage.getItem(PLAN_STASH_KEY) ?? '[]');
	} catch {
		return [];
	}
	if (!Array.isArray(parsed)) return [];
	return parsed.filter(
		(entry): entry is PlanEntry =>
			typeof entry === 'object' && entry !== null && planEntryProblem(entry as PlanEntry) === null
	);
}

/** Adds entries to the stash, keeping the newer of two for the same tactic. Never throws. */
export function stashEntries(storage: StashStorage, entries: readonly PlanEntry[]): void {
	if (!entries.length) return;
	try {
		const byTactic = new Map(readStash(storage).map((entry) => [entry.tacticId, entry]));
		for (const entry of entries) {
			const held = byTactic.get(entry.tacticId);
			if (!held || held.updatedAt <= entry.updatedAt) byTactic.set(entry.tacticId, entry);
		}
		storage.setItem(PLAN_STASH_KEY, JSON.stringify([...byTactic.values()]));
	} catch {
		// Storage blocked or full: the IndexedDB write and the leave warning remain.
	}
}

/** The stashed entries newer than what is stored (those to write), given the stored ones. */
export function stashedNewer(stashed: readonly PlanEntry[], stored: readonly PlanEntry[]): PlanEntry[] {
	const storedAt = new Map(stored.map((entry) => [entry.tacticId, entry.updatedAt]));
	return stashed.filter((entry) => entry.updatedAt > (storedAt.get(entry.tacticId) ?? -Infinity));
}

/** Empties the stash (once its entries are stored or known to be older). Never throws. */
export function clearStash(storage: StashStorage): void {
	try {
		storage.removeItem(PLAN_STASH_KEY);
	} catch {
		// Storage blocked: there is nothing to clear.
	}
}
