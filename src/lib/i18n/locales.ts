/** The languages of the seeds; English is the source catalogue every other language must match. */
export const LOCALES = ['en', 'lv', 'ru', 'zh', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tags handed to Intl; `zh` means simplified Chinese as used in mainland China. */
export const INTL_TAG: Record<Locale, string> = {
	en: 'en-GB',
	lv: 'lv-LV',
	ru: 'ru-RU',
	zh: 'zh-CN',
	nl: 'nl-NL'
};

/** Each language's name in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	lv: 'Latviešu',
	ru: 'Русский',
	zh: '简体中文',
	nl: 'Nederlands'
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language a shared link opens in (`?lang=lv`): links to a calculation, an embed or exercises
 * carry the language they were shared in, so a class sees the page the teacher saw. A link without
 * it (made before) opens in the reader's own language, as it always did.
 */
export const LANG_PARAM = 'lang';

/** The supported language a link's query (`?m=100&lang=lv`, with or without `?`) names, or null. */
export function languageOfLink(search: string): Locale | null {
	const named = new URLSearchParams(search).get(LANG_PARAM);
	return isLocale(named) ? named : null;
}

/** A query (with or without `?`) with the language it is shared in: `m=100&p=month&lang=lv`. */
export function withLanguage(search: string, locale: Locale): string {
	const params = new URLSearchParams(search);
	params.set(LANG_PARAM, locale);
	return params.toString();
}

/** Picks the best supported language from the browser's preference list (`navigator.languages`). */
export function negotiateLocale(preferred: readonly string[]): Locale {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split(/[-_]/)[0];
		if (isLocale(base)) return base;
	}
	return DEFAULT_LOCALE;
}
