/**
 * The iframe snippet that embeds a calculator in another site (`/embed/<id>`, issue 15.6): pure,
 * so the escaping is tested without a browser. The address and the title end up inside
 * double-quoted HTML attributes; `&` (the query's separator), quotes and angle brackets are escaped.
 */

/** Tall enough for the inputs and the result of the largest calculator without an inner scroll bar at 100 % width on a laptop. */
export const EMBED_HEIGHT_PX = 760;

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', "'": '&#39;' };

export function escapeAttribute(text: string): string {
	return text.replace(/[&"<>']/g, (c) => ESCAPES[c]);
}

/**
 * The absolute address of an embed page: `path` (the embed route, absolute or relative to
 * `pageHref`, as `resolve()` gives it) read against the current page's address, with `query` (the
 * calculation's share-link state, without `?`) as its search.
 */
export function embedUrl(pageHref: string, path: string, query: string): string {
	const url = new URL(path, pageHref);
	url.search = query;
	url.hash = '';
	return url.href;
}

export function embedCode(src: string, title: string, height: number = EMBED_HEIGHT_PX): string {
	return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`;
}
