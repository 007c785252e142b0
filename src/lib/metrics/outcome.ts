/**
 * What every formula in `lib/metrics` returns: a value, or one typed problem saying why there is
 * no value. A formula never returns NaN or Infinity; where the arithmetic would produce one, the
 * problem names the inputs at fault so a form can mark them.
 */
export interface Problem<Code extends string = string> {
	readonly code: Code;
	/** The inputs at fault, by the formula's argument names (e.g. `['end', 'acquired']`). */
	readonly fields: readonly string[];
	/** What the formula would have produced, where showing it helps explain the problem. */
	readonly wouldBe?: number;
}

export type Outcome<T, Code extends string = string> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem<Code> };

/** The problems any formula reports for inputs that are not usable numbers at all. */
export type InputProblemCode = 'notFinite' | 'negative';

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
	return { ok: true, value };
}

export function fail<Code extends string>(
	code: Code,
	fields: readonly string[],
	wouldBe?: number
): { readonly ok: false; readonly problem: Problem<Code> } {
	return { ok: false, problem: wouldBe === undefined ? { code, fields } : { code, fields, wouldBe } };
}

/**
 * Checks that every argument is a finite number of zero or more (all inputs of these formulas are
 * counts, amounts or rates). Returns the first problem found, or null.
 */
export function checkInputs(
	args: Readonly<Record<string, number>>
): { readonly ok: false; readonly problem: Problem<InputProblemCode> } | null {
	for (const [name, value] of Object.entries(args)) {
		if (!Number.isFinite(value)) return fail('notFinite', [name]);
		if (value < 0) return fail('negative', [name]);
	}
	return null;
}
