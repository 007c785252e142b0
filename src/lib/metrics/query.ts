import type { FieldSpec } from './fields';
import { readField } from './fields';
import { isCurrency, type Currency } from '$lib/format/currencies';
import {
	canonicalNumberText,
	canonicalTextIn,
	isCanonicalNumberText,
	withMarksOf,
	type DecimalSeparator
} from './number-input';
import { isPeriod, type Period } from './period';

/**
 * A calculator's inputs as query parameters, e.g. `?s=10000&e=10200&n=2000&p=quarter&math=1`.
 * Numbers are written locale-independently (`10000`, `10.5`) so a link made in a Dutch browser
 * opens with the same numbers in an English one. An entry that cannot be read is kept as typed, so
 * the link reopens showing the same message; so is a number too large to be read, digit for digit.
 * Amounts fixed to a currency (a loaded scenario's) carry it: `&cur=USD`. Saved scenarios use the
 * same form.
 */
export const PERIOD_PARAM = 'p';
/**
 * The decimal mark of the language an entry kept as typed was written in (`dec=comma`): a Dutch
 * "1,250", refused as a count (it reads 1.25), would read as 1,250 customers in English. The
 * reader's form sees it with its own marks ("1.250"), so it is refused there too.
 */
export const DECIMAL_PARAM = 'dec';
export const MATH_PARAM = 'math';
export const CURRENCY_PARAM = 'cur';
/**
 * A second scenario B, compared with the first (A): `ab=1`, then B's inputs under `b.` (`b.s=9800`).
 * A's parameters are those of a one-scenario link, so a link made before B existed reads as before,
 * and a reader that knows nothing of B still opens A. `math=b` opens the math of B (`math=1`: of A).
 */
export const COMPARE_PARAM = 'ab';
export const B_PREFIX = 'b.';
export const MATH_OF_B = 'b';

export interface CalculatorInputs {
	/** Input texts by field key, as shown in the form. */
	texts: Record<string, string>;
	/** The chosen period, for calculators that offer one. */
	period?: Period;
	/** A period the link names that the calculator does not know (cut short): `period` is the default instead. */
	unknownPeriod?: string;
	/** Whether the "show the math" panel is open. */
	showMath?: boolean;
	/** The currency the amounts are in, when they are tied to one rather than to the currency setting. */
	currency?: Currency;
}

export function inputsToParams(
	fields: readonly FieldSpec[],
	inputs: CalculatorInputs,
	decimal: DecimalSeparator
): Record<string, string> {
	const params: Record<string, string> = {};
	let keptWithMarks = false;
	for (const field of fields) {
		const text = (inputs.texts[field.key] ?? '').trim();
		if (text === '') continue;
		const reading = readField(text, field, decimal);
		const entered = reading.ok ? reading.entered : undefined;
		params[field.key] = entered !== undefined ? canonicalNumberText(entered) : text;
		keptWithMarks ||= entered === undefined && /[.,\uff0c\uff0e]/.test(text);
	}
	if (keptWithMarks) params[DECIMAL_PARAM] = decimal === ',' ? 'comma' : 'point';
	if (inputs.period) params[PERIOD_PARAM] = inputs.period;
	if (inputs.currency) params[CURRENCY_PARAM] = inputs.currency;
	if (inputs.showMath) params[MATH_PARAM] = '1';
	return params;
}

export function inputsFromParams(
	fields: readonly FieldSpec[],
	params: URLSearchParams | Readonly<Record<string, string>>,
	decimal: DecimalSeparator,
	defaultPeriod?: Period
): CalculatorInputs {
	const get = (key: string) => (params instanceof URLSearchParams ? params.get(key) : params[key]) ?? null;
	const written = get(DECIMAL_PARAM);
	// An entry kept as typed, in the reader's marks where it was written with the other ones.
	const writtenWith: DecimalSeparator | null = written === 'comma' ? ',' : written === 'point' ? '.' : null;
	const asTyped = (raw: string) => (writtenWith ? withMarksOf(raw, writtenWith, decimal) : raw);
	const texts: Record<string, string> = {};
	for (const field of fields) {
		const raw = get(field.key);
		if (raw === null) continue;
		const trimmed = raw.trim();
		// Digit for digit (a number too large to read stays as written), less trailing decimal zeros,
		// which would make `10.500` look like ten thousand five hundred.
		const tidy = trimmed.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
		// With `dec`, the link is the app's own, which writes every number it read without such zeros:
		// "1.000" there is an entry it refused (did you mean 1,000?), kept as typed, not one.
		const keptAsTyped = writtenWith !== null && tidy !== trimmed;
		texts[field.key] =
			isCanonicalNumberText(trimmed) && !keptAsTyped ? canonicalTextIn(tidy, decimal) : asTyped(raw);
	}
	const period = get(PERIOD_PARAM);
	const currency = get(CURRENCY_PARAM);
	const unknown = defaultPeriod !== undefined && period !== null && !isPeriod(period);
	return {
		texts,
		period: defaultPeriod && (isPeriod(period) ? period : defaultPeriod),
		...(unknown ? { unknownPeriod: period.slice(0, 40) } : {}),
		showMath: get(MATH_PARAM) === '1' || get(MATH_PARAM) === MATH_OF_B,
		...(isCurrency(currency) ? { currency } : {})
	};
}

/** Scenario B's inputs (texts only: the period, currency and math switch are shared) as parameters. */
export function scenarioBToParams(
	fields: readonly FieldSpec[],
	texts: Readonly<Record<string, string>>,
	decimal: DecimalSeparator
): Record<string, string> {
	const params: Record<string, string> = { [COMPARE_PARAM]: '1' };
	for (const [key, value] of Object.entries(inputsToParams(fields, { texts }, decimal))) {
		params[B_PREFIX + key] = value;
	}
	return params;
}

/** Scenario B's input texts from a link, as `inputsFromParams` reads A's; null when the link has no B. */
export function scenarioBFromParams(
	fields: readonly FieldSpec[],
	params: URLSearchParams | Readonly<Record<string, string>>,
	decimal: DecimalSeparator
): Record<string, string> | null {
	const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
	if (!entries.some(([key, value]) => key === COMPARE_PARAM && value === '1')) return null;
	const own: Record<string, string> = {};
	for (const [key, value] of entries) {
		if (key.startsWith(B_PREFIX)) own[key.slice(B_PREFIX.length)] = value;
	}
	return inputsFromParams(fields, own, decimal).texts;
}

/** Whether a link opens the math of scenario B rather than A's. */
export function mathOfBFromParams(params: URLSearchParams | Readonly<Record<string, string>>): boolean {
	return (params instanceof URLSearchParams ? params.get(MATH_PARAM) : params[MATH_PARAM]) === MATH_OF_B;
}

/** The query string (without `?`) of some parameters, in their given order. */
export function queryString(params: Readonly<Record<string, string>>): string {
	return new URLSearchParams(params).toString();
}
