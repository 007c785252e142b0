import type { ProfitBase, ProfitCosts } from './profit';

/**
 * The two cohorts the profit tests share (profit.test.ts, profit-csv.test.ts,
 * ProfitSummary.svelte.test.ts): 24000 = Jan 2000, 2 customers, months 0–4, and 24003 = Apr 2000,
 * 1 customer, months 0–1. With `FEE_OF_ONE` (no costs but a fixed fee of 1 per order) the margin is
 * sales − orders: Jan 20, 0, 0, 4, 3 (per customer 10, 10, 10, 12, 13.50), Apr 2, 9 (2, 11). Each
 * test gives the data's days, the cohorts' complete ages and the channels it is about.
 */
export function twoCohorts(
	days: Pick<ProfitBase, 'completeAges' | 'firstDay' | 'lastDay' | 'partialLastMonth' | 'channels'>
): ProfitBase {
	return {
		months: [24000, 24003],
		sizes: [2, 1],
		sales: [
			[21, 0, 0, 5, 4],
			[3, 10]
		],
		orders: [
			[1, 0, 0, 1, 1],
			[1, 1]
		],
		...days
	};
}

/** No cost of goods, shipping or fee share: a fixed fee of 1 per order, and no CAC. */
export const FEE_OF_ONE: ProfitCosts = { cogsShare: 0, shippingPerOrder: 0, feeShare: 0, feePerOrder: 1, cac: null };
