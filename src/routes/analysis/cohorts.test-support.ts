import type { CohortTable } from '$lib/analysis/cohorts';
import { dayOfIso } from '$lib/test-support/order-columns';

const mar2024 = 2024 * 12 + 2;

/**
 * Three cohorts, Mar – May 2024, the data from 4 Mar 2024 (QA a_shopify_uk) to 20 May 2024: the
 * first month partial (28 of 31 days), the last too (20 of 31), every cohort within a window of the
 * data's start. The cohort section's and its CSV's tests read it.
 */
export const QA_COHORTS: CohortTable = {
	months: [mar2024, mar2024 + 1, mar2024 + 2],
	sizes: [10, 8, 5],
	share: [
		[1, 0.2, 0.1],
		[1, 0.25, null],
		[1, null, null]
	],
	active: [
		[10, 2, 1],
		[8, 2, 0],
		[5, 0, 0]
	],
	cumulativeRevenuePerCustomer: [
		[20, 24, 26],
		[20, 25, null],
		[20, null, null]
	],
	ages: 3,
	partialLastMonth: { month: mar2024 + 2, coveredDays: 20, days: 31, lastDay: dayOfIso('2024-05-20') },
	partialFirstMonth: { month: mar2024, coveredDays: 28, days: 31, firstDay: dayOfIso('2024-03-04') },
	mayIncludeEarlierBuyers: [true, true, true],
	dataFrom: dayOfIso('2024-03-04'),
	windowMonths: 12
};
