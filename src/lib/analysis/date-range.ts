import { dayFromYmd, isoFromDay, ymdFromDay } from '$lib/format/date';
import type { OrderColumns } from '$lib/orders/columns';
import { addMonths } from './calendar';

/**
 * A date range of the Analysis page: days `from` to `to`, both included (day numbers, days since
 * 1970-01-01). Kept in the address as `?from=YYYY-MM-DD&to=YYYY-MM-DD`.
 *
 * What a range does to the figures (the rule the page states):
 * - KPIs, segments and the repeat-purchase rate count only the orders inside the range;
 * - "new" means new to the shop: a customer whose first order in the WHOLE history falls inside the
 *   range. A customer who bought before `from` and again inside it is a returning customer, never new;
 * - the customer base of period retention is taken from the whole history (who was active before a
 *   period is known from orders before the range), and only the periods inside the range are shown;
 * - cohorts are the customers new in the range, followed up to `to`.
 */
export interface DayRange {
	from: number;
	to: number;
}

/** The data's own span: the first and last order day. */
export interface DataSpan {
	minDay: number;
	maxDay: number;
}

export type RangeProblem =
	| { kind: 'format'; field: 'from' | 'to' }
	| { kind: 'missing'; field: 'from' | 'to' }
	| { kind: 'order' }
	/**
	 * `limits`, when comparing two data sets: the names of the data sets whose first and last order
	 * bound the days both cover (the same name when one data set bounds both).
	 */
	| { kind: 'outside'; dataFrom: number; dataTo: number; limits?: { from: string; to: string } };

/** The range asked for: none (all orders), a valid range, or what is wrong with it. */
export type RangeChoice =
	{ kind: 'all' } | { kind: 'range'; range: DayRange } | { kind: 'invalid'; problem: RangeProblem };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` text as a day number, or null when it is not a real calendar date. */
export function parseIsoDay(text: string): number | null {
	const match = ISO_DAY.exec(text.trim());
	if (!match) return null;
	const [year, month, day] = match.slice(1).map(Number);
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	const result = dayFromYmd(year, month, day);
	const back = ymdFromDay(result);
	return back.year === year && back.month === month && back.day === day ? result : null;
}

export { isoFromDay };

/**
 * Reads the range typed or found in the address. Both empty: all orders. One empty, a text that is
 * not a date, `from` after `to`, or a range reaching outside the data: invalid, with the reason.
 * (A range must lie within the data's first and last order day: outside them nothing is known, and a
 * range that silently shrank would not be the range the link names.)
 */
export function readRange(fromText: string, toText: string, data: DataSpan | null): RangeChoice {
	const fromEmpty = fromText.trim() === '';
	const toEmpty = toText.trim() === '';
	if (fromEmpty && toEmpty) return { kind: 'all' };
	if (fromEmpty) return { kind: 'invalid', problem: { kind: 'missing', field: 'from' } };
	if (toEmpty) return { kind: 'invalid', problem: { kind: 'missing', field: 'to' } };
	const from = parseIsoDay(fromText);
	if (from === null) return { kind: 'invalid', problem: { kind: 'format', field: 'from' } };
	const to = parseIsoDay(toText);
	if (to === null) return { kind: 'invalid', problem: { kind: 'format', field: 'to' } };
	if (from > to) return { kind: 'invalid', problem: { kind: 'order' } };
	if (data && (from < data.minDay || to > data.maxDay))
		return { kind: 'invalid', problem: { kind: 'outside', dataFrom: data.minDay, dataTo: data.maxDay } };
	return { kind: 'range', range: { from, to } };
}

export const RANGE_PRESETS = ['last90', 'last12Months', 'thisQuarter', 'lastQuarter', 'thisYear', 'all'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/**
 * The range a choice puts in the analysis settings: undefined for all orders, null while it cannot
 * be used (invalid, or a range typed before the data's span is known to check it against).
 */
export function usableRange(choice: RangeChoice, data: DataSpan | null): DayRange | undefined | null {
	if (choice.kind === 'invalid' || (choice.kind === 'range' && data === null)) return null;
	return choice.kind === 'range' ? choice.range : undefined;
}

/** The texts a preset puts in the range fields: its dates, or both empty for all orders. */
export function presetTexts(preset: RangePreset, data: DataSpan | null): { from: string; to: string } {
	const range = data && presetRange(preset, data);
	return range ? { from: isoFromDay(range.from), to: isoFromDay(range.to) } : { from: '', to: '' };
}

/**
 * A preset relative to the data's last order day (not today's date: an export ends when it was
 * made), cut at the data's first day; null for "all".
 * - last 90 days: the last order day and the 89 before it;
 * - last 12 months: from the day after the same date a year earlier; when the last order day is a
 *   month's last day, the 12 whole months ending with it (28 Feb 2025: from 1 Mar 2024, not 29 Feb);
 * - this quarter: from the first day of the last order day's calendar quarter;
 * - last quarter: the whole calendar quarter before that one;
 * - this year: from 1 January of the last order day's year.
 */
export function presetRange(preset: RangePreset, data: DataSpan): DayRange | null {
	const last = data.maxDay;
	let from: number;
	if (preset === 'all') return null;
	else if (preset === 'last90') from = last - 89;
	else if (preset === 'thisQuarter' || preset === 'lastQuarter') {
		const { year, month } = ymdFromDay(last);
		const quarterStart = dayFromYmd(year, month - ((month - 1) % 3), 1);
		if (preset === 'thisQuarter') from = quarterStart;
		else {
			const to = quarterStart - 1;
			// A quarter wholly before the data is left as it is: the fields then say it lies outside the data.
			return {
				from:
					to < data.minDay ? addMonths(quarterStart, -3) : Math.max(addMonths(quarterStart, -3), data.minDay),
				to
			};
		}
	} else if (preset === 'last12Months')
		// Ending on a month's last day: the 12 whole months (so the previous period is 12 whole months too).
		from = ymdFromDay(last + 1).day === 1 ? addMonths(last + 1, -12) : addMonths(last, -12) + 1;
	else from = dayFromYmd(ymdFromDay(last).year, 1, 1);
	return { from: Math.max(from, data.minDay), to: last };
}

export function rangeDays(range: DayRange): number {
	return range.to - range.from + 1;
}

/** A calendar period that a range covers from its first day to a day before its end (see `periodToDate`). */
export type ToDateUnit = 'month' | 'quarter' | 'year';
const TO_DATE_MONTHS: Record<ToDateUnit, number> = { month: 1, quarter: 3, year: 12 };

/**
 * The calendar period a range is "to date" of: it starts on the first day of a month, quarter or
 * year and ends inside that same period, before its last day (1 Oct – 20 Nov: quarter to date;
 * 1 Apr – 31 May, whole months, too: the "This quarter" of data that ends on 31 May). The shortest
 * such period; null for any other range, a whole month, quarter or year included.
 */
export function periodToDate(range: DayRange): ToDateUnit | null {
	const from = ymdFromDay(range.from);
	const to = ymdFromDay(range.to);
	if (from.day !== 1 || to.year !== from.year) return null;
	let unit: ToDateUnit | null = null;
	if (to.month === from.month) unit = 'month';
	else if ((from.month - 1) % 3 === 0 && to.month < from.month + 3) unit = 'quarter';
	else if (from.month === 1) unit = 'year';
	if (unit === null) return null;
	// The whole period is none "to date": it is compared with the whole period before (whole months).
	return range.to < addMonths(range.from, TO_DATE_MONTHS[unit]) - 1 ? unit : null;
}

/**
 * The range compared with this one as the period before it:
 * - a month, quarter or year to date (`periodToDate`) with the same days of the month, quarter or
 *   year before (1 Oct – 20 Nov with 1 Jul – 20 Aug, not with the 51 days before; a day the shorter
 *   month lacks becomes its last day; a range ending on a month's last day ends on the last day of
 *   that month then: 1 Jan – 28 Feb with 1 Oct – 30 Nov). A quarter to date of whole months is so
 *   too: 1 Apr – 31 May with 1 Jan – 28 Feb, not 1 Feb – 31 Mar, which cuts the quarter before in two;
 * - any other range of whole calendar months (from the 1st of a month to the last day of a month)
 *   is followed back by as many whole months, so a quarter is compared with the quarter before
 *   (April–June with January–March, not with the 91 days before);
 * - any other range by as many days just before it.
 */
export function previousRange(range: DayRange): DayRange {
	const toDate = periodToDate(range);
	if (toDate !== null) {
		const back = -TO_DATE_MONTHS[toDate];
		const endsMonth = ymdFromDay(range.to + 1).day === 1;
		return {
			from: addMonths(range.from, back),
			to: endsMonth ? addMonths(range.to + 1, back) - 1 : addMonths(range.to, back)
		};
	}
	const months = wholeMonths(range);
	if (months !== null) return { from: addMonths(range.from, -months), to: range.from - 1 };
	const days = rangeDays(range);
	return { from: range.from - days, to: range.from - 1 };
}

/** How many calendar months a range spans when it is made of whole months, else null. */
export function wholeMonths(range: DayRange): number | null {
	const from = ymdFromDay(range.from);
	const to = ymdFromDay(range.to);
	if (from.day !== 1 || ymdFromDay(range.to + 1).day !== 1) return null;
	return (to.year - from.year) * 12 + to.month - from.month + 1;
}

/**
 * The same dates a year earlier (29 February becomes 28 February). A range of whole months is the same
 * whole months a year earlier (February 2025 → all of February 2024, its 29th included).
 */
export function yearAgoRange(range: DayRange): DayRange {
	if (wholeMonths(range) !== null) return { from: addMonths(range.from, -12), to: addMonths(range.to + 1, -12) - 1 };
	return { from: addMonths(range.from, -12), to: addMonths(range.to, -12) };
}

/**
 * The days an analysis's headline counts cover: its range when one is set, else the whole data set
 * (`firstDay`..`lastDay`). A header never puts a range's counts next to the whole data's dates.
 */
export function countedDays(analysis: { range: DayRange | null; firstDay: number; lastDay: number }): DayRange {
	return analysis.range
		? { from: analysis.range.from, to: analysis.range.to }
		: { from: analysis.firstDay, to: analysis.lastDay };
}

/** An earlier range is comparable only when the data covers all of it (it starts on or after the first order day). */
export function isCovered(range: DayRange, data: DataSpan): boolean {
	return range.from >= data.minDay && range.to <= data.maxDay;
}

/** The orders of `columns` whose day lies in the range and that `keep` accepts (all, by default). */
export function ordersInRange(
	columns: OrderColumns,
	range: DayRange,
	keep: (row: number) => boolean = () => true
): OrderColumns {
	let count = 0;
	for (let i = 0; i < columns.count; i++) {
		const d = columns.day[i];
		if (d >= range.from && d <= range.to && keep(i)) count++;
	}
	const customer = new Int32Array(count);
	const day = new Int32Array(count);
	const amount = new Float64Array(count);
	let k = 0;
	for (let i = 0; i < columns.count; i++) {
		const d = columns.day[i];
		if (d < range.from || d > range.to || !keep(i)) continue;
		customer[k] = columns.customer[i];
		day[k] = d;
		amount[k] = columns.amount[i];
		k++;
	}
	return { count, customer, day, amount };
}
