import { describe, expect, it } from 'vitest';
import type { MeasuredValue } from '$lib/benchmarks/compare';
import { benchmarkById, type BenchmarkFigure } from '$lib/benchmarks/figures';
import { comparableFigures, figuresForSector } from '$lib/benchmarks/compare';
import { figuresForChoice } from '$lib/benchmarks/selection';
import { referenceComparison, suggestTactics, type BenchmarkChoice } from './suggest';

const figure = (id: string): BenchmarkFigure => benchmarkById(id)!;
const apparel = figuresForSector('apparel');
/** All industries of the apparel sector, as the planner passes the user's choice. */
const apparelChoice: BenchmarkChoice = { sector: 'apparel', industry: null };

/** An invented AOV benchmark: no published one is in the data, but the planner must handle one. */
const testAov: BenchmarkFigure = {
	...figure('metrilo-all-ecommerce'),
	id: 'test-aov',
	metric: 'aov',
	value: 50,
	currency: 'EUR'
};

describe('suggestTactics: the biggest measured gaps decide the order', () => {
	it('puts churn and service tactics first when retention is behind', () => {
		// CRR 18 % a year vs Windsor Circle's 24 %: shortfall 0.06 / 0.24 = 0.25; watching CRR or churn scores 2 × 0.25.
		const { suggestions, gaps } = suggestTactics({
			measured: [{ metric: 'crr', value: 0.18, period: 'year' }],
			benchmarks: apparel,
			choice: apparelChoice
		});
		expect(gaps.map((g) => g.figure.id)).toEqual(['windsor-2016-apparel-footwear-retention']);
		expect(suggestions.slice(0, 8).map((s) => s.tacticId)).toEqual([
			// low effort first among equals, then checklist order
			'measure-retention',
			'win-back-email',
			'churn-reasons',
			'customer-service',
			'priority-support',
			'easy-returns',
			'vip-early-access',
			'social-media'
		]);
		for (const s of suggestions.slice(0, 8)) expect(s.score).toBeCloseTo(0.5, 12);
		// then tactics whose lever (retention, win-back) moves retention: 1 × 0.25
		expect(suggestions[8]).toMatchObject({ tacticId: 'collect-feedback' });
		expect(suggestions[8].score).toBeCloseTo(0.25, 12);
		const reason = suggestions[1].reason;
		expect(reason.kind).toBe('gap');
		if (reason.kind === 'gap') {
			expect(reason.contributions).toHaveLength(1);
			expect(reason.contributions[0].match).toBe('watches-metric');
			expect(reason.contributions[0].gap.figure.id).toBe('windsor-2016-apparel-footwear-retention');
		}
	});

	it('puts post-purchase flows and loyalty first when too few customers buy again', () => {
		// 20 % repeat buyers vs Metrilo's apparel 26 %: shortfall 0.06 / 0.26.
		const { suggestions } = suggestTactics({
			measured: [{ metric: 'repeatPurchaseRate', value: 0.2 }],
			benchmarks: apparel,
			choice: apparelChoice
		});
		expect(suggestions.slice(0, 6).map((s) => s.tacticId)).toEqual([
			'customer-accounts',
			'birthday-rewards',
			'simplify-checkout',
			'automated-email-flows',
			'retargeting-ads',
			'loyalty-program'
		]);
		expect(suggestions[0].score).toBeCloseTo((2 * 0.06) / 0.26, 12);
	});

	it('puts cross-selling first when the order value is behind', () => {
		// AOV 40 € vs 50 €: shortfall 0.2, cross-sell watches AOV: 2 × 0.2.
		const { suggestions } = suggestTactics({
			measured: [{ metric: 'aov', value: 40, currency: 'EUR' }],
			benchmarks: [testAov],
			choice: { sector: 'all', industry: null }
		});
		expect(suggestions[0]).toMatchObject({ tacticId: 'cross-sell' });
		expect(suggestions[0].score).toBeCloseTo(0.4, 12);
		expect(suggestions.slice(1).every((s) => s.score === 0)).toBe(true);
	});

	it('adds up gaps: a tactic that helps with two lagging metrics rises above one that helps with one', () => {
		// CRR 18 % vs 24 % → 0.25; repeat 22 % vs 26 % → 0.04 / 0.26 = 0.153846…
		const { suggestions } = suggestTactics({
			measured: [
				{ metric: 'crr', value: 0.18, period: 'year' },
				{ metric: 'repeatPurchaseRate', value: 0.22 }
			],
			benchmarks: apparel,
			choice: apparelChoice
		});
		const repeatShortfall = 0.04 / 0.26;
		// win-back: watches churn (2 × 0.25) and its lever moves repeat buying (1 × 0.1538…)
		expect(suggestions[0].tacticId).toBe('win-back-email');
		expect(suggestions[0].score).toBeCloseTo(0.5 + repeatShortfall, 12);
		// watches repeat buying (2 × 0.1538…) and its lever, retention, moves CRR (1 × 0.25); low effort first
		expect(suggestions.slice(1, 4).map((s) => s.tacticId)).toEqual([
			'customer-accounts',
			'birthday-rewards',
			'retargeting-ads'
		]);
		for (const s of suggestions.slice(1, 4)) expect(s.score).toBeCloseTo(2 * repeatShortfall + 0.25, 12);
		const reason = suggestions[0].reason;
		if (reason.kind !== 'gap') throw new Error('expected a gap reason');
		expect(reason.contributions.map((c) => [c.gap.figure.metric, c.match])).toEqual([
			['crr', 'watches-metric'],
			['repeatPurchaseRate', 'moves-lever']
		]);
	});

	it('gives the same order whatever order the measurements come in', () => {
		const measured: MeasuredValue[] = [
			{ metric: 'crr', value: 0.2, period: 'year' },
			{ metric: 'repeatPurchaseRate', value: 0.21 },
			{ metric: 'clv', value: 120, currency: 'USD' }
		];
		const forward = suggestTactics({ measured, benchmarks: apparel, choice: apparelChoice }).suggestions;
		const backward = suggestTactics({
			measured: [...measured].reverse(),
			benchmarks: apparel,
			choice: apparelChoice
		}).suggestions;
		expect(backward.map((s) => [s.tacticId, s.score])).toEqual(forward.map((s) => [s.tacticId, s.score]));
	});
});

describe('suggestTactics: no gap, no benchmark, nothing measured', () => {
	it('keeps checklist order by effort when nothing is measured, and says there is no gap', () => {
		const { suggestions, gaps, unmatched } = suggestTactics({
			measured: [],
			benchmarks: apparel,
			choice: apparelChoice
		});
		expect(gaps).toEqual([]);
		expect(unmatched).toEqual([]);
		expect(suggestions).toHaveLength(25);
		expect(suggestions.every((s) => s.score === 0 && s.reason.kind === 'no-gap')).toBe(true);
		expect(suggestions.slice(0, 4).map((s) => s.tacticId)).toEqual([
			'measure-retention',
			'collect-feedback',
			'reviews-testimonials',
			'customer-accounts'
		]);
	});

	it('finds no gap when the user is ahead, and reports the comparison', () => {
		const { suggestions, gaps } = suggestTactics({
			measured: [{ metric: 'repeatPurchaseRate', value: 0.4 }],
			benchmarks: apparel,
			choice: apparelChoice
		});
		expect(gaps).toHaveLength(1);
		expect(gaps[0].gap.direction).toBe('better');
		expect(suggestions.every((s) => s.score === 0)).toBe(true);
	});

	it('lists what could not be compared instead of comparing unlike numbers', () => {
		const nps: MeasuredValue = { metric: 'nps', value: 10 };
		const shopChurn: MeasuredValue = { metric: 'churn', value: 0.08, period: 'month' };
		const { gaps, unmatched } = suggestTactics({
			measured: [nps, shopChurn],
			benchmarks: figuresForSector('subscription'),
			choice: { sector: 'subscription', industry: null }
		});
		expect(gaps).toEqual([]);
		expect(unmatched).toEqual([nps, shopChurn]);
	});

	it('judges against the industry’s own figure before the cross-industry average', () => {
		const { gaps } = suggestTactics({
			measured: [{ metric: 'repeatPurchaseRate', value: 0.27 }],
			benchmarks: [figure('metrilo-all-ecommerce'), figure('metrilo-apparel')],
			choice: { sector: 'apparel', industry: 'apparel' }
		});
		expect(gaps.map((g) => [g.figure.id, g.gap.direction])).toEqual([['metrilo-apparel', 'better']]);
	});

	it('leaves out the tactics it is told to skip', () => {
		const { suggestions } = suggestTactics({
			measured: [{ metric: 'crr', value: 0.18, period: 'year' }],
			benchmarks: apparel,
			choice: apparelChoice,
			skip: ['measure-retention', 'win-back-email']
		});
		expect(suggestions).toHaveLength(23);
		expect(suggestions[0].tacticId).toBe('churn-reasons');
	});

	it('converts the user’s period before judging the gap', () => {
		// 97 % kept a month → 0.97^12 = 0.69384 a year: well ahead of 24 %.
		const { gaps } = suggestTactics({
			measured: [{ metric: 'crr', value: 0.97, period: 'month' }],
			benchmarks: apparel,
			choice: apparelChoice
		});
		expect(gaps[0].converted).toBe(true);
		expect(gaps[0].userValue).toBeCloseTo(0.693841, 5);
		expect(gaps[0].gap.direction).toBe('better');
	});
});

/**
 * The one figure a value is judged against: the figures closest to the user's choice (that
 * industry; with all industries of a sector, a figure over the whole sector before one for a part
 * of it; averages last), of those one with a stated median or mean, then the most recent data.
 * Churn 20 % a quarter (7.17 % a month) of a subscription business, against Recurly's four figures
 * (2017: 6.73 % median over all, 8.11 % B2C unstated; 2019: 5.48 % median over all, 6.81 % B2C median).
 */
describe('referenceComparison: the figure a value is judged against', () => {
	const churn: MeasuredValue = { metric: 'churn', value: 0.2, period: 'quarter', businessModel: 'subscription' };
	const cases: [
		name: string,
		measure: MeasuredValue,
		choice: BenchmarkChoice,
		figures: readonly BenchmarkFigure[] | null,
		expected: string,
		direction: 'better' | 'worse' | 'level'
	][] = [
		// The QA case: B2C was taken as "the industry's own" and its 2017 figure, whose statistic is
		// not stated, said the user was ahead.
		[
			'all subscription industries: the newest figure over all',
			churn,
			{ sector: 'subscription', industry: null },
			null,
			'recurly-2019-all',
			'worse'
		],
		[
			'B2C chosen: the B2C figure with a stated median',
			churn,
			{ sector: 'subscription', industry: 'subscription-b2c' },
			null,
			'recurly-2019-b2c',
			'worse'
		],
		[
			'B2C chosen, only the unstated B2C figure and the averages: still B2C',
			churn,
			{ sector: 'subscription', industry: 'subscription-b2c' },
			[figure('recurly-2017-all'), figure('recurly-2017-b2c')],
			'recurly-2017-b2c',
			'better'
		],
		[
			'all subscription industries, only 2017 figures: the stated median over all',
			churn,
			{ sector: 'subscription', industry: null },
			[figure('recurly-2017-b2c'), figure('recurly-2017-all')],
			'recurly-2017-all',
			'worse'
		],
		[
			'all subscription industries, B2C figures only: the one with a stated median',
			churn,
			{ sector: 'subscription', industry: null },
			[figure('recurly-2017-b2c'), figure('recurly-2019-b2c')],
			'recurly-2019-b2c',
			'worse'
		],
		[
			'apparel chosen: Metrilo apparel, not the all-shops average',
			{ metric: 'repeatPurchaseRate', value: 0.27 },
			{ sector: 'apparel', industry: 'apparel' },
			null,
			'metrilo-apparel',
			'better'
		],
		[
			'sportswear chosen: its own figure, not apparel',
			{ metric: 'repeatPurchaseRate', value: 0.3 },
			{ sector: 'apparel', industry: 'performance-sportswear' },
			null,
			'metrilo-performance-sportswear',
			'worse'
		],
		[
			'all apparel industries: the first of equals given',
			{ metric: 'repeatPurchaseRate', value: 0.27 },
			{ sector: 'apparel', industry: null },
			null,
			'metrilo-apparel',
			'better'
		],
		[
			'all online shops: the average over all shops',
			{ metric: 'repeatPurchaseRate', value: 0.27 },
			{ sector: 'all', industry: null },
			null,
			'metrilo-all-ecommerce',
			'worse'
		],
		[
			'tea chosen, CLV: no tea figure, the average over all shops',
			{ metric: 'clv', value: 150, currency: 'USD' },
			{ sector: 'food-drink', industry: 'tea' },
			null,
			'windsor-2016-all-clv',
			'worse'
		]
	];

	it.each(cases)('%s', (_name, measure, choice, figures, expected, direction) => {
		const shown = figures ?? figuresForChoice(choice.sector, choice.industry);
		const reference = referenceComparison(comparableFigures(measure, shown), choice);
		expect(reference?.figure.id).toBe(expected);
		expect(reference?.gap.direction).toBe(direction);
	});

	it('gives the planner a gap for the D4 case: behind the 2019 median of 5.48 %', () => {
		const choice: BenchmarkChoice = { sector: 'subscription', industry: null };
		const { gaps, suggestions } = suggestTactics({
			measured: [churn],
			benchmarks: figuresForChoice(choice.sector, choice.industry),
			choice
		});
		expect(gaps.map((gap) => [gap.figure.id, gap.gap.direction])).toEqual([['recurly-2019-all', 'worse']]);
		// 1 − 0.8^(1/3) = 0.071682 a month; shortfall (0.071682 − 0.0548) / 0.0548; watching churn scores twice.
		const shortfall = (1 - 0.8 ** (1 / 3) - 0.0548) / 0.0548;
		expect(suggestions[0].score).toBeCloseTo(2 * shortfall, 12);
	});

	it('finds nothing to judge against when nothing is comparable', () => {
		expect(referenceComparison([], { sector: 'all', industry: null })).toBeUndefined();
	});
});
