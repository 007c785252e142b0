/**
 * Calendar days as integers (days since 1970-01-01), the unit in which orders are stored.
 * A day number names a date as the shop wrote it, with no time zone: 2023-05-31 23:49 +0100
 * is day "2023-05-31" for that shop, wherever the browser is.
 */
export const MS_PER_DAY = 86_400_000;

export function dayFromYmd(year: number, month: number, day: number): number {
	return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function isoFromDay(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function ymdFromDay(day: number): { year: number; month: number; day: number } {
	const date = new Date(day * MS_PER_DAY);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const dateCache = new Map<string, Intl.DateTimeFormat>();
/** The formatter for `tag` and `options`, made once (`kind` names the options in short, as in number.ts). */
function dateFormat(tag: string, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${tag} ${kind}`;
	let format = dateCache.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options });
		dateCache.set(key, format);
	}
	return format;
}

export function formatDay(day: number, tag: string): string {
	if (!Number.isFinite(day)) return '—';
	return dateFormat(tag, 'day', { year: 'numeric', month: 'short', day: 'numeric' }).format(day * MS_PER_DAY);
}

export function formatMonth(day: number, tag: string): string {
	if (!Number.isFinite(day)) return '—';
	return dateFormat(tag, 'month', { year: 'numeric', month: 'short' }).format(day * MS_PER_DAY);
}

export function formatTimestamp(ms: number, tag: string): string {
	if (!Number.isFinite(ms)) return '—';
	return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
