import type { IndustryId } from './industries';
import type { MetricId, RatePeriod } from './metrics';

/**
 * Published benchmark figures. Each one names its publisher, publication and year, and points to
 * a definition and a note on comparability in the message catalogue (`msg.benchmarks.definitions`,
 * `msg.benchmarks.notes`), so the UI can say exactly what the number measures.
 *
 * Only figures that could be attributed are here. `verification` records what was checked
 * (wording, value, year, title) and against which pages, and what could not be confirmed.
 */

export type PublicationId =
	'metrilo-glossary' | 'bluecore-2024' | 'windsor-circle-2016' | 'recurly-2017' | 'recurly-2019';

export interface Publication {
	publisher: string;
	/** The publication's own title, untranslated. */
	title: string;
	/** Year of publication; null when the page carries no date. */
	publishedYear: number | null;
	/** The publisher's page, where one was found. */
	url: string | null;
}

export const PUBLICATIONS: Record<PublicationId, Publication> = {
	'metrilo-glossary': {
		publisher: 'Metrilo',
		title: 'Retention rate (Metrilo ecommerce glossary)',
		publishedYear: null,
		url: 'https://metrilo.com/glossary/retention-rate'
	},
	'bluecore-2024': {
		publisher: 'Bluecore',
		title: "Bluecore's 2024 Customer Growth Benchmarks Report: Metrics for Identification, Conversion, and Retention in Retail",
		publishedYear: 2024,
		url: 'https://retailwire.com/resources/2024-customer-growth-benchmarks-report/'
	},
	'windsor-circle-2016': {
		publisher: 'Windsor Circle',
		title: '2016 Industry Benchmark Reports: Apparel & Footwear',
		publishedYear: 2016,
		url: 'https://blog.windsorcircle.com/2016-benchmark-reports-for-retailers'
	},
	'recurly-2017': {
		publisher: 'Recurly Research',
		title: 'Churn Rate Benchmarks',
		publishedYear: 2017,
		// Recurly's own benchmark page has since been updated with newer samples; the 2017 median is
		// quoted in this article by Recurly's CEO.
		url: 'https://www.digitalcommerce360.com/2017/10/06/using-subscription-benchmark-data-fight-churn/'
	},
	'recurly-2019': {
		publisher: 'Recurly Research',
		title: 'Annual Subscription Billing Metrics Report',
		publishedYear: null,
		url: 'https://recurly.com/research/annual-subscription-billling-metrics-report'
	}
};

/** Keys of `msg.benchmarks.definitions`: what exactly a figure counts. */
export type DefinitionKey =
	| 'metrilo-repeat-buyers'
	| 'bluecore-second-purchase'
	| 'windsor-retention'
	| 'windsor-clv'
	| 'recurly-monthly-churn'
	| 'recurly-b2c-monthly-churn';

/** Keys of `msg.benchmarks.notes`: when the figure may (not) be set beside a user's number. */
export type ComparabilityKey =
	'metrilo' | 'bluecore' | 'windsor-retention' | 'windsor-clv' | 'recurly-subscription' | 'recurly-b2c-2017';

export type BusinessModel = 'ecommerce' | 'subscription';

/** How the publisher summarised many businesses into one number. */
export type Statistic = 'mean' | 'median' | 'unstated';

/** Keys of `msg.benchmarks.verificationNotes`: what was and was not confirmed for a figure. */
export type VerificationNoteKey =
	| 'metrilo'
	| 'bluecore'
	| 'windsor-retention'
	| 'windsor-clv'
	| 'windsor-clv-all'
	| 'recurly-2017-all'
	| 'recurly-2017-b2c'
	| 'recurly-2019-all'
	| 'recurly-2019-b2c';

export interface Verification {
	status: 'verified' | 'partly-verified' | 'unverified';
	/** Pages the value, wording, year and title were checked against. */
	checkedAgainst: readonly string[];
	/** What was and was not confirmed, worded in the catalogue (`msg.benchmarks.verificationNotes`). */
	note: VerificationNoteKey;
}

export interface BenchmarkFigure {
	id: string;
	publication: PublicationId;
	industry: IndustryId;
	metric: MetricId;
	businessModel: BusinessModel;
	definition: DefinitionKey;
	comparability: ComparabilityKey;
	statistic: Statistic;
	/** Rates as fractions (0.28 = 28 %); money in `currency`. */
	value: number;
	currency?: string;
	/** The period a rate is stated per; absent when the metric has none (see PERIOD_SCALING). */
	period?: RatePeriod;
	/** The span of the underlying data, as the publisher states it (worded in the catalogue: benchmarks.dataPeriods). */
	dataPeriod: DataPeriod;
	verification: Verification;
}

export const DATA_PERIODS = [
	'notStated',
	'year2023',
	'years2015to2016Approx',
	'twelveMonthsTo2017',
	'year2019'
] as const;
export type DataPeriod = (typeof DATA_PERIODS)[number];

const METRILO_CHECK: Verification = {
	status: 'verified',
	checkedAgainst: ['https://metrilo.com/glossary/retention-rate'],
	note: 'metrilo'
};

/** Metrilo's niches, in the page's order: [industry, share of buyers who bought more than once]. */
const METRILO_NICHES: readonly (readonly [IndustryId, number])[] = [
	['tea', 0.21],
	['own-food-products', 0.245],
	['beauty', 0.26],
	['apparel', 0.26],
	['meal-delivery', 0.29],
	['supplements', 0.29],
	['coffee', 0.3],
	['pet-products', 0.315],
	['performance-sportswear', 0.33],
	['cbd', 0.36],
	['all-ecommerce', 0.28]
];

const metriloFigures: BenchmarkFigure[] = METRILO_NICHES.map(([industry, value]) => ({
	id: `metrilo-${industry}`,
	publication: 'metrilo-glossary',
	industry,
	metric: 'repeatPurchaseRate',
	businessModel: 'ecommerce',
	definition: 'metrilo-repeat-buyers',
	comparability: 'metrilo',
	statistic: 'mean',
	value,
	dataPeriod: 'notStated',
	verification: METRILO_CHECK
}));

const BLUECORE_CHECK: Verification = {
	status: 'verified',
	checkedAgainst: [
		'https://www.retailbrew.com/stories/2024/04/22/health-and-beauty-shoppers-most-likely-to-be-repeat-purchasers-study',
		'https://retailwire.com/resources/2024-customer-growth-benchmarks-report/'
	],
	note: 'bluecore'
};

const BLUECORE_VERTICALS: readonly (readonly [IndustryId, number])[] = [
	['jewelry-luxury', 0.099],
	['health-beauty', 0.215],
	['sporting-goods-outdoor', 0.212],
	['apparel', 0.202]
];

const bluecoreFigures: BenchmarkFigure[] = BLUECORE_VERTICALS.map(([industry, value]) => ({
	id: `bluecore-2023-${industry}`,
	publication: 'bluecore-2024',
	industry,
	metric: 'secondPurchaseWithinYear',
	businessModel: 'ecommerce',
	definition: 'bluecore-second-purchase',
	comparability: 'bluecore',
	statistic: 'unstated',
	value,
	dataPeriod: 'year2023',
	verification: BLUECORE_CHECK
}));

const WINDSOR_BLOG = 'https://blog.windsorcircle.com/2016-benchmark-reports-for-retailers';

const windsorFigures: BenchmarkFigure[] = [
	{
		id: 'windsor-2016-apparel-footwear-retention',
		publication: 'windsor-circle-2016',
		industry: 'apparel-footwear',
		metric: 'crr',
		businessModel: 'ecommerce',
		definition: 'windsor-retention',
		comparability: 'windsor-retention',
		statistic: 'mean',
		value: 0.24,
		period: 'year',
		dataPeriod: 'years2015to2016Approx',
		verification: {
			status: 'partly-verified',
			checkedAgainst: [
				WINDSOR_BLOG,
				'https://support.whatcounts.com/hc/en-us/articles/360048556312-Retention-Rate'
			],
			note: 'windsor-retention'
		}
	},
	{
		id: 'windsor-2016-apparel-footwear-clv',
		publication: 'windsor-circle-2016',
		industry: 'apparel-footwear',
		metric: 'clv',
		businessModel: 'ecommerce',
		definition: 'windsor-clv',
		comparability: 'windsor-clv',
		statistic: 'median',
		value: 163.09,
		currency: 'USD',
		dataPeriod: 'years2015to2016Approx',
		verification: {
			status: 'partly-verified',
			checkedAgainst: [WINDSOR_BLOG, 'http://www.windsorcircle.com/features/customer-lifetime-value'],
			note: 'windsor-clv'
		}
	},
	{
		id: 'windsor-2016-all-clv',
		publication: 'windsor-circle-2016',
		industry: 'all-ecommerce',
		metric: 'clv',
		businessModel: 'ecommerce',
		definition: 'windsor-clv',
		comparability: 'windsor-clv',
		statistic: 'median',
		value: 163.09,
		currency: 'USD',
		dataPeriod: 'years2015to2016Approx',
		verification: {
			status: 'partly-verified',
			checkedAgainst: [WINDSOR_BLOG],
			note: 'windsor-clv-all'
		}
	}
];

const RECURLY_2017_ARTICLE =
	'https://www.digitalcommerce360.com/2017/10/06/using-subscription-benchmark-data-fight-churn/';
const RECURLY_2019_PAGE = 'https://recurly.com/research/annual-subscription-billling-metrics-report';

const recurlyFigures: BenchmarkFigure[] = [
	{
		id: 'recurly-2017-all',
		publication: 'recurly-2017',
		industry: 'subscription-all',
		metric: 'churn',
		businessModel: 'subscription',
		definition: 'recurly-monthly-churn',
		comparability: 'recurly-subscription',
		statistic: 'median',
		value: 0.0673,
		period: 'month',
		dataPeriod: 'twelveMonthsTo2017',
		verification: {
			status: 'verified',
			checkedAgainst: [RECURLY_2017_ARTICLE],
			note: 'recurly-2017-all'
		}
	},
	{
		id: 'recurly-2017-b2c',
		publication: 'recurly-2017',
		industry: 'subscription-b2c',
		metric: 'churn',
		businessModel: 'subscription',
		definition: 'recurly-b2c-monthly-churn',
		comparability: 'recurly-b2c-2017',
		statistic: 'unstated',
		value: 0.0811,
		period: 'month',
		dataPeriod: 'twelveMonthsTo2017',
		verification: {
			status: 'partly-verified',
			checkedAgainst: ['https://info.recurly.com/research/churn-rate-benchmarks'],
			note: 'recurly-2017-b2c'
		}
	},
	{
		id: 'recurly-2019-all',
		publication: 'recurly-2019',
		industry: 'subscription-all',
		metric: 'churn',
		businessModel: 'subscription',
		definition: 'recurly-monthly-churn',
		comparability: 'recurly-subscription',
		statistic: 'median',
		value: 0.0548,
		period: 'month',
		dataPeriod: 'year2019',
		verification: {
			status: 'verified',
			checkedAgainst: [RECURLY_2019_PAGE],
			note: 'recurly-2019-all'
		}
	},
	{
		id: 'recurly-2019-b2c',
		publication: 'recurly-2019',
		industry: 'subscription-b2c',
		metric: 'churn',
		businessModel: 'subscription',
		definition: 'recurly-monthly-churn',
		comparability: 'recurly-subscription',
		statistic: 'median',
		value: 0.0681,
		period: 'month',
		dataPeriod: 'year2019',
		verification: {
			status: 'verified',
			checkedAgainst: [RECURLY_2019_PAGE],
			note: 'recurly-2019-b2c'
		}
	}
];

/** Every figure, grouped by publication in the order above. */
export const BENCHMARKS: readonly BenchmarkFigure[] = [
	...metriloFigures,
	...bluecoreFigures,
	...windsorFigures,
	...recurlyFigures
];

export function benchmarkById(id: string): BenchmarkFigure | undefined {
	return BENCHMARKS.find((figure) => figure.id === id);
}
