import { LiveQuery } from '$lib/db/live-query.svelte';
import {
	applyChange,
	completePlan,
	newPlanEntry,
	summarizeProgress,
	type PlanEntry,
	type PlanEntryChange,
	type PlanRow
} from '$lib/planner/plan';
import { localStash, readStash, removeStashed, stashEntries } from '$lib/planner/plan-stash';
import { readPlan, restoreStashedEntries, savePlanChange, writePlanEntriesNow } from '$lib/planner/plan-store';
import type { TacticId } from '$lib/tactics/catalogue';

/** A form whose typing may still wait to be saved (see `PlanDraft`). */
export interface PendingDraft {
	readonly unsaved: boolean;
	flush(): void;
}

/**
 * The plan as the planner page sees it: the stored entries (live, so another tab's change shows),
 * a row per tactic, the progress, and the writes. Each change is written at once, in its own
 * read-then-write transaction (IndexedDB runs them in the order they were made).
 *
 * Nothing typed is lost when the page goes: when it is hidden or left, every form hands over what
 * it holds, and each change not yet confirmed is written again as a whole entry, committed in
 * that same task (a read-then-write transaction would not get past its read on a page being
 * unloaded). Those entries are also stashed in localStorage, because the browser may drop that
 * last write (see `plan-stash.ts`); the next page stores what it finds there before it shows the
 * plan. While anything is unsaved, leaving the page asks the browser to warn the user.
 * Create it during component initialisation.
 */
export class PlanState {
	readonly #stored = new LiveQuery<PlanEntry[]>(() => readPlan());
	readonly #drafts = new Set<PendingDraft>();
	/** Changes written but not yet confirmed, merged per tactic. */
	readonly #unconfirmed = new Map<TacticId, { change: PlanEntryChange; writes: number }>();
	/** The entry each confirmed write stored (the live query may not have caught up yet). */
	readonly #confirmed = new Map<TacticId, PlanEntry>();
	readonly #writes = new Set<Promise<boolean>>();
	/** False until what the last page stashed as it was left has been stored (or found older). */
	#stashRestored = $state(false);

	entries = $derived(this.#stored.current ?? []);
	loading = $derived(this.#stored.isLoading || !this.#stashRestored);
	loadError = $derived(this.#stored.error);
	rows = $derived(new Map<TacticId, PlanRow>(completePlan(this.entries).map((row) => [row.tacticId, row])));
	progress = $derived(summarizeProgress(this.entries));

	constructor() {
		$effect(() => {
			void this.#restoreStash();
		});
		$effect(() => {
			const hidden = () => {
				if (document.visibilityState === 'hidden') this.flushNow();
			};
			const leaving = (event: BeforeUnloadEvent) => {
				if (!this.flushNow()) return;
				event.preventDefault();
				// Older browsers show the warning only when returnValue is set.
				event.returnValue = '';
			};
			const gone = () => this.flushNow();
			document.addEventListener('visibilitychange', hidden);
			window.addEventListener('beforeunload', leaving);
			window.addEventListener('pagehide', gone);
			return () => {
				document.removeEventListener('visibilitychange', hidden);
				window.removeEventListener('beforeunload', leaving);
				window.removeEventListener('pagehide', gone);
			};
		});
	}

	async #restoreStash(): Promise<void> {
		const storage = localStash();
		try {
			if (storage) {
				const stashed = readStash(storage);
				await restoreStashedEntries(stashed);
				removeStashed(storage, stashed);
			}
		} catch {
			// The database could not be written: the stash waits for the next visit.
		} finally {
			this.#stashRestored = true;
		}
	}

	/** Registers a form whose typing must be saved before the page goes; returns its unregistration. */
	track(draft: PendingDraft): () => void {
		this.#drafts.add(draft);
		return () => this.#drafts.delete(draft);
	}

	/** True while something typed or changed is not yet known to be stored. */
	get pending(): boolean {
		return this.#unconfirmed.size > 0 || [...this.#drafts].some((draft) => draft.unsaved);
	}

	/** Stores a change; resolves to false when it could not be saved (the form keeps the input). */
	save(tacticId: TacticId, change: PlanEntryChange): Promise<boolean> {
		// A plain copy: a $state proxy cannot be stored in IndexedDB.
		const plain = $state.snapshot(change);
		const waiting = this.#unconfirmed.get(tacticId);
		this.#unconfirmed.set(tacticId, {
			change: { ...waiting?.change, ...plain },
			writes: (waiting?.writes ?? 0) + 1
		});
		const write = savePlanChange(tacticId, plain).then(
			(entry) => {
				this.#confirmed.set(tacticId, entry);
				return true;
			},
			() => false
		);
		const done = write.finally(() => {
			this.#writes.delete(done);
			const left = this.#unconfirmed.get(tacticId);
			if (left && --left.writes === 0) this.#unconfirmed.delete(tacticId);
		});
		this.#writes.add(done);
		return done;
	}

	/** Resolves once every change made so far has been written. */
	async settled(): Promise<void> {
		while (this.#writes.size) await Promise.all([...this.#writes]);
	}

	/**
	 * Saves everything now, for a page being hidden or left: the forms hand over what they hold,
	 * and every unconfirmed change is written as a whole entry in this task. Returns whether
	 * anything was still pending (then the browser is asked to warn before leaving).
	 */
	flushNow(): boolean {
		for (const draft of this.#drafts) draft.flush();
		if (!this.#unconfirmed.size) return this.pending;
		const now = Date.now();
		const stored = new Map(this.entries.map((entry) => [entry.tacticId, entry]));
		const entries = [...this.#unconfirmed].map(([tacticId, { change }]) => {
			const known = [stored.get(tacticId), this.#confirmed.get(tacticId)].filter((e) => e !== undefined);
			const base = known.sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? newPlanEntry(tacticId, now);
			try {
				return applyChange(base, change, Math.max(now, base.updatedAt));
			} catch {
				return null;
			}
		});
		const valid = entries.filter((entry) => entry !== null);
		// (Where localStorage is blocked, the IndexedDB write below is all there is.)
		const storage = localStash();
		if (storage) stashEntries(storage, valid);
		try {
			writePlanEntriesNow(valid);
		} catch {
			// The database is closed (another tab upgraded it): the warning is all that is left.
		}
		return true;
	}
}
