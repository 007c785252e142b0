/** Messages of the merchant-depth pages: repurchase timing and per-customer actions (issue 13). */

/** “1 day”, “2 days”, “1.5 days”: after a number as shown. */
const dayForm = (n: string) => (n === '1' ? 'day' : 'days');

export default {
	repurchaseTitle: 'Time to second order',
	repurchaseIntro:
		'How long customers take to come back, and when to write to those who have not yet. A purchase here is a purchase day: several orders of one customer on one day count as one purchase, as the predicted-CLV models count them.',
	linkRepurchase: 'Time to second order and repurchase curves',
	linkCustomers: 'Per-customer actions and audiences',
	dataset: 'Data set',
	computing: 'Computing…',
	wholeDataset: (p: { from: string; to: string }) =>
		`Computed from all orders of the data set, ${p.from} – ${p.to}: a date range chosen on the Analysis page does not apply here.`,
	summaryOnly:
		'This data set is a per-customer summary without order dates: the time between purchases cannot be measured from it.',
	notFound: 'This data set is no longer stored here.',
	failed: (p: { detail: string }) => `The figures could not be computed: ${p.detail}`,
	noDatasets: 'No data set is stored yet.',
	importFirst: 'Import orders first.',
	basis: (p: { customers: string; repeat: string; from: string; to: string }) =>
		`Based on ${p.customers} customers with orders from ${p.from} to ${p.to}; ${p.repeat} of them bought again on a later day. All times are in days.`,
	sameDay: (p: { count: string }) =>
		`${p.count} ${p.count === '1' ? 'customer' : 'customers'} placed two or more orders, all on one day: that is one purchase here, so they have not come back yet (the repeat-purchase rate on the Analysis page counts them as repeat customers).`,
	medianHeading: 'Days from the first to the second purchase',
	median: (p: { median: string; count: string; quarter: string; half: string; threeQuarters: string }) =>
		`Median ${p.median} ${dayForm(p.median)}, over the ${p.count} customers who came back. Of them, at least a quarter had come back within ${p.quarter} ${dayForm(p.quarter)}, at least half within ${p.half} and at least three quarters within ${p.threeQuarters}: for each share, the first day by which it was reached.`,
	medianNone: 'No customer has bought on a second day yet: there is no time to a second purchase to show.',
	medianBias:
		'Only customers who came back have a time to their second purchase; those who have not (yet) are not in it, so this is the wait of returning customers, not of everyone.',
	uncertain: (p: { count: string; minimum: string }) =>
		`Uncertain: it rests on ${p.count} returning customers, fewer than ${p.minimum}.`,
	histogramTitle: 'Days to the second purchase',
	histogramDescription: (p: { count: string }) =>
		`Customers by the days from their first to their second purchase, in 30-day bins (${p.count} returning customers).`,
	binLabel: (p: { from: string; to: string }) => `${p.from}–${p.to} days`,
	binOpen: (p: { from: string }) => `${p.from} days or more`,
	binHeader: 'Days after the first purchase',
	customersHeader: 'Customers',
	curveTitle: 'Repurchase curve: share back within d days',
	curveDescription: (p: { first: string; last: string; day: string; stop: string; minimum: string }) =>
		`Each point counts only the customers observed for at least d days after their first purchase: ${p.first} at the first point, ${p.last} at the last (day ${p.day}); the curve stops where fewer than ${p.stop} are observed. As in the table of 30, 60, 90 and 180 days, a share over fewer than ${p.minimum} observed customers is marked uncertain (a hollow marker); the curve’s table gives each point’s basis. So the curve can fall: a later point is over fewer customers, the earliest ones, who may have come back less often; it is not a share that went down.`,
	curveEmpty: (p: { minimum: string }) =>
		`No curve: fewer than ${p.minimum} customers were observed for a week or more after their first purchase.`,
	curveUncertain: 'uncertain',
	curveSeries: 'Came back',
	withinHeading: 'Came back within 30, 60, 90 and 180 days',
	withinHelp:
		'Each share counts only the customers observed for at least that many days after their first purchase (their first purchase lies at least that long before the last day of the data). Customers who bought more recently have not had the time to come back, and are left out.',
	withinDays: 'Within',
	withinDaysValue: (p: { days: string }) => `${p.days} days`,
	withinShare: 'Came back',
	withinBasis: 'Basis',
	withinBasisValue: (p: { reordered: string; observed: string }) =>
		`${p.reordered} of ${p.observed} customers observed that long`,
	withinLeftOut: 'Left out (observed for less)',
	withinUncertain: (p: { low: string; high: string; minimum: string }) =>
		`uncertain: fewer than ${p.minimum} customers observed that long; 95 % Wilson interval ${p.low} – ${p.high}`,
	withinNone: 'Not measurable: no customer was observed that long',
	gapsHeading: 'Time between one purchase and the next',
	gapsHelp: (p: { minimum: string }) =>
		`Days between the n-th and the (n+1)-th purchase day of each customer; from the 4th purchase on, every later gap is pooled. Each row covers only the customers who did buy again: the median from purchase 2 to 3 is over the customers who made a third purchase, not over those who stopped at two. Quartiles are interpolated between the ordered values. A row whose gaps come from fewer than ${p.minimum} customers has its median marked uncertain.`,
	gapsFrom: 'From purchase',
	gapsTo: 'to the next',
	gapsFourPlus: '4th or later',
	gapsCount: 'Gaps',
	gapsCustomers: 'Customers',
	gapsMedian: 'Median (days)',
	gapsQuartiles: 'Quartiles (days)',
	gapsQuartileRange: (p: { q1: string; q3: string }) => `${p.q1} – ${p.q3}`,
	gapsNone: 'none',
	gapsUncertain: (p: { customers: string; minimum: string }) =>
		`uncertain: from ${p.customers} customers, fewer than ${p.minimum}`,
	csv: {
		histogram: 'Download the days to the second purchase (CSV)',
		within: 'Download the shares back within 30, 60, 90 and 180 days (CSV)',
		curve: 'Download the repurchase curve (CSV)',
		gaps: 'Download the gaps between purchases (CSV)',
		fromDay: 'From day',
		toDay: 'To day (empty: no end)',
		customers: 'Customers',
		shareOfReturning: 'Share of the customers who came back',
		days: 'Within days',
		observed: 'Customers observed that long',
		reordered: 'Of them, back within that many days',
		share: 'Share back',
		low: 'Share back, 95 % Wilson interval low',
		high: 'Share back, 95 % Wilson interval high',
		uncertain: (p: { minimum: string }) => `Uncertain (fewer than ${p.minimum} customers observed that long)`,
		day: 'Day after the first purchase',
		gap: 'From purchase n to n + 1',
		q1: 'Lower quartile (days)',
		q3: 'Upper quartile (days)',
		gapUncertain: (p: { minimum: string }) => `Median uncertain (gaps from fewer than ${p.minimum} customers)`,
		yes: 'yes',
		no: 'no'
	},
	sendHeading: 'When to write',
	postPurchase: (p: { day: string }) => `Post-purchase reminder: day ${p.day} after the first order.`,
	postPurchaseRule:
		'Rule: the first day by which at least half of the customers who came back had placed their second order.',
	winBack: (p: { day: string }) => `Win-back message: day ${p.day} after the first order.`,
	winBackRule:
		'Rule: the first day by which at least three quarters of the customers who came back had placed their second order.',
	afterWinBack: (p: { observed: string; days: string; day: string; cameBack: string; share: string }) =>
		`Of the ${p.observed} ${p.observed === '1' ? 'customer' : 'customers'} observed for at least ${p.days} days who ${p.observed === '1' ? 'was' : 'were'} still away by day ${p.day}, ${p.cameBack} (${p.share}) came back within ${p.days} days of their first purchase.`,
	afterWinBackNone: (p: { days: string; day: string }) =>
		`No customer still away by day ${p.day} has been observed for ${p.days} days yet: how many come back after it cannot be measured.`,
	sendShortSpan: (p: { span: string; need: string }) =>
		`Uncertain: the orders span only ${p.span} ${dayForm(p.span)}. No second purchase later than that can be seen, so these days lean early; they settle with at least ${p.need} ${dayForm(p.need)} of orders (twice the win-back day, and no fewer than 180).`,
	sendNone: 'No send day can be suggested until some customers have bought on a second day.',
	tacticsLead: 'Tactics that use these days:',
	oneTimeLink: (p: { day: string }) => `One-time buyers, ${p.day} or more days since their order, ready to export`,

	customersTitle: 'Per-customer actions',
	customersIntro:
		'For every customer: the purchases the BG/NBD model expects over the horizon, the chance they are still active, when they are likely to buy next, their value so far and their predicted CLV; and audiences ready to import into an e-mail tool.',
	unit: 'Time unit of the model',
	horizon: 'Horizon (months)',
	invalidHorizon: 'Use a whole number of months from 1 to 120.',
	modelNote: (p: { discount: string; margin: string }) =>
		`BG/NBD and Gamma-Gamma fitted as on the Analysis page, with a ${p.discount} yearly discount rate and ${p.margin} margin (CLV as revenue). The same settings there give the same values.`,
	fitting: 'Fitting the models…',
	refused:
		'The models could not be trusted on this data set, so there are no predictions; value so far and the one-time buyers audience still work. Why:',
	clvWithheld:
		'Predicted CLV is withheld: the spend model (Gamma-Gamma) could not be trusted on this data set, so there is no predicted spend per purchase. The purchase model (BG/NBD) was fitted and trusted: P(active), expected purchases, the predicted next order and the audiences stand. Why the spend model failed:',
	warningsLead: 'Read the predictions with these warnings about the fit:',
	nextDefinition: (p: { day: string }) =>
		`Predicted next order: the date by which the chance of at least one more purchase reaches 50 %, counted from the last day of the data (${p.day}). BG/NBD gives that chance as P(active) × (1 − ((α + T) / (α + T + t))^(r + x)); when P(active) is 50 % or less it never reaches one half, and no date is given.`,
	basisCustomers: (p: { customers: string; day: string }) =>
		`${p.customers} customers; ages and days are counted to the last day of the data, ${p.day}.`,
	rulesHeading: 'Audiences',
	topShare: 'Top value: the top … % of customers by value so far',
	slippingBelow: 'Slipping: P(active) below (%)',
	championAtLeast: 'Active: P(active) at least (%)',
	oneTimeDays: 'One-time buyers, N or more days since their order: N =',
	oneTimeDefault: (p: { day: string }) =>
		`The default N is the suggested post-purchase day of the time to second order (${p.day}).`,
	oneTimeDefaultUncertain: (p: { count: string }) =>
		`That day is uncertain: it rests on ${p.count} returning customers only.`,
	oneTimeDefaultShortSpan: (p: { span: string }) =>
		`That day is uncertain: the orders span only ${p.span} ${dayForm(p.span)}, too short to see later second purchases, so it leans early.`,
	oneTimeDefaultNone: 'No send day could be suggested from this data set; N starts at 30.',
	invalidPercent: 'Use a percentage above 0 and below 100.',
	invalidDays: 'Use a whole number of days from 1 to 3650.',
	audiences: {
		slipping: 'High value, slipping',
		oneTime: 'One-time buyers, N or more days since their order',
		champions: 'High value, active'
	},
	slippingRule: (p: { top: string; cut: string; below: string }) =>
		`Value so far in the top ${p.top} of customers (${p.cut} or more) and P(active) below ${p.below}. BG/NBD counts a customer without a repeat purchase as active, so only customers who came back at least once can slip.`,
	championsRule: (p: { top: string; cut: string; atLeast: string; purchases: string }) =>
		`Value so far in the top ${p.top} of customers (${p.cut} or more), at least ${p.purchases} purchase days, and P(active) at least ${p.atLeast}.`,
	oneTimeRule: (p: { days: string }) =>
		`One purchase day, the first at least ${p.days} ${dayForm(p.days)} before the last day of the data: they have waited that long without coming back.`,
	audienceSize: (p: { count: string }) => `${p.count} customers`,
	needsModel: 'Needs the model’s P(active), which is not available for this data set.',
	exportKlaviyo: 'CSV for Klaviyo',
	exportMailchimp: 'CSV for Mailchimp',
	exportIds: 'CSV of customer ids',
	exportFor: (p: { audience: string; tool: string }) => `${p.tool}: ${p.audience}`,
	exportNote:
		'The file is made in this browser and saved on this device; nothing is uploaded. Klaviyo reads the e-mail column headed “Email”, Mailchimp the one headed “Email Address”.',
	namesNone:
		'The imported file had no name column (such as “Billing Name”, or first- and last-name columns), so the exports have no names.',
	namesParts: (p: { known: string; customers: string }) =>
		`Names from the file’s first- and last-name columns are written under “First Name” and “Last Name”, the headers Klaviyo and Mailchimp map to their name fields. ${p.known} of ${p.customers} customers have a name.`,
	namesFull: (p: { known: string; customers: string }) =>
		`The file had one full-name column: names are written whole under “Name”, not split into first and last names, because neither Klaviyo nor Mailchimp documents a way to split one and no rule fits every name. Klaviyo keeps the column as a custom property “Name”; in Mailchimp, map it to a text field when importing. ${p.known} of ${p.customers} customers have a name.`,
	namesPrivate:
		'Names are personal data: they stay in this browser with the data set, go only into these files, and are never part of a figure.',
	emailsPartial: (p: { emails: string; customers: string }) =>
		`${p.emails} of ${p.customers} customer ids are e-mail addresses; the others are left out of the e-mail files.`,
	noEmails:
		'This data set has no e-mail column: its customer ids are not e-mail addresses. The export has the customer ids instead (column “Customer ID”), to match against your e-mail tool’s own list.',
	exported: (p: { count: string; leftOut: string }) =>
		`Saved ${p.count} customers; ${p.leftOut} left out because their id is not an e-mail address.`,
	consentNone:
		'The imported file does not say who agreed to marketing e-mail (it has no column such as Shopify’s “Accepts Email Marketing”), so nobody is left out on that ground. Import into your e-mail tool only the contacts who agreed to marketing e-mail, or import them as not subscribed (Klaviyo: never subscribed; Mailchimp: non-subscribed) and send them transactional messages only.',
	consentRead: (p: { columns: string }) =>
		`Marketing consent is read from the file’s column “${p.columns}”: each customer’s latest order that says yes or no, cancelled and refunded orders included (an opt-out stands whatever became of its order). Customers whose latest answer is no are left out of every export.`,
	consentFileColumn:
		'The files have a column “Email Marketing Consent”: “Subscribed” for customers who agreed, empty where the file does not say. Klaviyo’s list import reads this column (an empty cell counts as never subscribed). Mailchimp sets one status for a whole import: import as subscribed only the rows marked “Subscribed”, the others as non-subscribed.',
	audienceConsent: (p: { yes: string; no: string; unknown: string }) =>
		`Consent (latest order): ${p.yes} agreed to marketing e-mail, ${p.unknown} not stated in the file, ${p.no} declined and left out of the exports.`,
	audienceConsentUnknown: 'Consent: the file does not say for any of them.',
	exportedDeclined: (p: { count: string; declined: string }) =>
		`Saved ${p.count} customers; ${p.declined} left out because they declined marketing e-mail.`,
	declinedLeftOut: (p: { declined: string }) => `${p.declined} more left out because they declined marketing e-mail.`,
	unsubscribeNote:
		'The files below leave out the customers who declined marketing e-mail in their latest order, but a list that has them already keeps them subscribed until told. This file lists their addresses, and those of people with no order kept who declined: import it in Mailchimp with the status “Unsubscribed”, or upload it in Klaviyo as suppressed profiles.',
	unsubscribeKlaviyo: 'Unsubscribe file for Klaviyo',
	unsubscribeMailchimp: 'Unsubscribe file for Mailchimp',
	unsubscribeSaved: (p: { count: string }) =>
		`Saved the addresses of ${p.count} ${p.count === '1' ? 'customer' : 'customers'} who declined marketing e-mail.`,
	unsubscribeLeftOut: (p: { count: string }) =>
		`${p.count} more declined under an id that is not an e-mail address, and ${p.count === '1' ? 'is' : 'are'} not in the file.`,
	unsubscribeOthers: (p: { count: string }) =>
		`Also in the file: ${p.count} ${p.count === '1' ? 'address' : 'addresses'} of ${p.count === '1' ? 'a person' : 'people'} with no order kept (each cancelled, unpaid, refunded in full or in a currency left out) who declined marketing e-mail.`,
	unsubscribeOthersOnly: (p: { count: string }) =>
		`Saved ${p.count} ${p.count === '1' ? 'address' : 'addresses'} of ${p.count === '1' ? 'a person' : 'people'} with no order kept (each cancelled, unpaid, refunded in full or in a currency left out) who declined marketing e-mail; no customer declined.`,
	unsubscribeNone: 'No customer declined marketing e-mail in their latest order: no file was made.',
	exportSettingsInvalid: 'a setting above is not a valid number',
	exportMaking: 'Making the file…',
	/** The worker could not make an audience's file (or is not running). */
	exportFailed: (p: { detail: string }) =>
		`The file could not be made${p.detail ? ` (${p.detail})` : ''}. Nothing was saved: try again, or reload the page.`,
	tableHeading: 'Customers',
	show: 'Show',
	all: 'All customers',
	sortBy: 'Sort by',
	sorts: {
		clv: 'Predicted CLV',
		value: 'Value so far',
		probabilityAlive: 'P(active)',
		nextDay: 'Predicted next order',
		lastPurchase: 'Last purchase'
	},
	descending: 'Highest first',
	columns: {
		customer: 'Customer',
		purchases: 'Purchase days',
		value: 'Value so far',
		lastPurchase: 'Last purchase',
		probabilityAlive: 'P(active)',
		expectedPurchases: (p: { months: string }) => `Expected purchases, next ${p.months} months`,
		purchaseWithinHorizon: (p: { months: string }) => `P(at least one purchase), next ${p.months} months`,
		nextDay: 'Predicted next order',
		clv: (p: { months: string }) => `Predicted CLV, ${p.months} months`
	},
	noDate: 'not expected (P(active) ≤ 50 %)',
	afterHorizon: (p: { months: string }) => `after the ${p.months}-month horizon: an extrapolation, far from the data`,
	noModel: '—',
	rowsShown: (p: { from: string; to: string; total: string }) => `Customers ${p.from}–${p.to} of ${p.total}`,
	previous: 'Previous page',
	next: 'Next page',
	empty: 'No customer is in this audience.'
};
