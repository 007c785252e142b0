import { GROUP_SORTS, type GroupSort } from '$lib/analysis/first-order';

/**
 * The first-order page's view in the address, so a link (or a reload) reopens it: the dimension
 * (`?by=`) and the table's ranking (`?sort=`), as the products page keeps its ranking.
 */

/** The ranking written in the address, when it is one the page knows. */
export function sortFromAddress(params: URLSearchParams): GroupSort | null {
	const sort = params.get('sort');
	return GROUP_SORTS.includes(sort as GroupSort) ? (sort as GroupSort) : null;
}

/** The address with the dimension and ranking shown, or null when it already has them. */
export function addressFor(href: string, by: string, sort: GroupSort): URL | null {
	const url = new URL(href);
	if (url.searchParams.get('by') === by && url.searchParams.get('sort') === sort) return null;
	url.searchParams.set('by', by);
	url.searchParams.set('sort', sort);
	return url;
}
