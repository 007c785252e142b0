import type { OrderColumns } from '../orders/columns';
import { discard } from '../orders/discard';
import { daysPerUnit, type TimeUnit } from './time-unit';

/**
 * What the models read: one row per customer, in the model's time unit.
 * (A per-customer summary imported from a warehouse has exactly this shape.)
 */
export interface CustomerRows {
	count: number;
	/** Frequency x: number of repeat purchases (distinct purchase days − 1) in the calibration period. */
	x: Float64Array;
	/** Recency t_x: time from the first to the last purchase in the calibration period. */
	tx: Float64Array;
	/** Age T: time from the first purchase to the end of the calibration period. */
	T: Float64Array;
	/** Mean spend of the repeat purchase days (the first day excluded); 0 when x = 0. */
	monetary: Float64Array;
}

export interface CustomerSummary extends CustomerRows {
	unit: TimeUnit;
	/** Last day of the calibration period (days since 1970-01-01), inclusive. */
	calibrationEnd: number;
	/** Last day of the hold-out period, inclusive; equal to calibrationEnd when there is none. */
	holdoutEnd: number;
	/** Length of the hold-out period in the model's unit. */
	holdoutLength: number;
	/** Row → index of the customer in the data set's customer list. */
	customer: Int32Array;
	/** Row → day of the customer's first purchase. */
	firstDay: Int32Array;
	/** Row → number of distinct purchase days in the hold-out period. */
	holdoutX: Float64Array;
	/** Row → total spend in the hold-out period. */
	holdoutSpend: Float64Array;
	/** Customers left out of the rows, by reason. */
	excluded: { noOrders: number; firstPurchaseAfterCalibration: number };
}

export interface SummaryOptions {
	unit: TimeUnit;
	/** Last day of the calibration period, inclusive. Default: the last order day. */
	calibrationEnd?: number;
	/** Last day of the hold-out period, inclusive. Default: the last order day. */
	holdoutEnd?: number;
}

/**
 * Per-customer repeat-purchase summary from orders, with the conventions of Fader, Hardie & Lee
 * (2005) and the `lifetimes` package: purchases on the same day are one purchase (their spend
 * added); x counts repeat purchase days; t_x and T are measured from the first purchase day; the
 * monetary value averages the repeat days only. Every order counts as a purchase whatever its
 * amount (zero or negative day totals show up in `monetary` and are screened by the spend model).
 * Customers whose first purchase falls after the calibration end are left out and counted.
 */
export function buildCustomerSummary(
	orders: OrderColumns,
	customerCount: number,
	options: SummaryOptions
): CustomerSummary {
	const { count } = orders;
	const unitDays = daysPerUnit(options.unit);
	let minDay = Infinity;
	let maxDay = -Infinity;
	// Exports often come sorted by date, generators by customer: both save a sorting pass.
	let byDay = true;
	let byCustomerThenDay = true;
	for (let i = 0; i < count; i++) {
		const c = orders.customer[i];
		if (!(c >= 0 && c < customerCount)) throw new RangeError(`order ${i}: customer index ${c} out of range`);
		const d = orders.day[i];
		if (d < minDay) minDay = d;
		if (d > maxDay) maxDay = d;
		if (i > 0) {
			const previousDay = orders.day[i - 1];
			const previousCustomer = orders.customer[i - 1];
			if (d < previousDay) byDay = false;
			if (c < previousCustomer || (c === previousCustomer && d < previousDay)) byCustomerThenDay = false;
		}
	}
	const calibrationEnd = options.calibrationEnd ?? (count > 0 ? maxDay : 0);
	const holdoutEnd = options.holdoutEnd ?? Math.max(count > 0 ? maxDay : 0, calibrationEnd);
	if (holdoutEnd < calibrationEnd) throw new RangeError('the hold-out period ends before the calibration period');

	const { order, start } = sortByCustomerThenDay(orders, customerCount, minDay, maxDay, byDay, byCustomerThenDay);
	const { day, amount } = orders;

	const rowCustomer = new Int32Array(customerCount);
	const firstDays = new Int32Array(customerCount);
	const x = new Float64Array(customerCount);
	const tx = new Float64Array(customerCount);
	const T = new Float64Array(customerCount);
	const monetary = new Float64Array(customerCount);
	const holdoutX = new Float64Array(customerCount);
	const holdoutSpend = new Float64Array(customerCount);
	let rows = 0;
	let noOrders = 0;
	let afterCalibration = 0;

	for (let c = 0; c < customerCount; c++) {
		const from = start[c];
		const to = start[c + 1];
		if (from === to) {
			noOrders++;
			continue;
		}
		const first = day[order[from]];
		if (first > calibrationEnd) {
			afterCalibration++;
			continue;
		}
		let purchaseDays = 0;
		let last = first;
		let repeatSpend = 0;
		let laterDays = 0;
		let laterSpend = 0;
		let previous = first - 1;
		for (let k = from; k < to; k++) {
			const i = order[k];
			const d = day[i];
			if (d <= calibrationEnd) {
				if (d !== previous) {
					purchaseDays++;
					last = d;
				}
				if (d !== first) repeatSpend += amount[i];
			} else if (d <= holdoutEnd) {
				if (d !== previous) laterDays++;
				laterSpend += amount[i];
			}
			previous = d;
		}
		const repeats = purchaseDays - 1;
		rowCustomer[rows] = c;
		firstDays[rows] = first;
		x[rows] = repeats;
		tx[rows] = (last - first) / unitDays;
		T[rows] = (calibrationEnd - first) / unitDays;
		monetary[rows] = repeats > 0 ? repeatSpend / repeats : 0;
		holdoutX[rows] = laterDays;
		holdoutSpend[rows] = laterSpend;
		rows++;
	}

	// Every customer has a row (as in most data sets): the arrays are the rows as they are. Else the
	// rows are copied to their length and the arrays freed at once, not at the next garbage collection
	// (at 4.4 million customers each array is 34 MB; a copy of all of them beside the originals
	// added about 200 MB to the fit's peak).
	const whole = rows === customerCount;
	const cut = <A extends Int32Array | Float64Array>(array: A): A => (whole ? array : (array.slice(0, rows) as A));
	const summary: CustomerSummary = {
		unit: options.unit,
		calibrationEnd,
		holdoutEnd,
		holdoutLength: (holdoutEnd - calibrationEnd) / unitDays,
		count: rows,
		customer: cut(rowCustomer),
		firstDay: cut(firstDays),
		x: cut(x),
		tx: cut(tx),
		T: cut(T),
		monetary: cut(monetary),
		holdoutX: cut(holdoutX),
		holdoutSpend: cut(holdoutSpend),
		excluded: { noOrders, firstPurchaseAfterCalibration: afterCalibration }
	};
	// The sort (at 20 million orders about 100 MB) is freed at once, and so is what was copied.
	discard(order, start);
	if (!whole) discard(rowCustomer, firstDays, x, tx, T, monetary, holdoutX, holdoutSpend);
	return summary;
}

/** Largest day span sorted by counting; wider (garbled dates) falls back to a comparison sort. */
const MAX_COUNTING_SPAN = 1 << 22;

/**
 * Order indices sorted by customer, then day; `start[c]..start[c+1]` are customer c's orders.
 * Two stable counting sorts (day, then customer): linear time, no per-order objects; either is
 * skipped when the input is already in that order.
 */
function sortByCustomerThenDay(
	orders: OrderColumns,
	customerCount: number,
	minDay: number,
	maxDay: number,
	sortedByDay: boolean,
	sortedByCustomerThenDay: boolean
): { order: Int32Array; start: Int32Array } {
	const { count, customer, day } = orders;
	const start = new Int32Array(customerCount + 1);
	for (let i = 0; i < count; i++) start[customer[i] + 1]++;
	for (let c = 0; c < customerCount; c++) start[c + 1] += start[c];
	if (sortedByCustomerThenDay) {
		const order = new Int32Array(count);
		for (let i = 0; i < count; i++) order[i] = i;
		return { order, start };
	}

	let byDay: Int32Array;
	const span = maxDay - minDay + 1;
	if (count === 0 || sortedByDay) {
		byDay = new Int32Array(count);
		for (let i = 0; i < count; i++) byDay[i] = i;
	} else if (span <= Math.max(MAX_COUNTING_SPAN, 4 * count)) {
		const offsets = new Int32Array(span + 1);
		for (let i = 0; i < count; i++) offsets[day[i] - minDay + 1]++;
		for (let d = 0; d < span; d++) offsets[d + 1] += offsets[d];
		byDay = new Int32Array(count);
		for (let i = 0; i < count; i++) byDay[offsets[day[i] - minDay]++] = i;
	} else {
		byDay = new Int32Array(count);
		for (let i = 0; i < count; i++) byDay[i] = i;
		byDay.sort((a, b) => day[a] - day[b] || a - b);
	}

	const next = start.slice(0, customerCount);
	const order = new Int32Array(count);
	for (let k = 0; k < count; k++) {
		const i = byDay[k];
		order[next[customer[i]]++] = i;
	}
	discard(byDay, next);
	return { order, start };
}
