import { describe, expect, it } from 'vitest';
import { inspectSample } from './inspect';
import { sampleOf } from './test-support';

/** The inspection's word on the date column of a file whose dates are `dates`. */
function unreadableOf(dates: string[]) {
	const text = ['order_id,customer_id,order_date,total', ...dates.map((d, i) => `${i + 1},c${i},${d},10`)].join('\n');
	const inspection = inspectSample(sampleOf('orders.csv', new TextEncoder().encode(text + '\n')));
	expect(inspection.plan.mapping.date).toBe(2);
	return inspection.unreadableDates[2];
}

describe('a date column none of whose sample values reads as a date', () => {
	it.each([
		// QA pass 55a, b6_all_dates_unparseable.csv: shaped like dates, yet none is a day.
		{
			dates: ['yesterday', 'soon', 'Q1 2025', 'n/a', 'TBD', '31/31/2025', '2025-13-45', 'week 12'],
			row: 2,
			value: 'yesterday'
		},
		{ dates: ['', ' soon ', '31/31/2025'], row: 3, value: 'soon' },
		// One date that reads, in either order: the others are the rows' own problem (the report counts them).
		{ dates: ['soon', '31/31/2025', '13/01/2025'], row: null },
		{ dates: ['soon', '01/13/2025'], row: null },
		{ dates: ['2025-01-31', '2025-02-01'], row: null },
		{ dates: ['5 Jan 2024', 'n/a'], row: null },
		// Dates written as numbers (Excel's day numbers).
		{ dates: ['45292', '45293', '45300'], row: null },
		{ dates: ['', ''], row: null }
	])('$dates', ({ dates, row, value }) => {
		const unreadable = unreadableOf(dates);
		if (row === null) expect(unreadable).toBeNull();
		else expect(unreadable).toEqual({ file: 0, row, value });
	});
});
