import { daysFromCivil } from '$lib/orders/sniff/dates';

/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), for periods and windows measured
 * in calendar months. A month index counts months since year 0: year × 12 + (month − 1).
 */
export type PeriodUnit = 'month' | 'quarter' | 'year';
export const PERIOD_UNITS: readonly PeriodUnit[] = ['month', 'quarter', 'year'];
export const MONTHS_PER: Record<PeriodUnit, number> = { month: 1, quarter: 3, year: 12 };

/** Year, month (1–12) and day of a day number (H. Hinnant's civil_from_days). */
export function civilFromDays(day: number): { year: number; month: number; day: number } {
	const z = day + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

export function monthIndexOfDay(day: number): number {
	const { year, month } = civilFromDays(day);
	return year * 12 + month - 1;
}

export function firstDayOfMonthIndex(monthIndex: number): number {
	return daysFromCivil(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
}

function daysInMonth(year: number, month: number): number {
	return (
		daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1)
	);
}

/** The same day `months` later (or earlier), clamped to the month's end: 31 Jan + 1 month = 28/29 Feb. */
export function addMonths(day: number, months: number): number {
	const { year, month, day: d } = civilFromDays(day);
	const index = year * 12 + month - 1 + months;
	const y = Math.floor(index / 12);
	const m = (index % 12) + 1;
	return daysFromCivil(y, m, Math.min(d, daysInMonth(y, m)));
}

/**
 * `addMonths(day, months)` for every day from `firstDay` to `lastDay`, at `table[day − firstDay]`:
 * the analysis asks it of every customer's purchases, and calendar maths per call cost far more
 * than one table read. Filled a month at a time (each month's days map onto one target month,
 * clamped to its end), so only two calendar conversions per month.
 */
export function addMonthsTable(firstDay: number, lastDay: number, months: number): Int32Array {
	const table = new Int32Array(Math.max(0, lastDay - firstDay + 1));
	let day = firstDay;
	while (day <= lastDay) {
		const month = monthIndexOfDay(day);
		const monthStart = firstDayOfMonthIndex(month);
		const next = firstDayOfMonthIndex(month + 1);
		const targetStart = firstDayOfMonthIndex(month + months);
		const targetLength = firstDayOfMonthIndex(month + months + 1) - targetStart;
		for (; day <= lastDay && day < next; day++)
			table[day - firstDay] = targetStart + Math.min(day - monthStart, targetLength - 1);
	}
	return table;
}

/** The period (by its first month index) that a month index falls in. */
export function periodStartMonth(monthIndex: number, unit: PeriodUnit): number {
	const size = MONTHS_PER[unit];
	return monthIndex - (((monthIndex % size) + size) % size);
}

/**
 * A lookup from day to month index over a range of days: converting every order's day with
 * calendar maths would cost far more than one table read.
 */
export function monthTable(firstDay: number, lastDay: number): Int32Array {
	const table = new Int32Array(lastDay - firstDay + 1);
	let day = firstDay;
	while (day <= lastDay) {
		const month = monthIndexOfDay(day);
		const next = Math.min(lastDay + 1, firstDayOfMonthIndex(month + 1));
		table.fill(month, day - firstDay, next - firstDay);
		day = next;
	}
	return table;
}
