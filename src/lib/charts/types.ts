/** The shapes callers hand to the charts. Values are plain numbers; formatting is the caller's. */
import type { PartialDomain } from './domain';

export type XValue = number | string;

export interface ChartPoint {
	x: XValue;
	/** null marks a gap: a period with no value (e.g. no customers at its start). */
	y: number | null;
	/**
	 * Said after the value in the table alternative, the tooltip and the point's name, formatted by the
	 * caller: e.g. its basis ("4 customers, uncertain").
	 */
	note?: string;
	/** The value rests on too small a basis: its marker is always drawn, hollow (the note says why). */
	uncertain?: boolean;
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

/** What every chart's frame says: its title (at a heading level), a description, and what it says when empty. */
export interface ChartTitleProps {
	title: string;
	description?: string;
	headingLevel?: 2 | 3 | 4 | 5 | 6;
	/** Said instead of the plot when there is nothing to draw (default: "No data to show yet."). */
	emptyMessage?: string;
}

/** What every series chart (LineChart, CurveChart) takes; SeriesChart.svelte draws them. */
export interface SeriesChartProps extends ChartTitleProps {
	series: readonly ChartSeries[];
	/** `category` (default): evenly spaced labels; `linear`: numbers in proportion. */
	xKind?: XKind;
	/** The x values in axis order, when the order the series give is not right. */
	xValues?: readonly XValue[];
	xFormat?: Formatter<XValue>;
	/** x as tooltips and point names say it, e.g. "month 3" where the axis says "3". */
	xLongFormat?: Formatter<XValue>;
	yFormat: Formatter<number>;
	/** Fix either end of the y axis, e.g. [0, 1] for shares; null keeps the computed end. */
	yDomain?: PartialDomain;
	includeZero?: boolean;
	height?: number;
}

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
