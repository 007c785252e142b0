/**
 * The time unit of a model. Every duration a model sees (recency, age T, horizons) is measured in
 * it, and its parameters depend on it (BG/NBD's alpha scales with the unit), so it travels with
 * every summary and fit.
 *
 * A month is an average Gregorian month, 365.25 / 12 = 30.4375 days, so that 12 months are a year
 * and durations stay proportional to days (calendar months of 28–31 days would not be).
 */
export type TimeUnit = 'day' | 'week' | 'month';

export const DAYS_PER_YEAR = 365.25;
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

export const TIME_UNITS: readonly TimeUnit[] = ['day', 'week', 'month'];

/** Length of one unit in days. */
export function daysPerUnit(unit: TimeUnit): number {
	switch (unit) {
		case 'day':
			return 1;
		case 'week':
			return 7;
		case 'month':
			return DAYS_PER_MONTH;
	}
}

/** A number of months expressed in the given unit (e.g. 12 months = 52.18 weeks). */
export function monthsToUnits(months: number, unit: TimeUnit): number {
	return (months * DAYS_PER_MONTH) / daysPerUnit(unit);
}

/** How many of a unit make a year (365.25 days, 365.25 / 7 weeks, 12 months). */
export function unitsPerYear(unit: TimeUnit): number {
	return DAYS_PER_YEAR / daysPerUnit(unit);
}
