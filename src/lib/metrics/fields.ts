import { halfWidth, parseNumberText, type DecimalSeparator } from './number-input';

/**
 * What a calculator input holds. `count`: customers or orders, whole numbers. `money`: an amount in
 * the user's currency. `percent`: typed as 0 to 100, handed to formulas as a fraction. `decimal`:
 * any other non-negative quantity (orders per customer, years).
 */
export type FieldKind = 'count' | 'money' | 'percent' | 'decimal';

export interface FieldSpec {
	/** The input's name in links and saved scenarios, short and stable: `s`, `e`, `n`. */
	readonly key: string;
	readonly kind: FieldKind;
	/** An empty optional field is simply absent; an empty required field is a problem. */
	readonly optional?: boolean;
	/** Upper bound in the unit typed (percent fields: 100); defaults by kind, see `DEFAULT_MAX`. */
	readonly max?: number;
}

/**
 * Bounds beyond which an entry is surely a typing slip: ten billion customers or orders (more than
 * people on Earth), a trillion in money, 100 %, a million of anything else per period.
 */
export const DEFAULT_MAX: Readonly<Record<FieldKind, number>> = {
	count: 10_000_000_000,
	money: 1_000_000_000_000,
	percent: 100,
	decimal: 1_000_000
};

export type FieldProblem =
	| { readonly code: 'empty' | 'notNumber' | 'badSeparators' | 'negative' | 'notInteger' }
	| { readonly code: 'tooLarge'; readonly max: number }
	| { readonly code: 'percentAbove100'; readonly entered: number }
	/**
	 * A count typed with one separator and three digits after it (`10,000` in Latvian, `10.000` in
	 * English), which the language reads as decimals (10): almost surely thousands were meant, and a
	 * count is whole, so it is not read either way; `asDecimal` and `asThousands` are the two readings.
	 */
	| {
			readonly code: 'thousandsOrDecimal';
			readonly mark: DecimalSeparator;
			readonly asDecimal: number;
			readonly asThousands: number;
	  };

export type FieldReading =
	| {
			readonly ok: true;
			/** The number as typed (percent fields: 0 to 100); undefined for an empty optional field. */
			readonly entered: number | undefined;
			/** The number handed to formulas (percent fields: a fraction). */
			readonly value: number | undefined;
			/** The text had a lone separator that the language's convention decided (see `parseNumberText`). */
			readonly ambiguous: boolean;
	  }
	| { readonly ok: false; readonly problem: FieldProblem };

/** Up to here a percentage above 100 is shown back to the user (`150% is more than 100%`). */
const PERCENT_SLIP_LIMIT = 1_000_000;

export function maxOf(spec: FieldSpec): number {
	return spec.max ?? DEFAULT_MAX[spec.kind];
}

/** Reads and checks one input's text against its field's rules. */
export function readField(text: string, spec: FieldSpec, decimal: DecimalSeparator): FieldReading {
	const stripped = spec.kind === 'percent' ? halfWidth(text).trim().replace(/\s*%$/, '') : text;
	if (stripped.trim() === '' && spec.optional)
		return { ok: true, entered: undefined, value: undefined, ambiguous: false };
	const max = maxOf(spec);
	const reading = parseNumberText(stripped, decimal);
	if (!reading.ok) {
		const problem: FieldProblem =
			reading.problem === 'tooLarge' ? { code: 'tooLarge', max } : { code: reading.problem };
		return { ok: false, problem };
	}
	const entered = reading.value;
	if (entered < 0) return { ok: false, problem: { code: 'negative' } };
	if (spec.kind === 'count' && reading.ambiguous) {
		// Read the other way, the separator groups thousands: a larger number when it was read as decimals.
		const grouped = parseNumberText(stripped, decimal === ',' ? '.' : ',');
		if (grouped.ok && grouped.value > entered)
			return {
				ok: false,
				problem: { code: 'thousandsOrDecimal', mark: decimal, asDecimal: entered, asThousands: grouped.value }
			};
	}
	if (entered > max) {
		// A percentage a little above 100 is named as such; an absurd one is simply too large.
		const slip = spec.kind === 'percent' && entered > 100 && entered < PERCENT_SLIP_LIMIT;
		return { ok: false, problem: slip ? { code: 'percentAbove100', entered } : { code: 'tooLarge', max } };
	}
	if (spec.kind === 'count' && !Number.isInteger(entered)) return { ok: false, problem: { code: 'notInteger' } };
	const value = spec.kind === 'percent' ? entered / 100 : entered;
	return { ok: true, entered, value, ambiguous: reading.ambiguous };
}
