import { dayCount } from './plural';

/** Messages of the page that puts two data sets side by side. */

export default {
	title: 'Compare two data sets',
	link: 'Compare two data sets side by side (two shops, or two exports)',
	intro: 'Two shops, or two exports of one shop, side by side: the same settings and date range applied to both, computed in this browser.',
	datasetA: 'Data set A',
	datasetB: 'Data set B',
	needTwo: 'Comparing needs two data sets with individual orders. Import another one first.',
	importMore: 'Import orders',
	sameTwice: 'Choose two different data sets.',
	computing: 'Analysing both data sets…',
	failed: (p: { detail: string }) => `The comparison failed: ${p.detail}`,
	unknownCurrency: 'an unknown currency',
	currencyNote: (p: { nameA: string; a: string; nameB: string; b: string }) =>
		`${p.nameA} is in ${p.a} and ${p.nameB} in ${p.b}. Amounts are shown each in its own currency and are not compared with each other or added up.`,
	spanNote: (p: { nameA: string; fromA: string; toA: string; nameB: string; fromB: string; toB: string }) =>
		`The data sets cover different days: ${p.nameA} from ${p.fromA} to ${p.toA}, ${p.nameB} from ${p.fromB} to ${p.toB}. To compare like with like, choose a date range within the days both cover.`,
	sharedSpan: (p: { from: string; to: string }) => `Both cover ${p.from} to ${p.to}.`,
	noSharedSpan: 'They have no day in common, so no date range applies to both.',
	revenueNote: (p: { nameA: string; a: string; nameB: string; b: string }) =>
		`Revenue is measured differently: ${p.nameA} as “${p.a}”, ${p.nameB} as “${p.b}”.`,
	rangeApplied: (p: { from: string; to: string }) =>
		`Both are limited to ${p.from} – ${p.to}; a customer who bought before that is a returning customer, not a new one.`,
	allOrders: 'All orders of each data set.',
	kpiHeading: 'Key figures',
	kpiCaption: 'Key figures of the two data sets',
	figure: 'Figure',
	revenue: 'Revenue',
	revenueTwo: (p: { a: string; b: string }) => `A: ${p.a}; B: ${p.b} (measured differently, not comparable)`,
	assumedOne: (p: { name: string; currency: string }) =>
		`${p.name} names no currency in its file: its amounts are shown in ${p.currency}, your setting, as on the Analysis page. If that is not their currency, change it in Settings.`,
	assumedBoth: (p: { nameA: string; nameB: string; currency: string }) =>
		`Neither ${p.nameA} nor ${p.nameB} names a currency in its file: both are shown in ${p.currency}, your setting, as on the Analysis page, and so compared as one currency. If that is not their currency, change it in Settings.`,
	outsideOne: (p: { name: string; from: string; to: string }) =>
		`The range reaches outside the data of ${p.name}: its orders run from ${p.from} to ${p.to}, and the range must lie in days both data sets cover. Choose dates within those.`,
	outsideBoth: (p: { nameFrom: string; nameTo: string; from: string; to: string }) =>
		`The range reaches outside the days both data sets cover: from ${p.from} (the first order of ${p.nameFrom}) to ${p.to} (the last order of ${p.nameTo}). Choose dates within those.`,
	exportKpis: 'Download the key figures (CSV)',
	basis: {
		extrapolated: 'extrapolated from less than a year of data',
		tooShort: 'not stated per year: less than 90 days of data',
		notMeasurable: 'not yet measurable',
		windowShort: 'not measurable: the activity window is shorter than the period',
		aboveHundred: 'above 100 %: customers came back after a lapse'
	},
	periodCell: (p: { period: string; s: string; e: string; n: string }) => `${p.period}: S ${p.s}, E ${p.e}, N ${p.n}`,
	periodsDiffer: (p: { a: string; b: string }) =>
		`Not the same period: A’s latest measurable period is ${p.a}, B’s is ${p.b}. Choose a date range that ends at the same period for both to compare like with like.`,
	retentionHeading: 'Period retention',
	chartTitle: (p: { period: string }) => `Customer retention rate per ${p.period}, both data sets`,
	chartDescription:
		'The CRR of each data set per period, where it is measurable. A period a data set does not cover, or cannot measure, has no point.',
	noPeriod: 'no data',
	exportPeriods: 'Download the periods (CSV)',
	/** The notes and words the compare CSVs write in their cells, in the user's language. */
	csv: {
		allOrders: 'all orders',
		yes: 'yes',
		revenueDiffers: (p: { a: string; b: string }) =>
			`revenue measured differently: A as ${p.a}, B as ${p.b}; not comparable`,
		currencyAssumed: (p: { side: string; currency: string }) =>
			`${p.side}: the file names no currency; ${p.currency} is the user's setting`,
		noData: 'no data',
		cutByRange: (p: { covered: string; days: string }) =>
			`cut by the date range: ${p.covered} of ${dayCount(p.days)} in it`,
		partial: (p: { covered: string; days: string }) =>
			`partial: the data covers ${p.covered} of ${dayCount(p.days)}`,
		windowShort: 'not measurable: the activity window is shorter than the period',
		baseBuilding: (p: { from: string }) => `base still building: measurable from ${p.from}`,
		noBase: 'no customers at the start'
	}
};
