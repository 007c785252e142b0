import { normalise, rampColour, readableText } from './colour';
import type { PartialDomain } from './domain';
import type { Formatter, TableModel } from './types';

export interface HeatmapRow {
	id: string;
	label: string;
	/** A short note shown under the label and as a table column, e.g. the cohort's size. */
	detail?: string;
	/** One value per column; null where nothing is observed yet. */
	values: readonly (number | null)[];
}

export interface HeatmapCell {
	key: string;
	row: number;
	col: number;
	value: number;
	fill: string;
	ink: string;
}

export interface HeatmapModel {
	domain: [number, number];
	cells: HeatmapCell[];
	empty: boolean;
}

/**
 * The colour scale's range of values: 0 to the largest value (negatives extend it downwards), or
 * as overridden. Values outside it take the end colours. Callers whose month 0 is always 100 %
 * may pass [0, <the largest later value>] so the later months are not all pale.
 */
export function colourDomain(rows: readonly HeatmapRow[], override?: PartialDomain): [number, number] {
	let lo = 0;
	let hi = 0;
	for (const row of rows)
		for (const v of row.values) if (v !== null && Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
	if (hi === lo) hi = lo + 1;
	const chosen: [number, number] = [override?.[0] ?? lo, override?.[1] ?? hi];
	return chosen[0] < chosen[1] ? chosen : [lo, hi];
}

/** The observed cells, each with its fill and a text colour readable on it. */
export function heatmapModel(rows: readonly HeatmapRow[], columns: number, override?: PartialDomain): HeatmapModel {
	const domain = colourDomain(rows, override);
	const cells: HeatmapCell[] = [];
	rows.forEach((r, row) => {
		for (let col = 0; col < Math.min(columns, r.values.length); col++) {
			const value = r.values[col];
			if (value === null || !Number.isFinite(value)) continue;
			const fill = rampColour(normalise(value, domain));
			cells.push({ key: `${r.id}:${col}`, row, col, value, fill, ink: readableText(fill) });
		}
	});
	return { domain, cells, empty: cells.length === 0 };
}

/** The table alternative: a row per cohort (with its detail, if any), a column per month. */
export function heatmapTable(
	rows: readonly HeatmapRow[],
	columns: readonly string[],
	headers: { row: string; detail?: string },
	format: Formatter<number>
): TableModel {
	const withDetail = headers.detail !== undefined && rows.some((r) => r.detail !== undefined);
	return {
		columns: [headers.row, ...(withDetail ? [headers.detail as string] : []), ...columns],
		rows: rows.map((r) => ({
			key: r.id,
			header: r.label,
			cells: [
				...(withDetail ? [r.detail ?? null] : []),
				...columns.map((_, col) => {
					const v = r.values[col];
					return v === null || v === undefined || !Number.isFinite(v) ? null : format(v);
				})
			]
		}))
	};
}
