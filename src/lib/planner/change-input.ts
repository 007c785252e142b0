import { halfWidth, parseNumberText, type DecimalSeparator } from '$lib/metrics/number-input';

/**
 * The what-if's exact-change boxes: a change typed as text and read by the app's one rule for
 * typed numbers (`parseNumberText`), so `7,5` in Latvian, Russian or Dutch is seven and a half, as
 * in the baseline fields, never 75. A browser's number input reads the decimal mark of its own
 * locale, not the app's, and may drop a comma it does not expect.
 */
export type ChangeProblem = 'empty' | 'notNumber' | 'badSeparators' | 'outOfRange';

export type ChangeReading =
	| { ok: true; value: number; /** a lone separator was read by the language's convention */ ambiguous: boolean }
	| { ok: false; problem: ChangeProblem };

export interface ChangeRange {
	min: number;
	max: number;
}

/** Reads a typed change (a trailing `%` allowed) and checks it against the slider's range. */
export function readChange(text: string, decimal: DecimalSeparator, range: ChangeRange): ChangeReading {
	const reading = parseNumberText(halfWidth(text).trim().replace(/\s*%$/, ''), decimal);
	if (!reading.ok) return { ok: false, problem: reading.problem === 'tooLarge' ? 'outOfRange' : reading.problem };
	if (reading.value < range.min || reading.value > range.max) return { ok: false, problem: 'outOfRange' };
	return { ok: true, value: reading.value === 0 ? 0 : reading.value, ambiguous: reading.ambiguous };
}

/**
 * One keyboard step (Arrow Up or Down) from `value`, as a number input steps: to the next multiple
 * of `step` counted from `min` in that direction, kept within the range. A value between two steps
 * moves to the nearer one on its side (7.3 up by 0.5 is 7.5).
 */
export function stepChange(value: number, direction: 1 | -1, range: ChangeRange & { step: number }): number {
	const { min, max, step } = range;
	const steps = (value - min) / step;
	const nearest = Math.round(steps);
	// A value already on a step (within rounding noise) moves a whole step.
	const aligned = Math.abs(steps - nearest) < 1e-9;
	const next = direction > 0 ? (aligned ? nearest + 1 : Math.ceil(steps)) : aligned ? nearest - 1 : Math.floor(steps);
	const stepped = Number((min + next * step).toFixed(10));
	return Math.min(max, Math.max(min, stepped));
}

/** The most decimals a slider step is refined to; a value with more is drawn with step "any". */
const MAX_STEP_DECIMALS = 6;

function decimalsOf(value: number): number | null {
	const text = String(Math.abs(value));
	if (/e/i.test(text)) return null;
	const point = text.indexOf('.');
	return point < 0 ? 0 : text.length - point - 1;
}

function gcd(a: number, b: number): number {
	while (b) [a, b] = [b, a % b];
	return a;
}

/**
 * The slider's step for a value: `step` where the value lies on it (counted from `min`), else the
 * largest step dividing `step` that the value lies on (7.5 with whole steps: 0.5; 7.25: 0.25; 7.3:
 * 0.1), or "any" for a value of more than six decimals. A browser draws a range input's value
 * rounded to its step: with whole steps a typed 7.5 was used as 7.5 but drawn, and said, as 8.
 */
export function sliderStep(value: number, range: { min: number; step: number }): number | 'any' {
	const digits = [value, range.min, range.step].map(decimalsOf);
	if (digits.some((d) => d === null || d > MAX_STEP_DECIMALS)) return 'any';
	const scale = 10 ** Math.max(...(digits as number[]));
	const step = Math.round(range.step * scale);
	const offset = Math.abs(Math.round(value * scale) - Math.round(range.min * scale));
	const fine = gcd(step, offset);
	return fine === step ? range.step : fine / scale;
}
