import type { OrderColumns } from '$lib/orders/columns';
import { addMonths, addMonthsTable, firstDayOfMonthIndex, monthIndexOfDay } from './calendar';
import type { CustomerIndex } from './customers';
import type { DayRange } from './date-range';
import { periodRow, periodsInRange, type PeriodRow } from './periods';

/**
 * The activity window of the yearly CRR: 12 months, as in the one published yearly retention figure
 * (Windsor Circle: customers active a year earlier who bought again within the next 12 months).
 */
export const YEARLY_WINDOW_MONTHS = 12;

/** The yearly figures cover 12 calendar months. */
export const YEARLY_MONTHS = 12;

/**
 * Retention per year, measured over 12 whole months rather than compounded from one month or quarter.
 *
 * With an activity window, a period's CRR = (E − N) ÷ S is not a constant survival rate: a month's
 * CRR counts as kept everyone whose last purchase is less than 12 months old, so raising it to the
 * 12th power says nothing about a year (a shop where nobody ever reorders keeps about 92 % a month
 * and 0 % a year). So the yearly figures are those of the last 12 whole calendar months of the data
 * (`lastTwelveMonths`), measured with a 12-month window whatever the window chosen for the periods,
 * with S, E and N as for any period (`periods.ts`); measurable when the data covers the 12 months and
 * a full 12 months before them (24 whole months suffice), and S > 0 (`crrBasis`):
 * - `period`: their row (S, E, N, CRR; `month` is their first month), or null when not measurable;
 * - `unmeasured`: when not, the same row, whose `basis` says why;
 * - `buyers`: the customers with an order in those 12 months and their orders there (C and f of the
 *   what-if, so r, C and f cover the same months), or null when the data does not cover them.
 * Within a date range, the months are the last 12 whole months inside the range (the base at their
 * start still counts the whole history, as for `periodsInRange`); where the range cuts them, they are
 * partial (`cutByRange`) and there is no yearly figure.
 */
export interface YearlyRetention {
	windowMonths: number;
	period: PeriodRow | null;
	unmeasured: PeriodRow | null;
	buyers: YearBuyers | null;
}

export interface YearBuyers {
	/** First month index of the 12 months. */
	month: number;
	customers: number;
	orders: number;
	/**
	 * Net sales of those orders (refunds subtracted), so the average order value of the same months is
	 * revenue ÷ orders. Absent on records stored before it was kept.
	 */
	revenue?: number;
}

/**
 * The first month of the last 12 whole months of the days `from` to `to`. A month is whole when
 * `to` reaches its last day (data up to 2026-11-20: Nov 2025 – Oct 2026; up to 2026-11-30: Dec 2025 –
 * Nov 2026), since the last order day is all that is known of where an export ends (as in
 * `isCompletePeriod`). When no month from `from` to `to` is whole, the 12 months end with the month
 * `to` falls in, so the reason given counts the days the data has.
 */
export function lastTwelveMonths(from: number, to: number): number {
	let last = monthIndexOfDay(to);
	if (firstDayOfMonthIndex(last + 1) - 1 !== to) last--;
	if (firstDayOfMonthIndex(last + 1) - 1 < from) last = monthIndexOfDay(to);
	return last - (YEARLY_MONTHS - 1);
}

/**
 * The row of the 12 months from `month` (S, E, N and the customers back after a lapse, as
 * `periodSeries` counts them for a period), measured on the whole history of `index`.
 */
export function twelveMonthRow(columns: OrderColumns, index: CustomerIndex, month: number): PeriodRow {
	const { minDay, maxDay, offset, order } = index;
	const window = YEARLY_WINDOW_MONTHS;
	// A purchase on day p keeps its customer in the base until `addMonths(p, window)` (exclusive):
	// looked up per day of the data rather than worked out for every customer.
	const untilTable = addMonthsTable(minDay, maxDay, window);
	const activeUntil = (p: number) => (p >= minDay && p <= maxDay ? untilTable[p - minDay] : addMonths(p, window));
	const firstDay = firstDayOfMonthIndex(month);
	const lastDay = firstDayOfMonthIndex(month + YEARLY_MONTHS) - 1;
	// S: the base at the end of the day before; E: at the end of the last day (or of the data).
	const before = firstDay - 1;
	const endDay = Math.min(lastDay, maxDay);
	let start = 0;
	let end = 0;
	let acquired = 0;
	let returning = 0;
	for (let c = 0; c < index.customerCount; c++) {
		const from = offset[c];
		const to = offset[c + 1];
		if (to === from) continue;
		// A customer is in the base at the end of day d when their last purchase up to d is less than
		// one window old (merging their intervals, as `baseByDay` does, gives the same).
		// Their orders are in date order, so both last purchases are found walking back from the last
		// order, past only the orders of the 12 months (and after), not through the whole history.
		// Whether such a purchase exists is told by the walk stopping on an order (j ≥ from), not by a
		// day value: every day number can be an order's (31 December 1969 is −1).
		let j = to - 1;
		while (j >= from && columns.day[order[j]] > endDay) j--;
		const inEnd = j >= from && activeUntil(columns.day[order[j]]) > endDay;
		while (j >= from && columns.day[order[j]] > before) j--;
		const inStart = j >= from && activeUntil(columns.day[order[j]]) > before;
		const isNew = index.firstDay[c] >= firstDay && index.firstDay[c] <= lastDay;
		if (inStart) start++;
		if (inEnd) end++;
		if (isNew) acquired++;
		else if (inEnd && !inStart) returning++;
	}
	return periodRow({ month, firstDay, lastDay, start, end, acquired, returning }, index, window, 'year');
}

/** Customers with an order in the row's days, and their orders and net sales there. */
function buyersIn(columns: OrderColumns, customerCount: number, row: PeriodRow): YearBuyers {
	const seen = new Uint8Array(customerCount);
	let customers = 0;
	let orders = 0;
	let revenue = 0;
	for (let i = 0; i < columns.count; i++) {
		const day = columns.day[i];
		if (day < row.firstDay || day > row.lastDay) continue;
		orders++;
		revenue += columns.amount[i];
		const c = columns.customer[i];
		if (seen[c] === 0) {
			seen[c] = 1;
			customers++;
		}
	}
	return { month: row.month, customers, orders, revenue };
}

/**
 * The yearly figures of the orders of `columns` (`index`: their whole history), over the last 12
 * whole months of the data, or of `range` within it.
 */
export function yearlyRetention(
	columns: OrderColumns,
	index: CustomerIndex,
	range: DayRange | null = null
): YearlyRetention {
	const none = { windowMonths: YEARLY_WINDOW_MONTHS, period: null, unmeasured: null, buyers: null };
	if (columns.count === 0) return none;
	const from = range ? Math.max(range.from, index.minDay) : index.minDay;
	const to = range ? Math.min(range.to, index.maxDay) : index.maxDay;
	if (to < from) return none;
	const whole = twelveMonthRow(columns, index, lastTwelveMonths(from, to));
	const row = range ? (periodsInRange([whole], range, index)[0] ?? whole) : whole;
	const measurable = row.basis.kind === 'measurable';
	return {
		windowMonths: YEARLY_WINDOW_MONTHS,
		period: measurable ? row : null,
		unmeasured: measurable ? null : row,
		buyers: row.complete ? buyersIn(columns, index.customerCount, row) : null
	};
}
