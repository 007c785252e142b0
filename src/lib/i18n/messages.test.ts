import { describe, expect, it } from 'vitest';
import { en, keyPaths } from './messages';
import { negotiateLocale } from './locales';

describe('keyPaths', () => {
	it('lists nested keys as dotted paths and treats lists and functions as leaves', () => {
		expect(keyPaths({ a: 'x', b: { c: 'y', d: ['p', 'q'], e: () => 'z' } })).toEqual(['a', 'b.c', 'b.d', 'b.e']);
	});

	it('finds every English message with a non-empty text', () => {
		const paths = keyPaths(en);
		expect(paths.length).toBeGreaterThan(20);
		for (const path of paths) {
			const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], en);
			if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
		}
	});
});

describe('negotiateLocale', () => {
	it.each([
		[['lv-LV', 'en'], 'lv'],
		[['de-DE', 'ru'], 'ru'],
		[['zh-CN'], 'zh'],
		[['nl_BE'], 'nl'],
		[['fr-FR', 'de'], 'en'],
		[[], 'en']
	])('%j → %s', (preferred, expected) => {
		expect(negotiateLocale(preferred)).toBe(expected);
	});
});
