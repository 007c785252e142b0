import {
	isIsoDate,
	MAX_NOTES_LENGTH,
	MAX_OWNER_LENGTH,
	type PlanEntryChange,
	type PlanRow,
	type TacticStatus
} from '$lib/planner/plan';

export type TextField = 'notes' | 'owner' | 'date';

/** Notes and owner are saved a moment after typing stops, and at once when the field is left. */
export const TYPING_PAUSE_MS = 400;

/**
 * What the user is typing into one tactic's plan, and its saving. A text stays as typed until it
 * has been stored, so an invalid date or an over-long note is never lost and nothing invalid is
 * stored; each field is saved on its own, so one wrong field does not hold back the others.
 * `flush()` saves everything typed at once (the page is being left or hidden).
 */
export class PlanDraft {
	/** Typed but not yet stored; null follows the stored value. */
	typed = $state<Record<TextField, string | null>>({ notes: null, owner: null, date: null });
	/** The date is judged when the field is left, not at every keystroke. */
	dateChecked = $state(false);
	saveState = $state<'idle' | 'saved' | 'failed'>('idle');

	readonly notes: string;
	readonly owner: string;
	readonly date: string;
	readonly notesTooLong: boolean;
	readonly ownerTooLong: boolean;
	readonly dateInvalid: boolean;

	readonly #save: (change: PlanEntryChange) => Promise<boolean>;
	readonly #timers = new Map<TextField, ReturnType<typeof setTimeout>>();
	/** Fields typed into since they were last handed to `save`. */
	readonly #dirty = new Set<TextField>();

	constructor(row: () => PlanRow, save: (change: PlanEntryChange) => Promise<boolean>) {
		this.#save = save;
		this.notes = $derived(this.typed.notes ?? row().notes);
		this.owner = $derived(this.typed.owner ?? row().owner);
		this.date = $derived(this.typed.date ?? row().targetDate ?? '');
		this.notesTooLong = $derived(this.notes.length > MAX_NOTES_LENGTH);
		this.ownerTooLong = $derived(this.owner.length > MAX_OWNER_LENGTH);
		this.dateInvalid = $derived(this.dateChecked && this.date.trim() !== '' && !isIsoDate(this.date.trim()));
	}

	/** Something typed has not been handed over for saving yet (or cannot be: it is invalid). */
	get unsaved(): boolean {
		return this.#dirty.size > 0;
	}

	edit(field: TextField, text: string): void {
		this.typed[field] = text;
		this.#dirty.add(field);
		this.saveState = 'idle';
		if (field === 'date') {
			this.dateChecked = false;
			return;
		}
		clearTimeout(this.#timers.get(field));
		this.#timers.set(
			field,
			setTimeout(() => void this.commit(field), TYPING_PAUSE_MS)
		);
	}

	/** Saves a field's typed text if it is valid; an invalid one stays in the field with its message. */
	async commit(field: TextField): Promise<void> {
		clearTimeout(this.#timers.get(field));
		this.#timers.delete(field);
		const change = this.#changeFor(field);
		if (!change) return;
		this.#dirty.delete(field);
		await this.#store(change);
	}

	setStatus(status: TacticStatus): Promise<void> {
		return this.#store({ status });
	}

	/**
	 * Hands every field typed into to `save` now, in this task (when the form is removed by a
	 * filter, or the page is hidden or left): nothing waits for its typing pause.
	 */
	flush(): void {
		for (const field of [...this.#dirty]) void this.commit(field);
	}

	#changeFor(field: TextField): PlanEntryChange | null {
		const text = this.typed[field];
		if (text === null) return null;
		if (field === 'notes') return this.notesTooLong ? null : { notes: text };
		if (field === 'owner') return this.ownerTooLong ? null : { owner: text };
		this.dateChecked = true;
		const trimmed = text.trim();
		if (trimmed !== '' && !isIsoDate(trimmed)) return null;
		return { targetDate: trimmed === '' ? null : trimmed };
	}

	async #store(change: PlanEntryChange): Promise<void> {
		this.saveState = (await this.#save(change)) ? 'saved' : 'failed';
	}
}
