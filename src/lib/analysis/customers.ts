import type { OrderColumns } from '$lib/orders/columns';

/**
 * Orders grouped by customer, each customer's orders in date order, as a compressed index:
 * customer c's orders are `order[offset[c] .. offset[c + 1])`. Built with two counting sorts
 * (by day, then a stable pass by customer), which is linear in the number of orders.
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
	for (let i = 0; i < count; i++) {
		const d = day[i];
		if (d < minDay) minDay = d;
		if (d > maxDay) maxDay = d;
	}
	if (count === 0) {
		minDay = 0;
		maxDay = 0;
	}

	// Counting sort by day.
	const span = maxDay - minDay + 1;
	const dayStart = new Int32Array(span + 1);
	for (let i = 0; i < count; i++) dayStart[day[i] - minDay + 1]++;
	for (let d = 0; d < span; d++) dayStart[d + 1] += dayStart[d];
	const byDay = new Int32Array(count);
	for (let i = 0; i < count; i++) byDay[dayStart[day[i] - minDay]++] = i;

	// Stable distribution by customer keeps each customer's orders in date order.
	const offset = new Int32Array(customerCount + 1);
	for (let i = 0; i < count; i++) offset[customer[i] + 1]++;
	for (let c = 0; c < customerCount; c++) offset[c + 1] += offset[c];
	const cursor = offset.slice(0, customerCount);
	const order = new Int32Array(count);
	for (let k = 0; k < count; k++) {
		const i = byDay[k];
		order[cursor[customer[i]]++] = i;
	}

	const firstDay = new Int32Array(customerCount);
	const lastDay = new Int32Array(customerCount);
	const orders = new Int32Array(customerCount);
	const revenue = new Float64Array(customerCount);
	for (let c = 0; c < customerCount; c++) {
		const from = offset[c];
		const to = offset[c + 1];
		orders[c] = to - from;
		if (to > from) {
			firstDay[c] = day[order[from]];
			lastDay[c] = day[order[to - 1]];
		}
		let sum = 0;
		for (let j = from; j < to; j++) sum += amount[order[j]];
		revenue[c] = sum;
	}
	return { customerCount, offset, order, firstDay, lastDay, orders, revenue, minDay, maxDay };
}
