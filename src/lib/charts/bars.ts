import { niceDomain } from './ticks';
import type { Formatter, TableModel } from './types';

export interface BarDatum {
	id: string;
	label: string;
	/** null: no figure (the bar is left out and the row says so). */
	value: number | null;
	/** The reader's own figure among benchmarks: drawn in a stronger colour and bold. */
	emphasis?: boolean;
}

/**
 * The value axis of a bar chart: always includes 0 (bars grow from it) and the reference
 * value, rounded outwards; `max` fixes the top (e.g. 1 for shares).
 */
export function barDomain(bars: readonly BarDatum[], reference?: number | null, max?: number | null): [number, number] {
	const values = bars.map((b) => b.value).filter((v): v is number => v !== null && Number.isFinite(v));
	if (reference !== null && reference !== undefined && Number.isFinite(reference)) values.push(reference);
	let lo = Math.min(0, ...values);
	let hi = Math.max(0, ...values);
	if (lo === hi) hi = 1;
	[lo, hi] = niceDomain(lo, hi, 4);
	if (max !== null && max !== undefined && Number.isFinite(max) && max > lo) hi = max;
	return [lo, hi];
}

/** The table alternative: one row per bar, and the reference value as a last row. */
export function barTable(
	bars: readonly BarDatum[],
	headers: { label: string; value: string },
	format: Formatter<number>,
	reference?: { value: number; label: string } | null
): TableModel {
	const rows = bars.map((b) => ({ key: b.id, header: b.label, cells: [b.value === null ? null : format(b.value)] }));
	if (reference) rows.push({ key: '__reference', header: reference.label, cells: [format(reference.value)] });
	return { columns: [headers.label, headers.value], rows };
}
