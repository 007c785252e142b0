/**
 * Focus and pointer targets of a chart: every point or cell a reader can land on, in chart-area
 * pixels, with a grid position for keyboard movement (row = series or cohort, col = x or month).
 */

export interface Target {
	key: string;
	row: number;
	col: number;
	x: number;
	y: number;
}

/** Keys that move focus between targets; anything else is left to the browser. */
export const NAVIGATION_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;

/**
 * The target that `key` moves to from `from`, as an index into `targets`; null when `key` is not a
 * navigation key. Left/Right move along the row, skipping holes; Up/Down go to the nearest row
 * above or below that has a target, at the closest column; Home/End go to the ends of the row.
 * At an edge focus stays where it is.
 */
export function moveFocus(targets: readonly Target[], from: number, key: string): number | null {
	if (!(NAVIGATION_KEYS as readonly string[]).includes(key)) return null;
	const current = targets[from];
	if (!current) return targets.length ? 0 : null;
	const pick = (accept: (t: Target) => boolean, better: (a: Target, b: Target) => boolean) => {
		let best = -1;
		targets.forEach((t, i) => {
			if (accept(t) && (best < 0 || better(t, targets[best]))) best = i;
		});
		return best < 0 ? from : best;
	};
	const sameRow = (t: Target) => t.row === current.row;
	const closer = (a: Target, b: Target) => {
		const byRow = Math.abs(a.row - current.row) - Math.abs(b.row - current.row);
		if (byRow !== 0) return byRow < 0;
		const byCol = Math.abs(a.col - current.col) - Math.abs(b.col - current.col);
		return byCol !== 0 ? byCol < 0 : a.col < b.col;
	};
	switch (key) {
		case 'ArrowRight':
			return pick(
				(t) => sameRow(t) && t.col > current.col,
				(a, b) => a.col < b.col
			);
		case 'ArrowLeft':
			return pick(
				(t) => sameRow(t) && t.col < current.col,
				(a, b) => a.col > b.col
			);
		case 'Home':
			return pick(sameRow, (a, b) => a.col < b.col);
		case 'End':
			return pick(sameRow, (a, b) => a.col > b.col);
		case 'ArrowDown':
			return pick((t) => t.row > current.row, closer);
		default:
			return pick((t) => t.row < current.row, closer);
	}
}

/** The index of the target nearest to (x, y), or -1 when there is none. */
export function nearestTarget(targets: readonly Target[], x: number, y: number): number {
	if (!Number.isFinite(x) || !Number.isFinite(y)) return -1;
	let best = -1;
	let bestDistance = Infinity;
	targets.forEach((t, i) => {
		const distance = (t.x - x) ** 2 + (t.y - y) ** 2;
		if (distance < bestDistance) {
			best = i;
			bestDistance = distance;
		}
	});
	return best;
}

/**
 * Which side of a point its tooltip opens to, so it stays inside the chart: to the right unless
 * the point is in the right part, above unless the point is near the top.
 */
export function tooltipPlacement(
	x: number,
	y: number,
	width: number,
	height: number
): { horizontal: 'left' | 'right'; vertical: 'above' | 'below' } {
	return {
		horizontal: width > 0 && x > width * 0.55 ? 'left' : 'right',
		vertical: y < Math.min(72, height * 0.4) ? 'below' : 'above'
	};
}

/** A target as a chart describes it: in data units (mapped through the scales) with its name. */
export interface DataTarget {
	key: string;
	row: number;
	col: number;
	/** Positions in the units of the chart's x and y scales. */
	xv: number;
	yv: number;
	/** The accessible name: everything the tooltip shows, as one sentence. */
	label: string;
}

/**
 * A target whose `label` is made by `describe` each time it is read, not when the target is made:
 * a chart makes its targets with its drawing, but reads their names only as it builds them (in idle
 * time, a batch at a time) and in a tooltip. Read in an effect, the name follows the language as a
 * string made there would (whatever `describe` reads is read by that effect).
 */
export function lazyLabel(target: Omit<DataTarget, 'label'>, describe: () => string): DataTarget {
	return Object.defineProperty(target, 'label', { get: describe, enumerable: true }) as DataTarget;
}
