/** Messages of the product affinity page: bought together, bought next (issue 13, item 6; cross-sell). */

export default {
	title: 'Product affinity: bought together and bought next',
	link: 'Product affinity: bought together and bought next (cross-sell)',
	intro: 'Which products customers buy in the same order, and what they buy on their next purchase after the first: the pairs to offer in cross-sell e-mails and “people also bought” sections.',
	summaryOnly:
		'This data set is a per-customer summary without orders or products: product affinity cannot be computed from it.',
	noItems:
		'This data set has no products stored, so product affinity cannot be computed. It needs the product of each line item: Shopify’s “Lineitem name”, WooCommerce’s item name or “Product(s)” column, the UCI layout’s “Description” or “StockCode”, or a product column in any file with one row per line item. Import such a file to see its pairs here.',

	by: 'Count pairs of',
	bys: {
		product: 'Product names',
		sku: 'SKUs (stock codes)'
	},
	noSkuColumn:
		'Pairs are of product names: this data set has no SKU column (Shopify: Lineitem sku; WooCommerce: SKU; UCI: StockCode).',
	skuNotPerItem:
		'No pairs of SKUs: this data set was imported before SKUs per item were stored. Import the file again to count pairs of SKUs; choose “Product names” for the pairs of product names.',
	noProductNames:
		'Pairs are of SKUs: this data set has no product names, only each line item’s SKU (stock code), as its file had a SKU column and no product-name column (or its name cells were empty). Each item is a SKU, so two sizes of one product are two items; support, confidence and lift are those of SKUs, and the tables’ “product” is a SKU code, not a name.',
	bySkuNote:
		'Counted by SKU: each item is a SKU (stock code), so two sizes of one product are two items, and line items without a SKU are left out. Support, confidence and lift are those of SKUs; the tables’ “product” is a SKU.',

	minCount: 'Minimum orders (customers) with both products',
	minCountInvalid: 'Enter a whole number from 2 to 1,000,000 (a pair in one order is no rule).',
	sort: 'Rank by',
	sorts: {
		lift: 'Lift (most above chance first)',
		count: 'Count (most often first)'
	},

	together: {
		heading: 'Bought together in one order',
		basis: (p: { orders: string; multi: string; products: string }) =>
			`Basis: ${p.orders} orders with products (${p.multi} of them with two or more), ${p.products} different products.`,
		help: 'Confidence A → B: of the orders with A, the share that also have B. Support: the share of all those orders that have both. Lift: how many times more often the two are in one order than if they were unrelated (1 = chance). A product whose whole quantity on an order credit notes gave back (UCI files) is not counted as bought in that order; one given back in part is.',
		from: 'Product',
		to: 'Also in the order',
		count: 'Orders with both',
		fromCount: 'Orders with the product',
		toCount: 'Orders with the other product',
		none: (p: { minimum: string }) =>
			`No two products are in ${p.minimum} orders together. Lower the minimum to see rarer pairs.`
	},
	withoutItems: (p: { count: string }) => `${p.count} orders name no product and are left out.`,
	returned: (p: { lines: string; orders: string; emptied: string }) =>
		`Credit notes gave back the whole quantity of ${p.lines} line items (on ${p.orders} orders): those products are not counted as bought, here or on the first-order breakdowns. ${p.emptied} of those orders have no product left and are among the orders that name no product.`,
	customerless: (p: { rows: string; sales: string }) =>
		`Orders with no customer (no customer id, e-mail or phone: guests, anonymous sales) are not in these tables: the import skipped their ${p.rows} rows (${p.sales} of sales, as its report says), so the data set does not hold them. The basis above counts only the orders of customers.`,
	skippedOrders: (p: { count: string; max: string }) =>
		`${p.count} orders with more than ${p.max} different products are left out: a wholesale or test order would add thousands of pairs that say little about what goes together.`,

	next: {
		heading: 'Bought next, after the first purchase',
		basis: (p: { customers: string; returning: string }) =>
			`Basis: the ${p.customers} customers who came back with products on both purchases, of ${p.returning} with a second purchase day. Customers who bought only once are not in it.`,
		help: 'First purchase: all of a customer’s orders on their first day; next purchase: all their orders on the next day they bought. Confidence A → B: of the returning customers whose first purchase had A, the share whose next purchase had B. A product followed by itself was bought again. A product whose whole quantity on an order credit notes gave back is not counted as bought; one given back in part is.',
		from: 'First purchase had',
		to: 'Next purchase had',
		count: 'Customers with both',
		fromCount: 'Customers whose first purchase had the product',
		toCount: 'Customers whose next purchase had the other product',
		none: (p: { minimum: string }) =>
			`No first-and-next pair is shared by ${p.minimum} customers. Lower the minimum to see rarer pairs.`
	},
	skippedCustomers: (p: { count: string; max: string }) =>
		`${p.count} returning customers with more than ${p.max} different products on their first or next purchase day are left out.`,

	support: 'Support',
	confidence: 'Confidence (95 % Wilson interval)',
	confidenceValue: (p: { value: string; low: string; high: string }) => `${p.value} (${p.low}–${p.high})`,
	lift: 'Lift',
	uncertain: 'uncertain',
	uncertainNote: (p: { minimum: string }) =>
		`Rules marked “uncertain” rest on fewer than ${p.minimum} orders (customers) with both products: treat them as hints, not facts. They are ranked after the others, in the tables and the charts.`,
	shown: (p: { shown: string; total: string; limit: string }) =>
		`The table shows the first ${p.shown} of ${p.total} rules; the CSV has the first ${p.limit}.`,
	download: 'Download CSV',
	chartTitle: (p: { count: string }) => `Lift of the first ${p.count} rules`,
	chartDescription:
		'How many times more often than chance each pair goes together; the line marks chance (lift 1). The table below has the counts behind each bar.',
	chance: 'Chance (lift 1)',
	rule: 'Rule',
	ruleLabel: (p: { from: string; to: string }) => `${p.from} → ${p.to}`,

	csvConfidenceLow: 'Confidence, 95 % Wilson interval low',
	csvConfidenceHigh: 'Confidence, 95 % Wilson interval high',
	csvConfidence: 'Confidence',
	csvUncertain: 'Uncertain',
	csvYes: 'yes',
	csvNo: 'no',

	tacticLead: 'Use these pairs with the cross-sell tactic in the planner:',
	tacticHint:
		'Offer a pair with high lift in the order confirmation and the post-purchase e-mail; offer what customers buy next in the e-mail before their usual second order.'
};
