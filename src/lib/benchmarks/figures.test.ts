import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import benchmarksText from '$lib/i18n/en/benchmarks';
import lvText from '$lib/i18n/lv/benchmarks';
import nlText from '$lib/i18n/nl/benchmarks';
import ruText from '$lib/i18n/ru/benchmarks';
import zhText from '$lib/i18n/zh/benchmarks';
import { BENCHMARKS, benchmarkById, PUBLICATIONS, type Statistic } from './figures';
import { INDUSTRIES } from './industries';
import { METRIC_UNIT, PERIOD_SCALING } from './metrics';

/**
 * The product specification lists every figure as its publisher gives it (SPEC §5, "Known figures"):
 * read from there, not restated here, each must be the value the data module holds.
 */
const SPEC = join(import.meta.dirname, '../../../../shared/SPEC.md');
const specText = existsSync(SPEC) ? readFileSync(SPEC, 'utf8').replace(/\s+/g, ' ') : null;
if (!specText) console.warn(`\n!!! ${SPEC} is missing: the benchmark values are not checked against it !!!\n`);

/** The figure ids and the words the specification names each by, with the unit it is written in. */
const SPEC_NAMES: [id: string, words: RegExp, scale: number][] = [
	['metrilo-tea', /tea (\d+(?:\.\d+)?)/, 100],
	['metrilo-own-food-products', /own food products (\d+(?:\.\d+)?)/, 100],
	['metrilo-beauty', /beauty (\d+(?:\.\d+)?)/, 100],
	['metrilo-apparel', /[^/]apparel (\d+(?:\.\d+)?), meal/, 100],
	['metrilo-meal-delivery', /meal delivery (\d+(?:\.\d+)?)/, 100],
	['metrilo-supplements', /supplements (\d+(?:\.\d+)?)/, 100],
	['metrilo-coffee', /coffee (\d+(?:\.\d+)?)/, 100],
	['metrilo-pet-products', /pet (\d+(?:\.\d+)?)/, 100],
	['metrilo-performance-sportswear', /high-performance sportswear (\d+(?:\.\d+)?)/, 100],
	['metrilo-cbd', /CBD (\d+(?:\.\d+)?)/, 100],
	['metrilo-all-ecommerce', /average (\d+(?:\.\d+)?)/, 100],
	['bluecore-2023-jewelry-luxury', /jewelry\/luxury (\d+(?:\.\d+)?)/, 100],
	['bluecore-2023-health-beauty', /health & beauty (\d+(?:\.\d+)?)/, 100],
	['bluecore-2023-sporting-goods-outdoor', /sporting goods\/outdoor (\d+(?:\.\d+)?)/, 100],
	['bluecore-2023-apparel', /outdoor \d+(?:\.\d+)?, apparel (\d+(?:\.\d+)?)/, 100],
	['windsor-2016-apparel-footwear-retention', /footwear retention (\d+(?:\.\d+)?) %/, 100],
	['windsor-2016-apparel-footwear-clv', /median CLV \$(\d+(?:\.\d+)?)/, 1],
	['recurly-2017-all', /monthly churn (\d+(?:\.\d+)?) %/, 100]
];

describe('published values', () => {
	it.skipIf(!specText).each(SPEC_NAMES)('%s is the value the specification lists', (id, words, scale) => {
		const written = words.exec(specText!)?.[1];
		expect(written, `${id} in SPEC §5`).toBeDefined();
		expect(benchmarkById(id)?.value).toBeCloseTo(Number(written) / scale, 10);
	});

	it.each([
		['metrilo-all-ecommerce', 'repeatPurchaseRate', 'Metrilo'],
		['bluecore-2023-apparel', 'secondPurchaseWithinYear', 'Bluecore'],
		['windsor-2016-apparel-footwear-retention', 'crr', 'Windsor Circle'],
		['recurly-2017-all', 'churn', 'Recurly Research']
	])('%s measures %s and is published by %s', (id, metric, publisher) => {
		const figure = benchmarkById(id)!;
		expect(figure.metric).toBe(metric);
		expect(PUBLICATIONS[figure.publication].publisher).toBe(publisher);
	});

	it('states the years the spec gives: Bluecore 2024 on 2023 data, Windsor Circle 2016, Recurly 2017', () => {
		expect(PUBLICATIONS['bluecore-2024'].publishedYear).toBe(2024);
		expect(benchmarkById('bluecore-2023-apparel')?.dataPeriod).toBe('year2023');
		expect(PUBLICATIONS['windsor-circle-2016'].publishedYear).toBe(2016);
		expect(PUBLICATIONS['recurly-2017'].publishedYear).toBe(2017);
	});
});

describe('every figure is complete and consistent', () => {
	it('has a unique id', () => {
		const ids = BENCHMARKS.map((figure) => figure.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it.each(BENCHMARKS.map((figure) => [figure.id, figure] as const))('%s', (_id, figure) => {
		expect(benchmarksText.definitions[figure.definition].length).toBeGreaterThan(20);
		expect(benchmarksText.notes[figure.comparability].length).toBeGreaterThan(20);
		expect(benchmarksText.industries[figure.industry]).toBeTruthy();
		expect(Number.isFinite(figure.value)).toBe(true);
		if (METRIC_UNIT[figure.metric] === 'ratio') {
			expect(figure.value).toBeGreaterThan(0);
			expect(figure.value).toBeLessThan(1);
		}
		// money needs a currency; nothing else may carry one
		expect(figure.currency !== undefined).toBe(METRIC_UNIT[figure.metric] === 'currency');
		// a per-period metric needs its period; a period on anything else would be meaningless
		expect(figure.period !== undefined).toBe(PERIOD_SCALING[figure.metric] !== 'none');
		// what was checked is on record
		expect(figure.verification.checkedAgainst.length).toBeGreaterThan(0);
		expect(benchmarksText.verificationNotes[figure.verification.note].length).toBeGreaterThan(20);
	});

	it('has text for every industry and sector', () => {
		for (const [id, industry] of Object.entries(INDUSTRIES)) {
			expect(benchmarksText.industries[id as keyof typeof INDUSTRIES], id).toBeTruthy();
			for (const sector of industry.sectors) expect(benchmarksText.sectors[sector], sector).toBeTruthy();
		}
	});
});

/**
 * A card shows a figure's definition ("What it counts") beside its summary statistic: the
 * definition may name only the statistic the figure has, so a figure whose publisher does not say
 * how businesses were combined is never called a median (Recurly's 2017 B2C 8.11 % was).
 */
const STATISTIC_WORDS: [
	language: string,
	definitions: Record<string, string>,
	words: Record<'median' | 'mean', RegExp>
][] = [
	['en', benchmarksText.definitions, { median: /median/i, mean: /\bmean\b|average/i }],
	['lv', lvText.definitions, { median: /mediān/i, mean: /vidēj/i }],
	['ru', ruText.definitions, { median: /медиан/i, mean: /средн/i }],
	['nl', nlText.definitions, { median: /mediaan/i, mean: /gemiddeld/i }],
	['zh', zhText.definitions, { median: /中位数/, mean: /平均/ }]
];

describe('a definition names no other statistic than its figure’s', () => {
	it.each(
		STATISTIC_WORDS.flatMap(([language, definitions, words]) =>
			BENCHMARKS.map(
				(figure) => [language, figure.id, figure.statistic, definitions[figure.definition], words] as const
			)
		)
	)('%s: %s (%s)', (_language, _id, statistic: Statistic, definition, words) => {
		expect(definition).toBeTruthy();
		for (const [named, pattern] of Object.entries(words)) {
			if (named !== statistic) expect(definition).not.toMatch(pattern);
		}
	});
});
