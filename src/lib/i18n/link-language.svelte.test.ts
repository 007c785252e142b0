import { afterEach, describe, expect, it, vi } from 'vitest';
import { locale } from './i18n.svelte';

// The page's language as restored on opening an address, with this storage and browser.
async function openedAt(search: string, options: { saved?: string; visit?: string; browser?: string[] } = {}) {
	vi.spyOn(navigator, 'languages', 'get').mockReturnValue(options.browser ?? ['nl-NL']);
	localStorage.clear();
	sessionStorage.clear();
	if (options.saved) localStorage.setItem('retention-lab:locale', options.saved);
	if (options.visit) sessionStorage.setItem('retention-lab:link-locale', options.visit);
	history.replaceState(null, '', `/calculators/clv-retention${search}`);
	await locale.restore();
	return locale;
}

afterEach(async () => {
	vi.restoreAllMocks();
	await locale.set('en', false);
	localStorage.clear();
	sessionStorage.clear();
	history.replaceState(null, '', '/');
});

describe('a page opened from a shared link', () => {
	it.each([
		// QA: copied in Latvian, opened in a Dutch browser
		['?m=100.5&r=80.5&d=10.5&p=month&lang=lv', {}, 'lv'],
		['?m=100.5&lang=lv', { saved: 'ru' }, 'lv'],
		['?m=100.5&lang=en', { saved: 'ru' }, 'en'],
		// old links: the reader's own language, as before
		['?m=100.5&r=80.5&d=10.5&p=month', {}, 'nl'],
		['?m=100.5', { saved: 'ru' }, 'ru'],
		['?m=100.5&lang=xx', { saved: 'zh' }, 'zh'],
		// later in the visit (a reload, the address rewritten without it): still the link's
		['?m=100.5', { saved: 'ru', visit: 'lv' }, 'lv']
	])('%s with %j → %s', async (search, options, shown) => {
		const restored = await openedAt(search, options);
		expect(restored.current).toBe(shown);
	});

	it('leaves the reader’s saved language as it was, and the language switch still works', async () => {
		const restored = await openedAt('?m=100.5&lang=lv', { saved: 'ru' });
		expect(restored.current).toBe('lv');
		expect(localStorage.getItem('retention-lab:locale')).toBe('ru');
		await restored.set('zh');
		expect(restored.current).toBe('zh');
		expect(localStorage.getItem('retention-lab:locale')).toBe('zh');
		// The reader's choice ends the link's for the rest of the visit.
		expect(sessionStorage.getItem('retention-lab:link-locale')).toBeNull();
	});

	it('saves nothing for a reader who never chose a language', async () => {
		await openedAt('?m=100.5&lang=lv');
		expect(localStorage.getItem('retention-lab:locale')).toBeNull();
	});
});
