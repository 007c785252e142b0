import { describe, expect, it } from 'vitest';
import { columnsOf, dayOfIso, type TestOrder } from '$lib/test-support/order-columns';
import { analyse } from './analyse';
import { cohortTable, partialFirstMonth } from './cohorts';
import { indexCustomers } from './customers';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';

const month = (ym: string) => {
	const [y, m] = ym.split('-').map(Number);
	return y * 12 + m - 1;
};

// QA a_shopify_uk: data from 4 Mar 2024; the cohort table showed Mar 2024 as a whole month while the CRR
// table marked it "(partial: 28 of 31 days)" and "(base still building)".
describe('partialFirstMonth: the first month when the data begins after its first day', () => {
	it.each<[string, string, string, { month: string; covered: number; days: number } | null]>([
		['4 Mar 2024 (QA)', '2024-03-04', '2025-10-29', { month: '2024-03', covered: 28, days: 31 }],
		['the 1st: whole', '2024-03-01', '2025-10-29', null],
		['the last day of a leap February', '2024-02-29', '2024-06-01', { month: '2024-02', covered: 1, days: 29 }],
		['ending within the same month', '2024-03-04', '2024-03-10', { month: '2024-03', covered: 7, days: 31 }]
	])('%s', (_name, from, to, expected) => {
		const found = partialFirstMonth(dayOfIso(from), dayOfIso(to));
		if (expected === null) return expect(found).toBeNull();
		expect(found).toEqual({
			month: month(expected.month),
			coveredDays: expected.covered,
			days: expected.days,
			firstDay: dayOfIso(from)
		});
	});
});

describe('cohorts that may include customers who bought before the data begins (as "base still building")', () => {
	// One customer a month from 4 Mar 2024 to Oct 2025, the QA file's span.
	const orders: TestOrder[] = Array.from({ length: 20 }, (_, k) => {
		const m = 2024 * 12 + 2 + k;
		const iso = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-${k === 0 ? '04' : '10'}`;
		return [k, iso];
	});
	const columns = columnsOf(orders);
	const index = indexCustomers(columns, orders.length);
	it.each<[string, number, string]>([
		// 12-month window: months starting before 4 Mar 2025 (Mar 2024 – Mar 2025) are still building.
		['12-month window', 12, '2025-03'],
		['3-month window', 3, '2024-06'],
		['1-month window', 1, '2024-04']
	])('%s: flagged up to %s', (_name, windowMonths, last) => {
		const table = cohortTable(columns, index, { dataFrom: index.minDay, windowMonths });
		const flagged = table.months.filter((_, k) => table.mayIncludeEarlierBuyers[k]);
		expect(flagged[0]).toBe(month('2024-03'));
		expect(flagged.at(-1)).toBe(month(last));
		expect(flagged).toHaveLength(month(last) - month('2024-03') + 1);
		expect(table.partialFirstMonth).toMatchObject({ month: month('2024-03'), coveredDays: 28, days: 31 });
	});

	it('uses the same rule as the CRR table (one window after the first order)', () => {
		const { analysis } = analyse(columns, orders.length, { ...DEFAULT_ANALYSIS_SETTINGS, period: 'month' });
		const building = analysis.periods.filter((row) => row.warmingUp).map((row) => row.month);
		const flagged = analysis.cohorts.months.filter((_, k) => analysis.cohorts.mayIncludeEarlierBuyers[k]);
		expect(flagged).toEqual(building);
	});

	it('a date range’s cohorts are judged against the data’s first day, not the range’s', () => {
		const range = { from: dayOfIso('2025-01-01'), to: dayOfIso('2025-10-29') };
		const { analysis } = analyse(columns, orders.length, { ...DEFAULT_ANALYSIS_SETTINGS, range });
		const flagged = analysis.cohorts.months.filter((_, k) => analysis.cohorts.mayIncludeEarlierBuyers[k]);
		expect(flagged).toEqual([month('2025-01'), month('2025-02'), month('2025-03')]);
		expect(analysis.cohorts.partialFirstMonth).toBeNull();
	});
});
