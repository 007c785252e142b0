import { describe, expect, it } from 'vitest';
import { dayFromYmd, isoFromDay } from '$lib/format/date';
import {
	addMonths,
	addMonthsTable,
	civilFromDays,
	firstDayOfMonthIndex,
	monthIndexOfDay,
	monthTable,
	periodStartMonth
} from './calendar';

const d = dayFromYmd;
const parseIso = (iso: string) => {
	const [y, m, day] = iso.split('-').map(Number);
	return d(y, m, day);
};

describe('calendar', () => {
	it.each([
		[1970, 1, 1],
		[1997, 12, 31],
		[2000, 2, 29],
		[2024, 3, 1],
		[1969, 12, 31]
	])('civilFromDays inverts %d-%d-%d', (y, m, day) => {
		expect(civilFromDays(d(y, m, day))).toEqual({ year: y, month: m, day });
	});

	it.each([
		['2023-01-31', 1, '2023-02-28'],
		['2024-01-31', 1, '2024-02-29'],
		['2023-05-15', 12, '2024-05-15'],
		['2023-03-31', -1, '2023-02-28'],
		['2023-12-10', 3, '2024-03-10']
	])('addMonths(%s, %d) = %s', (from, k, to) => {
		const [y, m, day] = from.split('-').map(Number);
		expect(isoFromDay(addMonths(d(y, m, day), k))).toBe(to);
	});

	it('numbers months and finds their first day', () => {
		expect(monthIndexOfDay(d(1997, 1, 15))).toBe(1997 * 12);
		expect(isoFromDay(firstDayOfMonthIndex(1997 * 12 + 11))).toBe('1997-12-01');
	});

	it.each([
		[2023 * 12 + 4, 'quarter', 2023 * 12 + 3],
		[2023 * 12 + 11, 'year', 2023 * 12],
		[2023 * 12 + 11, 'month', 2023 * 12 + 11]
	] as const)('periodStartMonth(%d, %s) = %d', (month, unit, start) => {
		expect(periodStartMonth(month, unit)).toBe(start);
	});

	it('builds a day→month table over a range', () => {
		const table = monthTable(d(2023, 1, 30), d(2023, 3, 2));
		expect(table.length).toBe(32);
		expect(table[0]).toBe(2023 * 12);
		expect(table[2]).toBe(2023 * 12 + 1);
		expect(table[31]).toBe(2023 * 12 + 2);
	});

	describe('addMonthsTable', () => {
		// Each table spans a few days either side of the day looked up, so it crosses a month's end.
		it.each([
			['2024-01-29', 1, '2024-02-29'],
			['2024-01-31', 1, '2024-02-29'],
			['2024-02-01', 1, '2024-03-01'],
			['2023-01-29', 1, '2023-02-28'],
			['2023-01-31', 1, '2023-02-28'],
			['2024-02-29', 12, '2025-02-28'],
			['2024-03-01', 12, '2025-03-01'],
			['2024-03-31', -1, '2024-02-29'],
			['2024-04-01', -1, '2024-03-01'],
			['1969-12-31', 12, '1970-12-31'],
			['1970-01-01', 12, '1971-01-01'],
			['2000-02-29', 0, '2000-02-29'],
			['2100-02-28', -12, '2099-02-28'],
			['2100-03-01', -12, '2099-03-01']
		] as const)('%s + %d months = %s, as addMonths gives it', (iso, months, expected) => {
			const day = parseIso(iso);
			const table = addMonthsTable(day - 3, day + 3, months);
			expect(table.length).toBe(7);
			expect(isoFromDay(table[3])).toBe(expected);
			table.forEach((value, k) => expect(value).toBe(addMonths(day - 3 + k, months)));
		});

		it.each([
			['day 0 (1970-01-01) and the days around it', -40, 40, 12],
			['negative days, a month back', -800, -700, -1],
			['four years with a leap day, one month on', d(2023, 12, 1), d(2027, 1, 31), 1],
			['a 400-year leap day (2000) and a skipped one (2100), a year on', d(1999, 1, 1), d(2101, 12, 31), 12],
			['a span not starting on a month start, 7 months on', d(2021, 5, 17), d(2022, 8, 3), 7]
		])('%s: equals addMonths for every day', (_name, first, last, months) => {
			const table = addMonthsTable(first, last, months);
			expect(table.length).toBe(last - first + 1);
			let differences = 0;
			table.forEach((value, k) => {
				if (value !== addMonths(first + k, months)) differences++;
			});
			expect(differences).toBe(0);
		});

		it('is empty for an empty span and holds one day for a one-day span', () => {
			expect(addMonthsTable(5, 4, 12).length).toBe(0);
			expect(Array.from(addMonthsTable(d(2024, 1, 31), d(2024, 1, 31), 1))).toEqual([d(2024, 2, 29)]);
		});
	});
});
