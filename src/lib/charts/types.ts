/** The shapes callers hand to the charts. Values are plain numbers; formatting is the caller's. */

export type XValue = number | string;

export interface ChartPoint {
	x: XValue;
	/** null marks a gap: a period with no value (e.g. no customers at its start). */
	y: number | null;
}

export interface ChartSeries {
	id: string;
	label: string;
	points: readonly ChartPoint[];
	/** Force a dashed (true) or solid (false) line, e.g. dashed for a prediction. */
	dashed?: boolean;
}

/**
 * `category`: x values are ordered labels (periods, "0".."7+"), spaced evenly.
 * `linear`: x values are numbers placed in proportion.
 */
export type XKind = 'category' | 'linear';

export type Formatter<T> = (value: T) => string;

/** A table alternative: one header row, then one row per x value / cohort / bar. */
export interface TableModel {
	/** Header of the first column (the row headers), then one per data column. */
	columns: string[];
	rows: TableRow[];
}

export interface TableRow {
	key: string;
	header: string;
	/** Formatted values; null where there is no value. */
	cells: (string | null)[];
}

/** What ChartFrame hands its plot: ids for the graphic's aria-labelledby / aria-describedby. */
export interface PlotIds {
	labelledBy: string;
	describedBy: string | undefined;
}
