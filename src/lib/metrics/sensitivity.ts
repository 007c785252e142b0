/**
 * How a result responds to its inputs (issue 15, part 2): the values a chart sweeps one input
 * over, the curve of results along them, and "what lifts it most" — the result after one change
 * to one input, the others held.
 *
 * Nothing here knows a formula. Every result comes from a `Measure`: the calculator's own formula
 * read as one number, so a chart or a lift can never disagree with the result shown above it.
 */

/** Input values by key, as a calculator's formula takes them (percentages as fractions). */
export type Values = Readonly<Record<string, number | undefined>>;

/** A calculator's result as one number for the given inputs, or null where its formula refuses them. */
export type Measure = (values: Values) => number | null;

/** The stretch of an input a sweep covers, lowest and highest value. */
export interface Span {
	readonly lo: number;
	readonly hi: number;
}

export interface SpanAroundOptions {
	/** How far below the value the span starts, as a share of it (0.5: from half the value). */
	below?: number;
	/** How far above the value it ends, as a share of it (0.5: to one and a half times it). */
	above?: number;
	/** Bounds the input cannot cross (a rate stays within 0 and 1). */
	min?: number;
	max?: number;
	/** The upper end when the value is 0, which no share can scale. */
	whenZero?: number;
}

/**
 * A span in proportion to the user's value: from value × (1 − below) to value × (1 + above),
 * within [min, max]. 50 around 100 with the defaults is 50 to 150.
 */
export function spanAround(value: number, options: SpanAroundOptions = {}): Span {
	const { below = 0.5, above = 0.5, min = 0, max = Infinity, whenZero = 1 } = options;
	if (value === 0) return { lo: Math.max(min, 0), hi: Math.min(max, whenZero) };
	const ends = [value * (1 - below), value * (1 + above)].sort((a, b) => a - b);
	return { lo: Math.max(min, ends[0]), hi: Math.min(max, ends[1]) };
}

/** A span with fixed ends (E from N to N + S: CRR 0 % to 100 %), widened to take in the user's value. */
export function spanBetween(lo: number, hi: number, value: number): Span {
	return { lo: Math.min(lo, hi, value), hi: Math.max(lo, hi, value) };
}

/**
 * The smallest round step (1, 2, 2.5 or 5 × 10^k) that cuts `width` into at most `count` intervals;
 * with `integer`, a whole number of at least 1 (2.5 is skipped for 5).
 */
export function roundStep(width: number, count: number, integer = false): number {
	if (!(width > 0) || !(count > 0)) return 1;
	const raw = width / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 2.5, 5, 10]
		.map((m) => clean(m * power))
		.find((s) => s >= raw * (1 - 1e-9) && (!integer || Number.isInteger(s)));
	return integer ? Math.max(1, step ?? 10 * power) : (step ?? 10 * power);
}

/** A multiple of a step without binary noise: 3 × 0.1 is 0.3, not 0.30000000000000004. */
function clean(value: number): number {
	return Number(value.toPrecision(12));
}

export interface SweepOptions {
	/** About how many intervals (default 10). */
	count?: number;
	/** Whole numbers only (counts of customers or orders): the step is at least 1. */
	integer?: boolean;
}

/**
 * The values a sweep visits: the round multiples of a step (see `roundStep`) within the span, and
 * the user's own value, ascending and each once. Round values make a table easy to read; the
 * user's value makes the curve pass through their own result.
 */
export function sweepValues(span: Span, value: number, options: SweepOptions = {}): number[] {
	const { count = 10, integer = false } = options;
	const step = roundStep(span.hi - span.lo, count, integer);
	const values = new Set<number>([value]);
	for (let k = Math.ceil(clean(span.lo / step)); clean(k * step) <= span.hi; k++) values.add(clean(k * step));
	return [...values].sort((a, b) => a - b);
}

export interface SweepPoint {
	readonly x: number;
	readonly y: number;
}

/**
 * The result at each value `xs` of input `key`, every other input as the user has it. Values the
 * formula refuses (a CLV that diverges, a churn of 0 with no lifetime) are left out: the curve
 * shows only results the calculator itself would show.
 */
export function sweep(measure: Measure, values: Values, key: string, xs: readonly number[]): SweepPoint[] {
	const points: SweepPoint[] = [];
	for (const x of xs) {
		const y = measure({ ...values, [key]: x });
		if (y !== null && Number.isFinite(y)) points.push({ x, y });
	}
	return points;
}

/** One change to one input: `scale` multiplies it (1.1 is +10 %), `add` adds to it (0.05 is +5 points of a rate). */
export type Change =
	{ readonly kind: 'scale'; readonly factor: number } | { readonly kind: 'add'; readonly amount: number };

/** An input after a change, kept within [0, max] (a retention of 98 % + 5 points is 100 %). */
export function applyChange(value: number, change: Change, max = Infinity): number {
	const next = change.kind === 'scale' ? value * change.factor : value + change.amount;
	return Math.min(max, Math.max(0, clean(next)));
}

export interface LiftSpec {
	readonly id: string;
	/** The input changed. */
	readonly key: string;
	readonly change: Change;
	/** The highest value the input may take (1 for a rate). */
	readonly max?: number;
}

export interface Lift {
	readonly id: string;
	readonly key: string;
	/** The input before and after the change. */
	readonly from: number;
	readonly to: number;
	/** The result before and after. */
	readonly before: number;
	readonly after: number;
	/** after − before. */
	readonly change: number;
	/** The change as a share of the result before; null when that is 0. */
	readonly relative: number | null;
}

/**
 * "What lifts it most": for each change, the result with that one input changed and the others
 * held, ordered by the change in the result, largest first. A change is left out when its input
 * is not given (an optional field left empty), when it moves nothing (a retention already at its
 * maximum), or when the formula refuses the changed inputs. Empty when the inputs give no result.
 */
export function lifts(measure: Measure, values: Values, specs: readonly LiftSpec[]): Lift[] {
	const before = measure(values);
	if (before === null) return [];
	const found: Lift[] = [];
	for (const spec of specs) {
		const from = values[spec.key];
		if (from === undefined) continue;
		const to = applyChange(from, spec.change, spec.max);
		if (to === from) continue;
		const after = measure({ ...values, [spec.key]: to });
		if (after === null || !Number.isFinite(after)) continue;
		const change = after - before;
		found.push({
			id: spec.id,
			key: spec.key,
			from,
			to,
			before,
			after,
			change,
			relative: before === 0 ? null : change / before
		});
	}
	return found.sort((a, b) => b.change - a.change);
}
