import type { FieldSpec } from '$lib/metrics/fields';
import type { DecimalSeparator } from '$lib/metrics/number-input';
import { inputsFromParams, inputsToParams } from '$lib/metrics/query';
import { CHANGE_LIMITS, WHAT_IF_FIELDS, type WhatIfBase, type WhatIfChange } from '$lib/planner/what-if';

/**
 * The what-if page's state in its address, e.g.
 * `?c=1000&aov=50&f=2.5&r=60&g=40&d=10&dr=5&dv=10&src=dataset&id=4`: the six baseline values as typed
 * (percentages as percentages), written locale-independently as the calculators' links are (an entry
 * that cannot be read is kept as typed); the changes that are not zero; where the baseline came from
 * (a saved scenario or a data set of this browser) when not typed. A value left empty is written
 * empty (`r=`) and reads back empty; an address without a parameter leaves that part as it is.
 */
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

export const FIELD_PARAMS: Record<WhatIfField, string> = {
	customers: 'c',
	averageOrderValue: 'aov',
	purchasesPerYear: 'f',
	retention: 'r',
	grossMargin: 'g',
	discountRate: 'd'
};

export const CHANGE_PARAMS: Record<keyof WhatIfChange, string> = {
	retentionPoints: 'dr',
	orderValuePercent: 'dv',
	frequencyPercent: 'df',
	marginPoints: 'dg'
};

export const SOURCE_PARAM = 'src';
export const SOURCE_ID_PARAM = 'id';

/** The baseline's fields under their parameter names. */
const PARAM_SPECS: readonly FieldSpec[] = WHAT_IF_FIELDS.map((field) => ({
	...FIELD_SPECS[field],
	key: FIELD_PARAMS[field]
}));

const CHANGES = Object.keys(CHANGE_PARAMS) as (keyof WhatIfChange)[];

export interface WhatIfAddress {
	/** Baseline texts found in the address, written the reader's way. */
	readonly texts: Partial<Record<WhatIfField, string>>;
	/** Changes found in the address and within their sliders' range. */
	readonly change: Partial<WhatIfChange>;
	/** Where the baseline came from, when the address says. */
	readonly source?: { readonly kind: WhatIfSource; readonly id: number | null };
}

export interface WhatIfInputs {
	readonly texts: Readonly<Record<WhatIfField, string>>;
	readonly change: Readonly<WhatIfChange>;
	readonly source: WhatIfSource;
	readonly sourceId: number | null;
}

export function whatIfToParams(inputs: WhatIfInputs, decimal: DecimalSeparator): Record<string, string> {
	const texts = Object.fromEntries(WHAT_IF_FIELDS.map((field) => [FIELD_PARAMS[field], inputs.texts[field]]));
	const written = inputsToParams(PARAM_SPECS, { texts }, decimal);
	// An emptied field is written empty (`r=`): it stays empty on reload, distinct from a field the
	// address does not name, which keeps the page's starting value (SPEC §8).
	const params: Record<string, string> = {};
	for (const spec of PARAM_SPECS) params[spec.key] = written[spec.key] ?? '';
	for (const [key, value] of Object.entries(written)) if (!(key in params)) params[key] = value;
	for (const key of CHANGES) {
		const value = inputs.change[key];
		if (value !== 0 && Number.isFinite(value)) params[CHANGE_PARAMS[key]] = String(value);
	}
	if (inputs.source !== 'typed') {
		params[SOURCE_PARAM] = inputs.source;
		if (inputs.sourceId !== null) params[SOURCE_ID_PARAM] = String(inputs.sourceId);
	}
	return params;
}

function isSource(value: string | null): value is WhatIfSource {
	return (WHAT_IF_SOURCES as readonly (string | null)[]).includes(value);
}

export function whatIfFromParams(params: URLSearchParams, decimal: DecimalSeparator): WhatIfAddress {
	const read = inputsFromParams(PARAM_SPECS, params, decimal).texts;
	const texts: Partial<Record<WhatIfField, string>> = {};
	for (const field of WHAT_IF_FIELDS) {
		const text = read[FIELD_PARAMS[field]];
		if (text !== undefined) texts[field] = text;
	}
	const change: Partial<WhatIfChange> = {};
	for (const key of CHANGES) {
		const raw = params.get(CHANGE_PARAMS[key]);
		const value = raw === null || raw.trim() === '' ? Number.NaN : Number(raw);
		const { min, max } = CHANGE_LIMITS[key];
		if (Number.isFinite(value) && value >= min && value <= max) change[key] = value;
	}
	const kind = params.get(SOURCE_PARAM);
	const id = Number(params.get(SOURCE_ID_PARAM) ?? Number.NaN);
	return {
		texts,
		change,
		...(isSource(kind) ? { source: { kind, id: Number.isSafeInteger(id) ? id : null } } : {})
	};
}
