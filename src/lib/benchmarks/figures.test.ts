import { describe, expect, it } from 'vitest';
import benchmarksText from '$lib/i18n/en/benchmarks';
import { BENCHMARKS, benchmarkById, PUBLICATIONS } from './figures';
import { INDUSTRIES } from './industries';
import { METRIC_UNIT, PERIOD_SCALING } from './metrics';

describe('published values', () => {
	// Copied by hand from the publishers' pages (percent → fraction), see SPEC §5.
	it.each([
		['metrilo-tea', 0.21],
		['metrilo-own-food-products', 0.245],
		['metrilo-beauty', 0.26],
		['metrilo-apparel', 0.26],
		['metrilo-meal-delivery', 0.29],
		['metrilo-supplements', 0.29],
		['metrilo-coffee', 0.3],
		['metrilo-pet-products', 0.315],
		['metrilo-performance-sportswear', 0.33],
		['metrilo-cbd', 0.36],
		['metrilo-all-ecommerce', 0.28],
		['bluecore-2023-jewelry-luxury', 0.099],
		['bluecore-2023-health-beauty', 0.215],
		['bluecore-2023-sporting-goods-outdoor', 0.212],
		['bluecore-2023-apparel', 0.202],
		['windsor-2016-apparel-footwear-retention', 0.24],
		['windsor-2016-apparel-footwear-clv', 163.09],
		['recurly-2017-all', 0.0673]
	])('%s = %f', (id, value) => {
		expect(benchmarkById(id)?.value).toBe(value);
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
		expect(PUBLICATIONS[figure.publication]).toBeDefined();
		expect(INDUSTRIES[figure.industry]).toBeDefined();
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
		expect(figure.verification.note.length).toBeGreaterThan(20);
	});

	it('has text for every industry and sector', () => {
		for (const [id, industry] of Object.entries(INDUSTRIES)) {
			expect(benchmarksText.industries[id as keyof typeof INDUSTRIES], id).toBeTruthy();
			for (const sector of industry.sectors) expect(benchmarksText.sectors[sector], sector).toBeTruthy();
		}
	});
});
