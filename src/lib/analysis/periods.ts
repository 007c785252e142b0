import type { OrderColumns } from '$lib/orders/columns';
import { addMonths, firstDayOfMonthIndex, MONTHS_PER, monthIndexOfDay, periodStartMonth, type PeriodUnit } from './calendar';
import type { CustomerIndex } from './customers';

/**
 * Period retention from transactions, with the seed formula CRR = (E − N) / S.
 *
 * The customer base at a moment is every customer whose latest purchase lies within the activity
 * window before it (default 12 months): a purchase on day p keeps its customer in the base from
 * p until the same date W months later. For a period from day a to day b:
 * - S = the base at the period's start (at the end of day a − 1),
 * - E = the base at its end (at the end of day b),
 * - N = customers whose first purchase falls in the period.
 * Churn = 1 − CRR. A period with S = 0 has no CRR.
 */
export interface PeriodRow {
	/** First month index of the period. */
	month: number;
	firstDay: number;
	lastDay: number;
	start: number;
	end: number;
	acquired: number;
	/** (E − N) / S, or null when S = 0. */
	crr: number | null;
	churn: number | null;
	/** The data covers the period to its last day. */
	complete: boolean;
	/**
	 * The period starts less than one activity window after the first order in the data, so the
	 * base at its start misses customers who bought before the data begins.
	 */
	warmingUp: boolean;
}

/**
 * How many customers are in the base at the end of each day from `minDay` to `maxDay`:
 * each customer's activity intervals are merged (so a customer counts once), then added up
 * with a difference array.
 */
export function baseByDay(columns: OrderColumns, index: CustomerIndex, windowMonths: number): Int32Array {
	const { minDay, maxDay, offset, order } = index;
	const span = maxDay - minDay + 1;
	// Day p keeps its customer until `activeUntil[p]` (exclusive).
	const activeUntil = new Int32Array(span);
	for (let d = 0; d < span; d++) activeUntil[d] = addMonths(minDay + d, windowMonths);
	const diff = new Int32Array(span + 1);
	const mark = (from: number, to: number) => {
		diff[from - minDay]++;
		if (to - minDay <= span) diff[Math.min(span, to - minDay)]--;
	};
	for (let c = 0; c < index.customerCount; c++) {
		const fromOrder = offset[c];
		const toOrder = offset[c + 1];
		if (toOrder === fromOrder) continue;
		let start = columns.day[order[fromOrder]];
		let end = activeUntil[start - minDay];
		for (let j = fromOrder + 1; j < toOrder; j++) {
			const p = columns.day[order[j]];
			if (p <= end) {
				const until = activeUntil[p - minDay];
				if (until > end) end = until;
			} else {
				mark(start, end);
				start = p;
				end = activeUntil[p - minDay];
			}
		}
		mark(start, end);
	}
	const base = new Int32Array(span);
	let running = 0;
	for (let d = 0; d < span; d++) {
		running += diff[d];
		base[d] = running;
	}
	return base;
}

export function periodSeries(
	columns: OrderColumns,
	index: CustomerIndex,
	unit: PeriodUnit,
	windowMonths: number,
	base: Int32Array = baseByDay(columns, index, windowMonths)
): PeriodRow[] {
	const { minDay, maxDay } = index;
	if (columns.count === 0) return [];
	const size = MONTHS_PER[unit];
	const firstMonth = periodStartMonth(monthIndexOfDay(minDay), unit);
	const lastMonth = periodStartMonth(monthIndexOfDay(maxDay), unit);
	const warmUpEnd = addMonths(minDay, windowMonths);

	// New customers per period, from each customer's first purchase.
	const periods = (lastMonth - firstMonth) / size + 1;
	const acquired = new Int32Array(periods);
	for (let c = 0; c < index.customerCount; c++) {
		if (index.offset[c + 1] === index.offset[c]) continue;
		const p = (periodStartMonth(monthIndexOfDay(index.firstDay[c]), unit) - firstMonth) / size;
		acquired[p]++;
	}
	const baseAt = (day: number) => (day < minDay ? 0 : base[Math.min(day, maxDay) - minDay]);

	const rows: PeriodRow[] = [];
	for (let k = 0; k < periods; k++) {
		const month = firstMonth + k * size;
		const firstDay = firstDayOfMonthIndex(month);
		const lastDay = firstDayOfMonthIndex(month + size) - 1;
		const start = baseAt(firstDay - 1);
		const end = baseAt(lastDay);
		const crr = start > 0 ? (end - acquired[k]) / start : null;
		rows.push({
			month,
			firstDay,
			lastDay,
			start,
			end,
			acquired: acquired[k],
			crr,
			churn: crr === null ? null : 1 - crr,
			complete: lastDay <= maxDay,
			warmingUp: firstDay < warmUpEnd
		});
	}
	return rows;
}

/** The last period that the data covers completely and whose base is known (S > 0, not warming up). */
export function lastCompletePeriod(rows: PeriodRow[]): PeriodRow | null {
	for (let k = rows.length - 1; k >= 0; k--) {
		const row = rows[k];
		if (row.complete && row.crr !== null && !row.warmingUp) return row;
	}
	for (let k = rows.length - 1; k >= 0; k--) if (rows[k].complete && rows[k].crr !== null) return rows[k];
	return null;
}
