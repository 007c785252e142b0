import { toCsvRow } from '$lib/csv/escape';
import { isoFromDay } from '$lib/format/date';
import { DIMENSIONS } from '$lib/orders/columns';
import { loadOrders } from './datasets';
import { fileNamePart } from './user-text';

const ROWS_PER_PART = 20_000;

/**
 * A data set's orders as normalised CSV (order_id, customer_id, order_date, amount, and the
 * optional columns it has: the dimensions, and `cost_of_goods` where costs are stored, empty for
 * an order without one; the import reads each back into the same place), in parts so the caller
 * can build a Blob without one giant string. Customers' names are not written: they are kept only
 * for the audience exports.
 * Text cells that a spreadsheet could run as a formula are neutralised. `pause` is awaited
 * between parts so a page thread stays responsive.
 */
export async function exportOrdersCsv(id: number, pause: () => Promise<void> = async () => {}): Promise<string[]> {
	const { dataset, columns, customers, orderIds, dimensions, cost } = await loadOrders(id, {
		orderIds: true,
		dimensions: true,
		cost: true
	});
	const dims = DIMENSIONS.filter((d) => dimensions[d]);
	const header = ['order_id', 'customer_id', 'order_date', 'amount', ...dims.map(exportName)];
	if (cost) header.push('cost_of_goods');
	const parts: string[] = [toCsvRow(header) + '\r\n'];
	let lines: string[] = [];
	for (let i = 0; i < columns.count; i++) {
		const row: (string | number)[] = [
			orderIds?.[i] ?? '',
			customers[columns.customer[i]],
			isoFromDay(columns.day[i]),
			Math.round(columns.amount[i] * 100) / 100
		];
		for (const d of dims) {
			const v = dimensions[d]!.index[i];
			row.push(v >= 0 ? dimensions[d]!.values[v] : '');
		}
		if (cost) row.push(cost[i] === cost[i] ? Math.round(cost[i] * 100) / 100 : '');
		lines.push(toCsvRow(row));
		if (lines.length === ROWS_PER_PART) {
			parts.push(lines.join('\r\n') + '\r\n');
			lines = [];
			await pause();
		}
	}
	if (lines.length) parts.push(lines.join('\r\n') + '\r\n');
	void dataset;
	return parts;
}

export function csvFileName(name: string): string {
	return `${fileNamePart(name, 'orders')}.csv`;
}

/** A dimension's column name in the export, one the import maps back to it ('discount' would be read as an amount). */
function exportName(dim: (typeof DIMENSIONS)[number]): string {
	return dim === 'discount' ? 'discount_code' : dim;
}
