import type { FieldSpec } from '$lib/metrics/fields';
import type { Outcome, Problem } from '$lib/metrics/outcome';
import type { Period } from '$lib/metrics/period';

/** One line of a result: a label and its formatted value. */
export interface ResultItem {
	readonly label: string;
	readonly value: string;
}

/**
 * One line of "show the math": the formula, then the same expression with the user's numbers
 * substituted, then each simplification, ending with the result. Shown joined by " = ".
 */
export interface MathLine {
	readonly steps: readonly string[];
	/** A short text before the line, e.g. "Convert the yearly discount rate to a month:". */
	readonly lead?: string;
}

/** Everything a calculator shows for a valid calculation, already in the reader's language. */
export interface Presentation {
	readonly headline: ResultItem;
	readonly details: readonly ResultItem[];
	readonly math: readonly MathLine[];
	/** Explanations of a result that signals inconsistent inputs (e.g. a CRR above 100 %). */
	readonly warnings: readonly string[];
	/** Neutral remarks about this result (e.g. how a ratio compares with a rule of thumb). */
	readonly remarks: readonly string[];
}

/** The texts of one calculator; each calculator's entry in the message catalogue has this shape. */
export interface CalculatorTexts {
	readonly title: string;
	readonly description: string;
	readonly fields: Readonly<Record<string, { readonly label: string; readonly hint: string }>>;
	/** The label of the period choice, for calculators that offer one. */
	readonly period?: string;
	/** Button labels of the examples, by example id (`textbook` is the first). */
	readonly examples: Readonly<Record<string, string>>;
	/** Notes for educators and careful readers. */
	readonly notes: readonly string[];
}

export interface CalculatorExample {
	readonly id: string;
	/** The example's inputs in link form (see `inputsToParams`), period included. */
	readonly params: Readonly<Record<string, string>>;
}

/** What a calculation of complete, well-formed inputs gives: a result, or a problem to explain. */
export type Evaluation =
	| { readonly ok: true; readonly presentation: Presentation }
	| { readonly ok: false; readonly fields: readonly string[]; readonly message: string };

/** A calculator as the shared components use it, whatever its formula's result type. */
export interface Calculator {
	readonly id: string;
	readonly group: CalculatorGroup;
	readonly fields: readonly FieldSpec[];
	/** Present when the calculator offers a choice of period; the period chosen at first. */
	readonly defaultPeriod?: Period;
	readonly examples: readonly CalculatorExample[];
	texts(): CalculatorTexts;
	/**
	 * Values by field key (percent fields as fractions; optional fields may be undefined), and the
	 * currency (ISO 4217) the money fields are in.
	 */
	evaluate(values: Readonly<Record<string, number | undefined>>, period: Period, currency: string): Evaluation;
}

export type CalculatorGroup = 'retention' | 'orders' | 'value' | 'acquisition';

/** The inputs handed to a definition's formula: typed access to the field values by key. */
export interface FormulaInputs<K extends string> {
	/** A required field's value (percent fields as fractions). */
	value(key: K): number;
	/** An optional field's value, undefined when left empty. */
	optional(key: K): number | undefined;
	readonly period: Period;
	/** The currency (ISO 4217) the money fields are in, for showing amounts. */
	readonly currency: string;
}

export interface CalculatorDefinition<K extends string, R, C extends string> {
	readonly id: string;
	readonly group: CalculatorGroup;
	readonly fields: readonly (FieldSpec & { readonly key: K })[];
	readonly defaultPeriod?: Period;
	readonly examples: readonly CalculatorExample[];
	texts(): CalculatorTexts;
	compute(inputs: FormulaInputs<K>): Outcome<R, C>;
	/** Which field each formula argument named in a problem belongs to. */
	readonly argumentFields: Readonly<Record<string, K>>;
	present(result: R, inputs: FormulaInputs<K>): Presentation;
	explain(problem: Problem<C>, inputs: FormulaInputs<K>): string;
}
