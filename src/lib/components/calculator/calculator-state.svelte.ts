import type { Currency } from '$lib/format/currencies';
import { readField, type FieldProblem, type FieldReading } from '$lib/metrics/fields';
import { decimalSeparatorOf, formatNumberInput } from '$lib/metrics/number-input';
import type { Period } from '$lib/metrics/period';
import { CURRENCY_PARAM, inputsFromParams, inputsToParams, MATH_PARAM } from '$lib/metrics/query';
import type { Calculator, Evaluation } from './types';

/** Where a calculation stands: waiting for inputs, blocked by entries, or evaluated. */
export type CalculatorStatus =
	| { readonly kind: 'incomplete'; readonly missing: readonly string[] }
	| { readonly kind: 'invalid'; readonly fields: readonly string[] }
	| { readonly kind: 'evaluated'; readonly evaluation: Evaluation };

/** What the calculator needs from the reader's settings, read through getters so a change follows. */
export interface CalculatorSettings {
	/** The language's Intl tag (`en-GB`, `nl-NL`): how numbers are typed and shown. */
	tag: () => string;
	/** The currency setting: what amounts are in unless a scenario or link says otherwise. */
	currency: () => Currency;
}

/** A text as typed, and the language (Intl tag) it was typed in, which decides how it reads. */
interface Entry {
	readonly text: string;
	readonly tag: string;
}

/**
 * The inputs of one calculator and everything derived from them. A typed number never changes by
 * itself: each text is read in the language it was typed in, and when the language changes the
 * field shows the same number written the new language's way (`1,250` typed in English shows as
 * `1.250` in Dutch; the text as typed is back when English is).
 */
export class CalculatorState {
	readonly calculator: Calculator;
	#entries = $state<Record<string, Entry>>({});
	/** Fields the user has left at least once: an empty required field shows its message only then. */
	touched = $state<Record<string, boolean>>({});
	period = $state<Period>('month');
	showMath = $state(false);
	/** The currency a loaded scenario or link ties the amounts to; null while they follow the setting. */
	fixedCurrency = $state<Currency | null>(null);
	readonly #settings: CalculatorSettings;
	readonly #hasMoney: boolean;

	constructor(calculator: Calculator, settings: CalculatorSettings) {
		this.calculator = calculator;
		this.#settings = settings;
		this.#hasMoney = calculator.fields.some((f) => f.kind === 'money');
		this.period = calculator.defaultPeriod ?? 'month';
	}

	/** Each field's text as the field shows it, in the current language. */
	readonly texts: Record<string, string> = $derived.by(() => {
		const tag = this.#settings.tag();
		return Object.fromEntries(this.calculator.fields.map((f) => [f.key, this.#shown(f.key, tag)]));
	});

	/** Every field's text read and checked. */
	readonly readings: Record<string, FieldReading> = $derived.by(() => {
		const decimal = decimalSeparatorOf(this.#settings.tag());
		return Object.fromEntries(this.calculator.fields.map((f) => [f.key, readField(this.texts[f.key], f, decimal)]));
	});

	/** The currency amounts are in: a loaded scenario's or link's, otherwise the setting. */
	readonly currency: Currency = $derived.by(() => this.fixedCurrency ?? this.#settings.currency());

	/** The inputs in link form: what the address bar shows and a saved scenario stores. */
	readonly params: Record<string, string> = $derived.by(() =>
		inputsToParams(
			this.calculator.fields,
			{
				texts: this.texts,
				period: this.calculator.defaultPeriod && this.period,
				showMath: this.showMath,
				currency: (this.#hasMoney && this.fixedCurrency) || undefined
			},
			decimalSeparatorOf(this.#settings.tag())
		)
	);

	readonly status: CalculatorStatus = $derived.by(() => {
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
		return { kind: 'evaluated', evaluation: this.calculator.evaluate(values, this.period, this.currency) };
	});

	/** A field's text in language `tag`: as typed if typed in it, else its number written that language's way. */
	#shown(key: string, tag: string): string {
		const entry = this.#entries[key];
		if (!entry) return '';
		if (entry.tag === tag) return entry.text;
		const field = this.calculator.fields.find((f) => f.key === key);
		const typed = field && readField(entry.text, field, decimalSeparatorOf(entry.tag));
		return typed?.ok && typed.entered !== undefined ? formatNumberInput(typed.entered, tag) : entry.text;
	}

	/** Whether the calculator has amounts of money, so a currency matters. */
	get hasMoney(): boolean {
		return this.#hasMoney;
	}

	/** The currency setting, which amounts follow unless tied to another. */
	get settingCurrency(): Currency {
		return this.#settings.currency();
	}

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
		this.#entries[key] = { text, tag: this.#settings.tag() };
	}

	touch(key: string): void {
		this.touched[key] = true;
	}

	/**
	 * Replaces every input by those of a link, an example or a saved scenario. Amounts are tied to the
	 * currency the inputs name (a link's `cur`, a scenario's `currency`), or follow the setting.
	 */
	load(
		params: URLSearchParams | Readonly<Record<string, string>>,
		options: { keepMath?: boolean; currency?: Currency } = {}
	): void {
		const tag = this.#settings.tag();
		const { fields, defaultPeriod } = this.calculator;
		const inputs = inputsFromParams(fields, params, decimalSeparatorOf(tag), defaultPeriod);
		this.#entries = Object.fromEntries(Object.entries(inputs.texts).map(([key, text]) => [key, { text, tag }]));
		this.touched = {};
		if (inputs.period) this.period = inputs.period;
		if (!options.keepMath) this.showMath = inputs.showMath ?? false;
		this.fixedCurrency = (this.#hasMoney && (options.currency ?? inputs.currency)) || null;
	}

	loadExample(id: string): void {
		const example = this.calculator.examples.find((e) => e.id === id);
		if (example) this.load(example.params, { keepMath: true });
	}

	/** Lets the amounts follow the currency setting again, as typed. */
	followCurrencySetting(): void {
		this.fixedCurrency = null;
	}

	/** The inputs to store in a scenario: the link form without the view switch and the currency (stored apart). */
	scenarioInputs(): Record<string, string> {
		const { [MATH_PARAM]: _math, [CURRENCY_PARAM]: _currency, ...inputs } = this.params;
		return inputs;
	}
}
