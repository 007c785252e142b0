import type { OrderColumns } from '$lib/orders/columns';
import { firstDayOfMonthIndex, monthIndexOfDay, monthTable } from './calendar';
import type { CustomerIndex } from './customers';

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

export function cohortTable(columns: OrderColumns, index: CustomerIndex): CohortTable {
	if (columns.count === 0) {
		return {
			months: [],
			sizes: [],
			share: [],
			active: [],
			cumulativeRevenuePerCustomer: [],
			ages: 0,
			partialLastMonth: null
		};
	}
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
		partialLastMonth: partialLastMonth(index.minDay, index.maxDay)
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
		table.sizes.push(sizes[k]);
		table.share.push(shareRow);
		table.active.push(activeRow);
		table.cumulativeRevenuePerCustomer.push(cumulativeRow);
	}
	return table;
}
