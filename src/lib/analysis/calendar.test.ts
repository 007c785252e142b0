import { describe, expect, it } from 'vitest';
import { dayFromYmd, isoFromDay } from '$lib/format/date';
import {
	addMonths,
	civilFromDays,
	firstDayOfMonthIndex,
	monthIndexOfDay,
	monthTable,
	periodStartMonth
} from './calendar';

const d = dayFromYmd;

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
});
