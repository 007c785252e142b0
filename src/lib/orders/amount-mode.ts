/**
 * Whether an order's rows are summed (`lineAmounts`): decided from the file's first rows when it is
 * inspected, and again when the user maps the amount or order id column by hand in the review.
 */
import {
	namesItemAmount,
	normaliseHeader,
	readAsGeneric,
	rowAmountEvidence,
	rowsHoldItemAmounts,
	type AmountMode,
	type ColumnMapping,
	type LayoutId
} from './layouts';
import type { RowRef } from './report';
import { parseAmount, type AmountDecimal } from './sniff/numbers';

/** Data rows of a file's sample, with their row numbers in the file (1 = its first line). */
export interface AmountSample {
	rows: string[][];
	rowNumbers: number[];
}

/** The rows read to decide: enough orders of several rows, few enough to keep with the review. */
export const AMOUNT_SAMPLE_ROWS = 300;

export interface AmountModeChoice {
	amountMode: AmountMode;
	/** Two rows of one order with different amounts, which made the rows summed; null otherwise. */
	itemAmountRows: [RowRef, RowRef] | null;
}

/**
 * The amount mode for `mapping`: `lineAmounts` where the sample's rows hold each item's amount
 * (see `rowsHoldItemAmounts`) or the amount column's header (`amountHeader`) names an item's
 * amount, else one total per order. Line items (quantity × price) and the layouts whose rows are
 * known (Shopify, UCI, summaries) keep `mode`.
 */
export function chooseAmountMode(
	layout: LayoutId,
	mode: AmountMode,
	mapping: ColumnMapping,
	sample: AmountSample,
	decimal: AmountDecimal,
	amountHeader: string
): AmountModeChoice {
	const open = (readAsGeneric(layout) || layout === 'woocommerce') && mode !== 'lineItems';
	if (!open || mapping.amount === undefined) return { amountMode: mode, itemAmountRows: null };
	const evidence = rowAmountEvidence(sample.rows, mapping, (text) => parseAmount(text, decimal));
	if (rowsHoldItemAmounts(evidence) && evidence.example) {
		const [a, b] = evidence.example.rows;
		const ref = (i: number): RowRef => ({
			file: 0,
			row: sample.rowNumbers[i],
			value: (sample.rows[i][mapping.amount!] ?? '').trim()
		});
		return { amountMode: 'lineAmounts', itemAmountRows: [ref(a), ref(b)] };
	}
	const named = namesItemAmount(mapping, normaliseHeader(amountHeader));
	return { amountMode: named ? 'lineAmounts' : 'orderTotal', itemAmountRows: null };
}
