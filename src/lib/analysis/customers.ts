import { discard } from '$lib/orders/discard';
import type { OrderColumns } from '$lib/orders/columns';

/**
 * Orders grouped by customer, each customer's orders in date order, as a compressed index:
 * customer c's orders are `order[offset[c] .. offset[c + 1])`. Built with a counting sort by customer,
 * then each customer's orders sorted by day (already in order in the usual exports), ties in file
 * order, but for the orders of `columns.firstOfDay`, each put first among its day's: so
 * `order[offset[c]]` is the customer's first order by time where the file's dates had times.
 */
export interface CustomerIndex {
	customerCount: number;
	offset: Int32Array;
	order: Int32Array;
	firstDay: Int32Array;
	lastDay: Int32Array;
	orders: Int32Array;
	revenue: Float64Array;
	/** Earliest and latest order day of the whole data set. */
	minDay: number;
	maxDay: number;
}

export function indexCustomers(columns: OrderColumns, customerCount: number): CustomerIndex {
	const { count, customer, day, amount } = columns;
	let minDay = Infinity;
	let maxDay = -Infinity;
	const offset = new Int32Array(customerCount + 1);
	for (let i = 0; i < count; i++) {
		const d = day[i];
		if (d < minDay) minDay = d;
		if (d > maxDay) maxDay = d;
		offset[customer[i] + 1]++;
	}
	if (count === 0) {
		minDay = 0;
		maxDay = 0;
	}
	for (let c = 0; c < customerCount; c++) offset[c + 1] += offset[c];

	// Each customer's orders, in file order, then put in date order (ties keep file order).
	// Exports come in date order or grouped by customer, so the runs are nearly always in order
	// already: each customer's first and last day, orders and spend are taken while the orders are
	// placed (in file order, so the spend adds up in the same order as it would in date order), and
	// only the customers whose orders were not in date order are sorted and taken again.
	const cursor = offset.slice(0, customerCount);
	const order = new Int32Array(count);
	const firstDay = new Int32Array(customerCount);
	const lastDay = new Int32Array(customerCount);
	const orders = new Int32Array(customerCount);
	const revenue = new Float64Array(customerCount);
	const reordered = new Uint8Array(customerCount);
	for (let i = 0; i < count; i++) {
		const c = customer[i];
		const d = day[i];
		order[cursor[c]++] = i;
		if (orders[c]++ === 0) firstDay[c] = d;
		else if (d < lastDay[c]) reordered[c] = 1;
		lastDay[c] = d;
		revenue[c] += amount[i];
	}
	discard(cursor);
	for (let c = 0; c < customerCount; c++) if (reordered[c] === 1) sortRunByDay(order, offset[c], offset[c + 1], day);
	if (columns.firstOfDay) putFirstOfDay(order, offset, columns, columns.firstOfDay, reordered);
	for (let c = 0; c < customerCount; c++) {
		if (reordered[c] === 0) continue;
		const from = offset[c];
		const to = offset[c + 1];
		firstDay[c] = day[order[from]];
		lastDay[c] = day[order[to - 1]];
		let sum = 0;
		for (let j = from; j < to; j++) sum += amount[order[j]];
		revenue[c] = sum;
	}
	discard(reordered);
	return { customerCount, offset, order, firstDay, lastDay, orders, revenue, minDay, maxDay };
}

/**
 * Moves each order of `firstOfDay` to the front of its customer's orders of its day (the others
 * keep their order): the first order of a day by time where the file's dates had one (see
 * `OrderColumns.firstOfDay`). An index past `count` (columns of a part of the orders) is passed over.
 * Marks the customers whose orders it moves in `reordered`.
 */
function putFirstOfDay(
	order: Int32Array,
	offset: Int32Array,
	columns: OrderColumns,
	firstOfDay: Int32Array,
	reordered: Uint8Array
): void {
	const { count, customer, day } = columns;
	for (let k = 0; k < firstOfDay.length; k++) {
		const o = firstOfDay[k];
		if (o >= count) continue;
		const from = offset[customer[o]];
		let at = offset[customer[o] + 1] - 1;
		while (at >= from && order[at] !== o) at--;
		if (at < from) continue;
		const d = day[o];
		while (at > from && day[order[at - 1]] === d) {
			order[at] = order[at - 1];
			at--;
			reordered[customer[o]] = 1;
		}
		order[at] = o;
	}
}

/** Sorts `order[from..to)` by day, ties in index (file) order. */
function sortRunByDay(order: Int32Array, from: number, to: number, day: Int32Array): void {
	let sorted = true;
	for (let j = from + 1; j < to && sorted; j++) sorted = day[order[j]] >= day[order[j - 1]];
	if (sorted) return;
	if (to - from <= 32) {
		for (let j = from + 1; j < to; j++) {
			const i = order[j];
			let k = j - 1;
			while (k >= from && (day[order[k]] > day[i] || (day[order[k]] === day[i] && order[k] > i))) {
				order[k + 1] = order[k];
				k--;
			}
			order[k + 1] = i;
		}
		return;
	}
	order.subarray(from, to).sort((a, b) => day[a] - day[b] || a - b);
}
