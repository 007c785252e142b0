import { describe, expect, it } from 'vitest';
import {
	comparability,
	comparableFigures,
	compareWith,
	figuresForIndustry,
	figuresForSector,
	gapTo,
	rateRange,
	type MeasuredValue
} from './compare';
import { benchmarkById, type BenchmarkFigure } from './figures';

const figure = (id: string): BenchmarkFigure => {
	const found = benchmarkById(id);
	if (!found) throw new Error(`no figure ${id}`);
	return found;
};

describe('comparability: unlike metrics are never compared', () => {
	it.each<[string, MeasuredValue, string, string | null]>([
		['repeat rate beside Metrilo', { metric: 'repeatPurchaseRate', value: 0.3 }, 'metrilo-all-ecommerce', null],
		[
			'repeat rate beside Bluecore',
			{ metric: 'repeatPurchaseRate', value: 0.3 },
			'bluecore-2023-apparel',
			'different-metric'
		],
		['CRR beside Metrilo', { metric: 'crr', value: 0.3, period: 'year' }, 'metrilo-apparel', 'different-metric'],
		[
			'CRR beside Windsor Circle CRR',
			{ metric: 'crr', value: 0.3, period: 'year' },
			'windsor-2016-apparel-footwear-retention',
			null
		],
		[
			'CRR without a period',
			{ metric: 'crr', value: 0.3 },
			'windsor-2016-apparel-footwear-retention',
			'period-missing'
		],
		[
			'shop churn beside subscription churn',
			{ metric: 'churn', value: 0.05, period: 'month' },
			'recurly-2017-all',
			'business-model'
		],
		[
			'subscription churn beside subscription churn',
			{ metric: 'churn', value: 0.05, period: 'month', businessModel: 'subscription' },
			'recurly-2017-all',
			null
		],
		[
			'CLV in euros beside dollars',
			{ metric: 'clv', value: 150, currency: 'EUR' },
			'windsor-2016-all-clv',
			'currency'
		],
		['CLV without a currency', { metric: 'clv', value: 150 }, 'windsor-2016-all-clv', 'currency'],
		[
			'CLV in dollars (lower case code)',
			{ metric: 'clv', value: 150, currency: 'usd' },
			'windsor-2016-all-clv',
			null
		],
		['a NaN', { metric: 'repeatPurchaseRate', value: Number.NaN }, 'metrilo-tea', 'invalid-value'],
		[
			'a churn above 100 %',
			{ metric: 'crr', value: 1.5, period: 'month' },
			'windsor-2016-apparel-footwear-retention',
			'invalid-value'
		],
		// QA: a data set's December CRR 0.9294 (S = 85) was shown as 0.9294¹² = 41.5 % a year.
		[
			'a monthly CRR measured with a 12-month window beside a yearly figure',
			{ metric: 'crr', value: 0.9294, period: 'month', windowMonths: 12, sampleSize: 85 },
			'windsor-2016-apparel-footwear-retention',
			'period-differs'
		],
		[
			'a quarterly churn measured with a window beside a monthly figure',
			{ metric: 'churn', value: 0.1, period: 'quarter', windowMonths: 12, businessModel: 'subscription' },
			'recurly-2017-all',
			'period-differs'
		],
		[
			'a yearly CRR measured with a 12-month window beside the yearly figure',
			{
				metric: 'crr',
				value: 14 / 73,
				period: 'year',
				windowMonths: 12,
				sampleSize: 73,
				counts: { start: 73, end: 86, acquired: 72, returning: 0 }
			},
			'windsor-2016-apparel-footwear-retention',
			null
		],
		[
			'a monthly churn measured with a window beside a monthly figure',
			{ metric: 'churn', value: 0.05, period: 'month', windowMonths: 1, businessModel: 'subscription' },
			'recurly-2017-all',
			null
		],
		// QA: one customer's repeat rate of 100 % was "72 points above 28 %… better".
		[
			'a repeat rate of 1 customer',
			{ metric: 'repeatPurchaseRate', value: 1, sampleSize: 1 },
			'metrilo-all-ecommerce',
			'small-sample'
		],
		[
			'a repeat rate of 29 customers',
			{ metric: 'repeatPurchaseRate', value: 1, sampleSize: 29 },
			'metrilo-all-ecommerce',
			'small-sample'
		],
		[
			'a repeat rate of 30 customers',
			{ metric: 'repeatPurchaseRate', value: 1, sampleSize: 30 },
			'metrilo-all-ecommerce',
			null
		],
		[
			'a yearly CRR with S = 12',
			{
				metric: 'crr',
				value: 0.5,
				period: 'year',
				windowMonths: 12,
				sampleSize: 12,
				counts: { start: 12, end: 10, acquired: 4, returning: 0 }
			},
			'windsor-2016-apparel-footwear-retention',
			'small-sample'
		],
		[
			'a small sample of another metric is still told apart by metric',
			{ metric: 'repeatPurchaseRate', value: 1, sampleSize: 1 },
			'bluecore-2023-apparel',
			'different-metric'
		]
	])('%s', (_label, measure, id, reason) => {
		const result = comparability(measure, figure(id));
		if (reason === null) expect(result.comparable).toBe(true);
		else expect(result).toEqual({ comparable: false, reason });
	});

	it('converts a typed value to the figure’s period and says so', () => {
		// 2 % churn a month kept as 98 %: a year retains 0.98^12 = 0.7847167…
		const result = comparability(
			{ metric: 'crr', value: 0.98, period: 'month' },
			figure('windsor-2016-apparel-footwear-retention')
		);
		expect(result.comparable).toBe(true);
		if (!result.comparable) return;
		expect(result.converted).toBe(true);
		expect(result.userValue).toBeCloseTo(0.7847167, 6);
	});

	it('leaves the value alone when the periods match', () => {
		const result = comparability(
			{ metric: 'churn', value: 0.05, period: 'month', businessModel: 'subscription' },
			figure('recurly-2017-all')
		);
		expect(result).toMatchObject({ comparable: true, userValue: 0.05, converted: false, recounted: null });
	});
});

describe('a yearly CRR from orders beside Windsor Circle’s retention is counted as Windsor counts it', () => {
	// S = 200 active a year earlier; E = 150 active at the end, of whom N = 60 new and 25 back after a lapse
	// of more than a year. The app's CRR (E − N) ÷ S = 90 / 200 = 45 %; Windsor's, of S who bought again,
	// (E − N − 25) ÷ S = 65 / 200 = 32.5 %.
	const yearly: MeasuredValue = {
		metric: 'crr',
		value: 90 / 200,
		period: 'year',
		windowMonths: 12,
		sampleSize: 200,
		counts: { start: 200, end: 150, acquired: 60, returning: 25 },
		fromOrders: true
	};
	const windsor = figure('windsor-2016-apparel-footwear-retention');

	it('compares (E − N − returning) ÷ S, and says with which counts', () => {
		const result = comparability(yearly, windsor);
		expect(result).toMatchObject({ comparable: true, userValue: 0.325, recounted: { retained: 65, start: 200 } });
		const comparison = compareWith(yearly, windsor)!;
		expect(comparison.userValue).toBe(0.325);
		expect(comparison.recounted).toEqual({ retained: 65, start: 200 });
		// The verdict's range is that of 65 in 200, not of the app's 90 in 200.
		expect(comparison.gap.range).toEqual(rateRange({ ...yearly, value: 0.325 }));
		expect(comparison.gap.direction).toBe('better');
	});

	it('gives the same value when no customer came back after a lapse', () => {
		const result = comparability(
			{ ...yearly, counts: { start: 200, end: 150, acquired: 60, returning: 0 } },
			windsor
		);
		expect(result).toMatchObject({ comparable: true, userValue: 0.45, recounted: { retained: 90, start: 200 } });
	});

	it.each<[string, MeasuredValue, string]>([
		['another activity window', { ...yearly, windowMonths: 6 }, 'window-differs'],
		[
			'figures stored before the returning customers were counted',
			{ ...yearly, counts: { start: 200, end: 150, acquired: 60 } },
			'returning-unknown'
		],
		['no counts at all', { ...yearly, counts: undefined }, 'returning-unknown'],
		[
			'a returning count stored as null',
			{ ...yearly, counts: { start: 200, end: 150, acquired: 60, returning: null as unknown as number } },
			'returning-unknown'
		],
		[
			'nobody at the start',
			{ ...yearly, counts: { start: 0, end: 60, acquired: 60, returning: 0 } },
			'small-sample'
		],
		[
			'counts that do not agree (more back after a lapse than E − N)',
			{ ...yearly, counts: { start: 200, end: 150, acquired: 60, returning: 95 } },
			'invalid-value'
		],
		[
			'counts that do not agree (more kept than S)',
			{ ...yearly, counts: { start: 200, end: 400, acquired: 60, returning: 0 } },
			'invalid-value'
		]
	])('is not compared with %s', (_name, measure, reason) => {
		expect(comparability(measure, windsor)).toEqual({ comparable: false, reason });
	});

	it('leaves a typed CRR as typed: the user counted it', () => {
		const typed: MeasuredValue = { metric: 'crr', value: 0.45, period: 'year' };
		expect(comparability(typed, windsor)).toMatchObject({ comparable: true, userValue: 0.45, recounted: null });
	});
});

describe('gapTo', () => {
	it.each([
		// repeat rate 22 % vs Metrilo's 28 %: 6 points behind, 6/28 = 21.4 % short.
		[0.22, 'metrilo-all-ecommerce', -0.06, -0.2142857, 'worse', 0.2142857],
		[0.35, 'metrilo-all-ecommerce', 0.07, 0.25, 'better', 0],
		[0.28, 'metrilo-all-ecommerce', 0, 0, 'level', 0],
		// churn: lower is better. 10 % vs 6.73 %: 3.27 points worse, 0.0327/0.0673 = 48.6 % short.
		[0.1, 'recurly-2017-all', 0.0327, 0.4858841, 'worse', 0.4858841],
		[0.05, 'recurly-2017-all', -0.0173, -0.2570579, 'better', 0],
		// money: $120 vs $163.09 median CLV.
		[120, 'windsor-2016-all-clv', -43.09, -0.2642099, 'worse', 0.2642099]
	])('%f vs %s', (user, id, difference, relative, direction, shortfall) => {
		const gap = gapTo(user, figure(id));
		expect(gap.difference).toBeCloseTo(difference, 6);
		expect(gap.relative).toBeCloseTo(relative, 6);
		expect(gap.direction).toBe(direction);
		expect(gap.shortfall).toBeCloseTo(shortfall, 6);
	});

	it('knows the direction of each metric', () => {
		expect(gapTo(0.1, figure('recurly-2017-all')).higherIsBetter).toBe(false);
		expect(gapTo(0.1, figure('metrilo-tea')).higherIsBetter).toBe(true);
	});

	it('treats floating-point noise as level', () => {
		expect(gapTo(0.1 + 0.2 - 0.02, { metric: 'crr', value: 0.28 }).direction).toBe('level');
	});

	it('has no relative gap against a zero benchmark, and still ranks the shortfall', () => {
		const gap = gapTo(0.1, { metric: 'cartAbandonmentRate', value: 0 });
		expect(gap.relative).toBeNull();
		expect(gap.direction).toBe('worse');
		expect(gap.shortfall).toBeCloseTo(0.1, 9);
	});
});

describe('comparableFigures', () => {
	it('sets a repeat-purchase rate beside every Metrilo figure and nothing else', () => {
		const ids = comparableFigures({ metric: 'repeatPurchaseRate', value: 0.25 }).map((c) => c.figure.id);
		expect(ids).toHaveLength(11);
		expect(ids.every((id) => id.startsWith('metrilo-'))).toBe(true);
	});

	it('sets a yearly shop CRR beside Windsor Circle only', () => {
		const ids = comparableFigures({ metric: 'crr', value: 0.3, period: 'year' }).map((c) => c.figure.id);
		expect(ids).toEqual(['windsor-2016-apparel-footwear-retention']);
	});

	it('sets a monthly subscription churn beside the four Recurly figures', () => {
		const comparisons = comparableFigures({
			metric: 'churn',
			value: 0.06,
			period: 'month',
			businessModel: 'subscription'
		});
		expect(comparisons.map((c) => c.figure.id)).toEqual([
			'recurly-2017-all',
			'recurly-2017-b2c',
			'recurly-2019-all',
			'recurly-2019-b2c'
		]);
		expect(comparisons.map((c) => c.gap.direction)).toEqual(['better', 'better', 'worse', 'better']);
	});

	it('finds nothing for a metric nobody publishes (NPS)', () => {
		expect(comparableFigures({ metric: 'nps', value: 20 })).toEqual([]);
	});
});

describe('figures for an industry or sector', () => {
	it('gives exactly the figures of one industry', () => {
		expect(figuresForIndustry('apparel').map((f) => f.id)).toEqual(['metrilo-apparel', 'bluecore-2023-apparel']);
	});

	it('gathers a sector across publishers and adds the shop averages', () => {
		expect(figuresForSector('apparel').map((f) => f.id)).toEqual([
			'metrilo-apparel',
			'metrilo-performance-sportswear',
			'metrilo-all-ecommerce',
			'bluecore-2023-apparel',
			'windsor-2016-apparel-footwear-retention',
			'windsor-2016-apparel-footwear-clv',
			'windsor-2016-all-clv'
		]);
	});

	it('leaves the averages out when asked', () => {
		const ids = figuresForSector('beauty', { withAverages: false }).map((f) => f.id);
		expect(ids).toEqual(['metrilo-beauty', 'bluecore-2023-health-beauty']);
	});

	it('never mixes subscription averages into a shop sector', () => {
		expect(figuresForSector('pet').some((f) => f.businessModel === 'subscription')).toBe(false);
		expect(figuresForSector('subscription').every((f) => f.businessModel === 'subscription')).toBe(true);
	});
});

/** A data set's monthly churn as the QA file gave it: Sept 2025, S = 93, 5 lapsed (5.4 %). */
const ordersChurn: MeasuredValue = {
	metric: 'churn',
	value: 5 / 93,
	period: 'month',
	windowMonths: 12,
	sampleSize: 93,
	counts: { start: 93, end: 92, acquired: 4 },
	fromOrders: true
};

describe('comparability: churn from orders is never set beside subscription churn', () => {
	// QA: Benchmarks showed an orders export's 5.4 % as "better than" Recurly's 6.7 % plan cancellations.
	it.each<[string, MeasuredValue, string, string | null]>([
		[
			'kind "Subscription" chosen',
			{ ...ordersChurn, businessModel: 'subscription' },
			'recurly-2017-all',
			'orders-not-subscription'
		],
		[
			'kind "Online shop" chosen',
			{ ...ordersChurn, businessModel: 'ecommerce' },
			'recurly-2019-all',
			'orders-not-subscription'
		],
		['no kind given', ordersChurn, 'recurly-2017-b2c', 'orders-not-subscription'],
		[
			'a yearly CRR from orders beside a shop figure stays comparable',
			{
				metric: 'crr',
				value: 0.3,
				period: 'year',
				windowMonths: 12,
				sampleSize: 200,
				counts: { start: 200, end: 160, acquired: 100, returning: 0 },
				fromOrders: true
			},
			'windsor-2016-apparel-footwear-retention',
			null
		],
		[
			'a subscription churn typed in stays comparable',
			{ metric: 'churn', value: 0.05, period: 'month', businessModel: 'subscription' },
			'recurly-2017-all',
			null
		],
		[
			'unlike metrics are still named as such',
			{ ...ordersChurn, metric: 'crr' },
			'recurly-2017-all',
			'different-metric'
		]
	])('%s', (_name, measure, id, reason) => {
		const result = comparability(measure, figure(id));
		expect(result.comparable ? null : result.reason).toBe(reason);
	});
});

describe('rateRange: the 95 % Wilson range of a rate with its customers as n', () => {
	it.each<[string, MeasuredValue, [number, number] | null]>([
		[
			'5 of 93 (QA: Sept 2025)',
			{ metric: 'churn', value: 5 / 93, period: 'month', sampleSize: 93 },
			[0.0231807, 0.1197484]
		],
		['20 of 93', { metric: 'churn', value: 20 / 93, period: 'month', sampleSize: 93 }, [0.1437502, 0.3089635]],
		['500 of 10,000', { metric: 'crr', value: 0.05, period: 'month', sampleSize: 10_000 }, [0.0458985, 0.0544471]],
		[
			'a repeat rate of 1,000 customers',
			{ metric: 'repeatPurchaseRate', value: 0.3, sampleSize: 1000 },
			[0.2724068, 0.3291239]
		],
		['a typed rate (no n)', { metric: 'churn', value: 0.05, period: 'month' }, null],
		[
			'an average order value (not a rate)',
			{ metric: 'aov', value: 23.17, currency: 'GBP', sampleSize: 145 },
			null
		],
		['a rate above 100 %', { metric: 'crr', value: 1.2, period: 'month', sampleSize: 93 }, null]
	])('%s', (_name, measure, expected) => {
		const range = rateRange(measure);
		if (expected === null) return expect(range).toBeNull();
		expect(range?.low).toBeCloseTo(expected[0], 6);
		expect(range?.high).toBeCloseTo(expected[1], 6);
	});

	it("states the range per the figure's period when the value is converted", () => {
		const range = rateRange({ metric: 'crr', value: 0.9, period: 'month', sampleSize: 1000 }, 'quarter');
		const month = rateRange({ metric: 'crr', value: 0.9, period: 'month', sampleSize: 1000 });
		expect(range?.low).toBeCloseTo(month!.low ** 3, 9);
		expect(range?.high).toBeCloseTo(month!.high ** 3, 9);
	});
});

describe("a verdict only when the figure lies outside the range of the user's rate", () => {
	// A subscription data set (not from orders) so the figures are comparable; n = S.
	const churn = (lost: number, start: number): MeasuredValue => ({
		metric: 'churn',
		value: lost / start,
		period: 'month',
		businessModel: 'subscription',
		sampleSize: start
	});
	it.each<[string, MeasuredValue, string, string]>([
		// QA: 5.4 % from S = 93 was "better" than 6.73 % and than 5.48 %; both lie in 2.3 % – 12.0 %.
		['5 of 93 vs 6.73 %', churn(5, 93), 'recurly-2017-all', 'unclear'],
		['5 of 93 vs 5.48 %', churn(5, 93), 'recurly-2019-all', 'unclear'],
		['20 of 93 (21.5 %, range 14.4 % – 30.9 %) vs 6.73 %', churn(20, 93), 'recurly-2017-all', 'worse'],
		['500 of 10,000 (5 %, range 4.6 % – 5.4 %) vs 6.73 %', churn(500, 10_000), 'recurly-2017-all', 'better'],
		['500 of 10,000 vs 5.48 % (just above the range)', churn(500, 10_000), 'recurly-2019-all', 'better'],
		[
			'a typed 5 % (no n) keeps its verdict',
			{ ...churn(5, 100), sampleSize: undefined },
			'recurly-2017-all',
			'better'
		]
	])('%s', (_name, measure, id, direction) => {
		const comparison = compareWith(measure, figure(id));
		expect(comparison?.gap.direction).toBe(direction);
		if (direction === 'unclear') expect(comparison?.gap.shortfall).toBe(0);
	});

	it('gives no verdict for the QA data set at all: its churn is not compared', () => {
		expect(compareWith({ ...ordersChurn, businessModel: 'subscription' }, figure('recurly-2017-all'))).toBeNull();
	});
});
