import { currencyMixOf } from '$lib/analysis/currency-mix';
import { toCsvRow } from '$lib/csv/escape';
import { isoFromDay } from '$lib/format/date';
import { DIMENSIONS, type OrderColumns } from '$lib/orders/columns';
import { loadOrders } from './datasets';
import { fileNamePart } from './user-text';

const ROWS_PER_PART = 20_000;

/**
 * A data set's orders as normalised CSV (order_id, customer_id, order_date, amount, and the
 * optional columns it has: the dimensions, and `cost_of_goods` where costs are stored, empty for
 * an order without one; the import reads each back into the same place), in parts so the caller
 * can build a Blob without one giant string. Customers' names are not written: they are kept only
 * for the audience exports. The data set keeps no times of day, only which order of a customer's
 * first day was first by time where that is not the first in file order (`firstOfDay`): such an order
 * is written just before the customer's other orders of that day (see `exportSequence`), so that
 * the file read back has the same first orders.
 * Amounts are written to a millionth (`exportAmount`), and in the currency the files named, in a
 * `currency` column. Which currency each order is in is not kept: where the orders are in several,
 * added up unconverted, every row says so in `amount_note` instead (a column the import passes over,
 * see `currencyNote`).
 * Text cells that a spreadsheet could run as a formula are neutralised. `pause` is awaited
 * between parts so a page thread stays responsive.
 */
export async function exportOrdersCsv(id: number, pause: () => Promise<void> = async () => {}): Promise<string[]> {
	const { dataset, columns, customers, orderIds, dimensions, cost, costPartial } = await loadOrders(id, {
		orderIds: true,
		dimensions: true,
		cost: true
	});
	const dims = DIMENSIONS.filter((d) => dimensions[d]);
	const header = ['order_id', 'customer_id', 'order_date', 'amount', ...dims.map(exportName)];
	// A cost that lacks some line items' costs is not the order's whole cost: said beside it, in a
	// column the import passes over (`COST_NOTE`). Where the data set was stored before partial costs
	// were marked, which orders they are is not known: every cost says it may be one.
	const partial = cost && costPartial ? new Set(costPartial) : null;
	const costNote = cost && !costPartial ? COST_NOTE.unknown : null;
	const noted = costNote !== null || (partial !== null && partial.size > 0);
	if (cost) header.push('cost_of_goods', ...(noted ? ['cost_of_goods_note'] : []));
	const mix = currencyMixOf(dataset.report?.warnings);
	const mixNote = mix && currencyNote(mix);
	if (mixNote) header.push(AMOUNT_NOTE_COLUMN);
	// The currency the files named (a column, or marks in the amounts), on every row: read back, the
	// amounts are in it again, not in the reader's currency setting. (None where the files named
	// none: the setting was used, and is again; none where they named several: see `mixNote`.)
	const currency = mixNote ? null : (dataset.report?.currency ?? null);
	if (currency) header.push(CURRENCY_COLUMN);
	const parts: string[] = [toCsvRow(header) + '\r\n'];
	let lines: string[] = [];
	const sequence = exportSequence(columns);
	for (let k = 0; k < columns.count; k++) {
		const i = sequence ? sequence[k] : k;
		const row: (string | number)[] = [
			orderIds?.[i] ?? '',
			customers[columns.customer[i]],
			isoFromDay(columns.day[i]),
			exportAmount(columns.amount[i])
		];
		for (const d of dims) {
			const v = dimensions[d]!.index[i];
			row.push(v >= 0 ? dimensions[d]!.values[v] : '');
		}
		if (cost) {
			const known = cost[i] === cost[i];
			row.push(known ? Math.round(cost[i] * 100) / 100 : '');
			if (noted) row.push(!known ? '' : partial?.has(i) ? COST_NOTE.partial : (costNote ?? ''));
		}
		if (mixNote) row.push(mixNote);
		if (currency) row.push(currency);
		lines.push(toCsvRow(row));
		if (lines.length === ROWS_PER_PART) {
			parts.push(lines.join('\r\n') + '\r\n');
			lines = [];
			await pause();
		}
	}
	if (lines.length) parts.push(lines.join('\r\n') + '\r\n');
	return parts;
}

/**
 * The order in which the export writes the orders (indexes), where it is not theirs (null): each
 * order of `firstOfDay` (its customer's first of their first day by time, not first of that day in
 * file order) moves to just before the customer's first order of that day in the file, everything
 * else keeping its place. Read back, that order is first of its day in file order, as
 * `indexCustomers` takes it without the list: the same first order, first product, channel,
 * country and discount code.
 */
export function exportSequence(columns: OrderColumns): Int32Array | null {
	const listed = columns.firstOfDay;
	if (!listed || listed.length === 0) return null;
	const { count, customer, day } = columns;
	// The listed order of each customer who has one (one at most: of their first day).
	const waiting = new Map<number, number>();
	for (const order of listed) waiting.set(customer[order], order);
	// Listed orders by the order they go before: the customer's first of that day in the file.
	const before = new Map<number, number>();
	for (let i = 0; i < count && waiting.size > 0; i++) {
		const order = waiting.get(customer[i]);
		if (order === undefined || day[i] !== day[order]) continue;
		if (i < order) before.set(i, order);
		waiting.delete(customer[i]);
	}
	const moved = new Set(before.values());
	const sequence = new Int32Array(count);
	let k = 0;
	for (let i = 0; i < count; i++) {
		if (moved.has(i)) continue;
		const first = before.get(i);
		if (first !== undefined) sequence[k++] = first;
		sequence[k++] = i;
	}
	return sequence;
}

/** The export's currency column (the import reads it as the orders' currency). */
export const CURRENCY_COLUMN = 'currency';

/**
 * An order's amount as the export writes it: to a millionth, not to the cent. An order's kept share
 * of a partial refund can hold fractions of a cent (a refund's sales share, see the import report),
 * and cents per order added up to a revenue a few cents off the data set's when read back.
 */
export function exportAmount(amount: number): number {
	return Math.round(amount * 1e6) / 1e6;
}

/** What `cost_of_goods_note` says of an order's cost (empty: the cost of all its line items). */
export const COST_NOTE = {
	partial: 'partial: some line items of this order have no cost, so this cost is too low',
	unknown:
		'may be partial: some orders of this data set lack line items’ costs, but it was imported before they were marked; import the file again to mark them'
} as const;

/** The export's column that says an order's amount is of a mix of currencies (the import passes over it). */
export const AMOUNT_NOTE_COLUMN = 'amount_note';

/** What `amount_note` says of every order of a data set whose orders are in several currencies. */
export function currencyNote(mix: [string, number][]): string {
	const counts = mix.map(([code, count]) => `${code} ${count}`).join(', ');
	return `currency not known: this data set's orders are in several currencies (${counts}), added up without conversion; this amount is in one of them`;
}

export function csvFileName(name: string): string {
	return `${fileNamePart(name, 'orders')}.csv`;
}

/** A dimension's column name in the export, one the import maps back to it ('discount' would be read as an amount). */
function exportName(dim: (typeof DIMENSIONS)[number]): string {
	return dim === 'discount' ? 'discount_code' : dim;
}
