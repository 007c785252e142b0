/** Messages of the breakdowns by first-order attribute (issue 13, item 1). */

export default {
	title: 'Breakdowns by first-order attribute',
	link: 'Breakdowns by what the first order had: product, channel, country, discount code',
	intro: 'Which first purchases bring customers who come back? Customers are grouped by what their first order had, and each group shows how many came back, how soon, what they spent since and what the model predicts.',
	summaryOnly:
		'This data set is a per-customer summary without orders: it has no first orders to group customers by.',
	computing: 'Grouping customers and fitting the CLV model…',

	by: 'Group customers by their first order’s',
	sortBy: 'Rank groups by',
	sorts: {
		customers: 'Customers',
		repeatRate: 'Share who came back',
		within: 'Share back within 90 days',
		clv: 'Predicted CLV'
	},
	dimensions: {
		product: 'Product (each product of the first order)',
		sku: 'SKU (each SKU of the first order)',
		category: 'Category',
		channel: 'Sales channel / source',
		country: 'Country',
		discount: 'Discount (coupon) code'
	},
	noSku: 'No SKU breakdown: this data set stores no SKU (stock code) column. Its file had none, or it was imported before SKUs were kept; import the file again to group by SKU (Shopify: Lineitem sku; WooCommerce: SKU; UCI: StockCode).',
	noProductNames:
		'No product breakdown: this data set has no product names, only each line item’s SKU (stock code), as its file had a SKU column and no product-name column (or its name cells were empty). Group by SKU to see customers by what their first order had; the groups are SKU codes, not names.',
	skuNotPerItem:
		'No SKU breakdown: this data set was imported before SKUs per item were stored, so it knows only the SKU of each order’s first line item. Import the file again to group customers by every SKU of their first order.',
	overlapProduct:
		'A first order with several products counts its customer in the group of each of them, so groups overlap and their customers add up to more than all customers; the All customers row counts each customer once.',
	overlapSku:
		'A first order with several SKUs counts its customer in the group of each of them (one product in two sizes is two SKUs), so groups overlap and their customers add up to more than all customers; the All customers row counts each customer once.',
	overlapDiscount:
		'A first order with several discount codes counts its customer in the group of each code, so groups overlap and their customers add up to more than all customers; the All customers row counts each customer once.',
	returned: (p: { lines: string; orders: string; emptied: string }) =>
		`A product whose whole quantity on an order credit notes gave back (UCI files) is not counted as bought: it puts no customer in its group (nor its SKU); one given back in part is counted. Here credit notes gave back the whole quantity of ${p.lines} line items on ${p.orders} orders; ${p.emptied} of those orders have no product left: a customer whose first order is one of them is in “(none)”, and still in All customers.`,
	noDimensions:
		'This data set stores nothing about its orders to group customers by: its file had no product, sales channel, country or discount code column.',
	whichColumns:
		'Columns that give them: in a Shopify orders export, Lineitem name (product), Source (channel), Discount Code and Billing Country; in a WooCommerce export, the order items, the coupon and the billing country; in the UCI Online Retail layout, Description or StockCode (product) and Country. Import a file with such columns to see the breakdown.',

	basis: (p: { customers: string; from: string; to: string; dimension: string; values: string }) =>
		`${p.customers} ${p.customers === '1' ? 'customer' : 'customers'} with orders from ${p.from} to ${p.to}, grouped by the “${p.dimension}” of their first order (their earliest day; on a tie, the earliest by the time of day where the file gives one (in its dates or a time column), at the very same time the lowest order number, else the first in the file). The first order is the first kept: a cancelled, unpaid or fully refunded order was no purchase, so a customer whose first order was one is grouped by the order after it. ${p.values === '1' ? 'One value' : `${p.values} different values`} on first orders.`,
	cameBackHelp:
		'Came back: bought again on a later day (several orders on the first day are one purchase). The 95 % interval is a Wilson score interval. Customers whose first order is recent have had less time to come back, so read the 90-day share too. This is not the repeat-purchase rate of the Analysis page, which counts customers with 2 or more orders.',
	medianHelp: (p: { minimum: string }) =>
		`Median days to the second purchase: over the customers who came back only. Over fewer than ${p.minimum} of them it is marked uncertain.`,
	withinHelp: (p: { days: string }) =>
		`Back within ${p.days} days: among the customers observed for at least ${p.days} days after their first order (the others have not had ${p.days} days yet and are left out).`,
	clvHelp: (p: { unit: string; horizon: string; discount: string }) =>
		`Predicted CLV: the mean over the group of each customer’s CLV from one BG/NBD + Gamma-Gamma fit of the whole data set, always with the default settings: time unit ${p.unit}, the next ${p.horizon} months, a ${p.discount} discount rate per year, revenue (not margin). The per-customer actions page fits with the time unit and horizon chosen there, so its values match these only with the same settings.`,
	clvRefused: 'Predicted CLV is not shown: the models were refused for this data set.',
	clvWarningsLead: 'Predicted CLV is shown, but the model fit has warnings: read it with them.',
	clvWarned: 'fit with warnings (see above)',
	csvClvWarned: 'Predicted CLV per customer (fit with warnings)',
	clvWithheldLead:
		'Predicted CLV is withheld: the spend model (Gamma-Gamma) could not be trusted on this data set, so there is no predicted spend per purchase, as on the per-customer actions page. Why the spend model failed:',
	clvWithheldMark: 'withheld (see above)',
	clvWithheldValue: 'withheld',
	csvClvWithheld: 'Predicted CLV per customer (withheld: the spend model could not be trusted)',
	uncertainHelp: (p: { minimum: string }) =>
		`Groups with fewer than ${p.minimum} customers are marked uncertain: read their interval, not the share alone.`,
	otherHelp: (p: { top: string }) => `Values beyond the ${p.top} with the most customers are folded into “Other”.`,

	rankRule: (p: { minimum: string; days: string }) =>
		`Ranked by a share or by predicted CLV, groups marked uncertain (fewer than ${p.minimum} customers; for the ${p.days}-day share, fewer than ${p.minimum} observed that long; for predicted CLV, fewer than ${p.minimum} with a predicted CLV, or one customer holding half of it or more) come after the others, each part in the order of the figure; “Other” is always last. The share who came back also depends on when a group’s customers arrived: a group of recent first orders ranks low only because its customers have had little time to come back, so rank by the ${p.days}-day share to compare groups over the same time.`,
	tableHeading: 'Groups, ranked',
	rank: 'Rank',
	group: 'First order’s value',
	customers: 'Customers',
	cameBack: 'Came back',
	interval: '95 % interval',
	median: 'Median days to 2nd purchase',
	within: (p: { days: string }) => `Back within ${p.days} days`,
	clv: 'Predicted CLV per customer',
	all: 'All customers',
	none: '(none)',
	other: (p: { count: string }) => `Other (${p.count} values)`,
	uncertain: 'uncertain: few customers',
	cameBackValue: (p: { share: string; count: string }) => `${p.share} (${p.count})`,
	intervalValue: (p: { low: string; high: string }) => `${p.low} – ${p.high}`,
	medianValue: (p: { days: string; count: string }) => `${p.days} ${p.days === '1' ? 'day' : 'days'} (of ${p.count})`,
	medianUncertain: 'uncertain: few customers came back',
	withinValue: (p: { share: string; reordered: string; observed: string }) =>
		`${p.share} (${p.reordered} of ${p.observed})`,
	withinUncertain: (p: { low: string; high: string }) =>
		`uncertain: few customers observed that long; 95 % interval ${p.low} – ${p.high}`,
	clvValue: (p: { value: string; count: string }) =>
		`${p.value} (${p.count} ${p.count === '1' ? 'customer' : 'customers'})`,
	nobodyBack: 'nobody came back',
	notObserved: 'nobody observed that long',
	noModel: 'not predicted',
	download: 'Download the table (CSV)',
	csvShare: 'Share who came back',
	csvLow: 'Share who came back, 95 % interval low',
	csvHigh: 'Share who came back, 95 % interval high',
	csvUncertain: 'Uncertain (few customers)',
	csvMedianUncertain: (p: { minimum: string }) => `Median uncertain (fewer than ${p.minimum} customers came back)`,
	csvObserved: (p: { days: string }) => `Customers observed ${p.days} days`,
	csvReordered: (p: { days: string }) => `Customers back within ${p.days} days`,
	csvWithinShare: (p: { days: string }) => `Share back within ${p.days} days`,
	csvWithinLow: (p: { days: string }) => `Share back within ${p.days} days, 95 % interval low`,
	csvWithinHigh: (p: { days: string }) => `Share back within ${p.days} days, 95 % interval high`,
	csvWithinUncertain: (p: { days: string; minimum: string }) =>
		`Share back within ${p.days} days uncertain (fewer than ${p.minimum} customers observed that long)`,
	csvClvCustomers: 'Customers with a predicted CLV',
	csvClvLow: 'Predicted CLV per customer, 95 % interval low',
	csvClvHigh: 'Predicted CLV per customer, 95 % interval high',
	csvClvUncertain: (p: { minimum: string }) =>
		`Predicted CLV uncertain (fewer than ${p.minimum} customers with a predicted CLV)`,
	clvIntervalHelp: (p: { resamples: string; max: string; minimum: string }) =>
		`The 95 % interval of predicted CLV reflects the spread among the group’s customers: how precisely their predicted CLVs pin down the group’s mean (a percentile bootstrap over the group’s customers, ${p.resamples} resamples; for groups of more than ${p.max} customers, a t-interval). It does not include the uncertainty of the fitted model’s parameters, which would widen it. A group of one customer has no interval: one value shows no spread. Over fewer than ${p.minimum} customers with a predicted CLV, the CLV is marked uncertain.`,
	clvInterval: '95 % interval of predicted CLV',
	clvOneCustomer: 'none: one customer shows no spread to estimate it from',
	clvUncertain: 'uncertain: few customers with a predicted CLV',
	clvConcentrated: (p: { share: string }) => `one customer holds ${p.share} of it`,
	clvConcentratedHelp: (p: { share: string }) =>
		`A mean predicted CLV of which one customer holds ${p.share} or more is that customer’s more than the group’s: it is marked, and ranked after the others.`,
	csvClvTopShare: 'Predicted CLV: share of its largest customer',
	csvMonth: (p: { month: string; revenue: string }) => `${p.revenue} per customer through month ${p.month}`,
	csvMonthBasis: (p: { month: string }) => `Customers observed through month ${p.month}`,
	csvMonthUncertain: (p: { month: string; minimum: string }) =>
		`Month ${p.month} over fewer than ${p.minimum} customers (uncertain)`,
	yes: 'yes',
	no: 'no',

	ltvTitle: (p: { revenue: string }) => `${p.revenue} per customer, cumulative, by month since the first order`,
	ltvDescription: (p: { groups: string; day: string; minimum: string; revenue: string }) =>
		`All customers and the ${p.groups} largest groups. Month 0 is the calendar month of the first order. Each point adds to the one before that month’s amount per customer (“${p.revenue}”, as the key figures name it), over the customers observed for all of that month (months up to ${p.day}, the end of the data’s last complete month), so a curve only falls in a month whose returns exceed its sales. Later months rest on fewer customers, the earliest ones; a month over fewer than ${p.minimum} customers is marked uncertain (a hollow marker; the table gives each month’s customers). Nothing is extrapolated.`,
	ltvBasis: (p: { group: string; first: string; last: string; month: string }) =>
		`${p.group}: customers behind month 0: ${p.first}; behind month ${p.month}: ${p.last}.`,
	ltvBasisFirstMonth: (p: { group: string; first: string }) =>
		`${p.group}: customers behind month 0: ${p.first}; no later month observed yet.`,
	ltvUncertain: (p: { month: string; minimum: string }) =>
		`From month ${p.month} on, each month rests on fewer than ${p.minimum} customers: uncertain.`,
	ltvPoint: (p: { customers: string }) => `${p.customers} ${p.customers === '1' ? 'customer' : 'customers'}`,
	ltvNone: 'No calendar month lies wholly within the data yet: there is no revenue curve to draw.',
	monthsSince: 'Months since the first order',
	monthLong: (p: { month: string }) => `month ${p.month}`
};
