import { DEFAULT_CURRENCY, isCurrency, type Currency } from '$lib/format/currencies';

const CURRENCY_KEY = 'retention-lab:currency';

/**
 * Browser-wide preferences kept in localStorage (read synchronously at start, so the first
 * render after hydration already uses them). A module singleton is fine here: there is one
 * browser, and these are not per-page state.
 */
class Preferences {
	currency = $state<Currency>(DEFAULT_CURRENCY);

	restore(): void {
		try {
			const stored = localStorage.getItem(CURRENCY_KEY);
			if (isCurrency(stored)) this.currency = stored;
		} catch {
			// Blocked storage: keep the default.
		}
	}

	setCurrency(currency: Currency): void {
		this.currency = currency;
		try {
			localStorage.setItem(CURRENCY_KEY, currency);
		} catch {
			// Blocked storage: the choice lasts for this visit.
		}
	}
}

export const preferences = new Preferences();
