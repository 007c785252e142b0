import type { TextEncoding } from './sniff/encoding';
import type { DateOrder } from './sniff/dates';
import type { DecimalSeparator } from './sniff/numbers';
import type { Delimiter } from './sniff/delimiter';
import type { AmountMode, LayoutId } from './layouts';
import type { FilePlan } from './plan';

/** Why a row was not turned into an order. Each has a message in the catalogue (data.skip.*). */
export const SKIP_REASONS = [
	'tooFewFields',
	'missingCustomer',
	'missingDate',
	'invalidDate',
	'dateOutOfRange',
	'missingAmount',
	'invalidAmount',
	'amountOutOfRange',
	'nonPositiveQuantity',
	'negativePrice',
	'refundWithoutOrder',
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

export interface FileReport {
	name: string;
	size: number;
	layout: LayoutId;
	encoding: TextEncoding;
	delimiter: Delimiter;
	decimal: DecimalSeparator;
	dateOrder: DateOrder;
	/** How the day/month order was settled: from a value in the data, by default, or by the user. */
	dateOrderBasis: 'data' | 'default' | 'user' | 'not-needed';
	dateOrderDecidedBy: RowRef | null;
	amountMode: AmountMode;
	hasHeader: boolean;
	rowsRead: number;
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
		amountMode: plan.amountMode,
		hasHeader: plan.hasHeader,
		rowsRead: 0
	};
}

export type ImportWarning =
	| { code: 'mixedDateStyles'; examples: RowRef[] }
	| { code: 'dateOrderConflicts'; count: number; examples: RowRef[] }
	| { code: 'dateOrderSwitched'; from: DateOrder; to: DateOrder; decidedBy: RowRef }
	| { code: 'severalCurrencies'; counts: Record<string, number> }
	| { code: 'malformedQuotes'; count: number; examples: RowRef[] }
	| { code: 'negativeNetCustomers'; count: number };

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
	unpaid: Tally;
	refunds: {
		/** Orders refunded in full: not counted as purchases. */
		fullyRefunded: Tally;
		/** Orders partly refunded: kept at their net value. */
		partlyRefunded: Tally;
		refundedAmount: number;
		/** Negative-amount rows (returns) netted into an earlier order of the same customer. */
		negativeRowsNetted: Tally;
	};
	duplicates: Tally;
	zeroValueOrders: number;
	firstDay: number | null;
	lastDay: number | null;
	revenue: number;
	currency: string | null;
	warnings: ImportWarning[];
}
