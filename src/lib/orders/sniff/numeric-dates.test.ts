import { describe, expect, it } from 'vitest';
import { dayFromYmd as d } from '$lib/format/date';
import { numericDatesOf, numericDay } from './numeric-dates';

describe('dates written as numbers', () => {
	it.each([
		// Excel: 45292 is 1 Jan 2024 (as Excel shows it), a fraction is the time of day.
		['45292', 'excelSerial', d(2024, 1, 1)],
		['45292.75', 'excelSerial', d(2024, 1, 1)],
		// As Excel saves it where a comma is the decimal mark.
		['45292,75', 'excelSerial', d(2024, 1, 1)],
		['25569', 'excelSerial', d(1970, 1, 1)],
		['45351', 'excelSerial', d(2024, 2, 29)],
		// Unix seconds and milliseconds, in UTC: 1704153600 is 2024-01-02 00:00:00 UTC.
		['1704153600', 'unixSeconds', d(2024, 1, 2)],
		['1704239999', 'unixSeconds', d(2024, 1, 2)],
		['1704153600000', 'unixMillis', d(2024, 1, 2)]
	] as const)('%s as %s', (raw, kind, day) => {
		expect(numericDay(raw, kind)).toBe(day);
	});

	it.each([
		['20000', 'excelSerial'],
		['80000', 'excelSerial'],
		['-45292', 'excelSerial'],
		['45,292', 'excelSerial'],
		['2024-01-02', 'unixSeconds'],
		['', 'unixMillis']
	] as const)('%j is no %s date', (raw, kind) => {
		expect(numericDay(raw, kind)).toBeNaN();
	});

	it.each([
		[['45292', '45300.5', '', '45310'], 'excelSerial'],
		[['1704153600', '1705276800'], 'unixSeconds'],
		[['1704153600000', '1706745600000'], 'unixMillis'],
		[['45292,75', '45300,5', '45310'], 'excelSerial'],
		// Not all of them such numbers, or none: not read as dates.
		[['45292', '2024-01-02'], null],
		[['45292', '123456'], null],
		[['1704153600', '1704153600.5'], null],
		[['1704153600', '1704153600,5'], null],
		[['45,292', '45,300'], null],
		[['12345', '23456'], null],
		[['1001', '1002'], null],
		[['', ''], null]
	] as const)('%j are read as %s', (values, kind) => {
		expect(numericDatesOf(values)).toBe(kind);
	});
});
