import { db, type DatasetMetricsRecord, type ScenarioRecord } from '$lib/db/database';
import { LiveQuery } from '$lib/db/live-query.svelte';
import { locale } from '$lib/i18n/i18n.svelte';
import { readField, type FieldSpec } from '$lib/metrics/fields';
import { decimalSeparatorOf, inputTextOf } from '$lib/metrics/number-input';
import {
	WHAT_IF_CALCULATORS,
	whatIfFromDataset,
	whatIfFromScenario,
	type PrefillNote,
	type WhatIfPrefill
} from '$lib/planner/baseline';
import { NO_CHANGE, WHAT_IF_FIELDS, whatIf, type WhatIfBase, type WhatIfChange } from '$lib/planner/what-if';
import { preferences } from '$lib/prefs/preferences.svelte';

export type WhatIfField = keyof WhatIfBase;
export type WhatIfSource = 'typed' | 'scenario' | 'dataset';
export const WHAT_IF_SOURCES: readonly WhatIfSource[] = ['typed', 'scenario', 'dataset'];

/** How each baseline value is typed: rates as percentages (0–100), money as an amount. */
export const FIELD_SPECS: Record<WhatIfField, FieldSpec> = {
	customers: { key: 'customers', kind: 'count' },
	averageOrderValue: { key: 'averageOrderValue', kind: 'money' },
	purchasesPerYear: { key: 'purchasesPerYear', kind: 'decimal', max: 10_000 },
	retention: { key: 'retention', kind: 'percent' },
	grossMargin: { key: 'grossMargin', kind: 'percent' },
	discountRate: { key: 'discountRate', kind: 'percent' }
};

/** A small shop to start from, the calculators' textbook numbers (AOV 50, f 2.5, g 40 %, d 10 %). */
export const EXAMPLE_BASE: Record<WhatIfField, number> = {
	customers: 1000,
	averageOrderValue: 50,
	purchasesPerYear: 2.5,
	retention: 0.6,
	grossMargin: 0.4,
	discountRate: 0.1
};

/** Filled-in values are rounded to what a person would type: cents, hundredths of a per cent. */
const FILL_DIGITS: Record<WhatIfField, number> = {
	customers: 0,
	averageOrderValue: 2,
	purchasesPerYear: 4,
	retention: 2,
	grossMargin: 2,
	discountRate: 2
};

function typedText(field: WhatIfField, value: number, decimal: '.' | ','): string {
	const entered = FIELD_SPECS[field].kind === 'percent' ? value * 100 : value;
	return inputTextOf(Number(entered.toFixed(FILL_DIGITS[field])), decimal);
}

/**
 * The what-if page's state: the baseline (typed, or filled from a scenario or a data set), the
 * changes of the sliders, and the result. Create it during component initialisation.
 */
export class WhatIfState {
	source = $state<WhatIfSource>('typed');
	scenarioId = $state<number | null>(null);
	datasetId = $state<number | null>(null);
	texts = $state<Record<WhatIfField, string>>(this.#texts(EXAMPLE_BASE));
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

	scenarios = $derived(this.#scenarios.current ?? []);
	datasets = $derived([...(this.#datasets.current ?? [])].sort((a, b) => b.computedAt - a.computedAt));
	loading = $derived(this.#scenarios.isLoading || this.#datasets.isLoading);
	selectedDataset = $derived(this.datasets.find((dataset) => dataset.datasetId === this.datasetId));
	currency = $derived(
		this.source === 'dataset' && this.selectedDataset?.currency
			? this.selectedDataset.currency
			: preferences.currency
	);

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

	noteFor(field: WhatIfField): PrefillNote | undefined {
		return this.notes.find((note) => note.field === field);
	}

	setText(field: WhatIfField, text: string): void {
		this.texts[field] = text;
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
		const decimal = decimalSeparatorOf(locale.intlTag);
		const entries = Object.entries(prefill.values) as [WhatIfField, number][];
		for (const [field, value] of entries) this.texts[field] = typedText(field, value, decimal);
		this.notes = prefill.notes;
		this.filled = entries.length;
	}

	#texts(values: Record<WhatIfField, number>): Record<WhatIfField, string> {
		return Object.fromEntries(
			WHAT_IF_FIELDS.map((field) => [field, typedText(field, values[field], '.')])
		) as Record<WhatIfField, string>;
	}
}
