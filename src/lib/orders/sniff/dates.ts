/**
 * Reading order dates as shops export them, into calendar day numbers (days since 1970-01-01).
 *
 * Accepted: ISO `2023-05-31`, with a time and an offset (`2023-05-31 23:49:50 +0100`,
 * `2023-05-31T23:49:50Z`); `2023/05/31`; `31.05.2023`; `31/05/2023` or `05/31/2023` (which one is
 * decided from the data); `31-05-2023`; compact `20230531`; two-digit years; month names, in full
 * or short, in English (`31 May 2023`, `May 31, 2023`, `31-May-2023`), Russian (`31 мая 2023 г.`),
 * Dutch (`31 mei 2023`, `2 mrt. 2024`), German (`31. Mai 2023`), French (`31 mai 2023`) and Latvian
 * (`31. maijs 2023`, and year first, `2023. gada 31. maijs`); Chinese `2023年5月31日`.
 *
 * The day is the date as written: a time or a time-zone offset never moves an order to another
 * day, because the shop's own calendar (its "Tuesday") is what retention periods count in.
 */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/** How a value is written, for telling the user when a column mixes styles. */
export type DateStyle = 'iso' | 'ymd-slash' | 'dotted' | 'slashed' | 'dashed' | 'compact' | 'text' | 'cjk';

interface DateParts {
	first: number;
	second: number;
	third: number;
	/** Digits in the first number (4 means the year comes first). */
	firstDigits: number;
	thirdDigits: number;
	/** A month written as a word, when there was one: 1..12, and which slot it was in. */
	namedMonth: 0 | 1 | 2;
	style: DateStyle;
}

/**
 * Month names by their first three letters (four where three are not enough: French "juin" and
 * "juil"), January to December, in the languages of the shops the app is for; a word is looked up
 * by its first four letters, then three. The same letters never name two months.
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
	['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
	// Russian, in the genitive a date uses ("31 мая")
	['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
	// Dutch ("maart", short "mrt")
	['jan', 'feb', 'maa', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
	// German ("März", also written "Maerz")
	['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
	// French
	['janv', 'fév', 'mar', 'avr', 'mai', 'juin', 'juil', 'aoû', 'sep', 'oct', 'nov', 'déc'],
	// Latvian
	['jan', 'feb', 'mar', 'apr', 'mai', 'jūn', 'jūl', 'aug', 'sep', 'okt', 'nov', 'dec']
];
/** Spellings beside those: the Russian nominative "май", Dutch "mrt", German "Maerz", French without accents. */
const MONTH_SPELLINGS: readonly [string, number][] = [
	['май', 5],
	['mrt', 3],
	['mae', 3],
	['fev', 2],
	['aou', 8]
];
const MONTHS = new Map<string, number>([
	...MONTH_NAMES.flatMap((names) => names.map((name, i): [string, number] => [name, i + 1])),
	...MONTH_SPELLINGS
]);

/**
 * Weekdays in English as written before a date: RFC 2822's and JavaScript's three letters, the
 * longer abbreviations and the whole names. Only whole words: "Satin" is no Saturday.
 */
const WEEKDAYS = new Set([
	...['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'tues', 'weds', 'thur', 'thurs'],
	...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
]);

/** The word for "year" after a Latvian date's year ("2024. gada 2. janvāris"), in full or short. */
const LATVIAN_YEAR_WORDS = new Set(['gada', 'g']);

/** The month a word names (see `MONTHS`), or 0. */
function monthOf(word: string): number {
	const lower = word.toLowerCase();
	return MONTHS.get(lower.slice(0, 4)) ?? MONTHS.get(lower.slice(0, 3)) ?? 0;
}

/** A letter of a Latin or Cyrillic word (not a CJK date mark such as 年, which is a separator). */
function isWordLetter(c: number): boolean {
	return (
		(c >= 65 && c <= 90) ||
		(c >= 97 && c <= 122) ||
		(c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
		(c >= 0x400 && c <= 0x4ff)
	);
}

/** Splits a date into its three numbers without deciding their order; null if it is no date. */
function splitDate(raw: string): DateParts | null {
	const s = raw.trim();
	const n = s.length;
	if (n < 6) return null;
	let i = 0;
	const numbers: number[] = [];
	const digits: number[] = [];
	const separators: string[] = [];
	let namedMonth: 0 | 1 | 2 = 0;
	let latvianYear = false;
	while (numbers.length < 3 && i < n) {
		const c = s.charCodeAt(i);
		if (c >= 48 && c <= 57) {
			let value = 0;
			let count = 0;
			while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) {
				value = value * 10 + (s.charCodeAt(i) - 48);
				count++;
				i++;
			}
			if (numbers.length === 0 && count === 8) {
				// Compact YYYYMMDD.
				if (i < n && s[i] !== ' ' && s[i] !== 'T') return null;
				return {
					first: Math.floor(value / 10000),
					second: Math.floor(value / 100) % 100,
					third: value % 100,
					firstDigits: 4,
					thirdDigits: 2,
					namedMonth: 0,
					style: 'compact'
				};
			}
			numbers.push(value);
			digits.push(count);
		} else if (isWordLetter(c)) {
			const start = i;
			while (i < n && isWordLetter(s.charCodeAt(i))) i++;
			const word = s.slice(start, i);
			// A weekday before the date ("Tue, 2 Jan 2024", "Tue Jan 02 2024"): passed over.
			if (numbers.length === 0 && !namedMonth && WEEKDAYS.has(word.toLowerCase())) {
				while (i < n && (s[i] === ',' || s[i] === ' ' || s[i] === '.')) i++;
				continue;
			}
			// Latvian's long date, year first: "2024. gada 2. janvāris" ("g." for short).
			const afterYear = numbers.length === 1 && digits[0] === 4 && !namedMonth;
			if (afterYear && LATVIAN_YEAR_WORDS.has(word.toLowerCase())) {
				latvianYear = true;
				continue;
			}
			const month = monthOf(word);
			if (!month || namedMonth) return null;
			if (latvianYear && numbers.length === 2) {
				// (Its day came before the month: read in the year, month, day order of the rest.)
				numbers.splice(1, 0, month);
				digits.splice(1, 0, 2);
				namedMonth = 2;
				continue;
			}
			if (numbers.length > 1) return null;
			namedMonth = (numbers.length + 1) as 1 | 2;
			numbers.push(month);
			digits.push(2);
		} else {
			if (numbers.length === 0) return null;
			let sep = '';
			while (i < n && !(s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) && !isWordLetter(s.charCodeAt(i)))
				sep += s[i++];
			if (sep.length > 3) return null;
			separators.push(sep);
		}
	}
	if (numbers.length < 3) return null;
	// What follows the date must be nothing, a time, the CJK day mark or the Russian year's ("2024г."),
	// or a dotted date's closing dot (Latvian writes "05.01.2024.").
	const rest = s.slice(i);
	const sep = separators[0]?.trim() ?? '';
	if (rest && !/^(日|г\.?$|г\.?\s|[ T,]|\s)/.test(rest) && !(sep === '.' && /^\.(\s|$)/.test(rest))) return null;
	const style: DateStyle = namedMonth
		? 'text'
		: sep === '年'
			? 'cjk'
			: digits[0] === 4
				? sep === '-'
					? 'iso'
					: 'ymd-slash'
				: sep === '.'
					? 'dotted'
					: sep === '/'
						? 'slashed'
						: 'dashed';
	return {
		first: numbers[0],
		second: numbers[1],
		third: numbers[2],
		firstDigits: digits[0],
		thirdDigits: digits[2],
		namedMonth,
		style
	};
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function fullYear(year: number, digits: number): number {
	if (digits > 2) return year;
	return year < 70 ? 2000 + year : 1900 + year;
}

function toDay(parts: DateParts, order: DateOrder): number {
	let year: number;
	let month: number;
	let day: number;
	if (parts.firstDigits === 4) {
		year = parts.first;
		month = parts.second;
		day = parts.third;
	} else if (parts.namedMonth === 1) {
		// "May 31, 2023"
		month = parts.first;
		day = parts.second;
		year = fullYear(parts.third, parts.thirdDigits);
	} else if (parts.namedMonth === 2 || order !== 'mdy') {
		day = parts.first;
		month = parts.second;
		year = fullYear(parts.third, parts.thirdDigits);
	} else {
		month = parts.first;
		day = parts.second;
		year = fullYear(parts.third, parts.thirdDigits);
	}
	if (parts.firstDigits !== 4 && parts.thirdDigits !== 4 && parts.thirdDigits !== 2) return NaN;
	// Any year a calendar date can have is read (1066 and 2999 are dates, only out of range: the
	// importer says so); years of more than four digits are not dates.
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1 || year > 9999) return NaN;
	return daysFromCivil(year, month, day);
}

/** The ASCII digit at `i` of `s` as a number, or -1 when it is none. */
function digitAt(s: string, i: number): number {
	const d = s.charCodeAt(i) - 48;
	return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Fast path for ISO dates ("2023-05-31" with anything after it), the commonest by far. (Each
 * digit read once by its position, not in a loop over the ten characters: the loop's tests were
 * most of an import's time spent on dates.)
 */
function isoDay(s: string): number {
	if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
	const c10 = s.charCodeAt(10);
	if (s.length > 10 && c10 !== 32 && c10 !== 84) return NaN; // ' ' or 'T'
	const y0 = digitAt(s, 0);
	const y1 = digitAt(s, 1);
	const y2 = digitAt(s, 2);
	const y3 = digitAt(s, 3);
	const m0 = digitAt(s, 5);
	const m1 = digitAt(s, 6);
	const d0 = digitAt(s, 8);
	const d1 = digitAt(s, 9);
	// (Any -1, a character that is no digit, makes the OR negative.)
	if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NaN;
	const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
	const month = m0 * 10 + m1;
	const day = d0 * 10 + d1;
	if (month < 1 || month > 12 || day < 1 || year < 1) return NaN;
	if (year < 1900 || year > 2200) return day > daysInMonth(year, month) ? NaN : daysFromCivil(year, month, day);
	const slot = (year - 1900) * 12 + month - 1;
	let start = MONTH_START[slot];
	if (start === UNSET) {
		start = daysFromCivil(year, month, 1);
		MONTH_START[slot] = start;
		MONTH_LENGTH[slot] = daysInMonth(year, month);
	}
	return day > MONTH_LENGTH[slot] ? NaN : start + day - 1;
}

/** First day and length of each month from 1900 to 2200, filled as they are met (the hot path of an import). */
const UNSET = -0x7fffffff;
const MONTH_START = new Int32Array(301 * 12).fill(UNSET);
const MONTH_LENGTH = new Int8Array(301 * 12);

/** The calendar day of a date text, or NaN when it is not a date this reader knows. */
export function parseDay(raw: string, order: DateOrder): number {
	const fast = isoDay(raw);
	if (fast === fast) return fast;
	const parts = splitDate(raw);
	return parts ? toDay(parts, order) : NaN;
}

/** Evidence about day/month order that one value gives: 'dmy', 'mdy', or null (says nothing). */
export function orderEvidence(raw: string): 'dmy' | 'mdy' | null {
	const parts = splitDate(raw);
	if (!parts || parts.firstDigits === 4 || parts.namedMonth) return null;
	if (parts.first > 12 && parts.second <= 12) return 'dmy';
	if (parts.second > 12 && parts.first <= 12) return 'mdy';
	return null;
}

export function dateStyle(raw: string): DateStyle | null {
	if (isoDay(raw) === isoDay(raw)) return 'iso';
	return splitDate(raw)?.style ?? null;
}

export interface DateOrderGuess {
	order: DateOrder;
	/** True when nothing in the sample decided between day/month and month/day. */
	ambiguous: boolean;
	/** The value that decided it (with its position in the sample), when one did. */
	decidedBy: { value: string; index: number } | null;
	/** Values saying the other thing (a column mixing both orders). */
	conflicts: number;
	/** The first of those values, when there are any. */
	conflictBy: { value: string; index: number } | null;
	/** Styles seen, with the first example of each. */
	styles: { style: DateStyle; value: string; index: number }[];
	/** Share of non-empty sample values that are dates at all. */
	parsedShare: number;
}

/**
 * Decides day/month order from sample values. Year-first dates need no decision. A value whose
 * first number is over 12 can only be day-first, one whose second is over 12 only month-first.
 * With no such value, dotted dates default to day-first (the European convention) and slashed
 * ones to `fallback` (the reader's locale), flagged ambiguous so the user can override.
 */
export function guessDateOrder(values: readonly string[], fallback: 'dmy' | 'mdy' = 'dmy'): DateOrderGuess {
	let dmy = 0;
	let mdy = 0;
	let firstDmy: { value: string; index: number } | null = null;
	let firstMdy: { value: string; index: number } | null = null;
	let parsed = 0;
	let nonEmpty = 0;
	let needsOrder = false;
	let dotted = 0;
	const styles: DateOrderGuess['styles'] = [];
	values.forEach((value, index) => {
		if (!value.trim()) return;
		nonEmpty++;
		const style = dateStyle(value);
		if (!style) return;
		parsed++;
		if (!styles.some((s) => s.style === style)) styles.push({ style, value, index });
		if (style === 'dotted' || style === 'slashed' || style === 'dashed') needsOrder = true;
		if (style === 'dotted') dotted++;
		const evidence = orderEvidence(value);
		if (evidence === 'dmy') {
			dmy++;
			firstDmy ??= { value, index };
		} else if (evidence === 'mdy') {
			mdy++;
			firstMdy ??= { value, index };
		}
	});
	const parsedShare = nonEmpty ? parsed / nonEmpty : 0;
	if (!needsOrder)
		return { order: 'ymd', ambiguous: false, decidedBy: null, conflicts: 0, conflictBy: null, styles, parsedShare };
	const fallbackOrder = dotted > 0 ? 'dmy' : fallback;
	if (dmy === 0 && mdy === 0) {
		return {
			order: fallbackOrder,
			ambiguous: true,
			decidedBy: null,
			conflicts: 0,
			conflictBy: null,
			styles,
			parsedShare
		};
	}
	// The majority decides; a tie (values saying both) falls back like an undecided column.
	const order = dmy > mdy ? 'dmy' : mdy > dmy ? 'mdy' : fallbackOrder;
	return order === 'dmy'
		? { order, ambiguous: false, decidedBy: firstDmy, conflicts: mdy, conflictBy: firstMdy, styles, parsedShare }
		: { order, ambiguous: false, decidedBy: firstMdy, conflicts: dmy, conflictBy: firstDmy, styles, parsedShare };
}

/**
 * The time of day a date text gives after its date ("2023-06-03 12:00:00 -0400",
 * "2023-06-03T12:00:00Z", "03/06/2023 14:22", "6/3/2023 2:22 PM"), as seconds since the written
 * day's midnight less its offset from UTC where one is written (so two times of one file compare
 * as instants: "23:30 -0400" is after "01:00 +0200" of the same written day), plus
 * `TIME_OF_DAY_SHIFT` so that every value is at least 0 and below `TIME_OF_DAY_LIMIT`
 * (2^18). −1 when the text has no time (a date alone, or a time out of range). Only ever used
 * to order one customer's orders of one day (see `firstOfDay` in `OrderColumns`): the day an order
 * counts in is the date as written, whatever its time.
 */
export function timeOfDay(raw: string): number {
	const colon = raw.indexOf(':');
	if (colon < 0) return -1;
	// Read from just before the first colon (the hour's one or two digits and what precedes
	// them), not scanned for from the first character: it runs for every order of a timed file.
	let m: RegExpExecArray | null = null;
	for (let start = Math.max(0, colon - 3); start <= colon - 1 && !m; start++) {
		TIME.lastIndex = start;
		m = TIME.exec(raw);
	}
	if (!m) return -1;
	let hour = +m[1];
	const minute = +m[2];
	const second = m[3] ? +m[3] : 0;
	const meridiem = m[4]?.toLowerCase();
	if (meridiem) {
		if (hour < 1 || hour > 12) return -1;
		hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
	}
	if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && minute + second > 0)) return -1;
	let offset = 0;
	if (m[5]) {
		const offsetHours = +m[6];
		const offsetMinutes = m[7] ? +m[7] : 0;
		if (offsetHours > 14 || offsetMinutes > 59) return -1;
		offset = (m[5] === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
	}
	return hour * 3600 + minute * 60 + Math.min(second, 59) - offset + TIME_OF_DAY_SHIFT;
}

/**
 * What a time-zone column's cell (PayPal's "TimeZone", Square's "Time Zone") adds after a time for
 * `timeOfDay` to read: its offset from UTC where it is one ("+01:00", "-0500", "UTC+1", "GMT-05:00",
 * "(UTC+02:00) Riga"; "UTC", "GMT" or "Z" alone: +0), as " +01:00"; else nothing. A named zone ("PST",
 * "CET", "Eastern Time (US & Canada)", "Europe/Riga") cannot be resolved reliably (which offset it
 * has on a day depends on its daylight-saving rules, and the names are ambiguous: "IST"), so it adds
 * nothing: the times of one file are then compared as written, as if in one and the same zone. That
 * is right for what they are used for, telling which of one customer's orders of one day came first,
 * since a file's times are written in the shop's one zone (PayPal writes the account's: "PST" or
 * "PDT" by the season, one and the same zone; only on the night its clocks change may two orders of
 * those hours compare wrong).
 */
export function zoneSuffix(zone: string): string {
	const text = zone.trim();
	const m = ZONE_OFFSET.exec(text);
	if (!m) return ZONE_UTC.test(text) ? ' +00:00' : '';
	const hours = +m[2];
	const minutes = m[3] ? +m[3] : 0;
	if (hours > 14 || minutes > 59) return '';
	return ` ${m[1] === '+' ? '+' : '-'}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** An offset as a zone column writes it (see `zoneSuffix`): sign (or the minus sign −), hours, minutes. */
const ZONE_OFFSET = /^\(?\s*(?:UTC|GMT)?\s*([+\-\u2212])(\d{1,2})(?::?(\d{2}))?(?!\d)/i;
/** UTC without an offset: "UTC", "GMT", "Z", "(UTC) Dublin, Edinburgh, Lisbon, London". */
const ZONE_UTC = /^\(?(?:UTC|GMT|Z)\)?(?:\s|$)/i;

/** Added to a time of day less its offset (at least −14 hours) to keep it at least 0 (see `timeOfDay`). */
export const TIME_OF_DAY_SHIFT = 14 * 3600;
/** Every `timeOfDay` is below this (24 + 14 + 14 hours of seconds fit in 18 bits). */
export const TIME_OF_DAY_LIMIT = 1 << 18;

/**
 * A time after a date: hours and minutes, seconds (and a fraction), "AM"/"PM" (not the "Am" of
 * a zone named after it, "America/Chicago", "AMT"), then an offset ("Z", "+02:00", "-0400",
 * "UTC+2"; "UTC" or "GMT" alone is +0). Preceded by a space, a comma or the ISO "T" (so no part
 * of a date is read as one). Sticky: `timeOfDay` says where it starts.
 */
const TIME =
	/(?:^|[\sT,])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([AaPp])\.?[Mm]\.?(?![A-Za-z]))?(?:\s*(?:Z|UTC|GMT)?\s*(?:([+-])(\d{2}|\d(?!\d)):?(\d{2})?)?)?/y;
