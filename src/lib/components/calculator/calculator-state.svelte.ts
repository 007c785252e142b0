import type { Currency } from '$lib/format/currencies';
import { readField, type FieldProblem, type FieldReading } from '$lib/metrics/fields';
import { decimalSeparatorOf, formatNumberInput, withMarksOf } from '$lib/metrics/number-input';
import type { Period } from '$lib/metrics/period';
import {
	CURRENCY_PARAM,
	inputsFromParams,
	inputsToParams,
	MATH_OF_B,
	MATH_PARAM,
	mathOfBFromParams,
	scenarioBFromParams,
	scenarioBToParams
} from '$lib/metrics/query';
import { hasMoneyFields } from './define';
import type { Calculator, Evaluation, Presentation } from './types';

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

/** Which of two compared scenarios: A (the calculator's own inputs) or B. */
export type ScenarioId = 'a' | 'b';

/** What one scenario needs from its calculator: the settings, and the period and currency they share. */
interface ScenarioContext {
	readonly calculator: Calculator;
	readonly settings: CalculatorSettings;
	period(): Period;
	currency(): Currency;
}

/**
 * The typed inputs of one scenario and what follows from them. A typed number never changes by
 * itself: each text is read in the language it was typed in, and when the language changes the
 * field shows the same number written the new language's way (`1,250` typed in English shows as
 * `1.250` in Dutch; the text as typed is back when English is).
 */
export class Scenario {
	#entries = $state<Record<string, Entry>>({});
	/** Fields the user has left at least once: an empty required field shows its message only then. */
	touched = $state<Record<string, boolean>>({});
	readonly #context: ScenarioContext;

	constructor(context: ScenarioContext, entries: Record<string, Entry> = {}) {
		this.#context = context;
		this.#entries = { ...entries };
	}

	/** Each field's text as the field shows it, in the current language. */
	readonly texts: Record<string, string> = $derived.by(() => {
		const tag = this.#context.settings.tag();
		return Object.fromEntries(this.#context.calculator.fields.map((f) => [f.key, this.#shown(f.key, tag)]));
	});

	/** Every field's text read and checked. */
	readonly readings: Record<string, FieldReading> = $derived.by(() => {
		const decimal = decimalSeparatorOf(this.#context.settings.tag());
		return Object.fromEntries(
			this.#context.calculator.fields.map((f) => [f.key, readField(this.texts[f.key], f, decimal)])
		);
	});

	readonly status: CalculatorStatus = $derived.by(() => {
		const missing: string[] = [];
		const invalid: string[] = [];
		const values: Record<string, number | undefined> = {};
		const { calculator } = this.#context;
		for (const field of calculator.fields) {
			const reading = this.readings[field.key];
			if (reading.ok) values[field.key] = reading.value;
			else if (reading.problem.code === 'empty') missing.push(field.key);
			else invalid.push(field.key);
		}
		if (invalid.length > 0) return { kind: 'invalid', fields: invalid };
		if (missing.length > 0) return { kind: 'incomplete', missing };
		return {
			kind: 'evaluated',
			evaluation: calculator.evaluate(values, this.#context.period(), this.#context.currency())
		};
	});

	/** The result when there is one, to show or compare. */
	readonly presentation: Presentation | null = $derived(
		this.status.kind === 'evaluated' && this.status.evaluation.ok ? this.status.evaluation.presentation : null
	);

	/** A field's text in language `tag`: as typed if typed in it, else its number written that language's way. */
	#shown(key: string, tag: string): string {
		const entry = this.#entries[key];
		if (!entry) return '';
		if (entry.tag === tag) return entry.text;
		const field = this.#context.calculator.fields.find((f) => f.key === key);
		const typedWith = decimalSeparatorOf(entry.tag);
		const typed = field && readField(entry.text, field, typedWith);
		if (typed?.ok && typed.entered !== undefined) return formatNumberInput(typed.entered, tag);
		// Refused where it was typed: refused here too, never read as another number by this language's marks.
		return withMarksOf(entry.text, typedWith, decimalSeparatorOf(tag));
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
		this.#entries[key] = { text, tag: this.#context.settings.tag() };
	}

	touch(key: string): void {
		this.touched[key] = true;
	}

	/** Replaces every text by `texts`, typed in the current language. */
	replace(texts: Readonly<Record<string, string>>): void {
		const tag = this.#context.settings.tag();
		this.#entries = Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, { text, tag }]));
		this.touched = {};
	}

	/** A new scenario with the same entries (each still read in the language it was typed in). */
	copy(): Scenario {
		return new Scenario(this.#context, $state.snapshot(this.#entries));
	}
}

/**
 * The inputs of one calculator and everything derived from them: scenario A, and while comparing,
 * scenario B (same period and currency), the difference B − A shown beside them. The calculator's
 * own accessors (`texts`, `status`, `setText`, …) are A's.
 */
export class CalculatorState {
	readonly calculator: Calculator;
	period = $state<Period>('month');
	/** A period the loaded link named that this calculator does not know: the default was used instead (said so). */
	unknownPeriod = $state<string | null>(null);
	showMath = $state(false);
	/** Whose calculation "show the math" shows while comparing. */
	mathOf = $state<ScenarioId>('a');
	/** The currency a loaded scenario or link ties the amounts to; null while they follow the setting. */
	fixedCurrency = $state<Currency | null>(null);
	readonly a: Scenario;
	/** Scenario B while comparing; null otherwise. */
	b = $state<Scenario | null>(null);
	readonly #settings: CalculatorSettings;
	readonly #hasMoney: boolean;
	readonly #context: ScenarioContext;

	constructor(calculator: Calculator, settings: CalculatorSettings) {
		this.calculator = calculator;
		this.#settings = settings;
		this.#hasMoney = hasMoneyFields(calculator);
		this.period = calculator.defaultPeriod ?? 'month';
		this.#context = {
			calculator,
			settings,
			period: () => this.period,
			currency: () => this.currency
		};
		this.a = new Scenario(this.#context);
	}

	/** The currency amounts are in: a loaded scenario's or link's, otherwise the setting. */
	readonly currency: Currency = $derived.by(() => this.fixedCurrency ?? this.#settings.currency());

	/** A's inputs in link form: what a saved scenario stores (less the math switch and currency). */
	readonly #aParams: Record<string, string> = $derived.by(() =>
		inputsToParams(
			this.calculator.fields,
			{
				texts: this.a.texts,
				period: this.calculator.defaultPeriod && this.period,
				showMath: this.showMath,
				currency: (this.#hasMoney && this.fixedCurrency) || undefined
			},
			decimalSeparatorOf(this.#settings.tag())
		)
	);

	/** The inputs in link form, B's too while comparing: what the address bar shows and a link shares. */
	readonly params: Record<string, string> = $derived.by(() => {
		if (!this.b) return this.#aParams;
		const b = scenarioBToParams(this.calculator.fields, this.b.texts, decimalSeparatorOf(this.#settings.tag()));
		const math: Record<string, string> = this.showMath && this.mathOf === 'b' ? { [MATH_PARAM]: MATH_OF_B } : {};
		return { ...this.#aParams, ...math, ...b };
	});

	/**
	 * What a shared link, the embed code and the handout carry: the inputs and, for a calculator with
	 * amounts, the currency they are in (the setting's too, not only a tied one), so the reader sees
	 * "411,50 €" as the sender did rather than the same number in their own currency. The reader's
	 * page ties the amounts to it for that calculation (see `load`); their setting stays as it was.
	 */
	readonly sharedParams: Record<string, string> = $derived.by(() =>
		this.#hasMoney ? { ...this.params, [CURRENCY_PARAM]: this.currency } : this.params
	);

	/** The scenario whose math is shown. */
	get mathScenario(): Scenario {
		return this.b && this.mathOf === 'b' ? this.b : this.a;
	}

	get texts(): Record<string, string> {
		return this.a.texts;
	}

	get readings(): Record<string, FieldReading> {
		return this.a.readings;
	}

	get status(): CalculatorStatus {
		return this.a.status;
	}

	get touched(): Record<string, boolean> {
		return this.a.touched;
	}

	/** Whether the calculator has amounts of money, so a currency matters. */
	get hasMoney(): boolean {
		return this.#hasMoney;
	}

	/** The currency setting, which amounts follow unless tied to another. */
	get settingCurrency(): Currency {
		return this.#settings.currency();
	}

	fieldProblem(key: string): FieldProblem | null {
		return this.a.fieldProblem(key);
	}

	get problemFields(): readonly string[] {
		return this.a.problemFields;
	}

	setText(key: string, text: string): void {
		this.a.setText(key, text);
	}

	touch(key: string): void {
		this.a.touch(key);
	}

	/** Compares with a scenario B, which starts as a copy of A; or stops comparing. */
	setComparing(on: boolean): void {
		if (on === (this.b !== null)) return;
		this.b = on ? this.a.copy() : null;
		if (!on) this.mathOf = 'a';
	}

	/**
	 * Replaces every input by those of a link, an example or a saved scenario. Amounts are tied to the
	 * currency the inputs name (a link's `cur`, a scenario's `currency`), or follow the setting.
	 * Scenario B is the link's (none if it has none), or with `keepCompare` stays as it is.
	 */
	load(
		params: URLSearchParams | Readonly<Record<string, string>>,
		options: { keepMath?: boolean; keepCompare?: boolean; currency?: Currency } = {}
	): void {
		const decimal = decimalSeparatorOf(this.#settings.tag());
		const { fields, defaultPeriod } = this.calculator;
		const inputs = inputsFromParams(fields, params, decimal, defaultPeriod);
		this.a.replace(inputs.texts);
		if (inputs.period) this.period = inputs.period;
		this.unknownPeriod = inputs.unknownPeriod ?? null;
		if (!options.keepMath) this.showMath = inputs.showMath ?? false;
		this.fixedCurrency = (this.#hasMoney && (options.currency ?? inputs.currency)) || null;
		if (options.keepCompare) return;
		const b = scenarioBFromParams(fields, params, decimal);
		if (b) {
			this.b = new Scenario(this.#context);
			this.b.replace(b);
		} else this.b = null;
		this.mathOf = b && mathOfBFromParams(params) ? 'b' : 'a';
	}

	loadExample(id: string): void {
		const example = this.calculator.examples.find((e) => e.id === id);
		if (example) this.load(example.params, { keepMath: true, keepCompare: true });
	}

	/** Lets the amounts follow the currency setting again, as typed. */
	followCurrencySetting(): void {
		this.fixedCurrency = null;
	}

	/** The inputs to store in a scenario: the link form without the view switch and the currency (stored apart). */
	scenarioInputs(): Record<string, string> {
		const { [MATH_PARAM]: _math, [CURRENCY_PARAM]: _currency, ...inputs } = this.#aParams;
		return inputs;
	}
}
