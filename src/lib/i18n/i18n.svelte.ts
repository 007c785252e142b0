import { DEFAULT_LOCALE, INTL_TAG, isLocale, languageOfLink, negotiateLocale, type Locale } from './locales';
import { en, type LocaleCatalogue, type Messages } from './messages';

const STORAGE_KEY = 'retention-lab:locale';
/**
 * The language a shared link opened this tab in (`?lang=lv`), kept in sessionStorage for the visit
 * (a reload, or the address once the page has rewritten it, stays in it) and never saved as the
 * reader's choice: that is only made with the language switch, which ends the link's.
 */
const LINK_KEY = 'retention-lab:link-locale';

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
				sessionStorage.removeItem(LINK_KEY);
				localStorage.setItem(STORAGE_KEY, locale);
			} catch {
				// Storage may be blocked; the choice then lasts for this visit only.
			}
		}
		if (typeof document !== 'undefined') document.documentElement.lang = INTL_TAG[locale];
	}

	/**
	 * On start in the browser: a shared link's language (`?lang=`, also from earlier in this tab's
	 * visit), else the remembered language, else the browser's best match. A link's language is shown
	 * without being remembered: the reader's own choice stays as it was.
	 */
	restore(): Promise<void> {
		this.restored = this.#restore();
		return this.restored;
	}

	/**
	 * Settles once the language `restore` chose is on screen (or failed to load): a page that changes
	 * its address on load waits for it, as SvelteKit announces the page's title to screen readers on
	 * that change (QA: the exercises page announced its English title in Latvian).
	 */
	restored: Promise<void> = Promise.resolve();

	async #restore(): Promise<void> {
		const fromLink = languageOfLink(location.search);
		let visit: string | null = null;
		let remembered: string | null;
		try {
			if (fromLink) sessionStorage.setItem(LINK_KEY, fromLink);
			visit = sessionStorage.getItem(LINK_KEY);
		} catch {
			// Storage blocked: the link's language lasts for this page.
		}
		try {
			remembered = localStorage.getItem(STORAGE_KEY);
		} catch {
			remembered = null;
		}
		const linked = fromLink ?? (isLocale(visit) ? visit : null);
		const wanted = linked ?? (isLocale(remembered) ? remembered : negotiateLocale(navigator.languages ?? []));
		if (wanted !== this.current) await this.set(wanted, !linked && isLocale(remembered));
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
