import { fmt } from '$lib/format/formatters.svelte';
import { currencyDigits } from '$lib/format/number';
import { msg } from '$lib/i18n/i18n.svelte';
import { exactDecimals } from '$lib/metrics/decimals';
import type { Period } from '$lib/metrics/period';

/** An exponent: 4, or 1/12 for a fraction. */
function exponent(value: number): string {
	return Number.isInteger(value) ? String(value) : `1/${fmt.number(1 / value, 4)}`;
}

/**
 * The most fraction digits a step of the math is given to tell a value from its neighbours: as many as
 * Intl shows, so that (1 − 0.9)^12 reads 0.000000000001, not 0 (QA: "1 − 0 = 99.9999999999%").
 */
const MOST_DIGITS = 20;
/**
 * The most decimals a carried number is given for the next step to add up: past ten, what is left
 * to make agree is the error of binary floating point, not a digit anyone could check.
 */
const MOST_CARRIED_DIGITS = 10;

/** `value` rounded to `digits` decimals, as a number (for checking what a shown step gives). */
export const rounded = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * `digits`, or more where `digits` would show a value as one it is not that changes the reading of
 * a step (0.00004 as 0, 0.999999 as 1), so that no step of the math reads "1 / 0" or "1 − 1" for
 * numbers that are not. `misread` names those values (0 and ±1; 0 and ±100 for a percentage).
 */
export function digitsToTell(value: number, digits: number, misread: (shown: number) => boolean): number {
	if (!Number.isFinite(value) || Number.isInteger(value)) return digits;
	let shown = digits;
	while (shown < MOST_DIGITS && misread(rounded(value, shown)) && rounded(value, shown) !== value) shown++;
	// One digit more than just enough, so that a division by it agrees with its result to about a
	// tenth (0.000045, not 0.00005), not only to the first figure.
	return shown > digits ? Math.min(MOST_DIGITS, shown + 1) : shown;
}

/** A factor reads as nothing, or as changing nothing, when it is not: 0, 1, −1. */
const isZeroOrOne = (shown: number) => shown === 0 || Math.abs(shown) === 1;
/** A percentage reads as nothing, or all, when it is not: 0 %, 100 %, −100 %. */
const isNoneOrAll = (shown: number) => shown === 0 || Math.abs(shown) === 100;

/**
 * The digits of an input echoed in the math: at least `digits`, and all its own (a lifetime typed
 * as 33.333 reads 33.333, an amount typed as 1000.12345 reads 1,000.12345, so that every step that
 * uses it adds up on the page); a computed 1 / 0.03 = 33.3333… keeps `digits`.
 */
function inputDigits(value: number, digits: number): number {
	return Math.max(digits, exactDecimals(value) ?? digits);
}

/** The decimals `show.money` gives an amount: its currency's, at most two. */
const moneyDigits = (currency: string) => Math.min(currencyDigits(currency), 2);

/** The most decimals beyond its currency's own that an amount carried between steps is given. */
const MOST_EXTRA_DIGITS = 4;

/**
 * An amount worked out in one step of the math and used in the next: with its currency's decimals,
 * or as many more (up to four) as make the next step, worked with the amount as shown, give the
 * result shown there (€21.3164 × 3 = €63.95, where €21.32 × 3 would make €63.96).
 * `agrees(shown)`: whether the next step, worked from `shown`, gives its result as it reads.
 */
function carriedMoney(value: number, currency: string, agrees: (shown: number) => boolean): string {
	const own = moneyDigits(currency);
	let extra = 0;
	while (extra < MOST_EXTRA_DIGITS && !agrees(rounded(value, own + extra))) extra++;
	return fmt.moneyWithExtraDigits(value, extra, currency);
}

/** An amount the user typed, echoed with its own decimals (€23.175 as typed, not €23.18). */
function typedMoney(value: number, currency: string): string {
	const own = moneyDigits(currency);
	return fmt.moneyWithExtraDigits(value, Math.max(0, inputDigits(value, own) - own), currency);
}

/**
 * A number worked out in one step of the math and used in the next: with `digits` decimals (as
 * `show.decimal` gives them), or as many more (up to ten) as make the next step, worked with the
 * number as shown, give the result shown there ("1 − (1 − 0.14286)^12 = 1 − 0.1572", where 0.1429
 * would make 0.1572 read 0.1573). `agrees(shown)`: whether the next step, worked from `shown`,
 * gives its result as it reads. Returns the decimals.
 */
function carriedDigits(value: number, digits: number, agrees: (shown: number) => boolean): number {
	let shown = digitsToTell(value, digits, isZeroOrOne);
	while (shown < MOST_CARRIED_DIGITS && !agrees(rounded(value, shown))) shown++;
	return shown;
}

/**
 * The decimals a percentage the user typed is echoed with: its own where it has more than `percent`
 * gives (a typed 80.123 % reads 80.123 %, not 80.12 %; 0.0123456 % reads so, not 0.012346 %); as a
 * fraction, two more.
 */
function typedPercentDigits(fraction: number): number {
	return Math.max(percentDigits(fraction), exactDecimals(fraction * 100) ?? 0);
}

/** Two decimals; three below 1 %, so a monthly discount rate reads 0.797 %, not 0.8 %; more, never 0 % or 100 % for a rate that is not. */
function percentDigits(fraction: number): number {
	const digits = fraction !== 0 && Math.abs(fraction) < 0.01 ? 3 : 2;
	return digitsToTell(fraction * 100, digits, isNoneOrAll);
}

/**
 * Number formatting for results and "show the math", in the reader's language and currency.
 * Rates keep two decimals so the steps of a calculation can be followed (54.79%, not 55%).
 */
export const show = {
	count: (value: number) => fmt.integer(value),
	/** An amount in the calculation's currency (a loaded scenario's, or the currency setting); one that is not 0 never reads €0.00. */
	money: (value: number, currency: string) => fmt.money(value, 2, currency, true),
	carriedMoney,
	typedMoney,
	percent: (fraction: number) => fmt.percent(fraction, percentDigits(fraction)),
	/** A percentage the user typed (a fraction), with its own decimals: never rounded in the math. */
	typedPercent: (fraction: number) => fmt.percent(fraction, typedPercentDigits(fraction)),
	/** A percentage the user typed, as the fraction a formula takes: 80.123 % is 0.80123, not 0.8012. */
	typedFraction: (fraction: number) =>
		fmt.number(fraction, Math.max(digitsToTell(fraction, 4, isZeroOrOne), typedPercentDigits(fraction) + 2)),
	/** A difference of two rates (fractions) in percentage points, with the digits `percent` gives. */
	points: (fraction: number) => {
		const digits = percentDigits(fraction);
		return msg.calculators.percentagePoints({
			n: fmt.number(fraction * 100, digits),
			count: rounded(fraction * 100, digits)
		});
	},
	/** A rate carried into the next step: `percent`'s decimals, or more until that step adds up as shown. */
	carriedPercent: (fraction: number, agrees: (shown: number) => boolean) => {
		const digits = carriedDigits(fraction * 100, percentDigits(fraction), (shown) => agrees(shown / 100));
		return fmt.percent(fraction, digits);
	},
	/** A number carried into the next step: `decimal`'s digits, or more until that step adds up as shown. */
	carriedDecimal: (value: number, digits: number, agrees: (shown: number) => boolean) =>
		fmt.number(value, carriedDigits(value, digits, agrees)),
	carriedDigits,
	/** A number the user typed (a count of orders, a frequency 2.123456), with all its own decimals and at least `digits`. */
	typedDecimal: (value: number, digits = 0) => fmt.number(value, inputDigits(value, digits)),
	/** A plain number for arithmetic steps, e.g. a fraction 0.82 or a factor 0.4521; never 0 or 1 for one that is not. */
	decimal: (value: number, digits = 4) => fmt.number(value, digitsToTell(value, digits, isZeroOrOne)),
	/** A score with its sign: +45, −12, 0; never +0 for a score that is not. */
	signed: (value: number) => {
		const digits = digitsToTell(value, 1, (shown) => shown === 0);
		return (rounded(value, digits) > 0 ? '+' : '') + fmt.number(value, digits);
	},
	exponent,
	/** An exponent as written after a base: ^4, or ^(1/12). */
	power: (value: number) => (Number.isInteger(value) ? `^${value}` : `^(${exponent(value)})`),
	/** A result's duration, two decimals; its form (1 month, 2 months) agrees with the number shown. */
	duration: (value: number, period: Period) => duration(value, period, 2),
	/** A duration the user typed, echoed with its own decimals. */
	typedDuration: (value: number, period: Period) => duration(value, period, inputDigits(value, 2)),
	forPeriod: (period: Period) => msg.calculators.forPeriod[period],
	perPeriod: (period: Period) => msg.calculators.perPeriod[period]
};

function duration(value: number, period: Period, digits: number): string {
	return msg.calculators.duration[period]({ n: fmt.number(value, digits), count: rounded(value, digits) });
}

/** The first example of every calculator: the one behind "Load textbook example". */
export const TEXTBOOK = 'textbook';
