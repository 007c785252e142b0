import { GROUP_SORTS, type GroupSort } from '$lib/analysis/first-order';

/**
 * The first-order page's view in the address, so a link (or a reload) reopens it: the dimension
 * (`?by=`) and the table's ranking (`?sort=`), as the products page keeps its ranking.
 */

/** The ranking shown when the address names none (or one the page does not know). */
export const DEFAULT_GROUP_SORT: GroupSort = 'customers';

/** The ranking written in the address, when it is one the page knows. */
export function sortFromAddress(params: URLSearchParams): GroupSort | null {
	const sort = params.get('sort');
	return GROUP_SORTS.includes(sort as GroupSort) ? (sort as GroupSort) : null;
}

/**
 * The view an address asks for: its dimension (checked against the stored ones by the page) and its
 * ranking, the default one when it names none. Both come from the address alone, so going back or
 * forward to an address without `?sort=` shows the default ranking, not the one shown before.
 */
export function viewFromAddress(params: URLSearchParams): { by: string | null; sort: GroupSort } {
	return { by: params.get('by'), sort: sortFromAddress(params) ?? DEFAULT_GROUP_SORT };
}

/** The address with the dimension and ranking shown, or null when it already has them. */
export function addressFor(href: string, by: string, sort: GroupSort): URL | null {
	const url = new URL(href);
	if (url.searchParams.get('by') === by && url.searchParams.get('sort') === sort) return null;
	url.searchParams.set('by', by);
	url.searchParams.set('sort', sort);
	return url;
}
