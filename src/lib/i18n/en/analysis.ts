import { dayCount } from './plural';
import { names } from './sources';

/** Messages of the Analysis section. */

export default {
	title: 'Analysis',
	intro: 'Retention, cohorts and segments of one data set, computed in this browser.',
	dataset: 'Data set',
	noDatasets: 'There is no data set yet.',
	importFirst: 'Import orders first',
	pick: 'Choose a data set',
	computing: 'Analysing…',
	notFound: 'This data set no longer exists (it may have been deleted in another tab).',
	summaryOnly:
		'This data set is a per-customer summary: it has no individual orders, so there are no periods, cohorts or segments. Predicted lifetime value works from it.',
	failed: (p: { detail: string }) => `The analysis failed: ${p.detail}`,
	range: (p: { customers: string; from: string; orders: string; to: string }) =>
		`${p.orders} ${p.orders === '1' ? 'order' : 'orders'} of ${p.customers} ${p.customers === '1' ? 'customer' : 'customers'}, ${p.from} – ${p.to}.`,
	zeroValueOrders: (p: { count: string }) =>
		`Counted as orders: ${p.count} ${p.count === '1' ? 'order' : 'orders'} of the data set with a total of 0 (free samples, replacements, orders discounted in full; see its import report). They count as orders in every figure (orders, average order value, frequency, repeat-purchase rate, retention, cohorts and the CLV model), and a customer whose only order is of 0 is a customer.`,
	unknownStatuses: (p: { count: string; statuses: string }) =>
		`Counted as purchases: ${p.count} ${p.count === '1' ? 'order' : 'orders'} with a status this app does not know (${p.statuses}). If a status means the order was not paid, was cancelled or was refunded, orders, revenue and repeat figures include orders that were no sale (see the data set’s import report).`,
	currencyNotCode: (p: { code: string }) =>
		`This data set’s currency is stored as “${p.code}”, which is not a currency code: its amounts are shown as plain numbers with “${p.code}” beside them. Import the file again to have its currency read anew.`,
	currencyAssumed: (p: { currency: string }) =>
		`The file names no currency (the import report says so): its amounts are shown in ${p.currency}, your setting. If that is not their currency, change it in Settings (no new import is needed).`,
	currencyAssumedBrowser: (p: { currency: string }) =>
		`The file names no currency (the import report says so): its amounts are shown in ${p.currency}, the currency of your browser’s region (none is chosen in Settings). If that is not their currency, choose it in Settings.`,
	sharedCurrencyMarkBrowser: (p: { mark: string; currency: string; currencies: string }) =>
		`The file’s amounts are written with “${p.mark}”, which several currencies use (${p.currencies}), and the file names no currency: they are shown in ${p.currency}, the currency of your browser’s region (none is chosen in Settings). If that is not their currency, choose it in Settings.`,
	sharedCurrencyMark: (p: { mark: string; currency: string; currencies: string }) =>
		`The file’s amounts are written with “${p.mark}”, which several currencies use (${p.currencies}), and the file names no currency: they are shown in ${p.currency}, your setting. If that is not their currency, change it in Settings.`,
	/** Beside an amount of a data set whose orders are in several currencies, added up unconverted: no currency's sign. */
	mixedCurrencies: 'mixed currencies',
	severalCurrencies: (p: { counts: string }) =>
		`Orders are in several currencies (${p.counts}). Amounts were added up without conversion, so revenue, order values and CLV mix currencies.`,
	severalCurrenciesOf: (p: { name: string; counts: string }) =>
		`${p.name}: orders are in several currencies (${p.counts}). Its amounts were added up without conversion, so they are in no one currency and are not compared with the other data set’s.`,
	settings: 'Settings',
	periodLabel: 'Period',
	windowLabel: 'Activity window (months)',
	windowShortHint: (p: { period: string; months: string }) =>
		`Shorter than the period (${p.period}): no CRR can be measured with it; use at least ${p.months} months.`,
	windowHelp: 'A customer belongs to the customer base while their last purchase is at most this long ago.',
	windowInvalid: 'Use a whole number of months from 1 to 36.',
	dateRange: {
		heading: 'Date range',
		from: 'From',
		to: 'To',
		presets: 'Quick ranges',
		preset: {
			last90: 'Last 90 days',
			last12Months: 'Last 12 months',
			thisQuarter: 'This quarter',
			lastQuarter: 'Last quarter',
			thisYear: 'This year',
			all: 'All orders'
		},
		presetsHelp: (p: { last: string }) =>
			`Quick ranges count back from the data's last order day, ${p.last}, not from today.`,
		missingFrom: 'Enter a start date as well, or clear both dates to use all orders.',
		missingTo: 'Enter an end date as well, or clear both dates to use all orders.',
		formatFrom: 'The start date is not a valid date.',
		formatTo: 'The end date is not a valid date.',
		order: 'The start date is after the end date.',
		stale: (p: { from: string; to: string }) =>
			`The figures below are still for ${p.from} – ${p.to}, the last valid dates: correct the dates to update them.`,
		outside: (p: { from: string; to: string }) =>
			`The range reaches outside the data: its orders run from ${p.from} to ${p.to}. Choose dates within those.`,
		rule: 'Within a range, the key figures, segments and cohorts count only the orders of the range. “New” means new to the shop: a customer whose first order ever falls in the range. A customer who bought before the range is a returning customer, not a new one. Period retention takes the customer base from the whole history and shows the periods of the range; a period the range cuts is not measured. Predicted CLV further down uses all orders.',
		summary: (p: {
			orders: string;
			customers: string;
			from: string;
			to: string;
			newCustomers: string;
			returning: string;
		}) =>
			`${p.orders} ${p.orders === '1' ? 'order' : 'orders'} of ${p.customers} ${p.customers === '1' ? 'customer' : 'customers'} from ${p.from} to ${p.to}: ${p.newCustomers} new to the shop, ${p.returning} returning (they bought before the range).`,
		newMayBeEarlier: (p: { count: string; total: string; from: string; window: string; until: string }) =>
			`New customers first seen before ${p.until}, less than one ${p.window}-month activity window after the data begins on ${p.from}: ${p.count} of the ${p.total} (may include earlier buyers). A customer who bought before the data begins has no earlier order here, so counts as new.`,
		notPublished:
			'The figures of a range stay on this page: Benchmarks, Planner and What-if use the figures of all orders.'
	},
	periodCompare: {
		heading: 'Compared with earlier periods',
		chooseRange:
			'Choose a date range to compare its key figures with the period just before it and with the same dates a year earlier.',
		previous: 'Previous period',
		yearAgo: 'A year earlier',
		previousToDate: {
			month: 'The same days of the month before',
			quarter: 'The same days of the quarter before',
			year: 'The same dates of the year before'
		},
		/** A quarter or year to date of whole months (1 Apr – 31 May): the same whole months of the one before. */
		previousMonthsToDate: {
			quarter: 'The same months of the quarter before',
			year: 'The same months of the year before'
		},
		rangeOf: (p: { label: string; from: string; to: string }) => `${p.label}: ${p.from} – ${p.to}`,
		notComparable: 'not comparable',
		notComparableWhy: (p: { label: string; dataFrom: string }) =>
			`${p.label}: not comparable, because the data begins on ${p.dataFrom} and does not cover all of it.`,
		figure: (p: { before: string; change: string }) => `${p.before} (${p.change})`,
		points: (p: { value: string }) => `${p.value} pp`,
		noChange: 'no change figure',
		flaggedHelp:
			'A figure that is not a plain fact in either range (a per-year figure extrapolated from a short span, a CRR above 100 % or not yet measurable) is marked “not comparable”: its change would not be a fact.',
		changeHelp:
			'Changes of rates are in percentage points (pp), changes of amounts and counts in per cent. There is no per cent change from an earlier figure of 0 or less.'
	},
	kpi: {
		heading: 'Key figures',
		showFormula: 'How is this computed?',
		customers: 'Customers',
		orders: 'Orders',
		revenue: 'Revenue (order totals)',
		revenuePerCustomer: 'Revenue per customer so far',
		aov: 'Average order value',
		frequency: 'Purchase frequency',
		frequencyUnit: 'orders per customer per year',
		repeat: 'Repeat-purchase rate',
		crr: (p: { period: string }) => `Customer retention rate (${p.period})`,
		churn: (p: { period: string }) => `Churn (${p.period})`,
		clv: 'Simple CLV (AOV × frequency × lifetime)',
		notAvailable: 'not available',
		notMeasurable: 'not yet measurable',
		flagged: 'Read with care',
		customersFormula: (p: { customers: string }) => `Customers with at least one kept order: ${p.customers}.`,
		ordersFormula: (p: { orders: string }) => `Orders kept after the import’s checks: ${p.orders}.`,
		revenueNetSales: 'Net sales',
		revenueLineItems: 'Sales (quantity × price)',
		revenueNetSalesFormula: (p: { revenue: string }) =>
			`Sum of the kept orders’ net sales: after discounts, less the sales share of refunds and less returns and credit notes; tax and shipping are not sales and are not in it: ${p.revenue}.`,
		revenueLineItemsFormula: (p: { revenue: string }) =>
			`Sum of quantity × unit price over the kept orders’ lines, less returns and credit notes, at the prices the file gives (the file has no tax or shipping columns): ${p.revenue}.`,
		revenueLessShipping: 'Revenue (order totals less shipping)',
		revenueLessShippingFormula: (p: { revenue: string }) =>
			`Sum of the kept orders’ totals less shipping, less the sales share of refunds and less returns; the file has no tax column, so the figure may include tax: ${p.revenue}.`,
		revenueLineAmounts: 'Revenue (item amounts)',
		revenueLineAmountsFormula: (p: { revenue: string }) =>
			`Sum of the amounts on the kept orders’ rows (one row per item), less refunds and returns; the file does not split them into tax and shipping, so they may include them: ${p.revenue}.`,
		revenueLineTyped: 'Net sales (item rows)',
		revenueLineTypedFormula: (p: { revenue: string }) =>
			`Sum of the kept orders’ item and discount rows (one row per item), less refunds and returns; rows the file marks as shipping, fees or tax are not sales and are not in it: ${p.revenue}.`,
		revenueParts: 'Revenue, part by part',
		revenuePartsAllOrders: (p: { from: string; to: string }) =>
			`Revenue, part by part: all orders (${p.from} – ${p.to}), not the range`,
		revenuePartsRangeNote: (p: { from: string; to: string; revenue: string; name: string }) =>
			`The import records revenue part by part for the data set as a whole, not for each order, so this breakdown covers all orders (${p.from} – ${p.to}), not the range. For the range only the total can be given: ${p.name} ${p.revenue} (the card above).`,
		revenuePartsMissing:
			'This data set was imported before its revenue was recorded part by part: import the file again to see gross sales, discounts, refunds, returns, tax and shipping separately.',
		revenueFormula: (p: { revenue: string }) =>
			`Sum of the kept orders’ totals, less the refunds the import subtracted: ${p.revenue}. Where a file’s order totals include tax and shipping, so does this sum.`,
		revenuePerCustomerFormula: (p: { revenue: string; customers: string; value: string; days: string }) =>
			`Revenue ÷ customers = ${p.revenue} ÷ ${p.customers} = ${p.value}: what a customer has spent so far, over ${dayCount(p.days)} of data. Not a forecast; Windsor Circle calls this “CLV”.`,
		revenuePerCustomerInRange: 'Revenue per customer in these dates',
		revenuePerCustomerRangeFormula: (p: {
			revenue: string;
			customers: string;
			value: string;
			days: string;
			returning: string;
		}) =>
			`Revenue ÷ customers = ${p.revenue} ÷ ${p.customers} = ${p.value}: what a customer spent within these dates (${dayCount(p.days)}), not all they have spent: ${p.returning} of the ${p.customers} customers had bought before them. Not a forecast.`,
		revenuePerCustomerNoOrders: (p: { days: string }) =>
			`No orders in these dates (${dayCount(p.days)}): no customer bought in them, so there is no revenue per customer.`,
		aovNoOrders: (p: { days: string }) =>
			`No orders in these dates (${dayCount(p.days)}): there is no order value to average, so there is no AOV.`,
		repeatNoOrders: (p: { days: string }) =>
			`No orders in these dates (${dayCount(p.days)}): no customer bought in them, so there is no repeat-purchase rate.`,
		noOrders: 'No orders in these dates: there is nothing to count per customer or per year.',
		aovFormula: (p: { aov: string; orders: string; revenue: string }) =>
			`AOV = revenue ÷ orders = ${p.revenue} ÷ ${p.orders} = ${p.aov}`,
		frequencyFormula: (p: {
			customers: string;
			days: string;
			f: string;
			orders: string;
			perCustomer: string;
			years: string;
		}) =>
			`f = orders ÷ customers ÷ years of data = ${p.orders} ÷ ${p.customers} ÷ ${p.years} = ${p.f} (orders per customer over ${dayCount(p.days)}: ${p.perCustomer})`,
		frequencyYearFormula: (p: {
			customers: string;
			days: string;
			f: string;
			orders: string;
			perCustomer: string;
			year: string;
		}) =>
			`f = orders ÷ customers who bought = ${p.orders} ÷ ${p.customers} = ${p.f}, over the last 12 whole months, ${p.year}: the year the yearly churn is measured over, and the What-if page’s f. (Over all ${dayCount(p.days)} of data, ${p.perCustomer} orders per customer: that counts the customers who left, and those who came late, for every year.)`,
		repeatFormula: (p: { customers: string; rate: string; repeat: string }) =>
			`Repeat-purchase rate = customers with 2+ orders ÷ customers = ${p.repeat} ÷ ${p.customers} = ${p.rate}. This is what Metrilo calls “retention rate”; it is not the CRR below.`,
		repeatByDays: (p: { orders: string; days: string }) =>
			`Counted by orders, ${p.orders} customers bought more than once; counted by purchase days, as the predicted-CLV models count, ${p.days} bought on two or more different days (several orders on one day are one purchase there).`,
		frequencyRefused: (p: { days: string; min: string; perCustomer: string }) =>
			`Not stated per year: a yearly figure needs at least ${p.min} days of data, and this data spans ${dayCount(p.days)}. Orders per customer over those days: ${p.perCustomer}.`,
		frequencyExtrapolated: (p: { days: string; full: string }) =>
			`Extrapolated from ${dayCount(p.days)} to a year (a year counted as ${p.full} days): seasons and lapses are not seen yet, so other pages do not use it.`,
		churnAboveHundred: (p: { churn: string }) =>
			`Churn = 1 − CRR = ${p.churn}: below zero, because the CRR is above 100 %.`,
		clvExtrapolated: (p: { days: string }) => `Its frequency is extrapolated from ${dayCount(p.days)} of data.`,
		crrFormula: (p: { crr: string; e: string; n: string; period: string; s: string }) =>
			`CRR = (E − N) ÷ S × 100 = (${p.e} − ${p.n}) ÷ ${p.s} × 100 = ${p.crr}, for ${p.period} (S = customers in the base at its start, E = at its end, N = new customers in it).`,
		churnFormula: (p: { churn: string; period: string; yearly: string }) =>
			`Churn = 1 − CRR = ${p.churn}, for ${p.period}. ${p.yearly}`,
		yearlyChurnOtherYear: (p: {
			churn: string;
			crr: string;
			e: string;
			n: string;
			period: string;
			s: string;
			window: string;
			year: string;
		}) =>
			`The yearly churn the simple CLV uses is that of the last 12 whole months, ${p.year}, not of ${p.period}: with a ${p.window}-month window, CRR = (${p.e} − ${p.n}) ÷ ${p.s} = ${p.crr}, so yearly churn = ${p.churn}.`,
		yearlyChurn: (p: {
			churn: string;
			crr: string;
			e: string;
			n: string;
			s: string;
			window: string;
			year: string;
		}) =>
			`Per year it is measured, not compounded from this CRR (with an activity window a period’s CRR is no constant rate): over the last 12 whole months, ${p.year}, with a ${p.window}-month window, CRR = (${p.e} − ${p.n}) ÷ ${p.s} = ${p.crr}, so yearly churn = ${p.churn}.`,
		yearlyChurnNone: (p: { reason: string }) =>
			`No yearly churn: it is measured over the last 12 whole months of the data (or of the date range) with a 12-month activity window, so it needs 24 whole months, and is never compounded from a shorter period’s CRR. ${p.reason}`,
		clvFormula: (p: { aov: string; clv: string; f: string; t: string; tSource: string }) =>
			`CLV = AOV × f × t = ${p.aov} × ${p.f} × ${p.t} = ${p.clv}, with t = ${p.tSource}. The formula from ${names['004']}; t is usually 1–3 years.`,
		tFromChurn: (p: { t: string; year: string; yearly: string }) =>
			`1 ÷ yearly churn = 1 ÷ ${p.yearly} = ${p.t} years (yearly churn measured over ${p.year}; a rough estimate: it assumes churn stays constant)`,
		tChosen: (p: { t: string }) => `${p.t} years, as you chose`,
		noPeriod: 'No period of the data yet.',
		noClv: 'Needs a frequency per year and a yearly churn above 0 (measured over the last 12 whole months), or a lifetime you choose below.',
		lifetimeLabel: 'Lifetime t for the CLV (years; empty = from churn)',
		lifetimeInvalid: 'Use a number of years between 0.1 and 50.'
	},
	retention: {
		heading: 'Retention and churn by period',
		chartTitle: (p: { period: string }) => `CRR and churn per ${p.period}`,
		chartDescription: (p: { period: string; window: string }) =>
			`Customer retention rate (E − N) ÷ S and churn (1 − CRR) for each ${p.period}, with a ${p.window}-month activity window.`,
		crr: 'CRR',
		churn: 'Churn',
		period: 'Period',
		start: 'S (base at start)',
		end: 'E (base at end)',
		acquired: 'N (new)',
		partial: (p: { covered: string; days: string }) => `(partial: ${p.covered} of ${p.days} days)`,
		cutByRange: (p: { covered: string; days: string }) =>
			`(cut by the date range: ${p.covered} of ${p.days} days in it)`,
		cutNote:
			'A period the date range cuts shows no S, E, N or CRR: they would count the whole period, not only its days in the range.',
		aboveHundredFlag: (p: { n: string }) => `(above 100 %: ${p.n} returning)`,
		notMeasurable: 'not yet measurable',
		partialNote: (p: { period: string; covered: string; days: string }) =>
			`${p.period} is partial: the data covers ${p.covered} of its ${p.days} days. Its counts are not comparable with full periods, and a low figure there is not a drop; it has no CRR.`,
		measurableNote: (p: { window: string }) =>
			`A CRR is measurable for a complete period (one the data covers from its first to its last day) with at least ${p.window} months of data before it (one activity window, so S is complete) and customers at its start. Other periods show “not yet measurable”, here, in the chart and in the key figures alike.`,
		warmingUp: '(base still building)',
		noOrdersFlag: '(no orders)',
		noOrdersNote: (p: { periods: string; more: string }) =>
			`No order in ${p.periods}${p.more === '0' ? '' : ` and ${p.more} more`}. If the shop sold then, the export misses those days (a monthly file left out?), and S, E, N and the CRR of the periods around them count without those orders.`,
		warmingUpNote:
			'Periods marked “base still building” start less than one activity window after the first order in the data: customers who bought before the data begins are missing from S, so their CRR is not reliable, and one of them who orders again counts as new in N.',
		windowShort: 'not measurable: window shorter than the period',
		noBase: 'no customers at the start',
		noChart: 'No period has a measurable CRR yet: the table below says what is missing for each.'
	},
	cohorts: {
		heading: 'Cohorts',
		help: 'Customers are grouped by the month of their first purchase (a cohort). Each cell shows the share of the cohort that bought again that many months later.',
		heatmapTitle: 'Share of each cohort buying, by months since first purchase',
		heatmapDescription:
			'Rows are first-purchase months, columns months since then; the first column is always 100 %.',
		curvesTitle: 'Cumulative revenue per customer, by cohort',
		curvesDescription:
			'Net revenue per customer of each cohort, added up month by month since the first purchase (a cohort lifetime-value curve).',
		cohort: 'Cohort',
		size: 'Customers',
		monthsSince: 'Months since first purchase',
		month: (p: { n: string }) => `Month ${p.n}`,
		tableSummary: 'Cohort table with counts',
		exportShares: 'Export shares (CSV)',
		exportRevenue: 'Export revenue per customer (CSV)',
		earlierBuyersFlag: '(may include earlier buyers)',
		smallCohortsNote: (p: { count: string; total: string; min: string; points: string }) =>
			`${p.count} of the ${p.total} cohorts ${p.count === '1' ? 'has' : 'have'} fewer than ${p.min} customers (the size column): one customer more or less moves their shares by ${p.points} points or more, so read them as rough, as the first-order breakdowns mark such groups uncertain.`,
		earlierBuyersNote: (p: { from: string; window: string; until: string }) =>
			`The data begins on ${p.from}. Cohorts up to ${p.until} (marked “may include earlier buyers”) start less than one ${p.window}-month activity window after it, as the periods marked “base still building” in the retention table: a customer who bought before the data begins has no earlier order here, so counts as new. Their sizes and shares may hold old customers.`,
		partialFirstNote: (p: { month: string; covered: string; days: string; first: string }) =>
			`The data begins on ${p.first}, so ${p.month} is covered for only ${p.covered} of its ${p.days} days: its cohort holds only the customers of those days.`,
		partialMonth: (p: { month: string }) => `${p.month} (partial)`,
		partialNote: (p: { month: string; covered: string; days: string; last: string }) =>
			`The data ends on ${p.last}, so ${p.month} is covered for only ${p.covered} of its ${p.days} days. Each cohort’s last cell (marked *) counts only those days: a low share there is not a drop.`
	},
	trust: {
		partialByRange: (p: { period: string; covered: string; days: string }) =>
			`${p.period} is the latest period and the date range covers only ${p.covered} of its ${p.days} days; no complete period in the range yet.`,
		partial: (p: { period: string; covered: string; days: string }) =>
			`${p.period} is the latest period and the data covers only ${p.covered} of its ${p.days} days; no complete period yet.`,
		baseBuilding: (p: {
			period: string;
			window: string;
			historyFrom: string;
			dataFrom: string;
			measurableFrom: string;
		}) =>
			`The customer base at the start of ${p.period} needs orders from ${p.historyFrom} on (one ${p.window}-month activity window), but the data begins on ${p.dataFrom}: S misses customers who bought before, so the CRR would be too high. Periods that start on or after ${p.measurableFrom} are measurable; a shorter activity window measures sooner.`,
		windowShort: (p: { period: string; window: string; periodName: string; months: string }) =>
			`The ${p.window}-month activity window is shorter than the period (a ${p.periodName}, ${p.months} months), so the CRR of ${p.period} is not measurable: a customer who first bought in it and left the base again before its end is in N but not in E, and (E − N) ÷ S undercounts the customers kept (it can even fall below 0). Choose an activity window of at least ${p.months} months, or a shorter period.`,
		noBase: (p: { period: string }) => `Nobody is in the customer base at the start of ${p.period} (S = 0).`,
		aboveHundred: (p: { period: string; crr: string; returning: string; window: string }) =>
			`CRR ${p.crr} for ${p.period} is above 100 %: ${p.returning} ${p.returning === '1' ? 'customer' : 'customers'} came back after more than ${p.window} ${p.window === '1' ? 'month' : 'months'} without buying. They are in E but neither in S nor in N, so the CRR is not a share of kept customers. A longer activity window counts them as kept.`,
		severalCurrenciesWithheld: (p: { counts: string }) =>
			`Orders are in several currencies (${p.counts}), added up without conversion: an amount in no one currency is not comparable with a figure in one. Rates (CRR, churn, repeat rate) are still compared.`,
		shortSpanRefused: (p: { days: string; min: string }) =>
			`A yearly figure needs at least ${p.min} days of data; this data spans ${dayCount(p.days)}.`,
		shortSpanExtrapolated: (p: { days: string; full: string }) =>
			`Extrapolated to a year from ${dayCount(p.days)} of data (less than a full year of ${p.full} days).`
	},
	segments: {
		rangeNote: (p: { from: string; to: string }) =>
			`A date range is set: the segments count only the orders from ${p.from} to ${p.to}, so “one order”, “first and only purchase” and “lifetime spend” mean within those dates (a customer with many orders before them can be “one-time”).`,
		heading: 'Segments',
		rfmHeading: 'RFM segments',
		rfmHelp:
			'Each customer gets R (recency), F (frequency) and M (monetary) scores from 1 to 5 by quintile, and a segment from R and the mean of F and M. F = 1 means exactly one order; customers with 2 orders or more score at least 2.',
		seedHeading: 'Frequency, spend and recency segments',
		seedHelp: `The groups ${names['002']} suggests, with thresholds you can change. A customer can be in several.`,
		segment: 'Segment',
		customers: 'Customers',
		customerShare: 'Share of customers',
		revenueShare: 'Share of revenue',
		meanOrders: 'Orders per customer',
		meanRecency: 'Days since last order',
		tactics: 'Tactics',
		tacticsCount: (p: { count: string }) => `Tactics (${p.count})`,
		tacticsFor: (p: { segment: string }) => `Tactics for ${p.segment}`,
		export: 'Export customers',
		exportFor: (p: { segment: string }) => `Export the customers of ${p.segment} as CSV`,
		definitions: {
			champions: 'Bought recently, often and for a lot (R 4–5, FM 4–5).',
			loyal: 'Two orders or more, bought regularly and not long ago (R 3 with FM 3–5, R 4–5 with FM 3).',
			'potential-loyalists':
				'Recent customers with a second purchase or more spend (R 3–5 with FM 2, or one order with FM 3 at R 3).',
			new: 'Exactly one order, recently (R 4–5).',
			'at-risk': 'Used to buy often or a lot, but not recently (R 1–2, FM 3–4).',
			'cant-lose': 'Among your best customers by frequency and spend, and gone quiet (R 1–2, FM 5).',
			hibernating: 'Bought little, a while ago (R 3 with FM 1, R 2 with FM 1–2).',
			lost: 'Bought little, long ago (R 1, FM 1–2).',
			'high-frequency': (p: { months: string; orders: string; spend: string }) =>
				`At least ${p.orders} orders or ${p.spend} a month on average over the last ${p.months} months.`,
			'top-1-percent': (p: { percent: string }) => `The top ${p.percent} % of customers by lifetime spend.`,
			'top-10-percent': (p: { percent: string }) =>
				`The next customers up to the top ${p.percent} % by lifetime spend.`,
			'one-time': 'Exactly one order.',
			lapsed: (p: { days: string }) => `No order in the last ${dayCount(p.days)} of the data.`
		},
		windowPart: (p: { days: string; window: string }) =>
			`The data cover only ${p.days} days of the ${p.window}-month window: the averages are over those days, and over a whole month where they are fewer (a shorter span is not scaled up to a month).`,
		lapsedUnmeasurable: (p: { days: string; span: string }) =>
			`Not measurable here: the data cover ${p.span} days, fewer than ${p.days}, so no one can be lapsed in them (0 is no count).`,
		thresholds: 'Thresholds',
		ordersPerMonth: 'High frequency: orders per month',
		spendPerMonth: 'High frequency: spend per month',
		topPercent: 'Top tier: top % of customers',
		highPercent: 'High tier: top % of customers',
		lapsedDays: 'Lapsed after (days without an order)',
		thresholdInvalid: 'Enter a positive number.'
	}
};
