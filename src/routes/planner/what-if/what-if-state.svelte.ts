import { untrack } from 'svelte';
import { db, type DatasetMetricsRecord, type ScenarioRecord } from '$lib/db/database';
import { LiveQuery } from '$lib/db/live-query.svelte';
import { listDatasets } from '$lib/db/datasets';
import { shownLabels } from '$lib/db/dataset-labels';
import { locale } from '$lib/i18n/i18n.svelte';
import { readField } from '$lib/metrics/fields';
import { decimalSeparatorOf, formatNumberInput, inputTextOf } from '$lib/metrics/number-input';
import {
	datasetCurrency,
	WHAT_IF_CALCULATORS,
	whatIfFromDataset,
	whatIfFromScenario,
	type PrefillNote,
	type WhatIfPrefill
} from '$lib/planner/baseline';
import { NO_CHANGE, WHAT_IF_FIELDS, whatIf, type WhatIfBase, type WhatIfChange } from '$lib/planner/what-if';
import { preferences } from '$lib/prefs/preferences.svelte';
import { hasWhatIfParams, readWhatIfMemory, WHAT_IF_MEMORY_KEY, type WhatIfMemory } from './what-if-memory';
import { FIELD_SPECS, whatIfFromParams, whatIfToParams, type WhatIfField, type WhatIfSource } from './what-if-query';

export { FIELD_SPECS, WHAT_IF_SOURCES, type WhatIfField, type WhatIfSource } from './what-if-query';

/** A text as typed, and the language (Intl tag) it was typed in, which decides how it reads. */
interface Entry {
	readonly text: string;
	readonly tag: string;
}

/** The language the starting values are written in (a decimal point, no grouping). */
const CANONICAL_TAG = 'en-GB';

/** A small shop to start from, the calculators' textbook numbers (AOV 50, f 2.5, g 40 %, d 10 %). */
export const EXAMPLE_BASE: Record<WhatIfField, number> = {
	customers: 1000,
	averageOrderValue: 50,
	purchasesPerYear: 2.5,
	retention: 0.6,
	grossMargin: 0.4,
	discountRate: 0.1
};

/**
 * Filled-in values are rounded to what a person would type: hundredths of a per cent; f and an AOV to
 * four decimals, or as many more as a data set's year needs for C × f × AOV to give back its revenue
 * to the cent (`yearDigits`).
 */
const FILL_DIGITS: Record<WhatIfField, number> = {
	customers: 0,
	averageOrderValue: 4,
	purchasesPerYear: 4,
	retention: 2,
	grossMargin: 2,
	discountRate: 2
};

/** A filled-in value's text: with `digits` decimals where the data set asks for them (`WhatIfPrefill.digits`). */
function typedText(field: WhatIfField, value: number, decimal: '.' | ',', digits?: number): string {
	const entered = FIELD_SPECS[field].kind === 'percent' ? value * 100 : value;
	return inputTextOf(Number(entered.toFixed(digits ?? FILL_DIGITS[field])), decimal);
}

/**
 * The what-if page's state: the baseline (typed, or filled from a scenario or a data set), the
 * changes of the sliders, and the result. Create it during component initialisation.
 */
export class WhatIfState {
	source = $state<WhatIfSource>('typed');
	scenarioId = $state<number | null>(null);
	datasetId = $state<number | null>(null);
	#entries = $state<Record<WhatIfField, Entry>>(this.#example());
	/** Notes on the values last filled in (converted, or not usable). */
	notes = $state<PrefillNote[]>([]);
	/** How many values the last chosen scenario or data set filled in; null before any. */
	filled = $state<number | null>(null);
	change = $state<WhatIfChange>({ ...NO_CHANGE });

	readonly #scenarios = new LiveQuery<ScenarioRecord[]>(() =>
		db()
			.scenarios.where('calculator')
			.anyOf([...WHAT_IF_CALCULATORS])
			.sortBy('name')
	);
	readonly #datasets = new LiveQuery<DatasetMetricsRecord[]>(() => db().datasetMetrics.toArray());
	/** Each data set's label where it is chosen: data sets of the same name told apart (`datasetLabels`). */
	readonly #records = new LiveQuery(listDatasets);
	labels = $derived(shownLabels(this.#records.current ?? []));
	/** The page has read its address (and the memory): from then on changes are remembered. */
	#restored = $state(false);
	/**
	 * A source named by the address or the memory, whose notes are to be worked out again once the
	 * saved scenarios and data sets have loaded: the address keeps the values, not why they are so.
	 */
	#notesToRestore = $state<{ kind: 'scenario' | 'dataset'; id: number } | null>(null);

	constructor() {
		// Remembered in this browser, so in-app navigation and a reload keep what was typed (see `what-if-memory.ts`).
		$effect(() => {
			const memory = this.#memory();
			if (!this.#restored) return;
			try {
				localStorage.setItem(WHAT_IF_MEMORY_KEY, JSON.stringify(memory));
			} catch {
				// Storage blocked or full: the address still keeps the values for a reload.
			}
		});
		$effect(() => {
			const pending = this.#notesToRestore;
			if (pending === null || this.loading) return;
			untrack(() => this.#restoreNotes(pending));
		});
	}

	scenarios = $derived(this.#scenarios.current ?? []);
	datasets = $derived([...(this.#datasets.current ?? [])].sort((a, b) => b.computedAt - a.computedAt));
	loading = $derived(this.#scenarios.isLoading || this.#datasets.isLoading);
	selectedDataset = $derived(this.datasets.find((dataset) => dataset.datasetId === this.datasetId));
	/**
	 * The address or the memory names a scenario or data set no longer in this browser (deleted, or a
	 * link from another browser): the values are as they were filled in, and the page says so.
	 */
	sourceGone = $derived.by(() => {
		if (this.loading) return false;
		if (this.source === 'dataset' && this.datasetId !== null) return !this.selectedDataset;
		if (this.source === 'scenario' && this.scenarioId !== null)
			return !this.scenarios.some((scenario) => scenario.id === this.scenarioId);
		return false;
	});
	/** The currency of money values: the data set's file's own, else the user's setting now (`datasetCurrency`). */
	currency = $derived(
		this.source === 'dataset'
			? datasetCurrency(
					this.selectedDataset,
					this.#records.current?.find((record) => record.id === this.datasetId)?.currency,
					preferences.currency
				)
			: preferences.currency
	);

	/**
	 * Each value's text as its field shows it. A typed number never changes by itself: a text is read
	 * in the language it was typed in, and shown written the current language's way.
	 */
	texts: Record<WhatIfField, string> = $derived.by(() => {
		const tag = locale.intlTag;
		return Object.fromEntries(WHAT_IF_FIELDS.map((field) => [field, this.#shown(field, tag)])) as Record<
			WhatIfField,
			string
		>;
	});

	readings = $derived(
		Object.fromEntries(
			WHAT_IF_FIELDS.map((field) => [
				field,
				readField(this.texts[field], FIELD_SPECS[field], decimalSeparatorOf(locale.intlTag))
			])
		) as Record<WhatIfField, ReturnType<typeof readField>>
	);

	/** The baseline once every value reads as a number; null until then. */
	base: WhatIfBase | null = $derived.by(() => {
		const values: Partial<WhatIfBase> = {};
		for (const field of WHAT_IF_FIELDS) {
			const reading = this.readings[field];
			if (!reading.ok || reading.value === undefined) return null;
			values[field] = reading.value;
		}
		return values as WhatIfBase;
	});

	result = $derived(this.base ? whatIf(this.base, this.change) : null);

	/** The fields left empty (a data set does not give them): the ones to type before anything is computed. */
	missing: WhatIfField[] = $derived(WHAT_IF_FIELDS.filter((field) => this.texts[field].trim() === ''));

	/** The page's state in its address (see `what-if-query.ts`). */
	params: Record<string, string> = $derived.by(() =>
		whatIfToParams(
			{
				texts: this.texts,
				change: this.change,
				source: this.source,
				sourceId:
					this.source === 'scenario' ? this.scenarioId : this.source === 'dataset' ? this.datasetId : null
			},
			decimalSeparatorOf(locale.intlTag)
		)
	);

	/**
	 * Restores what an address holds (on arrival, Back, reload): its values, changes and source; what
	 * it leaves out stays as it is. A source's values come from the address, not filled in again.
	 * An address without what-if parameters (the page opened by an in-app link) restores what this
	 * browser remembers of the last visit instead.
	 */
	loadAddress(params: URLSearchParams): void {
		this.#restored = true;
		if (!hasWhatIfParams(params)) {
			this.#recall();
			return;
		}
		const tag = locale.intlTag;
		const address = whatIfFromParams(params, decimalSeparatorOf(tag));
		for (const [field, text] of Object.entries(address.texts) as [WhatIfField, string][]) {
			this.#entries[field] = { text, tag };
		}
		// A data set's address leaves out what was empty: it stays empty, never the example's value.
		if (address.source?.kind === 'dataset') {
			for (const field of WHAT_IF_FIELDS) if (!(field in address.texts)) this.#entries[field] = { text: '', tag };
		}
		this.change = { ...NO_CHANGE, ...address.change };
		if (address.source) {
			this.source = address.source.kind;
			if (address.source.kind === 'scenario') this.scenarioId = address.source.id;
			if (address.source.kind === 'dataset') this.datasetId = address.source.id;
		}
		this.#awaitNotes();
	}

	noteFor(field: WhatIfField): PrefillNote | undefined {
		return this.notes.find((note) => note.field === field);
	}

	setText(field: WhatIfField, text: string): void {
		this.#entries[field] = { text, tag: locale.intlTag };
		this.notes = this.notes.filter((note) => note.field !== field);
	}

	chooseScenario(id: number | null): void {
		this.scenarioId = id;
		const scenario = this.scenarios.find((candidate) => candidate.id === id);
		if (scenario) this.#fill(whatIfFromScenario(scenario));
	}

	chooseDataset(id: number | null): void {
		this.datasetId = id;
		const dataset = this.datasets.find((candidate) => candidate.datasetId === id);
		if (dataset) this.#fill(whatIfFromDataset(dataset));
	}

	setChange(key: keyof WhatIfChange, value: number): void {
		this.change[key] = value;
	}

	resetChanges(): void {
		this.change = { ...NO_CHANGE };
	}

	#fill(prefill: WhatIfPrefill): void {
		const tag = locale.intlTag;
		const decimal = decimalSeparatorOf(tag);
		const entries = Object.entries(prefill.values) as [WhatIfField, number][];
		for (const [field, value] of entries)
			this.#entries[field] = { text: typedText(field, value, decimal, prefill.digits?.[field]), tag };
		// A data set's baseline: what it does not give is emptied, never left at an example or earlier value.
		if (prefill.clearOthers) {
			for (const field of WHAT_IF_FIELDS)
				if (!(field in prefill.values)) this.#entries[field] = { text: '', tag };
		}
		this.notes = prefill.notes;
		this.filled = entries.length;
		this.#notesToRestore = null;
	}

	/** What is remembered in this browser: the texts as typed, with their languages, the changes and the source. */
	#memory(): WhatIfMemory {
		return {
			entries: $state.snapshot(this.#entries),
			change: { ...this.change },
			source: this.source,
			scenarioId: this.scenarioId,
			datasetId: this.datasetId
		};
	}

	#recall(): void {
		let memory: WhatIfMemory | null;
		try {
			memory = readWhatIfMemory(localStorage.getItem(WHAT_IF_MEMORY_KEY));
		} catch {
			return;
		}
		if (!memory) return;
		for (const [field, entry] of Object.entries(memory.entries) as [WhatIfField, Entry][]) {
			this.#entries[field] = { ...entry };
		}
		this.change = { ...NO_CHANGE, ...memory.change };
		this.source = memory.source;
		this.scenarioId = memory.scenarioId;
		this.datasetId = memory.datasetId;
		this.#awaitNotes();
	}

	/** After the values of a scenario or data set were restored: their notes follow once it has loaded. */
	#awaitNotes(): void {
		this.notes = [];
		this.filled = null;
		const id = this.source === 'scenario' ? this.scenarioId : this.source === 'dataset' ? this.datasetId : null;
		this.#notesToRestore = id !== null && this.source !== 'typed' ? { kind: this.source, id } : null;
	}

	/**
	 * The notes of a restored baseline, worked out again from the scenario or data set it came from.
	 * A note is kept only where it still holds: a filled value that is still the one filled in, or a
	 * value the source did not give that is still empty; a value typed over since keeps no note, as
	 * when it is typed over on the page.
	 */
	#restoreNotes(pending: { kind: 'scenario' | 'dataset'; id: number }): void {
		this.#notesToRestore = null;
		if (this.source !== pending.kind) return;
		let prefill: WhatIfPrefill | null = null;
		if (pending.kind === 'dataset') {
			const dataset = this.datasets.find((candidate) => candidate.datasetId === pending.id);
			if (dataset) prefill = whatIfFromDataset(dataset);
		} else {
			const scenario = this.scenarios.find((candidate) => candidate.id === pending.id);
			if (scenario) prefill = whatIfFromScenario(scenario);
		}
		if (!prefill) return;
		const values = prefill.values;
		const stillFilled = (field: WhatIfField): boolean => {
			const value = values[field];
			if (value === undefined) return false;
			const filledText = typedText(field, value, '.', prefill.digits?.[field]);
			const filledValue = readField(filledText, FIELD_SPECS[field], '.');
			const reading = this.readings[field];
			return filledValue.ok && reading.ok && reading.value !== undefined && reading.value === filledValue.value;
		};
		const holds = (field: WhatIfField): boolean =>
			field in values ? stillFilled(field) : this.texts[field].trim() === '';
		this.notes = prefill.notes.filter((note) => holds(note.field));
		const filled = WHAT_IF_FIELDS.filter(stillFilled).length;
		// Every filled value typed over since: nothing on the page comes from the source any more.
		this.filled = filled === 0 && Object.keys(values).length > 0 ? null : filled;
	}

	/** A value's text in language `tag`: as typed if typed in it, else its number written that language's way. */
	#shown(field: WhatIfField, tag: string): string {
		const entry = this.#entries[field];
		if (entry.tag === tag) return entry.text;
		const typed = readField(entry.text, FIELD_SPECS[field], decimalSeparatorOf(entry.tag));
		return typed.ok && typed.entered !== undefined ? formatNumberInput(typed.entered, tag) : entry.text;
	}

	#example(): Record<WhatIfField, Entry> {
		return Object.fromEntries(
			WHAT_IF_FIELDS.map((field) => [
				field,
				{ text: typedText(field, EXAMPLE_BASE[field], '.'), tag: CANONICAL_TAG }
			])
		) as Record<WhatIfField, Entry>;
	}
}
