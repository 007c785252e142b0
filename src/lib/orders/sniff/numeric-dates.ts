/**
 * Dates written as numbers: Excel's day numbers (a date column formatted as a number before the
 * file was saved: 45292 is 1 January 2024) and Unix times (seconds or milliseconds since
 * 1970-01-01 UTC, as database and API dumps give them). A column is read so only when every value
 * sampled is such a number in the years 1970–2099, never one value at a time: an order number
 * could look like one.
 */
import { daysFromCivil } from './dates';

export type NumericDates = 'excelSerial' | 'unixSeconds' | 'unixMillis';

/** Excel's day number of 1970-01-01 (in its 1900 date system, whose day 60 is a 29 February that never was). */
const EXCEL_EPOCH = 25_569;
const FIRST_DAY = 0; // 1970-01-01
const LAST_DAY = daysFromCivil(2099, 12, 31);
const DAY_SECONDS = 86_400;

/**
 * A whole number, or one with a fraction (Excel's time of day) after a point or, as Excel writes it
 * where that is the decimal mark, a comma ("45292,75"): its value, else NaN.
 */
function plainNumber(raw: string): number {
	return /^\d+([.,]\d+)?$/.test(raw) ? Number(raw.replace(',', '.')) : NaN;
}

/** The calendar day of a number of `kind`, or NaN (not such a number, or outside 1970–2099). */
export function numericDay(raw: string, kind: NumericDates): number {
	const value = plainNumber(raw.trim());
	const day = Math.floor(
		kind === 'excelSerial'
			? value - EXCEL_EPOCH
			: kind === 'unixSeconds'
				? value / DAY_SECONDS
				: value / (DAY_SECONDS * 1000)
	);
	return day >= FIRST_DAY && day <= LAST_DAY ? day : NaN;
}

/**
 * How a column's sample values are dates written as numbers, when all of them are (a whole part of
 * 5 digits: Excel's day numbers; 10 digits: Unix seconds; 13: Unix milliseconds), else null.
 */
export function numericDatesOf(values: readonly string[]): NumericDates | null {
	const filled = values.map((v) => v.trim()).filter(Boolean);
	if (filled.length === 0) return null;
	const digits = filled[0].split(/[.,]/)[0].length;
	const kind: NumericDates | null =
		digits === 5 ? 'excelSerial' : digits === 10 ? 'unixSeconds' : digits === 13 ? 'unixMillis' : null;
	if (!kind) return null;
	// Unix times are whole numbers; only Excel's day numbers have a time of day as a fraction.
	const whole = kind !== 'excelSerial';
	return filled.every((v) => (!whole || !/[.,]/.test(v)) && numericDay(v, kind) === numericDay(v, kind))
		? kind
		: null;
}
