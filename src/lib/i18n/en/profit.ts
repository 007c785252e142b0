/** Messages of the profit page: gross-margin LTV, LTV:CAC and CAC payback by cohort (issue 13, item 4). */

export default {
	title: 'Profit: gross-margin LTV, LTV:CAC and payback',
	link: 'Profit: gross-margin LTV, LTV:CAC and CAC payback',
	intro: 'What a customer is worth after your costs, month by month since their first order, and how long it takes to earn back what you paid to win them.',
	summaryOnly:
		'This data set is a per-customer summary without orders: margin by month since the first order cannot be computed from it.',

	costsHeading: 'Your costs',
	costsHelp:
		'Type each cost (0 where you have none). They are kept in this browser for this data set, and nothing is sent anywhere.',
	cogs: 'Cost of goods (% of net sales)',
	shipping: (p: { currency: string }) =>
		`Your shipping cost per order (${p.currency}): what you pay, less what the customer paid you for shipping (net sales leave that out)`,
	shippingInTotals: (p: { currency: string }) =>
		`Your shipping cost per order (${p.currency}): what you pay (this data set’s order amounts may include what the customer paid for shipping)`,
	shippingBasisUnknown: (p: { currency: string }) =>
		`Your shipping cost per order (${p.currency}): what you pay, less what the customer paid for shipping where this data set’s revenue leaves it out (see its import report)`,
	feeShare: 'Payment fee (% of order value)',
	feeFixed: (p: { currency: string }) => `Payment fee per order (${p.currency}, fixed)`,
	cac: (p: { currency: string }) => `Customer acquisition cost, CAC (${p.currency} per new customer)`,
	cacHelp: 'Leave empty to see the margin only.',
	invalidPercent: 'Enter a percentage from 0 to 100.',
	invalidMoney: 'Enter an amount of 0 or more.',
	invalidCac: 'Enter an amount above 0, or leave it empty.',
	typeCosts: 'Type your four costs above (0 where you have none) to see the margin.',
	costsAboveSales:
		'Cost of goods and the payment fee together take more than 100 % of net sales: every sale loses money.',
	channelMissing:
		'One CAC applies to all customers. A CAC per sales channel needs the channel of each first order (a column such as Shopify’s Source), and this data set has none stored; a later import change will store it.',
	channelStored:
		'One CAC applies to all customers unless you give one per channel below: this data set stores the sales channel of each order.',
	channelHeading: 'CAC by channel of the first order (optional)',
	channelHelp:
		'A channel left empty takes the CAC above. A cohort’s CAC per customer is the blend: Σ (customers won through a channel × its CAC) ÷ the cohort’s customers.',
	channelLabel: (p: { channel: string; customers: string }) =>
		`${p.channel} (${p.customers} ${p.customers === '1' ? 'customer' : 'customers'})`,
	channelNone: 'no channel',
	channelMore: (p: { count: string }) => `${p.count} smaller channels take the CAC above.`,
	cacHeader: 'CAC per customer',
	/** Where CACs are typed per channel: what LTV:CAC divides by (see `channelHelp`). */
	cacBlended: 'each cohort’s CAC per customer, blended over its channels as below',

	basisNetSales:
		'Revenue here is net sales: after discounts, refunds and returns, without tax or shipping, as the import computed it from the file.',
	basisLineItems:
		'Revenue here is line-item sales (quantity × unit price) as the file gives the prices. If those prices include tax, the margin is overstated by the tax.',
	basisLessShipping:
		'Revenue here is the file’s order totals less shipping, which may include tax (the file has no tax column): the tax is not yours, so the margin is overstated by it.',
	basisLineAmounts:
		'Revenue here is the sum of the file’s item amounts (one row per item), which may include tax and the shipping the customer paid: the tax is not yours, so the margin is overstated by it.',
	basisOrderTotals:
		'Revenue here is the file’s order totals, which may include tax and the shipping the customer paid: the tax is not yours, so the margin is overstated by it (less the cost and fee shares taken of it).',
	basisMixed:
		'The files of this data set were valued differently: some amounts may be order totals including tax and shipping, which overstates the margin.',
	feeBasis:
		'Payment fees are taken on net sales; processors also charge on the tax and shipping a customer pays, so fees are slightly understated and the margin slightly overstated.',
	formulaMargin:
		'Gross margin of an order = net sales × (1 − cost of goods % − payment fee %) − your shipping cost − fixed payment fee. Every kept order counts, also one of 0.',
	cogsFromFile: (p: { orders: string }) =>
		`The file has a cost of goods for each of its ${p.orders} orders: the margin uses those costs, and the percentage above is not needed.`,
	cogsFromFilePartly: (p: { withCost: string; without: string }) =>
		`The file has a cost of goods for ${p.withCost} orders: the margin uses those costs. ${p.without} orders have none in the file; the percentage above applies to them.`,
	cogsBasisPercent: (p: { percent: string }) =>
		`Cost of goods: ${p.percent} of net sales, as typed (the file has no cost column).`,
	cogsBasisStored: (p: { orders: string }) =>
		`Cost of goods: the file’s own cost per order (line cost × quantity, summed), for all ${p.orders} orders; no percentage is used.`,
	cogsBasisMixed: (p: { withCost: string; without: string; percent: string }) =>
		`Cost of goods: the file’s own cost for ${p.withCost} orders; ${p.without} orders have no cost in the file and are charged ${p.percent} of their net sales instead, as typed. The margin is only as exact as that percentage for them.`,
	cogsPartial: (p: { count: string; lines: string }) =>
		`Of the orders with a cost from the file, ${p.count} lack the cost of some of their lines (${p.lines} ${p.lines === '1' ? 'line' : 'lines'} without one, see the import report): they are charged their other lines’ cost only, so their margin is too high.`,
	formulaMarginStored:
		'Gross margin of an order = net sales × (1 − payment fee %) − its cost of goods − your shipping cost − fixed payment fee; the cost of goods is the file’s, or the typed percentage of net sales for an order without one. A partly refunded order’s cost is reduced in the same proportion as its net sales.',
	formulaLtv:
		'Gross-margin LTV of a cohort after m months = its gross margin from month 0 to month m ÷ its customers. Month 0 is the calendar month of a customer’s first order in this data; months are calendar months, as in the Analysis page’s cohorts.',
	basisCustomers: (p: { customers: string; from: string; to: string }) =>
		`Based on ${p.customers} customers with orders from ${p.from} to ${p.to}.`,
	partial: (p: { month: string; covered: string; days: string }) =>
		`The data ends inside ${p.month} (${p.covered} of its ${p.days} days): that month is partial in every cohort. It is shown, marked “partial”, but not used for LTV:CAC or the all-customers line.`,

	chartTitle: 'Cumulative gross margin per customer',
	chartDescription:
		'Gross-margin LTV curves: one line per first-order month, and one for all customers, by months since the first order.',
	monthsSince: 'Months since first order',
	monthLong: (p: { month: string }) => `month ${p.month}`,
	allCustomers: 'All customers',
	allHelp:
		'All customers: at each month since the first order, the gross margin of every cohort observed for the whole of that month ÷ their customers. Fewer cohorts reach the later months, so the customers counted fall (see the table) and the line can fall too. The all-customers LTV:CAC and payback count only the unmarked cohorts observed that long, with their own blended CAC; each cell says how many customers and through which month.',
	earlierMark: 'may include customers who bought before the data begins',
	fewMark: (p: { min: string }) => `fewer than ${p.min} customers: rough`,
	fewNote: (p: { count: string; total: string; min: string }) =>
		`${p.count} of the ${p.total} cohorts ${p.count === '1' ? 'has' : 'have'} fewer than ${p.min} customers (marked): their margin per customer, LTV:CAC and payback are averages of a few customers, which one big or lost customer can move a long way. Read them as rough, as the first-order breakdowns and the cohort table mark such groups.`,
	earlierNote: (p: { from: string; window: string; first: string; last: string; customers: string }) =>
		`The data begin on ${p.from}. The cohorts from ${p.first} to ${p.last} (${p.customers} customers) start less than one activity window (${p.window} ${p.window === '1' ? 'month' : 'months'}, as on the Analysis page) after that day: their customers may have bought before the data begin, and would then not be new, with no CAC paid for them. Those cohorts are marked, and left out of the all-customers LTV:CAC and payback.`,
	allSoFar: (p: { customers: string; day: string }) =>
		`all ${p.customers} customers, each from their first order to ${p.day}`,
	allBasis: (p: { customers: string; total: string; month: string; cac: string }) =>
		`${p.customers} of ${p.total} customers, observed through month ${p.month}; their CAC ${p.cac}`,
	allOnlyEarlier: 'none: only cohorts that may include earlier buyers were observed that long',
	allNoneUnmarked: 'none: every cohort may include customers who bought before the data begins',
	allPaybackNotYet: (p: { month: string }) =>
		`not yet: no group of customers has earned back its CAC within the months observed (up to month ${p.month})`,
	channelQuoted: (p: { channel: string }) => `“${p.channel}”`,
	noCacFor: (p: { channels: string; count: string }) =>
		p.count === '1'
			? `no CAC for channel ${p.channels}: type one above, or an overall CAC`
			: `no CAC for channels ${p.channels}: type theirs above, or an overall CAC`,
	noCacForSmall: (p: { channels: string; count: string }) =>
		`no CAC for ${p.count === '1' ? 'channel' : 'channels'} ${p.channels}: type an overall CAC above (the smaller channels have no field of their own)`,
	noCacShort: (p: { channels: string; count: string }) =>
		`no CAC for ${p.count === '1' ? 'channel' : 'channels'} ${p.channels}`,
	allPaybackSkipped: (p: { month: string; channels: string; count: string }) =>
		`the groups observed through month ${p.month} or less are left out: they include customers won through ${p.count === '1' ? 'channel' : 'channels'} ${p.channels}, which have no CAC`,
	countedHeading: 'Customers counted in the all-customers line',

	summaryHeading: 'LTV:CAC and CAC payback by cohort',
	cohortHeader: 'First-order month',
	customersHeader: 'Customers',
	salesHeader: 'Net sales',
	marginHeader: 'Gross margin',
	perCustomerHeader: 'Gross margin per customer so far',
	ltvCacHeader: (p: { months: string }) => `LTV:CAC after months 0–${p.months}`,
	paybackHeader: 'CAC payback',
	formulaLtvCac: (p: { cac: string }) =>
		`LTV:CAC after months 0–m = cumulative gross margin per customer from month 0 (the month of the first order, usually partial) through month m ÷ CAC (${p.cac}), only for cohorts observed for the whole of month m; never extrapolated. 3:1 is a rule of thumb, not a law.`,
	formulaPayback:
		'CAC payback = the first month since the first order in which the cumulative gross margin per customer reaches the CAC.',
	noCac: 'Type a CAC to see LTV:CAC and the payback month.',
	notObserved: 'not observed yet',
	paybackMonth: (p: { month: string }) => `month ${p.month}`,
	paybackNotYet: (p: { months: string }) => `not yet (${p.months} ${p.months === '1' ? 'month' : 'months'} observed)`,
	partialMark: 'partial',
	exportCsv: 'Download the table (CSV)',
	exportNote: 'The file is made in this browser and saved on this device; nothing is uploaded.',
	csvMonth: (p: { month: string }) => `Margin per customer, month ${p.month}`
};
