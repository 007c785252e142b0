import { DEFAULT_CURRENCY, isCurrency, type Currency } from '$lib/format/currencies';
import { currencyForLocales } from './currency-default';
import { applyTheme, DEFAULT_THEME, isTheme, THEME_KEY, type Theme } from './theme';

const CURRENCY_KEY = 'retention-lab:currency';

/**
 * Browser-wide preferences kept in localStorage (read synchronously at start, so the first
 * render after hydration already uses them). A module singleton is fine here: there is one
 * browser, and these are not per-page state. The theme is also applied before the first paint,
 * by the start-up script in app.html; `restore` then only brings this state in line with it.
 */
class Preferences {
	currency = $state<Currency>(DEFAULT_CURRENCY);
	/**
	 * Where the currency comes from: chosen in Settings (remembered), the browser's region while none
	 * was chosen (`en-US` → USD; not remembered, so a later choice or another browser decides), or
	 * the default (EUR) when the browser's languages name no region with an offered currency.
	 */
	currencyFrom = $state<'chosen' | 'browser' | 'default'>('default');
	theme = $state<Theme>(DEFAULT_THEME);

	restore(): void {
		try {
			const stored = localStorage.getItem(CURRENCY_KEY);
			if (isCurrency(stored)) {
				this.currency = stored;
				this.currencyFrom = 'chosen';
			} else this.#currencyFromBrowser();
			const theme = localStorage.getItem(THEME_KEY);
			if (isTheme(theme)) this.theme = theme;
		} catch {
			// Blocked storage: the browser's region's currency, or the defaults.
			this.#currencyFromBrowser();
		}
		if (typeof document !== 'undefined') applyTheme(this.theme);
	}

	#currencyFromBrowser(): void {
		if (this.currencyFrom === 'chosen' || typeof navigator === 'undefined') return;
		const suggested = currencyForLocales(navigator.languages?.length ? navigator.languages : [navigator.language]);
		if (suggested) {
			this.currency = suggested;
			this.currencyFrom = 'browser';
		}
	}

	setCurrency(currency: Currency): void {
		this.currency = currency;
		this.currencyFrom = 'chosen';
		remember(CURRENCY_KEY, currency);
	}

	setTheme(theme: Theme): void {
		this.theme = theme;
		applyTheme(theme);
		remember(THEME_KEY, theme);
	}
}

function remember(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Blocked storage: the choice lasts for this visit.
	}
}

export const preferences = new Preferences();
