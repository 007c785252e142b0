import { readField, type FieldProblem, type FieldReading } from '$lib/metrics/fields';
import type { DecimalSeparator } from '$lib/metrics/number-input';
import type { Period } from '$lib/metrics/period';
import { inputsFromParams, inputsToParams, MATH_PARAM } from '$lib/metrics/query';
import type { Calculator, Evaluation } from './types';

/** Where a calculation stands: waiting for inputs, blocked by entries, or evaluated. */
export type CalculatorStatus =
	| { readonly kind: 'incomplete'; readonly missing: readonly string[] }
	| { readonly kind: 'invalid'; readonly fields: readonly string[] }
	| { readonly kind: 'evaluated'; readonly evaluation: Evaluation };

/**
 * The inputs of one calculator and everything derived from them. Texts are kept as typed; numbers
 * are read in the reader's convention (`decimal`, a getter so a change of language re-reads them).
 */
export class CalculatorState {
	readonly calculator: Calculator;
	texts = $state<Record<string, string>>({});
	/** Fields the user has left at least once: an empty required field shows its message only then. */
	touched = $state<Record<string, boolean>>({});
	period = $state<Period>('month');
	showMath = $state(false);
	readonly #decimal: () => DecimalSeparator;

	/** Every field's text read and checked. */
	readonly readings: Record<string, FieldReading>;
	/** The inputs in link form: what the address bar shows and a saved scenario stores. */
	readonly params: Record<string, string>;

	constructor(calculator: Calculator, decimal: () => DecimalSeparator) {
		this.calculator = calculator;
		this.#decimal = decimal;
		this.period = calculator.defaultPeriod ?? 'month';
		this.readings = $derived(
			Object.fromEntries(calculator.fields.map((f) => [f.key, readField(this.texts[f.key] ?? '', f, decimal())]))
		);
		this.params = $derived(
			inputsToParams(
				calculator.fields,
				{ texts: this.texts, period: calculator.defaultPeriod && this.period, showMath: this.showMath },
				decimal()
			)
		);
	}

	status: CalculatorStatus = $derived.by(() => {
		const missing: string[] = [];
		const invalid: string[] = [];
		const values: Record<string, number | undefined> = {};
		for (const field of this.calculator.fields) {
			const reading = this.readings[field.key];
			if (reading.ok) values[field.key] = reading.value;
			else if (reading.problem.code === 'empty') missing.push(field.key);
			else invalid.push(field.key);
		}
		if (invalid.length > 0) return { kind: 'invalid', fields: invalid };
		if (missing.length > 0) return { kind: 'incomplete', missing };
		return { kind: 'evaluated', evaluation: this.calculator.evaluate(values, this.period) };
	});

	/** The problem to show under a field now: its own, once typed in or left; none for an untouched empty one. */
	fieldProblem(key: string): FieldProblem | null {
		const reading = this.readings[key];
		if (!reading || reading.ok) return null;
		if (reading.problem.code === 'empty' && !this.touched[key]) return null;
		return reading.problem;
	}

	/** Fields at fault in a calculation that could not be done (e.g. E < N marks E and N). */
	get problemFields(): readonly string[] {
		const status = this.status;
		return status.kind === 'evaluated' && !status.evaluation.ok ? status.evaluation.fields : [];
	}

	setText(key: string, text: string): void {
		this.texts[key] = text;
	}

	touch(key: string): void {
		this.touched[key] = true;
	}

	/** Replaces every input by those of a link, an example or a saved scenario. */
	load(params: URLSearchParams | Readonly<Record<string, string>>, options: { keepMath?: boolean } = {}): void {
		const inputs = inputsFromParams(this.calculator.fields, params, this.#decimal(), this.calculator.defaultPeriod);
		this.texts = inputs.texts;
		this.touched = {};
		if (inputs.period) this.period = inputs.period;
		if (!options.keepMath) this.showMath = inputs.showMath ?? false;
	}

	loadExample(id: string): void {
		const example = this.calculator.examples.find((e) => e.id === id);
		if (example) this.load(example.params, { keepMath: true });
	}

	/** The inputs to store in a scenario: the link form without the view switch. */
	scenarioInputs(): Record<string, string> {
		const { [MATH_PARAM]: _math, ...inputs } = this.params;
		return inputs;
	}
}
