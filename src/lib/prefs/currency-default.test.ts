import { describe, expect, it } from 'vitest';
import { currencyForLocales } from './currency-default';

// QA: an en-US browser defaulted to EUR, so a file of "$" amounts was shown as €217,327.79.
describe('the currency a new visitor’s browser languages suggest', () => {
	it.each([
		[['en-US', 'en'], 'USD'],
		[['en-GB'], 'GBP'],
		[['lv'], 'EUR'],
		[['lv-LV', 'en'], 'EUR'],
		[['nl'], 'EUR'],
		[['nl-BE'], 'EUR'],
		[['de-DE'], 'EUR'],
		[['de-CH'], 'CHF'],
		[['ru-RU'], 'RUB'],
		[['ru'], 'RUB'],
		[['zh-CN'], 'CNY'],
		[['zh-Hans-CN'], 'CNY'],
		[['zh'], 'CNY'],
		[['ja'], 'JPY'],
		[['ja-JP'], 'JPY'],
		[['en_US'], 'USD'],
		[['en-ie'], 'EUR'],
		[['fr-CA'], 'CAD'],
		// a region without an offered currency: the next tag decides
		[['en-IN', 'en-GB'], 'GBP'],
		// nothing to go by: null (the default, EUR, stands)
		[['en'], null],
		[['en-IN'], null],
		[['pt-BR', 'es-419'], null],
		[[], null]
	])('%j → %s', (tags, currency) => {
		expect(currencyForLocales(tags)).toBe(currency);
	});
});
