import { describe, expect, it } from 'vitest';
import { BENCHMARKS, PUBLICATIONS } from '$lib/benchmarks/figures';
import { en, type LocaleCatalogue, type Messages } from '$lib/i18n/messages';
import { LOCALES } from '$lib/i18n/locales';
import { sourceName } from './names';
import { SOURCE_IDS } from './sources';

/**
 * "Seed" is the project's internal word for the five source articles; the UI names them instead
 * (SPEC §8). Every section of every catalogue cites sources only through the readable names.
 */
const SECTIONS = Object.keys(en) as (keyof Messages)[];
const SEED_WORDS = /seed|izejas rakst|исходн\S* стат|参考文章|种子|bronartikel/i;

const modules = import.meta.glob<{ default: LocaleCatalogue }>('../i18n/*/index.ts', { eager: true });
const catalogues: Record<string, LocaleCatalogue> = { en };
for (const [path, module] of Object.entries(modules)) {
	const code = path.split('/')[2];
	if (code !== 'en') catalogues[code] = module.default;
}

/** Every parameter a message asks for reads as a real source id, so citations render as they would. */
const params = new Proxy({}, { get: () => '002' });

function texts(value: unknown, path: string): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (typeof value === 'function') return [[path, String((value as (p: unknown) => unknown)(params))]];
	if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, `${path}.${index}`));
	if (value !== null && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
	}
	return [];
}

describe('the benchmark figures', () => {
	it('never say “seed” in what a figure card shows', () => {
		const shown = [
			...BENCHMARKS.flatMap((figure) => texts(figure.verification, `${figure.id}.verification`)),
			...Object.entries(PUBLICATIONS).flatMap(([id, publication]) => texts(publication, id))
		];
		expect(shown.length).toBeGreaterThan(BENCHMARKS.length);
		expect(shown.filter(([, text]) => SEED_WORDS.test(text))).toEqual([]);
	});
});

describe.each(LOCALES.map((locale) => [locale] as const))('the %s catalogue', (locale) => {
	const catalogue = catalogues[locale];

	it.each(SECTIONS.map((section) => [section] as const))('never says “seed” in %s', (section) => {
		const found = texts(catalogue[section], section).filter(([, text]) => SEED_WORDS.test(text));
		expect(found).toEqual([]);
	});

	it('cites a tactic’s sources by their readable names', () => {
		for (const id of SOURCE_IDS) {
			expect(catalogue.tactics.seed({ seed: id })).toBe(sourceName(id, locale));
			expect(catalogue.tactics.factSource({ source: 'Zendesk', seed: id })).toContain(sourceName(id, locale));
			expect(catalogue.tactics.factNoSource({ seed: id })).toContain(sourceName(id, locale));
		}
	});

	it('gives the Sources page the same names as sourceName', () => {
		for (const id of SOURCE_IDS) expect(catalogue.sources.names[id]).toBe(sourceName(id, locale));
	});
});
