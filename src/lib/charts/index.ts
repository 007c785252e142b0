/**
 * Accessible LayerCake charts. Each chart sits in a ChartFrame (title, description, table
 * alternative); data preparation is in plain, tested modules beside them.
 */
export { default as BarChart } from './BarChart.svelte';
export { default as ChartFrame } from './ChartFrame.svelte';
export { default as CurveChart } from './CurveChart.svelte';
export { default as DataTable } from './DataTable.svelte';
export { default as Heatmap } from './Heatmap.svelte';
export { default as LineChart } from './LineChart.svelte';
export type { BarDatum } from './bars';
export type { PartialDomain } from './domain';
export type { HeatmapRow } from './heatmap';
export type {
	ChartPoint,
	ChartSeries,
	ChartTitleProps,
	Formatter,
	PlotIds,
	SeriesChartProps,
	TableModel,
	TableRow,
	XKind,
	XValue
} from './types';
