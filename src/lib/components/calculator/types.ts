import type { FieldSpec } from '$lib/metrics/fields';
import type { Outcome, Problem } from '$lib/metrics/outcome';
import type { Period } from '$lib/metrics/period';
import type { Change, Span, SweepPoint } from '$lib/metrics/sensitivity';

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
	/** How the result responds to its inputs, main input first (filled in by `defineCalculator`). */
	readonly responses?: readonly ResponseCurve[];
	/** "What lifts it most", the largest gain first (filled in by `defineCalculator`). */
	readonly lifts?: readonly LiftLine[];
	/** The headline as a number, to compare two scenarios (filled in by `defineCalculator` from `measure`). */
	readonly measured?: MeasuredResult;
}

/** A result as one number, and how a difference of it is shown (without its sign). */
export interface MeasuredResult {
	readonly value: number;
	/** The value as the headline shows it (38.89 for 38.888…): what B − A is taken of. */
	readonly shown: number;
	readonly formatDifference: (size: number) => string;
}

/**
 * A result along one input (`input`: the others as the user has them) or over time (`months`: a
 * rate compounded month by month), through the user's own point.
 */
export interface ResponseCurve {
	/** The input's key, or `months`. */
	readonly id: string;
	readonly kind: 'input' | 'months';
	/** The input's label (for `months`, empty: the chart names the months). */
	readonly xLabel: string;
	/** What the curve shows, e.g. "Customer lifetime value". */
	readonly yLabel: string;
	readonly points: readonly SweepPoint[];
	/** The user's own point: their input and their result. */
	readonly current: SweepPoint;
	/** x as the input is shown (an amount, a percentage, a count). */
	readonly formatX: (x: number) => string;
	/** y as the result is shown above the chart. */
	readonly formatY: (y: number) => string;
}

/** One line of "what lifts it most", formatted. */
export interface LiftLine {
	readonly id: string;
	/** The input changed, by its label. */
	readonly field: string;
	/** The change, e.g. "+10%", "+1 year". */
	readonly by: string;
	/** The result after the change, and the change in it ("+€25.00", "+10%"). */
	readonly result: string;
	readonly difference: string;
	readonly relative: string | null;
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
	/** The result as one number, as the headline shows it: what the charts and the lifts measure. */
	readonly measure?: Measured<K, R>;
	/** The charts of how the result responds, main one first (see `ResponseDefinition`). */
	readonly responses?: readonly ResponseDefinition<K, R>[];
	/** The changes "what lifts it most" tries, each on one input; measured by `measure`. */
	readonly lifts?: readonly LiftDefinition<K>[];
}

/** A quantity of a result: its number, how it is shown and named. */
export interface Measured<K extends string, R> {
	/** The number from the formula's result; undefined where the result lacks it (an optional part left out). */
	readonly value: (result: R) => number | undefined;
	readonly format: (value: number, inputs: FormulaInputs<K>) => string;
	/** How a difference of it is shown (default: like the value), without its sign. */
	readonly formatDifference?: (value: number, inputs: FormulaInputs<K>) => string;
	readonly label: (inputs: FormulaInputs<K>) => string;
}

/**
 * One chart: the result (or `of`, another quantity of it) along input `key` over `span` around the
 * user's value; or, with `months`, a rate `at` each month from 0 to `months`, the user's point at
 * month `mark`. The points come from the calculator's own formula.
 */
export type ResponseDefinition<K extends string, R> =
	| {
			readonly key: K;
			readonly span: (value: number, inputs: FormulaInputs<K>) => Span;
			readonly of?: Measured<K, R>;
	  }
	| {
			readonly months: number;
			readonly at: (result: R, months: number, period: Period) => number | null;
			readonly mark: (period: Period) => number;
			readonly of: Measured<K, R>;
	  };

/** A change "what lifts it most" tries: `change` to input `key` (capped at `max`), described by `by`. */
export interface LiftDefinition<K extends string> {
	readonly id: string;
	readonly key: K;
	readonly change: (period: Period) => Change;
	readonly max?: number;
	/** The change as the reader sees it: "+10%", "+1 year". */
	readonly by: (period: Period) => string;
}
