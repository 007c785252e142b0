import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { en, keyPaths, type LocaleCatalogue } from './messages';

/**
 * Every language must have every message of the English catalogue (the type check says so too,
 * but a test also catches a catalogue that is not wired in), and every message must produce
 * real text: no empty strings, no `undefined` from a misnamed parameter.
 */
const modules = import.meta.glob<{ default: LocaleCatalogue }>('./*/index.ts', { eager: true });
const catalogues = Object.fromEntries(
	Object.entries(modules)
		.filter(([path]) => !path.startsWith('./en/'))
		.map(([path, module]) => [path.split('/')[1], module.default])
);

/** Every parameter a message could ask for reads as "7". */
const anyParams = new Proxy({}, { get: () => '7' });

function leaves(catalogue: object, prefix = ''): [string, unknown][] {
	return Object.entries(catalogue).flatMap(([key, value]) =>
		value !== null && typeof value === 'object' && !Array.isArray(value)
			? leaves(value, `${prefix}${key}.`)
			: [[`${prefix}${key}`, value] as [string, unknown]]
	);
}

describe.each(LOCALES.filter((l) => l !== 'en'))('the %s catalogue', (code) => {
	const catalogue = catalogues[code];

	it('exists and has exactly the English keys', () => {
		expect(catalogue, `src/lib/i18n/${code}/index.ts`).toBeDefined();
		expect(keyPaths(catalogue)).toEqual(keyPaths(en));
	});

	it('gives real text for every message', () => {
		const english = new Map(leaves(en));
		for (const [path, value] of leaves(catalogue)) {
			const source = english.get(path);
			if (typeof value === 'function') {
				const text = (value as (p: unknown) => string)(anyParams);
				expect(typeof text, path).toBe('string');
				expect(text.trim(), path).not.toBe('');
				expect(text, path).not.toMatch(/undefined|NaN|\[object/);
			} else if (Array.isArray(value)) {
				expect(value.length, path).toBe((source as unknown[]).length);
				for (const item of value) expect(String(item).trim(), path).not.toBe('');
			} else {
				expect(typeof value, path).toBe('string');
				expect((value as string).trim() !== '' || (source as string).trim() === '', path).toBe(true);
			}
		}
	});
});
