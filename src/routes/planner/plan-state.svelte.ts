import { LiveQuery } from '$lib/db/live-query.svelte';
import { completePlan, summarizeProgress, type PlanEntry, type PlanEntryChange, type PlanRow } from '$lib/planner/plan';
import { readPlan, savePlanChange } from '$lib/planner/plan-store';
import type { TacticId } from '$lib/tactics/catalogue';

/**
 * The plan as the planner page sees it: the stored entries (live, so another tab's change shows),
 * a row per tactic, the progress, and one queue of writes, so changes land in the order made and
 * an export can wait for the last one. Create it during component initialisation.
 */
export class PlanState {
	readonly #stored = new LiveQuery<PlanEntry[]>(() => readPlan());
	#queue: Promise<unknown> = Promise.resolve();

	entries = $derived(this.#stored.current ?? []);
	loading = $derived(this.#stored.isLoading);
	loadError = $derived(this.#stored.error);
	rows = $derived(new Map<TacticId, PlanRow>(completePlan(this.entries).map((row) => [row.tacticId, row])));
	progress = $derived(summarizeProgress(this.entries));

	/** Stores a change; resolves to false when it could not be saved (the form keeps the input). */
	save(tacticId: TacticId, change: PlanEntryChange): Promise<boolean> {
		// A plain copy: a $state proxy cannot be stored in IndexedDB.
		const plain = $state.snapshot(change);
		const write = this.#queue.then(() => savePlanChange(tacticId, plain)).then(
			() => true,
			() => false
		);
		this.#queue = write;
		return write;
	}

	/** Resolves once every change made so far has been written. */
	settled(): Promise<void> {
		return this.#queue.then(() => undefined);
	}
}
