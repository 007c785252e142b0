import {
	DIMENSIONS,
	dimensionFold,
	type CustomerNames,
	type Dimension,
	type DimensionColumn,
	type OrderColumns,
	type OrderItems
} from './columns';
import { CellValues, UNSEEN } from './cell-values';
import { hasText, trimCell } from './cell-text';
import { discard } from './discard';
import { Dictionary, GrowableFloat64, GrowableInt32 } from './growable';
import { lineKindOf } from './line-kinds';
import { isChargeback, isDispute, paymentKind, type PaymentLedger } from './payments';
import {
	callingCodeOfCountry,
	dominantCallingCode,
	isNationalPhoneKey,
	nationalToInternational,
	phoneCustomerId
} from './phones';
import { unwrapSpreadsheetCells } from './spreadsheet-text';
import { emptyOrTotals, isTotalsLabel, totalsLabelIn } from './totals-row';
import {
	DIMENSION_ROLE,
	firstRowCoversOthers,
	headerCurrencyCode,
	isPhoneHeader,
	namesNetSales,
	namesProductList,
	normaliseHeader,
	splitProductList,
	splitQuantityList,
	splitSkuList,
	uciStockCodeColumn,
	type OrderRole
} from './layouts';
import { fileReport, matchedByContent, type FilePlan } from './plan';
import { groupItemsByOrder } from './group-items';
import { filledCells, isBlankRow } from './rows';
import {
	emptyTally,
	MAX_EXAMPLES,
	REVENUE_PARTS,
	tallyAdd,
	tallyRemove,
	type RevenueBasis,
	type RevenueBreakdown,
	type RevenuePart,
	type FileReport,
	type ImportReport,
	type RowRef,
	type SkipReason,
	type Tally
} from './report';
import { orderEvidence, parseDay, TIME_OF_DAY_LIMIT, timeOfDay, zoneSuffix, type DateOrder } from './sniff/dates';
import { numericDay } from './sniff/numeric-dates';
import { countCurrencyMark, currenciesOfFile, currencyLabelOf, currencyOfValue } from './sniff/currency-marks';
import {
	hasStruckOutPrice,
	isAmbiguousAmount,
	MAX_ABS_AMOUNT,
	parseAmount,
	splitByDecimalComma,
	splitByThousands
} from './sniff/numbers';
import { awaitsPayment, classifyStatus, isNo, isYes, saysReversed, type StatusClass } from './status';
import { isTestOrder, testOrderColumns, type TestOrderColumns } from './test-orders';
import { compareKeys, StringIndex, type KeySpan } from './string-index';
import { NAME_SEPARATOR } from './names';
import { CONSENT_UNKNOWN, ConsentLog, readConsent, type ConsentPart, type CustomerConsent } from './consent';
import { OrderIdList, type OrderIdParts } from './id-list';

export interface OrdersResult {
	kind: 'orders';
	columns: OrderColumns;
	customers: string[];
	/** Order ids as exported (kept joined, see `OrderIdList`), or null when no file had an order-id column. */
	orderIds: OrderIdList | null;
	dimensions: Partial<Record<Dimension, DimensionColumn>>;
	/** Every order's products (line items); null when no file had a product column. */
	items: OrderItems | null;
	/** Each customer's name (of their latest order that had one); null when no file had a name column. */
	names?: CustomerNames | null;
	/**
	 * Each customer's e-mail marketing consent from their latest order that stated it (see
	 * `consent.ts`), and the headers it was read from; null when no file had a consent column.
	 */
	consent?: CustomerConsent | null;
	/**
	 * Each order's cost of goods in the data set's currency (NaN: not known), where a file had a
	 * cost column (see `OrderAccumulator` for the rules); null when none had.
	 */
	cost?: Float64Array | null;
	/** The orders (ascending) whose cost lacks some line items' costs (`costPartial`); null when none does. */
	costPartial?: Int32Array | null;
	report: ImportReport;
}

/** A dimension as the current file fills it (see `#fillDimensions`). */
interface FilledDimension {
	column: { dictionary: Dictionary; index: GrowableInt32 };
	/** Its column in the file (-1: none, the value is -1). */
	source: number;
	/** The cell lists products: the first is the value. */
	list: boolean;
	/** The SKU beside a product cell that lists products: the first item's, where they pair (`#firstListedSku`). */
	skuList: boolean;
	/** The dimension is the country: a value of up to three letters is a code, in capitals. */
	countryCodes: boolean;
	/**
	 * The product of an order, from a cell that is not a list: looked up once, as the row's line
	 * item (see `#itemProductOf`), and turned into the dimension's value (`#itemDimension`).
	 */
	viaItems: boolean;
	/** The last cell read (without control characters), and its value. */
	lastCell: string;
	lastValue: number;
	/** Cells read before, each as its value's text (see `CellValues`). */
	seen: CellValues;
}

/** Refund rows of a kept order dated after it (see `OrderAccumulator.#laterRefunds`). */
interface LaterRefund {
	/** The first such row. */
	ref: RowRef;
	/** The order's sales before it. */
	value: number;
	/**
	 * The order's sales as read, before any return or refund row: where each row is an order and
	 * the file has no parts (`#ownRefundsDrop`), what its row added to the order totals charged.
	 */
	charged: number;
	/** Those rows read apart from the order and netted into it as returns: their sum and rows. */
	returns: number;
	netted: RowRef[];
	/** Its copy in a later file that says it was cancelled (exports that overlap): left out as cancelled. */
	cancelledBy?: RowRef;
	/**
	 * Its latest copy in a later file that says refunded says so by the reading of its refund alone
	 * (see `CopyReading`): counted in `fullyRefundedShippingKept` too.
	 */
	shippingKept?: boolean;
}

/**
 * Returns of a customer netted into a kept order that are no refund rows of its own (a return
 * booked as a row of its own, a UCI credit note): an order they bring to nothing, to the cent, was
 * returned in full, and is left out as refunded in full (`#dropReturnedInFull`).
 */
interface ReturnedInto {
	/** The first such row. */
	ref: RowRef;
	/** The order's sales before it. */
	value: number;
	/** The returns netted into the order: their sum, the return rows, and the credit notes' first rows and sum. */
	returns: number;
	netted: RowRef[];
	credits: RowRef[];
	creditAmount: number;
	/** The products of the credit notes' lines ('' where a line names none). */
	creditProducts: string[];
	/** Whether they are all among the order's items, once worked out (see `#creditsAmongItems`). */
	creditsItsOwn?: boolean;
	/**
	 * Whether leaving the order out takes all of its money out of the report: its file sums no
	 * discount, tax, shipping or refund column apart (see `beginFile`).
	 */
	droppable: boolean;
}

/**
 * The credit notes read, netted into invoices once every file is read (see
 * `OrderAccumulator.#settleCreditNotes`). Each note (the rows of one C invoice and customer in one
 * file): its customer's id, day, time of day (-1: none), invoice number and first row. Each line:
 * its note, amount and cost, its product ('' where it names none, and for postage and charges),
 * and its kind (`CREDIT_KINDS`: a product, postage or a charge).
 */
interface CreditLog {
	customer: string[];
	day: GrowableInt32;
	time: GrowableInt32;
	id: string[];
	ref: RowRef[];
	note: GrowableInt32;
	amount: GrowableFloat64;
	cost: GrowableFloat64;
	product: string[];
	kind: GrowableInt32;
	/** Each line's quantity given back (|Quantity|; NaN where unread). */
	quantity: GrowableFloat64;
}

/** A credit-note line's kind (`CreditLog.kind`): what it gives back, a product (0) or what is counted apart. */
const CREDIT_KINDS = ['product', 'shipping', 'fees'] as const;

/**
 * The UCI Online Retail StockCodes that are no product: postage (POST, DOTCOM POSTAGE), carriage,
 * and charges (bank charges, Amazon's fees, CRUK's commission). Their lines are counted apart, as
 * shipping or fees, not as sales or items. ("M" Manual, "D" Discount, "S" Samples and "B" bad-debt
 * adjustments move money to or from a customer: they stay as the file has them.)
 */
const UCI_NOT_PRODUCTS = new Map<string, 'shipping' | 'fees'>([
	['POST', 'shipping'],
	['DOT', 'shipping'],
	['C2', 'shipping'],
	['BANK CHARGES', 'fees'],
	['AMAZONFEE', 'fees'],
	['CRUK', 'fees']
]);

/** UCI's StockCode of a bad-debt adjustment ("Adjust bad debt"): a write-off, no sale of a row with no customer. */
const UCI_BAD_DEBT = 'B';

/** An order with no sale row so far (see `OrderAccumulator.#saleless`): its first row, and its amounts counted apart. */
interface SalelessOrder {
	ref: RowRef;
	shipping: number;
	fees: number;
	tax: number;
	/**
	 * Its product rows left out as cancelled or returned (`#lineIsNoSale`), the first few and how
	 * many more, whether any was refunded, and the refunded ones' amount: a purchase, all of whose
	 * products were cancelled or refunded (see `#dropApartOnly`). Absent: none.
	 */
	noSale?: { rows: RowRef[]; more: number; refunded: boolean; amount: number };
	/** The postage or charges its credit notes gave back (see `#settleCreditNotes`): each line's kind, amount and note. */
	credits?: { kind: 'shipping' | 'fees'; amount: number; ref: RowRef; day: number }[];
}

/** What a copy of an order in another file says it is (exports that overlap). */
type CopyOutcome = 'sale' | 'unpaid' | 'refunded' | 'cancelled';

/**
 * A copy's outcome, and whether a refund in full is only the reading of its refund: all its
 * products and their tax, its shipping kept, under a status that does not say refunded
 * (`#itemsRefunded`, counted in `fullyRefundedShippingKept`).
 */
interface CopyReading {
	outcome: CopyOutcome;
	shippingKept: boolean;
}

/** An order an earlier file did not count as a sale: its file, why, and its row. */
interface DroppedCopy {
	file: number;
	why: Exclude<CopyOutcome, 'sale'>;
	ref: RowRef;
	/** Refunded in full by the reading of its refund alone (counted in `fullyRefundedShippingKept`). */
	shippingKept?: boolean;
}

/** Customers' names, dictionary-encoded: each customer's (`of`, -1 none) and the day of the order it came from. */
interface NameLog {
	dictionary: Dictionary;
	of: GrowableInt32;
	day: GrowableInt32;
}

/**
 * Line items as read, in file order: item k is product `product[k]` of order `order[k]`, with
 * SKU `sku.index[k]` (-1: none) once a file had a SKU column (null before: no memory for them).
 */
interface ItemLog {
	dictionary: Dictionary;
	order: GrowableInt32;
	product: GrowableInt32;
	sku: { dictionary: Dictionary; index: GrowableInt32 } | null;
}

/** A line-item product whose value in the product dimension is not looked up yet (see `#dimensionOfItem`). */
const UNKNOWN_DIMENSION = -2;

/** WooCommerce Analytics lists an order's products in one cell, separated by this. */
const PRODUCT_LIST_SEPARATOR = ', ';
/** The mark of a quantity before a listed product ("2× Mug", see `splitProductList`). */
const LISTED_QUANTITY_MARK = '× ';
/** The most distinct statuses classified once each, and counted by name in the report when unknown. */
const MAX_UNKNOWN_STATUSES = 200;
/** Currency column values whose reading is remembered: past them (a column of free text), each is read again. */
const MAX_CURRENCY_VALUES = 64;
/** The unknown statuses the report's warning names (the most frequent); the others are counted. */
const NAMED_UNKNOWN_STATUSES = 8;
/** The most ids of orders that are no sale kept to recognise their copies in later files (about 20 MB). */
const MAX_DROPPED_IDS = 250_000;

/** Dates before this or after tomorrow are taken to be errors (a typo, a default "0001-01-01"). */
export const EARLIEST_DAY = 7305; // 1990-01-01

/**
 * Whether a customer id is a guest checkout's placeholder, shared by every guest: BigCommerce and
 * Magento write "0", other systems "-1", "guest" or "n/a".
 */
export function isGuestId(id: string): boolean {
	if (id.length === 0 || id.length > 5) return false;
	// (Read for every row: an id starting with a digit 1–9, most ids, is none without the expression.)
	const first = id.charCodeAt(0);
	if (first >= 49 && first <= 57) return false;
	return /^(0+|-1|-+|guest|n\/a|none|null)$/i.test(id);
}

/** An address with a name, or the first of a list of them: `"Berg, Ann" <ann@x.com>, Bo <b@x.com>`. */
const NAMED_ADDRESS = /^[^<]*<([^<>]*@[^<>]*)>(?:\s*[,;][^]*)?$/;

/** Lower-case e-mail addresses; turn spreadsheet floats ("12346.0") back into the ids they were. */
export function normaliseCustomerId(raw: string): string {
	const id = trimCell(raw);
	if (id.includes('@')) {
		// "Ann Berg <ann@example.com>", as a mail program writes an address: the address is the
		// customer; of a list ("Ann <a@x.com>, Bo <b@x.com>"), the first, the buyer's.
		const named = id.charCodeAt(id.length - 1) === 62 ? NAMED_ADDRESS.exec(id) : null;
		return (named ? named[1].trim() : id).toLowerCase();
	}
	// (The last-character test keeps the regular expression off the hot path.)
	if (id.charCodeAt(id.length - 1) === 48 && /^\d+\.0+$/.test(id)) return id.slice(0, id.indexOf('.'));
	return id;
}

/**
 * A customer key from a person's name, where names alone tell customers apart: "Anna Bērziņa",
 * "ANNA BĒRZIŅA", " Anna  Bērziņa " and the name with its letters written decomposed are one
 * person, however the shop's staff typed it. (Not for ids: "abc" and "ABC" may be two accounts.)
 * Lower case, so that every byte range of a file gives one key whichever spelling it saw first.
 */
export function normaliseCustomerName(raw: string): string {
	return raw.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Whether an id is a number as Excel shows and saves a long one, in scientific notation
 * ("1.23457E+11", "7E+12"): its last digits are lost, and ids that differed in them are now one.
 * Excel's General format writes a whole number so only from 12 digits (E+11); "9E+1" or "1E+10"
 * are no number Excel shortened (a product code, a typed value).
 * (The second character's test keeps the regular expression off the hot path.)
 */
export function isScientificNumber(id: string): boolean {
	if (id.length < 4 || id.length > 20) return false;
	const second = id.charCodeAt(1);
	return (
		(second === 46 || second === 44 || second === 69 || second === 101) &&
		/^\d(?:[.,]\d+)?e\+(?:1[1-9]|[2-9]\d|[1-9]\d\d)$/i.test(id)
	);
}

/** C0 and C1 control characters and DEL: never part of a real id or name. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Marks a consent key that is an e-mail written beside a customer id (see `#customerOfKey`). */
const BESIDE_ID = '\u0001';

/** The roles of amounts of money, whose value a thousands separator not in quotes may split (see `#fitRow`). */
const MONEY_ROLES = [
	'amount',
	'unitPrice',
	'subtotal',
	'tax',
	'shipping',
	'shippingDiscount',
	'discount',
	'refundedAmount',
	'adjustedTotal'
] as const;

/** Tabs and line breaks: a quoted cell's own white space (a product name written on two lines), a space. */
const BREAKS = /[\t\r\n]+/g;

/**
 * What control characters the text has (a loop: quicker than a regular expression on short
 * cells): 0 none, 1 only tabs and line breaks, 2 others (see `CONTROLS`). Printable ASCII, nearly
 * every character, is passed by one range test before the others.
 */
function controlsIn(text: string): 0 | 1 | 2 {
	let found: 0 | 1 = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x20 && c < 0x7f) continue;
		if (c === 9 || c === 10 || c === 13) found = 1;
		else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return 2;
	}
	return found;
}

/** An order of the current file that is no sale, whose further rows may come apart from it (see `#droppedInFile`). */
interface DroppedOrder {
	customer: string;
	/** Its day (NaN when not read: a cancelled order's). */
	day: number;
	/** Whether its rows' amounts are refunded amounts (see `#curRefundsRows`). */
	refundsRows: boolean;
}

/** The rows of an order dropped by its first line's status, while that may be the line's own (see `#curFirstLineNoSale`). */
interface FirstLineNoSale {
	/** Which drop its first row was counted as. */
	kind: 'cancelled' | 'refunded';
	/** Its rows so far, each a line cancelled or returned (the first few), and how many more. */
	rows: RowRef[];
	more: number;
	/** What was added to the refunded amount for them. */
	refunded: number;
	/** Whether any of them was a product's row (not shipping, a fee or tax, see `#lineKind`). */
	product: boolean;
}

/** A negative row (a return, or an order's discount line) as `#netReturn` nets it. */
/** An order's rows without a cost of goods (see `OrderAccumulator.#costLines`). */
interface CostLines {
	/** Its lines without a cost. */
	missing: number;
	/** Whether any of its rows had a cost. */
	known: boolean;
	/** Its first line without a cost (or its first row). */
	ref: RowRef;
}

interface ReturnLine {
	key: string;
	customerId: string;
	day: number;
	row: number;
	file: number;
	/** Its amount as the file gives it, and its sales (negative; the same unless tax and shipping are apart). */
	amount: number;
	sales: number;
	/** Its cost of goods (NaN: unknown). */
	cost: number;
}

/** How a file's refund rows are read (see `OrderAccumulator.#netReturn`). */
interface ReturnRules {
	/** A refund row of an order's own id, dated after it, refunds that order (`#laterRefundsDrop`). */
	laterRefundsDrop: boolean;
	/** Each row is an order, and a refund row of its own id or of its whole sale refunds it (`#ownRefundsDrop`). */
	ownRefundsDrop: boolean;
}

/** A payment account's refund, reversal or chargeback (negative), or a chargeback's reversal (positive). */
interface LedgerReturn extends ReturnLine {
	/** The payment it names ('' where it names none); `own` its own transaction id. */
	key: string;
	own: string;
	chargeback: boolean;
	/** A chargeback, a payment reversal, or either's reversal: a row that reverses a payment, or undoes that. */
	dispute: boolean;
}

/** An order's amounts as the file splits them (absent columns count 0). */
interface OrderParts {
	/** Net sales: no tax, no shipping, after discounts. */
	sales: number;
	tax: number;
	shipping: number;
	discount: number;
	/** The part of `discount` no discount column gave (see `#impliedDiscount`). */
	implied: number;
	/** A shipping discount the total nets, taken off `shipping` (see `#parts`); 0 when none. */
	shippingDiscount: number;
	/** The file's order total. */
	total: number;
}

/** Two days apart or more: rows of one order id with such dates are not one order. */
const DAYS_APART = 2;

export interface DateEvidence {
	dmy: number;
	mdy: number;
	firstDmy: RowRef | null;
	firstMdy: RowRef | null;
}

/** What the rows following an order's first row belong to. */
const enum Current {
	None,
	/** A kept order (`#curOrder`). */
	Order,
	/** Not a purchase (cancelled, unpaid, refunded in full): its further rows are skipped with it. */
	Dropped,
	/** A line-item order whose first line was unusable: the next line may start it. */
	Unusable,
	/** A credit note, netted into `#curOrder` (or, when -1, counted apart). */
	Credit
}

/**
 * Turns parsed rows into orders, one file after another, into shared columns: customers are
 * the same people across files (several monthly exports make one data set).
 *
 * The rules, which the report and the README state:
 * - rows of one order (same order id) are its line items: `orderTotal` layouts take the first
 *   non-empty total, `lineItems` layouts add up quantity × unit price, `lineAmounts` add up the
 *   amount column (one row per item, each with its amount); rows of one order id that
 *   name another customer, or a date two or more days away, are another order (keyed by order id,
 *   customer and, if need be, day) and the report says so;
 * - an order's amount is its net sales where the file shows the parts (subtotal, or the total
 *   less tax and shipping), else the file's total;
 * - cancelled, voided and failed orders and orders refunded in full are not purchases; they are
 *   counted apart. Partly refunded orders count at their net value (the refund's sales share
 *   subtracted);
 * - UCI `C` invoices (credit notes) and rows with a negative amount and no status are returns:
 *   a row is netted into the same order (by id) or else the customer's latest order on or before
 *   that day; a credit note's line, once every file is read, into the latest invoice on or before
 *   the note that had that many of its product left (by StockCode) and that much value, else that
 *   had its product and has that much left, else the latest with that much left,
 *   else the latest with anything left (see `#settleCreditNotes`); those with no such order are
 *   counted apart;
 * - an order id seen again later (another export overlapping this one) is a duplicate;
 * - cost of goods, where a file has a cost column: an order-level cost (`orderCost`) is taken
 *   once per order (the first non-empty), like an order total; otherwise each of the order's rows
 *   counted as a line item adds its cost: unit cost × quantity (`unitCost`; quantity 1 without a
 *   quantity column) or the row's total cost (`lineCost`). A line whose cost is empty or not a
 *   number adds nothing: the order keeps its other lines' costs, and the report says how many
 *   orders' costs are partial that way and how many lines lack one (`costPartial`); an order
 *   none of whose lines has a cost has no known cost (NaN), and neither have the orders of a file
 *   without a cost column (nor, with an order-level cost, an order without one). A partly refunded order keeps the cost share its net sales keep; a return row
 *   or credit note netted into an order takes its cost off that order's (or, with no cost on the
 *   return, leaves the order's cost unknown). Cancelled, unpaid and fully refunded orders have none;
 *
 * - control characters are removed from ids and text fields.
 */
export class OrderAccumulator {
	readonly customers = new Dictionary();
	readonly #customerOf: GrowableInt32;
	readonly #dayOf: GrowableInt32;
	readonly #amountOf: GrowableFloat64;
	#orderIds: OrderIdList;
	/** Index keys of the orders whose id was reused (order id + customer [+ day]); others are keyed by their id. */
	readonly #splitKeys = new Map<number, string>();
	#anyOrderIds = false;
	readonly #orderById: StringIndex;
	/**
	 * Which file each order came from, as runs: orders from `#fileRuns[2k]` on came from file
	 * `#fileRuns[2k + 1]` (orders are only ever appended, a file's after the one before). A
	 * column of a number per order would cost 4 bytes an order (80 MB at 20 million orders).
	 */
	readonly #fileRuns: number[] = [];
	/** Credit notes seen, by id, with the file they were in (a later file repeating one is a duplicate). */
	readonly #creditNotes = new Map<string, number>();
	/** The latest order (by day) of each customer so far, for netting returns. */
	readonly #latestOrderOf = new GrowableInt32(1 << 12);
	readonly #dimensions = new Map<Dimension, { dictionary: Dictionary; index: GrowableInt32 }>();
	/** The orders' line items, once a file has a product column. */
	#items: ItemLog | null = null;
	/** The current file's product cell lists all of an order's products (WooCommerce Analytics, or with quantities). */
	#productList = false;
	/** Its items have their quantities after them ("Mug x 2, Tee x 1": `FilePlan.productQuantities`). */
	#quantityList = false;
	/**
	 * The current file names no products, and its SKU cell lists all of an order's items' SKUs
	 * (Etsy's sold orders: "MUG-9, SCF-1"): each listed SKU is an item of the order.
	 */
	#skuListOnly = false;
	/**
	 * Each customer's name, dictionary-encoded (see `CustomerNames`; -1 none): that of their latest
	 * order (by day; on a tie, the later in the file) whose name cells were not empty, and that
	 * order's day. Kept once a file has a name column; never part of a figure.
	 */
	#names: NameLog | null = null;
	/** Each customer's latest e-mail marketing consent, once a file has a consent column (see `consent.ts`). */
	#consent: ConsentLog | null = null;
	/** Each order's cost of goods (NaN: unknown), once a file has a cost column. */
	#costOf: GrowableFloat64 | null = null;
	/**
	 * Each order's time of day with its file (`#noteTime`; -1: its date had none), once a date with
	 * a time is read: only to find each customer's first order among those of their first day
	 * (`firstOfDay`), then freed. Never made for files whose dates have no time, nor while every
	 * time read is one and the same (a date-only export written with "00:00:00" on every row:
	 * all its orders tie).
	 */
	#timeOf: GrowableInt32 | null = null;
	/** The last date text `#noteTime` read, and what it gave. */
	#lastTimeRaw = '';
	#lastTime = -1;
	/** The last time-zone cell `#timedDate` read, and what it adds to a time (see `zoneSuffix`). */
	#lastZoneCell = '';
	#lastZoneSuffix = '';
	/** Before `#timeOf` is made: the one time read so far (-1: none yet), and the first order that had it. */
	#onlyTime = -1;
	#onlyTimeFrom = 0;
	/** How the current file gives costs: per order, per row (line item), or not at all. */
	#costMode: 'order' | 'rows' | null = null;
	/** Partly refunded orders' kept share of net sales, applied to their cost once all rows are read. */
	readonly #costKept = new Map<number, number>();
	/**
	 * Orders (with per-row costs) one of whose rows had no cost: how many of their lines had none
	 * (a first row that is no sale line is not counted), whether any line had one (without: the
	 * order's cost is unknown), and the first such row. See `#noteCostless`.
	 */
	readonly #costLines = new Map<number, CostLines>();
	/**
	 * Kept orders with a negative row dated after them: refunds booked as rows of the sale (Square's
	 * "Refund" rows), with the first such row and what the order was worth before it. An order these
	 * rows bring to nothing was refunded in full: `finish` leaves it out, as it does any order
	 * refunded in full.
	 */
	readonly #laterRefunds = new Map<number, LaterRefund>();
	/** Kept orders that returns of other rows were netted into (see `ReturnedInto`). */
	readonly #returnsInto = new Map<number, ReturnedInto>();
	/** The credit notes read, to be netted into invoices once every file is read (`#settleCreditNotes`). */
	#creditLog: CreditLog | null = null;
	/** Each credit note's index in `#creditLog`, by file, invoice number and customer. */
	readonly #noteOf = new Map<string, number>();
	/** The credit note being read (its index in `#creditLog`). */
	#curNote = -1;
	/** Some credit note was netted into more than one order (see `#dropReturnedInFull`). */
	#creditNotesSplit = false;
	/**
	 * Whether the current file's later refund rows may leave an order out: only in a file of one
	 * row per item whose orders' money is their rows' amounts alone (no refund, row-type or order
	 * breakdown columns), so that leaving one out takes all of its money out of the report.
	 */
	#laterRefundsDrop = false;
	/** See `beginFile`. */
	#ownRefundsDrop = false;
	/** Per file: whether an order of it that returns bring to nothing may be left out (see `ReturnedInto`). */
	readonly #returnsDrop: boolean[] = [];
	/** Per file: whether it gives one total per order (not item rows summed). */
	readonly #fileTotals: boolean[] = [];
	/** Set when this accumulator reads one byte range of a file, to be merged (`rangePart`, `absorb`). */
	#range: RangeLog | null = null;
	/** Set by `beginMerge`: this accumulator read a file's first range, and absorbs the others. */
	#merging = false;
	/**
	 * Where the order ids kept so far lie (see `StringIndex.span`): a range whose ids all lie
	 * outside shares none with them, and needs no closer check.
	 */
	#mergedSpan: KeySpan = 'empty';
	/**
	 * How the absorbed ranges were found to share no order id with the earlier ones: by the spans
	 * of their ids alone, or by looking their ids up.
	 */
	readonly mergeChecks = { bySpan: 0, byIds: 0 };
	/** Bits set at the (masked) hashes of the order ids kept so far (made when first needed). */
	#keyBits: Int32Array | null = null;
	/** The order-id hashes of the absorbed ranges' orders, from order `#keyHashBase` on. */
	readonly #keyHashOf = new GrowableInt32(1024);
	#keyHashBase: number | null = null;

	readonly #latestDay: number;
	#plan!: FilePlan;
	#file = 0;
	#columns: Partial<Record<OrderRole, number>> = {};
	#required = 0;
	#breakdownColumns = false;
	/** The amount column is the file's own net sales (see `beginFile`). */
	#amountIsNet = false;
	/**
	 * The file's rows are items (`lineAmounts`) and its discount, tax and shipping columns are their
	 * order's, repeated on each item's row (Etsy's EtsySoldOrderItems): taken once, from the order's
	 * first row, the discount off its items' sum (its net sales), tax and shipping apart.
	 */
	#orderPartsOnItemRows = false;

	// The order (or credit note) the previous rows belong to.
	#cur: Current = Current.None;
	#curKey = '';
	#curCustomer = '';
	#curDateRaw = '';
	#curDay = NaN;
	#curOrder = -1;
	/** The last row whose text lost a control character (each row is counted once). */
	#controlRow = -1;

	readonly skipped: Partial<Record<SkipReason, Tally>> = {};
	readonly report = {
		rowsRead: 0,
		blankRows: 0,
		lineItemRows: 0,
		cancelled: emptyTally(),
		/** Shopify's test orders, left out (see `test-orders.ts`); their sales are `#testOrderSales`. */
		testOrders: emptyTally(),
		/** Orders in another currency than the one chosen (`FilePlan.onlyCurrency`), left out. */
		otherCurrencies: emptyTally(),
		unpaid: emptyTally(),
		fullyRefunded: emptyTally(),
		/** Of those, the orders refunded in full by `#itemsRefunded` alone (see `ImportReport`'s refunds). */
		fullyRefundedShippingKept: emptyTally(),
		partlyRefunded: emptyTally(),
		refundedAmount: 0,
		negativeRowsNetted: emptyTally(),
		creditNotesNetted: emptyTally(),
		creditNotesWithoutOrder: emptyTally(),
		creditNotesNettedAmount: 0,
		creditNotesWithoutOrderAmount: 0,
		/** Sales in the rows skipped for having no customer (see `ImportReport.customerlessSales`). */
		customerlessSales: 0,
		/** Of those, the sales of guests' rows: a guest's shared id, no e-mail or phone (see `isGuestId`). */
		guestSales: 0,
		duplicates: emptyTally(),
		reused: emptyTally(),
		reusedIds: new Set<string>(),
		control: emptyTally(),
		/** Rows whose customer or order id is a number Excel wrote in scientific notation (see `isScientificNumber`). */
		scientificIds: emptyTally(),
		/** Rows listing items and a different number of SKUs: the items have no SKU (see `#listedSkus`). */
		unpairedSkus: emptyTally(),
		/** Orders whose customer is their e-mail: their id was empty or a guest's placeholder. */
		customerFromEmail: emptyTally(),
		/** Orders whose customer is their phone number: no customer id or e-mail. */
		customerFromPhone: emptyTally(),
		/** Further rows (items) of kept orders that were cancelled or returned on their own. */
		linesNoSale: emptyTally(),
		/** Orders of shipping, fee or tax rows alone, left out (see `#apartOnlyOrders`), and their amounts. */
		apartOnly: emptyTally(),
		apartOnlyAmount: 0,
		apartOnlyCreditNotes: 0,
		/** Line items given back in full by credit notes, taken out of the products (see `#dropReturnedItems`). */
		itemsReturned: { lines: 0, orders: 0, emptied: 0 },
		/** Copies of an order in two files, a sale in one and not in the other (settled by the later outcome). */
		outcomeConflicts: emptyTally(),
		/** Rows of a file without an order id that are a row of an earlier such file again (see `#contentCopy`). */
		contentCopies: emptyTally(),
		/** Rows whose amount was split by a thousands separator not in quotes, mended (see `#fitRow`). */
		thousandsMended: emptyTally(),
		/** Kept orders whose status says partly refunded, with no amount refunded in the file: counted in full. */
		refundUnknown: emptyTally(),
		/** Rows whose amount, written with a decimal comma and not quoted, the commas split in two (joined again). */
		decimalCommaMended: emptyTally(),
		/** Rows with more fields than the header that could not be mended (see `#fitRow`). */
		widerRows: emptyTally(),
		/** Orders whose further rows have another total than the first row's (which was counted). */
		differingTotals: emptyTally(),
		/**
		 * Of those, the orders whose further rows add up to more than the first row's total: the
		 * first row cannot be the order's total. (Further rows adding up to no more are its items,
		 * under an order row that holds the total, as eBay writes them.)
		 */
		ordersAboveFirstRow: 0,
		currencies: new Map<string, number>(),
		/** Orders whose currency column holds no currency (see `#noteCurrencyValue`). */
		unreadCurrencies: emptyTally(),
		/** Amounts by the currency mark written in them ("$": 120), counted where no column names the currency. */
		amountMarks: new Map<string, number>(),
		/** Orders kept whose status `classifyStatus` does not know, by status as written. */
		unknownStatuses: new Map<string, number>(),
		/** Those orders whose status was not counted by name (past `MAX_UNKNOWN_STATUSES` statuses). */
		otherUnknownStatuses: 0
	};
	/** Sums for the revenue breakdown (see `RevenueBreakdown`). */
	readonly #money = {
		discounts: 0,
		/** The part of `discounts` read from subtotals above what was charged (see `#impliedDiscount`). */
		impliedDiscounts: 0,
		/** Shipping discounts the totals net, taken off `shipping` (see `#parts`). */
		shippingDiscounts: 0,
		refunds: 0,
		returns: 0,
		returnsWithoutOrder: 0,
		tax: 0,
		shipping: 0,
		fees: 0,
		totalCharged: 0,
		hasDiscounts: false,
		hasTax: false,
		hasShipping: false,
		hasTotals: false,
		bases: new Set<RevenueBasis>(),
		names: {} as Partial<Record<RevenuePart, string>>,
		/** Other files' (or columns') different names of a part, after the first (see `nameSource`). */
		alsoNamed: {} as Partial<Record<RevenuePart, string[]>>
	};
	readonly evidence: DateEvidence[] = [];
	readonly files: FileReport[] = [];

	/**
	 * `expectedOrders` sizes the columns up front (growing them costs time), `expectedOwnOrders`
	 * the order-id index: only the orders read here are indexed, not those of byte ranges merged
	 * in later (`absorb`), and the index's hash table, once built, is written all over.
	 */
	constructor(today: number, expectedOrders = 1 << 12, expectedOwnOrders = expectedOrders) {
		this.#latestDay = today + 1;
		const capacity = Math.max(1 << 10, Math.min(expectedOrders, 1 << 26));
		const indexCapacity = Math.max(1 << 10, Math.min(expectedOwnOrders, capacity));
		this.#customerOf = new GrowableInt32(capacity);
		this.#dayOf = new GrowableInt32(capacity);
		this.#amountOf = new GrowableFloat64(capacity);
		this.#orderIds = new OrderIdList(capacity);
		this.#orderById = new StringIndex(
			(i) => (this.#splitKeys.size > 0 && this.#splitKeys.get(i)) || this.#orderIds.get(i),
			indexCapacity
		);
	}

	/** `laterFiles`: more files of the data set follow this one (their copies of its orders are duplicates). */
	beginFile(plan: FilePlan, fileIndex: number, laterFiles = false): void {
		this.#settlePendingLine();
		this.#plan = plan;
		this.#file = fileIndex;
		this.#lastTimeRaw = '';
		this.#laterFiles = laterFiles;
		const runs = this.#fileRuns;
		if (runs.length === 0 || runs[runs.length - 1] !== fileIndex) {
			// A file with no orders leaves a run of none: the next one's replaces it.
			if (runs.length > 0 && runs[runs.length - 2] === this.#dayOf.length) runs.length -= 2;
			runs.push(this.#dayOf.length, fileIndex);
		}
		this.#columns = plan.mapping as Partial<Record<OrderRole, number>>;
		const email = this.#columns.customerEmail;
		if (email !== undefined && !this.#emailColumnName) this.#emailColumnName = plan.headers?.[email]?.trim() ?? '';
		this.#laterRefundsDrop =
			plan.amountMode !== 'orderTotal' &&
			this.#columns.lineType === undefined &&
			this.#columns.refundedAmount === undefined &&
			this.#columns.refundedInFull === undefined &&
			this.#columns.adjustedTotal === undefined;
		// Where each row is an order, one of its id with a negative amount is its refund, or void: an
		// order it brings to nothing is left out, refunded in full. Not where the rows' discounts, tax
		// or shipping are summed apart (they would stay in the breakdown), nor where the file gives
		// refunds in a column of their own.
		this.#ownRefundsDrop =
			plan.amountMode === 'orderTotal' &&
			[
				'lineType',
				'refundedAmount',
				'refundedInFull',
				'adjustedTotal',
				'discount',
				'subtotal',
				'tax',
				'shipping'
			].every((role) => this.#columns[role as OrderRole] === undefined);
		this.#returnsDrop[fileIndex] = plan.amountMode === 'orderTotal' ? this.#ownRefundsDrop : this.#laterRefundsDrop;
		this.#fileTotals[fileIndex] = plan.amountMode === 'orderTotal';
		// Amounts whose header names their currency ("total_usd") are in it, whatever a currency column says.
		const amountColumn = plan.amountMode === 'lineItems' ? this.#columns.unitPrice : this.#columns.amount;
		this.#headerCurrency =
			amountColumn !== undefined ? headerCurrencyCode(plan.headers?.[amountColumn] ?? '') : null;
		this.#currencyFromMarks = this.#columns.currency === undefined && !this.#headerCurrency;
		const phone = this.#columns.customerPhone;
		if (phone !== undefined && !this.#phoneColumnName) this.#phoneColumnName = plan.headers?.[phone]?.trim() ?? '';
		const customerColumn = this.#columns.customer;
		this.#customerIsPhone =
			customerColumn !== undefined && isPhoneHeader(normaliseHeader(plan.headers?.[customerColumn] ?? ''));
		this.#customerIsName =
			customerColumn !== undefined && !this.#customerIsPhone && !!plan.nameColumns?.includes(customerColumn);
		this.#lastCustomerCell = null;
		this.#lastStatus = '';
		this.#lastStatusClass = 'kept';
		this.#droppedInFile.clear();
		this.#statusClasses.clear();
		this.#paymentClasses.clear();
		this.#awaitingStatuses.clear();
		this.#testColumns = plan.layout === 'shopify' ? testOrderColumns(plan.headers) : null;
		this.#onlyCurrency = plan.onlyCurrency ?? null;
		const c = this.#columns;
		const needed = [c.customer, c.date, c.amount, c.quantity, c.unitPrice].filter(
			(i): i is number => i !== undefined
		);
		this.#required = needed.length ? Math.max(...needed) : 0;
		this.#width = plan.hasHeader && plan.headers ? plan.headers.length : Infinity;
		this.#moneyColumns = MONEY_ROLES.map((role) => this.#columns[role])
			.filter((column): column is number => column !== undefined)
			.sort((a, b) => a - b);
		this.#cur = Current.None;
		this.#curKey = '';
		this.#curOrder = -1;
		this.#lastDateRaw = '';
		this.#lastDay = NaN;
		if (c.orderId !== undefined) this.#anyOrderIds = true;
		for (const dim of DIMENSIONS) {
			if (c[DIMENSION_ROLE[dim]] !== undefined && !this.#dimensions.has(dim)) {
				// Room for the orders expected (as the other columns have): not grown step by step from a few.
				const index = new GrowableInt32(Math.max(1024, this.#dayOf.data.length));
				for (let i = 0; i < this.#dayOf.length; i++) index.push(-1);
				this.#dimensions.set(dim, { dictionary: new Dictionary(dimensionFold(dim)), index });
			}
		}
		// Line items by name, or by SKU alone where the file names none (see `#addItems`).
		if (c.product !== undefined || c.sku !== undefined)
			this.#items ??= newItemLog(Math.max(1024, this.#dayOf.data.length));
		// Each line item's SKU, once a file has a SKU column (the items before it have none).
		if (c.sku !== undefined && this.#items && !this.#items.sku)
			this.#items.sku = newSkuLog(this.#items.order.length, this.#items.order.data.length);
		this.#itemSkuCell = '';
		this.#itemSku = -1;
		this.#costMode =
			c.orderCost !== undefined ? 'order' : c.unitCost !== undefined || c.lineCost !== undefined ? 'rows' : null;
		if (this.#costMode !== null && this.#costOf === null) {
			this.#costOf = new GrowableFloat64(Math.max(1024, this.#dayOf.data.length));
			for (let i = 0; i < this.#dayOf.length; i++) this.#costOf.push(NaN);
		}
		if (c.fullName !== undefined || c.firstName !== undefined || c.lastName !== undefined)
			this.#names ??= { dictionary: new Dictionary(), of: new GrowableInt32(), day: new GrowableInt32() };
		if (c.marketingConsent !== undefined)
			(this.#consent ??= new ConsentLog()).noteColumn(plan.headers?.[c.marketingConsent]);
		this.#quantityList = plan.productQuantities === true && c.product !== undefined;
		this.#productList =
			this.#quantityList ||
			(plan.layout === 'woocommerce' &&
				c.product !== undefined &&
				namesProductList(normaliseHeader(plan.headers?.[c.product] ?? '')));
		this.#skuListOnly =
			plan.layout === 'etsy' &&
			plan.amountMode === 'orderTotal' &&
			c.product === undefined &&
			c.sku !== undefined;
		this.#filled = [...this.#dimensions].map(([dim, column]) => ({
			column,
			source: c[DIMENSION_ROLE[dim]] ?? -1,
			list: dim === 'product' && this.#productList,
			skuList: dim === 'sku' && (this.#productList || this.#skuListOnly),
			countryCodes: dim === 'country',
			viaItems: dim === 'product' && !this.#productList && this.#items !== null && c.product !== undefined,
			lastCell: '',
			lastValue: -1,
			seen: new CellValues()
		}));
		this.#itemCell = '';
		this.#itemSeen = new CellValues();
		this.#itemProduct = -1;
		const lineItems = plan.amountMode === 'lineItems';
		// Summed item amounts are not split into tax and shipping: the breakdown columns are an order's.
		const orderTotals = plan.amountMode === 'orderTotal';
		this.#breakdownColumns =
			orderTotals && (c.subtotal !== undefined || c.tax !== undefined || c.shipping !== undefined);
		const money = this.#money;
		const amountHeader = c.amount !== undefined ? (plan.headers?.[c.amount] ?? '') : '';
		// A net sales column (Square's "Net Sales") is before tax and shipping already: they are
		// shown apart, not taken off it again.
		this.#amountIsNet = orderTotals && namesNetSales(normaliseHeader(amountHeader));
		this.#orderPartsOnItemRows =
			plan.layout === 'etsy' &&
			plan.amountMode === 'lineAmounts' &&
			(c.discount !== undefined || c.tax !== undefined || c.shipping !== undefined);
		this.#uciStockCode = uciStockCodeColumn(plan.layout, plan.headers);
		if (this.#uciStockCode >= 0 && this.#items && !this.#itemCodes) {
			const codes = new GrowableInt32(Math.max(1024, this.#items.order.data.length));
			const quantity = new GrowableFloat64(Math.max(1024, this.#items.order.data.length));
			for (let k = 0; k < this.#items.order.length; k++) {
				codes.push(-1);
				quantity.push(NaN);
			}
			this.#itemCodes = { dictionary: new Dictionary(), codes, quantity };
		}
		const basis: RevenueBasis = this.#orderPartsOnItemRows
			? 'netSales'
			: !orderTotals
				? c.lineType !== undefined
					? 'lineTyped'
					: plan.amountMode
				: this.#amountIsNet
					? 'netSalesColumn'
					: !this.#breakdownColumns
						? 'orderTotal'
						: c.subtotal === undefined && c.tax === undefined
							? 'totalLessShipping'
							: 'netSales';
		money.bases.add(basis);
		// (Summed item amounts are no order totals charged: they may leave out shipping and tax.)
		if (plan.amountMode === 'lineAmounts') {
			if (c.amount !== undefined) nameSource(money, 'amount', amountHeader);
			// Shipping, fee and tax rows are told by the row-type column: it is their source.
			const lineType = c.lineType !== undefined ? plan.headers?.[c.lineType] : undefined;
			nameSource(money, 'shipping', lineType);
			nameSource(money, 'tax', lineType);
			if (this.#orderPartsOnItemRows) {
				money.hasDiscounts ||= c.discount !== undefined;
				money.hasTax ||= c.tax !== undefined;
				money.hasShipping ||= c.shipping !== undefined;
				for (const part of ['discount', 'tax', 'shipping'] as const) {
					const index = c[part];
					if (index !== undefined) nameSource(money, part, plan.headers?.[index]);
				}
			}
		} else if (this.#uciStockCode >= 0) {
			nameSource(money, 'shipping', plan.headers?.[this.#uciStockCode]);
		} else if (!lineItems) {
			money.hasTotals ||= c.amount !== undefined && basis !== 'netSalesColumn';
			money.hasDiscounts ||= c.discount !== undefined;
			money.hasTax ||= c.tax !== undefined;
			money.hasShipping ||= c.shipping !== undefined;
			for (const part of REVENUE_PARTS) {
				const index = c[part];
				if (index !== undefined) nameSource(money, part, plan.headers?.[index]);
			}
			// Refunds read from the total after them are named by that column.
			const adjusted = c.refundedAmount === undefined ? c.adjustedTotal : undefined;
			if (adjusted !== undefined) nameSource(money, 'refundedAmount', plan.headers?.[adjusted]);
		}
		this.evidence[fileIndex] = { dmy: 0, mdy: 0, firstDmy: null, firstMdy: null };
		this.files[fileIndex] = fileReport(plan);
		this.#beginContentCopies(plan, fileIndex, laterFiles);
	}

	/**
	 * A file not read: its rows after the header are those of file `sameAs` byte for byte (see
	 * `sameFiles`), and it has no order id to match them by; the report says so.
	 */
	skipFile(plan: FilePlan, fileIndex: number, sameAs: number): void {
		this.files[fileIndex] = { ...fileReport(plan), noOrderId: true, sameAs };
	}

	/**
	 * Where files have no order id, a row of a later file identical in every column read (customer,
	 * date, amount, status…) to a row of an earlier such file is that order exported again
	 * (overlapping exports) and is skipped, as many times as the earlier files had it: only its
	 * content can tell it. Within one file identical rows stay separate orders (or lines). Rows are
	 * kept as 53-bit hashes of their cells, only while more files follow.
	 */
	#beginContentCopies(plan: FilePlan, fileIndex: number, laterFiles: boolean): void {
		for (const [hash, n] of this.#contentHere)
			if (n > (this.#contentBefore.get(hash) ?? 0)) this.#contentBefore.set(hash, n);
		this.#contentHere.clear();
		const c = this.#columns;
		const noId = matchedByContent(plan);
		if (noId) this.files[fileIndex].noOrderId = true;
		const compared = noId && (laterFiles || this.#contentBefore.size > 0);
		this.#contentRoles = compared
			? (Object.entries(c) as [string, number][])
					.filter(([, column]) => column !== undefined)
					.sort(([a], [b]) => (a < b ? -1 : 1))
			: null;
		this.#contentLater = laterFiles;
	}
	/** The current file's mapped columns by role, where its rows are compared with earlier files' (else null). */
	#contentRoles: [string, number][] | null = null;
	#contentLater = false;
	/** Row hash → rows with it kept in earlier files without an order id. */
	readonly #contentBefore = new Map<number, number>();
	/** Row hash → rows with it in the current file so far. */
	readonly #contentHere = new Map<number, number>();

	/** Whether the row is a copy of an earlier file's row (see `#beginContentCopies`): then it is counted as one. */
	#contentCopy(fields: string[], row: number, roles: [string, number][]): boolean {
		let key = '';
		for (const [role, column] of roles) key += role + '\u0001' + (fields[column] ?? '').trim() + '\u0002';
		const hash = rowHash(key);
		const before = this.#contentBefore.get(hash) ?? 0;
		if (before === 0 && !this.#contentLater) return false;
		const here = (this.#contentHere.get(hash) ?? 0) + 1;
		this.#contentHere.set(hash, here);
		if (here > before) return false;
		tallyAdd(this.report.contentCopies, { file: this.#file, row });
		return true;
	}

	#skip(reason: SkipReason, row: number, value?: string): void {
		// In a column written with both decimal styles, "1,234" is a number, but which one is not known.
		if (reason === 'invalidAmount' && this.#plan.decimal === 'either' && value && isAmbiguousAmount(value.trim()))
			reason = 'ambiguousAmount';
		const tally = (this.skipped[reason] ??= emptyTally());
		tallyAdd(
			tally,
			value === undefined ? { file: this.#file, row } : { file: this.#file, row, value: clip(value) }
		);
	}

	/** The header's number of columns (Infinity: no header). */
	#width = Infinity;
	/** The mapped columns of amounts of money, left to right (see `#fitRow`). */
	#moneyColumns: number[] = [];

	/**
	 * A row with more fields than the header. Empty ones at its end are dropped (a delimiter after
	 * the last field). Where a number written with thousands separators and not quoted ("1,234.50"
	 * in a file delimited by commas) split one money column, its parts are joined again, which puts
	 * the columns after it back in place; the report says how many rows were mended. Otherwise the
	 * row is read as it is, and the report says its columns may be shifted.
	 */
	#fitRow(fields: string[], row: number): void {
		while (fields.length > this.#width && fields[fields.length - 1].trim() === '') fields.length--;
		const extra = fields.length - this.#width;
		if (extra <= 0) return;
		let at = -1;
		if (this.#plan.delimiter === ',' && this.#plan.decimal !== ',') {
			for (const column of this.#moneyColumns) {
				if (!splitByThousands(fields, column, extra)) continue;
				// (Two columns that could be: neither is mended.)
				at = at === -1 ? column : -2;
			}
		}
		if (at === -1 && extra === 1 && this.#plan.delimiter === ',') {
			const split = this.#moneyColumns.filter((column) => splitByDecimalComma(fields, column));
			if (split.length === 1) {
				const [column] = split;
				// Read with the file's decimal mark: a comma where its amounts have one, else a point.
				const mark = this.#plan.decimal === ',' ? ',' : '.';
				const [units, cents] = [fields[column].trim(), fields[column + 1].trim()];
				// (Thousands separators in the units, "1.234", go: with a decimal comma they are no decimal point.)
				fields.splice(column, 2, units.replace(/(\d)[. \u00a0](?=\d{3})/g, '$1') + mark + cents);
				tallyAdd(this.report.decimalCommaMended, { file: this.#file, row, value: clip(`${units},${cents}`) });
				return;
			}
		}
		if (at < 0) {
			tallyAdd(this.report.widerRows, { file: this.#file, row });
			return;
		}
		const joined = fields
			.slice(at, at + extra + 1)
			.map((part) => part.trim())
			.join(',');
		fields.splice(at, extra + 1, joined);
		tallyAdd(this.report.thousandsMended, { file: this.#file, row, value: clip(joined) });
	}

	/**
	 * A text field, trimmed, its tabs and line breaks a space, without other control characters (a
	 * row that loses one is counted).
	 */
	#text(raw: string | undefined, row: number): string {
		if (raw === undefined) return '';
		const controls = controlsIn(raw);
		if (controls === 0) return trimCell(raw);
		raw = raw.replace(BREAKS, ' ');
		if (controls === 1) return trimCell(raw);
		if (this.#controlRow !== row || this.#file !== this.#controlFile) {
			this.#controlRow = row;
			this.#controlFile = this.#file;
			tallyAdd(this.report.control, {
				file: this.#file,
				row,
				value: clip(raw.replace(CONTROLS, visibleControl))
			});
		}
		return raw.replace(CONTROLS, '').trim();
	}
	#controlFile = -1;
	/** The header of the e-mail column that stands in for missing customer ids (the first file's). */
	#emailColumnName = '';
	/** The currency the current file's amount header names (see `headerCurrencyCode`), or null. */
	#headerCurrency: string | null = null;
	/** Whether the current file's currency is read from the marks in its amounts: no currency column, none in the header. */
	#currencyFromMarks = false;
	/** The header of the phone column that stands in for missing customers (the first file's). */
	#phoneColumnName = '';
	/**
	 * Whether the current file's customer column holds phone numbers (its header says so): read as
	 * numbers, one customer however a number is written (see `phoneCustomerId`), not as ids.
	 */
	#customerIsPhone = false;
	/** Whether the current file's customer column holds people's names (`FilePlan.nameColumns`): read as names. */
	#customerIsName = false;

	/**
	 * The customer key of the row's cell in the customer column: a phone number as a number (see
	 * `phoneCustomerId`), a name as a name (`normaliseCustomerName`), else an id
	 * (`normaliseCustomerId`).
	 *
	 * Rows of one customer follow each other (files sorted by customer, an order's lines: four
	 * rows in five in the bench file), so the key of the cell before is kept: a cell of the same
	 * text again has the same key, without the control-character scan, the trim and the
	 * normalising. This is safe because a name's or an id's key depends on the cell's text alone
	 * (a phone number's, which depends on the row's country too, is read every time), and because
	 * a cell with a control character, which the report counts on each row it is on (see
	 * `#text`), is never kept. Forgotten at each file's start: the next file's column may hold
	 * names or phone numbers.
	 */
	#customerKeyOf(fields: string[], column: number, row: number): string {
		const cell = fields[column];
		if (this.#customerIsPhone) return phoneCustomerId(this.#text(cell, row), this.#rowCallingCode(fields));
		if (cell === this.#lastCustomerCell) return this.#lastCustomerKey;
		// (`#text` of a cell without control characters is the cell trimmed: scanned once, not twice.)
		const clean = cell !== undefined && controlsIn(cell) === 0;
		const text = clean ? trimCell(cell) : this.#text(cell, row);
		const key = this.#customerIsName ? normaliseCustomerName(text) : normaliseCustomerId(text);
		if (clean) {
			this.#lastCustomerCell = cell;
			this.#lastCustomerKey = key;
		}
		return key;
	}
	/** The last customer cell read that had no control character (null: none in this file), and its key. */
	#lastCustomerCell: string | null = null;
	#lastCustomerKey = '';

	/**
	 * The phone number a row without a customer has, where one was written but tells no customer (a
	 * placeholder such as "+7 900 000-00-00", masked digits, too few digits; see `phoneCustomerId`):
	 * the row is skipped for that, not for an empty cell. '' where no phone was written (no digit).
	 */
	#unusablePhone(fields: string[]): string {
		const c = this.#columns;
		const column = this.#customerIsPhone ? c.customer : c.customerPhone;
		const text = column === undefined ? '' : (fields[column] ?? '').trim();
		// ("-" or "n/a" is a cell left empty in words, not a number.)
		return /\d/.test(text) ? clip(text) : '';
	}

	/** The calling code of the row's country, where the file has a country column that names one; else ''. */
	#rowCallingCode(fields: string[]): string {
		const country = this.#columns.country;
		return country === undefined ? '' : callingCodeOfCountry(fields[country] ?? '');
	}

	/** True when a row of the current order id belongs to it: same customer, dates less than two days apart. */
	#agrees(customerId: string, dateRaw: string, withCustomer: string, withDay: number, withDateRaw: string): boolean {
		if (customerId && withCustomer && customerId !== withCustomer) return false;
		if (!dateRaw.trim() || dateRaw === withDateRaw || withDay !== withDay) return true;
		const day = this.#dayOfText(dateRaw);
		return day !== day || Math.abs(day - withDay) < DAYS_APART;
	}

	/** The index key of an order whose id another customer's (or another day's) order already has. */
	#splitKey(orderKey: string, customerId: string, dateRaw: string, withCustomer: string): string {
		if (customerId && withCustomer && customerId !== withCustomer) return `${orderKey}\u0000${customerId}`;
		return `${orderKey}\u0000${customerId}\u0000${this.#dayOfText(dateRaw)}`;
	}

	/**
	 * The label of a totals line below (or among) the data, or undefined: a cell that is "Total",
	 * "Summe", "Итого", "合计"…, no order date, and no customer or no order id. Never an order, and
	 * said as what it is rather than as a row with no date or no customer.
	 */
	#totalsLabel(fields: string[]): string | undefined {
		const c = this.#columns;
		const filled = (column: number | undefined) => column !== undefined && !emptyOrTotals(fields[column]);
		// The label as the customer, with no order id, e-mail or phone: a totals line even where it is
		// dated (the end of the period it sums, "Grand total;31.12.2024;60,00"; QA: such a line was an
		// order of 60.00 that stretched the data to 31 December). A customer with an e-mail or phone
		// is one, whatever their name ("Total", a company).
		const customerCell = c.customer === undefined ? undefined : fields[c.customer];
		if (
			customerCell !== undefined &&
			isTotalsLabel(customerCell) &&
			!filled(c.orderId) &&
			!filled(c.customerEmail) &&
			!filled(c.customerPhone)
		)
			return customerCell.trim();
		if (c.date !== undefined && !emptyOrTotals(fields[c.date])) return undefined;
		if (filled(c.orderId) && (filled(c.customer) || filled(c.customerEmail) || filled(c.customerPhone)))
			return undefined;
		return totalsLabelIn(fields);
	}

	/** A looked-up order id that did not become an order: kept for the merge's check. */
	#flushMiss(range: RangeLog): void {
		if (!range.pendingMiss) return;
		range.sideMisses.push(range.pendingMiss);
		range.pendingMiss = '';
	}

	/** One data row (`row` is its 1-based position in the file, the header being row 1). */
	addRow(fields: string[], row: number): void {
		if (this.#range !== null) this.#flushMiss(this.#range);
		// (`="123"` and the app's own export's `'+371…` read as the spreadsheet shows them, in every column.)
		unwrapSpreadsheetCells(fields);
		if (isBlankRow(fields)) {
			this.report.blankRows++;
			return;
		}
		this.report.rowsRead++;
		this.files[this.#file].rowsRead++;
		if (fields.length > this.#width) this.#fitRow(fields, row);
		const c = this.#columns;
		const totals = this.#totalsLabel(fields);
		if (totals !== undefined) {
			this.#skip('totalsRow', row, totals);
			return;
		}
		const plan = this.#plan;
		const lineItems = plan.amountMode === 'lineItems';
		if (plan.paymentLedger && !this.#readLedgerRow(plan.paymentLedger, fields, row)) return;
		if (this.#contentRoles !== null && this.#contentCopy(fields, row, this.#contentRoles)) return;

		const orderKey = c.orderId !== undefined ? this.#text(fields[c.orderId], row) : '';
		if (this.#range && !this.#range.stateSet && orderKey) this.#range.headKeys.push(orderKey);
		const idCell = c.customer === undefined ? '' : this.#customerKeyOf(fields, c.customer, row);
		// A guest's placeholder id ("0") is no customer's: the e-mail or phone column, where there is one,
		// says whose; without one, the row is a guest's, with no customer (not every guest as one).
		const guestId = isGuestId(idCell);
		let customerId = guestId ? '' : idCell;
		const dateRaw = c.date !== undefined ? (fields[c.date] ?? '') : '';
		if (isScientificNumber(orderKey) || isScientificNumber(idCell))
			tallyAdd(this.report.scientificIds, {
				file: this.#file,
				row,
				value: clip(isScientificNumber(idCell) ? idCell : orderKey)
			});

		// Further rows of the order (or credit note) on the previous row.
		let indexKey = orderKey;
		let split = false;
		if (orderKey && orderKey === this.#curKey && this.#cur !== Current.Unusable && this.#cur !== Current.None) {
			if (this.#agrees(customerId, dateRaw, this.#curCustomer, this.#curDay, this.#curDateRaw)) {
				// Unless the order was dropped by its first line's status and this line was sold: then
				// that line alone was cancelled or returned, and the order starts here.
				if (this.#curFirstLineNoSale === null || !this.#reopensOrder(fields, row)) {
					this.#continueOrder(fields, row);
					return;
				}
			}
		}
		// (A further row of an order agrees with it without an id; an order of its own needs one.)
		let customerFromEmail = false;
		if (!customerId && c.customerEmail !== undefined) {
			customerId = normaliseCustomerId(this.#text(fields[c.customerEmail], row));
			// A placeholder in the e-mail column ("-", "n/a") is no one's address, as it is no one's id.
			if (isGuestId(customerId)) customerId = '';
			customerFromEmail = customerId !== '';
		}
		let customerFromPhone = false;
		if (!customerId && c.customerPhone !== undefined) {
			customerId = phoneCustomerId(fields[c.customerPhone] ?? '', this.#rowCallingCode(fields));
			customerFromPhone = customerId !== '';
		}

		if (fields.length <= this.#required) {
			this.#skip('tooFewFields', row);
			return;
		}

		// Credit notes and cancellations are recognised before anything else is checked: they are
		// not purchases whatever else is wrong with them.
		if (plan.layout === 'uci' && lineItems && (orderKey.charCodeAt(0) | 32) === 99 /* c or C */) {
			this.#startCreditNote(fields, row, orderKey, customerId, dateRaw);
			return;
		}
		// A customer told by the e-mail agrees with an order of the same id told by its customer id:
		// the rows of one order, one with the id left empty.
		const agreeingId = customerFromEmail || customerFromPhone ? '' : customerId;
		if (this.#droppedInFile.size > 0 && orderKey && this.#rowOfDropped(fields, orderKey, agreeingId, dateRaw, row))
			return;
		if (this.#testColumns !== null && isTestOrder(fields, this.#testColumns)) {
			this.#leaveOutTestOrder(fields, orderKey, customerId, dateRaw, row);
			return;
		}
		if (this.#onlyCurrency !== null && this.#inOtherCurrency(fields, row)) {
			// (Its customer's consent stands: the order is left out of the figures, not the customer's word.)
			this.#noteConsentOfDropped(fields, customerId, dateRaw, row);
			this.#leaveOut(this.report.otherCurrencies, fields, orderKey, customerId, dateRaw, row);
			return;
		}
		if (this.#isCancelled(fields)) {
			if (
				plan.amountMode !== 'orderTotal' &&
				this.#cancelledLineOfKept(fields, orderKey, agreeingId, dateRaw, row)
			)
				return;
			this.#dropPendingLineOf(orderKey, customerId);
			this.#setCurrent(Current.Dropped, orderKey, customerId, dateRaw, NaN, -1);
			// A copy of an order an earlier file had (overlapping exports): not cancelled a second time.
			// A sale there was cancelled since: the later outcome is the order's (`#settleCopyOfKept`).
			const earlier = this.#earlierFileCopy(orderKey, customerId);
			if (earlier !== null) {
				tallyAdd(this.report.duplicates, { file: this.#file, row, value: clip(orderKey) });
				if (earlier === 'kept') {
					const kept = this.#orderById.get(orderKey, StringIndex.hash(orderKey));
					this.#settleCopyOfKept(kept, 'cancelled', fields, { file: this.#file, row, value: clip(orderKey) });
				}
				return;
			}
			tallyAdd(this.report.cancelled, { file: this.#file, row });
			this.#noteConsentOfDropped(fields, customerId, dateRaw, row);
			this.#noteDropped(orderKey, customerId, 'cancelled', row);
			this.#holdFirstLineNoSale(fields, row, 'cancelled', 0);
			return;
		}
		// Until the row makes an order: where each row has its own amount the next line of the id may
		// start it, in the others the rows after an unusable first row are its line items.
		const perRow = plan.amountMode !== 'orderTotal';
		this.#setCurrent(perRow ? Current.Unusable : Current.Dropped, orderKey, customerId, dateRaw, NaN, -1);
		const currentSetForRow = this.#currentSets;

		const orderHash = orderKey ? StringIndex.hash(orderKey) : 0;
		let seen = orderKey ? this.#orderById.get(orderKey, orderHash) : -1;
		/** The row is a refund of the sale of its id (see below): its status is the refund's. */
		let refundOfSale = false;
		if (seen < 0 && orderKey && this.#range) this.#range.pendingMiss = orderKey;
		if (seen >= 0) {
			const seenCustomer = this.customers.values[this.#customerOf.data[seen]];
			const seenDay = this.#dayOf.data[seen];
			if (
				!this.#agrees(agreeingId, dateRaw, seenCustomer, seenDay, '') &&
				!this.#laterApartRefund(fields, row, customerId, dateRaw, seen, seenCustomer)
			) {
				indexKey = this.#splitKey(orderKey, customerId, dateRaw, seenCustomer);
				split = true;
				seen = this.#orderById.get(indexKey, StringIndex.hash(indexKey));
			}
		}
		if (seen >= 0) {
			const sameFile = this.#fileOf(seen) === this.#file;
			if (perRow && sameFile) {
				// Lines of an earlier order, not next to it: add them there.
				this.report.lineItemRows++;
				const product = !this.#lineIsNoSale(fields, row, seen) && !this.#lineApart(fields, row, seen);
				// (A product's row makes its order a purchase, whatever its amount: see `#apartOnlyOrders`.)
				if (product && this.#saleless.size > 0) this.#saleless.delete(seen);
				const line = product ? this.#rowAmount(fields, row) : null;
				if (line !== null) {
					if (line < 0) this.#noteLaterRefund(seen, fields, row);
					this.#amountOf.data[seen] += line;
					this.#addItems(fields, seen, row);
					this.#addCost(fields, seen, row);
				}
				this.#setCurrent(Current.Order, orderKey, customerId, dateRaw, this.#dayOf.data[seen], seen);
				return;
			}
			const amountRaw = !lineItems && c.amount !== undefined ? trimCell(fields[c.amount] ?? '') : 'x';
			// A stray line item of an order already counted; in the same file of line items, also a
			// row with the order's total again, not next to its other rows (sorted by product): one
			// order. (In a file of one row per order, a row seen twice is a duplicate.)
			const lineOfOrder = sameFile && (c.product !== undefined || c.sku !== undefined);
			if (!lineItems && (!amountRaw || lineOfOrder)) {
				this.report.lineItemRows++;
				if (sameFile) {
					this.#addItems(fields, seen, row);
					this.#addCost(fields, seen, row);
				}
				if (lineOfOrder) {
					this.#setCurrent(Current.Order, orderKey, customerId, dateRaw, this.#dayOf.data[seen], seen);
					this.#curAmountText = '';
				}
				return;
			}
			// A row of the order in the same file with a negative amount, where each row is an order:
			// no copy, but its refund or void booked as a row of its own (a till's, on the day or
			// later), read on below as a return of it.
			refundOfSale =
				this.#ownRefundsDrop &&
				sameFile &&
				!lineItems &&
				parseAmount(amountRaw, plan.decimal) < 0 &&
				this.#amountOf.data[seen] > 0;
			if (!refundOfSale) {
				tallyAdd(this.report.duplicates, { file: this.#file, row, value: clip(orderKey) });
				// The copy's further rows are its lines: the order is counted once as a duplicate.
				this.#setCurrent(Current.Dropped, orderKey, customerId, dateRaw, NaN, -1);
				// A sale in the earlier file, no sale in this one (an export made after a refund).
				if (!sameFile) {
					const { outcome, shippingKept } = this.#copyReading(fields, row, orderKey);
					if (outcome !== 'sale') {
						const ref = { file: this.#file, row, value: clip(orderKey) };
						this.#settleCopyOfKept(seen, outcome, fields, ref, shippingKept);
					} else if (this.#awaitingPayment.length > 0 && this.#copyPaid(fields, row)) this.#paidSince(seen);
				}
				return;
			}
		}
		// An order an earlier file had, and did not count as a sale (cancelled, unpaid, refunded):
		// a copy here is the same order. Paid here, an order unpaid there was paid since: it counts,
		// from this row. Cancelled or refunded there, it stays no sale.
		const droppedBefore = this.#droppedIds.size > 0 ? this.#earlierDropped(orderKey, customerId) : undefined;
		if (droppedBefore !== undefined) {
			const copy = this.#copyReading(fields, row);
			const here = copy.outcome;
			const ref = { file: this.#file, row, value: clip(orderKey) };
			if (here === 'sale') tallyAdd(this.report.outcomeConflicts, ref);
			if (here === 'sale' && droppedBefore.why === 'unpaid') {
				// The unpaid copy is the duplicate now.
				tallyRemove(this.report.unpaid, droppedBefore.ref);
				tallyAdd(this.report.duplicates, { ...droppedBefore.ref, value: clip(orderKey) });
				this.#droppedIds.delete(orderKey + '\u0001' + customerId);
			} else {
				tallyAdd(this.report.duplicates, ref);
				this.#setCurrent(Current.Dropped, orderKey, customerId, dateRaw, NaN, -1);
				// Unpaid there, cancelled or refunded here: so it ended (a third copy, paid, is no sale).
				if (droppedBefore.why === 'unpaid' && (here === 'refunded' || here === 'cancelled'))
					droppedBefore.why = here;
				// Refunded in full there by the reading of its refund, here by the file's own word: so it
				// was (its shipping too, since), whichever file is read first.
				if (droppedBefore.shippingKept && here === 'refunded' && !copy.shippingKept) {
					tallyRemove(this.report.fullyRefundedShippingKept, droppedBefore.ref);
					droppedBefore.shippingKept = false;
				}
				return;
			}
		}

		// A note below (or among) the data, in a row of empty cells: eBay's "8 record(s) downloaded".
		if ((!customerId || !hasText(dateRaw)) && filledCells(fields, 2) === 1) {
			this.#skip(
				'textLine',
				row,
				fields.find((f) => f.trim() !== '')
			);
			return;
		}
		if (!customerId) {
			const phone = guestId ? '' : this.#unusablePhone(fields);
			if (guestId) this.#skip('guestCustomer', row, idCell);
			else if (phone) this.#skip('unusablePhone', row, phone);
			else this.#skip('missingCustomer', row);
			const sales = this.#customerlessSales(fields, row);
			this.#addCustomerlessSales(orderKey, this.#customerlessDay, sales, guestId);
			return;
		}

		const day = this.#day(dateRaw, row);
		if (day !== day) {
			if (perRow) this.#setCurrent(Current.Unusable, orderKey, customerId, dateRaw, NaN, -1);
			return;
		}

		let amount: number;
		let sales: number;
		let parts: OrderParts | null = null;
		let amountText = '';
		if (lineItems) {
			const line = this.#lineAmount(fields, row);
			if (line === null) {
				this.#setCurrent(Current.Unusable, orderKey, customerId, dateRaw, day, -1);
				return;
			}
			amount = sales = line;
		} else {
			amountText = c.amount !== undefined ? trimCell(fields[c.amount] ?? '') : '';
			const parsed = this.#amountOfCell(amountText, row);
			if (parsed === null) return;
			amount = parsed;
			sales = amount;
			if (this.#breakdownColumns || (c.discount !== undefined && !perRow)) {
				parts = this.#parts(fields, amount);
				if (this.#breakdownColumns && !this.#amountIsNet) sales = parts.sales;
			} else if (this.#orderPartsOnItemRows) {
				// (The order's first row: its further rows add their items' amounts alone.)
				parts = this.#orderPartsOfItemRow(fields, amount);
				sales = parts.sales;
			}
		}
		// A first row that is shipping or a fee opens its order with no sales (counted apart below, once kept).
		const kind = this.#lineKind(fields, row);
		const apart = kind === 'sale' ? 0 : amount;
		if (kind !== 'sale') amount = sales = 0;

		let statusText = c.status !== undefined ? this.#text(fields[c.status], row) : '';
		let statusClass = c.status !== undefined ? this.#statusClass(statusText) : 'kept';
		let partly = saysPartlyRefunded(statusText);
		/** Kept, its payment not complete (see `#awaitingPayment`). */
		let awaiting = statusClass === 'kept' && statusText !== '' && this.#awaits(statusText);
		if (c.paymentStatus !== undefined) {
			const paymentText = this.#text(fields[c.paymentStatus], row);
			const payment = this.#paymentClass(paymentText);
			partly ||= saysPartlyRefunded(paymentText);
			awaiting ||= payment === 'kept' && paymentText !== '' && this.#awaits(paymentText);
			// A payment never taken makes a "refunded" order no refund: nothing was paid to give back
			// (Stripe's older charges release an expired hold as Captured false, Status Refunded).
			if (
				STATUS_WEIGHT[payment] > STATUS_WEIGHT[statusClass] ||
				(payment === 'unpaid' && statusClass === 'refunded')
			) {
				statusClass = payment;
				statusText = paymentText;
			}
		}
		// A payment account's payment marked Reversed is read as a sale, and settled once every file
		// is read (`#settleReversedPayments`).
		if (statusClass === 'refunded' && this.#reversedPayment(statusText, orderKey, row)) statusClass = 'kept';
		// (A refund row's "refunded" says what it is, not that a sale of its own was refunded.)
		if (refundOfSale && statusClass !== 'unpaid') statusClass = 'kept';
		if (statusClass === 'unpaid') {
			this.#dropPendingLineOf(orderKey, customerId);
			tallyAdd(this.report.unpaid, { file: this.#file, row });
			this.#setCurrent(Current.Dropped, orderKey, customerId, dateRaw, day, -1);
			this.#noteConsentOfDropped(fields, customerId, dateRaw, row);
			this.#noteDropped(orderKey, customerId, 'unpaid', row);
			return;
		}

		const refunded = this.#refundedOf(fields, amount);
		const itemsRefunded = this.#itemsRefunded(parts, refunded, partly);
		const flagged = this.#flaggedRefunded(fields);
		if (statusClass === 'refunded' || refundedInFull(refunded, amount) || itemsRefunded || flagged) {
			this.#dropPendingLineOf(orderKey, customerId);
			tallyAdd(this.report.fullyRefunded, { file: this.#file, row });
			this.#noteConsentOfDropped(fields, customerId, dateRaw, row);
			// Nothing in the file says refunded in full but the reading of its refund: the report says how many.
			const shippingKept =
				itemsRefunded && statusClass !== 'refunded' && !refundedInFull(refunded, amount) && !flagged;
			if (shippingKept) tallyAdd(this.report.fullyRefundedShippingKept, { file: this.#file, row });
			if (this.#plan.paymentLedger && customerId) this.#noteLedgerRefunded(customerId, amount);
			// (A first row of shipping or a fee is refunded too: its amount counts, as the item's would.)
			const whole = amount > 0 ? amount : apart;
			this.#sum(
				'refundedAmount',
				itemsRefunded && statusClass !== 'refunded' ? refunded : whole > 0 ? whole : refunded
			);
			this.#setCurrent(Current.Dropped, orderKey, customerId, dateRaw, day, -1);
			// Where each row is an item's amount, the order refunded is all of them (unless the file
			// gives the refund itself).
			this.#curRefundsRows = plan.amountMode === 'lineAmounts' && whole > 0 && !(refunded > 0);
			this.#noteDropped(orderKey, customerId, 'refunded', row, shippingKept);
			// (Only a first row whose status says refunded is held, so never one counted as shippingKept:
			// `#reopensOrder` takes back its count of `fullyRefunded` alone.)
			this.#holdFirstLineNoSale(fields, row, 'refunded', amount > 0 ? amount : refunded);
			return;
		}

		if (amount < 0 && !lineItems) {
			const line: ReturnLine = {
				key: orderKey,
				customerId,
				day,
				row,
				file: this.#file,
				amount,
				sales,
				cost: this.#costOfRow(fields, 'order')
			};
			const pending = this.#pendingLine;
			if (pending && pending.key === orderKey && pending.customerId === customerId && orderKey) {
				// Another negative line above the order's first positive one (a discount, then a gift card).
				pending.amount += amount;
				pending.sales += sales;
				pending.cost += line.cost;
				this.report.lineItemRows++;
				return;
			}
			if (pending) this.#settlePendingLine();
			// In a file of item amounts, a negative row that opens an order id is that order's discount
			// line if the order's items follow (Shopware writes it first): held until the next row says.
			if (plan.amountMode === 'lineAmounts' && orderKey) this.#pendingLine = line;
			else this.#netReturn(line);
			// (A till's refund read before its sale: the next row of its id is no line of it, but that
			// sale, listed after it.)
			if (this.#earlyRefunds.at(-1) === line)
				this.#setCurrent(Current.Unusable, orderKey, customerId, dateRaw, NaN, -1);
			return;
		}

		const pending = this.#pendingLine;
		if (pending) {
			if (pending.key === orderKey && pending.customerId === customerId) {
				sales += pending.sales;
				this.report.lineItemRows++;
				this.#pendingLine = null;
			} else {
				this.#settlePendingLine();
			}
		}

		const customersBefore = this.customers.size;
		const customer = this.#customerIndex(customerId);
		if (customerFromEmail) tallyAdd(this.report.customerFromEmail, { file: this.#file, row });
		else if (customerFromPhone) tallyAdd(this.report.customerFromPhone, { file: this.#file, row });
		// (A registered customer's e-mail is noted on their first order only: once a customer.)
		else if (c.customerEmail !== undefined && customer === customersBefore)
			this.#noteRegisteredEmail(normaliseCustomerId(this.#text(fields[c.customerEmail], row)), customer);
		let costKept = 1;
		// A status that says partly refunded, but no amount refunded in the file: counted in full, said so.
		if (partly && !(refunded > 0))
			tallyAdd(this.report.refundUnknown, { file: this.#file, row, value: clip(statusText) });
		if (refunded > 0) {
			tallyAdd(this.report.partlyRefunded, { file: this.#file, row });
			this.#sum('refundedAmount', refunded);
			// The refund's sales share (see `#itemsFirst` for the rule).
			const share = amount > 0 ? this.#salesRefunded(parts, amount, sales, refunded, partly) : refunded;
			// (The cost keeps the share of the sales kept.)
			costKept = sales > 0 ? 1 - share / sales : 1 - refunded / amount;
			this.#sum('refunds', share);
			sales -= share;
			// (A later export may say it was refunded in full since: then this is undone, see `#settleCopyOfKept`.)
			if (this.#laterFiles)
				this.#partlyRefundedKept.set(this.#dayOf.length, { share, refunded, ref: { file: this.#file, row } });
		}
		if (parts || !perRow) this.#sumOrderParts(parts, amount, 1);
		const order = this.#dayOf.length;
		if (kind !== 'sale') {
			// (No sale line yet: an order of such rows alone is no purchase, see `#apartOnlyOrders`.)
			const only: SalelessOrder = { ref: { file: this.#file, row }, shipping: 0, fees: 0, tax: 0 };
			const reopened = this.#reopened;
			if (reopened && reopened.file === this.#file && reopened.row === row) {
				const { held } = reopened;
				const refunded = held.kind === 'refunded';
				only.noSale = { rows: held.rows, more: held.more, refunded, amount: refunded ? held.refunded : 0 };
				this.#reopened = null;
			}
			this.#saleless.set(order, only);
			this.#sumApart(order, kind, apart);
		}
		if (this.#costOf) {
			let first = this.#costOfRow(fields, 'order');
			if (first !== first && this.#costMode === 'rows') {
				first = 0;
				this.#noteCostless(order, row, kind === 'sale', true);
			}
			this.#costOf.push(first);
			if (pending && this.#pendingLine === null && pending.key === orderKey && pending.customerId === customerId)
				this.#takeCost(order, pending.cost);
			if (refunded > 0 && amount > 0) this.#costKept.set(order, costKept);
		}
		this.#customerOf.push(customer);
		this.#noteTime(c.time === undefined && c.timeZone === undefined ? dateRaw : this.#timedDate(fields, dateRaw));
		this.#dayOf.push(day);
		this.#amountOf.push(sales);
		this.#orderIds.push(orderKey);
		if (this.#range) {
			this.#range.keyHashes?.push(orderHash);
			if (!split) this.#range.pendingMiss = '';
		}
		if (orderKey) {
			if (split) {
				this.#splitKeys.set(order, indexKey);
				this.#orderById.set(indexKey, order, StringIndex.hash(indexKey));
				tallyAdd(this.report.reused, { file: this.#file, row, value: clip(orderKey) });
				this.report.reusedIds.add(orderKey);
			} else {
				this.#orderById.set(orderKey, order, orderHash);
			}
		}
		// (Nothing set another current order since the row's own, above: its key, customer and date
		// text are in place, and are not stored again.)
		if (this.#currentSets === currentSetForRow) this.#setCurrentKind(Current.Order, day, order);
		else this.#setCurrent(Current.Order, orderKey, customerId, dateRaw, day, order);
		this.#curAmountText = amountText;
		this.#curTotalsDiffer = false;
		this.#curFirstAmount = amount;
		this.#curFurtherSum = 0;
		if (kind === 'sale') {
			this.#fillDimensions(fields, order, false, row);
			this.#addItems(fields, order, row);
		} else {
			// Each dimension gets its entry for the order (none yet): its item rows fill it.
			this.#noDimensions(order);
		}
		if (this.#names) this.#noteName(fields, customer, day, row);
		if (this.#consent && c.marketingConsent !== undefined) {
			const dated = c.time === undefined && c.timeZone === undefined ? dateRaw : this.#timedDate(fields, dateRaw);
			this.#consent.note(customer, readConsent(fields[c.marketingConsent]), day, timeOfDay(dated));
		}
		while (this.#latestOrderOf.length <= customer) this.#latestOrderOf.push(-1);
		const latest = this.#latestOrderOf.data[customer];
		if (latest < 0 || this.#dayOf.data[latest] <= day) this.#latestOrderOf.data[customer] = order;

		if (this.#headerCurrency) this.#countCurrency(this.#headerCurrency);
		else if (c.currency !== undefined) this.#noteCurrencyValue(this.#text(fields[c.currency], row), row);
		if (statusClass === 'unknown') this.#countUnknownStatus(clip(statusText.trim()), 1);
		else if (awaiting && statusClass === 'kept')
			this.#noteAwaitingPayment(order, { file: this.#file, row, ...(orderKey && { value: clip(orderKey) }) });
	}

	/**
	 * How much said which currency the orders read so far are in: the orders counted by a currency
	 * column or their amounts' header, and the amounts with a currency mark. A file that leaves it
	 * as it was named no currency (see `readAll` in `pipeline.ts`), and `orders` says how many it read.
	 */
	currencyEvidence(): { named: number; orders: number } {
		let named = 0;
		for (const n of this.report.currencies.values()) named += n;
		for (const n of this.report.amountMarks.values()) named += n;
		return { named, orders: this.#dayOf.length };
	}

	#countCurrency(code: string): void {
		this.report.currencies.set(code, (this.report.currencies.get(code) ?? 0) + 1);
	}

	/** What each currency column value read names (see `currencyOfValue`): a file has few. */
	readonly #currencyValues = new Map<string, ReturnType<typeof currencyOfValue>>();

	/** `currencyOfValue` of a currency cell's text, each text read once. */
	#currencyOfCell(text: string): ReturnType<typeof currencyOfValue> {
		let read = this.#currencyValues.get(text);
		if (read === undefined) {
			read = currencyOfValue(text);
			if (this.#currencyValues.size < MAX_CURRENCY_VALUES) this.#currencyValues.set(text, read);
		}
		return read;
	}

	/**
	 * Counts an order's currency as its currency column writes it: a code, or a sign or name of one
	 * currency ("€", "руб.") as its code; a mark several currencies use ("$") as that mark; a value
	 * that is no currency is listed in the report, and the order counted in the data set's currency.
	 */
	#noteCurrencyValue(text: string, row: number): void {
		if (!text) return;
		const read = this.#currencyOfCell(text);
		if (read === null) tallyAdd(this.report.unreadCurrencies, { file: this.#file, row, value: clip(text) });
		else this.#countCurrency(currencyLabelOf(read));
	}

	/**
	 * The consent stated on an order that is not kept (cancelled, unpaid, refunded in full, in a
	 * currency left out): it still says what its customer wants, an opt-out above all (see
	 * `ConsentLog.noteById`). A test order's says nothing of a customer's. Noted under the row's
	 * customer and, where the row names one beside another id, its e-mail too: a registered customer
	 * whose kept orders were all guest checkouts is the customer of that e-mail (and the other way
	 * round, see `#customerOfKey`). Not from a date the import would refuse (before 1990, after today).
	 */
	#noteConsentOfDropped(fields: string[], customerId: string, dateRaw: string, row: number): void {
		const c = this.#columns;
		if (!this.#consent || c.marketingConsent === undefined || !customerId) return;
		const consent = readConsent(fields[c.marketingConsent]);
		if (consent === CONSENT_UNKNOWN) return;
		const day = this.#dayOfText(dateRaw);
		if (!(day >= EARLIEST_DAY && day <= this.#latestDay)) return;
		const dated = c.time === undefined && c.timeZone === undefined ? dateRaw : this.#timedDate(fields, dateRaw);
		const time = timeOfDay(dated);
		this.#consent.noteById(customerId, consent, day, time);
		if (c.customerEmail === undefined) return;
		const email = normaliseCustomerId(this.#text(fields[c.customerEmail], row));
		// (Marked as beside an id: it counts only for a guest of that e-mail, never for another registered
		// customer whose first e-mail it is, see `#customerOfKey`.)
		if (email !== customerId && email.includes('@')) this.#consent.noteById(BESIDE_ID + email, consent, day, time);
	}

	/**
	 * The customer's index (added when new). Rows of one customer often follow each other (files
	 * sorted by customer, an order's lines), so the last one is remembered: no lookup for those.
	 */
	#customerIndex(customerId: string): number {
		if (customerId === this.#lastCustomerId) return this.#lastCustomer;
		const customer = this.customers.indexOf(customerId);
		this.#lastCustomerId = customerId;
		this.#lastCustomer = customer;
		return customer;
	}
	#lastCustomerId = '';
	#lastCustomer = -1;

	/**
	 * Each customer's e-mail as two hashes (both 0: none), noted on a registered customer's first
	 * order (a customer id that is no guest's): a guest told by that e-mail is the same person (see
	 * `#renumberCustomers`). Hashes, not the addresses: 8 bytes a customer, and no string kept for
	 * a file that turns out to have no guests.
	 */
	#emailHashes: { a: GrowableInt32; b: GrowableInt32 } | null = null;

	#noteRegisteredEmail(email: string, customer: number): void {
		if (!email.includes('@')) return;
		this.#setEmailHashes(customer, StringIndex.hash(email) | 1, secondHash(email));
	}

	/** Sets the customer's e-mail hashes, unless they have some already (their first e-mail is kept). */
	#setEmailHashes(customer: number, a: number, b: number): void {
		const hashes = (this.#emailHashes ??= { a: new GrowableInt32(), b: new GrowableInt32() });
		while (hashes.a.length <= customer) {
			hashes.a.push(0);
			hashes.b.push(0);
		}
		if (hashes.a.data[customer] !== 0) return;
		hashes.a.data[customer] = a;
		hashes.b.data[customer] = b;
	}

	/**
	 * The registered customer of an e-mail (-1: none): the one customer whose e-mail hashes are
	 * those of the e-mail (none where two registered customers share them: a shop's placeholder
	 * address). Null where no registered customer's e-mail was noted.
	 */
	#registeredByEmail(): ((email: string) => number) | null {
		const hashes = this.#emailHashes;
		if (!hashes) return null;
		// Both hashes in one exact number (32 + 20 bits).
		const keyOf = (a: number, b: number) => (a >>> 0) * 0x100000 + (b & 0xfffff);
		const byKey = new Map<number, number>();
		for (let i = 0; i < hashes.a.length; i++) {
			const a = hashes.a.data[i];
			if (a === 0) continue;
			const key = keyOf(a, hashes.b.data[i]);
			const known = byKey.get(key);
			byKey.set(key, known === undefined || known === i ? i : -1);
		}
		return (email) => byKey.get(keyOf(StringIndex.hash(email) | 1, secondHash(email))) ?? -1;
	}

	/**
	 * Each guest's registered customer (-1: none), by `#registeredByEmail`. Null where no order's
	 * customer was told by the e-mail.
	 */
	#registeredOfGuests(values: string[]): Int32Array | null {
		if (this.report.customerFromEmail.count === 0) return null;
		const registeredOf = this.#registeredByEmail();
		if (!registeredOf) return null;
		const into = new Int32Array(values.length).fill(-1);
		for (let i = 0; i < values.length; i++) {
			const value = values[i];
			if (!value.includes('@')) continue;
			const registered = registeredOf(value);
			if (registered >= 0 && registered !== i) into[i] = registered;
		}
		return into;
	}

	/** Each customer's consent, and the addresses of others who declined (see `CustomerConsent`). */
	#consentResult(newIndex: Int32Array | null, customers: number): CustomerConsent | null {
		const log = this.#consent;
		if (!log) return null;
		const customerOfKey = this.#customerOfKey();
		const others = log.declinedByOthers(newIndex, customerOfKey, (key) => key.startsWith(BESIDE_ID));
		return {
			columns: [...log.columns],
			of: log.result(newIndex, customers, customerOfKey),
			...(others.length > 0 && { others })
		};
	}

	/**
	 * The customer (before they are renumbered) a key names, for a statement of consent kept by key
	 * (`ConsentLog.noteById`): the customer of that key, else, for an e-mail no order kept was told
	 * by, the registered customer whose orders have it (-1: none). An e-mail noted beside a customer
	 * id (`BESIDE_ID`) names only the guest of that e-mail: the registered customer whose first
	 * e-mail it is may be another account than the row's (two accounts of one family address).
	 */
	#customerOfKey(): (key: string) => number {
		let registeredOf: ((email: string) => number) | null | undefined;
		return (key) => {
			if (key.startsWith(BESIDE_ID)) return this.customers.find(key.slice(BESIDE_ID.length));
			const own = this.customers.find(key);
			if (own >= 0 || !key.includes('@')) return own;
			registeredOf ??= this.#registeredByEmail();
			return registeredOf ? registeredOf(key) : -1;
		};
	}

	/**
	 * Phone numbers written without their country code ("29123456"), given the country code most
	 * of the import's numbers with one have ("+371 2912 3456", "0037129123456"), where they do
	 * (see `dominantCallingCode`) and the number fits that country's numbers: each such customer
	 * joins the customer of the number with its code (`into`: customer → customer), or, where no
	 * order had it so, takes that key (`renamed`). Numbers that are not given one stay customers of
	 * their own; where the import has numbers with a country code, the report says how many
	 * (`#phoneCountry`). Null where no customer is a number without its country code.
	 */
	#phonesGivenCountry(values: string[]): { into: Map<number, number>; renamed: Map<number, string> } | null {
		const national: number[] = [];
		const international: string[] = [];
		for (let i = 0; i < values.length; i++) {
			const value = values[i];
			if (!value.startsWith('tel:')) continue;
			if (isNationalPhoneKey(value)) national.push(i);
			else international.push(value);
		}
		this.#phoneCountry = null;
		if (national.length === 0) return null;
		const dominant = dominantCallingCode(international);
		const into = new Map<number, number>();
		const renamed = new Map<number, string>();
		const byKey = new Map<string, number>();
		for (let i = 0; i < values.length; i++) if (values[i].startsWith('tel:+')) byKey.set(values[i], i);
		let given = 0;
		for (const i of national) {
			const key = dominant ? nationalToInternational(values[i].slice(4), dominant.code) : '';
			if (!key) continue;
			given++;
			const known = byKey.get(key);
			if (known === undefined) {
				byKey.set(key, i);
				renamed.set(i, key);
			} else into.set(i, known);
		}
		this.#phoneCountry = {
			given:
				dominant && given > 0
					? { count: given, callingCode: dominant.code, international: dominant.count, of: dominant.of }
					: null,
			keptApart: international.length > 0 ? national.length - given : 0
		};
		return given > 0 ? { into, renamed } : null;
	}

	/** What `#phonesGivenCountry` did, for the report: null where it had nothing to do. */
	#phoneCountry: {
		given: { count: number; callingCode: string; international: number; of: number } | null;
		keptApart: number;
	} | null = null;

	/**
	 * Joins each guest told by their e-mail to the registered customer whose orders have that
	 * e-mail: one person who once checked out as a guest and once signed in is one customer, not
	 * two. Leaves out customers left with no order (their orders refunded later in full, see
	 * `#dropRefundedLater`). Renumbers the orders' customer column in place (the customers keep
	 * their order) and returns the customers' ids after that, and each former customer's new index
	 * (-1: left out; null when nothing changed).
	 */
	#renumberCustomers(
		customerOf: Int32Array,
		ordersDropped: boolean
	): {
		customers: string[];
		newIndex: Int32Array | null;
		guests: number;
		orders: number;
	} {
		const values = this.customers.values;
		const none = { customers: values, newIndex: null, guests: 0, orders: 0 };
		const registered = this.#registeredOfGuests(values);
		const phones = this.#phonesGivenCountry(values);
		if (!registered && !ordersDropped && !phones) return none;
		const into = registered ?? new Int32Array(values.length).fill(-1);
		// (Only orders kept count: a guest whose orders were all refunded later joins no one.)
		const ownOrders = new Uint8Array(values.length);
		for (let k = 0; k < customerOf.length; k++) ownOrders[customerOf[k]] = 1;
		let guests = 0;
		// (A registered id that is itself an e-mail joined to another: such a chain is not followed.)
		for (let i = 0; i < values.length; i++) {
			if (into[i] >= 0 && into[into[i]] >= 0) into[i] = -1;
			else if (into[i] >= 0 && ownOrders[i]) guests++;
		}
		// (Phone numbers are never e-mail guests: the two joins touch different customers.)
		if (phones) for (const [from, to] of phones.into) into[from] = to;
		if (guests === 0 && !ordersDropped && !phones) return none;
		const hasOrders = new Uint8Array(values.length);
		for (let i = 0; i < values.length; i++) if (ownOrders[i]) hasOrders[into[i] >= 0 ? into[i] : i] = 1;
		const newIndex = new Int32Array(values.length);
		const customers: string[] = [];
		for (let i = 0; i < values.length; i++)
			newIndex[i] = into[i] < 0 && hasOrders[i] ? customers.push(phones?.renamed.get(i) ?? values[i]) - 1 : -1;
		for (let i = 0; i < values.length; i++) if (into[i] >= 0) newIndex[i] = newIndex[into[i]];
		if (guests === 0 && customers.length === values.length && !phones?.renamed.size) return none;
		let orders = 0;
		for (let k = 0; k < customerOf.length; k++) {
			const customer = customerOf[k];
			if (into[customer] >= 0) orders++;
			customerOf[k] = newIndex[customer];
		}
		return { customers, newIndex, guests, orders };
	}

	/** The file order `order` came from (see `#fileRuns`). */
	#fileOf(order: number): number {
		const runs = this.#fileRuns;
		let k = runs.length - 2;
		while (k > 0 && runs[k] > order) k -= 2;
		return runs[k + 1];
	}

	#setCurrent(kind: Current, key: string, customerId: string, dateRaw: string, day: number, order: number): void {
		this.#curKey = key;
		this.#curCustomer = customerId;
		this.#curDateRaw = dateRaw;
		this.#setCurrentKind(kind, day, order);
	}

	/**
	 * `#setCurrent` with the key, customer and date text of the last call: a row that makes an
	 * order sets its current order twice, first as unusable (until the row is read through), then
	 * as the order. Storing the same three strings again cost a write barrier each (the strings are
	 * new, the accumulator old): about 3% of the import's instructions on the bench file.
	 */
	#setCurrentKind(kind: Current, day: number, order: number): void {
		this.#settleTotals();
		if (this.#range) this.#range.stateSet = true;
		this.#curRefundsRows = false;
		this.#curFirstLineNoSale = null;
		this.#cur = this.#curKey ? kind : Current.None;
		this.#curDay = day;
		this.#curOrder = order;
		this.#currentSets++;
	}
	/** Calls of `#setCurrentKind` (and so of `#setCurrent`) so far. */
	#currentSets = 0;

	/** A further row of the current order or credit note. */
	#continueOrder(fields: string[], row: number): void {
		this.report.lineItemRows++;
		const mode = this.#plan.amountMode;
		if (this.#cur === Current.Dropped) {
			if (this.#curRefundsRows) {
				const amount = parseAmount((fields[this.#columns.amount!] ?? '').trim(), this.#plan.decimal);
				if (amount === amount && Math.abs(amount) <= MAX_ABS_AMOUNT) {
					this.#sum('refundedAmount', amount);
					if (this.#curFirstLineNoSale) this.#curFirstLineNoSale.refunded += amount;
				}
			}
			return;
		}
		if (this.#cur === Current.Credit) {
			const line = this.#creditLine(fields, row);
			if (line === null) return;
			this.#noteCreditLine(line, fields);
			return;
		}
		if (mode !== 'orderTotal') {
			if (this.#lineIsNoSale(fields, row, this.#curOrder) || this.#lineApart(fields, row, this.#curOrder)) return;
			// (A product's row makes its order a purchase, whatever its amount: see `#apartOnlyOrders`.)
			if (this.#saleless.size > 0) this.#saleless.delete(this.#curOrder);
			const line = this.#rowAmount(fields, row);
			if (line !== null) {
				if (line < 0) this.#noteLaterRefund(this.#curOrder, fields, row);
				this.#amountOf.data[this.#curOrder] += line;
				// (A value only a later line has, a discount code on its line, is the order's too.)
				this.#fillDimensions(fields, this.#curOrder, true, row);
				this.#addItems(fields, this.#curOrder, row);
				this.#addCost(fields, this.#curOrder, row);
			}
		} else {
			if (this.#ownRefundRow(fields, row)) return;
			this.#fillDimensions(fields, this.#curOrder, true, row);
			this.#addItems(fields, this.#curOrder, row);
			this.#addCost(fields, this.#curOrder, row);
			// The order's total is its first row's: a further row with another total (a report with
			// one row per item, each with its own amount) is said so, once an order.
			const c = this.#columns;
			if (c.amount !== undefined && this.#curAmountText) {
				const text = (fields[c.amount] ?? '').trim();
				if (text) {
					const value = parseAmount(text, this.#plan.decimal);
					if (value === value) this.#curFurtherSum += value;
				}
				if (!this.#curTotalsDiffer && text && text !== this.#curAmountText) {
					this.#curTotalsDiffer = true;
					tallyAdd(this.report.differingTotals, { file: this.#file, row, value: clip(text) });
				}
			}
		}
	}
	/**
	 * Where each row is an order (`#ownRefundsDrop`), a row right after the current order's with its
	 * id and a negative amount is its refund or void (a till's, at once): taken off it, as one read
	 * apart is (`#netReturn`). True when the row was one.
	 */
	#ownRefundRow(fields: string[], row: number): boolean {
		const column = this.#columns.amount;
		if (!this.#ownRefundsDrop || column === undefined || this.#curOrder < 0) return false;
		const value = parseAmount((fields[column] ?? '').trim(), this.#plan.decimal);
		if (!(value < 0) || !(this.#amountOf.data[this.#curOrder] > 0) || -value > MAX_ABS_AMOUNT) return false;
		this.report.lineItemRows--;
		this.#netInto(this.#curOrder, value, { file: this.#file, row }, true);
		return true;
	}

	/** The total as the current order's first row wrote it ('' when its rows are line items). */
	#curAmountText = '';
	/** Whether a further row of the current order has had another total (counted once an order). */
	#curTotalsDiffer = false;
	/** The current order's first row's amount, and its further rows' amounts added up (one total per order). */
	#curFirstAmount = NaN;
	#curFurtherSum = 0;

	/** Ends the current order's check of its further rows' totals (see `ordersAboveFirstRow`). */
	#settleTotals(): void {
		if (this.#curTotalsDiffer && !firstRowCoversOthers(this.#curFirstAmount, this.#curFurtherSum))
			this.report.ordersAboveFirstRow++;
		this.#curTotalsDiffer = false;
	}
	/** Whether the current order was refunded in full and its further rows' amounts are part of the refund. */
	#curRefundsRows = false;

	/**
	 * The current order was dropped by its first row's own status in a file of one row per item,
	 * where each line may have a status of its own (bol.com, Amazon): until a further line says
	 * otherwise, that status may be the line's alone. Null for any other current order.
	 */
	#curFirstLineNoSale: FirstLineNoSale | null = null;

	/**
	 * Whether a cancelled row is a line of an order this file already has, not next to its other
	 * rows (a file of one row per item, sorted by product): then that line alone is left out, as
	 * `#lineIsNoSale` leaves out one next to them, and the order stands.
	 */
	#cancelledLineOfKept(
		fields: string[],
		orderKey: string,
		customerId: string,
		dateRaw: string,
		row: number
	): boolean {
		if (!orderKey) return false;
		const seen = this.#orderById.get(orderKey, StringIndex.hash(orderKey));
		if (seen < 0) {
			// In a byte range: an earlier range may have the order (the merge checks, see `#flushMiss`).
			if (this.#range) this.#range.pendingMiss = orderKey;
			return false;
		}
		const seenCustomer = this.customers.values[this.#customerOf.data[seen]];
		if (
			this.#fileOf(seen) !== this.#file ||
			!this.#agrees(customerId, dateRaw, seenCustomer, this.#dayOf.data[seen], '')
		)
			return false;
		this.report.lineItemRows++;
		tallyAdd(this.report.linesNoSale, { file: this.#file, row });
		if (this.#saleless.size > 0) this.#noteNoSaleLine(seen, fields, row, false);
		this.#setCurrent(Current.Order, orderKey, seenCustomer, dateRaw, this.#dayOf.data[seen], seen);
		return true;
	}

	/** Notes the first row of an order just dropped by `kind` as possibly a line's own status (see `#curFirstLineNoSale`). */
	#holdFirstLineNoSale(fields: string[], row: number, kind: 'cancelled' | 'refunded', refunded: number): void {
		const c = this.#columns;
		if (this.#plan.amountMode === 'orderTotal' || c.status === undefined) return;
		if (this.#statusClass(fields[c.status] ?? '') !== kind) return;
		this.#curFirstLineNoSale = {
			kind,
			rows: [{ file: this.#file, row }],
			more: 0,
			refunded,
			product: this.#lineKind(fields, row) === 'sale'
		};
	}

	/**
	 * A further row of an order dropped by its first line's status (`#curFirstLineNoSale`): true
	 * when it is a line sold (a status of its own that is a sale), which reopens the order: the lines
	 * before it become lines left out of it (`linesNoSale`), their drop is undone, and the caller
	 * starts the order at this row. A row without a status of its own says the first row's status
	 * was the order's: the order stays dropped, for good.
	 */
	#reopensOrder(fields: string[], row: number): boolean {
		const held = this.#curFirstLineNoSale!;
		const c = this.#columns;
		const text = (fields[c.status!] ?? '').trim();
		if (text === '') {
			this.#curFirstLineNoSale = null;
			return false;
		}
		const statusClass = this.#statusClass(text);
		if (statusClass === 'cancelled' || statusClass === 'refunded' || this.#flaggedRefunded(fields)) {
			if (held.rows.length < MAX_EXAMPLES) held.rows.push({ file: this.#file, row });
			else held.more++;
			held.product ||= this.#lineKind(fields, row) === 'sale';
			return false;
		}
		if (statusClass === 'unpaid') return false;
		const first = held.rows[0];
		tallyRemove(held.kind === 'cancelled' ? this.report.cancelled : this.report.fullyRefunded, first);
		if (held.refunded !== 0) this.#sum('refundedAmount', -held.refunded);
		const key = this.#curKey + '\u0001' + this.#curCustomer;
		if (this.#droppedIds.get(key)?.file === this.#file) this.#droppedIds.delete(key);
		this.#droppedInFile.delete(this.#curKey);
		// The first line was counted as its order's row; it is a line of the order now.
		this.report.lineItemRows++;
		for (const ref of held.rows) tallyAdd(this.report.linesNoSale, ref);
		this.report.linesNoSale.count += held.more;
		// (Should the order be of shipping, fees or tax alone, its products were all cancelled or returned.)
		this.#reopened = held.product ? { held, file: this.#file, row } : null;
		this.#curFirstLineNoSale = null;
		this.#cur = Current.None;
		return true;
	}
	/** The lines left out of the order `#reopensOrder` last reopened, and the row it reopens at. */
	#reopened: { held: FirstLineNoSale; file: number; row: number } | null = null;

	/**
	 * The sales of a row skipped for having no customer, as its order's would have counted (0 where
	 * its status says it is no sale, or its amount cannot be read): the report says how much the
	 * figures leave out. Nothing is counted as skipped here; the row was, once.
	 */
	#customerlessSales(fields: string[], row: number): number {
		const c = this.#columns;
		const notSale = (column: number | undefined, classOf: (raw: string) => StatusClass) => {
			if (column === undefined) return false;
			const status = classOf((fields[column] ?? '').trim());
			return status === 'unpaid' || status === 'refunded' || status === 'cancelled';
		};
		if (notSale(c.status, (raw) => this.#statusClass(raw))) return 0;
		if (notSale(c.paymentStatus, (raw) => this.#paymentClass(raw))) return 0;
		if (this.#lineKind(fields, row) !== 'sale') return 0;
		// UCI's "Adjust bad debt" (StockCode B, an A invoice of no customer) writes a debt off: no sale
		// (QA: 11,062.06 of it was said to be sales of rows with no customer).
		if (this.#uciStockCode >= 0 && (fields[this.#uciStockCode] ?? '').trim() === UCI_BAD_DEBT) return 0;
		// A row with no date that reads is no sale: a totals row at the end of the file ("Total,,,80.00").
		const dateText = c.date === undefined ? '' : (fields[c.date] ?? '').trim();
		const day = this.#dayOfText(dateText);
		if (!(day >= EARLIEST_DAY && day <= this.#latestDay)) return 0;
		this.#customerlessDay = day;
		const read = (index: number | undefined) => this.#amountCell(fields, index);
		if (this.#plan.amountMode === 'lineItems') {
			const line = read(c.quantity) * read(c.unitPrice);
			return line === line && line > 0 && line <= MAX_ABS_AMOUNT ? line : 0;
		}
		// A refund row that names no customer nets into no order: not taken off the sales.
		const amount = read(c.amount);
		if (!(amount > 0)) return 0;
		const sales = this.#breakdownColumns && !this.#amountIsNet ? this.#parts(fields, amount).sales : amount;
		return sales > 0 ? sales : 0;
	}

	/** The day of the row `#customerlessSales` last counted sales of. */
	#customerlessDay = NaN;

	/**
	 * Adds a customerless row's sales (of `day`) to the report's sum, once per order: a copy of an
	 * order already counted (a row with its total again, or the same order in an overlapping file:
	 * its id on a day less than `DAYS_APART` from the counted one's) adds nothing, while the further
	 * line rows of an order in the same file of line amounts do (they are its items), and so does
	 * another order that reuses the id on another day (as orders with a customer are told apart).
	 * The ids are kept only where a copy can be met (a file of order totals, or several files), and
	 * at most `MAX_DROPPED_IDS` of them: past that, each row counts.
	 */
	#addCustomerlessSales(orderKey: string, day: number, sales: number, guest: boolean): void {
		if (!(sales > 0)) return;
		const orderTotal = this.#plan.amountMode === 'orderTotal';
		if (orderKey && (orderTotal || this.#laterFiles || this.#file > 0)) {
			const counted = this.#customerlessOrders.get(orderKey);
			if (counted === undefined && this.#customerlessOrders.size < MAX_DROPPED_IDS) {
				this.#customerlessOrders.set(orderKey, { file: this.#file, day, sales, guest });
				this.report.customerlessSales += sales;
				if (guest) this.report.guestSales += sales;
				return;
			}
			const copy =
				counted !== undefined &&
				Math.abs(counted.day - day) < DAYS_APART &&
				(orderTotal || counted.file !== this.#file);
			if (copy) return;
		}
		this.#customerlessKeyless += sales;
		this.report.customerlessSales += sales;
		if (!guest) return;
		this.#guestKeyless += sales;
		this.report.guestSales += sales;
	}

	/**
	 * Takes out of the customerless sales each order that another file has with its customer (an
	 * export from before the guest was matched to an account, beside one from after): the order is
	 * counted there, with its buyer. Its id on a day less than `DAYS_APART` from that order's is the
	 * same order.
	 */
	#dropCustomerlessCopies(): void {
		if (this.files.length < 2) return;
		for (const [key, counted] of this.#customerlessOrders) {
			const order = this.#orderById.get(key, StringIndex.hash(key));
			const named =
				order >= 0 &&
				this.#fileOf(order) !== counted.file &&
				Math.abs(this.#dayOf.data[order] - counted.day) < DAYS_APART;
			if (!named) continue;
			this.report.customerlessSales -= counted.sales;
			if (counted.guest) this.report.guestSales -= counted.sales;
			this.#customerlessOrders.delete(key);
		}
	}

	/**
	 * A payment account's row (see `payments.ts`): true when it is a payment received, read on as
	 * an order. Money returned to a buyer, or given back to the shop after a chargeback, is held
	 * until every file is read (`#settleLedgerReturns`): a download lists the newest rows first as
	 * often as the oldest, and a refund may come in a later month's file than its payment. Any
	 * other row is skipped.
	 */
	#readLedgerRow(ledger: PaymentLedger, fields: string[], row: number): boolean {
		const c = this.#columns;
		const type = (fields[ledger.type] ?? '').trim();
		const impact = ledger.impact !== undefined ? (fields[ledger.impact] ?? '') : '';
		const gross = this.#amountCell(fields, c.amount);
		const kind = paymentKind(type, impact, gross);
		if (kind === 'other') this.#skip('notPayment', row, type);
		if (kind === 'other' || kind === 'received') return kind === 'received';
		if (gross !== gross) {
			this.#skip('invalidAmount', row, c.amount !== undefined ? fields[c.amount] : '');
			return false;
		}
		const day = this.#day(c.date !== undefined ? (fields[c.date] ?? '') : '', row);
		if (day !== day) return false;
		const own = c.orderId !== undefined ? this.#text(fields[c.orderId], row) : '';
		// A refund read before (downloads that overlap, or one added twice) is a copy, as a payment is.
		if (own && this.#ledgerReturnIds.has(own)) {
			tallyAdd(this.report.duplicates, { file: this.#file, row, value: clip(own) });
			return false;
		}
		if (own) this.#ledgerReturnIds.add(own);
		// Its buyer is the one it was paid to (the row's own payer is the shop); the payment it returns, the one it names.
		const amount = kind === 'returned' ? -Math.abs(gross) : Math.abs(gross);
		this.#ledgerReturns.push({
			key: ledger.reference !== undefined ? this.#text(fields[ledger.reference], row) : '',
			own,
			chargeback: isChargeback(type),
			dispute: isDispute(type),
			// (A chargeback's reversal comes back from the buyer: they are its payer, not its payee.)
			customerId: normaliseCustomerId(
				this.#text(fields[kind === 'restored' ? (c.customer ?? ledger.counterparty) : ledger.counterparty], row)
			),
			day,
			row,
			file: this.#file,
			amount,
			sales: amount,
			cost: NaN
		});
		return false;
	}
	/** The refunds, reversals and chargebacks of a payment account's files (negative), and chargebacks' reversals (positive), held. */
	#ledgerReturns: LedgerReturn[] = [];
	/** Their own transaction ids, to know a copy of one. */
	readonly #ledgerReturnIds = new Set<string>();
	/** The ids of the payments of those files that are no sale (unpaid, refunded, …). */
	readonly #ledgerDropped = new Set<string>();
	/** The amounts of each buyer's payments whose status says refunded, not yet matched to a refund row. */
	readonly #ledgerRefunded = new Map<string, number[]>();
	/** The payments whose status says Reversed (read as sales until settled), by id: the first row saying so. */
	readonly #ledgerReversed = new Map<string, RowRef>();

	/**
	 * Whether a payment account's payment (`orderKey`) with this status is one marked Reversed: it
	 * is then noted, to be settled by `#settleReversedPayments`, and read as a sale.
	 */
	#reversedPayment(status: string, orderKey: string, row: number): boolean {
		if (!this.#plan.paymentLedger || !orderKey || !saysReversed(status)) return false;
		if (!this.#ledgerReversed.has(orderKey)) this.#ledgerReversed.set(orderKey, { file: this.#file, row });
		return true;
	}

	#noteLedgerRefunded(customerId: string, amount: number): void {
		const amounts = this.#ledgerRefunded.get(customerId);
		if (amounts) amounts.push(amount);
		else this.#ledgerRefunded.set(customerId, [amount]);
	}

	/** Matches a refund naming no payment to a payment of its buyer marked refunded (of its amount, where `sameAmount`). */
	#takeLedgerRefunded(line: LedgerReturn, sameAmount: boolean): boolean {
		const amounts = this.#ledgerRefunded.get(line.customerId);
		const at = amounts ? amounts.findIndex((a) => !sameAmount || Math.abs(a + line.sales) < 0.005) : -1;
		if (at < 0) return false;
		amounts!.splice(at, 1);
		return true;
	}

	/**
	 * Takes each held refund off the payment it names: a payment brought to nothing is refunded in
	 * full, and left out with its buyer's count (`#dropRefundedLater`). A refund of a payment that
	 * is no sale is a further row of it; one naming a payment the files do not have is a refund
	 * without order (it is not any payment of theirs). Older downloads name no payment: the refund
	 * is then taken off the buyer's payment of its amount, or their latest before it.
	 */
	#settleLedgerReturns(): void {
		// In the order they happened, whatever the order of the rows: a download lists its newest
		// first as often as its oldest, and which payment a refund naming none returns depends on
		// the refunds before it.
		const lines = this.#ledgerReturns.sort((a, b) => a.day - b.day || a.file - b.file || a.row - b.row);
		this.#ledgerReturns = [];
		const reversed = this.#reversedOrders();
		const settledByRows = this.#reversedWithRows(reversed, lines);
		const returns = lines.filter((line) => line.sales < 0);
		this.#restoreChargebacks(
			returns,
			lines.filter((line) => line.sales > 0)
		);
		let paymentsOf: Map<number, number[]> | null = null;
		for (const line of returns) {
			if (line.sales > -0.005) continue;
			if (line.key) {
				const order = this.#orderById.get(line.key, StringIndex.hash(line.key));
				// (A payment's id is its own: the refund is its, whatever address it was paid back to.)
				if (order >= 0) this.#takeLedgerReturn(order, line);
				else if (this.#ledgerDropped.has(line.key)) this.#refundOfPaymentLeftOut(line);
				else this.#returnWithoutOrder(line);
			} else if (!line.customerId) {
				tallyAdd((this.skipped.missingCustomer ??= emptyTally()), { file: line.file, row: line.row });
			} else {
				paymentsOf ??= this.#paymentsOf(returns);
				const { ofAmount, latest } = this.#paymentsReturnable(line, paymentsOf, reversed);
				// A payment of the buyer whose status says refunded, of the refund's amount, is the one it
				// returns (its row); then a kept payment of that amount; then one of theirs marked refunded.
				if (this.#takeLedgerRefunded(line, true) || (ofAmount < 0 && this.#takeLedgerRefunded(line, false)))
					this.#refundOfPaymentLeftOut(line);
				else if (ofAmount >= 0) this.#takeLedgerReturn(ofAmount, line);
				else if (latest >= 0) this.#takeLedgerReturn(latest, line);
				else this.#returnWithoutOrder(line);
			}
		}
		this.#settleReversedPayments(reversed, settledByRows);
	}

	/** The kept payments marked Reversed (`#ledgerReversed`): order → the row saying so. */
	#reversedOrders(): Map<number, RowRef> {
		const orders = new Map<number, RowRef>();
		for (const [key, ref] of this.#ledgerReversed) {
			const order = this.#orderById.get(key, StringIndex.hash(key));
			if (order >= 0) orders.set(order, ref);
		}
		return orders;
	}

	/**
	 * The payments marked Reversed whose reversal rows of the files have (a chargeback, a payment
	 * reversal, or the reversal of either): those naming them, and in an older download (no payment
	 * named) each chargeback or payment reversal of the same buyer and amount, on or after the
	 * payment's day, for one payment. A refund alone does not explain a reversal: the status then
	 * decides.
	 */
	#reversedWithRows(reversed: Map<number, RowRef>, lines: LedgerReturn[]): Set<number> {
		const withRows = new Set<number>();
		if (reversed.size === 0) return withRows;
		const customerOf = this.#customerOf.data;
		const day = this.#dayOf.data;
		const amount = this.#amountOf.data;
		for (const line of lines) {
			if (!line.dispute) continue;
			if (line.key) {
				const order = this.#orderById.get(line.key, StringIndex.hash(line.key));
				if (reversed.has(order)) withRows.add(order);
				continue;
			}
			// (A chargeback's reversal there is for the payment its chargeback already stood for.)
			if (line.sales > 0 || !line.customerId || !this.customers.has(line.customerId)) continue;
			const customer = this.customers.indexOf(line.customerId);
			// (The latest, as the chargeback is then taken off the latest: see `#paymentsReturnable`.)
			let chosen = -1;
			for (const order of reversed.keys())
				if (
					!withRows.has(order) &&
					customerOf[order] === customer &&
					day[order] <= line.day &&
					Math.abs(amount[order] - Math.abs(line.sales)) < 0.005 &&
					(chosen < 0 || day[order] >= day[chosen])
				)
					chosen = order;
			if (chosen >= 0) withRows.add(chosen);
		}
		return withRows;
	}

	/**
	 * Settles the payments marked Reversed. Where rows of the files return them (a chargeback, a
	 * payment reversal) or give their money back (the chargeback's reversal: the shop won the
	 * dispute), those rows have done so: the sale stands for what they left of it. Where the files
	 * have no such row (it is in another download), the status is all there is to go by: the payment
	 * is left out as refunded in full.
	 */
	#settleReversedPayments(reversed: Map<number, RowRef>, settledByRows: Set<number>): void {
		const amount = this.#amountOf.data;
		for (const [order, ref] of reversed) {
			if (settledByRows.has(order) || amount[order] < 0.005) continue;
			this.#laterRefundOf(order, ref);
			amount[order] = 0;
		}
	}

	/**
	 * A refund of a payment the import left out by its status (refunded, unpaid, cancelled): it
	 * takes nothing off, and is counted apart, not as a further row of an order that was counted.
	 */
	#refundOfPaymentLeftOut(line: LedgerReturn): void {
		tallyAdd((this.skipped.refundOfPaymentLeftOut ??= emptyTally()), {
			file: line.file,
			row: line.row,
			...(line.key && { value: clip(line.key) })
		});
	}

	/**
	 * Takes each chargeback reversal off the chargeback it undoes: the one it names, or the
	 * chargebacks of the payment it names (of its buyer, before it, where no payment is named). Both
	 * rows are counted apart; a chargeback undone in part stays for the rest. A reversal that finds
	 * no chargeback is counted apart too, with what it names: its sale, where the files have it,
	 * was never taken off.
	 */
	#restoreChargebacks(returns: LedgerReturn[], restores: LedgerReturn[]): void {
		const undone = (skipped: LedgerReturn) =>
			tallyAdd((this.skipped.chargebackReversed ??= emptyTally()), { file: skipped.file, row: skipped.row });
		for (const restore of restores) {
			let left = restore.sales;
			for (const line of returns) {
				if (left < 0.005) break;
				const undoes = restore.key
					? line.own === restore.key || (line.chargeback && line.key === restore.key)
					: line.chargeback && line.customerId === restore.customerId && line.day <= restore.day;
				if (!undoes || line.sales > -0.005) continue;
				const taken = Math.min(left, -line.sales);
				line.sales += taken;
				line.amount += taken;
				left -= taken;
				if (line.sales > -0.005) undone(line);
			}
			// A reversal whose chargeback is not in the files (an earlier download's) undid nothing here.
			if (left < restore.sales) undone(restore);
			else
				tallyAdd((this.skipped.chargebackNotFound ??= emptyTally()), {
					file: restore.file,
					row: restore.row,
					value: restore.key || restore.customerId
				});
		}
	}

	/** The kept payments of the buyers of `returns` that name none, each buyer's in the order read. */
	#paymentsOf(returns: LedgerReturn[]): Map<number, number[]> {
		const paymentsOf = new Map<number, number[]>();
		for (const line of returns)
			if (!line.key && this.customers.has(line.customerId))
				paymentsOf.set(this.customers.indexOf(line.customerId), []);
		const customerOf = this.#customerOf.data;
		for (let order = 0; order < this.#dayOf.length; order++) paymentsOf.get(customerOf[order])?.push(order);
		return paymentsOf;
	}

	/**
	 * The payments a refund that names none may return (-1: none), of its buyer, on or before its
	 * day, not brought to nothing yet: the latest of the refund's amount, and the latest.
	 */
	#paymentsReturnable(
		line: LedgerReturn,
		paymentsOf: Map<number, number[]>,
		reversed: Map<number, RowRef>
	): { ofAmount: number; latest: number } {
		const payments = this.customers.has(line.customerId)
			? (paymentsOf.get(this.customers.indexOf(line.customerId)) ?? [])
			: [];
		const day = this.#dayOf.data;
		const amount = this.#amountOf.data;
		// A chargeback or a reversal is first of all a payment marked Reversed: that status is their mark.
		const rank = (order: number) => (line.dispute && reversed.has(order) ? 1 : 0);
		let latest = -1;
		let ofAmount = -1;
		for (const order of payments) {
			if (day[order] > line.day || amount[order] < 0.005) continue;
			if (latest < 0 || day[order] >= day[latest]) latest = order;
			if (
				Math.abs(amount[order] + line.sales) < 0.005 &&
				(ofAmount < 0 ||
					rank(order) > rank(ofAmount) ||
					(rank(order) === rank(ofAmount) && day[order] >= day[ofAmount]))
			)
				ofAmount = order;
		}
		return { ofAmount, latest };
	}

	/** A held refund taken off payment `order`; brought to nothing, it is left out as refunded (`#dropRefundedLater`). */
	#takeLedgerReturn(order: number, line: LedgerReturn): void {
		this.#netInto(order, line.sales, { file: line.file, row: line.row }, true);
	}

	/**
	 * A row of a credit note (a UCI invoice starting with C): a return of earlier purchases. Its
	 * lines are noted, and netted into invoices once every file is read (`#settleCreditNotes`).
	 */
	#startCreditNote(fields: string[], row: number, key: string, customerId: string, dateRaw: string): void {
		const seenIn = this.#creditNotes.get(key);
		if (seenIn !== undefined && seenIn !== this.#file) {
			tallyAdd(this.report.duplicates, { file: this.#file, row, value: clip(key) });
			this.#setCurrent(Current.Dropped, key, customerId, dateRaw, NaN, -1);
			return;
		}
		if (!customerId) {
			this.#skip('missingCustomer', row);
			return;
		}
		const day = this.#day(dateRaw, row);
		if (day !== day) return;
		const line = this.#creditLine(fields, row);
		if (line === null) return;
		this.#creditNotes.set(key, this.#file);
		const log = (this.#creditLog ??= {
			customer: [],
			day: new GrowableInt32(256),
			time: new GrowableInt32(256),
			id: [],
			ref: [],
			note: new GrowableInt32(1024),
			amount: new GrowableFloat64(1024),
			cost: new GrowableFloat64(1024),
			product: [],
			kind: new GrowableInt32(1024),
			quantity: new GrowableFloat64(1024)
		});
		// (A row of a note read before, not next to it: one note, as an invoice's rows are one order.)
		const noteKey = `${this.#file}\u0000${key}\u0000${customerId}`;
		let note = this.#noteOf.get(noteKey);
		if (note === undefined) {
			note = log.id.length;
			this.#noteOf.set(noteKey, note);
			log.customer.push(customerId);
			log.day.push(day);
			log.time.push(timeOfDay(dateRaw));
			log.id.push(key);
			log.ref.push({ file: this.#file, row, value: clip(key) });
		} else {
			this.report.lineItemRows++;
		}
		this.#setCurrent(Current.Credit, key, customerId, dateRaw, day, -1);
		this.#curNote = note;
		this.#noteCreditLine(line, fields);
	}

	/** A line of the credit note being read, noted (see `CreditLog`). */
	#noteCreditLine(line: number, fields: string[]): void {
		const log = this.#creditLog!;
		// (Postage or a charge given back is no return of sales: it comes off what was counted apart.)
		const apart =
			this.#uciStockCode >= 0 ? UCI_NOT_PRODUCTS.get((fields[this.#uciStockCode] ?? '').trim()) : undefined;
		// (A UCI line by its StockCode: see `#itemCodes`.)
		const column = this.#uciStockCode >= 0 ? this.#uciStockCode : this.#columns.product;
		const product = apart !== undefined || column === undefined ? '' : (fields[column] ?? '').trim();
		log.note.push(this.#curNote);
		log.amount.push(line);
		log.cost.push(apart !== undefined ? 0 : this.#costOfRow(fields, 'order'));
		log.product.push(product);
		log.kind.push(apart === undefined ? 0 : CREDIT_KINDS.indexOf(apart));
		log.quantity.push(this.#creditQuantity);
	}
	/** The quantity of the credit-note line `#creditLine` last read (|Quantity|). */
	#creditQuantity = NaN;

	/** The amount a credit-note line returns (|quantity| × unit price); null when unusable. */
	#creditLine(fields: string[], row: number): number | null {
		const c = this.#columns;
		const qtyRaw = (fields[c.quantity!] ?? '').trim();
		const priceRaw = (fields[c.unitPrice!] ?? '').trim();
		if (!qtyRaw || !priceRaw) {
			this.#skip('missingAmount', row);
			return null;
		}
		const qty = parseAmount(qtyRaw, this.#plan.decimal);
		const price = parseAmount(priceRaw, this.#plan.decimal);
		if (qty !== qty || price !== price) {
			this.#skip('invalidAmount', row, qty !== qty ? qtyRaw : priceRaw);
			return null;
		}
		if (price < 0) {
			this.#skip('negativePrice', row, priceRaw);
			return null;
		}
		if (this.#currencyFromMarks) countCurrencyMark(this.report.amountMarks, priceRaw);
		const line = Math.abs(qty) * price;
		if (line > MAX_ABS_AMOUNT) {
			this.#skip('amountOutOfRange', row, `${qtyRaw} × ${priceRaw}`);
			return null;
		}
		this.#creditQuantity = Math.abs(qty);
		return line;
	}

	/**
	 * Appends a range's times of day to this one's (`base`: this one's orders before it). Where
	 * neither has the column and both had one and the same time (or one had none), there is still
	 * none (see `#noteTime`); else it is made, each side's one time given to its orders from the
	 * first that had it.
	 */
	#mergeTimes(part: RangePart, base: number, count: number): void {
		const only = part.onlyTime;
		if (!this.#timeOf && !part.time) {
			if (!only || only.time === this.#onlyTime) return;
			if (this.#onlyTime < 0) {
				this.#onlyTime = only.time;
				this.#onlyTimeFrom = base + only.from;
				return;
			}
		}
		if (!this.#timeOf) {
			this.#timeOf = new GrowableInt32(base + count);
			const from = this.#onlyTime < 0 ? base : this.#onlyTimeFrom;
			this.#timeOf.data.fill(-1, 0, from);
			this.#timeOf.data.fill(this.#onlyTime, from, base);
			this.#timeOf.length = base;
		}
		if (part.time) this.#timeOf.append(part.time.subarray(0, count));
		else {
			this.#timeOf.reserve(count);
			const from = only ? base + only.from : base + count;
			this.#timeOf.data.fill(-1, base, from);
			if (only) this.#timeOf.data.fill(only.time, from, base + count);
			this.#timeOf.length = base + count;
		}
	}

	/**
	 * The date text `#noteTime` reads where the file has a time (or a time zone) in a column of its
	 * own: the date cell, then the time cell after a space, as one cell would hold both ("12/31/2023
	 * 14:05:09"), then the zone's offset where the zone column gives one. A time in the time cell is
	 * the one read, before one in the date cell: a database's DATETIME column beside its TIME column
	 * writes "2023-12-31 00:00:00" on every row, a midnight that is no order's time. A row whose time
	 * cell has no time (empty) has the date cell's time, or none.
	 */
	#timedDate(fields: string[], dateRaw: string): string {
		const c = this.#columns;
		const timeCell = c.time === undefined ? '' : (fields[c.time] ?? '').trim();
		// (The date cell's own time is cut off, so that the time cell's is the first `timeOfDay` reads.)
		const text = timeCell.includes(':') ? `${dateOnly(dateRaw)} ${timeCell}` : dateRaw;
		if (c.timeZone === undefined || !text.includes(':')) return text;
		const zone = fields[c.timeZone] ?? '';
		if (zone !== this.#lastZoneCell) {
			this.#lastZoneCell = zone;
			this.#lastZoneSuffix = zoneSuffix(zone);
		}
		return this.#lastZoneSuffix ? text + this.#lastZoneSuffix : text;
	}

	/**
	 * Notes the time of day of the order being added (before its day is pushed): the column is made
	 * at the second time read that differs from the first, the orders before the first given none.
	 */
	#noteTime(dateRaw: string): void {
		// (A date and a time take more than 10 characters: "1/5/24 9:00".)
		if (dateRaw.length <= 10 && !this.#timeOf) return;
		if (dateRaw !== this.#lastTimeRaw) {
			this.#lastTimeRaw = dateRaw;
			const time = timeOfDay(dateRaw);
			// The file in the bits above the time: orders of two files compare in file order.
			this.#lastTime = time < 0 ? -1 : Math.min(this.#file, MAX_TIMED_FILE) * TIME_OF_DAY_LIMIT + time;
		}
		const time = this.#lastTime;
		if (!this.#timeOf) {
			if (time < 0 || time === this.#onlyTime) return;
			if (this.#onlyTime < 0) {
				this.#onlyTime = time;
				this.#onlyTimeFrom = this.#dayOf.length;
				return;
			}
			// A second time: the column, the orders since the first time given it (those before, none).
			this.#timeOf = new GrowableInt32(Math.max(1024, this.#dayOf.data.length));
			this.#timeOf.reserve(this.#dayOf.length);
			this.#timeOf.data.fill(-1, 0, this.#onlyTimeFrom);
			this.#timeOf.data.fill(this.#onlyTime, this.#onlyTimeFrom, this.#dayOf.length);
			this.#timeOf.length = this.#dayOf.length;
		}
		this.#timeOf.push(time);
	}

	/** The day of a date text, or NaN with the row counted as skipped (and why). */
	#day(dateRaw: string, row: number): number {
		if (dateRaw === this.#lastDateRaw && this.#lastDay === this.#lastDay) {
			// The previous order's date text again (a file sorted by date): its day and evidence.
			const e = this.evidence[this.#file];
			if (this.#lastDateEvidence === 'dmy') e.dmy++;
			else if (this.#lastDateEvidence === 'mdy') e.mdy++;
			return this.#lastDay;
		}
		const plan = this.#plan;
		const day = this.#dayOfText(dateRaw);
		const evidence = plan.dateOrder !== 'ymd' ? this.#noteEvidence(dateRaw, row) : null;
		if (day !== day) {
			const otherOrder = evidence !== null && evidence !== plan.dateOrder;
			const text = dateRaw.trim();
			this.#skip(
				!text
					? 'missingDate'
					: this.#isDateHeader(text)
						? 'repeatedHeader'
						: otherOrder
							? 'otherDateOrder'
							: 'invalidDate',
				row,
				dateRaw
			);
			return NaN;
		}
		if (day < EARLIEST_DAY || day > this.#latestDay) {
			this.#skip('dateOutOfRange', row, dateRaw);
			if (evidence === null && day > this.#latestDay) this.#noteFutureEvidence(dateRaw, row);
			return NaN;
		}
		this.#lastDateRaw = dateRaw;
		this.#lastDay = day;
		this.#lastDateEvidence = evidence;
		return day;
	}
	/**
	 * A date that either order could read, after tomorrow in the order the file is read in, and a
	 * day in range in the other ("03/11/24" read day-first in March 2024): evidence for the other
	 * order, as a date only it can read is (see `contradictedOrder`), where nothing decided it.
	 */
	#noteFutureEvidence(raw: string, row: number): void {
		const plan = this.#plan;
		if (plan.dateOrderBasis !== 'default' || plan.numericDates) return;
		if (plan.dateOrder !== 'dmy' && plan.dateOrder !== 'mdy') return;
		const other = plan.dateOrder === 'dmy' ? 'mdy' : 'dmy';
		const day = parseDay(raw.trim(), other);
		if (!(day >= EARLIEST_DAY && day <= this.#latestDay)) return;
		this.#addEvidence(other, raw, row);
	}

	/** Whether a date cell is the date column's header: the header row again, in files joined one after another. */
	#isDateHeader(text: string): boolean {
		const column = this.#columns.date;
		// (In any case: files joined from several exports may write it in capitals.)
		return column !== undefined && this.#plan.headers?.[column]?.trim().toLowerCase() === text.toLowerCase();
	}

	/** The calendar day a date text says, as this file's dates are written (NaN: none). */
	#dayOfText(raw: string): number {
		const plan = this.#plan;
		return plan.numericDates ? numericDay(raw, plan.numericDates) : parseDay(raw, plan.dateOrder);
	}

	/** The last date text read into a day (only a valid one; '' after `beginFile`), its day and its evidence. */
	#lastDateRaw = '';
	#lastDay = NaN;
	#lastDateEvidence: 'dmy' | 'mdy' | null = null;

	/**
	 * The amount in a row's cell (`index` of `fields`): NaN where the file has no such column, the
	 * cell is empty or not a number, or its size is past `MAX_ABS_AMOUNT` (no real order's).
	 */
	#amountCell(fields: string[], index: number | undefined): number {
		const raw = index === undefined ? '' : trimCell(fields[index] ?? '');
		const value = raw ? parseAmount(raw, this.#plan.decimal) : NaN;
		return Math.abs(value) <= MAX_ABS_AMOUNT ? value : NaN;
	}

	/** An order's tax, shipping, discount and net sales from the file's columns. */
	#parts(fields: string[], total: number): OrderParts {
		const c = this.#columns;
		const read = (index: number | undefined): number | null => {
			const value = this.#amountCell(fields, index);
			return value === value ? value : null;
		};
		const subtotal = read(c.subtotal);
		const tax = read(c.tax) ?? 0;
		let shipping = read(c.shipping) ?? 0;
		let discount = Math.abs(read(c.discount) ?? 0);
		let implied = 0;
		let shippingDiscounted = 0;
		let sales: number;
		if (subtotal !== null) {
			// A subtotal before the discount (Squarespace's): only the total less the discount adds up.
			// Shopify's and WooCommerce's subtotals are after it.
			let addsUp = (items: number) => near(items + shipping + tax, total) || near(items + shipping, total);
			// A shipping discount the total nets (Etsy's): the shipping charged is the shipping less it,
			// where only that adds up. Where the shipping is given after it already, the parts add up
			// as they are; a discount taken from the items instead would leave them short.
			const shippingDiscount = Math.abs(read(c.shippingDiscount) ?? 0);
			if (shippingDiscount !== 0 && !addsUp(subtotal) && !addsUp(subtotal - discount)) {
				const charged = shipping - shippingDiscount;
				const chargedAddsUp = (items: number) =>
					near(items + charged + tax, total) || near(items + charged, total);
				if (chargedAddsUp(subtotal) || chargedAddsUp(subtotal - discount)) {
					shipping = charged;
					shippingDiscounted = shippingDiscount;
					addsUp = chargedAddsUp;
				}
			}
			const net =
				discount !== 0 && !addsUp(subtotal) && addsUp(subtotal - discount) ? subtotal - discount : subtotal;
			// Prices that include tax: the total is subtotal + shipping, and the tax is inside the subtotal.
			const taxInside = tax !== 0 && near(net + shipping, total) && !near(net + shipping + tax, total);
			sales = taxInside ? net - tax : net;
			// (A net sales column is no total the parts add up to: nothing is implied.)
			if (!taxInside && !addsUp(net) && !this.#amountIsNet) {
				implied = this.#impliedDiscount(net, shipping, tax, total, read);
				discount += implied;
				sales -= implied;
			}
		} else {
			sales = total - tax - shipping;
		}
		return { sales, tax, shipping, discount, implied, shippingDiscount: shippingDiscounted, total };
	}

	/**
	 * The order's discount, tax and shipping from its first item's row, where each item's row repeats
	 * them (`#orderPartsOnItemRows`): its sales are the item's amount less the order's discount (the
	 * further items' amounts are added as they come). No total: the file gives none.
	 */
	#orderPartsOfItemRow(fields: string[], item: number): OrderParts {
		const c = this.#columns;
		const read = (index: number | undefined) => {
			const value = this.#amountCell(fields, index);
			return value === value ? value : 0;
		};
		const discount = Math.abs(read(c.discount));
		const tax = read(c.tax);
		const shipping = read(c.shipping);
		return {
			sales: item - discount,
			tax,
			shipping,
			discount,
			implied: 0,
			shippingDiscount: 0,
			total: item - discount + tax + shipping
		};
	}

	/**
	 * A discount the order's subtotal (`items`, less any discount column's) is still before: the
	 * customer was charged less than it and shipping, so the items were sold for the total less
	 * shipping and tax. Magento's order grid has no discount column; Ecwid's has two (the order's
	 * and the coupon's). Not where a refund explains the gap (a total after refunds), nor where the
	 * charge would leave nothing for the items. 0 when none.
	 */
	#impliedDiscount(
		items: number,
		shipping: number,
		tax: number,
		total: number,
		read: (index: number | undefined) => number | null
	): number {
		if (!(total > 0) || !(total + 0.005 < items + shipping)) return 0;
		const refunded = read(this.#columns.refundedAmount) ?? 0;
		if (refunded > 0 && total + refunded > items + shipping - 0.005) return 0;
		const charged = total - shipping - tax;
		return charged > 0 ? items - charged : 0;
	}

	/**
	 * Notes an order with an id that is not counted as a sale (cancelled, unpaid, refunded in full),
	 * so that its copy in a later file (exports that overlap) is taken for the same order.
	 */
	#noteDropped(
		orderKey: string,
		customerId: string,
		why: DroppedCopy['why'],
		row: number,
		shippingKept = false
	): void {
		this.#noteDroppedInFile(orderKey, customerId);
		if (!this.#laterFiles || !orderKey || this.#droppedIds.size >= MAX_DROPPED_IDS) return;
		const key = orderKey + '\u0001' + customerId;
		if (!this.#droppedIds.has(key))
			this.#droppedIds.set(key, { file: this.#file, why, ref: { file: this.#file, row }, shippingKept });
	}
	/**
	 * Notes an order of this file that is no sale where its rows may lie apart (each row an item,
	 * or a product column: a file sorted by product), so that a further row of it is taken for it.
	 */
	#noteDroppedInFile(orderKey: string, customerId: string): void {
		if (orderKey && this.#plan.paymentLedger) this.#ledgerDropped.add(orderKey);
		if (!orderKey || this.#droppedInFile.size >= MAX_DROPPED_IDS) return;
		if (
			this.#plan.amountMode === 'orderTotal' &&
			this.#columns.product === undefined &&
			this.#columns.sku === undefined
		)
			return;
		this.#droppedInFile.set(orderKey, {
			customer: customerId,
			day: this.#curDay,
			refundsRows: this.#curRefundsRows
		});
	}
	/** Order id → each order of the current file noted by `#noteDroppedInFile`. */
	readonly #droppedInFile = new Map<string, DroppedOrder>();

	/**
	 * Whether a row is a further row of an order of this file that is no sale, not next to its
	 * first row: then it is skipped with that order (or, for an order refunded in full whose rows
	 * are item amounts, added to the refund), not read as an order of its own. Where each row is an
	 * item's, a row with a status of its own that is a sale is a line sold (bol.com): not skipped.
	 */
	#rowOfDropped(fields: string[], orderKey: string, customerId: string, dateRaw: string, row: number): boolean {
		const dropped = this.#droppedInFile.get(orderKey);
		if (dropped === undefined || !this.#agrees(customerId, dateRaw, dropped.customer, dropped.day, ''))
			return false;
		const c = this.#columns;
		if (c.status !== undefined && this.#plan.amountMode !== 'orderTotal') {
			const own = (fields[c.status] ?? '').trim();
			const statusClass = own ? this.#statusClass(own) : 'kept';
			if (own && (statusClass === 'kept' || statusClass === 'unknown')) return false;
		}
		this.#setCurrent(Current.Dropped, orderKey, dropped.customer, dateRaw, dropped.day, -1);
		this.#curRefundsRows = dropped.refundsRows;
		this.#continueOrder(fields, row);
		return true;
	}

	/** Order id and customer of each order noted by `#noteDropped` → the file it was in. */
	readonly #droppedIds = new Map<string, DroppedCopy>();
	/** The customerless orders whose sales are counted (see `#addCustomerlessSales`): the file, day and sales of each. */
	readonly #customerlessOrders = new Map<string, { file: number; day: number; sales: number; guest: boolean }>();
	/** The sales counted of customerless rows but those of `#customerlessOrders`. */
	#customerlessKeyless = 0;
	/** Those of guests' rows (a guest's shared id, see `isGuestId`). */
	#guestKeyless = 0;
	/** Whether more files follow the current one (see `beginFile`): only then are dropped orders noted. */
	#laterFiles = false;

	/**
	 * Whether an earlier file had this order (id and customer): as a sale ('kept'), or not
	 * ('dropped'); null when none did (or this order id has no customer to tell it by).
	 */
	#earlierFileCopy(orderKey: string, customerId: string): 'kept' | 'dropped' | null {
		if (this.#file === 0 || !orderKey) return null;
		const kept = this.#orderById.get(orderKey, StringIndex.hash(orderKey));
		if (
			kept >= 0 &&
			this.#fileOf(kept) !== this.#file &&
			this.customers.values[this.#customerOf.data[kept]] === customerId
		)
			return 'kept';
		return this.#earlierDropped(orderKey, customerId) !== undefined ? 'dropped' : null;
	}

	/** The order of this id and customer an earlier file had and did not count as a sale, if any. */
	#earlierDropped(orderKey: string, customerId: string): DroppedCopy | undefined {
		if (this.#file === 0 || !orderKey) return undefined;
		const dropped = this.#droppedIds.get(orderKey + '\u0001' + customerId);
		return dropped !== undefined && dropped.file !== this.#file ? dropped : undefined;
	}

	/**
	 * Settles kept order `kept`, of an earlier file, by its copy in this one (exports that overlap),
	 * which says `outcome`: the copies disagree (the report says so), and the later outcome is the
	 * order's, whichever file has it. A sale cancelled or refunded since is left out as such (by
	 * `#dropRefundedLater`), and its tax, shipping, discount and total, summed when it was read, are
	 * taken out of the breakdown again (as the copy gives them: an order read no sale first never
	 * had them summed); one unpaid here was paid since, and stays.
	 */
	#settleCopyOfKept(
		kept: number,
		outcome: Exclude<CopyOutcome, 'sale'>,
		fields: string[],
		ref: RowRef,
		shippingKept = false
	): void {
		tallyAdd(this.report.outcomeConflicts, ref);
		if (outcome === 'unpaid' || kept < 0) return;
		const { value: _, ...row } = ref;
		const first = !this.#settledCopies.has(kept);
		const refund = this.#laterRefundOf(kept, row);
		if (outcome === 'cancelled') refund.cancelledBy = row;
		else refund.shippingKept = shippingKept;
		if (first) {
			this.#settledCopies.add(kept);
			// What its reading summed goes, as if the order had been read no sale at once: its parts,
			// a partial refund (the refund in full is the copy's total, as a refunded copy read first
			// counts it), and the returns netted into it, which are of no order now.
			const total = this.#unsumOrderParts(fields, row.row);
			// (Only where both copies give one total per order: else their totals are not alike.)
			if (total > 0 && this.#fileTotals[this.#fileOf(kept)]) refund.value = total;
			const partly = this.#partlyRefundedKept.get(kept);
			if (partly) {
				this.#sum('refunds', -partly.share);
				this.#sum('refundedAmount', -partly.refunded);
				tallyRemove(this.report.partlyRefunded, partly.ref);
				this.#partlyRefundedKept.delete(kept);
			}
			this.#unnetReturns(kept);
		}
		this.#amountOf.data[kept] = 0;
	}
	/** Kept orders settled by a later copy (see `#settleCopyOfKept`): each is undone once. */
	readonly #settledCopies = new Set<number>();
	/** Partly refunded kept orders of files that more files follow: their refund's sales share, amount and row. */
	readonly #partlyRefundedKept = new Map<number, { share: number; refunded: number; ref: RowRef }>();

	/**
	 * The returns and credit notes netted into kept order `order`, which a later copy says was no
	 * sale: returns of no order now, counted apart, as they are where that copy is read first.
	 */
	#unnetReturns(order: number): void {
		const into = this.#returnsInto.get(order);
		if (!into) return;
		this.#returnsInto.delete(order);
		const r = this.report;
		this.#money.returns -= into.returns;
		this.#money.returnsWithoutOrder += into.returns;
		for (const ref of into.netted) {
			tallyRemove(r.negativeRowsNetted, ref);
			tallyAdd((this.skipped.refundWithoutOrder ??= emptyTally()), ref);
		}
		for (const ref of into.credits) {
			tallyRemove(r.creditNotesNetted, ref);
			tallyAdd(r.creditNotesWithoutOrder, ref);
		}
		r.creditNotesNettedAmount -= into.creditAmount;
		r.creditNotesWithoutOrderAmount += into.creditAmount;
	}

	/**
	 * Takes the parts of an order's row back out of the breakdown's sums (see `#settleCopyOfKept`).
	 * Returns the row's total (NaN: none taken).
	 */
	#unsumOrderParts(fields: string[], row: number): number {
		const c = this.#columns;
		if (this.#plan.amountMode !== 'orderTotal' || c.amount === undefined) return NaN;
		const amount = parseAmount((fields[c.amount] ?? '').trim(), this.#plan.decimal);
		if (!(Math.abs(amount) <= MAX_ABS_AMOUNT)) return NaN;
		if (this.#lineKind(fields, row) !== 'sale') return NaN;
		const parts = this.#breakdownColumns || c.discount !== undefined ? this.#parts(fields, amount) : null;
		this.#sumOrderParts(parts, amount, -1);
		return amount;
	}

	/**
	 * An order's tax, shipping, discount and total (`amount` where the file gives no parts) added to
	 * the breakdown's sums, or taken back out (`sign` −1, see `#settleCopyOfKept`).
	 */
	#sumOrderParts(parts: OrderParts | null, amount: number, sign: 1 | -1): void {
		if (!parts) {
			this.#sum('totalCharged', sign * amount);
			return;
		}
		this.#sum('tax', sign * parts.tax);
		this.#sum('shipping', sign * parts.shipping);
		this.#sum('discounts', sign * parts.discount);
		if (parts.implied > 0) this.#sum('impliedDiscounts', sign * parts.implied);
		if (parts.shippingDiscount > 0) this.#sum('shippingDiscounts', sign * parts.shippingDiscount);
		this.#sum('totalCharged', sign * parts.total);
	}

	/** What this row's status (or refunded amount) says its order is: a sale, or why it is none. */
	#copyReading(fields: string[], row: number, copyOf = ''): CopyReading {
		const c = this.#columns;
		const said = (outcome: CopyOutcome): CopyReading => ({ outcome, shippingKept: false });
		if (this.#isCancelled(fields)) return said('cancelled');
		let unpaid = false;
		let partly = false;
		if (c.status !== undefined) {
			const text = this.#text(fields[c.status], row);
			const statusClass = this.#statusClass(text);
			// (A kept payment's copy marked Reversed is settled as the payment is.)
			if (statusClass === 'refunded' && copyOf && this.#reversedPayment(text, copyOf, row)) return said('sale');
			if (statusClass === 'refunded') return said('refunded');
			unpaid = statusClass === 'unpaid';
			partly = saysPartlyRefunded(text);
		}
		if (c.paymentStatus !== undefined) {
			const text = this.#text(fields[c.paymentStatus], row);
			const payment = this.#paymentClass(text);
			if (payment === 'refunded') return said('refunded');
			unpaid ||= payment === 'unpaid';
			partly ||= saysPartlyRefunded(text);
		}
		if (this.#flaggedRefunded(fields)) return said('refunded');
		if (c.amount !== undefined) {
			const amount = parseAmount((fields[c.amount] ?? '').trim(), this.#plan.decimal);
			const refunded = this.#refundedOf(fields, amount);
			if (refundedInFull(refunded, amount)) return said('refunded');
			// As the order's first copy was read: every item refunded, its shipping kept, is refunded in full.
			const parts = amount === amount && this.#breakdownColumns ? this.#parts(fields, amount) : null;
			if (this.#itemsRefunded(parts, refunded, partly)) return { outcome: 'refunded', shippingKept: true };
		}
		return said(unpaid ? 'unpaid' : 'sale');
	}

	/**
	 * Whether a further row of an order, in a file of one row per item, says that this item was
	 * cancelled or returned (bol.com and Amazon give each line its own status): the order stands,
	 * without it. Counted apart. (A row with no status of its own is the order's.)
	 */
	#lineIsNoSale(fields: string[], row: number, order: number): boolean {
		const c = this.#columns;
		const refunded =
			this.#flaggedRefunded(fields) ||
			(c.status !== undefined && this.#statusClass(this.#text(fields[c.status], row)) === 'refunded');
		if (!refunded && !this.#isCancelled(fields)) return false;
		tallyAdd(this.report.linesNoSale, { file: this.#file, row });
		if (this.#saleless.size > 0) this.#noteNoSaleLine(order, fields, row, refunded);
		return true;
	}

	/**
	 * A product's row left out as cancelled or returned (`#lineIsNoSale`) of an order with no sale
	 * row so far (`#saleless`): noted on it, as it is a purchase should no product of it be sold
	 * (see `#dropApartOnly`).
	 */
	#noteNoSaleLine(order: number, fields: string[], row: number, refunded: boolean): void {
		const only = this.#saleless.get(order);
		if (!only || this.#lineKind(fields, row) !== 'sale') return;
		const noSale = (only.noSale ??= { rows: [], more: 0, refunded: false, amount: 0 });
		if (noSale.rows.length < MAX_EXAMPLES) noSale.rows.push({ file: this.#file, row });
		else noSale.more++;
		if (!refunded) return;
		noSale.refunded = true;
		// (Read as the row would be, without counting it as skipped: it is no sale whatever its amount.)
		const c = this.#columns;
		const read = (index: number | undefined) =>
			parseAmount(index === undefined ? '' : (fields[index] ?? '').trim(), this.#plan.decimal);
		const amount = this.#plan.amountMode === 'lineItems' ? read(c.quantity) * read(c.unitPrice) : read(c.amount);
		if (Math.abs(amount) <= MAX_ABS_AMOUNT) noSale.amount += amount;
	}

	/**
	 * What the row is by the file's row-type column, in a file of one row per item (see
	 * `lineKindOf`): always a sale where there is no such column, and in a file of one row per order.
	 */
	#lineKind(fields: string[], row: number): 'sale' | 'shipping' | 'fees' | 'tax' {
		if (this.#uciStockCode >= 0) return UCI_NOT_PRODUCTS.get((fields[this.#uciStockCode] ?? '').trim()) ?? 'sale';
		const column = this.#columns.lineType;
		if (column === undefined || this.#plan.amountMode === 'orderTotal') return 'sale';
		const cell = fields[column] ?? '';
		// (A file has a few row types, row after row: each cell's kind is worked out once in a row.)
		if (cell !== this.#lastLineType) {
			const kind = lineKindOf(this.#text(cell, row));
			this.#lastLineType = cell;
			this.#lastLineKind = kind === 'fee' ? 'fees' : kind;
		}
		return this.#lastLineKind;
	}
	#lastLineType = '';
	#lastLineKind: 'sale' | 'shipping' | 'fees' | 'tax' = 'sale';
	/** A UCI file's StockCode column, whose codes tell postage and charges from products (-1: none). */
	#uciStockCode = -1;

	/**
	 * Whether a further row of a kept order is shipping, a fee or tax by the file's row-type column:
	 * then its amount is counted apart, not as sales, and the row is no item of the order.
	 */
	#lineApart(fields: string[], row: number, order: number): boolean {
		const kind = this.#lineKind(fields, row);
		if (kind === 'sale') return false;
		const amount = this.#rowAmount(fields, row);
		if (amount !== null) this.#sumApart(order, kind, amount);
		return true;
	}

	/**
	 * Whether a row of order `seen`'s id, of the same customer and file, dated after it, is a
	 * negative shipping, fee or tax row where each row has its own amount: that order's shipping or
	 * fee refunded days later (a shop's refund of its postage), a line of it, not an order of its own.
	 */
	#laterApartRefund(
		fields: string[],
		row: number,
		customerId: string,
		dateRaw: string,
		seen: number,
		seenCustomer: string
	): boolean {
		const c = this.#columns;
		if (this.#plan.amountMode !== 'lineAmounts' || c.amount === undefined || c.lineType === undefined) return false;
		if (customerId !== seenCustomer || this.#fileOf(seen) !== this.#file) return false;
		if (!(parseAmount((fields[c.amount] ?? '').trim(), this.#plan.decimal) < 0)) return false;
		if (!(this.#dayOfText(dateRaw) > this.#dayOf.data[seen])) return false;
		return this.#lineKind(fields, row) !== 'sale';
	}

	/**
	 * Shipping, a fee or tax of kept order `order`, counted apart. In a UCI file each order's is
	 * noted too (`#apartOf`): an invoice its credit notes cancel leaves with its postage.
	 */
	#sumApart(order: number, kind: 'shipping' | 'fees' | 'tax', amount: number): void {
		this.#sum(kind, amount);
		if (this.#saleless.size > 0) {
			const only = this.#saleless.get(order);
			if (only) only[kind] += amount;
		}
		if (this.#uciStockCode < 0 || order < 0) return;
		let apart = this.#apartOf.get(order);
		if (!apart) this.#apartOf.set(order, (apart = { shipping: 0, fees: 0, tax: 0 }));
		apart[kind] += amount;
	}
	/**
	 * A UCI file's StockCode and Quantity of each line item, beside `#items` (one entry an item): a
	 * credit note is told to be of an invoice by its codes, as one code may have several
	 * descriptions; the quantities tell a product given back in full (`#dropReturnedItems`).
	 */
	#itemCodes: { dictionary: Dictionary; codes: GrowableInt32; quantity: GrowableFloat64 } | null = null;
	/**
	 * The quantity credit notes gave back of each product (StockCode) of an invoice that had it,
	 * by invoice (see `#settleCreditNotes`, `#dropReturnedItems`).
	 */
	#creditedQuantity = new Map<number, Map<string, number>>();
	/** UCI orders' postage and charges counted apart, by order (see `#sumApart`). */
	readonly #apartOf = new Map<number, { shipping: number; fees: number; tax: number }>();
	/**
	 * The orders opened by a shipping, fee or tax row that no sale row of theirs has followed yet,
	 * with their first row and what they counted apart (see `#apartOnlyOrders`).
	 */
	readonly #saleless = new Map<number, SalelessOrder>();

	/**
	 * The orders (of `count`) none of whose rows was a sale, only postage, shipping, fees or tax (a
	 * UCI invoice of POST alone, a shop's order of a shipping row alone): no purchase, left out as
	 * such (`#dropRefundedLater`), in order. Not those a return of products was netted into (it
	 * stays there, as it was read), nor those refunds or a later copy took out already.
	 */
	#apartOnlyOrders(count: number): number[] {
		if (this.#saleless.size === 0) return [];
		const amount = this.#amountOf.data;
		const orders: number[] = [];
		for (const order of this.#saleless.keys()) {
			if (order >= count || Math.abs(amount[order]) >= 0.005) continue;
			if (this.#laterRefunds.has(order) || this.#settledCopies.has(order)) continue;
			const into = this.#returnsInto.get(order);
			if (into && (into.netted.length > 0 || Math.abs(into.returns) >= 0.005)) continue;
			orders.push(order);
		}
		return orders.sort((a, b) => a - b);
	}

	/**
	 * Leaves out the orders of postage, charges or tax alone (`#apartOnlyOrders`): counted in the
	 * report with what they counted apart, which leaves the revenue breakdown's shipping, fees and
	 * tax (those of the orders kept). A credit note that gave back only their postage or charges
	 * leaves with them (unless a line of it is netted into an order kept).
	 */
	#dropApartOnly(orders: number[]): void {
		const byRow = orders
			.map((order) => this.#saleless.get(order)!)
			.sort((a, b) => a.ref.file - b.ref.file || a.ref.row - b.ref.row);
		for (const only of byRow) {
			for (const kind of ['shipping', 'fees', 'tax'] as const) if (only[kind]) this.#sum(kind, -only[kind]);
			const noSale = only.noSale;
			if (!noSale) {
				tallyAdd(this.report.apartOnly, only.ref);
				this.report.apartOnlyAmount += only.shipping + only.fees + only.tax;
				continue;
			}
			// A purchase all of whose products were cancelled or returned: cancelled or refunded in
			// full, as an order whose status says so (its lines are no lines of an order that stands).
			for (const ref of noSale.rows) tallyRemove(this.report.linesNoSale, ref);
			this.report.linesNoSale.count -= noSale.more;
			tallyAdd(noSale.refunded ? this.report.fullyRefunded : this.report.cancelled, noSale.rows[0]);
			if (noSale.refunded) this.#sum('refundedAmount', noSale.amount);
		}
		const left = new Set(orders);
		const credits = new Set<RowRef>();
		const kept = new Set<RowRef>();
		for (const [order, into] of this.#returnsInto)
			for (const ref of into.credits) (left.has(order) ? credits : kept).add(ref);
		for (const credit of credits) {
			if (kept.has(credit)) continue;
			tallyRemove(this.report.creditNotesNetted, credit);
			if (this.#apartCreditsWithoutOrder.has(credit)) tallyAdd(this.report.creditNotesWithoutOrder, credit);
			else this.report.apartOnlyCreditNotes++;
		}
	}

	/**
	 * The postage or charges credit notes gave back of an order of such rows alone, left out
	 * (`#apartOnlyOrders`): `#settleCreditNotes` nets a line of postage into an invoice with some of
	 * it left, and a line giving back more than that order had left was another invoice's. It is
	 * moved to the customer's latest invoice kept on or before the note's day (see `#laterInvoice`)
	 * that had that much of it (else what the order had not is moved to their latest invoice
	 * kept; with none, it is a return of no order), its note staying counted as netted. The order
	 * left out then takes out of the revenue breakdown what it had less what was given back of it,
	 * never less than nothing. Called once every range is merged, before the orders leave.
	 */
	#settleApartCredits(count: number, apartOnly: number[]): void {
		const over: number[] = [];
		for (const order of apartOnly) {
			const only = this.#saleless.get(order)!;
			if (only.credits && (only.shipping < -0.005 || only.fees < -0.005)) over.push(order);
		}
		if (over.length === 0) return;
		const leaving = new Set(apartOnly);
		const customerOf = this.#customerOf.data;
		const day = this.#dayOf.data;
		// Each customer's orders kept (of these orders' customers only).
		const ordersOf = new Map<number, number[]>();
		for (const order of over) ordersOf.set(customerOf[order], []);
		for (let k = 0; k < count; k++) if (!leaving.has(k)) ordersOf.get(customerOf[k])?.push(k);
		const apartOf = (order: number) => {
			let apart = this.#apartOf.get(order);
			if (!apart) this.#apartOf.set(order, (apart = { shipping: 0, fees: 0, tax: 0 }));
			return apart;
		};
		const later = (a: number, b: number) => this.#laterInvoice(a, b);
		/** Moves `amount` of `kind` given back by `credit` from order `from` to order `to` (-1: of no order). */
		const move = (from: number, to: number, kind: 'shipping' | 'fees', amount: number, ref: RowRef) => {
			this.#saleless.get(from)![kind] += amount;
			apartOf(from)[kind] += amount;
			if (to >= 0) {
				apartOf(to)[kind] -= amount;
				const into = this.#returnedInto(to, { file: ref.file, row: ref.row });
				if (!into.credits.includes(ref)) into.credits.push(ref);
				return;
			}
			// (As a note's postage is where the customer has no invoice before it, see `#settleCreditNotes`.)
			this.#sum(kind, amount);
			this.#money.returnsWithoutOrder += amount;
			this.report.creditNotesWithoutOrderAmount += amount;
			this.#apartCreditsWithoutOrder.add(ref);
		};
		for (const from of over) {
			const only = this.#saleless.get(from)!;
			const orders = ordersOf.get(customerOf[from])!;
			for (const kind of ['shipping', 'fees'] as const) {
				if (!(only[kind] < -0.005)) continue;
				const lines = only.credits!.filter((credit) => credit.kind === kind);
				// What the order had of it, before its notes (the lines in the order `#settleCreditNotes` decided them).
				let left = only[kind] + lines.reduce((sum, credit) => sum + credit.amount, 0);
				for (const credit of lines) {
					if (credit.amount <= left + 0.005) {
						left -= credit.amount;
						continue;
					}
					let to = -1;
					let any = -1;
					for (const order of orders) {
						if (day[order] > credit.day) continue;
						if (later(order, any)) any = order;
						if ((this.#apartOf.get(order)?.[kind] ?? 0) >= credit.amount - 0.005 && later(order, to))
							to = order;
					}
					if (to >= 0) move(from, to, kind, credit.amount, credit.ref);
					else {
						move(from, any, kind, credit.amount - Math.max(left, 0), credit.ref);
						left = Math.min(left, 0);
					}
				}
			}
		}
	}
	/** Credit notes whose postage or charges `#settleApartCredits` found no invoice for. */
	readonly #apartCreditsWithoutOrder = new Set<RowRef>();

	/** Notes a negative row of kept order `order` as a refund of it where it is dated after the order (see `#laterRefunds`). */
	#noteLaterRefund(order: number, fields: string[], row: number): void {
		const c = this.#columns;
		if (!this.#laterRefundsDrop || c.date === undefined || this.#laterRefunds.has(order)) return;
		const day = this.#dayOfText((fields[c.date] ?? '').trim());
		if (day > this.#dayOf.data[order]) this.#laterRefundOf(order, { file: this.#file, row });
	}

	/** The order's `#laterRefunds` entry, made with `ref` as its first row where there is none. */
	#laterRefundOf(order: number, ref: RowRef): LaterRefund {
		let refund = this.#laterRefunds.get(order);
		if (!refund) {
			const value = this.#amountOf.data[order];
			// (Returns netted into it before: its sales as read are those before them.)
			refund = { ref, value, charged: this.#returnsInto.get(order)?.value ?? value, returns: 0, netted: [] };
			this.#laterRefunds.set(order, refund);
		}
		return refund;
	}

	/**
	 * Leaves out the orders their later refund rows brought to nothing (see `#laterRefunds`),
	 * counted as refunded in full, and the orders of postage, charges or tax alone (`apartOnly`, see
	 * `#apartOnlyOrders`); the columns are compacted in place. Returns the orders left.
	 */
	#dropRefundedLater(count: number, apartOnly: number[]): number {
		const amount = this.#amountOf.data;
		this.#notePartlyRefundedLater(count);
		const refunded = [...this.#laterRefunds]
			.filter(([order]) => order < count && amount[order] < 0.005)
			.sort((a, b) => a[0] - b[0]);
		if (refunded.length === 0 && apartOnly.length === 0) return count;
		this.#dropApartOnly(apartOnly);
		// (Both lists are in order, and share no order: see `#apartOnlyOrders`.)
		const dropped: number[] = [];
		for (let i = 0, j = 0; i < refunded.length || j < apartOnly.length;)
			dropped.push(
				j >= apartOnly.length || (i < refunded.length && refunded[i][0] < apartOnly[j])
					? refunded[i++][0]
					: apartOnly[j++]
			);
		// (Counted in the order of their rows, as the rows are read.)
		const byRow = [...refunded].sort(([, a], [, b]) => a.ref.file - b.ref.file || a.ref.row - b.ref.row);
		for (const [order, { ref, value, charged, returns, netted, cancelledBy, shippingKept }] of byRow) {
			// (A later copy's outcome took its parts out already, see `#settleCopyOfKept`.)
			const settled = this.#settledCopies.has(order);
			// Return rows of other ids netted into it (not credit notes, see `#dropReturnedInFull`)
			// were part of bringing it to nothing: no return of the orders left either.
			const into = this.#returnsInto.get(order);
			const before = !settled && into && into.netted !== netted && into.credits.length === 0 ? into : null;
			if (cancelledBy) tallyAdd(this.report.cancelled, cancelledBy);
			else {
				tallyAdd(this.report.fullyRefunded, ref);
				if (shippingKept) tallyAdd(this.report.fullyRefundedShippingKept, ref);
				this.report.refundedAmount += before ? charged : value;
			}
			// Its rows netted as returns were its refund: no return of the orders left.
			this.#money.returns -= returns;
			for (const row of netted) tallyRemove(this.report.negativeRowsNetted, row);
			if (before) {
				this.#money.returns -= before.returns;
				for (const row of before.netted) tallyRemove(this.report.negativeRowsNetted, row);
			}
			// Its total leaves the order totals charged (of the kept orders), as a sale its status
			// refunds never adds it: where each row is an order and the file has no parts, its sales
			// as read (see `#sumOrderParts`).
			const file = this.#fileOf(order);
			if (!settled && this.#fileTotals[file] && this.#returnsDrop[file]) this.#sum('totalCharged', -charged);
		}
		// Each order's new index (-1: left out).
		const newIndex = new Int32Array(count);
		let next = 0;
		for (let i = 0, k = 0; i < count; i++) {
			if (k < dropped.length && dropped[k] === i) {
				newIndex[i] = -1;
				k++;
			} else newIndex[i] = next++;
		}
		const compact = (data: { [i: number]: number }) => {
			for (let i = 0; i < count; i++) if (newIndex[i] >= 0) data[newIndex[i]] = data[i];
		};
		compact(this.#customerOf.data);
		compact(this.#dayOf.data);
		compact(amount);
		this.#customerOf.length = this.#dayOf.length = this.#amountOf.length = next;
		if (this.#costOf) {
			compact(this.#costOf.data);
			this.#costOf.length = next;
		}
		if (this.#timeOf) {
			compact(this.#timeOf.data);
			this.#timeOf.length = next;
		} else if (this.#onlyTime >= 0) {
			// (The first order with the one time so far, or the next one kept after it.)
			let from = this.#onlyTimeFrom;
			while (from < count && newIndex[from] < 0) from++;
			this.#onlyTimeFrom = from < count ? newIndex[from] : next;
		}
		const costKept = [...this.#costKept];
		this.#costKept.clear();
		for (const [order, kept] of costKept) if (newIndex[order] >= 0) this.#costKept.set(newIndex[order], kept);
		const costLines = [...this.#costLines];
		this.#costLines.clear();
		for (const [order, noted] of costLines) if (newIndex[order] >= 0) this.#costLines.set(newIndex[order], noted);
		if (this.#awaitingPayment.length > 0) this.#renumberAwaiting(newIndex);
		for (const { index } of this.#dimensions.values()) {
			compact(index.data);
			index.length = next;
		}
		if (this.#items) {
			const { order, product } = this.#items;
			const sku = this.#items.sku?.index ?? null;
			let at = 0;
			for (let k = 0; k < order.length; k++) {
				const to = newIndex[order.data[k]];
				if (to < 0) continue;
				order.data[at] = to;
				if (sku) sku.data[at] = sku.data[k];
				product.data[at++] = product.data[k];
			}
			order.length = product.length = at;
			if (sku) sku.length = at;
		}
		if (this.#anyOrderIds) this.#orderIds = this.#orderIds.filtered(newIndex);
		return next;
	}

	/**
	 * Counts as partly refunded the kept orders that refund rows of their own (a payment account's
	 * refund naming the payment, Square's refund row of the sale's transaction) took a part of:
	 * such a row is a refund of that very order, not a return netted into a customer's latest
	 * order, and the report and the revenue breakdown say so (its amount moves from returns to
	 * refunds; net sales stay the same).
	 */
	#notePartlyRefundedLater(count: number): void {
		const amount = this.#amountOf.data;
		const partly = [...this.#laterRefunds]
			.filter(([order, refund]) => order < count && amount[order] >= 0.005 && refund.netted.length > 0)
			.map(([, refund]) => refund)
			.sort((a, b) => a.ref.file - b.ref.file || a.ref.row - b.ref.row);
		for (const { ref, returns, netted } of partly) {
			tallyAdd(this.report.partlyRefunded, ref);
			this.report.refundedAmount += returns;
			this.#money.refunds += returns;
			this.#money.returns -= returns;
			for (const row of netted) tallyRemove(this.report.negativeRowsNetted, row);
		}
	}

	/**
	 * Whether a refund takes an order's items with their tax first. Shopify and WooCommerce refund
	 * a line with its tax, and shipping only when asked to: there a refund takes the items' share
	 * of the total less shipping, and shipping only what is beyond the items and their tax; a
	 * refund of all of them is a refund in full, whatever part of the shipping was kept
	 * (`#itemsRefunded`); Shopify says `partially_refunded` of an order whose items and tax were
	 * all refunded and whose shipping was kept, so a refund of exactly them is a refund in full
	 * there too. A refund of more than the items and their tax under a status that says partially
	 * refunded can be read two ways: all the items and their tax and part of the shipping, or all
	 * the shipping and part of the items. It is read the second way, the shipping first and only
	 * the rest off the items and their tax (`#salesRefunded`): Shopify refunds the shipping whole
	 * unless an amount is typed, while items are refunded line by line, so the whole shipping and
	 * some lines is the refund its form makes without typing. And under such a status a refund of
	 * exactly the shipping, below the items and their tax, is the shipping: the items stay sold.
	 * The files give no split of a refund, so these are readings, not facts. Elsewhere (Magento's credit
	 * memo offers the shipping back by default) a refund returns sales, tax and shipping in the
	 * order's proportions.
	 */
	#itemsFirst(): boolean {
		return this.#plan.layout === 'shopify' || this.#plan.layout === 'woocommerce';
	}

	/**
	 * The sales share of a partly refunded order's refund (`amount` > 0; see `#itemsFirst`):
	 * `partly`, the status says partially refunded.
	 */
	#salesRefunded(parts: OrderParts | null, amount: number, sales: number, refunded: number, partly: boolean): number {
		if (!this.#itemsFirst() || parts === null || !(parts.shipping > 0))
			return Math.min(sales, (refunded * sales) / amount);
		const itemsAndTax = parts.total - parts.shipping;
		if (!(itemsAndTax > 0)) return Math.min(sales, (refunded * sales) / amount);
		const shippingFirst = partly && (refunded > itemsAndTax + 0.005 || near(refunded, parts.shipping));
		const ofItems = shippingFirst ? Math.max(0, refunded - parts.shipping) : refunded;
		return Math.min(sales, (ofItems * sales) / itemsAndTax);
	}

	/**
	 * Whether a refund took all of an order's items and their tax, where refunds take them first:
	 * the order is no sale (refunded in full), whatever part of its shipping was kept. Where the
	 * status says partially refunded, only a refund of exactly the items and their tax is (see
	 * `#itemsFirst`).
	 */
	#itemsRefunded(parts: OrderParts | null, refunded: number, partly: boolean): boolean {
		if (!this.#itemsFirst() || parts === null || !(parts.shipping > 0) || !(refunded > 0)) return false;
		const itemsAndTax = parts.total - parts.shipping;
		if (!(itemsAndTax > 0)) return false;
		return partly ? near(refunded, itemsAndTax) : refunded >= itemsAndTax - 0.005;
	}

	/** The products of each of `orders` (one pass over the line items). */
	#itemsOfOrders(orders: [number, ReturnedInto][]): Map<number, Set<string>> {
		const itemsOf = new Map<number, Set<string>>(orders.map(([order]) => [order, new Set<string>()]));
		const items = this.#items;
		if (itemsOf.size === 0 || !items) return itemsOf;
		// (A UCI file's items by their StockCodes, where every item has its code; else by name.)
		const codes = this.#itemCodes?.codes.length === items.order.length ? this.#itemCodes : null;
		for (let k = 0; k < items.order.length; k++) {
			const set = itemsOf.get(items.order.data[k]);
			if (!set) continue;
			if (codes) set.add(codes.dictionary.values[codes.codes.data[k]] ?? '');
			else if (items.product.data[k] >= 0) set.add(items.dictionary.values[items.product.data[k]]);
		}
		return itemsOf;
	}

	/** Whether the row's "refunded in full" column says yes (Gumroad's "Fully Refunded?": 1). */
	#flaggedRefunded(fields: string[]): boolean {
		const column = this.#columns.refundedInFull;
		return column !== undefined && isYes(fields[column] ?? '');
	}

	/** The row's refunded amount (0 when the file has no such column, or the cell is empty or unreadable). */
	#refundedOf(fields: string[], amount: number): number {
		const c = this.#columns;
		if (c.refundedAmount === undefined)
			return c.adjustedTotal === undefined ? 0 : this.#adjustedRefund(fields, amount);
		// A total written as the shop shows a refunded order, the old total struck out beside the new
		// one (`priceText`), is read as the new one: already after the refund, which is not taken off again.
		if (c.amount !== undefined && hasStruckOutPrice(fields[c.amount] ?? '')) return 0;
		const refundRaw = trimCell(fields[c.refundedAmount] ?? '');
		const parsed = refundRaw ? parseAmount(refundRaw, this.#plan.decimal) : 0;
		return parsed === parsed ? Math.abs(parsed) : 0;
	}

	/**
	 * The refund of an order whose file gives its total after refunds (Etsy's "Adjusted Order
	 * Total", empty unless something was refunded): the total less that. 0 when it is empty, not a
	 * number, or not below the total.
	 */
	#adjustedRefund(fields: string[], amount: number): number {
		const raw = trimCell(fields[this.#columns.adjustedTotal!] ?? '');
		if (!raw || !(amount > 0)) return 0;
		const adjusted = parseAmount(raw, this.#plan.decimal);
		return adjusted === adjusted && adjusted >= 0 && adjusted < amount ? amount - adjusted : 0;
	}

	#isCancelled(fields: string[]): boolean {
		const c = this.#columns;
		if (c.cancelledAt !== undefined) {
			// A date, or a yes/no column: anything but empty or a no.
			const cancelled = trimCell(fields[c.cancelledAt] ?? '');
			if (cancelled !== '' && cancelled !== '-' && !isNo(cancelled)) return true;
		}
		if (c.status !== undefined && this.#statusClass(fields[c.status] ?? '') === 'cancelled') return true;
		if (c.paymentStatus !== undefined && this.#paymentClass((fields[c.paymentStatus] ?? '').trim()) === 'cancelled')
			return true;
		return false;
	}

	/** A payment status's class: as an order status's, and a yes/no "paid" column's yes kept, its no unpaid. */
	#paymentClass(raw: string): StatusClass {
		let known = this.#paymentClasses.get(raw);
		if (known === undefined) {
			known = isYes(raw) ? 'kept' : isNo(raw) ? 'unpaid' : classifyStatus(this.#plan.layout, raw);
			if (this.#paymentClasses.size < MAX_UNKNOWN_STATUSES) this.#paymentClasses.set(raw, known);
		}
		return known;
	}
	/** The class of each payment status text seen (see `#paymentClass`). */
	readonly #paymentClasses = new Map<string, StatusClass>();

	/**
	 * `classifyStatus` for this file's layout, of a status read twice a row and mostly the same row
	 * after row ("paid", or empty on a Shopify export's further line items): the last one is kept.
	 */
	#statusClass(raw: string): StatusClass {
		if (raw !== this.#lastStatus) {
			this.#lastStatus = raw;
			// Statuses are few, but may alternate row by row ("paid", "refunded"): each is classified once.
			let known = this.#statusClasses.get(raw);
			if (known === undefined) {
				known = classifyStatus(this.#plan.layout, raw);
				if (this.#statusClasses.size < MAX_UNKNOWN_STATUSES) this.#statusClasses.set(raw, known);
			}
			this.#lastStatusClass = known;
		}
		return this.#lastStatusClass;
	}
	/**
	 * Counts `orders` of an unknown status by name, or among the others once `MAX_UNKNOWN_STATUSES`
	 * are named (a free-text column mapped as the status: a few hundred of its values say enough).
	 */
	#countUnknownStatus(status: string, orders: number): void {
		const statuses = this.report.unknownStatuses;
		if (statuses.size < MAX_UNKNOWN_STATUSES || statuses.has(status))
			statuses.set(status, (statuses.get(status) ?? 0) + orders);
		else this.report.otherUnknownStatuses += orders;
	}
	/** The class of each status text seen in this file (see `#statusClass`). */
	#statusClasses = new Map<string, StatusClass>();

	/**
	 * A Shopify test order (see `test-orders.ts`): no sale, left out whole, its further rows with
	 * it, as a cancelled order is, and counted apart with its sales as the file gives them (as
	 * `#customerlessSales` reads a row's: none where its status says it is no sale either, such as a
	 * test order cancelled or refunded). Its copy in a later file (exports that overlap) is a
	 * duplicate; a copy an earlier file counted as a sale (tagged since) is left out as a cancelled
	 * copy would leave it (`#settleCopyOfKept`).
	 */
	#leaveOutTestOrder(fields: string[], orderKey: string, customerId: string, dateRaw: string, row: number): void {
		if (this.#leaveOut(this.report.testOrders, fields, orderKey, customerId, dateRaw, row))
			this.#testOrderSales.push(this.#isCancelled(fields) ? 0 : this.#customerlessSales(fields, row));
	}

	/**
	 * Leaves out the order that starts on this row, whole (its further rows with it), counted in
	 * `tally`; a copy of an order an earlier file had (overlapping exports) is counted as a
	 * duplicate instead, and settles that order as a cancelled copy would (`#settleCopyOfKept`).
	 * True where it was counted in `tally`.
	 */
	#leaveOut(
		tally: Tally,
		fields: string[],
		orderKey: string,
		customerId: string,
		dateRaw: string,
		row: number
	): boolean {
		this.#dropPendingLineOf(orderKey, customerId);
		this.#setCurrent(Current.Dropped, orderKey, customerId, dateRaw, NaN, -1);
		const ref: RowRef = { file: this.#file, row, ...(orderKey && { value: clip(orderKey) }) };
		const earlier = this.#earlierFileCopy(orderKey, customerId);
		if (earlier !== null) {
			tallyAdd(this.report.duplicates, ref);
			if (earlier === 'kept')
				this.#settleCopyOfKept(
					this.#orderById.get(orderKey, StringIndex.hash(orderKey)),
					'cancelled',
					fields,
					ref
				);
			return false;
		}
		tallyAdd(tally, ref);
		this.#noteDropped(orderKey, customerId, 'cancelled', row);
		return true;
	}

	/**
	 * Whether the order on this row is in another currency than the one chosen (`#onlyCurrency`):
	 * its amount column's header names another, or its currency cell does. An empty cell, or one
	 * that names no currency, is the chosen one's (the report lists the latter, see
	 * `#noteCurrencyValue`).
	 */
	#inOtherCurrency(fields: string[], row: number): boolean {
		const only = this.#onlyCurrency;
		if (this.#headerCurrency) return this.#headerCurrency !== only;
		const column = this.#columns.currency;
		if (column === undefined) return false;
		const text = this.#text(fields[column], row);
		if (!text) return false;
		const read = this.#currencyOfCell(text);
		return read !== null && currencyLabelOf(read) !== only;
	}
	/** The currency whose orders alone are read (`FilePlan.onlyCurrency`); null: every order. */
	#onlyCurrency: string | null = null;
	/** The Payment Method and Tags columns of the current file, where it is a Shopify export that has them. */
	#testColumns: TestOrderColumns | null = null;
	/** The sales of each test order left out, in the order read (summed once all is read, as ranges merge them). */
	readonly #testOrderSales: number[] = [];

	/** `awaitsPayment` for this file's layout, each status text looked up once. */
	#awaits(raw: string): boolean {
		let known = this.#awaitingStatuses.get(raw);
		if (known === undefined) {
			known = awaitsPayment(this.#plan.layout, raw);
			if (this.#awaitingStatuses.size < MAX_UNKNOWN_STATUSES) this.#awaitingStatuses.set(raw, known);
		}
		return known;
	}
	readonly #awaitingStatuses = new Map<string, boolean>();

	/**
	 * Kept orders whose status said their payment was not complete (see `awaitsPayment`), noted
	 * once each, at the row that made the order (however many of its rows repeat the status), in
	 * ascending order; one a later file's copy says was paid since is kept as `-1 - order` (see
	 * `#paidSince`). Counted once every file is read, of the orders left then, at their sales as
	 * counted (`#awaitingPaymentOf`).
	 */
	readonly #awaitingPayment = new GrowableInt32(64);
	/** The rows (with the order id) of the first `AWAITING_EXAMPLES` of those orders: the report's examples. */
	readonly #awaitingRows = new Map<number, RowRef>();

	#noteAwaitingPayment(order: number, ref: RowRef): void {
		this.#awaitingPayment.push(order);
		if (this.#awaitingRows.size < AWAITING_EXAMPLES) this.#awaitingRows.set(order, ref);
	}

	/**
	 * Whether a later file's copy of a kept order (a sale there too) says it is paid now: it has a
	 * status, and no status of it says the payment is not complete. (No status says nothing.)
	 */
	#copyPaid(fields: string[], row: number): boolean {
		const c = this.#columns;
		let any = false;
		for (const column of [c.status, c.paymentStatus]) {
			if (column === undefined) continue;
			const text = this.#text(fields[column], row);
			if (!text) continue;
			if (this.#awaits(text)) return false;
			any = true;
		}
		return any;
	}

	/** A noted order (`#awaitingPayment`) paid since: no longer counted as awaiting payment. */
	#paidSince(order: number): void {
		const list = this.#awaitingPayment;
		const data = list.data;
		let lo = 0;
		let hi = list.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const value = data[mid] < 0 ? -1 - data[mid] : data[mid];
			if (value === order) {
				if (data[mid] >= 0) data[mid] = -1 - order;
				return;
			}
			if (value < order) lo = mid + 1;
			else hi = mid - 1;
		}
	}

	/** The orders left (of `count`) that were kept while their payment was not complete, and their sales. */
	#awaitingPaymentOf(count: number, amount: Float64Array): { orders: Tally; sales: number } | null {
		const list = this.#awaitingPayment;
		const orders = emptyTally();
		let sales = 0;
		for (let k = 0; k < list.length; k++) {
			const order = list.data[k];
			if (order < 0 || order >= count) continue;
			orders.count++;
			sales += amount[order];
			const ref = this.#awaitingRows.get(order);
			if (ref && orders.examples.length < MAX_EXAMPLES) orders.examples.push(ref);
		}
		return orders.count > 0 ? { orders, sales: round2(sales) } : null;
	}

	/** Renumbers the noted orders (`#awaitingPayment`) as `#dropRefundedLater` renumbers all (-1: left out). */
	#renumberAwaiting(newIndex: Int32Array): void {
		const list = this.#awaitingPayment;
		const data = list.data;
		let at = 0;
		for (let k = 0; k < list.length; k++) {
			const paid = data[k] < 0;
			const to = newIndex[paid ? -1 - data[k] : data[k]];
			if (to >= 0) data[at++] = paid ? -1 - to : to;
		}
		list.length = at;
		const rows = [...this.#awaitingRows];
		this.#awaitingRows.clear();
		for (const [order, ref] of rows) if (newIndex[order] >= 0) this.#awaitingRows.set(newIndex[order], ref);
	}
	// (An empty status is kept in every layout; `beginFile` starts each file from it.)
	#lastStatus = '';
	#lastStatusClass: StatusClass = 'kept';

	/**
	 * A further row's amount, to be added to its order's: quantity × unit price (`lineItems`) or the
	 * row's amount (`lineAmounts`); null, and the row counted as skipped, when unusable.
	 */
	#rowAmount(fields: string[], row: number): number | null {
		if (this.#plan.amountMode === 'lineItems') return this.#lineAmount(fields, row);
		return this.#amountOfCell(trimCell(fields[this.#columns.amount!] ?? ''), row);
	}

	/** An amount as written (trimmed); null, and the row counted as skipped, when missing or unusable. */
	#amountOfCell(raw: string, row: number): number | null {
		if (!raw) {
			this.#skip('missingAmount', row);
			return null;
		}
		const amount = parseAmount(raw, this.#plan.decimal);
		if (amount !== amount) {
			this.#skip('invalidAmount', row, raw);
			return null;
		}
		if (Math.abs(amount) > MAX_ABS_AMOUNT) {
			this.#skip('amountOutOfRange', row, raw);
			return null;
		}
		if (this.#currencyFromMarks) countCurrencyMark(this.report.amountMarks, raw);
		return amount;
	}

	/** Quantity × unit price of a line; null (and the row counted as skipped) when unusable. */
	#lineAmount(fields: string[], row: number): number | null {
		const c = this.#columns;
		const plan = this.#plan;
		const qtyRaw = trimCell(fields[c.quantity!] ?? '');
		const priceRaw = trimCell(fields[c.unitPrice!] ?? '');
		const qty = parseAmount(qtyRaw, plan.decimal);
		const price = parseAmount(priceRaw, plan.decimal);
		if (!qtyRaw || !priceRaw) {
			this.#skip('missingAmount', row);
			return null;
		}
		if (qty !== qty || price !== price) {
			this.#skip('invalidAmount', row, qty !== qty ? qtyRaw : priceRaw);
			return null;
		}
		if (qty <= 0) {
			this.#skip('nonPositiveQuantity', row, qtyRaw);
			return null;
		}
		if (price < 0) {
			this.#skip('negativePrice', row, priceRaw);
			return null;
		}
		const line = qty * price;
		if (line > MAX_ABS_AMOUNT) {
			this.#skip('amountOutOfRange', row, `${qtyRaw} × ${priceRaw}`);
			return null;
		}
		return line;
	}

	/**
	 * The order's value of each dimension. A cell equal to the one before in its column (a
	 * customer's country, row after row) has its value: no trimming and no dictionary lookup.
	 */
	#fillDimensions(fields: string[], order: number, onlyIfEmpty: boolean, row: number): void {
		const filled = this.#filled;
		for (let k = 0; k < filled.length; k++) {
			const d = filled[k];
			const index = d.column.index;
			if (onlyIfEmpty && order < index.length && index.data[order] >= 0) continue;
			let value = -1;
			if (d.viaItems) value = this.#dimensionOfItem(this.#itemProductOf(fields[d.source], row), d);
			else if (d.skuList) value = this.#firstListedSku(fields, row, d.column.dictionary);
			else if (d.source >= 0) {
				const cell = fields[d.source];
				if (cell === d.lastCell) value = d.lastValue;
				else if (cell !== undefined && (value = d.seen.get(cell)) >= -1) {
					d.lastCell = cell;
					d.lastValue = value;
				} else {
					let raw = this.#text(cell, row);
					// A list of products: the first is the order's product, as the first line item is elsewhere.
					if (d.list) raw = (this.#listedNames(raw, fields) ?? [raw])[0] ?? '';
					// (A country code is written in capitals: "us" is US.)
					else if (d.countryCodes && raw.length <= 3) raw = raw.toUpperCase();
					value = raw ? d.column.dictionary.indexOf(raw) : -1;
					if (raw === cell) d.seen.note(value < 0 ? '' : d.column.dictionary.values[value], value);
					// (A cell with a control character is counted on each row it is on: not remembered.)
					if (cell !== undefined && controlsIn(cell) === 0) {
						d.lastCell = cell;
						d.lastValue = value;
					}
				}
			}
			if (order < index.length) index.data[order] = value;
			else index.push(value);
		}
	}
	/** An order with no value of any dimension yet (its first row was shipping or a fee). */
	#noDimensions(order: number): void {
		for (const { column } of this.#filled) {
			if (order < column.index.length) column.index.data[order] = -1;
			else column.index.push(-1);
		}
	}

	/** The current file's dimensions (all so far, in the order first seen), with the last cell each read. */
	#filled: FilledDimension[] = [];

	/**
	 * The line-item product of a product cell that is not a list (-1: empty), as `#addItems` adds
	 * it: the cell before again (the same text) has its product without trimming or lookup.
	 */
	#itemProductOf(cell: string | undefined, row: number): number {
		if (cell === this.#itemCell) return this.#itemProduct;
		const seen = cell === undefined ? UNSEEN : this.#itemSeen.get(cell);
		if (seen >= -1) {
			this.#itemCell = cell!;
			this.#itemProduct = seen;
			return seen;
		}
		const raw = this.#text(cell, row);
		const dictionary = this.#items!.dictionary;
		const product = raw ? dictionary.indexOf(raw) : -1;
		if (raw === cell) this.#itemSeen.note(product < 0 ? '' : dictionary.values[product], product);
		// (A cell with a control character is counted on each row it is on: not remembered.)
		if (cell !== undefined && controlsIn(cell) === 0) {
			this.#itemCell = cell;
			this.#itemProduct = product;
		}
		return product;
	}

	/** The product dimension's value of line-item product `product` (-1: none), looked up once per product. */
	#dimensionOfItem(product: number, d: FilledDimension): number {
		if (product < 0) return -1;
		let map = this.#itemDimension;
		if (product >= map.length) {
			const grown = new Int32Array(Math.max(64, map.length * 2, product + 1)).fill(UNKNOWN_DIMENSION);
			grown.set(map);
			map = this.#itemDimension = grown;
		}
		let value = map[product];
		if (value === UNKNOWN_DIMENSION)
			value = map[product] = d.column.dictionary.indexOf(this.#items!.dictionary.values[product]);
		return value;
	}
	/** Each line-item product's value in the product dimension (`UNKNOWN_DIMENSION` until first needed). */
	#itemDimension = new Int32Array(0);

	/**
	 * The row's product (each listed product, in a list cell) as a line item of `order`. A row with
	 * no product name but a SKU (a file without a name column, or a name cell left empty) is a line
	 * item known by its SKU alone: its product is -1 (none), so that no code is shown as a name.
	 */
	#addItems(fields: string[], order: number, row: number): void {
		const items = this.#items;
		if (items === null) return;
		const source = this.#columns.product;
		if (this.#skuListOnly && items.sku) {
			// (An item known by its SKU alone: no product, see `OrderItems`.)
			for (const sku of splitSkuList(this.#text(fields[this.#columns.sku!], row))) {
				items.order.push(order);
				items.product.push(-1);
				items.sku.index.push(items.sku.dictionary.indexOf(sku));
			}
			return;
		}
		const cell = source === undefined ? undefined : fields[source];
		if (!this.#productList || cell === this.#itemCell) {
			// (The cell before again is not a list: its product, without trimming or lookup.)
			const product = source === undefined ? -1 : this.#itemProductOf(cell, row);
			const sku = items.sku ? this.#itemSkuOf(fields, row) : -1;
			if (product < 0 && sku < 0) return;
			items.order.push(order);
			items.product.push(product);
			if (items.sku) items.sku.index.push(sku);
			const codes = this.#itemCodes;
			if (codes) {
				codes.codes.push(codes.dictionary.indexOf((fields[this.#uciStockCode] ?? '').trim()));
				const column = this.#columns.quantity;
				codes.quantity.push(
					column === undefined ? NaN : parseAmount((fields[column] ?? '').trim(), this.#plan.decimal)
				);
			}
			return;
		}
		const raw = this.#text(cell, row);
		const names = this.#listedNames(raw, fields);
		if (names === null) {
			const product = raw ? items.dictionary.indexOf(raw) : -1;
			if (cell !== undefined && controlsIn(cell) === 0) {
				this.#itemCell = cell;
				this.#itemProduct = product;
			}
			const sku = items.sku ? this.#itemSkuOf(fields, row) : -1;
			if (product < 0 && sku < 0) return;
			items.order.push(order);
			items.product.push(product);
			if (items.sku) items.sku.index.push(sku);
			return;
		}
		// Each listed item's SKU: the SKU cell's, by position, where it lists as many (see `#listedSkus`).
		const skus = items.sku ? this.#listedSkus(fields, row, names.length, true) : null;
		for (let k = 0; k < names.length; k++) {
			items.order.push(order);
			items.product.push(items.dictionary.indexOf(names[k]));
			if (items.sku) items.sku.index.push(skus ? items.sku.dictionary.indexOf(skus[k]) : -1);
		}
	}

	/**
	 * The items a cell of a list column names (null: it is one name as written): with quantities
	 * after them ("Mug x 2, Tee x 1", where the sample showed such a column: `productQuantities`),
	 * or WooCommerce Analytics' "Product(s)" ("2× Mug, 1× Tee"; names alone apart by ", ").
	 */
	#listedNames(raw: string, fields: string[]): string[] | null {
		if (this.#quantityList) return splitQuantityList(raw);
		return isProductList(raw) ? splitProductList(raw, this.#itemsSold(fields)) : null;
	}

	/**
	 * The SKUs of a row that lists `count` items, one for each in the same order, or null: the
	 * SKU cell is empty, or lists another number of SKUs. Then which SKU is which item's is not
	 * guessed, and (`tally`: once per row) the report says so with the row.
	 */
	#listedSkus(fields: string[], row: number, count: number, tally: boolean): string[] | null {
		const column = this.#columns.sku;
		if (column === undefined) return null;
		const skus = splitSkuList(this.#text(fields[column], row));
		if (skus.length === count) return skus;
		if (skus.length > 0 && tally) tallyAdd(this.report.unpairedSkus, { file: this.#file, row });
		return null;
	}

	/**
	 * The SKU dimension's value of a row in a file of list cells: the first listed item's SKU where
	 * the SKUs pair with the items (-1: none, or not paired), the cell as written beside one name;
	 * in a file of SKU lists alone (`#skuListOnly`), the first listed SKU.
	 */
	#firstListedSku(fields: string[], row: number, dictionary: Dictionary): number {
		if (this.#skuListOnly) {
			const first = splitSkuList(this.#text(fields[this.#columns.sku!], row))[0];
			return first === undefined ? -1 : dictionary.indexOf(first);
		}
		const source = this.#columns.product;
		const names = source === undefined ? null : this.#listedNames(this.#text(fields[source], row), fields);
		if (names === null) {
			const raw = this.#columns.sku === undefined ? '' : this.#text(fields[this.#columns.sku], row);
			return raw ? dictionary.indexOf(raw) : -1;
		}
		const skus = this.#listedSkus(fields, row, names.length, false);
		return skus && skus.length ? dictionary.indexOf(skus[0]) : -1;
	}

	/**
	 * The row's SKU as a line item's (-1: none, or the file has no SKU column): the cell before
	 * again (the same text) has its SKU without trimming or lookup.
	 */
	#itemSkuOf(fields: string[], row: number): number {
		const column = this.#columns.sku;
		const sku = this.#items!.sku!;
		if (column === undefined) return -1;
		const cell = fields[column];
		if (cell === this.#itemSkuCell) return this.#itemSku;
		const raw = this.#text(cell, row);
		const value = raw ? sku.dictionary.indexOf(raw) : -1;
		// (A cell with a control character is counted on each row it is on: not remembered.)
		if (cell !== undefined && controlsIn(cell) === 0) {
			this.#itemSkuCell = cell;
			this.#itemSku = value;
		}
		return value;
	}
	#itemSkuCell = '';
	#itemSku = -1;

	/** A list cell's order's items (WooCommerce Analytics' "Items sold"), where the file gives them (see `splitProductList`). */
	#itemsSold(fields: string[]): number {
		const column = this.#columns.quantity;
		const sold = column === undefined ? NaN : Number((fields[column] ?? '').trim());
		return Number.isInteger(sold) && sold > 0 ? sold : Number.POSITIVE_INFINITY;
	}

	/** The row's name as the customer's, when it is not empty and its order is their latest so far. */
	#noteName(fields: string[], customer: number, day: number, row: number): void {
		const name = this.#nameOf(fields, row);
		if (!name || !this.#namedLatest(customer, day)) return;
		const names = this.#names!;
		names.of.data[customer] = names.dictionary.indexOf(name);
		names.day.data[customer] = day;
	}

	/**
	 * Whether a name from an order of `day` is the customer's latest so far (of a row, or of a later
	 * range: a tie goes to the later), making room for the customer in the names.
	 * (Not consent.ts's `replaces`, on purpose: a name has no opt-out to keep on a tie.)
	 */
	#namedLatest(customer: number, day: number): boolean {
		const names = this.#names!;
		while (names.of.length <= customer) {
			names.of.push(-1);
			names.day.push(0);
		}
		return names.of.data[customer] < 0 || names.day.data[customer] <= day;
	}

	/** A row's name as stored (see `CustomerNames`): first and last name when the file has them, else the full name. */
	#nameOf(fields: string[], row: number): string {
		const c = this.#columns;
		const first = c.firstName !== undefined ? this.#text(fields[c.firstName], row) : '';
		const last = c.lastName !== undefined ? this.#text(fields[c.lastName], row) : '';
		if (first || last) return first + NAME_SEPARATOR + last;
		return c.fullName !== undefined ? this.#text(fields[c.fullName], row) : '';
	}

	/**
	 * The cost of goods a row gives (NaN when its cell is empty or not a number, or the file has
	 * no cost column): the order's cost in a file with an order-level cost column, which only the
	 * `order` (first) row reads; else unit cost × |quantity| or the row's total cost.
	 */
	#costOfRow(fields: string[], at: 'order' | 'line'): number {
		const c = this.#columns;
		const read = (index: number | undefined) => this.#amountCell(fields, index);
		if (this.#costMode === 'order') return at === 'order' ? read(c.orderCost) : NaN;
		if (this.#costMode !== 'rows') return NaN;
		if (c.unitCost === undefined) return read(c.lineCost);
		const unit = read(c.unitCost);
		if (c.quantity === undefined) return unit;
		const quantity = Math.abs(read(c.quantity));
		return quantity > 0 ? unit * quantity : NaN;
	}

	/**
	 * A further row of an order: its line cost added (per-row costs; a line without one adds
	 * nothing and is noted, see `#noteCostless`), or the order's cost if still missing.
	 */
	#addCost(fields: string[], order: number, row: number): void {
		const cost = this.#costOf;
		if (cost === null) return;
		if (this.#costMode === 'order') {
			if (cost.data[order] !== cost.data[order]) cost.data[order] = this.#costOfRow(fields, 'order');
		} else {
			const line = this.#costOfRow(fields, 'line');
			if (line !== line) this.#noteCostless(order, row, true, false);
			else {
				cost.data[order] += line;
				if (this.#costLines.size > 0) {
					const noted = this.#costLines.get(order);
					if (noted) noted.known = true;
				}
			}
		}
	}

	/**
	 * A row of an order without a cost (per-row costs): `line`, whether it counts as a line without
	 * one (a first row that is no sale, only shipping or a fee, does not); `first`, whether it is the
	 * order's first row (a later one follows rows that all had a cost).
	 */
	#noteCostless(order: number, row: number, line: boolean, first: boolean): void {
		const noted = this.#costLines.get(order);
		if (!noted) {
			this.#costLines.set(order, { missing: line ? 1 : 0, known: !first, ref: { file: this.#file, row } });
		} else if (line && ++noted.missing === 1) {
			noted.ref = { file: this.#file, row };
		}
	}

	/**
	 * A negative row that opened an order id in a file of item amounts, held until the next row
	 * tells whether it is the first line of that order (its items follow) or a return of its own.
	 */
	#pendingLine: ReturnLine | null = null;

	/** The held negative row is a line of this order, which is no sale (cancelled, unpaid, refunded): dropped with it. */
	#dropPendingLineOf(orderKey: string, customerId: string): void {
		const line = this.#pendingLine;
		if (line === null || line.key !== orderKey || line.customerId !== customerId) return;
		this.#pendingLine = null;
		this.report.lineItemRows++;
	}

	/** The held negative row was no line of a following order: a return (see `#netReturn`). */
	#settlePendingLine(): void {
		const line = this.#pendingLine;
		if (line === null) return;
		this.#pendingLine = null;
		this.#netReturn(line);
	}

	/**
	 * A return booked as its own row: it belongs to an order the customer already has, their
	 * latest on or before its day; with none, it is counted apart.
	 */
	#netReturn(line: ReturnLine): void {
		const customer = this.customers.has(line.customerId) ? this.customers.indexOf(line.customerId) : -1;
		const latest = customer >= 0 ? this.#latestOrderBefore(customer, line.day) : -1;
		const { target, ownSale } = this.#returnTarget(line, customer, latest, -1);
		const rules = { laterRefundsDrop: this.#laterRefundsDrop, ownRefundsDrop: this.#ownRefundsDrop };
		if (target < 0) {
			this.#returnWithoutOrder(line);
			// (A till's refund listed before its sale, newest first: settled once the sale is read.)
			if (this.#ownRefundsDrop && line.key) this.#earlyRefunds.push(line);
			// A return read before the order it returns (a file listing the newest rows first, or in
			// no order): placed once every order is read (`#settleUnplacedReturns`), unless settled so.
			if (line.customerId) this.#unplacedReturns.push({ line, rules });
			return;
		}
		this.#placeReturn(line, target, ownSale, rules);
	}

	/**
	 * The order return `line` is of (-1: none), given its customer's latest order on or before its
	 * day (`latest`, -1: none): the order of the return's own id, where the customer has it on or
	 * before that day (Square books a refund as a row of the sale's transaction, days later; a refund
	 * may be listed after a later order), else `latest`. An order already brought to nothing, left
	 * out as refunded or cancelled once all is read, takes no further return: it would leave with
	 * it, uncounted. `file`: only an order of that file (-1: any). `ownSale`: the order of its own id.
	 */
	#returnTarget(
		line: ReturnLine,
		customer: number,
		latest: number,
		file: number
	): { target: number; ownSale: boolean } {
		let target = latest >= 0 && this.#goneToNothing(latest) ? -1 : latest;
		let ownSale = target >= 0 && line.key !== '' && this.#orderIds.get(target) === line.key;
		if (customer >= 0 && line.key && !ownSale) {
			const own = this.#orderById.get(line.key);
			if (
				own >= 0 &&
				this.#customerOf.data[own] === customer &&
				this.#dayOf.data[own] <= line.day &&
				(file < 0 || this.#fileOf(own) === file) &&
				!this.#goneToNothing(own)
			) {
				target = own;
				ownSale = true;
			}
		}
		return { target, ownSale };
	}

	/**
	 * Takes return `line` off order `target`, its customer's (`ownSale`: the order of the return's
	 * own id), by the refund rules of the return's file.
	 */
	#placeReturn(line: ReturnLine, target: number, ownSale: boolean, rules: ReturnRules): void {
		const ref = { file: line.file, row: line.row };
		// A refund row of the order's own id, dated after it, read apart from it (Square's refunds);
		// where each row is an order, on any day (`ownRefundsDrop`), and there also a refund of
		// another receipt (Zettle numbers a refund apart) returning exactly the customer's latest sale.
		const wholeSale = rules.ownRefundsDrop && Math.abs(this.#amountOf.data[target] + line.sales) < 0.005;
		const refundOfIt =
			((ownSale && ((rules.laterRefundsDrop && line.day > this.#dayOf.data[target]) || rules.ownRefundsDrop)) ||
				wholeSale) &&
			this.#fileOf(target) === line.file;
		this.#netInto(target, line.sales, ref, refundOfIt);
		this.#takeCost(target, line.cost);
	}

	/**
	 * Places each return that had no order of its customer on or before its day when it was read (a
	 * file listing the newest rows first, or in no order), now that every order is read: as
	 * `#netReturn` places one read after its order, into the order of its own id, else the
	 * customer's latest order on or before its day, among the orders of its own file (so that the
	 * figures do not depend on the order of the file's rows; between files the order they are read
	 * in still decides, as for a return of an order another file later says was no sale). One that
	 * still has none stays a return of no order. Returns are placed in the order they were read; one
	 * pass over the orders, for the customers with such returns. (`settledAlready`: a till's, placed
	 * by `#settleEarlyRefunds`.)
	 */
	#settleUnplacedReturns(settledAlready: Set<ReturnLine>): void {
		const unplaced = this.#unplacedReturns.filter(({ line }) => !settledAlready.has(line));
		this.#unplacedReturns = [];
		const customerOfLine = (line: ReturnLine) =>
			this.customers.has(line.customerId) ? this.customers.indexOf(line.customerId) : -1;
		const ordersOf = new Map<number, number[]>();
		for (const { line } of unplaced) {
			const customer = customerOfLine(line);
			if (customer >= 0) ordersOf.set(customer, []);
		}
		if (ordersOf.size === 0) return;
		const customerOf = this.#customerOf.data;
		const day = this.#dayOf.data;
		for (let order = 0; order < this.#dayOf.length; order++) ordersOf.get(customerOf[order])?.push(order);
		for (const { line, rules } of unplaced) {
			const customer = customerOfLine(line);
			const orders = customer >= 0 ? ordersOf.get(customer)! : [];
			// The latest on or before its day (of one day, the one read last, as `#latestOrderOf` keeps).
			let target = -1;
			for (const order of orders)
				if (
					day[order] <= line.day &&
					(target < 0 || day[order] >= day[target]) &&
					this.#fileOf(order) === line.file
				)
					target = order;
			const placed = this.#returnTarget(line, customer, target, line.file);
			if (placed.target < 0) continue;
			const ref = { file: line.file, row: line.row };
			const skipped = this.skipped.refundWithoutOrder!;
			tallyRemove(skipped, ref);
			if (skipped.count === 0) delete this.skipped.refundWithoutOrder;
			this.#money.returnsWithoutOrder -= -line.sales;
			this.#placeReturn(line, placed.target, placed.ownSale, rules);
		}
	}

	/** Returns read before any order they could be of (see `#settleUnplacedReturns`), with their file's refund rules. */
	#unplacedReturns: { line: ReturnLine; rules: ReturnRules }[] = [];

	/**
	 * A return or refund row (`sales` below 0) taken off order `order`. `refundOfIt`: the row refunds
	 * that very order, and is noted in `#laterRefunds`: an order it brings to nothing is then left
	 * out as refunded in full (`#dropRefundedLater`), one it takes a part of is partly refunded.
	 */
	#netInto(order: number, sales: number, ref: RowRef, refundOfIt: boolean): void {
		if (refundOfIt) {
			const refund = this.#laterRefundOf(order, ref);
			refund.returns += -sales;
			refund.netted.push(ref);
		} else {
			const into = this.#returnedInto(order, ref);
			into.returns += -sales;
			into.netted.push(ref);
		}
		this.#amountOf.data[order] += sales;
		this.#money.returns += -sales;
		tallyAdd(this.report.negativeRowsNetted, ref);
	}

	/**
	 * Nets each credit-note line read (`#creditLog`) into one of its customer's invoices, once every
	 * file is read: what a note gives back then depends on the invoices and notes, not on the order
	 * the rows came in (a file sorted another way, a note listed before its invoice, two invoices of
	 * one minute either way round give the same orders, values and counts).
	 *
	 * The rule, as a merchant books a return: a line gives back goods of an invoice the customer had
	 * on or before the note's day, the latest first (by day, then time of day, then invoice number),
	 * and only an invoice with something left can take a return:
	 * - a product's line: the latest invoice that had the product (by StockCode in a UCI file, see
	 *   `#itemCodes`) with at least the line's quantity of it left (what earlier notes gave back of
	 *   it taken off) and at least the line's amount left; else (none had that many left, or the
	 *   quantities did not read) the latest that had the product with that much left; else (no
	 *   invoice had it, or those that had it were returned already) the latest with that much left;
	 *   else the latest with anything left, netted below nothing (the rest was of purchases the
	 *   files do not have);
	 * - postage or a charge given back: the latest invoice with that much of it left, else the
	 *   latest with any of it left (more than an invoice of postage alone had is moved on by
	 *   `#settleApartCredits`), else as a product's line;
	 * - with no invoice with anything left (none on or before the note, or all returned already),
	 *   the line is a return of no order, counted apart and taken off no purchase. A note is
	 *   counted netted where a line of it is, else as without order.
	 * Earlier notes are decided first (by day, time of day, note number), each with what the
	 * notes before it left (returns come off in the order they were made); a note's larger lines
	 * first, as fewer invoices can take them. Lines alike in all of that are alike in what they do.
	 * One pass over the orders and one over the line items, looking up only the customers with
	 * notes; each line looks at its customer's invoices only.
	 */
	#settleCreditNotes(): void {
		const log = this.#creditLog;
		this.#creditLog = null;
		this.#noteOf.clear();
		if (!log) return;
		const notes = log.id.length;
		const lines = log.note.length;
		const customerOf = this.#customerOf.data;
		const day = this.#dayOf.data;
		const amount = this.#amountOf.data;
		const count = this.#dayOf.length;
		// Each note's customer (-1: none with an order), and each such customer's invoices, earliest first.
		const noteCustomer = new Int32Array(notes);
		const invoicesOf = new Map<number, number[]>();
		for (let n = 0; n < notes; n++) {
			const id = log.customer[n];
			const customer = this.customers.has(id) ? this.customers.indexOf(id) : -1;
			noteCustomer[n] = customer;
			if (customer >= 0 && !invoicesOf.has(customer)) invoicesOf.set(customer, []);
		}
		for (let k = 0; k < count; k++) {
			const invoices = invoicesOf.get(customerOf[k]);
			// (Not an order a later copy says was no sale, nor one its refunds took out already.)
			if (invoices && !this.#settledCopies.has(k) && !(this.#laterRefunds.has(k) && !(amount[k] > 0.005)))
				invoices.push(k);
		}
		const compare = (a: number, b: number) => (a === b ? 0 : this.#laterInvoice(a, b) ? 1 : -1);
		const rank = new Int32Array(count).fill(-1);
		for (const invoices of invoicesOf.values()) {
			invoices.sort(compare);
			for (let j = 0; j < invoices.length; j++) rank[invoices[j]] = j;
		}
		// The invoices of each customer that had each product their notes give back, earliest first.
		const withProduct = new Map<number, Map<string, number[]>>();
		for (let i = 0; i < lines; i++) {
			const customer = noteCustomer[log.note.data[i]];
			const product = log.product[i];
			if (customer < 0 || !product) continue;
			let of = withProduct.get(customer);
			if (!of) withProduct.set(customer, (of = new Map()));
			if (!of.has(product)) of.set(product, []);
		}
		// The quantity of each such product each invoice has left to give back (UCI files, by
		// StockCode: `#itemCodes` has each line's quantity), less what the notes decided took of it.
		const quantityLeft = new Map<number, Map<string, number>>();
		const items = this.#items;
		if (items && withProduct.size > 0) {
			const codes = this.#itemCodes?.codes.length === items.order.length ? this.#itemCodes : null;
			for (let k = 0; k < items.order.length; k++) {
				const order = items.order.data[k];
				if (order >= count || rank[order] < 0) continue;
				const of = withProduct.get(customerOf[order]);
				if (!of) continue;
				const product = codes
					? codes.dictionary.values[codes.codes.data[k]]
					: items.dictionary.values[items.product.data[k]];
				const orders = of.get(product ?? '');
				if (!orders) continue;
				if (orders.at(-1) !== order) orders.push(order);
				if (!codes) continue;
				let left = quantityLeft.get(order);
				if (!left) quantityLeft.set(order, (left = new Map()));
				left.set(product!, (left.get(product!) ?? 0) + codes.quantity.data[k]);
			}
			for (const of of withProduct.values())
				for (const [product, orders] of of) {
					orders.sort((a, b) => rank[a] - rank[b]);
					of.set(
						product,
						orders.filter((order, j) => j === 0 || order !== orders[j - 1])
					);
				}
		}
		// The lines in the order they are decided (see above).
		const noteDay = log.day.data;
		const noteTime = log.time.data;
		const noteOfLine = log.note.data;
		const lineAmount = log.amount.data;
		const kindOf = log.kind.data;
		const cost = log.cost.data;
		const byNote = (a: number, b: number) =>
			noteDay[a] - noteDay[b] || noteTime[a] - noteTime[b] || compareKeys(log.id[a], log.id[b]);
		const costKey = (i: number) => (cost[i] === cost[i] ? cost[i] : Infinity);
		const sequence = Array.from({ length: lines }, (_, i) => i).sort((a, b) => {
			const na = noteOfLine[a];
			const nb = noteOfLine[b];
			return (
				(na === nb ? 0 : byNote(na, nb)) ||
				kindOf[a] - kindOf[b] ||
				lineAmount[b] - lineAmount[a] ||
				(log.product[a] < log.product[b] ? -1 : log.product[a] > log.product[b] ? 1 : 0) ||
				costKey(a) - costKey(b)
			);
		});
		/**
		 * The latest of `invoices` on or before note `note` for which `fits` holds, or -1: of its day or
		 * before, and of its day only where not made after it (where both have a time of day).
		 */
		const latest = (invoices: number[], note: number, fits: (order: number) => boolean) => {
			const until = noteDay[note];
			const at = noteTime[note];
			let hi = invoices.length;
			for (let lo = 0; lo < hi;) {
				const mid = (lo + hi) >>> 1;
				if (day[invoices[mid]] <= until) lo = mid + 1;
				else hi = mid;
			}
			for (let j = hi - 1; j >= 0; j--) {
				const order = invoices[j];
				if (at >= 0 && day[order] === until) {
					const time = this.#timeOfOrder(order);
					if (time >= 0 && time % TIME_OF_DAY_LIMIT > at) continue;
				}
				if (fits(order)) return order;
			}
			return -1;
		};
		const none: number[] = [];
		const netted = new Uint8Array(notes);
		for (const i of sequence) {
			const note = noteOfLine[i];
			const customer = noteCustomer[note];
			const invoices = customer >= 0 ? invoicesOf.get(customer)! : none;
			const line = lineAmount[i];
			const kind = CREDIT_KINDS[kindOf[i]];
			const product = log.product[i];
			const ref = log.ref[note];
			const takes = (order: number) => amount[order] > 0.005 && amount[order] >= line - 0.005;
			let to = -1;
			if (kind !== 'product') {
				const left = (order: number) => this.#apartOf.get(order)?.[kind] ?? 0;
				to = latest(invoices, note, (order) => left(order) > 0.005 && left(order) >= line - 0.005);
				if (to < 0) to = latest(invoices, note, (order) => left(order) > 0.005);
			} else if (product) {
				const had = withProduct.get(customer)?.get(product);
				// The latest invoice that had as many of the product as the line gives back (QA: 12 lanterns
				// given back came off a later invoice of 6, not the one of 12 they were bought on); else, as
				// where the quantities did not read, the latest that had the product.
				const quantity = log.quantity.data[i];
				if (had && quantity > 0)
					to = latest(
						had,
						note,
						(order) => takes(order) && (quantityLeft.get(order)?.get(product) ?? 0) >= quantity - 1e-9
					);
				if (had && to < 0) to = latest(had, note, takes);
			}
			if (to < 0) to = latest(invoices, note, takes);
			if (to < 0) to = latest(invoices, note, (order) => amount[order] > 0.005);
			if (to < 0) {
				this.#money.returnsWithoutOrder += line;
				this.report.creditNotesWithoutOrderAmount += line;
				continue;
			}
			netted[note] = 1;
			const into = this.#returnedInto(to, { file: ref.file, row: ref.row });
			if (!into.credits.includes(ref)) into.credits.push(ref);
			if (kind !== 'product') {
				this.#sumApart(to, kind, -line);
				// (Of an invoice of postage alone: more than it had was another invoice's, see `#settleApartCredits`.)
				const only = this.#saleless.size > 0 ? this.#saleless.get(to) : undefined;
				if (only) (only.credits ??= []).push({ kind, amount: line, ref, day: noteDay[note] });
				continue;
			}
			into.returns += line;
			into.creditAmount += line;
			into.creditProducts.push(product);
			// (Of an invoice that had the product: its quantity given back, see `#dropReturnedItems`.)
			if (product && withProduct.get(customer)?.get(product)?.includes(to)) {
				let of = this.#creditedQuantity.get(to);
				if (!of) this.#creditedQuantity.set(to, (of = new Map()));
				of.set(product, (of.get(product) ?? 0) + log.quantity.data[i]);
				const left = quantityLeft.get(to);
				if (left?.has(product)) left.set(product, left.get(product)! - log.quantity.data[i]);
			}
			amount[to] -= line;
			this.#takeCost(to, cost[i]);
			this.#money.returns += line;
			this.report.creditNotesNettedAmount += line;
		}
		for (let n = 0; n < notes; n++)
			tallyAdd(netted[n] ? this.report.creditNotesNetted : this.report.creditNotesWithoutOrder, log.ref[n]);
		const ordersOfNote = new Map<RowRef, number>();
		for (const [, into] of this.#returnsInto)
			for (const ref of into.credits) ordersOfNote.set(ref, (ordersOfNote.get(ref) ?? 0) + 1);
		for (const orders of ordersOfNote.values()) if (orders > 1) this.#creditNotesSplit = true;
	}

	/**
	 * Takes out of the line items each product an invoice had that its credit notes gave back in
	 * full (UCI files, told by StockCode): the invoice's quantity of it (all its lines of that
	 * code) less the quantity the credit-note lines netted into that invoice gave back of it is 0
	 * or less. Such a product was not bought, in the products of the analysis (bought together,
	 * bought next, the first order's products and SKU) as in the order's netted amount; a product
	 * given back in part (some quantity left) stays. A credit-note line netted into an invoice
	 * that did not have its product (see `#settleCreditNotes`) takes no product out. An invoice
	 * whose every product was given back stays an order where its amount is not brought to nothing
	 * (other charges, another price), with no product: the analysis counts it as an order naming
	 * none. The order's first product and SKU (the product and SKU dimensions) are then those of
	 * its first line item left, none where none is left. Runs before the orders left out are
	 * compacted away, while `#itemCodes` is beside every item.
	 */
	#dropReturnedItems(): void {
		const credited = this.#creditedQuantity;
		this.#creditedQuantity = new Map();
		const items = this.#items;
		const codes = this.#itemCodes;
		if (credited.size === 0 || !items || !codes || codes.codes.length !== items.order.length) return;
		const n = items.order.length;
		const orderOf = items.order.data;
		const codeOf = (k: number) => codes.dictionary.values[codes.codes.data[k]] ?? '';
		// The quantity each credited invoice had of each credited product.
		const bought = new Map<number, Map<string, number>>();
		for (let k = 0; k < n; k++) {
			const of = credited.get(orderOf[k]);
			const code = of ? codeOf(k) : '';
			if (!of || !of.has(code)) continue;
			let had = bought.get(orderOf[k]);
			if (!had) bought.set(orderOf[k], (had = new Map()));
			had.set(code, (had.get(code) ?? 0) + codes.quantity.data[k]);
		}
		// (A quantity that did not read, NaN, leaves the product bought; an invoice left out as
		// returned in full keeps its products, left out with it.)
		const amount = this.#amountOf.data;
		const gone = (k: number) => {
			const of = credited.get(orderOf[k]);
			if (!of || (amount[orderOf[k]] < 0.005 && this.#laterRefunds.has(orderOf[k]))) return false;
			const code = codeOf(k);
			const back = of.get(code);
			return back !== undefined && bought.get(orderOf[k])!.get(code)! - back < 1e-9;
		};
		const changed = new Set<number>();
		const product = items.product.data;
		const sku = items.sku?.index ?? null;
		let at = 0;
		for (let k = 0; k < n; k++) {
			if (gone(k)) {
				changed.add(orderOf[k]);
				continue;
			}
			orderOf[at] = orderOf[k];
			if (sku) sku.data[at] = sku.data[k];
			product[at] = product[k];
			codes.codes.data[at] = codes.codes.data[k];
			codes.quantity.data[at++] = codes.quantity.data[k];
		}
		if (at === n) return;
		items.order.length = items.product.length = codes.codes.length = codes.quantity.length = at;
		if (sku) sku.length = at;
		// The product and SKU of the orders that lost a product: their first line item's left.
		const first = new Map<number, number>([...changed].map((order) => [order, -1]));
		for (let k = 0; k < at; k++) if (first.get(orderOf[k]) === -1) first.set(orderOf[k], k);
		let emptied = 0;
		for (const k of first.values()) if (k < 0) emptied++;
		this.report.itemsReturned = { lines: n - at, orders: changed.size, emptied };
		const productColumn = this.#dimensions.get('product');
		const skuColumn = this.#dimensions.get('sku');
		for (const [order, k] of first) {
			if (productColumn && order < productColumn.index.length)
				productColumn.index.data[order] =
					k < 0 || product[k] < 0
						? -1
						: productColumn.dictionary.indexOf(items.dictionary.values[product[k]]);
			if (skuColumn && order < skuColumn.index.length)
				skuColumn.index.data[order] = k < 0 ? -1 : skuColumn.dictionary.indexOf(codeOf(k));
		}
	}

	/**
	 * Whether invoice `a` is later than invoice `b` (-1: none): by day, then time of day where the
	 * dates have one, then invoice number (UCI numbers them in the order made); the order read only
	 * where all of these are the same.
	 */
	#laterInvoice(a: number, b: number): boolean {
		if (b < 0) return true;
		const day = this.#dayOf.data;
		if (day[a] !== day[b]) return day[a] > day[b];
		const time = this.#timeOfOrder(a) - this.#timeOfOrder(b);
		if (time !== 0) return time > 0;
		const ids = compareKeys(this.#orderIds.get(a), this.#orderIds.get(b));
		return ids !== 0 ? ids > 0 : a > b;
	}

	/** Order `order`'s time of day as `#timeOf` keeps it (with its file above it; -1: none), also before that is made. */
	#timeOfOrder(order: number): number {
		if (this.#timeOf) return this.#timeOf.data[order];
		return this.#onlyTime >= 0 && order >= this.#onlyTimeFrom ? this.#onlyTime : -1;
	}

	/**
	 * Whether refunds, returns or a later copy took all of order `order` (it is left out by
	 * `#dropRefundedLater`): a further return is of no order left.
	 */
	#goneToNothing(order: number): boolean {
		if (!(this.#amountOf.data[order] < 0.005)) return false;
		if (this.#laterRefunds.has(order)) return true;
		const into = this.#returnsInto.get(order);
		if (!into?.droppable) return false;
		// (Asked of an invoice brought to nothing only, seldom: its items are looked up then, once.)
		into.creditsItsOwn ??= this.#creditsAmongItems(this.#itemsOfOrders([[order, into]]), order, into);
		return into.creditsItsOwn;
	}

	/**
	 * Whether an order's credit notes give back only products it had: a credit note is netted into
	 * the customer's latest invoice, and one that gives back products that invoice did not have was
	 * of an earlier invoice, whatever the amounts. (Return rows name no products: theirs, yes.)
	 */
	#creditsAmongItems(itemsOf: Map<number, Set<string>>, order: number, into: ReturnedInto): boolean {
		const items = itemsOf.get(order);
		return into.creditProducts.every((product) => items?.has(product) === true);
	}

	/** The order's `#returnsInto` entry, made with `ref` as its first row where there is none. */
	#returnedInto(order: number, ref: RowRef): ReturnedInto {
		let into = this.#returnsInto.get(order);
		if (!into) {
			const droppable = this.#returnsDrop[this.#fileOf(order)] === true;
			into = {
				ref,
				value: this.#amountOf.data[order],
				returns: 0,
				netted: [],
				credits: [],
				creditAmount: 0,
				creditProducts: [],
				droppable
			};
			this.#returnsInto.set(order, into);
		}
		return into;
	}

	/**
	 * Makes the orders that returns of other rows brought to nothing, to the cent (a UCI invoice and
	 * its credit note, a return of all of the order), refunded in full: left out with the orders their
	 * own refund rows brought to nothing (`#dropRefundedLater`), as a refunded order of a shop's export
	 * is. Their credit notes and return rows are that refund then, not returns of the orders left.
	 * (An order returns took more than its value stays, netted below zero: those returns were of
	 * earlier orders too, and the report warns of customers whose returns exceed their purchases.)
	 */
	#dropReturnedInFull(count: number, apartOnly: number[]): void {
		const amount = this.#amountOf.data;
		// (An invoice of postage alone, and its credit note: no purchase, see `#apartOnlyOrders`.)
		const noPurchase = new Set(apartOnly);
		const candidates = [...this.#returnsInto].filter(
			([order, into]) =>
				into.droppable &&
				order < count &&
				Math.abs(amount[order]) < 0.005 &&
				!this.#laterRefunds.has(order) &&
				!noPurchase.has(order)
		);
		if (candidates.length === 0) return;
		const itemsOf = this.#itemsOfOrders(
			candidates.filter(([, into]) => into.creditProducts.length > 0 && into.creditsItsOwn === undefined)
		);
		// (A credit note netted into several orders stays netted while one of them is kept.)
		const dropped = this.#creditNotesSplit ? new Set<number>() : null;
		const credits: RowRef[] = [];
		for (const [order, into] of candidates) {
			if (!(into.creditsItsOwn ?? this.#creditsAmongItems(itemsOf, order, into))) continue;
			dropped?.add(order);
			amount[order] = 0;
			this.#laterRefunds.set(order, {
				ref: into.ref,
				value: into.value,
				charged: into.value,
				returns: into.returns,
				netted: into.netted
			});
			credits.push(...into.credits);
			this.report.creditNotesNettedAmount -= into.creditAmount;
			// (Its postage and charges leave with it.)
			const apart = this.#apartOf.get(order);
			if (apart)
				for (const kind of ['shipping', 'fees', 'tax'] as const) if (apart[kind]) this.#sum(kind, -apart[kind]);
		}
		const kept = new Set<RowRef>();
		if (dropped)
			for (const [order, into] of this.#returnsInto)
				if (!dropped.has(order)) for (const ref of into.credits) kept.add(ref);
		for (const credit of new Set(credits))
			if (!kept.has(credit)) tallyRemove(this.report.creditNotesNetted, credit);
	}

	/** A return of no order the files have: counted apart, taken off no purchase. */
	#returnWithoutOrder(line: ReturnLine): void {
		tallyAdd((this.skipped.refundWithoutOrder ??= emptyTally()), {
			file: line.file,
			row: line.row,
			value: clip(String(line.amount))
		});
		this.#money.returnsWithoutOrder += -line.sales;
	}

	/** Refund rows of till files with their sale's id read before the sale (see `#settleEarlyRefunds`). */
	#earlyRefunds: ReturnLine[] = [];

	/**
	 * Takes each refund row read before its sale (a file listing the newest rows first) off that
	 * sale, now read: the sale of its id, customer and file, on or before its day. It was counted
	 * as a refund without an order until then.
	 */
	#settleEarlyRefunds(): Set<ReturnLine> {
		const lines = this.#earlyRefunds;
		this.#earlyRefunds = [];
		const settled = new Set<ReturnLine>();
		for (const line of lines) {
			const own = this.#orderById.get(line.key, StringIndex.hash(line.key));
			if (
				own < 0 ||
				this.#fileOf(own) !== line.file ||
				this.customers.values[this.#customerOf.data[own]] !== line.customerId ||
				this.#dayOf.data[own] > line.day ||
				!(this.#amountOf.data[own] > 0)
			)
				continue;
			const ref = { file: line.file, row: line.row };
			const skipped = this.skipped.refundWithoutOrder!;
			tallyRemove(skipped, ref);
			if (skipped.count === 0) delete this.skipped.refundWithoutOrder;
			this.#money.returnsWithoutOrder -= -line.sales;
			this.#netInto(own, line.sales, ref, true);
			this.#takeCost(own, line.cost);
			settled.add(line);
		}
		return settled;
	}

	/** A return's cost of goods taken off the order it is netted into (unknown: the order's becomes unknown). */
	#takeCost(order: number, returned: number): void {
		if (this.#costOf) this.#costOf.data[order] -= Math.abs(returned);
	}

	/** The last product cell read as one product (not a list), and its product (-1: none). */
	#itemCell = '';
	#itemSeen = new CellValues();
	#itemProduct = -1;

	#latestOrderBefore(customer: number, day: number): number {
		if (customer >= this.#latestOrderOf.length) return -1;
		const latest = this.#latestOrderOf.data[customer];
		return latest >= 0 && this.#dayOf.data[latest] <= day ? latest : -1;
	}

	#noteEvidence(raw: string, row: number): 'dmy' | 'mdy' | null {
		const evidence = orderEvidence(raw);
		if (evidence) this.#addEvidence(evidence, raw, row);
		return evidence;
	}

	/** One date of this file that only `order` reads (see `contradictedOrder`). */
	#addEvidence(order: 'dmy' | 'mdy', raw: string, row: number): void {
		const e = this.evidence[this.#file];
		if (order === 'dmy') {
			e.dmy++;
			e.firstDmy ??= { file: this.#file, row, value: clip(raw) };
		} else {
			e.mdy++;
			e.firstMdy ??= { file: this.#file, row, value: clip(raw) };
		}
	}

	/** The order the evidence of a file's dates contradicts its plan with, if it does. */
	contradictedOrder(fileIndex: number, plan: FilePlan): { order: DateOrder; decidedBy: RowRef } | null {
		const e = this.evidence[fileIndex];
		if (!e || plan.dateOrderBasis !== 'default') return null;
		if (plan.dateOrder === 'dmy' && e.mdy > 0 && e.dmy === 0 && e.firstMdy)
			return { order: 'mdy', decidedBy: e.firstMdy };
		if (plan.dateOrder === 'mdy' && e.dmy > 0 && e.mdy === 0 && e.firstDmy)
			return { order: 'dmy', decidedBy: e.firstDmy };
		return null;
	}

	/** Revenue of the kept orders part by part; `netSales` is the sum of their amounts. */
	#breakdown(netSales: number): RevenueBreakdown {
		const m = this.#money;
		const bases = [...m.bases];
		// Discounts read from subtotals above the totals are shown where the file has no discount column.
		const discounts = m.hasDiscounts || m.impliedDiscounts > 0.005 ? m.discounts : null;
		return {
			basis: bases.length === 1 ? bases[0] : bases.length === 0 ? 'orderTotal' : 'mixed',
			grossSales: round2(netSales + m.returns + m.refunds + (discounts ?? 0)),
			discounts: discounts === null ? null : round2(discounts),
			refunds: round2(m.refunds),
			// (Not the float residue of returns added and taken back out in the rows' order: `-0`.)
			returns: round2(m.returns) + 0,
			netSales: round2(netSales),
			// (Rows a file's row-type column marks as tax, shipping or fees are shown where there were any.)
			// (Not a sum's float residue, of amounts added and taken back out: `-0`.)
			tax: m.hasTax || Math.abs(m.tax) >= 0.005 ? round2(m.tax) + 0 : null,
			shipping: m.hasShipping || Math.abs(m.shipping) >= 0.005 ? round2(m.shipping) + 0 : null,
			...(Math.abs(m.fees) >= 0.005 && { fees: round2(m.fees) }),
			totalCharged: m.hasTotals ? round2(m.totalCharged) : null,
			returnsWithoutOrder: round2(m.returnsWithoutOrder) + 0,
			names: { ...m.names },
			...(Object.keys(m.alsoNamed).length > 0 && { alsoNamed: structuredClone(m.alsoNamed) }),
			...(m.impliedDiscounts > 0.005 && { impliedDiscounts: round2(m.impliedDiscounts) }),
			...(m.shippingDiscounts > 0.005 && { shippingDiscounts: round2(m.shippingDiscounts) })
		};
	}

	/** A sum of money, recorded in order when reading a range (so that merging adds in file order). */
	#sum(field: LedgerField, value: number): void {
		if (field === 'refundedAmount') this.report.refundedAmount += value;
		else this.#money[field] += value;
		if (this.#range) (this.#range.ledger[field] ??= new GrowableFloat64(1 << 12)).push(value);
	}

	/**
	 * Makes this accumulator read one byte range of a single file, keeping what `absorb` needs to
	 * tell whether the range's rows depended on earlier ranges'. Call before `beginFile`.
	 * `keyHashes`: keep each order id's hash as it is read (a range that later ranges are checked
	 * against); without them (the file's last range), `absorb` hashes the ids only if it has to
	 * compare them, and the range costs 4 bytes an order less.
	 */
	startRange(keyHashes = true): void {
		this.#range = {
			stateSet: false,
			headKeys: [],
			sideMisses: [],
			pendingMiss: '',
			keyHashes: keyHashes ? new GrowableInt32(this.#dayOf.data.length) : null,
			ledger: {}
		};
	}

	/**
	 * True when a range (not the first) has netted a return or credit note, or found none to net
	 * it into: its merge will be refused (the order it belongs to may be in an earlier range), so
	 * reading further is wasted.
	 */
	get nettedInRange(): boolean {
		const r = this.report;
		return (
			r.negativeRowsNetted.count + r.creditNotesNetted.count + r.creditNotesWithoutOrder.count > 0 ||
			this.#creditLog !== null ||
			(this.skipped.refundWithoutOrder?.count ?? 0) > 0
		);
	}

	/**
	 * Makes this accumulator, which has read the first byte range of a single file (without
	 * `startRange`), the one the file's further ranges are absorbed into, in order; `incoming`:
	 * how many orders they have together.
	 */
	beginMerge(incoming = 0): void {
		this.#settlePendingLine();
		this.#merging = true;
		this.#mergedSpan = this.#orderById.span;
		// Room for exactly the orders still to come (growing by doubling would leave up to half of it spare).
		for (const column of [this.#customerOf, this.#dayOf, this.#amountOf, this.#costOf, this.#timeOf])
			column?.reserveExactly(incoming);
		for (const { index } of this.#dimensions.values()) index.reserveExactly(incoming);
	}

	/** What this range read, to send to the merging accumulator (typed arrays transferable). */
	rangePart(): RangePart {
		const range = this.#range;
		if (!range) throw new Error('rangePart() needs startRange()');
		this.#settlePendingLine();
		this.#settleTotals();
		const count = this.#dayOf.length;
		this.#flushMiss(range);
		const split = Int32Array.from([...this.#splitKeys.keys()].sort((a, b) => a - b));
		const dimensions: RangePart['dimensions'] = [];
		for (const [dim, column] of this.#dimensions)
			dimensions.push({ dim, values: column.dictionary.values, index: column.index.data });
		const r = this.report;
		const ledger: RangePart['ledger'] = {};
		for (const [field, values] of Object.entries(range.ledger) as [LedgerField, GrowableFloat64][])
			ledger[field] = values.toArray();
		return {
			count,
			customer: this.#customerOf.data,
			day: this.#dayOf.data,
			amount: this.#amountOf.data,
			customers: this.customers.values,
			anyOrderIds: this.#anyOrderIds,
			orderIds: this.#orderIds.parts(),
			keyHashes: range.keyHashes && range.keyHashes.data,
			keySpan: this.#orderById.span,
			split,
			sideMisses: range.sideMisses,
			dropped: [...this.#droppedInFile],
			headKeys: range.headKeys,
			lastCur: this.#cur,
			lastKey: this.#curKey,
			dimensions,
			items: this.#items && {
				values: this.#items.dictionary.values,
				count: this.#items.order.length,
				order: this.#items.order.data,
				product: this.#items.product.data,
				sku: this.#items.sku && { values: this.#items.sku.dictionary.values, index: this.#items.sku.index.data }
			},
			cost: this.#costOf && this.#costOf.data,
			time: this.#timeOf && this.#timeOf.data,
			onlyTime: this.#timeOf
				? null
				: this.#onlyTime < 0
					? null
					: { time: this.#onlyTime, from: this.#onlyTimeFrom },
			costKept: [...this.#costKept],
			costLines: [...this.#costLines],
			laterRefunds: [...this.#laterRefunds],
			saleless: [...this.#saleless],
			emailHashes: this.#emailHashes && {
				count: this.#emailHashes.a.length,
				a: this.#emailHashes.a.data,
				b: this.#emailHashes.b.data
			},
			names: this.#names && {
				values: this.#names.dictionary.values,
				count: this.#names.of.length,
				of: this.#names.of.data,
				day: this.#names.day.data
			},
			consent: this.#consent && this.#consent.part(),
			skipped: this.skipped,
			counts: {
				rowsRead: r.rowsRead,
				blankRows: r.blankRows,
				lineItemRows: r.lineItemRows,
				ordersAboveFirstRow: r.ordersAboveFirstRow,
				fileRowsRead: this.files[this.#file]?.rowsRead ?? 0
			},
			tallies: {
				cancelled: r.cancelled,
				testOrders: r.testOrders,
				otherCurrencies: r.otherCurrencies,
				unpaid: r.unpaid,
				fullyRefunded: r.fullyRefunded,
				fullyRefundedShippingKept: r.fullyRefundedShippingKept,
				partlyRefunded: r.partlyRefunded,
				negativeRowsNetted: r.negativeRowsNetted,
				creditNotesNetted: r.creditNotesNetted,
				creditNotesWithoutOrder: r.creditNotesWithoutOrder,
				duplicates: r.duplicates,
				reused: r.reused,
				control: r.control,
				scientificIds: r.scientificIds,
				unpairedSkus: r.unpairedSkus,
				customerFromEmail: r.customerFromEmail,
				customerFromPhone: r.customerFromPhone,
				linesNoSale: r.linesNoSale,
				outcomeConflicts: r.outcomeConflicts,
				differingTotals: r.differingTotals,
				thousandsMended: r.thousandsMended,
				refundUnknown: r.refundUnknown,
				decimalCommaMended: r.decimalCommaMended,
				widerRows: r.widerRows,
				unreadCurrencies: r.unreadCurrencies
			},
			unledgered: {
				returns: this.#money.returns,
				returnsWithoutOrder: this.#money.returnsWithoutOrder,
				creditNotesNettedAmount: r.creditNotesNettedAmount,
				creditNotesWithoutOrderAmount: r.creditNotesWithoutOrderAmount,
				customerlessSales: this.#customerlessKeyless,
				guestSales: this.#guestKeyless
			},
			customerlessOrders: [...this.#customerlessOrders].map(([key, { day, sales, guest }]) => [
				key,
				day,
				sales,
				guest ? 1 : 0
			]),
			// (A payment marked Reversed is settled with them.)
			ledgerReturns: this.#ledgerReturns.length + this.#ledgerReversed.size,
			creditNotes: this.#creditLog?.id.length ?? 0,
			ledger,
			reusedIds: [...r.reusedIds],
			currencies: [...r.currencies],
			amountMarks: [...r.amountMarks],
			unknownStatuses: [...r.unknownStatuses],
			otherUnknownStatuses: r.otherUnknownStatuses,
			testOrderSales: this.#testOrderSales,
			awaitingPayment: this.#awaitingPayment.toArray(),
			awaitingRows: [...this.#awaitingRows],
			evidence: this.evidence[this.#file] ?? { dmy: 0, mdy: 0, firstDmy: null, firstMdy: null }
		};
	}

	/** Whether a range's orders, dropped orders or ids looked up include an id of an order dropped in the earlier ranges. */
	#readsDroppedId(part: RangePart, hashes: () => Int32Array): boolean {
		const dropped = this.#droppedInFile;
		if (part.dropped.some(([key]) => dropped.has(key)) || part.sideMisses.some((key) => dropped.has(key)))
			return true;
		if (!part.anyOrderIds) return false;
		// By hash first: an order's id is read back (a string made) only where a hash matches.
		const droppedHashes = new Set<number>();
		for (const key of dropped.keys()) droppedHashes.add(StringIndex.hash(key));
		const keyHashes = hashes();
		let ids: OrderIdList | null = null;
		for (let i = 0; i < part.count; i++) {
			if (!droppedHashes.has(keyHashes[i])) continue;
			ids ??= OrderIdList.fromParts(part.orderIds);
			if (dropped.has(ids.get(i))) return true;
		}
		return false;
	}

	/**
	 * Appends the rows another accumulator read from the next byte range of the same (single)
	 * file, as if this one had read them: `rowOffset` is the number of rows before that range.
	 * This accumulator read the file's first range (see `beginMerge`).
	 * Returns false, leaving this accumulator unusable, when the range's rows would have been read
	 * differently after the earlier ranges' (an order id or return that refers back, an order
	 * continued over the boundary): the caller then reads the file in one piece. No rows may be
	 * added afterwards, and no range absorbed after the `last`. The part's customer column is
	 * rewritten in place.
	 */
	absorb(part: RangePart, rowOffset: number, last = false): boolean {
		if (!this.#merging) throw new Error('absorb() needs beginMerge()');
		// Returns are netted into the customer's latest order so far, which may lie in an earlier range.
		const t = part.tallies;
		if (t.negativeRowsNetted.count + t.creditNotesNetted.count + t.creditNotesWithoutOrder.count > 0) return false;
		if (part.creditNotes > 0) return false;
		if ((part.skipped.refundWithoutOrder?.count ?? 0) > 0) return false;
		// A payment account's refunds are matched to their payments by id once all is read: the merged
		// orders' ids are not looked up one by one (see `#sharesOrderIds`), so such a file is read whole.
		if (this.#ledgerReturns.length + this.#ledgerReversed.size > 0 || part.ledgerReturns > 0) return false;
		// (Refunds read before their sale are looked up by id once all is read: such a file is read whole.)
		if (this.#earlyRefunds.length > 0) return false;
		// (The sales of rows with no customer are a plain sum: they net into no order.)
		const { customerlessSales: _plainSum, ...netted } = part.unledgered;
		if (Object.values(netted).some((v) => v !== 0)) return false;
		// The range's first rows may continue the order the previous range ended with.
		if (this.#curKey && part.headKeys.includes(this.#curKey)) return false;
		const count = part.count;
		// Each order id's hash: as the range kept them, else from its ids (only when needed).
		let keyHashes = part.keyHashes;
		const hashes = () => (keyHashes ??= OrderIdList.fromParts(part.orderIds).hashes(count));
		// A row of the range whose id an earlier range's order that is no sale has: read whole, it is that order's.
		if (this.#droppedInFile.size > 0 && this.#readsDroppedId(part, hashes)) return false;
		for (const [key, dropped] of part.dropped)
			if (this.#droppedInFile.size < MAX_DROPPED_IDS) this.#droppedInFile.set(key, dropped);
		if (this.#apart(part)) this.mergeChecks.bySpan++;
		else if (this.#sharesOrderIds(part, hashes())) return false;
		else this.mergeChecks.byIds++;
		const base = this.#dayOf.length;
		const customerMap = new Int32Array(part.customers.length);
		this.customers.reserve(part.customers.length);
		for (let i = 0; i < part.customers.length; i++) customerMap[i] = this.customers.indexOf(part.customers[i]);
		if (part.emailHashes) {
			const { count: noted, a, b } = part.emailHashes;
			for (let i = 0; i < noted; i++) if (a[i] !== 0) this.#setEmailHashes(customerMap[i], a[i], b[i]);
		}
		const customers = part.customer.subarray(0, count);
		for (let i = 0; i < count; i++) customers[i] = customerMap[customers[i]];
		// Each of the part's columns is freed as soon as it is copied (not all at the end: at 20 million
		// orders the range's columns are 160 MB, and the copies as much again).
		this.#customerOf.append(customers);
		discard(part.customer);
		this.#dayOf.append(part.day.subarray(0, count));
		discard(part.day);
		this.#amountOf.append(part.amount.subarray(0, count));
		discard(part.amount);
		if (part.cost || this.#costOf) {
			if (!this.#costOf) {
				this.#costOf = new GrowableFloat64(Math.max(1024, (base + count) * 2));
				for (let i = 0; i < base; i++) this.#costOf.push(NaN);
			}
			if (part.cost) this.#costOf.append(part.cost.subarray(0, count));
			else for (let i = 0; i < count; i++) this.#costOf.push(NaN);
		}
		this.#mergeTimes(part, base, count);
		for (const [order, kept] of part.costKept) this.#costKept.set(order + base, kept);
		// (Its orders are the current file's: its run goes on.)
		if (!last) {
			// For the check of the ranges still to come.
			const bits = this.#keyBits;
			if (bits) markKeyHashes(bits, hashes(), OrderIdList.fromParts(part.orderIds), 0, count);
			this.#keyHashOf.append(hashes().subarray(0, count));
			this.#keyHashBase ??= base;
			this.#mergedSpan = spanUnion(this.#mergedSpan, part.keySpan);
		}
		// Its blocks of ids as they came (not an id string each).
		this.#orderIds.appendParts(part.orderIds);
		this.#anyOrderIds ||= part.anyOrderIds;
		for (const { dim, values, index } of part.dimensions) {
			let column = this.#dimensions.get(dim);
			if (!column) {
				column = {
					dictionary: new Dictionary(dimensionFold(dim)),
					index: new GrowableInt32(Math.max(1024, base * 2))
				};
				for (let i = 0; i < base; i++) column.index.push(-1);
				this.#dimensions.set(dim, column);
			}
			const map = Int32Array.from(values, (v) => column.dictionary.indexOf(v));
			const target = column.index;
			target.reserve(count);
			const data = target.data;
			let at = target.length;
			for (let i = 0; i < count; i++) {
				const value = index[i];
				data[at++] = value < 0 ? -1 : map[value];
			}
			target.length = at;
		}
		if (part.items) {
			const items = (this.#items ??= newItemLog(Math.max(1024, part.items.count)));
			const map = Int32Array.from(part.items.values, (v) => items.dictionary.indexOf(v));
			const n = part.items.count;
			items.order.reserve(n);
			items.product.reserve(n);
			const order = items.order.data;
			const product = items.product.data;
			const fromOrder = part.items.order;
			const fromProduct = part.items.product;
			const before = items.order.length;
			let at = before;
			for (let k = 0; k < n; k++, at++) {
				order[at] = fromOrder[k] + base;
				product[at] = fromProduct[k] < 0 ? -1 : map[fromProduct[k]];
			}
			items.order.length = items.product.length = at;
			// Each item's SKU: the part's, where it has them (none for the items before, or after, that have none).
			const fromSku = part.items.sku;
			if (fromSku && !items.sku) items.sku = newSkuLog(before);
			if (items.sku) {
				const sku = items.sku.index;
				sku.reserve(n);
				if (fromSku) {
					const skuMap = Int32Array.from(fromSku.values, (v) => items.sku!.dictionary.indexOf(v));
					for (let k = 0; k < n; k++)
						sku.data[before + k] = fromSku.index[k] < 0 ? -1 : skuMap[fromSku.index[k]];
				} else sku.data.fill(-1, before, before + n);
				sku.length = at;
			}
		}
		if (part.names) {
			// The latest order's name: a later range's wins a tie, as a later row does.
			const names = (this.#names ??= {
				dictionary: new Dictionary(),
				of: new GrowableInt32(),
				day: new GrowableInt32()
			});
			const map = Int32Array.from(part.names.values, (v) => names.dictionary.indexOf(v));
			for (let i = 0; i < part.names.count; i++) {
				const name = part.names.of[i];
				if (name < 0) continue;
				const customer = customerMap[i];
				if (!this.#namedLatest(customer, part.names.day[i])) continue;
				names.of.data[customer] = map[name];
				names.day.data[customer] = part.names.day[i];
			}
		}
		if (part.consent) (this.#consent ??= new ConsentLog()).absorb(part.consent, customerMap);
		const at = (ref: RowRef): RowRef => ({ ...ref, file: this.#file, row: ref.row + rowOffset });
		for (const [order, noted] of part.costLines)
			this.#costLines.set(order + base, { ...noted, ref: at(noted.ref) });
		for (const [order, refund] of part.laterRefunds)
			this.#laterRefunds.set(order + base, { ...refund, ref: at(refund.ref), netted: refund.netted.map(at) });
		// (An order continued in the next range is refused above: each is whole, sale rows and all.)
		for (const [order, only] of part.saleless)
			this.#saleless.set(order + base, {
				...only,
				ref: at(only.ref),
				...(only.noSale && { noSale: { ...only.noSale, rows: only.noSale.rows.map(at) } }),
				...(only.credits && { credits: only.credits.map((credit) => ({ ...credit, ref: at(credit.ref) })) })
			});
		const merge = (into: Tally, from: Tally) => {
			into.count += from.count;
			for (const ref of from.examples) if (into.examples.length < MAX_EXAMPLES) into.examples.push(at(ref));
		};
		for (const [reason, tally] of Object.entries(part.skipped) as [SkipReason, Tally][])
			merge((this.skipped[reason] ??= emptyTally()), tally);
		const r = this.report;
		for (const name of Object.keys(part.tallies) as (keyof RangePart['tallies'])[])
			merge(r[name], part.tallies[name]);
		r.rowsRead += part.counts.rowsRead;
		r.blankRows += part.counts.blankRows;
		r.lineItemRows += part.counts.lineItemRows;
		r.ordersAboveFirstRow += part.counts.ordersAboveFirstRow;
		this.files[this.#file].rowsRead += part.counts.fileRowsRead;
		for (const id of part.reusedIds) r.reusedIds.add(id);
		for (const [code, n] of part.currencies) r.currencies.set(code, (r.currencies.get(code) ?? 0) + n);
		for (const [mark, n] of part.amountMarks) r.amountMarks.set(mark, (r.amountMarks.get(mark) ?? 0) + n);
		for (const [status, n] of part.unknownStatuses) this.#countUnknownStatus(status, n);
		r.otherUnknownStatuses += part.otherUnknownStatuses;
		for (const sales of part.testOrderSales) this.#testOrderSales.push(sales);
		for (let k = 0; k < part.awaitingPayment.length; k++)
			this.#awaitingPayment.push(part.awaitingPayment[k] + base);
		for (const [order, ref] of part.awaitingRows)
			if (this.#awaitingRows.size < AWAITING_EXAMPLES) this.#awaitingRows.set(order + base, at(ref));
		this.#money.returns += part.unledgered.returns;
		this.#money.returnsWithoutOrder += part.unledgered.returnsWithoutOrder;
		r.creditNotesNettedAmount += part.unledgered.creditNotesNettedAmount;
		r.creditNotesWithoutOrderAmount += part.unledgered.creditNotesWithoutOrderAmount;
		this.#customerlessKeyless += part.unledgered.customerlessSales;
		r.customerlessSales += part.unledgered.customerlessSales;
		this.#guestKeyless += part.unledgered.guestSales;
		r.guestSales += part.unledgered.guestSales;
		// As read whole: an order an earlier range counted adds its further lines, never a copy of its total.
		for (const [key, day, sales, guest] of part.customerlessOrders)
			this.#addCustomerlessSales(key, day, sales, guest === 1);
		// Added one by one onto the running total, as reading the file whole adds them.
		for (const [field, values] of Object.entries(part.ledger) as [LedgerField, Float64Array][]) {
			let sum = field === 'refundedAmount' ? r.refundedAmount : this.#money[field];
			for (let i = 0; i < values.length; i++) sum += values[i];
			if (field === 'refundedAmount') r.refundedAmount = sum;
			else this.#money[field] = sum;
		}
		const e = (this.evidence[this.#file] ??= { dmy: 0, mdy: 0, firstDmy: null, firstMdy: null });
		e.dmy += part.evidence.dmy;
		e.mdy += part.evidence.mdy;
		if (!e.firstDmy && part.evidence.firstDmy) e.firstDmy = at(part.evidence.firstDmy);
		if (!e.firstMdy && part.evidence.firstMdy) e.firstMdy = at(part.evidence.firstMdy);
		this.#cur = part.lastCur;
		this.#curKey = part.lastKey;
		// Everything of the part's that took memory has been copied: freed now, not at the next
		// garbage collection (at 20 million orders, about 200 MB while the import stores).
		discard(
			customerMap,
			part.emailHashes?.a,
			part.emailHashes?.b,
			part.cost,
			part.time,
			part.keyHashes,
			part.orderIds.start,
			part.split,
			...part.dimensions.map((d) => d.index),
			part.items?.order,
			part.items?.product,
			part.items?.sku?.index,
			part.names?.of,
			part.names?.day,
			part.consent?.value,
			part.consent?.day,
			part.consent?.time,
			...Object.values(part.ledger)
		);
		return true;
	}

	/**
	 * Frees what only reading the rows needed (the order-id and customer indexes, each customer's
	 * latest order, the merge's hashes) at once, not at the next garbage collection: called once
	 * `finish` has made the result, which keeps what it needs. The accumulator may not be used
	 * afterwards.
	 */
	dispose(): void {
		this.#orderById.dispose();
		this.customers.dispose();
		discard(this.#emailHashes?.a.data, this.#emailHashes?.b.data);
		this.#emailHashes = null;
		for (const { dictionary } of this.#dimensions.values()) dictionary.dispose();
		this.#items?.dictionary.dispose();
		this.#items?.sku?.dictionary.dispose();
		this.#names?.dictionary.dispose();
		this.#consent?.dispose();
		discard(
			this.#latestOrderOf.data,
			this.#timeOf?.data,
			this.#keyHashOf.data,
			this.#keyBits,
			this.#items?.order.data,
			this.#items?.product.data,
			this.#items?.sku?.index.data,
			this.#names?.of.data,
			this.#names?.day.data,
			this.#range?.keyHashes?.data
		);
		this.#keyBits = null;
	}

	/**
	 * True when an order id the range looked up (its orders' ids, and the ids it found nothing
	 * for) is one an earlier range kept: its rows would then have been read as that order's.
	 * (A split order's id was looked up too, and found in the range: checking it is harmless.)
	 * A bit set of the earlier ids' hashes leaves few candidates; only those are compared.
	 */
	#sharesOrderIds(part: RangePart, keyHashes: Int32Array): boolean {
		const bits = this.#keyBitsNow();
		const candidates = new Map<number, string[]>();
		const note = (key: string, hash: number) => {
			const list = candidates.get(hash);
			if (list) list.push(key);
			else candidates.set(hash, [key]);
		};
		const orderIds = OrderIdList.fromParts(part.orderIds);
		for (let i = 0; i < part.count; i++) {
			const h = keyHashes[i] & (KEY_BITS - 1);
			if ((bits[h >> 5] & (1 << (h & 31))) !== 0 && !orderIds.isEmpty(i)) note(orderIds.get(i), keyHashes[i]);
		}
		for (const key of part.sideMisses) {
			const hash = StringIndex.hash(key);
			const h = hash & (KEY_BITS - 1);
			if ((bits[h >> 5] & (1 << (h & 31))) !== 0) note(key, hash);
		}
		if (candidates.size === 0) return false;
		// The first range's ids are in this accumulator's own index; the absorbed ranges' are not.
		for (const [hash, keys] of candidates)
			for (const key of keys) if (this.#orderById.get(key, hash) >= 0) return true;
		const hashes = this.#keyHashOf.data;
		const at = this.#keyHashBase ?? 0;
		for (let j = 0; j < this.#keyHashOf.length; j++) {
			const list = candidates.get(hashes[j]);
			if (!list) continue;
			const key = this.#orderIds.get(at + j);
			if (key && list.includes(key)) return true;
		}
		return false;
	}

	/**
	 * The orders' costs, each partly refunded order's scaled by the share of its net sales it kept
	 * (unknown where none of an order's lines had a cost); and the orders whose cost lacks some
	 * lines' (with a cost for others), how many lines, and the first such rows.
	 */
	#orderCosts(count: number): {
		cost: Float64Array;
		partial: { orders: Tally; lines: number; list: number[] };
	} {
		const cost = this.#costOf!.data.subarray(0, count);
		const partial = { orders: emptyTally(), lines: 0, list: [] as number[] };
		const noted = [...this.#costLines].sort((a, b) => a[0] - b[0]);
		for (const [order, { missing, known, ref }] of noted) {
			if (order >= count) continue;
			if (!known) cost[order] = NaN;
			else if (missing > 0 && cost[order] === cost[order]) {
				tallyAdd(partial.orders, ref);
				partial.lines += missing;
				partial.list.push(order);
			}
		}
		for (const [order, kept] of this.#costKept) cost[order] *= kept;
		return { cost, partial };
	}

	/**
	 * True when the range's order ids, and the ids it looked up in vain, all lie outside the span
	 * of the ids kept so far (ids in order, ranges in order): then it shares none of them.
	 */
	#apart(part: RangePart): boolean {
		const kept = this.#mergedSpan;
		if (kept === 'empty') return true;
		if (kept === 'unknown' || part.keySpan === 'unknown') return false;
		const span = part.keySpan;
		if (span !== 'empty' && compareKeys(span.high, kept.low) >= 0 && compareKeys(span.low, kept.high) <= 0)
			return false;
		return part.sideMisses.every((key) => compareKeys(key, kept.low) < 0 || compareKeys(key, kept.high) > 0);
	}

	/** The bit set of the kept order ids' hashes, made the first time a range needs it. */
	#keyBitsNow(): Int32Array {
		if (this.#keyBits) return this.#keyBits;
		const bits = new Int32Array(KEY_BITS >> 5);
		this.#orderById.markHashes(bits, KEY_BITS - 1);
		const at = this.#keyHashBase ?? 0;
		markKeyHashes(bits, this.#keyHashOf.data, this.#orderIds, at, this.#keyHashOf.length);
		this.#keyBits = bits;
		return bits;
	}

	get orderCount(): number {
		return this.#dayOf.length;
	}

	finish(): OrdersResult {
		this.#settlePendingLine();
		this.#settleTotals();
		this.#dropCustomerlessCopies();
		this.#settleLedgerReturns();
		this.#settleUnplacedReturns(this.#settleEarlyRefunds());
		this.#settleCreditNotes();
		const read = this.#dayOf.length;
		const apartOnly = this.#apartOnlyOrders(read);
		this.#settleApartCredits(read, apartOnly);
		this.#dropReturnedInFull(read, apartOnly);
		this.#dropReturnedItems();
		const count = this.#dropRefundedLater(read, apartOnly);
		// Views, not copies: the import holds one set of columns, not two.
		const columns: OrderColumns = {
			count,
			customer: this.#customerOf.data.subarray(0, count),
			day: this.#dayOf.data.subarray(0, count),
			amount: this.#amountOf.data.subarray(0, count)
		};
		let revenue = 0;
		let zero = 0;
		let firstDay = Infinity;
		let lastDay = -Infinity;
		for (let i = 0; i < count; i++) {
			const a = columns.amount[i];
			revenue += a;
			if (a === 0) zero++;
			const d = columns.day[i];
			if (d < firstDay) firstDay = d;
			if (d > lastDay) lastDay = d;
		}
		const joined = this.#renumberCustomers(columns.customer, count < read);
		const customers = joined.customers;
		const ids = this.#anyOrderIds ? this.#orderIds : null;
		// (Orders all of one time of day, as `#onlyTime` keeps them, are told apart by their numbers alone.)
		if (this.#timeOf || (this.#onlyTime >= 0 && ids)) {
			const only = this.#onlyTime;
			const from = this.#onlyTimeFrom;
			const firstOfDay = firstOrdersByTime(
				columns,
				customers.length,
				this.#timeOf ? this.#timeOf.data : (order) => (order >= from ? only : -1),
				ids && ((order) => ids.get(order))
			);
			if (firstOfDay.length > 0) columns.firstOfDay = firstOfDay;
			// (Only that needed the times.)
			if (this.#timeOf) discard(this.#timeOf.data);
			this.#timeOf = null;
		}
		const net = new Float64Array(customers.length);
		for (let i = 0; i < count; i++) net[columns.customer[i]] += columns.amount[i];
		const negativeNet = net.reduce((n, v) => (v < 0 ? n + 1 : n), 0);
		discard(net);

		const dimensions: OrdersResult['dimensions'] = {};
		for (const [dim, column] of this.#dimensions) {
			if (column.dictionary.size > 0)
				dimensions[dim] = {
					values: column.dictionary.values,
					index: column.index.data.subarray(0, count)
				};
		}
		const awaitingPayment = this.#awaitingPaymentOf(count, columns.amount);
		const warnings: ImportReport['warnings'] = [];
		const { currencyCounts, currencyFrom } = currenciesOfFile(
			this.report.currencies,
			this.report.amountMarks,
			warnings
		);
		const currencies = Object.keys(currencyCounts);
		if (currencies.length > 1) warnings.push({ code: 'severalCurrencies', counts: currencyCounts });
		const unread = this.report.unreadCurrencies;
		if (unread.count > 0) warnings.push({ code: 'unreadCurrency', count: unread.count, examples: unread.examples });
		if (negativeNet > 0) warnings.push({ code: 'negativeNetCustomers', count: negativeNet });
		const costs = this.#costOf && this.#orderCosts(count);
		if (costs && costs.partial.orders.count > 0) {
			let known = 0;
			for (let i = 0; i < count; i++) if (costs.cost[i] === costs.cost[i]) known++;
			const { orders, lines } = costs.partial;
			warnings.push({
				code: 'costPartial',
				count: orders.count,
				examples: orders.examples,
				lines,
				complete: known - orders.count,
				orders: count
			});
		}
		if (this.report.unknownStatuses.size > 0) {
			const byCount = [...this.report.unknownStatuses].sort((a, b) => b[1] - a[1]);
			const named = byCount.slice(0, NAMED_UNKNOWN_STATUSES);
			const others = byCount.slice(NAMED_UNKNOWN_STATUSES);
			warnings.push({
				code: 'unknownStatuses',
				count: byCount.reduce((n, [, k]) => n + k, 0) + this.report.otherUnknownStatuses,
				counts: Object.fromEntries(named),
				otherStatuses: others.length + (this.report.otherUnknownStatuses > 0 ? 1 : 0)
			});
		}
		if (this.report.reused.count > 0) {
			warnings.push({
				code: 'orderIdReused',
				count: this.report.reused.count,
				ids: this.report.reusedIds.size,
				examples: this.report.reused.examples
			});
		}
		// Only where some order's further rows are worth more than its first row can the first rows
		// be items rather than each order's total.
		if (this.report.differingTotals.count > 0 && this.report.ordersAboveFirstRow > 0) {
			warnings.push({
				code: 'differingTotals',
				count: this.report.differingTotals.count,
				examples: this.report.differingTotals.examples
			});
		}
		for (const [file, f] of this.files.entries())
			if (f?.sameAs !== undefined) warnings.push({ code: 'sameFile', file, sameAs: f.sameAs });
		if (this.report.contentCopies.count > 0)
			warnings.push({
				code: 'contentDuplicates',
				count: this.report.contentCopies.count,
				examples: this.report.contentCopies.examples
			});
		if (this.report.outcomeConflicts.count > 0) {
			warnings.push({
				code: 'duplicateOutcomes',
				count: this.report.outcomeConflicts.count,
				examples: this.report.outcomeConflicts.examples
			});
		}
		// The warnings that are a tally of rows and no more: said where the tally has any.
		const fromTally = (
			code: 'refundAmountUnknown' | 'decimalCommaMended' | 'thousandsMended' | 'widerRows',
			{ count, examples }: Tally
		) => {
			if (count > 0) warnings.push({ code, count, examples });
		};
		fromTally('refundAmountUnknown', this.report.refundUnknown);
		fromTally('decimalCommaMended', this.report.decimalCommaMended);
		fromTally('thousandsMended', this.report.thousandsMended);
		fromTally('widerRows', this.report.widerRows);
		if (this.report.control.count > 0) {
			warnings.push({
				code: 'controlCharacters',
				count: this.report.control.count,
				examples: this.report.control.examples
			});
		}
		if (this.report.unpairedSkus.count > 0) {
			warnings.push({
				code: 'unpairedSkus',
				count: this.report.unpairedSkus.count,
				examples: this.report.unpairedSkus.examples
			});
		}
		if (this.report.scientificIds.count > 0) {
			warnings.push({
				code: 'scientificIds',
				count: this.report.scientificIds.count,
				examples: this.report.scientificIds.examples
			});
		}
		if (this.report.customerFromEmail.count > 0) {
			warnings.push({
				code: 'customerFromEmail',
				count: this.report.customerFromEmail.count,
				examples: this.report.customerFromEmail.examples,
				column: this.#emailColumnName
			});
		}
		if (this.report.customerFromPhone.count > 0) {
			warnings.push({
				code: 'customerFromPhone',
				count: this.report.customerFromPhone.count,
				examples: this.report.customerFromPhone.examples,
				column: this.#phoneColumnName
			});
		}
		if (this.#phoneCountry?.given) warnings.push({ code: 'phonesGivenCountry', ...this.#phoneCountry.given });
		if (this.#phoneCountry?.keptApart)
			warnings.push({ code: 'phonesKeptApart', count: this.#phoneCountry.keptApart });
		if (joined.guests > 0) {
			warnings.push({
				code: 'guestsJoined',
				count: joined.guests,
				orders: joined.orders,
				column: this.#emailColumnName
			});
		}
		for (const [i, e] of this.evidence.entries()) {
			const plan = this.files[i];
			if (!e || !plan) continue;
			const against = plan.dateOrder === 'dmy' ? e.mdy : plan.dateOrder === 'mdy' ? e.dmy : 0;
			const examples = plan.dateOrder === 'dmy' ? e.firstMdy : e.firstDmy;
			if (against > 0 && examples)
				warnings.push({ code: 'dateOrderConflicts', count: against, examples: [examples] });
		}

		const report: ImportReport = {
			kind: 'orders',
			files: this.files,
			rowsRead: this.report.rowsRead,
			blankRows: this.report.blankRows,
			lineItemRows: this.report.lineItemRows,
			ordersKept: count,
			customers: customers.length,
			skipped: this.skipped,
			cancelled: this.report.cancelled,
			...(this.report.testOrders.count > 0 && {
				testOrders: {
					orders: this.report.testOrders,
					sales: round2(this.#testOrderSales.reduce((sum, sales) => sum + sales, 0))
				}
			}),
			...(this.report.otherCurrencies.count > 0 && {
				otherCurrencies: { orders: this.report.otherCurrencies, kept: this.#onlyCurrency ?? '' }
			}),
			...(this.report.linesNoSale.count > 0 && { linesNoSale: this.report.linesNoSale }),
			unpaid: this.report.unpaid,
			...(awaitingPayment && { awaitingPayment }),
			refunds: {
				fullyRefunded: this.report.fullyRefunded,
				...(this.report.fullyRefundedShippingKept.count > 0 && {
					fullyRefundedShippingKept: this.report.fullyRefundedShippingKept
				}),
				partlyRefunded: this.report.partlyRefunded,
				refundedAmount: round2(this.report.refundedAmount),
				negativeRowsNetted: this.report.negativeRowsNetted
			},
			creditNotes: {
				netted: this.report.creditNotesNetted,
				withoutOrder: this.report.creditNotesWithoutOrder,
				nettedAmount: round2(this.report.creditNotesNettedAmount),
				withoutOrderAmount: round2(this.report.creditNotesWithoutOrderAmount)
			},
			...(this.report.apartOnly.count > 0 && {
				apartOnly: {
					orders: this.report.apartOnly,
					amount: round2(this.report.apartOnlyAmount),
					creditNotes: this.report.apartOnlyCreditNotes
				}
			}),
			revenueBreakdown: this.#breakdown(revenue),
			...(this.report.itemsReturned.lines > 0 && { itemsReturned: { ...this.report.itemsReturned } }),
			...(round2(this.report.customerlessSales) !== 0 && {
				customerlessSales: round2(this.report.customerlessSales)
			}),
			...(round2(this.report.guestSales) !== 0 && { guestSales: round2(this.report.guestSales) }),
			duplicates: this.report.duplicates,
			zeroValueOrders: zero,
			firstDay: count ? firstDay : null,
			lastDay: count ? lastDay : null,
			revenue: round2(revenue),
			currency: currencies[0] ?? null,
			...(currencyFrom && { currencyFrom }),
			warnings
		};
		return {
			kind: 'orders',
			columns,
			customers,
			orderIds: this.#anyOrderIds ? this.#orderIds : null,
			dimensions,
			items: this.#items && itemsByOrder(this.#items, count),
			names: this.#names && customerNames(this.#names, joined.newIndex, customers.length),
			consent: this.#consent && this.#consentResult(joined.newIndex, customers.length),
			cost: costs && costs.cost,
			costPartial: costs && costs.partial.list.length > 0 ? Int32Array.from(costs.partial.list) : null,
			report
		};
	}
}

/** How many rows of orders kept while their payment was not complete are kept, for the report's examples. */
const AWAITING_EXAMPLES = 64;

/** Orders of files past this one compare their times as this one's (the file fits the time's bits). */
const MAX_TIMED_FILE = 8191;

/**
 * The orders that are their customer's first by time but not by file order: for each customer,
 * the first order of their first day is the one with the earliest time (`time`, see `#timeOf`; of
 * two files, the earlier file's), where both it and the order it is compared with have a time; of
 * two with the very same time (a UCI file's invoices of one minute), the lower order number
 * (`idOf`, by `compareKeys`: "999" before "1000"), so the rows' order does not decide it; else the
 * earlier in the file. Listed, in index order, only where it is not already the first of
 * that day in file order (as `indexCustomers` takes it without this list): Shopify lists the newest
 * order first, so of two orders on a day the later is the earlier row. Empty for files whose
 * orders are in time order (oldest first) or have no times.
 */
export function firstOrdersByTime(
	columns: OrderColumns,
	customerCount: number,
	times: Int32Array | ((order: number) => number),
	idOf: ((order: number) => string) | null = null
): Int32Array {
	const { count, customer, day } = columns;
	const time = typeof times === 'function' ? times : (order: number) => times[order];
	// Each customer's first order by day then file order, and by day then time.
	const byRow = new Int32Array(customerCount).fill(-1);
	const byTime = new Int32Array(customerCount).fill(-1);
	for (let i = 0; i < count; i++) {
		const c = customer[i];
		const first = byRow[c];
		if (first < 0 || day[i] < day[first]) {
			byRow[c] = i;
			byTime[c] = i;
			continue;
		}
		const best = byTime[c];
		if (day[i] !== day[best]) continue;
		const t = time(i);
		const tb = time(best);
		if (t < 0 || tb < 0) continue;
		if (t < tb || (t === tb && idOf && compareKeys(idOf(i), idOf(best)) < 0)) byTime[c] = i;
	}
	let n = 0;
	for (let c = 0; c < customerCount; c++) if (byTime[c] !== byRow[c]) n++;
	const list = new Int32Array(n);
	n = 0;
	for (let c = 0; c < customerCount; c++) if (byTime[c] !== byRow[c]) list[n++] = byTime[c];
	discard(byRow, byTime);
	return list.sort();
}

/**
 * Names a part of revenue after a file's column: the first name found, and each other file's
 * different name beside it (a Shopify file's "Shipping" and a UCI file's "StockCode" both gave
 * shipping; the report named only the first). A column with no header names nothing.
 */
function nameSource(
	money: { names: Partial<Record<RevenuePart, string>>; alsoNamed: Partial<Record<RevenuePart, string[]>> },
	part: RevenuePart,
	header: string | undefined
): void {
	const name = header?.trim();
	if (!name) return;
	const first = money.names[part];
	if (first === undefined) money.names[part] = name;
	else if (first !== name && !money.alsoNamed[part]?.includes(name)) (money.alsoNamed[part] ??= []).push(name);
}

/** Each customer's name index, one per customer (-1 for those with none). */
function customerNames(names: NameLog, newIndex: Int32Array | null, customers: number): CustomerNames {
	const index = new Int32Array(customers).fill(-1);
	const of = names.of.data.subarray(0, Math.min(names.of.length, newIndex ? newIndex.length : customers));
	if (!newIndex) {
		index.set(of);
		return { values: names.dictionary.values, index };
	}
	// A joined guest's name is the customer's where it came from a later order (see `#renumberCustomers`).
	const day = new Int32Array(customers);
	for (let i = 0; i < of.length; i++) {
		const name = of[i];
		if (name < 0) continue;
		const customer = newIndex[i];
		if (customer < 0 || (index[customer] >= 0 && day[customer] >= names.day.data[i])) continue;
		index[customer] = name;
		day[customer] = names.day.data[i];
	}
	return { values: names.dictionary.values, index };
}

function newItemLog(capacity: number): ItemLog {
	return {
		dictionary: new Dictionary(),
		order: new GrowableInt32(capacity),
		product: new GrowableInt32(capacity),
		sku: null
	};
}

/** An item log's SKUs, started with `items` items before that have none (-1), room for `capacity`. */
function newSkuLog(items: number, capacity = items): NonNullable<ItemLog['sku']> {
	const index = new GrowableInt32(Math.max(1024, capacity));
	for (let k = 0; k < items; k++) index.push(-1);
	return { dictionary: new Dictionary(), index };
}

/** Whether a cell of a list column lists more than one product, or one with its quantity ("2× Mug"): else it is a name. */
function isProductList(raw: string): boolean {
	return raw.includes(PRODUCT_LIST_SEPARATOR) || raw.includes(LISTED_QUANTITY_MARK);
}

/**
 * The line items grouped by order, a product repeated within an order kept once; with SKUs, a
 * (product, SKU) pair repeated kept once (see `groupItemsByOrder`).
 */
function itemsByOrder(log: ItemLog, count: number): OrderItems {
	const n = log.order.length;
	const orderOf = log.order.data;
	const productOf = log.product.data;
	if (n === count && oneEachInOrder(orderOf, n)) {
		// One line item an order, read in order (a file with a product cell on each order's one row):
		// the same result without the sort's two arrays of a number an item.
		const start = new Int32Array(count + 1);
		for (let i = 1; i <= count; i++) start[i] = i;
		const items: OrderItems = { values: log.dictionary.values, start, product: productOf.slice(0, n) };
		if (log.sku) items.skus = { values: log.sku.dictionary.values, index: log.sku.index.data.slice(0, n) };
		return items;
	}
	const read = { count: n, order: orderOf, product: productOf, sku: log.sku?.index.data ?? null };
	const grouped = groupItemsByOrder(read, count, log.dictionary.size);
	const items: OrderItems = { values: log.dictionary.values, start: grouped.start, product: grouped.product };
	if (log.sku) items.skus = { values: log.sku.dictionary.values, index: grouped.sku! };
	return items;
}

/** True when line item k is of order k, for every k < n. */
function oneEachInOrder(orderOf: Int32Array, n: number): boolean {
	for (let k = 0; k < n; k++) if (orderOf[k] !== k) return false;
	return true;
}

/** Size of the bit set of order-id hashes when merging ranges (2 MB). */
const KEY_BITS = 1 << 24;

/** Sets the bits of `hashes[0 .. count)` whose order (`ids[at + i]`) has an id. */
function markKeyHashes(bits: Int32Array, hashes: Int32Array, ids: OrderIdList, at: number, count: number): void {
	for (let i = 0; i < count; i++) {
		const h = hashes[i] & (KEY_BITS - 1);
		if (!ids.isEmpty(at + i)) bits[h >> 5] |= 1 << (h & 31);
	}
}

/** The span of two sets of keys together (their hull). */
function spanUnion(a: KeySpan, b: KeySpan): KeySpan {
	if (a === 'empty') return b;
	if (b === 'empty') return a;
	if (a === 'unknown' || b === 'unknown') return 'unknown';
	return {
		low: compareKeys(a.low, b.low) <= 0 ? a.low : b.low,
		high: compareKeys(a.high, b.high) >= 0 ? a.high : b.high
	};
}

/** Sums of money that rows of any range add to (the others change only when a return is netted). */
type LedgerField =
	| 'refundedAmount'
	| 'refunds'
	| 'tax'
	| 'shipping'
	| 'fees'
	| 'discounts'
	| 'impliedDiscounts'
	| 'shippingDiscounts'
	| 'totalCharged';

interface RangeLog {
	/** Whether a row has set the current order yet: until then rows compare with the previous range's. */
	stateSet: boolean;
	/** Order ids of the rows before that. */
	headKeys: string[];
	/** Order ids looked up and not found that did not become an (unsplit) order. */
	sideMisses: string[];
	/** The current row's id, when its lookup found nothing (until it becomes an order). */
	pendingMiss: string;
	/** `StringIndex.hash` of each order's id (0 when none), when kept. */
	keyHashes: GrowableInt32 | null;
	ledger: Partial<Record<LedgerField, GrowableFloat64>>;
}

/**
 * What an accumulator read from one byte range of a file, for `absorb`. Row numbers in it count
 * from the range's first row; typed arrays may be longer than `count` (transferable as they are).
 */
export interface RangePart {
	count: number;
	customer: Int32Array;
	day: Int32Array;
	amount: Float64Array;
	customers: string[];
	anyOrderIds: boolean;
	/** The range's order ids, joined (see `OrderIdList.parts`). */
	orderIds: OrderIdParts;
	/**
	 * `StringIndex.hash` of each order id (0 when empty); may be longer than `count`. Null when the
	 * range did not keep them (see `OrderAccumulator.startRange`).
	 */
	keyHashes: Int32Array | null;
	/** Where the range's order ids lie (the span of its order-id index, see `StringIndex.span`). */
	keySpan: KeySpan;
	/** Orders keyed by id + customer [+ day] because another order had their id. */
	split: Int32Array;
	/** Order ids looked up and not found that did not become an (unsplit) order of the range. */
	sideMisses: string[];
	/** The range's orders that are no sale, whose rows may lie apart (see `#droppedInFile`). */
	dropped: [string, DroppedOrder][];
	headKeys: string[];
	lastCur: number;
	lastKey: string;
	/** Each dimension's values and its orders' indexes (may be longer than `count`). */
	dimensions: { dim: Dimension; values: string[]; index: Int32Array }[];
	/** The range's line items (orders counted from the range's first); arrays may be longer than `count`. */
	items: {
		values: string[];
		count: number;
		order: Int32Array;
		product: Int32Array;
		/** Each item's SKU (-1: none), into `values`; null when the range read no SKU column. */
		sku: { values: string[]; index: Int32Array } | null;
	} | null;
	/** The range's orders' costs of goods (NaN unknown), may be longer than `count`; null without a cost column. */
	cost: Float64Array | null;
	/** The range's orders' times of day (see `#timeOf`), may be longer than `count`; null when its dates had none, or one time only. */
	time: Int32Array | null;
	/** Without `time`: the one time its orders had from order `from` on (those before, none); null when none had a time. */
	onlyTime: { time: number; from: number } | null;
	/** Partly refunded orders of the range (counted from its first) and the share of net sales each kept. */
	costKept: [number, number][];
	/** Orders of the range (counted from its first) with a row without a cost (see `#costLines`). */
	costLines: [number, CostLines][];
	/** Orders of the range (counted from its first) with refund rows dated after them (see `#laterRefunds`). */
	laterRefunds: [number, LaterRefund][];
	/** The range's orders with no sale row, only shipping, fee or tax rows (see `OrderAccumulator.#saleless`). */
	saleless: [number, SalelessOrder][];
	/** The range's customers' e-mail hashes (see `#emailHashes`); arrays may be longer than `count`. */
	emailHashes: { count: number; a: Int32Array; b: Int32Array } | null;
	/** The range's customers' names (`of`, -1 none) and the days of the orders they came from; arrays may be longer than `count`. */
	names: { values: string[]; count: number; of: Int32Array; day: Int32Array } | null;
	/** The range's customers' e-mail marketing consent (see `ConsentLog`), or null when its file has no consent column. */
	consent?: ConsentPart | null;
	skipped: Partial<Record<SkipReason, Tally>>;
	counts: {
		rowsRead: number;
		blankRows: number;
		lineItemRows: number;
		ordersAboveFirstRow: number;
		fileRowsRead: number;
	};
	tallies: Record<
		| 'cancelled'
		| 'testOrders'
		| 'otherCurrencies'
		| 'unpaid'
		| 'fullyRefunded'
		| 'fullyRefundedShippingKept'
		| 'partlyRefunded'
		| 'negativeRowsNetted'
		| 'creditNotesNetted'
		| 'creditNotesWithoutOrder'
		| 'duplicates'
		| 'reused'
		| 'control'
		| 'scientificIds'
		| 'unpairedSkus'
		| 'customerFromEmail'
		| 'customerFromPhone'
		| 'linesNoSale'
		| 'outcomeConflicts'
		| 'differingTotals'
		| 'thousandsMended'
		| 'refundUnknown'
		| 'decimalCommaMended'
		| 'widerRows'
		| 'unreadCurrencies',
		Tally
	>;
	unledgered: {
		returns: number;
		returnsWithoutOrder: number;
		creditNotesNettedAmount: number;
		creditNotesWithoutOrderAmount: number;
		/** But those of `customerlessOrders`. */
		customerlessSales: number;
		/** Of those, guests' (see `#guestKeyless`). */
		guestSales: number;
	};
	/**
	 * The customerless orders whose sales the range counted (see `#addCustomerlessSales`): id, day,
	 * sales and whether a guest's (1).
	 */
	customerlessOrders: [string, number, number, number][];
	/** A payment account's refunds, reversals and chargebacks held in the range (see `#readLedgerRow`). */
	ledgerReturns: number;
	/** The credit notes the range read: netted once all is read, into invoices an earlier range may have. */
	creditNotes: number;
	ledger: Partial<Record<LedgerField, Float64Array>>;
	reusedIds: string[];
	currencies: [string, number][];
	amountMarks: [string, number][];
	unknownStatuses: [string, number][];
	otherUnknownStatuses: number;
	/** The sales of the range's test orders, in the order read (see `#testOrderSales`). */
	testOrderSales: number[];
	/** The range's orders (counted from its first) kept while their payment was not complete (see `#awaitingPayment`). */
	awaitingPayment: Int32Array;
	/** The rows of the first few of them (see `#awaitingRows`). */
	awaitingRows: [number, RowRef][];
	evidence: DateEvidence;
}

/** A second 32-bit hash of a text, independent of `StringIndex.hash` (MurmurHash2's mixing). */
function secondHash(text: string): number {
	let h = 0x9747b28c ^ text.length;
	for (let i = 0; i < text.length; i++) {
		h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
		h ^= h >>> 15;
	}
	return h | 0;
}

/** A control character as its visible symbol (␀ for NUL), to show where one was removed. */
function visibleControl(ch: string): string {
	const code = ch.charCodeAt(0);
	return code < 32 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
}

/** How strongly a status keeps an order from being a sale: of an order's two statuses, the stronger counts. */
const STATUS_WEIGHT: Record<StatusClass, number> = { kept: 0, unknown: 1, unpaid: 2, refunded: 3, cancelled: 4 };

function near(a: number, b: number): boolean {
	return Math.abs(a - b) < 0.005;
}

function clip(value: string): string {
	return value.length > 60 ? value.slice(0, 57) + '…' : value;
}

/** Whether a status says the order was partly refunded (Shopify's `partially_refunded`). */
function saysPartlyRefunded(status: string): boolean {
	// (Read for every order: the statuses shorter than "partly refund", most of them, need no test.)
	return status.length >= 13 && /partial|partly/i.test(status) && /refund/i.test(status);
}

/** Whether a refund of `refunded` takes back the whole order of `amount` (an order refunded in full). */
function refundedInFull(refunded: number, amount: number): boolean {
	return refunded > 0 && amount > 0 && refunded >= amount;
}

function round2(value: number): number {
	return Math.round(value * 100) / 100;
}

/**
 * A date cell without the time it may have: what comes before the first colon's hour ("2023-12-31
 * 00:00:00" → "2023-12-31", "12/31/2023 0:00" → "12/31/2023"); a cell without a colon as it is.
 */
function dateOnly(dateRaw: string): string {
	const colon = dateRaw.indexOf(':');
	if (colon < 0) return dateRaw.trim();
	let cut = colon;
	while (cut > 0 && isDigit(dateRaw.charCodeAt(cut - 1))) cut--;
	// (An ISO "2023-12-31T00:00" has a T before its hour.)
	if (cut > 0 && (dateRaw[cut - 1] === 'T' || dateRaw[cut - 1] === 't')) cut--;
	return dateRaw.slice(0, cut).trim();
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * A 53-bit hash of a string (cyrb53): rows of different content have the same one by chance once
 * in 2^53, so that a set of them holds numbers, not the rows' text.
 */
function rowHash(text: string): number {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
