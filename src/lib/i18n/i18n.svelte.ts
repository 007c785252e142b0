import { DEFAULT_LOCALE, INTL_TAG, isLocale, negotiateLocale, type Locale } from './locales';
import { en, type LocaleCatalogue, type Messages } from './messages';

const STORAGE_KEY = 'retention-lab:locale';

/**
 * Other languages are loaded on demand, so the first page carries English only: each
 * `src/lib/i18n/<language>/index.ts` becomes a separate chunk, fetched when chosen.
 */
const catalogueModules = import.meta.glob<{ default: LocaleCatalogue }>(['./*/index.ts', '!./en/index.ts']);
const loaders: Partial<Record<Locale, () => Promise<LocaleCatalogue>>> = {};
for (const [path, load] of Object.entries(catalogueModules)) {
	const code = path.split('/')[1];
	if (isLocale(code)) loaders[code] = () => load().then((module) => module.default);
}

/** The current language and its catalogue. One per browser tab: a browser-wide preference. */
class LocaleState {
	current = $state<Locale>(DEFAULT_LOCALE);
	#catalogues = $state.raw<Partial<Record<Locale, LocaleCatalogue>>>({ en });

	/** The catalogue of the current language (English until another one has loaded). */
	messages = $derived((this.#catalogues[this.current] ?? en) as Messages);
	/** The BCP 47 tag for Intl formatting in the current language. */
	intlTag = $derived(INTL_TAG[this.current]);

	get available(): Locale[] {
		return ['en', ...(Object.keys(loaders) as Locale[]).filter((l) => l !== 'en')];
	}

	async set(locale: Locale, remember = true): Promise<void> {
		if (!this.#catalogues[locale]) {
			const load = loaders[locale];
			if (!load) return;
			const catalogue = await load();
			this.#catalogues = { ...this.#catalogues, [locale]: catalogue };
		}
		this.current = locale;
		if (remember) {
			try {
				localStorage.setItem(STORAGE_KEY, locale);
			} catch {
				// Storage may be blocked; the choice then lasts for this visit only.
			}
		}
		if (typeof document !== 'undefined') document.documentElement.lang = INTL_TAG[locale];
	}

	/** On start in the browser: the remembered language, else the browser's best match. */
	async restore(): Promise<void> {
		let remembered: string | null;
		try {
			remembered = localStorage.getItem(STORAGE_KEY);
		} catch {
			remembered = null;
		}
		const wanted = isLocale(remembered) ? remembered : negotiateLocale(navigator.languages ?? []);
		if (wanted !== this.current) await this.set(wanted, isLocale(remembered));
	}
}

export const locale = new LocaleState();

/**
 * `msg.section.key` reads the current language's text. Reading goes through the rune above,
 * so anything rendered from `msg` updates when the language changes.
 */
export const msg: Messages = new Proxy({} as Messages, {
	get(_target, section: string) {
		return locale.messages[section as keyof Messages];
	}
});
