import { names } from './sources';

/** Messages of the benchmarks section: metric names, what each published figure counts, and caveats. */
export default {
	title: 'Benchmarks',
	metrics: {
		crr: 'Customer retention rate (CRR)',
		churn: 'Churn rate',
		repeatPurchaseRate: 'Repeat-purchase rate',
		secondPurchaseWithinYear: 'Second purchase in the same year',
		purchaseFrequency: 'Purchase frequency',
		aov: 'Average order value (AOV)',
		clv: 'Revenue per customer so far (“CLV” as Windsor Circle counts it)',
		nps: 'Net Promoter Score (NPS)',
		cartAbandonmentRate: 'Cart abandonment rate'
	},
	sectors: {
		all: 'All online shops',
		apparel: 'Apparel and footwear',
		beauty: 'Beauty',
		'food-drink': 'Food and drink',
		health: 'Health and supplements',
		pet: 'Pet products',
		sports: 'Sports and outdoor',
		'jewelry-luxury': 'Jewellery and luxury',
		subscription: 'Subscriptions'
	},
	industries: {
		'all-ecommerce': 'All online shops (average)',
		tea: 'Tea',
		'own-food-products': 'Own food products',
		beauty: 'Beauty',
		apparel: 'Apparel',
		'meal-delivery': 'Meal delivery',
		supplements: 'Supplements',
		coffee: 'Coffee',
		'pet-products': 'Pet products',
		'performance-sportswear': 'High-performance sports clothing',
		cbd: 'CBD',
		'jewelry-luxury': 'Jewellery and luxury',
		'health-beauty': 'Health and beauty',
		'sporting-goods-outdoor': 'Sporting goods and outdoor',
		'apparel-footwear': 'Apparel and footwear',
		'subscription-all': 'Subscription businesses, all industries',
		'subscription-b2c': 'Subscription businesses selling to consumers (B2C)'
	},
	definitions: {
		'metrilo-repeat-buyers':
			'Repeat buyers divided by all buyers: the share of a shop’s customers who have ordered more than once. Metrilo calls this the “retention rate” (also reorder rate or repeat-purchase rate); it is not the CRR of the (E − N) / S formula. The time window is not stated.',
		'bluecore-second-purchase':
			'Of the shoppers who made their first purchase with a retailer in 2023, the share who made a second purchase in the same year.',
		'windsor-retention':
			'Of the customers who were active a year earlier (a purchase in the 12 months before that date), the share who bought again within the following 12 months.',
		'windsor-clv':
			'Median customer lifetime value in US dollars: what a customer has spent with the shop so far (revenue, not profit; not a forecast).',
		'recurly-monthly-churn':
			'Median, over the subscription businesses in the sample, of the monthly churn rate: the share of subscribers who cancel or lapse in a month.',
		'recurly-b2c-monthly-churn':
			'The monthly churn rate of the subscription businesses in the sample that sell to consumers (B2C): the share of subscribers who cancel or lapse in a month.'
	},
	notes: {
		metrilo:
			'A survey of Metrilo’s client shops, mostly small direct-to-consumer brands; neither the sample size nor the time window is published. Compare a repeat-purchase rate over a similar span of data: a young shop scores lower simply because its customers have had less time to come back.',
		bluecore:
			'More than 100 US retailers, 2023 data. Only first purchases in 2023 count, and only a second purchase in the same calendar year, so a December first-timer had a few weeks to return. Compare the same calculation on your data, not a lifetime repeat-purchase rate.',
		'windsor-retention':
			'About 100 apparel and footwear brands using Windsor Circle, data from around 2015: of the customers active a year earlier, the share who bought again within the year. The app’s yearly CRR (E − N) ÷ S also keeps customers who return after more than a year away, so a data set’s CRR is set beside it counted the same way: (E − N − those customers) ÷ S, with a 12-month activity window. A CRR typed in as (E − N) ÷ S keeps those customers too, so it comes out higher than Windsor would count it.',
		'windsor-clv':
			'US dollars at 2015–2016 prices, with no conversion: only a CLV measured in US dollars, as revenue per customer to date, is set beside it.',
		'recurly-subscription':
			'Subscription businesses, where churn means cancelled or lapsed recurring plans. A shop whose customers simply stop ordering measures something else; compare only a monthly subscription churn rate.',
		'recurly-b2c-2017':
			'Subscription businesses selling to consumers. The source does not say whether this is a median or a mean, so it is not directly comparable with the all-industries median of the same study.'
	},
	verificationNotes: {
		metrilo: `Values and the definition ("repeat buyers number / total number of buyers", "average retention rate by niche as per our recent survey") match the glossary page. The page is undated and gives neither the survey date nor its sample; ${names['001']} cites the 28 % average.`,
		bluecore:
			'Values, verticals and definition ("only 9.9% of those who made a first purchase in 2023 made a second purchase that year"; 2023 data for more than 100 retailers) from Retail Brew\'s report of the study (22 April 2024); the title from the report\'s landing page. The PDF itself was not read, so whether the rate is pooled or averaged over retailers is not known.',
		'windsor-retention':
			'"An average retention rate of 24%" for 100 apparel and footwear brands is in Windsor Circle\'s blog synopsis of the report (21 April 2016). The report was not read; the definition (active customers a year earlier who bought again within the year) is the one documented by WhatCounts, which took over Windsor Circle, and is assumed to be the one used. The synopsis also says "16% lower than all eCommerce brands", which could mean points or per cent, so no all-ecommerce figure is derived from it.',
		'windsor-clv':
			'"A median CLV of $163.09" is in the blog synopsis. That CLV means historical revenue per customer ("actual CLV") is taken from Windsor Circle\'s product page, not from the report.',
		'windsor-clv-all':
			'The synopsis says the apparel and footwear median CLV is "equal to the median CLV for all eCommerce brands"; the all-brands value is taken from that sentence. Same caveat on the CLV definition as the apparel figure.',
		'recurly-2017-all':
			'Recurly\'s CEO in Digital Commerce 360 (6 October 2017): a sample of more than 1,200 subscription businesses, "our 12-month study found the median monthly churn rate across all data points was 6.73%".',
		'recurly-2017-b2c':
			'B2C 8.11 % is on a version of Recurly\'s benchmark page describing "a sample of over 1,200 sites over 12 months", which matches the 2017 study; the page is undated and does not say whether the value is a median or a mean.',
		'recurly-2019-all':
			'"All Industries 5.48% MEDIAN", nearly 2,000 subscription sites, January–December 2019, on the report page. The publication year is not shown on the page.',
		'recurly-2019-b2c':
			'"B2C Industries 6.81% MEDIAN" on the report page (same sample as the all-industries figure).'
	},
	statistics: {
		mean: 'Average over businesses',
		median: 'Median over businesses',
		unstated: 'How businesses were combined is not stated'
	},
	verification: {
		verified: 'Checked against the publisher or a report of the publication',
		'partly-verified': 'Value checked; part of the definition or date could not be confirmed',
		unverified: 'Not checked against the source'
	},
	directions: {
		better: 'better than the benchmark',
		worse: 'behind the benchmark',
		level: 'level with the benchmark',
		unclear: 'about the same as the benchmark'
	},
	notComparable: {
		'invalid-value': 'Your value is not a valid number for this metric.',
		'different-metric': 'This figure measures something else.',
		'orders-not-subscription':
			'Yours is measured from an orders export: customers who stopped ordering (no order within the activity window). This figure counts cancelled subscription plans, which an orders export does not hold, so the two are not compared, whatever kind of business is chosen.',
		'business-model': 'This figure is for a different kind of business (shop or subscription).',
		'period-missing': 'Say which period your value covers (month, quarter or year) to compare it.',
		currency: 'This figure is in another currency; no exchange rate is applied.',
		'period-differs':
			'Yours was measured from orders with an activity window over another period. Such a rate is not the same every period, so it is not converted by compounding; it is compared only with figures of its own period (the yearly CRR is measured over the last 12 whole months).',
		'window-differs':
			'This figure counts customers active in the 12 months before a date who bought again within the next 12; yours was measured with another activity window, so it counts other customers as kept. The yearly CRR of the last 12 whole months, with a 12-month window, is compared with it.',
		'returning-unknown':
			'This figure leaves out customers who come back after more than a year away; the figures stored for this data set do not say how many those are. Open the data set on the Analysis page once to record them.',
		'small-sample': 'Fewer than 30 customers behind your value: too few for a verdict.'
	},
	recounted: (p: { retained: string; start: string; value: string }) =>
		`Counted as this figure counts it: of the ${p.start} customers active a year earlier (S), ${p.retained} bought again within the year, ${p.value}. Customers back after more than a year away, whom your CRR keeps in E − N, are left out.`,
	converted: 'Your value was converted to the figure’s period, assuming the same rate every period.',
	intro: 'Published figures for online shops and subscription businesses, each with exactly what it counts, who published it and when. Your own number is set beside the figures that measure the same thing, and only those.',
	choice: {
		heading: 'Your industry',
		sector: 'Sector',
		industry: 'Industry',
		allInSector: 'All industries of this sector',
		hint: 'Averages over all online shops (or all subscription businesses) are shown too, to fall back on.'
	},
	baseline: {
		heading: 'Your numbers',
		intro: 'Pick what to compare: a calculator scenario you saved, the figures of an analysed data set, or a value you type in.',
		source: 'Compare',
		sources: {
			none: 'Nothing yet',
			scenario: 'A saved calculator scenario',
			dataset: 'An analysed data set',
			typed: 'A value I type in'
		},
		scenario: 'Scenario',
		noScenarios:
			'No saved scenario holds a number that can be compared yet. Save one in a calculator: CRR, churn, repeat-purchase rate, order value or frequency.',
		scenarioOption: (p: { name: string; calculator: string }) => `${p.name} (${p.calculator})`,
		dataset: 'Data set',
		noDatasets: 'No analysed data set yet. Import orders on the Data page, then open the Analysis.',
		datasetOption: (p: { name: string; date: string }) => `${p.name}, analysed ${p.date}`,
		datasetBasis: (p: { period: string; window: string }) =>
			`The figures the Analysis page shows for this data set, with ${p.period} periods and a ${p.window}-month activity window (its latest settings there). Change them there and these follow; a date range chosen there is not applied here. The CRR and churn per year are measured over the data’s last 12 whole months with a 12-month window, never compounded from a month or quarter.`,
		datasetSpan: (p: { customers: string; days: string; from: string; orders: string; to: string }) =>
			`Basis: all orders, from ${p.from} to ${p.to} (days: ${p.days}; customers: ${p.customers}; orders: ${p.orders}).`,
		withheldHeading: 'Flagged on the Analysis page, so not compared',
		choose: 'Choose…',
		metric: 'Metric',
		value: 'Your value',
		valueHint: {
			ratio: 'A percentage from 0 to 100, e.g. 28.',
			currency: 'An amount, in the currency of your settings.',
			perPeriod: 'Orders per customer over the period.'
		},
		typedAsFraction: (p: { typed: string; meant: string; fraction: string; percent: string }) =>
			`${p.typed} is under 1%: did you mean ${p.meant}? Type the percentage itself (${p.percent} for ${p.meant}), not the fraction (${p.fraction}).`,
		period: 'Period it covers',
		businessModel: 'Kind of business',
		businessModels: {
			ecommerce: 'Online shop (customers simply stop ordering)',
			subscription: 'Subscription (customers cancel a plan)'
		},
		moneyNote: (p: { currency: string }) =>
			`Amounts from scenarios and typed values are read as ${p.currency} (your currency setting). No exchange rate is applied, so they are only set beside figures in ${p.currency}.`,
		nothing: 'Pick a baseline to see your numbers beside the figures.',
		nothingMeasured: 'This baseline holds no number that a benchmark could measure.'
	},
	figures: {
		heading: 'Published figures',
		count: (p: { n: string }) => `${p.n} figures for this choice.`,
		definition: 'What it counts',
		value: 'Value',
		period: 'Period',
		source: 'Source',
		published: 'Published',
		title: 'Title',
		statistic: 'Summary',
		dataPeriod: 'Data from',
		verification: 'Verification',
		comparability: 'When to compare',
		link: 'Publisher’s page',
		/** A value and its period, e.g. “24 % per year”. */
		valuePer: (p: { value: string; period: string }) => `${p.value} ${p.period}`,
		perPeriod: {
			month: 'per month',
			quarter: 'per quarter',
			year: 'per year'
		},
		noPeriod: 'None: not stated per month, quarter or year',
		undated: 'Undated',
		checkedAgainst: 'Checked against'
	},
	/** The span of data behind a figure, as its publisher states it. */
	dataPeriods: {
		notStated: 'Not stated',
		year2023: '2023',
		years2015to2016Approx: '2015–2016 (not stated exactly)',
		twelveMonthsTo2017: '12 months to 2017',
		year2019: 'January–December 2019'
	},
	comparison: {
		heading: 'Your numbers beside the figures',
		/** A figure named with its value, e.g. “Apparel (Metrilo, undated), 26 %”. */
		figureWithValue: (p: { figure: string; value: string }) => `${p.figure}, ${p.value}`,
		you: 'You',
		youWith: (p: { basis: string }) => `You (${p.basis})`,
		measuredBasis: (p: { acquired: string; end: string; period: string; start: string; window: string }) =>
			`Measured over ${p.period} with a ${p.window}-month activity window: S = ${p.start}, E = ${p.end}, N = ${p.acquired}.`,
		sampleBasis: (p: { n: string }) => `Customers behind it: ${p.n}.`,
		smallSample: (p: { n: string; low: string; high: string }) =>
			`Too few customers for a verdict (${p.n}; at least 30 are needed). The 95 % range of the true rate: ${p.low} to ${p.high}.`,
		yours: (p: { metric: string; value: string }) => `Your ${p.metric}: ${p.value}`,
		chartTitle: (p: { metric: string }) => `Your ${p.metric} beside comparable figures`,
		chartDescription: (p: { metric: string; n: string }) =>
			`Horizontal bars: your ${p.metric} (highlighted, striped) and ${p.n} published figures of the same metric; the dashed line marks your value.`,
		figureLabel: (p: { publisher: string; year: string; industry: string }) =>
			`${p.industry} (${p.publisher}, ${p.year})`,
		undated: 'undated',
		above: (p: { user: string; benchmark: string; by: string; relative: string }) =>
			`Yours (${p.user}) is ${p.by} above ${p.benchmark} (${p.relative} higher).`,
		below: (p: { user: string; benchmark: string; by: string; relative: string }) =>
			`Yours (${p.user}) is ${p.by} below ${p.benchmark} (${p.relative} lower).`,
		unclear: (p: { user: string; benchmark: string; low: string; high: string }) =>
			`Yours (${p.user}) and ${p.benchmark} are about the same: from the customers behind yours, its 95 % range is ${p.low} to ${p.high}, and the figure lies within it, so the difference may be chance alone.`,
		level: (p: { user: string; benchmark: string }) => `Yours (${p.user}) is level with ${p.benchmark}.`,
		points: (p: { n: string }) => `${p.n} percentage points`,
		gapsLabel: 'Gaps',
		noneComparable: (p: { metric: string }) =>
			`No figure shown here is measured the same way as yours (${p.metric}), so yours is not compared. Try another sector or industry.`,
		notComparedHeading: (p: { n: string }) => `Figures not compared with it (${p.n}), and why`,
		differentMetric: (p: { figure: string; yours: string }) =>
			`It measures another metric: “${p.figure}”, where yours is “${p.yours}”.`
	},
	units: {
		perPeriod: (p: { n: string; period: string }) => `${p.n} orders per customer ${p.period}`,
		score: (p: { n: string }) => p.n
	},
	chart: {
		table: 'Show the chart as a table',
		label: 'Bar',
		value: 'Value'
	},
	links: {
		whatIf: 'What-if: try a change in retention or order value',
		planner: 'Planner: the tactics ordered by your gaps'
	}
};
