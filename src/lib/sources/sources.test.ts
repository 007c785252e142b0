import { describe, expect, it } from 'vitest';
import { TACTIC_IDS, tacticById } from '$lib/tactics/catalogue';
import { FACT_IDS } from '$lib/tactics/facts';
import { SEED_IDS, SEED_LANGUAGE } from '$lib/tactics/vocabulary';
import { LOCALES } from '$lib/i18n/locales';
import { sourceName } from './names';
import {
	benchmarksFrom,
	factsFrom,
	isSourceId,
	SOURCE_IDS,
	sourceAnchor,
	sourceFromAnchor,
	SOURCES,
	tacticsFrom,
	type SourceId
} from './sources';

/** Words that mean "seed" (or the stand-ins the catalogues used for it): internal only, never in the UI. */
const SEED_WORDS = /seed|izejas rakst|исходн\S* стат|参考文章|种子|bronartikel/i;

describe('the five sources', () => {
	it('are the tactic catalogue’s seeds, in order', () => {
		expect(SOURCE_IDS).toEqual(SEED_IDS);
	});

	it.each(SOURCE_IDS.map((id) => [id] as const))('%s carries its own id and the seed’s language', (id) => {
		expect(SOURCES[id].id).toBe(id);
		expect(SOURCES[id].language).toBe(SEED_LANGUAGE[id]);
		expect(SOURCES[id].originalTitle.trim()).not.toBe('');
	});

	it('name a publisher only where the text does (none of the five copies does)', () => {
		for (const id of SOURCE_IDS) expect(SOURCES[id].publisher, id).toBeNull();
	});

	it('give a title line only where the copy has one (the Dutch article, 004)', () => {
		const withTitleLine = SOURCE_IDS.filter((id) => SOURCES[id].titleBasis === 'title-line');
		expect(withTitleLine).toEqual(['004']);
	});
});

describe('what came from each source', () => {
	// SPEC §1: CRR from 000 and 001, the simple CLV from 004, NPS (with its odd scale) from 002.
	it.each([
		['000', ['crr']],
		['001', ['crr']],
		['002', ['nps']],
		['003', []],
		['004', ['clv-simple', 'aov', 'frequency']]
	] as const)('%s feeds the calculators %j', (id, calculators) => {
		const used = SOURCES[id].contributions.flatMap((c) =>
			c.usedIn.flatMap((d) => (d.kind === 'calculator' ? [d.id] : []))
		);
		expect([...new Set(used)]).toEqual(calculators);
	});

	// SPEC §5: each fact with the seed that states it.
	it.each([
		['000', ['repeat-revenue-40', 'service-premium-24', 'email-overload-gen-z', 'email-overload-millennials']],
		['001', []],
		['002', ['service-loyalty-57', 'cross-sell-profit-30', 'cart-abandonment-76', 'reviews-trust-84']],
		['003', []],
		['004', ['acquisition-cost-5x']]
	] as const)('%s states the figures %j', (id, facts) => {
		expect(factsFrom(id)).toEqual(facts);
	});

	it('gives every figure exactly one source', () => {
		const all = SOURCE_IDS.flatMap((id) => factsFrom(id));
		expect([...all].sort()).toEqual([...FACT_IDS].sort());
	});

	it('has 001 quoting Metrilo’s 28 % e-commerce average, which it calls a retention rate', () => {
		const [quote, ...rest] = benchmarksFrom('001');
		expect(rest).toEqual([]);
		expect(quote.figure.publication).toBe('metrilo-glossary');
		expect(quote.figure.value).toBe(0.28);
		expect(quote.figure.metric).toBe('repeatPurchaseRate');
		expect(quote.calledRetentionRate).toBe(true);
		for (const id of ['000', '002', '003', '004'] as const) expect(benchmarksFrom(id), id).toEqual([]);
	});

	it.each(SOURCE_IDS.map((id) => [id] as const))(
		'%s lists the tactics that cite it, and who else names each',
		(id) => {
			const tactics = tacticsFrom(id);
			expect(tactics.length).toBeGreaterThan(0);
			for (const { id: tacticId, alsoIn } of tactics) {
				const seeds = tacticById(tacticId).seeds;
				expect(seeds).toContain(id);
				expect(alsoIn).not.toContain(id);
				expect([...alsoIn, id].sort()).toEqual([...seeds].sort());
			}
		}
	);

	it('covers every tactic of the catalogue from some source', () => {
		const covered = new Set(SOURCE_IDS.flatMap((id) => tacticsFrom(id).map((t) => t.id)));
		expect([...covered].sort()).toEqual([...TACTIC_IDS].sort());
	});

	it('merges the loyalty programme of 001, 003 and 004 into one tactic seen from each', () => {
		expect(tacticsFrom('003').find((t) => t.id === 'loyalty-program')?.alsoIn).toEqual(['001', '004']);
	});
});

describe('anchors', () => {
	it.each(SOURCE_IDS.map((id) => [id] as const))('%s round-trips through its anchor', (id) => {
		expect(sourceFromAnchor(sourceAnchor(id))).toBe(id);
		expect(sourceFromAnchor(`#${sourceAnchor(id)}`)).toBe(id);
	});

	it.each(['', '#', 'source-', '#source-005', 'source-00', 'tactic-sms-marketing', '001', 'xsource-001'])(
		'%j points to no source',
		(anchor) => {
			expect(sourceFromAnchor(anchor)).toBeNull();
		}
	);

	it.each([
		['000', true],
		['004', true],
		['005', false],
		[4, false],
		[null, false]
	] as const)('isSourceId(%j) is %s', (value, expected) => {
		expect(isSourceId(value)).toBe(expected);
	});
});

describe('sourceName', () => {
	const languageWord: Record<(typeof LOCALES)[number], Record<string, string>> = {
		en: { lv: 'Latvian', zh: 'Chinese', ru: 'Russian', nl: 'Dutch' },
		lv: { lv: 'latviešu', zh: 'ķīniešu', ru: 'krievu', nl: 'nīderlandiešu' },
		ru: { lv: 'латышском', zh: 'китайском', ru: 'русском', nl: 'нидерландском' },
		zh: { lv: '拉脱维亚语', zh: '中文', ru: '俄语', nl: '荷兰语' },
		nl: { lv: 'Lets', zh: 'Chinees', ru: 'Russisch', nl: 'Nederlands' }
	};

	it.each(LOCALES.map((locale) => [locale] as const))('in %s, names each article with its language', (locale) => {
		const names = SOURCE_IDS.map((id: SourceId) => sourceName(id, locale));
		expect(new Set(names).size).toBe(SOURCE_IDS.length);
		for (const [index, id] of SOURCE_IDS.entries()) {
			expect(names[index], id).toContain(languageWord[locale][SOURCES[id].language]);
			expect(names[index], id).not.toMatch(SEED_WORDS);
			expect(names[index], id).not.toContain(id);
		}
	});

	it('tells the two Latvian articles apart by subject', () => {
		expect(sourceName('000', 'en')).toBe('the article on building a customer retention strategy (Latvian)');
		expect(sourceName('003', 'en')).toBe('the article on loyalty programmes (Latvian)');
	});
});
