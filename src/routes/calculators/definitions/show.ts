import { fmt } from '$lib/format/formatters.svelte';
import { msg } from '$lib/i18n/i18n.svelte';
import type { Period } from '$lib/metrics/period';

/** An exponent: 4, or 1/12 for a fraction. */
function exponent(value: number): string {
	return Number.isInteger(value) ? String(value) : `1/${fmt.number(1 / value, 4)}`;
}

/**
 * Number formatting for results and "show the math", in the reader's language and currency.
 * Rates keep two decimals so the steps of a calculation can be followed (54.79%, not 55%).
 */
export const show = {
	count: (value: number) => fmt.integer(value),
	/** An amount in the calculation's currency (a loaded scenario's, or the currency setting). */
	money: (value: number, currency: string) => fmt.money(value, 2, currency),
	/** Two decimals; three below 1 %, so a monthly discount rate reads 0.797 %, not 0.8 %. */
	percent: (fraction: number) => fmt.percent(fraction, fraction !== 0 && Math.abs(fraction) < 0.01 ? 3 : 2),
	/** A difference of two rates (fractions) in percentage points, with the digits `percent` gives. */
	points: (fraction: number) =>
		msg.calculators.percentagePoints({
			n: fmt.number(fraction * 100, fraction !== 0 && Math.abs(fraction) < 0.01 ? 3 : 2)
		}),
	/** A plain number for arithmetic steps, e.g. a fraction 0.82 or a factor 0.4521. */
	decimal: (value: number, digits = 4) => fmt.number(value, digits),
	/** A score with its sign: +45, −12, 0. */
	signed: (value: number) => (value > 0 ? '+' : '') + fmt.number(value, 1),
	exponent,
	/** An exponent as written after a base: ^4, or ^(1/12). */
	power: (value: number) => (Number.isInteger(value) ? `^${value}` : `^(${exponent(value)})`),
	duration: (value: number, period: Period) =>
		msg.calculators.duration[period]({ n: fmt.number(value, 2), count: value }),
	forPeriod: (period: Period) => msg.calculators.forPeriod[period],
	perPeriod: (period: Period) => msg.calculators.perPeriod[period]
};

/** The first example of every calculator: the one behind "Load textbook example". */
export const TEXTBOOK = 'textbook';
