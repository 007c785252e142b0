import { describe, expect, it } from 'vitest';
import type { CohortTable } from '$lib/analysis/cohorts';
import { dayOfIso } from '$lib/test-support/order-columns';
import { cohortCsvRows, type CohortFlagTexts } from './cohort-basis';
import { QA_COHORTS } from './cohorts.test-support';

/** The QA cohorts, with shares and revenue that need rounding, and the last cohort not an early one. */
const cohorts: CohortTable = {
	...QA_COHORTS,
	share: [
		[1, 0.2, 0.123456],
		[1, 0.25, null],
		[1, null, null]
	],
	cumulativeRevenuePerCustomer: [
		[20, 24.456, 26],
		[20, 25, null],
		[20, null, null]
	],
	mayIncludeEarlierBuyers: [true, true, false]
};

const texts: CohortFlagTexts = {
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
