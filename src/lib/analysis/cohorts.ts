import type { OrderColumns } from '$lib/orders/columns';
import { firstDayOfMonthIndex, monthIndexOfDay, monthTable } from './calendar';
import type { CustomerIndex } from './customers';
import { baseStillBuilding } from './periods';

/**
 * Fewer customers than this: a group's shares move by more than 3 points with one customer, so they
 * are marked rough (cohorts) or uncertain (first-order groups, `MIN_GROUP_CUSTOMERS`).
 */
export const MIN_CERTAIN_CUSTOMERS = 30;

/**
 * Cohorts by first-purchase month. For cohort k (customers whose first order was in month k)
 * and age a (months since then): `active` = customers of the cohort who ordered in month k + a,
 * `revenue` = what the cohort spent in that month. Shares divide by the cohort's size;
 * cumulative revenue per customer adds months up (a cohort's LTV curve). Ages after the data's
 * last month are not observed and are null.
 */
export interface CohortTable {
	/** Month index of each cohort, oldest first. */
	months: number[];
	sizes: number[];
	/** [cohort][age] share of the cohort that bought in that month, or null past the data's end. */
	share: (number | null)[][];
	active: number[][];
	/** [cohort][age] cumulative net revenue per customer of the cohort, or null past the data's end. */
	cumulativeRevenuePerCustomer: (number | null)[][];
	/** Number of ages (columns). */
	ages: number;
	/**
	 * When the data ends before the last calendar month does: how many of its days it covers. Each
	 * cohort's last observed cell (age = last month − cohort month) then counts only those days.
	 */
	partialLastMonth: { month: number; coveredDays: number; days: number; lastDay: number } | null;
	/**
	 * When the data begins after the first month's first day: how many of its days it covers. The first
	 * cohort then holds only the customers of those days.
	 */
	partialFirstMonth: { month: number; coveredDays: number; days: number; firstDay: number } | null;
	/**
	 * [cohort] whether its month starts less than one activity window after the data begins (the CRR
	 * table's "base still building", `baseStillBuilding`): a customer who bought before the data begins
	 * and again in that month has no earlier order in the data, so counts as new in it.
	 */
	mayIncludeEarlierBuyers: boolean[];
	/** The day the data begins (before a date range), and the activity window the rule above uses. */
	dataFrom: number | null;
	windowMonths: number;
}

/** The first month of the data, when the data begins after that month's first day. */
export function partialFirstMonth(minDay: number, maxDay: number): CohortTable['partialFirstMonth'] {
	const month = monthIndexOfDay(minDay);
	const firstDay = firstDayOfMonthIndex(month);
	const lastDay = firstDayOfMonthIndex(month + 1) - 1;
	if (minDay <= firstDay) return null;
	return {
		month,
		coveredDays: Math.min(lastDay, maxDay) - minDay + 1,
		days: lastDay - firstDay + 1,
		firstDay: minDay
	};
}

/** Where the cohorts' customers come from: the data's first day and the activity window (Analysis settings). */
export interface CohortContext {
	/** The first day of the whole data set (a date range's cohorts are still new against all of it). */
	dataFrom: number;
	windowMonths: number;
}

/** The last month of the data, when the data ends before that month's last day. */
export function partialLastMonth(minDay: number, maxDay: number): CohortTable['partialLastMonth'] {
	const month = monthIndexOfDay(maxDay);
	const firstDay = firstDayOfMonthIndex(month);
	const lastDay = firstDayOfMonthIndex(month + 1) - 1;
	if (maxDay >= lastDay) return null;
	return {
		month,
		coveredDays: maxDay - Math.max(firstDay, minDay) + 1,
		days: lastDay - firstDay + 1,
		lastDay: maxDay
	};
}

export function cohortTable(
	columns: OrderColumns,
	index: CustomerIndex,
	context: CohortContext | null = null
): CohortTable {
	const windowMonths = context?.windowMonths ?? 12;
	if (columns.count === 0) {
		return {
			months: [],
			sizes: [],
			share: [],
			active: [],
			cumulativeRevenuePerCustomer: [],
			ages: 0,
			partialLastMonth: null,
			partialFirstMonth: null,
			mayIncludeEarlierBuyers: [],
			dataFrom: context?.dataFrom ?? null,
			windowMonths
		};
	}
	const dataFrom = context?.dataFrom ?? index.minDay;
	const firstMonth = monthIndexOfDay(index.minDay);
	const lastMonth = monthIndexOfDay(index.maxDay);
	const n = lastMonth - firstMonth + 1;
	const monthOf = monthTable(index.minDay, index.maxDay);
	const sizes = new Int32Array(n);
	const active = new Int32Array(n * n);
	const revenue = new Float64Array(n * n);
	const { offset, order } = index;

	for (let c = 0; c < index.customerCount; c++) {
		const from = offset[c];
		const to = offset[c + 1];
		if (to === from) continue;
		const cohort = monthOf[columns.day[order[from]] - index.minDay] - firstMonth;
		sizes[cohort]++;
		let previousAge = -1;
		for (let j = from; j < to; j++) {
			const i = order[j];
			const age = monthOf[columns.day[i] - index.minDay] - firstMonth - cohort;
			revenue[cohort * n + age] += columns.amount[i];
			// Orders are in date order, so a new month shows as a new age.
			if (age !== previousAge) {
				active[cohort * n + age]++;
				previousAge = age;
			}
		}
	}

	const table: CohortTable = {
		months: [],
		sizes: [],
		share: [],
		active: [],
		cumulativeRevenuePerCustomer: [],
		ages: n,
		partialLastMonth: partialLastMonth(index.minDay, index.maxDay),
		partialFirstMonth: partialFirstMonth(index.minDay, index.maxDay),
		mayIncludeEarlierBuyers: [],
		dataFrom,
		windowMonths
	};
	for (let k = 0; k < n; k++) {
		if (sizes[k] === 0) continue;
		const observed = n - k;
		const shareRow: (number | null)[] = [];
		const activeRow: number[] = [];
		const cumulativeRow: (number | null)[] = [];
		let cumulative = 0;
		for (let a = 0; a < n; a++) {
			if (a >= observed) {
				shareRow.push(null);
				cumulativeRow.push(null);
				activeRow.push(0);
				continue;
			}
			activeRow.push(active[k * n + a]);
			shareRow.push(active[k * n + a] / sizes[k]);
			cumulative += revenue[k * n + a];
			cumulativeRow.push(cumulative / sizes[k]);
		}
		table.months.push(firstMonth + k);
		table.mayIncludeEarlierBuyers.push(
			baseStillBuilding(firstDayOfMonthIndex(firstMonth + k), dataFrom, windowMonths)
		);
		table.sizes.push(sizes[k]);
		table.share.push(shareRow);
		table.active.push(activeRow);
		table.cumulativeRevenuePerCustomer.push(cumulativeRow);
	}
	return table;
}
