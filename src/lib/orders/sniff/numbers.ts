/**
 * Reading money amounts as shops export them: "12.50", "12,50", "1.234,56", "1,234.56",
 * "1 234,56", "1'234.50", "€12.50", "12,50 zł", "USD 12.50", "(12.50)" for a negative, "12.50-".
 * The decimal separator is decided per column from the data (see `guessDecimalSeparator`);
 * the other of "." and "," is then a thousands separator.
 */
export type DecimalSeparator = '.' | ',';

/**
 * How a column's amounts are read: all with one decimal separator, or ('either') each by its own
 * shape, for a column whose values are written both ways ("1.234,56" and "1,234.56"): see
 * `parseAmount`.
 */
export type AmountDecimal = DecimalSeparator | 'either';

export interface DecimalGuess {
	decimal: AmountDecimal;
	/** True when no value settled it and the default was taken. */
	ambiguous: boolean;
}

/** Named entities of a formatted price: its spaces, minus signs and currency signs. */
const NAMED_ENTITIES: Record<string, string> = {
	nbsp: ' ',
	thinsp: ' ',
	minus: '-',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	dollar: '$'
};
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;

function entityText(whole: string, decimal?: string, hex?: string, name?: string): string {
	if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? ' ';
	const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
	return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** Whether a price cell holds a struck-out value (a refunded total as the shop shows it: see `priceText`). */
export function hasStruckOutPrice(raw: string): boolean {
	return raw.includes('<') && /<del\b/i.test(raw);
}

/**
 * A price cell as a WooCommerce export (or a plugin) may write it, the shop's formatted HTML:
 * `<span class="woocommerce-Price-amount amount"><bdi>20,00&nbsp;<span …>&euro;</span></bdi></span>`,
 * with a refunded total's first value struck out: `<del>€20.00</del> <ins>€15.00</ins>`. Its text
 * ("20,00 €", "€15.00"): without the struck-out value, the tags, and with the entities read (any
 * other named one as a space). Any other cell as it is.
 */
export function priceText(raw: string): string {
	if (!raw.includes('<') && !raw.includes('&')) return raw;
	return (
		raw
			.replace(/<del\b[^>]*>[\s\S]*?<\/del>/gi, '')
			// WooCommerce's note on a price that includes tax: "<small class="includes_tax">(includes 3,19 € VAT)</small>".
			.replace(/<small\b[^>]*>[\s\S]*?<\/small>/gi, '')
			.replace(/<[^>]*>/g, '')
			.replace(ENTITY, entityText)
			.trim()
	);
}

/** Strips currency marks and codes ("€", "USD", "zł", "руб.") and the spaces in and around a number. */
function stripDecorations(raw: string): string {
	return (
		priceText(raw)
			// The minus sign as typeset (Numbers, Word, a PDF copied out) and the dashes written for it.
			.replace(/[\u2212\u2012\u2013\ufe63\uff0d]/g, '-')
			.replace(/\p{Sc}/gu, '')
			.replace(/^[\s\p{L}]+/u, '')
			.replace(/[\s\p{L}.]+$/u, '')
			// Swiss thousands: "1'234.50", and as typeset, with a right single quote or a modifier
			// letter apostrophe ("2’000.00", QA).
			.replace(/[\s\u00a0\u202f'\u2019\u02bc]/g, '')
	);
}

const GROUPED_DOT_DECIMAL = /^[-+(]?(\d{1,3}(,\d{3})+|\d{1,2}(,\d{2})+,\d{3})(\.\d+)?\)?-?$/;
const GROUPED_COMMA_DECIMAL = /^[-+(]?\d{1,3}(\.\d{3})+(,\d+)?\)?-?$/;
const SIMPLE_COMMA = /^[-+(]?\d+,(\d+)\)?-?$/;
const SIMPLE_DOT = /^[-+(]?\d+\.(\d+)\)?-?$/;

/**
 * Decides the decimal separator of a column from sample values. A value like "1,234" or
 * "1.234" says nothing (three digits after the mark can be thousands); "12,5", "1.234,56" or
 * "1,234.56" do. Without evidence, a file delimited by ";" is taken to use decimal commas (that is
 * why such files use ";"), any other the decimal point.
 */
export function guessDecimalSeparator(values: readonly string[], delimiter: string): DecimalGuess {
	let dot = 0;
	let comma = 0;
	for (const raw of values) {
		const style = decimalStyleOf(raw);
		if (style === '.') dot++;
		else if (style === ',') comma++;
	}
	// Values that can only be read one way and others that can only be read the other: each is read
	// by its own shape (one separator for all would take half of them for no numbers, or misread them).
	if (dot > 0 && comma > 0) return { decimal: 'either', ambiguous: false };
	if (dot > comma) return { decimal: '.', ambiguous: false };
	if (comma > dot) return { decimal: ',', ambiguous: false };
	return { decimal: delimiter === ';' ? ',' : '.', ambiguous: true };
}

/**
 * The decimal separator a value can only be written with ("12,5", "1.234,56": ","; "45.5",
 * "1,234.56": "."); null where it says nothing ("12", "1,234", "1.234": three digits after the
 * mark may be thousands) or is no number.
 */
export function decimalStyleOf(raw: string): DecimalSeparator | null {
	const v = stripDecorations(raw);
	if (!v) return null;
	if (GROUPED_DOT_DECIMAL.test(v) && v.includes('.')) return '.';
	if (GROUPED_COMMA_DECIMAL.test(v) && v.includes(',')) return ',';
	const c = SIMPLE_COMMA.exec(v);
	if (c && c[1].length !== 3) return ',';
	const d = SIMPLE_DOT.exec(v);
	if (d && d[1].length !== 3) return '.';
	return null;
}

/** Amounts beyond this are taken to be errors (an ID or a phone number in the amount column). */
export const MAX_ABS_AMOUNT = 1e9;

/**
 * Parses one amount; NaN when it is not a number. Fast path for plain "123.45"; the general path
 * removes currency marks, spaces and the thousands separator. With 'either', a value is read as
 * its own shape allows ("1.234,56" and "1,234.56" are both 1234.56, "12,50" and "12.50" both
 * 12.5); one that reads as two different numbers ("1,234": 1234 or 1.234) is NaN, never guessed
 * (see `isAmbiguousAmount`).
 */
export function parseAmount(raw: string, decimal: AmountDecimal): number {
	if (decimal === 'either') {
		const point = parseAmount(raw, '.');
		const comma = parseAmount(raw, ',');
		if (point !== point) return comma;
		if (comma !== comma || point === comma) return point;
		return NaN;
	}
	const fast = plainDecimal(raw, decimal === '.' ? 46 : 44);
	return fast === fast ? fast : parseAmountSlow(raw, decimal);
}

/**
 * Whether an amount reads as a number with either decimal separator, a different one with each
 * ("1,234": 1234 or 1.234; "1.500": 1500 or 1.5): in a column written both ways it cannot be told.
 */
export function isAmbiguousAmount(raw: string): boolean {
	const point = parseAmount(raw, '.');
	const comma = parseAmount(raw, ',');
	return point === point && comma === comma && point !== comma;
}

const POWERS_OF_TEN = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000];

/**
 * "123.45", "-7", "0,5": an optional minus, up to 15 digits, optionally the decimal mark and up
 * to 8 digits; NaN for anything else. Integer division by a power of ten is correctly rounded,
 * so the result is the same double as Number("123.45") — without Number's general parser.
 */
function plainDecimal(raw: string, mark: number): number {
	const n = raw.length;
	if (n === 0 || n > 24) return NaN;
	let i = 0;
	let negative = false;
	if (raw.charCodeAt(0) === 45) {
		negative = true;
		i = 1;
		if (n === 1) return NaN;
	}
	let whole = 0;
	let digits = 0;
	for (; i < n; i++) {
		const c = raw.charCodeAt(i) - 48;
		if (c < 0 || c > 9) break;
		whole = whole * 10 + c;
		digits++;
	}
	if (digits === 0 || digits > 15) return NaN;
	if (i === n) return negative ? -whole : whole;
	if (raw.charCodeAt(i) !== mark) return NaN;
	i++;
	let fraction = 0;
	let places = 0;
	for (; i < n; i++) {
		const c = raw.charCodeAt(i) - 48;
		if (c < 0 || c > 9 || places === 8 || digits + places === 15) return NaN;
		fraction = fraction * 10 + c;
		places++;
	}
	if (places === 0) return NaN;
	const value = (whole * POWERS_OF_TEN[places] + fraction) / POWERS_OF_TEN[places];
	return negative ? -value : value;
}

const EXPONENT = { '.': /^[-+]?\d+(\.\d+)?[eE][-+]?\d{1,3}$/, ',': /^[-+]?\d+(,\d+)?[eE][-+]?\d{1,3}$/ };

function parseAmountSlow(raw: string, decimal: DecimalSeparator): number {
	let v = stripDecorations(raw);
	if (!v) return NaN;
	// Spreadsheets write very large or small numbers as 1.5E+12.
	if (EXPONENT[decimal].test(v)) return Number(v.replace(',', '.'));
	let negative = false;
	if (v.startsWith('(') && v.endsWith(')')) {
		negative = true;
		v = v.slice(1, -1);
	}
	if (v.endsWith('-')) {
		negative = !negative;
		v = v.slice(0, -1);
	}
	if (v.startsWith('-')) {
		negative = !negative;
		v = v.slice(1);
	} else if (v.startsWith('+')) {
		v = v.slice(1);
	}
	const group = decimal === '.' ? ',' : '.';
	const [whole, fraction, extra] = v.split(decimal);
	if (extra !== undefined) return NaN;
	// Thousands separators must sit between groups of three digits; anything else is not a number.
	const wholeOk =
		/^\d+$/.test(whole) ||
		(whole.includes(group) && groupedPattern(group).test(whole)) ||
		(whole === '' && fraction !== undefined);
	if (!wholeOk) return NaN;
	if (fraction !== undefined && !/^\d+$/.test(fraction)) return NaN;
	const value = Number(whole.replaceAll(group, '') + (fraction !== undefined ? '.' + fraction : ''));
	return negative ? -value : value;
}

// (With commas, also the Indian grouping: lakhs and crores in pairs of digits, "1,23,456", "10,00,000".)
const GROUPED = { '.': /^\d{1,3}(\.\d{3})+$/, ',': /^(\d{1,3}(,\d{3})+|\d{1,2}(,\d{2})+,\d{3})$/ };
function groupedPattern(group: DecimalSeparator): RegExp {
	return GROUPED[group];
}

/**
 * Whether an amount written with a decimal comma and not quoted ("€ 9,99 EUR" in a file delimited
 * by commas) split one money column into `column` and the next: whole units ("€ 9", "1.234") then two
 * digits of cents ("99", "99 EUR"). Two digits, not three: "1,234" is a thousands separator (see
 * `splitByThousands`).
 */
export function splitByDecimalComma(fields: string[], column: number): boolean {
	if (column + 1 >= fields.length) return false;
	return (
		/^[-(]?\p{Sc}?\s*(?:\d{1,3}(?:[. \u00a0]\d{3})+|\d+)$/u.test(fields[column].trim()) &&
		/^\d{2}(?:\s*(?:\p{Sc}|[A-Z]{3}))?\)?$/u.test(fields[column + 1].trim())
	);
}

/**
 * Whether fields `column` to `column + extra` are the parts of one number with thousands
 * separators, cut at them: "1" and "234.50", or "-$12", "345" and "678.00".
 */
export function splitByThousands(fields: string[], column: number, extra: number): boolean {
	if (column + extra >= fields.length || !/^[-(]?\p{Sc}?\d{1,3}$/u.test(fields[column].trim())) return false;
	for (let k = 1; k < extra; k++) if (!/^\d{3}$/.test(fields[column + k].trim())) return false;
	return /^\d{3}(\.\d+)?\)?$/.test(fields[column + extra].trim());
}
