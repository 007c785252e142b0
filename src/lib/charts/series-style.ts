/**
 * How series look: a colour, a dash pattern and a marker shape each, so that a reader who cannot
 * tell the colours apart (or prints in greyscale) still tells the series apart (WCAG 1.4.1).
 * The colours are the theme's custom properties (`--chart-*` in app.css, one set per theme), each
 * with at least 3:1 contrast against the chart's paper (WCAG 1.4.11): src/theme.test.ts checks both.
 */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
	colour: string;
	/** SVG stroke-dasharray, or null for a solid line. */
	dash: string | null;
	marker: MarkerShape;
}

export const SERIES_COLOURS: readonly string[] = [1, 2, 3, 4, 5, 6].map((n) => `var(--chart-${n})`);
const DASHES: readonly (string | null)[] = [null, '6 4', '2 3', '10 3 2 3'];
const MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

/** Lines that are present but not in focus (the other cohorts of a curve chart). */
export const MUTED_COLOUR = 'var(--chart-muted)';
/** The one line or bar in focus: the brand teal. */
export const EMPHASIS_COLOUR = 'var(--chart-emphasis)';
/** Gridlines are a reading aid, not information, so they may be fainter than 3:1. */
export const GRID_COLOUR = 'var(--chart-grid)';
/** Axis lines and tick labels (text: 4.5:1). */
export const AXIS_COLOUR = 'var(--chart-axis)';

/**
 * The style of the series at `index`. Colours cycle every 6 and dashes every 4, so the first
 * 12 series differ in colour or dash, and markers cycle every 4 alongside the dash.
 * `dashed` overrides the pattern: true for a dashed line (e.g. a prediction), false for solid.
 */
export function seriesStyle(index: number, dashed?: boolean): SeriesStyle {
	const i = Math.max(0, Math.floor(index));
	const dash = dashed === undefined ? DASHES[i % DASHES.length] : dashed ? '6 4' : null;
	return { colour: SERIES_COLOURS[i % SERIES_COLOURS.length], dash, marker: MARKERS[i % MARKERS.length] };
}

/** An SVG path for a marker of about `size` pixels across, centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
	const r = size / 2;
	switch (shape) {
		case 'square':
			return `M${x - r},${y - r}h${size}v${size}h${-size}Z`;
		case 'triangle':
			return `M${x},${y - r * 1.15}L${x + r * 1.15},${y + r * 0.85}L${x - r * 1.15},${y + r * 0.85}Z`;
		case 'diamond':
			return `M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}Z`;
		case 'circle':
			return `M${x - r},${y}a${r},${r} 0 1,0 ${size},0a${r},${r} 0 1,0 ${-size},0`;
	}
}
