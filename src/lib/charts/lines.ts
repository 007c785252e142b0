import { seriesStyle, type SeriesStyle } from './series-style';
import { lazyLabel, type DataTarget } from './targets';
import type { ChartSeries, Formatter, TableModel, XKind, XValue } from './types';

/** A point with a value, placed: `col` indexes the x values, `pos` is what the x scale maps. */
export interface PlacedPoint {
	col: number;
	pos: number;
	x: XValue;
	y: number;
	/** The point is marked uncertain (`ChartPoint.uncertain`). */
	uncertain: boolean;
}

export interface PreparedSeries {
	id: string;
	label: string;
	index: number;
	style: SeriesStyle;
	points: PlacedPoint[];
	/** Runs of points without a gap; each is drawn as one line. */
	segments: PlacedPoint[][];
	/** The y of each x value (by `col`): a number, null for a gap, undefined when absent. */
	byCol: (number | null | undefined)[];
	/** The note of each x value's point (by `col`; `ChartPoint.note`), undefined without one. */
	notes: (string | undefined)[];
}

export interface LineModel {
	kind: XKind;
	/** The x values in axis order. */
	xs: XValue[];
	xDomain: [number, number];
	series: PreparedSeries[];
	/** No series has a single value to draw. */
	empty: boolean;
}

/**
 * The x values in axis order. Numbers are sorted; labels keep the order they first appear in
 * (series by series), which is the period order the caller built them in. `explicit` wins.
 * A linear axis only takes numbers.
 */
export function xValuesOf(series: readonly ChartSeries[], kind: XKind, explicit?: readonly XValue[]): XValue[] {
	if (explicit) return [...explicit];
	const seen = new Set<XValue>();
	for (const s of series) for (const p of s.points) if (kind === 'category' || typeof p.x === 'number') seen.add(p.x);
	const xs = [...seen];
	return xs.every((x) => typeof x === 'number') ? (xs as number[]).sort((a, b) => a - b) : xs;
}

/**
 * Places every series on a common x axis. Category axes put x values at 0, 1, 2, … with half a
 * step of room at each end (so a single period sits in the middle); linear axes use the numbers.
 * A null y splits the line; a point a series does not have is simply absent.
 */
export function prepareLines(series: readonly ChartSeries[], kind: XKind, explicitXs?: readonly XValue[]): LineModel {
	const xs = xValuesOf(series, kind, explicitXs);
	const colOf = new Map(xs.map((x, i) => [x, i] as const));
	const posOf = (col: number) => (kind === 'category' ? col : (xs[col] as number));
	const prepared = series.map((s, index): PreparedSeries => {
		const byCol: (number | null | undefined)[] = new Array(xs.length).fill(undefined);
		const notes: (string | undefined)[] = new Array(xs.length).fill(undefined);
		const uncertain: boolean[] = new Array(xs.length).fill(false);
		for (const p of s.points) {
			const col = colOf.get(p.x);
			if (col === undefined) continue;
			byCol[col] = p.y !== null && Number.isFinite(p.y) ? p.y : null;
			notes[col] = p.note;
			uncertain[col] = p.uncertain === true;
		}
		const points: PlacedPoint[] = [];
		const segments: PlacedPoint[][] = [];
		let run: PlacedPoint[] = [];
		byCol.forEach((y, col) => {
			if (y === null) {
				if (run.length) segments.push(run);
				run = [];
			} else if (y !== undefined) {
				const point = { col, pos: posOf(col), x: xs[col], y, uncertain: uncertain[col] };
				points.push(point);
				run.push(point);
			}
		});
		if (run.length) segments.push(run);
		return { id: s.id, label: s.label, index, style: seriesStyle(index, s.dashed), points, segments, byCol, notes };
	});
	return {
		kind,
		xs,
		xDomain: xDomainOf(xs, kind),
		series: prepared,
		empty: prepared.every((s) => s.points.length === 0)
	};
}

function xDomainOf(xs: readonly XValue[], kind: XKind): [number, number] {
	if (kind === 'category') return xs.length ? [-0.5, xs.length - 0.5] : [0, 1];
	const numbers = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
	if (numbers.length === 0) return [0, 1];
	const lo = Math.min(...numbers);
	const hi = Math.max(...numbers);
	return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** A value as the table, tooltip and point name say it: formatted, then its note (its basis) in brackets. */
export function withNote(text: string, note: string | undefined): string {
	return note ? `${text} (${note})` : text;
}

/** The table alternative: one row per x value, one column per series; each value with its note. */
export function lineTable(
	model: LineModel,
	xHeader: string,
	xFormat: Formatter<XValue>,
	yFormat: Formatter<number>
): TableModel {
	return {
		columns: [xHeader, ...model.series.map((s) => s.label)],
		rows: model.xs.map((x, col) => ({
			key: String(col),
			header: xFormat(x),
			cells: model.series.map((s) => {
				const y = s.byCol[col];
				return y === null || y === undefined ? null : withNote(yFormat(y), s.notes[col]);
			})
		}))
	};
}

/** The transposed table, for many series (cohort curves): one row per series, a column per x. */
export function lineTableBySeries(
	model: LineModel,
	seriesHeader: string,
	xFormat: Formatter<XValue>,
	yFormat: Formatter<number>
): TableModel {
	return {
		columns: [seriesHeader, ...model.xs.map(xFormat)],
		rows: model.series.map((s) => ({
			key: s.id,
			header: s.label,
			cells: s.byCol.map((y, col) => (y === null || y === undefined ? null : withNote(yFormat(y), s.notes[col])))
		}))
	};
}

/** An SVG path through points, given the scales that place them. */
export function linePath(
	points: readonly PlacedPoint[],
	xScale: (pos: number) => number,
	yScale: (y: number) => number
): string {
	return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(xScale(p.pos))},${round(yScale(p.y))}`).join('');
}

/** Two decimals are finer than a pixel and keep paths short. */
function round(n: number): number {
	return Math.round(n * 100) / 100;
}

/**
 * A keyboard and pointer target per point with a value: row = series, col = x value, named by
 * `describe` (the whole tooltip as one sentence, for screen readers). The name is made when it is
 * read (`lazyLabel`): a chart's targets are built in idle time, so the hundreds of formatted
 * sentences are not made in the task that draws the chart.
 */
export function lineTargets(
	model: LineModel,
	describe: (series: PreparedSeries, point: PlacedPoint) => string
): DataTarget[] {
	return model.series.flatMap((s) =>
		s.points.map((p) =>
			lazyLabel({ key: `${s.id}:${p.col}`, row: s.index, col: p.col, xv: p.pos, yv: p.y }, () => describe(s, p))
		)
	);
}
