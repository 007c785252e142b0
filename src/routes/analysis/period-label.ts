import type { PeriodUnit } from '$lib/analysis/calendar';
import { firstDayOfMonthIndex } from '$lib/analysis/calendar';
import { MS_PER_DAY } from '$lib/format/date';

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
	return new Intl.DateTimeFormat(tag, { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(
		firstDayOfMonthIndex(month) * MS_PER_DAY
	);
}
