import type { Table } from 'dexie';
import type { DatasetStringsRecord, StringListKey } from './database';

/**
 * A data set's text lists (customer ids, names, products, dimension values) in records small
 * enough for IndexedDB. Chromium refuses a value whose serialized form passes 127 MiB ("The
 * serialized keys and/or value are too large"), and with it the whole store: 4.4 million customer
 * ids of 30 characters (e-mail addresses) already pass it as one list. A long list is therefore
 * written in parts: the first under the list's key, with `parts`, the others under `key#1`, `key#2`…
 */

/**
 * The serialized bytes a part may take at most, counted as if every character took two bytes (it
 * takes one in a string of Latin-1 characters only, which V8 writes so): 15 MiB under Chromium's
 * 127 MiB, and high enough that lists that fitted before (the bench's 4.4 M customer ids of 8
 * characters, ~100 MiB counted so) stay one record: a part is a copy of its share of the list.
 */
export const STRING_PART_BYTES = 112 * 2 ** 20;

/** Bytes a string takes when serialized, at most: two a character (UTF-16) and its length's header. */
function serializedBytes(value: string): number {
	return 2 * value.length + 8;
}

/** The list cut into consecutive parts of at most `maxBytes` each (the list itself when it fits). */
export function splitStrings(values: string[], maxBytes = STRING_PART_BYTES): string[][] {
	const parts: string[][] = [];
	let start = 0;
	let bytes = 0;
	for (let i = 0; i < values.length; i++) {
		const size = serializedBytes(values[i]);
		if (bytes + size > maxBytes && i > start) {
			parts.push(values.slice(start, i));
			start = i;
			bytes = 0;
		}
		bytes += size;
	}
	if (start === 0) return [values];
	parts.push(values.slice(start));
	return parts;
}

/** The key of a list's `index`th part (the first is under the list's own key). */
export function partKey(key: StringListKey, index: number): StringListKey | `${StringListKey}#${number}` {
	return index === 0 ? key : `${key}#${index}`;
}

/** The records that store one text list (`index`, for names, stays with the first). */
export function stringListRecords(
	datasetId: number,
	key: StringListKey,
	values: string[],
	index?: Int32Array,
	maxBytes = STRING_PART_BYTES
): DatasetStringsRecord[] {
	const parts = splitStrings(values, maxBytes);
	return parts.map((part, k) => ({
		datasetId,
		key: partKey(key, k),
		values: part,
		...(k === 0 && index ? { index } : {}),
		...(k === 0 && parts.length > 1 ? { parts: parts.length } : {})
	}));
}

/**
 * A stored text list, its parts joined (undefined when it was not stored). A part missing (the
 * store writes all of them in one transaction, so only a damaged database lacks one) is an error,
 * not a shorter list.
 */
export async function readStringList(
	table: Table<DatasetStringsRecord, [number, string]>,
	datasetId: number,
	key: StringListKey
): Promise<DatasetStringsRecord | undefined> {
	const head = await table.get([datasetId, key]);
	if (!head?.parts || head.parts <= 1) return head;
	const rest = await table.bulkGet(
		Array.from({ length: head.parts - 1 }, (_, k): [number, string] => [datasetId, partKey(key, k + 1)])
	);
	if (rest.some((part) => part === undefined))
		throw new Error(`The text list ${key} of data set ${datasetId} lacks a part`);
	return { ...head, values: head.values.concat(...rest.map((part) => part!.values)) };
}
