import type { AmountMode, ColumnMapping, LayoutId } from './layouts';
import type { PaymentLedger } from './payments';
import type { DateOrder } from './sniff/dates';
import type { NumericDates } from './sniff/numeric-dates';
import type { Delimiter, Newline } from './sniff/delimiter';
import type { TextEncoding } from './sniff/encoding';
import type { AmountDecimal } from './sniff/numbers';
import type { DateOrderBasis, FileReport, ImportWarning, RowRef } from './report';

/** Everything needed to read one file: what was sniffed, what the user confirmed or changed. */
export interface FilePlan {
	name: string;
	size: number;
	layout: LayoutId;
	hasHeader: boolean;
	mapping: ColumnMapping;
	amountMode: AmountMode;
	encoding: TextEncoding;
	bomLength: number;
	/**
	 * UTF-8 was taken from sampled bytes that were all plain ASCII (not from UTF-8's own letters, a
	 * byte order mark or the user): a later byte that is no UTF-8 makes the import read the file
	 * again in the code page those bytes are in (see `readRows`).
	 */
	utf8FromSample?: true;
	delimiter: Delimiter;
	newline: Newline;
	decimal: AmountDecimal;
	dateOrder: DateOrder;
	dateOrderBasis: DateOrderBasis;
	dateOrderDecidedBy: RowRef | null;
	/** When the basis is `conflicting`: a value that can only be read the other way. */
	dateOrderConflict?: RowRef | null;
	/**
	 * The dates are numbers of this kind (see `numeric-dates`), not dates as written; then
	 * `dateOrderDecidedBy` is the first of them, to show how one is read.
	 */
	numericDates?: NumericDates;
	/** The row (1 = the file's first line) of the header, or of the first data row; rows above it are skipped. */
	headerRow?: number;
	/** The header of each column, to name the revenue parts as the file does. */
	headers?: string[];
	/** Time unit of a per-customer summary file's recency and T. */
	summaryUnit?: 'days' | 'weeks' | 'months';
	/** A payment account's activity (PayPal's): which rows are purchases and refunds (see `payments.ts`). */
	paymentLedger?: PaymentLedger;
	/**
	 * The product column lists each order's items with their quantities ("Mug x 2, Tee x 1",
	 * "Mug × 2 | Tee × 1"), as the sample shows in every filled cell (see `quantityListColumn`).
	 */
	productQuantities?: true;
	/**
	 * The columns whose sampled values are people's names (see `customerValuesOf`): where the
	 * customer column is one of them, however it was chosen, names that differ only in letter case
	 * or spaces are one customer (see `normaliseCustomerName`).
	 */
	nameColumns?: number[];
	/**
	 * Only the orders in this currency are imported (a code, or a mark several currencies share, as
	 * the report counts currencies: see `currencyLabelOf`), as the user chose in the review of a file
	 * whose orders are in several: amounts are never converted, so a data set of one currency has
	 * figures in it. Orders of the others are left out and counted (`ImportReport.otherCurrencies`);
	 * an order whose currency cell is empty or names no currency is kept.
	 */
	onlyCurrency?: string;
	/** Rows the file probably has (its size over the sampled bytes per row), to size buffers. */
	estimatedRows?: number;
	/** What the inspection noticed that the report should repeat (e.g. mixed date styles). */
	warnings?: ImportWarning[];
}

/** How a file's dates are read (the plan's date fields), from the guess of its date column. */
export type DatePlan = Pick<
	FilePlan,
	'dateOrder' | 'dateOrderBasis' | 'dateOrderDecidedBy' | 'dateOrderConflict' | 'numericDates'
>;

/** The date fields of a plan with no date column, or one whose values are not dates (each row then says so). */
export const NO_DATE_PLAN: DatePlan = { dateOrder: 'ymd', dateOrderBasis: 'not-needed', dateOrderDecidedBy: null };

/**
 * Whether a file's orders can be told from another file's only by their content: it has no order id
 * column (a per-customer summary and a payment ledger are not orders read row by row). Such files are
 * compared whole (`sameFiles`) and row by row (the import's content copies), and the review says so.
 */
export function matchedByContent(plan: FilePlan): boolean {
	return plan.layout !== 'summary' && !plan.paymentLedger && plan.mapping.orderId === undefined;
}

/** A file's line in the report, from the plan it was read with (no rows read yet). */
export function fileReport(plan: FilePlan): FileReport {
	const datesRead = plan.layout !== 'summary';
	return {
		name: plan.name,
		size: plan.size,
		layout: plan.layout,
		encoding: plan.encoding,
		delimiter: plan.delimiter,
		decimal: plan.decimal,
		dateOrder: plan.dateOrder,
		dateOrderBasis: datesRead ? plan.dateOrderBasis : 'not-needed',
		dateOrderDecidedBy: datesRead ? plan.dateOrderDecidedBy : null,
		...(datesRead && plan.numericDates ? { numericDates: plan.numericDates } : {}),
		amountMode: plan.amountMode,
		hasHeader: plan.hasHeader,
		...(plan.headerRow && plan.headerRow > 1 ? { headerRow: plan.headerRow } : {}),
		...(plan.paymentLedger && { paymentLedger: true as const }),
		...(plan.headers && { customerColumns: customerColumnsOf(plan, plan.headers) }),
		rowsRead: 0
	};
}

/** The headers of a plan's customer, customer e-mail and customer phone columns, those it maps. */
function customerColumnsOf(plan: FilePlan, headers: readonly string[]): string[] {
	const { customer, customerEmail, customerPhone } = plan.mapping;
	return [customer, customerEmail, customerPhone]
		.filter((column): column is number => column !== undefined)
		.map((column) => headers[column] ?? '')
		.filter((header) => header !== '');
}

/** The kind of export a file is, as the review names it: its layout, or a payment ledger. */
export type ExportKind = LayoutId | 'paymentLedger';

export function exportKindOf(file: { layout: LayoutId; paymentLedger?: unknown }): ExportKind {
	return file.paymentLedger ? 'paymentLedger' : file.layout;
}

/**
 * The files chosen together grouped by the kind of export each is, when they are of more than one
 * kind (a Shopify export beside a UCI file): such files most likely come from different shops or
 * systems, perhaps in different currencies, and the review says they become one data set. Each
 * kind lists its files' indexes, in the order first chosen. Empty when all are of one kind.
 */
export function mixedExportKinds(
	plans: readonly Pick<FilePlan, 'layout' | 'paymentLedger'>[]
): { kind: ExportKind; files: number[] }[] {
	const kinds = new Map<ExportKind, number[]>();
	plans.forEach((plan, index) => {
		const kind = exportKindOf(plan);
		kinds.set(kind, [...(kinds.get(kind) ?? []), index]);
	});
	return kinds.size < 2 ? [] : [...kinds].map(([kind, files]) => ({ kind, files }));
}
