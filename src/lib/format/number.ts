/**
 * Number formatting through Intl, pure (the locale tag and currency are parameters).
 * Every function returns an em dash for a value that is not a finite number, so a NaN or an
 * Infinity can never reach the screen as text, and writes a negative number with a true minus
 * sign (U+2212, −233.33), not the hyphen (-233.33) most locales' Intl data use.
 */
export const NOT_A_NUMBER = '—';
export const MINUS = '\u2212';

/**
 * A double holds 15 significant decimal digits for sure; past them, the digits of a large result are
 * the error of binary floating point, not of the data (QA: 1e12 / 0.000001 months shown as
 * 999,999,999,999,999,900). Such a value is shown to 15 significant digits (1,000,000,000,000,000,000).
 */
export function toTrustedDigits(value: number): number {
	return Math.abs(value) >= 1e15 && Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/** Intl's number text with its hyphen-minus (the only hyphen Intl writes into a number) as a minus sign. */
function withMinus(text: string): string {
	return text.replaceAll('-', MINUS);
}

const cache = new Map<string, Intl.NumberFormat>();
/**
 * The formatter for `tag` and `options`, made once: `kind` names the options in short (each caller
 * its own, with the values the options vary by), a cheaper key than the options written out: a page
 * of tables formats thousands of numbers.
 */
function numberFormat(tag: string, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${tag} ${kind}`;
	let format = cache.get(key);
	if (!format) {
		// A negative number that rounds to zero is 0, not −0.
		format = new Intl.NumberFormat(tag, { signDisplay: 'negative', ...options });
		cache.set(key, format);
	}
	return format;
}

export function formatNumber(value: number, tag: string, maximumFractionDigits = 2): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	return withMinus(
		numberFormat(tag, `n${maximumFractionDigits}`, { maximumFractionDigits }).format(toTrustedDigits(value))
	);
}

export function formatInteger(value: number, tag: string): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	return withMinus(numberFormat(tag, 'n0', { maximumFractionDigits: 0 }).format(toTrustedDigits(value)));
}

/** An amount in no one currency (orders in several, added up): exactly `digits` decimals, no sign. */
export function formatPlainAmount(value: number, tag: string, digits = 2): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	return withMinus(
		numberFormat(tag, `u${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
			toTrustedDigits(value)
		)
	);
}

/** `ratio` is a fraction: 0.82 is shown as 82 %. */
export function formatPercent(ratio: number, tag: string, maximumFractionDigits = 1): string {
	if (!Number.isFinite(ratio)) return NOT_A_NUMBER;
	return withMinus(
		numberFormat(tag, `p${maximumFractionDigits}`, { style: 'percent', maximumFractionDigits }).format(ratio)
	);
}

/**
 * A percentage with exactly `digits` decimals (0.9304 → 93.0 %): for figures set beside each other,
 * where "93%" next to "93.1%" reads as a rounder, less exact figure than it is.
 */
export function formatPercentFixed(ratio: number, tag: string, digits = 1): string {
	if (!Number.isFinite(ratio)) return NOT_A_NUMBER;
	return withMinus(
		numberFormat(tag, `pf${digits}`, {
			style: 'percent',
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		}).format(ratio)
	);
}

/** Percentage points, e.g. a change from 20 % to 25 % is +5 pp. */
export function formatPoints(points: number, tag: string, suffix = ' pp'): string {
	if (!Number.isFinite(points)) return NOT_A_NUMBER;
	return (
		withMinus(numberFormat(tag, 'pp', { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(points)) +
		suffix
	);
}

/** The decimals of an amount whose currency Intl does not know (see `isCurrencyCode`). */
const UNKNOWN_CURRENCY_DIGITS = 2;

const digitsOf = new Map<string, number>();
/**
 * The decimals a currency is written with (ISO 4217 minor units, from Intl): 2 for EUR, 0 for JPY;
 * 2 for a code Intl does not take (see `isCurrencyCode`).
 */
export function currencyDigits(currency: string): number {
	// Read once per currency: resolvedOptions() builds an object each time, and a chart formats hundreds of amounts.
	let digits = digitsOf.get(currency);
	if (digits === undefined) {
		digits = isCurrencyCode(currency)
			? (numberFormat('en', `c${currency}`, { style: 'currency', currency }).resolvedOptions()
					.maximumFractionDigits ?? UNKNOWN_CURRENCY_DIGITS)
			: UNKNOWN_CURRENCY_DIGITS;
		digitsOf.set(currency, digits);
	}
	return digits;
}

const codeChecked = new Map<string, boolean>();
/**
 * Whether Intl formats amounts in `currency`: a well-formed code of three letters ("EUR", and
 * "XYZ" too). A data set stored with another ("€", "РУБ." from a currency column read before such
 * values were mapped to their codes) is shown with its amounts as plain numbers beside the code
 * (`formatCurrency`), never with the RangeError Intl throws for it.
 */
export function isCurrencyCode(currency: string): boolean {
	let ok = codeChecked.get(currency);
	if (ok === undefined) {
		try {
			new Intl.NumberFormat('en', { style: 'currency', currency });
			ok = true;
		} catch {
			ok = false;
		}
		codeChecked.set(currency, ok);
	}
	return ok;
}

/** The most fraction digits Intl.NumberFormat takes in every engine the app runs in (20 before ES2023). */
const MAX_INTL_DIGITS = 20;

/**
 * An amount in `currency`, with at most `maximumFractionDigits` decimals and never more than the
 * currency has: ¥1,235 for JPY, €1,234.50 for EUR; with `notZero`, an amount that is not zero gets
 * the decimals of its first two figures instead of reading as zero (€0.000025). `extraDigits`
 * beyond those: for an amount a step of the math carries into the next (€21.3164).
 */
export function formatCurrency(
	value: number,
	tag: string,
	currency: string,
	maximumFractionDigits = 2,
	notZero = false,
	extraDigits = 0
): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	let digits = Math.min(currencyDigits(currency), maximumFractionDigits) + extraDigits;
	// A step of a calculation that shows €0.00 for €0.000025 reads as a division by zero: such an
	// amount gets the decimals of its first two figures.
	if (notZero && value !== 0 && Math.round(Math.abs(value) * 10 ** digits) === 0) {
		while (digits < MAX_INTL_DIGITS && Math.abs(value) * 10 ** digits < 10) digits++;
	}
	// A code Intl does not take: the plain number with the code beside it ("17,628.82 РУБ.").
	if (!isCurrencyCode(currency)) return `${formatPlainAmount(value, tag, digits)}\u00a0${currency}`;
	return withMinus(
		numberFormat(tag, `c${currency}${digits}`, {
			style: 'currency',
			currency,
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		}).format(toTrustedDigits(value))
	);
}

/** Compact form for axes and cards: 12.3K, 1.2M. */
export function formatCompact(value: number, tag: string): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	return withMinus(numberFormat(tag, 'k', { notation: 'compact', maximumFractionDigits: 1 }).format(value));
}

/** Decimals a ratio is shown with at least, and at most. */
const RATIO_DIGITS = { min: 2, max: 6 } as const;

/**
 * The ratio shown as "2.99 : 1" (LTV:CAC), with two decimals, or more where rounding to two would
 * carry it across one of the `thresholds` it is judged against: 2.999 is "2.999 : 1", never "3 : 1"
 * beside "below the 3 : 1 rule of thumb". Past six decimals it is cut rather than rounded, which
 * keeps it on its side of any threshold of six decimals or fewer.
 */
export function formatRatio(value: number, tag: string, thresholds: readonly number[] = []): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	const sameSide = (shown: number) => thresholds.every((t) => shown >= t === value >= t);
	// A ratio that is not 0 never reads "0 : 1" (QA: US$0.01 / US$1,000,000,000,000 = 0 : 1): it gets
	// the decimals of its first two figures.
	const least =
		value === 0
			? RATIO_DIGITS.min
			: Math.max(RATIO_DIGITS.min, Math.min(MAX_INTL_DIGITS, Math.ceil(-Math.log10(Math.abs(value))) + 1));
	for (let digits: number = least; digits <= Math.max(least, RATIO_DIGITS.max); digits++) {
		// The number as Intl rounds it (half away from zero on the decimal value), read back.
		const plain = numberFormat('en-US', `r${digits}`, { maximumFractionDigits: digits, useGrouping: false });
		const shown = Number(plain.format(value));
		if (sameSide(shown)) return `${formatNumber(value, tag, digits)} : 1`;
	}
	return `${withMinus(numberFormat(tag, 't', { maximumFractionDigits: RATIO_DIGITS.max, roundingMode: 'trunc' }).format(value))} : 1`;
}

/**
 * The decimals a factor needs in a formula written out with its numbers (a × f × t = result) so
 * that the numbers shown give the result shown: rounding f to d decimals moves the product by up to
 * `others` × 0.5 × 10^−d, which must stay under half the result's last unit (`resultStep`, 0.01 for
 * cents). Between `min` and `max` (a longer number would hide the formula; past it, rounding shows).
 */
export function factorDigits(others: number, resultStep: number, min = 2, max = 6): number {
	if (!(others > 0) || !(resultStep > 0)) return min;
	const needed = Math.ceil(Math.log10(others / resultStep));
	return Math.min(max, Math.max(min, needed));
}

/**
 * The decimals, from `min` up to `max`, a number worked out in one step and used in the next is
 * written with: the fewest with which the next step, worked from the number as shown, gives its
 * result as shown (`agrees(shown)`); `max` when none does.
 */
export function decimalsToAgree(value: number, min: number, max: number, agrees: (shown: number) => boolean): number {
	for (let digits = min; digits < max; digits++) {
		if (agrees(Math.round(value * 10 ** digits) / 10 ** digits)) return digits;
	}
	return max;
}
