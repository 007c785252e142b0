import type { FieldSpec } from './fields';
import { readField } from './fields';
import { isCurrency, type Currency } from '$lib/format/currencies';
import { canonicalNumberText, canonicalTextIn, isCanonicalNumberText, type DecimalSeparator } from './number-input';
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
export const MATH_PARAM = 'math';
export const CURRENCY_PARAM = 'cur';

export interface CalculatorInputs {
	/** Input texts by field key, as shown in the form. */
	texts: Record<string, string>;
	/** The chosen period, for calculators that offer one. */
	period?: Period;
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
	for (const field of fields) {
		const text = (inputs.texts[field.key] ?? '').trim();
		if (text === '') continue;
		const reading = readField(text, field, decimal);
		params[field.key] = reading.ok && reading.entered !== undefined ? canonicalNumberText(reading.entered) : text;
	}
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
	const texts: Record<string, string> = {};
	for (const field of fields) {
		const raw = get(field.key);
		if (raw === null) continue;
		const trimmed = raw.trim();
		// Digit for digit (a number too large to read stays as written), less trailing decimal zeros,
		// which would make `10.500` look like ten thousand five hundred.
		const tidy = trimmed.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
		texts[field.key] = isCanonicalNumberText(trimmed) ? canonicalTextIn(tidy, decimal) : raw;
	}
	const period = get(PERIOD_PARAM);
	const currency = get(CURRENCY_PARAM);
	return {
		texts,
		period: defaultPeriod && (isPeriod(period) ? period : defaultPeriod),
		showMath: get(MATH_PARAM) === '1',
		...(isCurrency(currency) ? { currency } : {})
	};
}

/** The query string (without `?`) of some parameters, in their given order. */
export function queryString(params: Readonly<Record<string, string>>): string {
	return new URLSearchParams(params).toString();
}
