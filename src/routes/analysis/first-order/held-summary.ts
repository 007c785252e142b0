import type { Dimension } from '$lib/orders/columns';
import type { FirstOrderSummary } from '$lib/workers/analysis-first-order';

/** A worker's breakdown together with the data set it was computed for. */
export interface HeldSummary {
	datasetId: number;
	summary: FirstOrderSummary;
}

/**
 * The breakdown to show for the chosen data set and dimension: only one computed for exactly that
 * data set and dimension, never another's left over from before a switch.
 */
export function summaryToShow(
	held: HeldSummary | null,
	datasetId: number | null,
	dimension: Dimension | null
): FirstOrderSummary | null {
	if (!held || datasetId === null || dimension === null) return null;
	return held.datasetId === datasetId && held.summary.dimension === dimension ? held.summary : null;
}
