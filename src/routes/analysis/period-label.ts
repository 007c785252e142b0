import type { PeriodUnit } from '$lib/analysis/calendar';
import { firstDayOfMonthIndex } from '$lib/analysis/calendar';
import { MS_PER_DAY } from '$lib/format/date';

/** "Mar 2024", "Q1 2024" or "2024" in the reader's language. */
export function periodLabel(month: number, unit: PeriodUnit, tag: string): string {
	const year = Math.floor(month / 12);
	if (unit === 'year') return String(year);
	if (unit === 'quarter') return `Q${Math.floor((month % 12) / 3) + 1} ${year}`;
	return new Intl.DateTimeFormat(tag, { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(firstDayOfMonthIndex(month) * MS_PER_DAY);
}
