import { describe, expect, it } from 'vitest';
import { languageOfLink, withLanguage } from './locales';

// QA: a calculator link copied in Latvian opened in Dutch in a Dutch browser. Shared links now carry
// the language (`lang=lv`); links made before, without it, read as they always did.
describe('the language of a shared link', () => {
	it.each([
		['?m=100.5&r=80.5&d=10.5&p=month&lang=lv', 'lv'],
		['m=100.5&lang=nl', 'nl'],
		['lang=zh&s=1', 'zh'],
		['?lang=ru', 'ru'],
		['?lang=en', 'en'],
		// old links, and languages the app does not have: none
		['?m=100.5&r=80.5&d=10.5&p=month', null],
		['', null],
		['?lang=de', null],
		['?lang=LV', null],
		['?lang=', null],
		['?language=lv', null]
	])('%j → %s', (search, locale) => {
		expect(languageOfLink(search)).toBe(locale);
	});
});

describe('a query shared with its language', () => {
	it.each([
		['m=100.5&r=80.5&d=10.5&p=month', 'lv', 'm=100.5&r=80.5&d=10.5&p=month&lang=lv'],
		['?s=500&p=quarter', 'en', 's=500&p=quarter&lang=en'],
		['', 'zh', 'lang=zh'],
		// a link reshared in another language names only the new one
		['s=1&lang=lv', 'nl', 's=1&lang=nl'],
		// scenario B's keys stay as written
		['s=1&ab=1&b.s=2', 'ru', 's=1&ab=1&b.s=2&lang=ru']
	] as const)('%j in %s → %j', (search, locale, shared) => {
		expect(withLanguage(search, locale)).toBe(shared);
		expect(languageOfLink(shared)).toBe(locale);
	});
});
