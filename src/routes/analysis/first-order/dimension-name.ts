import { msg } from '$lib/i18n/i18n.svelte';
import type { Dimension } from '$lib/orders/columns';

/** A stored dimension's name in the page's language (its code for one the catalogue does not name yet). */
export function dimensionName(dimension: Dimension): string {
	return (msg.firstOrder.dimensions as Partial<Record<Dimension, string>>)[dimension] ?? dimension;
}
