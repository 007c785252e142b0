import { normaliseHeader } from './layouts';

/** Columns that share a header (compared as layouts compare them): each group's 0-based positions. */
export function duplicateColumns(headers: readonly string[]): { name: string; columns: number[] }[] {
	const groups = new Map<string, { name: string; columns: number[] }>();
	headers.forEach((header, i) => {
		const key = normaliseHeader(header);
		if (!key) return;
		const group = groups.get(key);
		if (group) group.columns.push(i);
		else groups.set(key, { name: header.trim(), columns: [i] });
	});
	return [...groups.values()].filter((g) => g.columns.length > 1);
}
