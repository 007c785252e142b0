import {
	formatNumberInput,
	parseCanonicalNumber,
	readNumberInRange,
	type DecimalSeparator
} from '$lib/metrics/number-input';

/**
 * Settings a page keeps in localStorage (per data set, or the last analysis shown), under the
 * `retention-lab:` prefix that `wipeEverything` clears, so that a typed number never changes by
 * itself (SPEC §8): written as JSON, read back as an object, empty where storage is blocked or the
 * entry damaged.
 */
export function readKeptSettings<T extends object>(key: string): Partial<T> {
	try {
		const kept: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
		return typeof kept === 'object' && kept !== null ? (kept as Partial<T>) : {};
	} catch {
		// Blocked storage or a damaged entry: nothing kept.
		return {};
	}
}

export function keepSettings(key: string, settings: object): void {
	try {
		localStorage.setItem(key, JSON.stringify(settings));
	} catch {
		// Blocked storage: the settings last for this visit.
	}
}

/**
 * A kept number (canonical text, as `canonicalNumberText` wrote it) as the user would type it in the
 * language `tag`; null where nothing valid was kept.
 */
export function typedFromKept(kept: unknown, tag: string): string | null {
	const value = typeof kept === 'string' ? parseCanonicalNumber(kept) : null;
	return value === null ? null : formatNumberInput(value, tag);
}

/**
 * A valid typed number, written with the separator `before`, rewritten in the language `tag` (the
 * same number: "12.5" is "12,5" in Latvian); null where the text is not a valid number in `range`.
 */
export function retypedIn(
	text: string,
	before: DecimalSeparator,
	range: { min: number; max: number; integer?: boolean },
	tag: string
): string | null {
	const value = readNumberInRange(text, before, range);
	return value === null ? null : formatNumberInput(value, tag);
}

/**
 * The decimal separator typed numbers were last written with, to rewrite them when the language's
 * changes (`changedFrom`): "12.5" typed in English is "12,5" in Latvian, the same number.
 */
export class TypedSeparator {
	#typedIn: DecimalSeparator | null = null;

	/** Notes that the texts are written with `decimal` now (as restored or typed). */
	set(decimal: DecimalSeparator): void {
		this.#typedIn = decimal;
	}

	/** The separator the texts were written with where the language's is now another (null: the same, or none yet); notes the new one. */
	changedFrom(decimal: DecimalSeparator): DecimalSeparator | null {
		const before = this.#typedIn;
		this.#typedIn = decimal;
		return before === null || before === decimal ? null : before;
	}
}
