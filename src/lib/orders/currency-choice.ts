import { headerCurrencyCode, type AmountMode, type ColumnMapping } from './layouts';
import { currencyLabelOf, currencyOfValue } from './sniff/currency-marks';

/**
 * The currencies a file's sampled rows are in, by its currency column, most orders first (labels
 * as the report counts them: see `currencyLabelOf`): where there are two or more, the review
 * offers to import the orders of one alone (`FilePlan.onlyCurrency`), since amounts are never
 * converted. `column`: the currency column they were read from (the choice holds for it only).
 */
export interface SampledCurrencies {
	column: number;
	counts: [label: string, rows: number][];
}

/**
 * The sampled currencies of a file (null where fewer than two, where it has no currency column, or
 * where its amount column's header names the currency of every amount, as "total_usd" does).
 */
export function sampledCurrencies(
	mapping: ColumnMapping,
	amountMode: AmountMode,
	headers: string[] | undefined,
	cellsOf: (column: number) => string[]
): SampledCurrencies | null {
	const column = mapping.currency;
	if (column === undefined) return null;
	const amount = amountMode === 'lineItems' ? mapping.unitPrice : mapping.amount;
	if (amount !== undefined && headerCurrencyCode(headers?.[amount] ?? '')) return null;
	const counts = new Map<string, number>();
	for (const cell of cellsOf(column)) {
		const text = cell.trim();
		const read = text ? currencyOfValue(text) : null;
		if (!read) continue;
		const label = currencyLabelOf(read);
		counts.set(label, (counts.get(label) ?? 0) + 1);
	}
	if (counts.size < 2) return null;
	return { column, counts: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) };
}
