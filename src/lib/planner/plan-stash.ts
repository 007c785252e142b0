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

/** This page's localStorage, or undefined where there is none or it is blocked (reading it throws). */
export function localStash(): StashStorage | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

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

/**
 * Removes the handled entries from the stash (stored, or found older than the stored ones), and
 * keeps any another tab stashed meanwhile for the same tactic later. Never throws.
 */
export function removeStashed(storage: StashStorage, handled: readonly PlanEntry[]): void {
	try {
		const handledAt = new Map(handled.map((entry) => [entry.tacticId, entry.updatedAt]));
		const left = readStash(storage).filter(
			(entry) => entry.updatedAt > (handledAt.get(entry.tacticId) ?? -Infinity)
		);
		if (left.length) storage.setItem(PLAN_STASH_KEY, JSON.stringify(left));
		else storage.removeItem(PLAN_STASH_KEY);
	} catch {
		// Storage blocked: there is nothing to remove.
	}
}

/**
 * Empties the stash: when a backup is restored, what a page stashed before belongs to the plan
 * the backup replaced (newer than the backup's entries, it would otherwise be written over them).
 * Never throws.
 */
export function clearStash(storage: StashStorage): void {
	try {
		storage.removeItem(PLAN_STASH_KEY);
	} catch {
		// Storage blocked: there is nothing to clear.
	}
}
