import { afterEach, describe, expect, it, vi } from 'vitest';
import { preferences } from './preferences.svelte';

// The module's one preferences object, as a first visit finds it, restored with these languages and storage.
function restoredWith(languages: string[], stored: string | null) {
	vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
	localStorage.clear();
	if (stored) localStorage.setItem('retention-lab:currency', stored);
	preferences.currency = 'EUR';
	preferences.currencyFrom = 'default';
	preferences.restore();
	return preferences;
}

afterEach(() => {
	vi.restoreAllMocks();
	localStorage.clear();
	preferences.currency = 'EUR';
	preferences.currencyFrom = 'default';
});

describe('the currency preference on a first visit', () => {
	it.each([
		[['en-US', 'en'], null, 'USD', 'browser'],
		[['en-GB'], null, 'GBP', 'browser'],
		[['lv'], null, 'EUR', 'browser'],
		[['en'], null, 'EUR', 'default'],
		// a choice made in Settings wins over the browser's region
		[['en-US'], 'EUR', 'EUR', 'chosen'],
		[['de-DE'], 'JPY', 'JPY', 'chosen']
	])('languages %j, stored %s → %s (%s)', (languages, stored, currency, from) => {
		const restored = restoredWith(languages, stored);
		expect(restored.currency).toBe(currency);
		expect(restored.currencyFrom).toBe(from);
	});

	it('remembers only a chosen currency, not the browser’s', () => {
		const restored = restoredWith(['en-US'], null);
		expect(localStorage.getItem('retention-lab:currency')).toBeNull();
		restored.setCurrency('EUR');
		expect(restored.currencyFrom).toBe('chosen');
		expect(localStorage.getItem('retention-lab:currency')).toBe('EUR');
	});
});
