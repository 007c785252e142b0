import { INTL_TAG } from '$lib/i18n/locales';
import { CHANGE_LIMITS, WHAT_IF_FIELDS, type WhatIfChange } from '$lib/planner/what-if';
import {
	CHANGE_PARAMS,
	FIELD_PARAMS,
	SOURCE_ID_PARAM,
	SOURCE_PARAM,
	WHAT_IF_SOURCES,
	type WhatIfField,
	type WhatIfSource
} from './what-if-query';

/**
 * The what-if's typed values kept in this browser, so that they survive leaving the page by an
 * in-app link (Back to the planner, the Benchmarks link, the menu) and opening it again without a
 * query, and a reload: a typed number never changes by itself (SPEC §8). An address with what-if
 * parameters (a shared link, Back, a reload of a mirrored address) still opens with its own values.
 * Each text is kept with the language it was typed in, which decides how it reads.
 */
export const WHAT_IF_MEMORY_KEY = 'retention-lab:what-if';

export interface WhatIfMemory {
	readonly entries: Partial<Record<WhatIfField, { readonly text: string; readonly tag: string }>>;
	readonly change: Partial<WhatIfChange>;
	readonly source: WhatIfSource;
	readonly scenarioId: number | null;
	readonly datasetId: number | null;
}

const TAGS: readonly string[] = Object.values(INTL_TAG);
const PARAMS: readonly string[] = [
	...Object.values(FIELD_PARAMS),
	...Object.values(CHANGE_PARAMS),
	SOURCE_PARAM,
	SOURCE_ID_PARAM
];

/** Whether an address says anything about the what-if: then it, not the memory, decides. */
export function hasWhatIfParams(params: URLSearchParams): boolean {
	return PARAMS.some((name) => params.has(name));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const idOrNull = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) ? value : null);

/**
 * Reads what `WHAT_IF_MEMORY_KEY` holds; null when nothing usable is there. What is malformed is
 * left out (the page's starting value stays for it): a text that is not a string or was typed in a
 * language the app does not have, a change outside its slider's range.
 */
export function readWhatIfMemory(json: string | null): WhatIfMemory | null {
	let stored: unknown;
	try {
		stored = JSON.parse(json ?? 'null');
	} catch {
		return null;
	}
	if (!isRecord(stored)) return null;
	const entries: Partial<Record<WhatIfField, { text: string; tag: string }>> = {};
	const storedEntries = isRecord(stored.entries) ? stored.entries : {};
	for (const field of WHAT_IF_FIELDS) {
		const entry = storedEntries[field];
		if (
			isRecord(entry) &&
			typeof entry.text === 'string' &&
			typeof entry.tag === 'string' &&
			TAGS.includes(entry.tag)
		)
			entries[field] = { text: entry.text, tag: entry.tag };
	}
	const change: Partial<WhatIfChange> = {};
	const storedChange = isRecord(stored.change) ? stored.change : {};
	for (const key of Object.keys(CHANGE_LIMITS) as (keyof WhatIfChange)[]) {
		const value = storedChange[key];
		const { min, max } = CHANGE_LIMITS[key];
		if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) change[key] = value;
	}
	const source = (WHAT_IF_SOURCES as readonly unknown[]).includes(stored.source)
		? (stored.source as WhatIfSource)
		: 'typed';
	return { entries, change, source, scenarioId: idOrNull(stored.scenarioId), datasetId: idOrNull(stored.datasetId) };
}
