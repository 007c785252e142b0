/**
 * Reading numbers as people type them. The rule, in order:
 *
 * 1. Spaces (also no-break and thin spaces) and apostrophes group thousands: `10 000`, `10'000`.
 * 2. If both `.` and `,` appear, the last one is the decimal separator and the other groups
 *    thousands: `10,000.5` and `10.000,5` are both ten thousand and a half.
 * 3. A separator that appears more than once groups thousands: `1,000,000`, `1.000.000`.
 * 4. A single `.` or `,` is a decimal separator, unless exactly three digits follow it and a
 *    non-zero digit precedes it, as in `10,000` or `10.500`: that is ambiguous, and the language's
 *    own convention decides (English: `10,000` is ten thousand and `10.500` ten and a half; Dutch,
 *    Latvian and Russian the other way round). The caller can show how it was read.
 * 5. Thousand groups must be three digits (after a first group of one to three): `1,00,000` is refused.
 *
 * A leading minus (also the `−` sign) is read, so a negative entry can be called negative rather
 * than "not a number". Exponents, currency symbols and letters are refused, and digits beyond what a
 * number can hold are `tooLarge`, never Infinity.
 *
 * This module is the one rule for typed numbers in the app: `parseNumberText` reads, `readNumberInRange`
 * reads and bounds, `formatNumberInput` writes a number back for a field in a language, and the
 * canonical form (`canonicalNumberText`) is what links and saved scenarios hold.
 */
export type DecimalSeparator = '.' | ',';

/** `tooLarge`: digits beyond what a number can hold (e.g. `1` and 400 zeros), never read as Infinity. */
export type NumberTextProblem = 'empty' | 'notNumber' | 'badSeparators' | 'tooLarge';

export type NumberReading =
	| { ok: true; value: number; /** a single separator was read by the language's convention */ ambiguous: boolean }
	| { ok: false; problem: NumberTextProblem };

const GROUPING_SPACE = /[\s\u00a0\u202f\u2009'\u2019]/;
const ALLOWED = /^[-+]?[\d.,\s\u00a0\u202f\u2009'\u2019]*\d[\d.,\s\u00a0\u202f\u2009'\u2019]*$/;

/** The decimal separator of a BCP 47 language tag, as Intl writes numbers in it. */
export function decimalSeparatorOf(tag: string): DecimalSeparator {
	const part = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal');
	return part?.value === ',' ? ',' : '.';
}

/**
 * Full-width digits and signs (０-９, ．, ，, －, ＋, ％, and the ideographic space) as their ASCII forms: a
 * Chinese or Japanese input method in full-width mode types "１０" for 10 (QA: "“１０” is not a number,
 * type digits only"). Every reader of typed numbers takes a text through it first, so a text refused
 * in one language is refused in every other (see `withMarksOf`).
 */
export function halfWidth(text: string): string {
	return text.replace(/[\uff05\uff0b-\uff0e\uff10-\uff19\u3000]/g, (c) =>
		c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)
	);
}

export function parseNumberText(text: string, decimal: DecimalSeparator): NumberReading {
	const trimmed = halfWidth(text)
		.trim()
		.replace(/^[\u2212\u2013]/, '-');
	if (trimmed === '') return { ok: false, problem: 'empty' };
	if (!ALLOWED.test(trimmed)) return { ok: false, problem: 'notNumber' };
	const negative = trimmed.startsWith('-');
	const body = trimmed.replace(/^[-+]/, '');

	const split = splitDecimal(body, decimal);
	if (!split) return { ok: false, problem: 'badSeparators' };
	const digits = ungroup(split.integer);
	if (digits === null || !/^\d*$/.test(split.fraction)) return { ok: false, problem: 'badSeparators' };
	if (digits === '' && split.fraction === '') return { ok: false, problem: 'notNumber' };

	const value = Number(`${digits || '0'}.${split.fraction || '0'}`);
	if (!Number.isFinite(value)) return { ok: false, problem: 'tooLarge' };
	return { ok: true, value: negative && value !== 0 ? -value : value, ambiguous: split.ambiguous };
}

/** Splits off the decimal part by rules 2 to 4; null when the separators cannot be read. */
function splitDecimal(
	body: string,
	decimal: DecimalSeparator
): { integer: string; fraction: string; ambiguous: boolean } | null {
	const dots = count(body, '.');
	const commas = count(body, ',');
	if (dots > 0 && commas > 0) {
		const last = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
		if (count(body, last) > 1) return null;
		return cut(body, body.lastIndexOf(last), false);
	}
	const separator = dots > 0 ? '.' : commas > 0 ? ',' : null;
	if (separator === null) return { integer: body, fraction: '', ambiguous: false };
	if (count(body, separator) > 1) return { integer: body, fraction: '', ambiguous: false };

	const at = body.indexOf(separator);
	const before = body.slice(0, at);
	const after = body.slice(at + 1);
	const mayGroup = /^\d{3}$/.test(after) && /^[1-9]\d{0,2}$/.test(before);
	if (!mayGroup) return cut(body, at, false);
	return separator === decimal ? cut(body, at, true) : { integer: body, fraction: '', ambiguous: true };
}

function cut(body: string, at: number, ambiguous: boolean) {
	return { integer: body.slice(0, at), fraction: body.slice(at + 1), ambiguous };
}

/** The digits of an integer part after removing valid thousand grouping, or null if the grouping is wrong. */
function ungroup(integer: string): string | null {
	const separators = new Set(
		[...integer].filter((c) => !/\d/.test(c)).map((c) => (GROUPING_SPACE.test(c) ? ' ' : c))
	);
	if (separators.size === 0) return integer;
	if (separators.size > 1) return null;
	const groups = integer.split(/[^\d]/);
	const [first, ...rest] = groups;
	if (!/^\d{1,3}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) return null;
	return groups.join('');
}

function count(text: string, char: string): number {
	return text.split(char).length - 1;
}

/**
 * A typed number checked against a range, by the rule above: the value, or null when the text is
 * not a number or the number is outside `min`..`max` (or not whole where `integer` is asked).
 * For settings that need no message; calculator fields use `readField` (`fields.ts`), which says why.
 */
export function readNumberInRange(
	text: string,
	decimal: DecimalSeparator,
	range: { min: number; max: number; integer?: boolean }
): number | null {
	const reading = parseNumberText(text, decimal);
	if (!reading.ok || reading.value < range.min || reading.value > range.max) return null;
	return range.integer && !Number.isInteger(reading.value) ? null : reading.value;
}

/**
 * The locale-independent text of a number, as stored in links and scenarios: `10000`, `10.5`,
 * `-3`, `0.0000001` (no grouping, a point for decimals, never an exponent). It is the shortest text
 * that reads back as the same number, so writing and reading it changes nothing.
 */
export function canonicalNumberText(value: number): string {
	if (!Number.isFinite(value)) return '';
	const plain = String(value);
	const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(plain);
	if (!match) return plain;
	const [, sign, whole, fraction = '', exponent] = match;
	return sign + shiftPoint(whole + fraction, whole.length + Number(exponent));
}

/** Digits with the decimal point placed after `point` of them (which may be beyond either end). */
function shiftPoint(digits: string, point: number): string {
	if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
	if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
	return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

const CANONICAL = /^-?\d+(\.\d+)?$/;

/** Whether a text is in canonical form (see `canonicalNumberText`), whatever its size. */
export function isCanonicalNumberText(text: string): boolean {
	return CANONICAL.test(text);
}

/** Reads a canonical text (as written by `canonicalNumberText`); null for anything else or beyond a number's range. */
export function parseCanonicalNumber(text: string): number | null {
	if (!CANONICAL.test(text)) return null;
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}

/**
 * Text that could not be read, written with the marks of a language whose decimal separator is `to`
 * rather than `from`: points and commas swapped between the two conventions ("1.500", ambiguous in
 * English, is "1,500" in Dutch, where it is refused too), so an entry refused where it was typed is
 * never read as another number, and accepted, elsewhere.
 */
export function withMarksOf(text: string, from: DecimalSeparator, to: DecimalSeparator): string {
	return from === to ? text : halfWidth(text).replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
}

/** How a canonical number is typed in a language: digits with that language's decimal separator. */
export function inputTextOf(value: number, decimal: DecimalSeparator): string {
	return canonicalTextIn(canonicalNumberText(value), decimal);
}

/** A canonical text (see `isCanonicalNumberText`) with a language's decimal separator, digit for digit. */
export function canonicalTextIn(text: string, decimal: DecimalSeparator): string {
	return decimal === ',' ? text.replace('.', ',') : text;
}

/**
 * A number written for an input field in a language, grouped as that language groups thousands
 * (`1,250.5`, `1.250,5`, `1 250,5`) and with every digit kept, so `parseNumberText` in the same
 * language reads back exactly the same number. Used when the language changes under a typed number.
 */
export function formatNumberInput(value: number, tag: string): string {
	const text = canonicalNumberText(value);
	if (text === '') return '';
	const negative = text.startsWith('-');
	const [whole, fraction] = text.replace(/^-/, '').split('.');
	const grouped = groupingFormat(tag).format(BigInt(whole));
	return (negative ? '-' : '') + grouped + (fraction === undefined ? '' : decimalSeparatorOf(tag) + fraction);
}

const groupingFormats = new Map<string, Intl.NumberFormat>();
function groupingFormat(tag: string): Intl.NumberFormat {
	let format = groupingFormats.get(tag);
	if (!format) {
		format = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
		groupingFormats.set(tag, format);
	}
	return format;
}
