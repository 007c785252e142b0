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

/** Picks the best supported language from the browser's preference list (`navigator.languages`). */
export function negotiateLocale(preferred: readonly string[]): Locale {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split(/[-_]/)[0];
		if (isLocale(base)) return base;
	}
	return DEFAULT_LOCALE;
}
