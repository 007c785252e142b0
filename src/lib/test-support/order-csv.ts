import { readFileSync } from 'node:fs';
import type { OrderColumns } from '$lib/orders/columns';
import { columnsOf } from './order-columns';

/**
 * A plain order export (one row an order, commas, no quoted cells) read for a test: its customer,
 * date (ISO) and amount columns, found by name; customers numbered in order of appearance.
 */
export function readOrderCsv(
	path: string,
	names: { customer: string; date: string; amount: string }
): { columns: OrderColumns; customers: number } {
	const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
	const cols = header.split(',');
	const [customer, date, amount] = [names.customer, names.date, names.amount].map((n) => cols.indexOf(n));
	const ids = new Map<string, number>();
	const rows = lines.map((line) => {
		const cells = line.split(',');
		if (!ids.has(cells[customer])) ids.set(cells[customer], ids.size);
		return [ids.get(cells[customer])!, cells[date].slice(0, 10), Number(cells[amount])] as [number, string, number];
	});
	return { columns: columnsOf(rows), customers: ids.size };
}
