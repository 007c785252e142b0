import { isoFromDay } from '$lib/format/date';
import type { DayRange } from './date-range';

/**
 * The basis of an exported file, carried where every spreadsheet and mailing tool keeps it: a file
 * of a date range's figures names the range in its file name and in each column it limits (a first
 * line of notes would break the header row the tools import by). Without a range: unchanged.
 */

/** `2026-07-01_to_2026-09-30`, or '' for all orders. */
export function rangeTag(range: DayRange | null | undefined): string {
	return range ? `${isoFromDay(range.from)}_to_${isoFromDay(range.to)}` : '';
}

/** A column counted within the range: `orders_in_2026-07-01_to_2026-09-30`; as is for all orders. */
export function inRange(column: string, range: DayRange | null | undefined): string {
	return range ? `${column}_in_${rangeTag(range)}` : column;
}

/** `shop-champions.csv`, or `shop-champions-2026-07-01_to_2026-09-30.csv` under a range. */
export function exportFileName(base: string, range: DayRange | null | undefined, extension = 'csv'): string {
	return range ? `${base}-${rangeTag(range)}.${extension}` : `${base}.${extension}`;
}
