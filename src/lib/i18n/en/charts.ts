/** The chrome of every chart: table toggle, empty state, keyboard hints, point descriptions. */
export default {
	showTable: 'Show as table',
	hideTable: 'Hide table',
	empty: 'No data to show yet.',
	/** Read out in a table cell that has no value (shown as a dash). */
	noValue: 'no value',
	legend: 'Legend',
	/** The group of focusable points or cells inside a chart. */
	points: (p: { title: string }) => `${p.title}: data points. Use the arrow keys to move between them.`,
	/** One point of a line: its series, where it is and its value. */
	point: (p: { series: string; x: string; value: string }) => `${p.series}, ${p.x}: ${p.value}`,
	/** One cell of a heatmap. */
	cell: (p: { row: string; column: string; value: string }) => `${p.row}, ${p.column}: ${p.value}`,
	highlight: 'Highlight',
	highlightNone: 'None',
	notObserved: 'Not observed yet',
	colourScale: 'Colour scale',
	scrollHint: 'Scroll sideways to see all columns.'
};
