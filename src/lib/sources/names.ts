import type { Locale } from '$lib/i18n/locales';
import { names as en } from '$lib/i18n/en/sources';
import { names as lv } from '$lib/i18n/lv/sources';
import { names as nl } from '$lib/i18n/nl/sources';
import { names as ru } from '$lib/i18n/ru/sources';
import { names as zh } from '$lib/i18n/zh/sources';
import type { SourceId } from './sources';

const NAMES: Record<Locale, Readonly<Record<SourceId, string>>> = { en, lv, ru, zh, nl };

/**
 * The readable name of a source article in a language, for running text: "the article on loyalty
 * programmes (Latvian)". The words are the message catalogue's (`msg.sources.names`); this reads
 * them for code that has a locale but no catalogue at hand (exports, other catalogues, tests).
 * In a component, prefer `<SourceLink id=… />`, which also links to the article's entry.
 *
 * It brings all five languages' names into the bundle that imports it (a few hundred bytes each).
 */
export function sourceName(id: SourceId, locale: Locale): string {
	return NAMES[locale][id];
}
