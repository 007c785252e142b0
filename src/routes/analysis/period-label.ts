import type { PeriodUnit } from '$lib/analysis/calendar';
import { firstDayOfMonthIndex } from '$lib/analysis/calendar';
import { MS_PER_DAY } from '$lib/format/date';

// Building an Intl.DateTimeFormat costs far more than formatting with one: a page labels hundreds
// of months (periods, cohorts, curves), so one formatter per language is kept.
const monthFormats = new Map<string, Intl.DateTimeFormat>();

function monthFormat(tag: string): Intl.DateTimeFormat {
	let format = monthFormats.get(tag);
	if (!format) {
		format = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', month: 'short', year: 'numeric' });
		monthFormats.set(tag, format);
	}
	return format;
}

/** "Mar 2024", "Q1 2024" or "2024" in the reader's language (`quarter` words a quarter). */
export function periodLabel(
	month: number,
	unit: PeriodUnit,
	tag: string,
	quarter: (p: { quarter: string; year: string }) => string = (p) => `Q${p.quarter} ${p.year}`
): string {
	const year = Math.floor(month / 12);
	if (unit === 'year') return String(year);
	if (unit === 'quarter') return quarter({ quarter: String(Math.floor((month % 12) / 3) + 1), year: String(year) });
	return monthFormat(tag).format(firstDayOfMonthIndex(month) * MS_PER_DAY);
}
