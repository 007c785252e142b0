/**
 * A spare import worker (started ahead on the Data page, idle until files are chosen) also loads
 * the browser's locale data: the page sends it the languages to warm once it is idle, and hears
 * when that is done (see `warmFormatters` in analysis-intl.ts: the data is cached for the whole
 * renderer process, so the page's own first formatters then cost next to nothing). One worker
 * started ahead instead of two: the locale-data worker's own start (a thread, its script fetched
 * and compiled) delayed the import worker's, which a file chosen just after the page loaded waited for.
 */
export interface WarmIntlMessage {
	type: 'warmIntl';
	tags: string[];
}

export interface IntlWarmReply {
	type: 'intlWarm';
}
