/**
 * How series look: a colour, a dash pattern and a marker shape each, so that a reader who cannot
 * tell the colours apart (or prints in greyscale) still tells the series apart (WCAG 1.4.1).
 * Every colour has at least 3:1 contrast against white (WCAG 1.4.11); the tests check it.
 */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
	colour: string;
	/** SVG stroke-dasharray, or null for a solid line. */
	dash: string | null;
	marker: MarkerShape;
}

export const SERIES_COLOURS: readonly string[] = ['#0f5e59', '#b3261e', '#1a56db', '#8a5a00', '#6b3fa0', '#4a5565'];
const DASHES: readonly (string | null)[] = [null, '6 4', '2 3', '10 3 2 3'];
const MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

/** Lines that are present but not in focus (the other cohorts of a curve chart): 3.15:1 on white. */
export const MUTED_COLOUR = '#8792a2';
/** The one line or bar in focus: the brand teal, 7.6:1 on white. */
export const EMPHASIS_COLOUR = '#0f5e59';
/** Gridlines are a reading aid, not information, so they may be lighter than 3:1. */
export const GRID_COLOUR = '#e1e6eb';
export const AXIS_COLOUR = '#4a5565';

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
