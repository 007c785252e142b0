import type { FilePlan } from '$lib/orders/plan';

/**
 * Whether two values are the same plan data: equal primitives, arrays of equal items, objects
 * with the same keys and equal values (keys in any order; a key set to undefined counts as absent,
 * as a plan copied between threads may keep or drop it).
 */
export function sameValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b)) {
		return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
	}
	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
	const leftKeys = keys(left);
	if (leftKeys.length !== keys(right).length) return false;
	return leftKeys.every((k) => Object.hasOwn(right, k) && sameValue(left[k], right[k]));
}

/** What identifies a chosen file across threads (a File posted to a worker is a new object). */
export interface FileIdentity {
	name: string;
	size: number;
	lastModified: number;
	type: string;
}

export function fileIdentity(file: FileIdentity): FileIdentity {
	return { name: file.name, size: file.size, lastModified: file.lastModified, type: file.type };
}

/** What a parse was started with: the files, the plan of each, and the day it took as today. */
export interface ParseInputs {
	files: readonly FileIdentity[];
	plans: readonly FilePlan[];
	today: number;
}

/**
 * Whether a parse started ahead (during the review) read exactly what the user confirmed: the
 * same files and, for each, an identical plan (any change — a column, the date order, the
 * decimal separator, the encoding… — means parsing afresh), on the same day.
 */
export function sameParse(ahead: ParseInputs, confirmed: ParseInputs): boolean {
	return (
		ahead.today === confirmed.today &&
		sameValue(ahead.files.map(fileIdentity), confirmed.files.map(fileIdentity)) &&
		sameValue(ahead.plans, confirmed.plans)
	);
}
