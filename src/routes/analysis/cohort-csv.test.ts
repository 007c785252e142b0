import { describe, expect, it } from 'vitest';
import type { CohortTable } from '$lib/analysis/cohorts';
import { dayOfIso } from '$lib/test-support/order-columns';
import { cohortCsvRows, type CohortCsvTexts } from './cohort-csv';

const mar2024 = 2024 * 12 + 2;

/** Three cohorts, Mar – May 2024: the data from 4 Mar 2024 to 20 May 2024 (as CohortSection's test). */
const cohorts: CohortTable = {
	months: [mar2024, mar2024 + 1, mar2024 + 2],
	sizes: [10, 8, 5],
	share: [
		[1, 0.2, 0.123456],
		[1, 0.25, null],
		[1, null, null]
	],
	active: [
		[10, 2, 1],
		[8, 2, 0],
		[5, 0, 0]
	],
	cumulativeRevenuePerCustomer: [
		[20, 24.456, 26],
		[20, 25, null],
		[20, null, null]
	],
	ages: 3,
	partialLastMonth: { month: mar2024 + 2, coveredDays: 20, days: 31, lastDay: dayOfIso('2024-05-20') },
	partialFirstMonth: { month: mar2024, coveredDays: 28, days: 31, firstDay: dayOfIso('2024-03-04') },
	mayIncludeEarlierBuyers: [true, true, false],
	dataFrom: dayOfIso('2024-03-04'),
	windowMonths: 12
};

const texts: CohortCsvTexts = {
	partial: (covered, days) => `(partial: ${covered} of ${days} days)`,
	earlier: '(may include earlier buyers)'
};

// Review: the exports dropped the table's flags, so May's 0 % read as a month without orders.
describe('the cohort CSV carries the table’s basis', () => {
	it.each([
		[
			'share',
			[
				[
					'2024-03 (partial: 28 of 31 days) (may include earlier buyers)',
					10,
					1,
					0.2,
					'0.1235 (partial: 20 of 31 days)'
				],
				['2024-04 (may include earlier buyers)', 8, 1, '0.25 (partial: 20 of 31 days)', null],
				['2024-05 (partial: 20 of 31 days)', 5, '1 (partial: 20 of 31 days)', null, null]
			]
		],
		[
			'revenue',
			[
				[
					'2024-03 (partial: 28 of 31 days) (may include earlier buyers)',
					10,
					20,
					24.46,
					'26 (partial: 20 of 31 days)'
				],
				['2024-04 (may include earlier buyers)', 8, 20, '25 (partial: 20 of 31 days)', null],
				['2024-05 (partial: 20 of 31 days)', 5, '20 (partial: 20 of 31 days)', null, null]
			]
		]
	] as const)('%s: partial months and early cohorts marked, other cells plain numbers', (kind, rows) => {
		expect(cohortCsvRows(cohorts, kind, null, texts)).toEqual([
			['cohort', 'customers', 'month_0', 'month_1', 'month_2'],
			...rows
		]);
	});

	it('a whole table has only numbers, and a range names itself in the columns', () => {
		const whole = {
			...cohorts,
			partialLastMonth: null,
			partialFirstMonth: null,
			mayIncludeEarlierBuyers: [false, false, false]
		};
		const range = { from: dayOfIso('2024-03-01'), to: dayOfIso('2024-05-31') };
		const [header, ...rows] = cohortCsvRows(whole, 'share', range, texts);
		expect(header).toEqual([
			'cohort_in_2024-03-01_to_2024-05-31',
			'customers_in_2024-03-01_to_2024-05-31',
			'month_0_in_2024-03-01_to_2024-05-31',
			'month_1_in_2024-03-01_to_2024-05-31',
			'month_2_in_2024-03-01_to_2024-05-31'
		]);
		expect(rows).toEqual([
			['2024-03', 10, 1, 0.2, 0.1235],
			['2024-04', 8, 1, 0.25, null],
			['2024-05', 5, 1, null, null]
		]);
	});
});
