import type { OrderColumns } from '$lib/orders/columns';
import type { CustomerIndex } from './customers';
import { baseByDay, lastCompletePeriod, lastMeasurablePeriod, periodSeries, type PeriodRow } from './periods';

/**
 * The activity window of the yearly CRR: 12 months, as in the one published yearly retention figure
 * (Windsor Circle: customers active a year earlier who bought again within the next 12 months).
 */
export const YEARLY_WINDOW_MONTHS = 12;

/**
 * Retention per year, measured over a calendar year rather than compounded from one month or quarter.
 *
 * With an activity window, a period's CRR = (E − N) ÷ S is not a constant survival rate: a month's
 * CRR counts as kept everyone whose last purchase is less than 12 months old, so raising it to the
 * 12th power says nothing about a year (a shop where nobody ever reorders keeps about 92 % a month
 * and 0 % a year). So the yearly figures are those of the last measurable calendar year, measured
 * with a 12-month window whatever the window chosen for the periods:
 * - `period`: that year's row (S, E, N, CRR), or null when no year is measurable;
 * - `unmeasured`: when none is, the row that says why (the last complete year, else the last one);
 * - `buyers`: the last complete calendar year's customers (those with an order in it) and their
 *   orders in it, or null when the data covers no whole calendar year.
 */
export interface YearlyRetention {
	windowMonths: number;
	period: PeriodRow | null;
	unmeasured: PeriodRow | null;
	buyers: YearBuyers | null;
}

export interface YearBuyers {
	/** First month index of the year. */
	month: number;
	customers: number;
	orders: number;
}

/** The calendar-year periods with a 12-month window (reusing `base` when it is of a 12-month window). */
export function yearlyRows(columns: OrderColumns, index: CustomerIndex, base?: Int32Array): PeriodRow[] {
	return periodSeries(
		columns,
		index,
		'year',
		YEARLY_WINDOW_MONTHS,
		base ?? baseByDay(columns, index, YEARLY_WINDOW_MONTHS)
	);
}

/** Customers with an order from `firstDay` to `lastDay`, and their orders there. */
function buyersIn(columns: OrderColumns, customerCount: number, row: PeriodRow): YearBuyers {
	const seen = new Uint8Array(customerCount);
	let customers = 0;
	let orders = 0;
	for (let i = 0; i < columns.count; i++) {
		const day = columns.day[i];
		if (day < row.firstDay || day > row.lastDay) continue;
		orders++;
		const c = columns.customer[i];
		if (seen[c] === 0) {
			seen[c] = 1;
			customers++;
		}
	}
	return { month: row.month, customers, orders };
}

/**
 * The yearly figures from `rows` (`yearlyRows`, or those of them in a date range, `periodsInRange`),
 * counting the buyers in the orders of `columns`.
 */
export function yearlyRetention(
	columns: OrderColumns,
	customerCount: number,
	rows: readonly PeriodRow[]
): YearlyRetention {
	const period = lastMeasurablePeriod(rows);
	let complete: PeriodRow | null = null;
	for (let k = rows.length - 1; k >= 0 && !complete; k--) if (rows[k].complete) complete = rows[k];
	return {
		windowMonths: YEARLY_WINDOW_MONTHS,
		period,
		unmeasured: period ? null : lastCompletePeriod(rows),
		buyers: complete ? buyersIn(columns, customerCount, complete) : null
	};
}
