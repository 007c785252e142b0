/**
 * Exercises for a calculator (issue 15.5): inputs drawn around the calculator's textbook example by a
 * seeded generator, so a set is just `calculator id + seed + count` and one link reopens the same
 * exercises. The answer is the calculator's own result (`evaluate`, measured by its `measure`): no
 * formula is repeated here.
 *
 * A learner's answer is read with the app's number reader (`parseNumberText`), ignoring a `%` and a
 * currency symbol as the calculator fields do, and is right when it is within 0.5 % of the exact
 * value, or equals the exact value rounded as the calculator shows it.
 */
import type { Calculator, Presentation } from '$lib/components/calculator/types';
import type { FieldKind } from '$lib/metrics/fields';
import { maxOf } from '$lib/metrics/fields';
import { halfWidth, parseNumberText, parseCanonicalNumber, type DecimalSeparator } from '$lib/metrics/number-input';
import { isPeriod, type Period } from '$lib/metrics/period';
import { CURRENCY_PARAM } from '$lib/metrics/query';
import { isCurrency, type Currency } from '$lib/format/currencies';

/** Mulberry32: a small, fast 32-bit generator; the same seed gives the same numbers everywhere. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Exercise {
	/** Values by field key as typed (percent fields 0 to 100); undefined for an optional field left out. */
	readonly entered: Readonly<Record<string, number | undefined>>;
	/** The same values as formulas take them (percent fields as fractions). */
	readonly values: Readonly<Record<string, number | undefined>>;
	readonly period: Period;
}

/**
 * A set of exercises as its link holds it: `?seed=1234&n=5`, and for a calculator with amounts the
 * currency the set was shared in (`&cur=EUR`), so a class sees "€1,250.00" as the teacher did.
 */
export interface ExerciseSet {
	readonly seed: number;
	readonly count: number;
	/** The currency the link names; without one, amounts follow the reader's setting. */
	readonly currency?: Currency;
}

export const SEED_PARAM = 'seed';
export const COUNT_PARAM = 'n';
export const DEFAULT_COUNT = 5;
export const MAX_COUNT = 20;
/** Seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffff_ffff;

/** Attempts per exercise before falling back to the textbook example's own inputs (always valid). */
const ATTEMPTS = 200;

/** The step values are rounded to: whole counts and amounts of about three significant digits. */
function stepOf(kind: FieldKind, base: number): number {
	if (kind === 'percent') return 1;
	if (kind === 'decimal') return base < 10 ? 0.1 : 1;
	return Math.pow(10, Math.max(0, Math.floor(Math.log10(base)) - 2));
}

/** Rounds to a step without binary noise (0.30000000000000004 → 0.3). */
function roundTo(value: number, step: number): number {
	const rounded = Math.round(value / step) * step;
	return Number(rounded.toFixed(step < 1 ? Math.ceil(-Math.log10(step)) : 0));
}

/**
 * One input drawn between half and one and a half times the textbook's; a percentage at most half
 * way from the textbook's to 100 % (a retention rate of 80 % gives 40 % to 90 %, never 99 %).
 */
function draw(kind: FieldKind, textbook: number, max: number, random: () => number): number {
	const base = textbook > 0 ? textbook : 10;
	const step = stepOf(kind, base);
	const high = kind === 'percent' ? Math.min(base * 1.5, base + (100 - base) / 2) : base * 1.5;
	const low = base * 0.5;
	const value = roundTo(low + (high - low) * random(), step);
	const upper = kind === 'percent' ? Math.min(99, max) : max;
	return Math.min(upper, Math.max(kind === 'percent' ? 1 : step, value));
}

interface Textbook {
	readonly entered: Readonly<Record<string, number | undefined>>;
	readonly period: Period;
}

function textbookOf(calculator: Calculator): Textbook {
	const params = calculator.examples[0]?.params ?? {};
	const entered: Record<string, number | undefined> = {};
	for (const field of calculator.fields) {
		const raw = params[field.key];
		entered[field.key] = raw === undefined ? undefined : (parseCanonicalNumber(raw) ?? undefined);
	}
	const period = params.p;
	return { entered, period: isPeriod(period) ? period : (calculator.defaultPeriod ?? 'month') };
}

function toValues(calculator: Calculator, entered: Readonly<Record<string, number | undefined>>) {
	const values: Record<string, number | undefined> = {};
	for (const field of calculator.fields) {
		const typed = entered[field.key];
		values[field.key] = typed === undefined ? undefined : field.kind === 'percent' ? typed / 100 : typed;
	}
	return values;
}

/** The calculator's own result for an exercise, or null when it is refused or flags its inputs as inconsistent. */
export function solve(calculator: Calculator, exercise: Exercise, currency: string): Presentation | null {
	const evaluation = calculator.evaluate(exercise.values, exercise.period, currency);
	if (!evaluation.ok) return null;
	const { presentation } = evaluation;
	// A calculator without a `measure` (the churn converter) is checked against its headline as shown.
	const measured = presentation.measured?.value;
	if (presentation.warnings.length > 0 || (measured !== undefined && !Number.isFinite(measured))) return null;
	return presentation;
}

/**
 * `count` exercises for a calculator from a seed: the same seed always gives the same exercises, and
 * each one gives a result through the calculator's own `evaluate` (checked in EUR; the formulas do
 * not depend on the currency).
 */
export function generateExercises(calculator: Calculator, set: ExerciseSet): Exercise[] {
	const random = mulberry32(set.seed);
	const textbook = textbookOf(calculator);
	const exercises: Exercise[] = [];
	// No exercise is another one again while the inputs allow (QA: a churn converter's set began "3 %
	// per month" twice): a calculator of one whole percentage has only a few to draw from.
	const drawn = new Set<string>();
	for (let i = 0; i < set.count; i++) {
		let found: Exercise | null = null;
		let again: Exercise | null = null;
		for (let attempt = 0; attempt < ATTEMPTS && !found; attempt++) {
			const entered: Record<string, number | undefined> = {};
			for (const field of calculator.fields) {
				const typed = textbook.entered[field.key];
				entered[field.key] = typed === undefined ? undefined : draw(field.kind, typed, maxOf(field), random);
			}
			const candidate = { entered, values: toValues(calculator, entered), period: textbook.period };
			if (!solve(calculator, candidate, 'EUR')) continue;
			if (drawn.has(JSON.stringify(entered))) again ??= candidate;
			else found = candidate;
		}
		const exercise = found ??
			again ?? {
				entered: textbook.entered,
				values: toValues(calculator, textbook.entered),
				period: textbook.period
			};
		drawn.add(JSON.stringify(exercise.entered));
		exercises.push(exercise);
	}
	return exercises;
}

/** The expected answer: the exact value in the unit the result is shown in, and the shown rounding. */
export interface ExpectedAnswer {
	/**
	 * Percent results in percent (82 for 82 %); others as measured. For a calculator without a
	 * `measure`, the headline's number as shown.
	 */
	readonly exact: number;
	/** The number of the headline as shown (82 for "82%", 1234.56 for "€1,234.56"). */
	readonly shown: number;
	/** Decimals of the shown number. */
	readonly decimals: number;
	/** The headline as shown, e.g. "82%". */
	readonly text: string;
	/**
	 * The unit the headline gives its number in, where it is a word after it ("months" of "33.33
	 * months", "per year"): the answer is asked in it. Null for a percentage, an amount or a ratio.
	 */
	readonly unit: string | null;
}

/** The first number in a text as written in a language: `82` of "82%", `1 234,56` of "1 234,56 €". */
const NUMBER_IN_TEXT = /[-+\u2212]?\d[\d.,\s\u00a0\u202f\u2009']*/;

export function expectedAnswer(presentation: Presentation, decimal: DecimalSeparator): ExpectedAnswer | null {
	const measured = presentation.measured?.value;
	const text = presentation.headline.value;
	const match = NUMBER_IN_TEXT.exec(text);
	if (!match) return null;
	const written = match[0].trim().replace(/[.,\s\u00a0\u202f\u2009']+$/, '');
	const reading = parseNumberText(written, decimal);
	if (!reading.ok) return null;
	const at = written.lastIndexOf(decimal);
	const decimals = at >= 0 && /^\d+$/.test(written.slice(at + 1)) ? written.length - at - 1 : 0;
	const exact = measured === undefined ? reading.value : text.includes('%') ? measured * 100 : measured;
	const after = text.slice(match.index + match[0].length).trim();
	// A word after the number: not a currency's code or sign ("1 234,57 CHF", "CA$"), an amount's.
	const unit =
		!text.includes('%') && /^\p{L}/u.test(after) && !/^[A-Z]{2,3}(?![\p{L}])|\p{Sc}/u.test(after) ? after : null;
	return { exact, shown: reading.value, decimals, text, unit };
}

/**
 * What the learner typed, read: a number (right or wrong), or why it is not one. `grouped`: its
 * one separator was read as grouping thousands, as the language reads it ("65,227" in English is
 * 65 227): the card then says so, where the answer is wrong. `asGrouped`: the other way round, its
 * one separator was read as the decimal mark where it could have grouped thousands ("1,000" in
 * Latvian is 1): the number it would be so grouped (1000), for the card to say how it was read.
 */
export type AnswerCheck =
	| {
			readonly kind: 'right' | 'wrong';
			readonly value: number;
			readonly grouped: boolean;
			readonly asGrouped: number | null;
	  }
	| { readonly kind: 'unreadable' };

/** Everything but digits, separators and signs: `%`, currency symbols and codes, as fields ignore them. */
const NOT_NUMBER = /[^\d.,\s\u00a0\u202f\u2009'\u2019+\-\u2212]/g;

/** Within 0.5 % of the exact value. */
export const RELATIVE_TOLERANCE = 0.005;

/** A ratio written as the calculator shows it, `3.5 : 1`: the `: 1` is dropped. */
const RATIO_TO_ONE = /\s*:\s*1\s*$/;

export function checkAnswer(typed: string, expected: ExpectedAnswer, decimal: DecimalSeparator): AnswerCheck {
	// (Full-width digits, as a Chinese input method types them, read as the fields read them.)
	typed = halfWidth(typed);
	const text = typed.replace(RATIO_TO_ONE, '').replace(NOT_NUMBER, '');
	const reading = parseNumberText(text, decimal);
	if (!reading.ok) return { kind: 'unreadable' };
	const value = reading.value;
	const closeToExact = Math.abs(value - expected.exact) <= RELATIVE_TOLERANCE * Math.abs(expected.exact);
	// Rounded as shown: 82.4 is 82 %, 82.5 is not (it rounds to 83).
	const asShown = Math.abs(value - expected.shown) < 0.5 * Math.pow(10, -expected.decimals);
	const grouped = reading.ambiguous && Number.isInteger(value) && typed.includes(decimal === '.' ? ',' : '.');
	const otherWay = parseNumberText(text, decimal === '.' ? ',' : '.');
	const asGrouped = reading.ambiguous && !grouped && otherWay.ok && otherWay.value !== value ? otherWay.value : null;
	return { kind: closeToExact || asShown ? 'right' : 'wrong', value, grouped, asGrouped };
}

/** A set from a link: a seed of 0 to 2³²−1 and 1 to 20 exercises (5 when not given); null without a valid seed. */
export function setFromParams(params: URLSearchParams): ExerciseSet | null {
	const seedText = params.get(SEED_PARAM);
	if (seedText === null || !/^\d{1,10}$/.test(seedText)) return null;
	const seed = Number(seedText);
	if (seed > MAX_SEED) return null;
	const countText = params.get(COUNT_PARAM);
	const count = countText !== null && /^\d{1,3}$/.test(countText) ? Number(countText) : DEFAULT_COUNT;
	const currency = params.get(CURRENCY_PARAM);
	return { seed, count: Math.min(MAX_COUNT, Math.max(1, count)), ...(isCurrency(currency) ? { currency } : {}) };
}

export function setToParams(set: ExerciseSet): string {
	const params = new URLSearchParams({ [SEED_PARAM]: String(set.seed), [COUNT_PARAM]: String(set.count) });
	if (set.currency) params.set(CURRENCY_PARAM, set.currency);
	return params.toString();
}

/** A fresh seed from a random number in [0, 1) (the page passes `Math.random()`). */
export function seedFrom(random: number): number {
	return Math.floor(random * (MAX_SEED + 1)) >>> 0;
}
