import type { TextEncoding } from './sniff/encoding';
import type { DateOrder } from './sniff/dates';
import type { NumericDates } from './sniff/numeric-dates';
import type { AmountDecimal } from './sniff/numbers';
import type { Delimiter } from './sniff/delimiter';
import type { AmountMode, LayoutId, Role } from './layouts';

/** Why a row was not turned into an order. Each has a message in the catalogue (data.skip.*). */
export const SKIP_REASONS = [
	'tooFewFields',
	'textLine',
	'totalsRow',
	'missingCustomer',
	'guestCustomer',
	'unusablePhone',
	'notPayment',
	'chargebackReversed',
	'chargebackNotFound',
	'missingDate',
	'repeatedHeader',
	'invalidDate',
	'dateOutOfRange',
	'missingAmount',
	'invalidAmount',
	'ambiguousAmount',
	'amountOutOfRange',
	'nonPositiveQuantity',
	'negativePrice',
	'otherDateOrder',
	'refundWithoutOrder',
	'refundOfPaymentLeftOut',
	'invalidSummaryValue',
	'recencyAfterAge'
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Where in the input a row is: which file (index into `files`) and which row (1 = first line). */
export interface RowRef {
	file: number;
	row: number;
	/** The offending value, when showing it helps ("31/02/2023"). */
	value?: string;
}

export interface Tally {
	count: number;
	/** The first few rows, for the user to look up. */
	examples: RowRef[];
}

export const MAX_EXAMPLES = 5;

export function emptyTally(): Tally {
	return { count: 0, examples: [] };
}

export function tallyAdd(tally: Tally, ref: RowRef): void {
	tally.count++;
	if (tally.examples.length < MAX_EXAMPLES) tally.examples.push(ref);
}

/** Takes back a `tallyAdd` of `ref` (a row first counted as one thing, then found to be another). */
export function tallyRemove(tally: Tally, ref: RowRef): void {
	tally.count--;
	const at = tally.examples.findIndex((example) => example.file === ref.file && example.row === ref.row);
	if (at >= 0) tally.examples.splice(at, 1);
}

export interface FileReport {
	name: string;
	size: number;
	layout: LayoutId;
	encoding: TextEncoding;
	delimiter: Delimiter;
	decimal: AmountDecimal;
	dateOrder: DateOrder;
	/** How the day/month order was settled: from a value in the data, by default, or by the user. */
	dateOrderBasis: DateOrderBasis;
	dateOrderDecidedBy: RowRef | null;
	/** Dates written as numbers, read as this kind (see `FilePlan.numericDates`). */
	numericDates?: NumericDates;
	/** The row (counted from the file's first line) that was read as the header, or the first data row. */
	headerRow?: number;
	/** Read as a payment account's ledger (PayPal's activity download, see `payments.ts`). */
	paymentLedger?: true;
	amountMode: AmountMode;
	hasHeader: boolean;
	rowsRead: number;
	/**
	 * The headers of the columns that say who ordered, as read: the customer's, then the e-mail and
	 * the phone that stand in where it is empty. A row with none of them is skipped as having no
	 * customer, and the report names them. Absent in a file without a header, and in reports stored
	 * before they were recorded.
	 */
	customerColumns?: string[];
	/** The file has no order id column: its duplicates cannot be checked by order id. */
	noOrderId?: true;
	/** Not read: its rows after the header are those of this earlier file (index into `files`), byte for byte. */
	sameAs?: number;
}

/**
 * How the day/month order was settled: by a value in the data, by default (nothing decided it),
 * by the user, not needed (year first), or against some values ("conflicting": the data has
 * dates that can only be day/month and others that can only be month/day).
 */
/** How the dates' order was chosen; `layout`: the export always writes that order (see `DATE_ORDER_OF_LAYOUT`). */
export type DateOrderBasis = 'data' | 'default' | 'layout' | 'user' | 'not-needed' | 'conflicting';

/** The parts of revenue an import can tell apart, each named in the report as the file names it. */
export const REVENUE_PARTS = [
	'amount',
	'subtotal',
	'tax',
	'shipping',
	'shippingDiscount',
	'discount',
	'refundedAmount'
] as const;
export type RevenuePart = (typeof REVENUE_PARTS)[number];

/**
 * What each kept order's amount is:
 * - `netSales`: computed from the file's parts (subtotal, or total less tax and shipping; less refunds);
 * - `netSalesColumn`: the file's own net sales column;
 * - `totalLessShipping`: the order totals less shipping, where the file has no tax (nor subtotal)
 *   column: they may include tax;
 * - `orderTotal`: the file's order totals, which may include tax and shipping (the file does not show them);
 * - `lineItems`: quantity × unit price of the lines, as the file gives the prices;
 * - `lineAmounts`: the amounts of an order's rows (one row per item), summed, which may include tax and shipping;
 * - `lineTyped`: the same, but a row-type column tells items and discounts (summed) from shipping,
 *   fees and tax (shown apart);
 * - `mixed`: files of a data set read in different ways.
 */
export type RevenueBasis =
	| 'netSales'
	| 'netSalesColumn'
	| 'totalLessShipping'
	| 'orderTotal'
	| 'lineItems'
	| 'lineAmounts'
	| 'lineTyped'
	| 'mixed';

/**
 * Revenue of the kept orders, part by part (in the data set's currency). The order amounts the
 * analysis uses add up to `netSales`, and
 * `grossSales − discounts − refunds − returns = netSales`.
 * Tax and shipping are not sales: they are shown for reference, never in `netSales`.
 * Null: the file has no such column.
 */
export interface RevenueBreakdown {
	basis: RevenueBasis;
	/** Sales before discounts, refunds and returns. */
	grossSales: number;
	discounts: number | null;
	/** Refunded amounts of partly refunded orders, their sales share (tax and shipping refunds left out). */
	refunds: number;
	/** Returns: credit notes and negative rows netted into an earlier order of the same customer. */
	returns: number;
	netSales: number;
	tax: number | null;
	shipping: number | null;
	/** Payment and other fees: rows a file's row-type column marks as fees (absent when none). */
	fees?: number;
	/** The file's order totals of the kept orders (what customers were charged, before refunds). */
	totalCharged: number | null;
	/** Returns with no earlier order of that customer: not subtracted from anything. */
	returnsWithoutOrder: number;
	/** The file's header of each part, to name it as the source system does. */
	names: Partial<Record<RevenuePart, string>>;
	/** The other names of a part, where files (or a file's columns) gave it under different ones. */
	alsoNamed?: Partial<Record<RevenuePart, string[]>>;
	/**
	 * The part of `discounts` no discount column gave: what subtotals (less any discount column's)
	 * are above what was charged for the items (the total less shipping and tax). Absent when none.
	 */
	impliedDiscounts?: number;
	/**
	 * Shipping discounts the order totals net (Etsy's "Shipping Discount"), already taken off
	 * `shipping`: counted only for orders whose parts add up with the shipping less its discount, not
	 * with the shipping as given. Absent when none.
	 */
	shippingDiscounts?: number;
}

export type ImportWarning =
	| {
			code: 'mixedDateStyles';
			examples: RowRef[];
			/** Dates that could not be read (set after the import). */ unread?: number;
	  }
	/**
	 * An amount column whose values are written with a decimal point ("1,234.56") and with a decimal
	 * comma ("1.234,56"): each read by its own shape (`parseAmount` with 'either'). The first few of
	 * each kind, from the sample; `ambiguous`: amounts that read either way, left out (set after the import).
	 */
	| { code: 'mixedDecimals'; point: RowRef[]; comma: RowRef[]; ambiguous?: number }
	| { code: 'dateOrderConflicts'; count: number; examples: RowRef[] }
	| { code: 'dateOrderSwitched'; from: DateOrder; to: DateOrder; decidedBy: RowRef }
	| { code: 'severalCurrencies'; counts: Record<string, number> }
	/**
	 * The file names no currency, and its amounts are written with a mark that several currencies
	 * use ("$"): figures are shown in the user's currency setting, which may not be theirs.
	 */
	| {
			code: 'sharedCurrencyMark';
			mark: string;
			count: number;
			currencies: readonly string[];
			/** The mark is a currency column's value (`count` orders), not written in the amounts. */
			inColumn?: true;
	  }
	/**
	 * Orders whose currency column holds no currency the app knows ("N/A"): counted in the data
	 * set's currency (`examples` hold the values).
	 */
	| { code: 'unreadCurrency'; count: number; examples: RowRef[] }
	/**
	 * Orders whose status the import does not know, counted as purchases: `count` orders in all,
	 * `counts` by the most frequent statuses, as written; `otherStatuses` statuses more, unnamed.
	 */
	| { code: 'unknownStatuses'; count: number; counts: Record<string, number>; otherStatuses: number }
	| { code: 'malformedQuotes'; count: number; examples: RowRef[] }
	/**
	 * A file that ends inside its last row (`row`, on `line` as a text editor numbers lines), as one
	 * cut off by an incomplete download does: inside a character (`halfCharacter`), or with fewer
	 * fields than the header. The rows before it were read; the row itself as it is.
	 */
	| { code: 'fileCutOff'; file: number; row: number; line: number; halfCharacter: boolean }
	| { code: 'negativeNetCustomers'; count: number }
	/** Rows of one order id that disagree on customer (or on date by more than a day): read as separate orders. */
	| { code: 'orderIdReused'; count: number; ids: number; examples: RowRef[] }
	/**
	 * Orders in two files (exports that overlap) that are a sale in one and cancelled, unpaid or
	 * refunded in the other: each counted by its later outcome, whichever file has it (refunded or
	 * cancelled over paid, paid over unpaid).
	 */
	| { code: 'duplicateOutcomes'; count: number; examples: RowRef[] }
	/** A file without an order id whose rows after the header are those of an earlier file: not read. */
	| { code: 'sameFile'; file: number; sameAs: number }
	/**
	 * A file of several that named no currency (no currency column, none in its amounts' header nor
	 * marks), while the others named `currency`: its `orders` are counted as if in that currency.
	 */
	| { code: 'fileNamesNoCurrency'; file: number; orders: number; currency: string }
	/**
	 * Rows of a file without an order id identical in every column read to a row of an earlier such
	 * file (overlapping exports): skipped as that order again, matched on their content alone.
	 */
	| { code: 'contentDuplicates'; count: number; examples: RowRef[] }
	/**
	 * Rows where a number with thousands separators, not in quotes ("1,234.50" in a file delimited
	 * by commas), was cut into several fields: joined again (`examples` hold the number read).
	 */
	| { code: 'thousandsMended'; count: number; examples: RowRef[] }
	/** Kept orders whose status says partly refunded, with no amount refunded in the file: counted in full. */
	| { code: 'refundAmountUnknown'; count: number; examples: RowRef[] }
	/** Rows whose amount, with a decimal comma and not quoted, the file's commas split in two: joined again. */
	| { code: 'decimalCommaMended'; count: number; examples: RowRef[] }
	/** Rows with more fields than the header, read as they are: their columns may be shifted. */
	| { code: 'widerRows'; count: number; examples: RowRef[] }
	/** Orders whose further rows have another total than the first row's, which alone was counted. */
	| { code: 'differingTotals'; count: number; examples: RowRef[] }
	/**
	 * Orders with no customer id, or a guest checkout's placeholder ("0"), whose customer was read
	 * from the e-mail column (`column`, its header).
	 */
	| { code: 'customerFromEmail'; count: number; examples: RowRef[]; column: string }
	/** Orders with neither a customer id nor an e-mail, whose customer is told by the phone number. */
	| { code: 'customerFromPhone'; count: number; examples: RowRef[]; column: string }
	/**
	 * Customers' phone numbers written without a country code (`count` of them), given the one most
	 * of the import's numbers with one have: `international` of the `of` numbers with a code.
	 */
	| { code: 'phonesGivenCountry'; count: number; callingCode: string; international: number; of: number }
	/**
	 * Customers' phone numbers without a country code (`count`) that were not given one, in an
	 * import with numbers that have one: the file does not say their country, or they fit none of
	 * its numbers. Each is a customer of its own.
	 */
	| { code: 'phonesKeptApart'; count: number }
	/**
	 * Orders (`count`) some of whose lines have no cost of goods in the file (`lines` of them), the
	 * others one: their cost is their other lines' only. `complete`: orders whose every line has a
	 * cost, of the `orders` kept.
	 */
	| { code: 'costPartial'; count: number; examples: RowRef[]; lines: number; complete: number; orders: number }
	/** Guests told by e-mail joined to the registered customer whose orders have the same e-mail. */
	| { code: 'guestsJoined'; count: number; orders: number; column: string }
	/** Control characters (NUL and the like) removed from ids and text fields. */
	| { code: 'controlCharacters'; count: number; examples: RowRef[] }
	/** Rows whose customer or order id Excel wrote in scientific notation: different customers or orders may be one. */
	| { code: 'scientificIds'; count: number; examples: RowRef[] }
	/** Rows listing several items whose SKU cell lists another number of SKUs: those items have none. */
	| { code: 'unpairedSkus'; count: number; examples: RowRef[] }
	/** The file is not valid UTF-8: it was read in another encoding (`row` holds the first bad byte). */
	| { code: 'notUtf8'; encoding: TextEncoding; examples: RowRef[] }
	/** Title rows above the header were skipped; `row` is the header row used. */
	| { code: 'headerRow'; row: number }
	/** Several columns have the same header; `columns` are their 1-based positions. */
	| { code: 'duplicateColumns'; name: string; columns: number[]; used: number | null; role: Role | null };

/** The warning of this kind among an import's warnings (typed as that kind), or null. */
export function findWarning<C extends ImportWarning['code']>(
	warnings: readonly ImportWarning[] | undefined,
	code: C
): Extract<ImportWarning, { code: C }> | null {
	return (warnings?.find((w) => w.code === code) as Extract<ImportWarning, { code: C }> | undefined) ?? null;
}

export interface ImportReport {
	kind: 'orders' | 'summary';
	files: FileReport[];
	/** Data rows read (header lines and blank lines not counted). */
	rowsRead: number;
	blankRows: number;
	/** Rows that were further line items of an order already counted. */
	lineItemRows: number;
	ordersKept: number;
	customers: number;
	skipped: Partial<Record<SkipReason, Tally>>;
	cancelled: Tally;
	/**
	 * Items of kept orders cancelled or returned on their own (their row's status says so, in a file
	 * of one row per item): not counted in the order. Absent when none.
	 */
	linesNoSale?: Tally;
	/**
	 * Shopify's test orders (paid through its test gateway, the "Bogus Gateway", or tagged "test"):
	 * not sales, left out whole. `orders` holds their first rows with the order numbers; `sales`,
	 * their sales as the file gives them (none for those whose status says cancelled, refunded or
	 * unpaid). Absent when none.
	 */
	testOrders?: { orders: Tally; sales: number };
	/**
	 * Orders in other currencies than `kept`, the one chosen in the review (`FilePlan.onlyCurrency`):
	 * left out whole, their first rows in `orders`. Absent when none.
	 */
	otherCurrencies?: { orders: Tally; kept: string };
	unpaid: Tally;
	/**
	 * Orders kept as sales while their payment was not complete (Shopify's pending, authorized and
	 * partially paid; WooCommerce's on hold), as the shops' own reports count them; `sales`, their
	 * net sales as counted. Absent when none.
	 */
	awaitingPayment?: { orders: Tally; sales: number };
	refunds: {
		/** Orders refunded in full: not counted as purchases. */
		fullyRefunded: Tally;
		/**
		 * Of `fullyRefunded`, the orders that are so by a reading of their refund alone: Shopify or
		 * WooCommerce orders the file gives as partly refunded (Shopify's `partially_refunded`, or a
		 * refund below the order's total) whose refund took all their products with their tax, only
		 * shipping kept (see `OrderAccumulator`'s `#itemsRefunded`). The report says how many. Absent
		 * when none, and in reports stored before they were counted.
		 */
		fullyRefundedShippingKept?: Tally;
		/** Orders partly refunded: kept at their net value. */
		partlyRefunded: Tally;
		refundedAmount: number;
		/** Negative-amount rows (returns) netted into an earlier order of the same customer. */
		negativeRowsNetted: Tally;
	};
	/** UCI-style credit notes (invoices starting with C): returns of earlier purchases. */
	creditNotes?: {
		/** Netted into the customer's latest order on or before the credit note's day. */
		netted: Tally;
		/** No earlier order of that customer: counted apart, not subtracted. */
		withoutOrder: Tally;
		nettedAmount: number;
		withoutOrderAmount: number;
	};
	/**
	 * Orders (invoices) none of whose rows is a sale: only postage, shipping, fees or tax, by a UCI
	 * file's StockCode (POST, DOT, C2, BANK CHARGES, AMAZONFEE, CRUK) or a row-type column. Not
	 * counted as orders; `amount`, their postage, charges and tax (less what credit notes gave
	 * back), is not counted in the revenue breakdown's shipping, fees or tax either (they were never
	 * sales); `creditNotes`: credit notes that gave back only their postage or charges, left out with
	 * them. Absent when none.
	 */
	apartOnly?: { orders: Tally; amount: number; creditNotes: number };
	revenueBreakdown?: RevenueBreakdown;
	/**
	 * The sales in the rows skipped for having no customer (nothing in the columns read for it, see
	 * `FileReport.customerColumns`: a till's anonymous sale, a guest), as their orders would have counted: the figures leave them out, and
	 * the report says how much that is. Absent when no such row had a sale.
	 */
	customerlessSales?: number;
	/**
	 * UCI credit notes that gave back the whole quantity of a product of an invoice that had it:
	 * those line items (`lines`, of `orders` orders) are not counted as bought in the products of the
	 * analysis (bought together, bought next, first-order products and SKUs); `emptied` of those
	 * orders are kept with no product left (their amount was not brought to nothing). A product
	 * given back in part stays. Absent when none.
	 */
	itemsReturned?: { lines: number; orders: number; emptied: number };
	/**
	 * Of `customerlessSales`, those of rows skipped as a guest's (`guestCustomer`): their customer id
	 * is the one every guest shares ("0"), and no e-mail or phone tells the guests apart.
	 */
	guestSales?: number;
	duplicates: Tally;
	zeroValueOrders: number;
	firstDay: number | null;
	lastDay: number | null;
	revenue: number;
	currency: string | null;
	/**
	 * Where the currency was read: a currency column, or the marks in the amounts ("€12.50"), which
	 * the report says. Missing in reports stored before it was recorded: a column.
	 */
	currencyFrom?: 'column' | 'amountMarks';
	warnings: ImportWarning[];
}
