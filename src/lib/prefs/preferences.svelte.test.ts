import { afterEach, describe, expect, it, vi } from 'vitest';

// A fresh module (and so a fresh preferences singleton) per case, as on a first visit.
async function restoredWith(languages: string[], stored: string | null) {
	vi.resetModules();
	vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
	localStorage.clear();
	if (stored) localStorage.setItem('retention-lab:currency', stored);
	const { preferences } = await import('./preferences.svelte');
	preferences.restore();
	return preferences;
}

afterEach(() => {
	vi.restoreAllMocks();
	localStorage.clear();
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
	])('languages %j, stored %s → %s (%s)', async (languages, stored, currency, from) => {
		const preferences = await restoredWith(languages, stored);
		expect(preferences.currency).toBe(currency);
		expect(preferences.currencyFrom).toBe(from);
	});

	it('remembers only a chosen currency, not the browser’s', async () => {
		const preferences = await restoredWith(['en-US'], null);
		expect(localStorage.getItem('retention-lab:currency')).toBeNull();
		preferences.setCurrency('EUR');
		expect(preferences.currencyFrom).toBe('chosen');
		expect(localStorage.getItem('retention-lab:currency')).toBe('EUR');
	});
});
