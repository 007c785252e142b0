/**
 * Tick choice for chart axes: steps of 1, 2 or 5 times a power of ten (the rule d3 uses), so
 * axis labels read as round numbers, and tick positions computed from integers so that
 * 0.1 + 0.2 never shows up as 0.30000000000000004.
 */

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** The round step (1, 2 or 5 × 10^k) that splits [start, stop] into about `count` parts. */
export function tickStep(start: number, stop: number, count: number): number {
	const span = Math.abs(stop - start);
	if (!Number.isFinite(span) || span === 0 || count <= 0) return 0;
	const raw = span / count;
	const power = Math.floor(Math.log10(raw));
	const error = raw / 10 ** power;
	const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
	return factor * 10 ** power;
}

/**
 * Multiples of `step`, as step × i, but divided when the step is below 1 to avoid binary noise.
 * `+ 0` turns -0 (from Math.ceil(-0.000…)) into 0, which Intl would print as "-0".
 */
function multiple(i: number, step: number): number {
	if (step >= 1) return i * step + 0;
	const inverse = Math.round(1 / step);
	return i / inverse + 0;
}

/** Round tick values inside [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count: number): number[] {
	if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
	if (min === max) return [min];
	const [lo, hi] = min < max ? [min, max] : [max, min];
	const step = tickStep(lo, hi, count);
	if (step === 0) return [lo];
	const first = Math.ceil(lo / step - 1e-9);
	const last = Math.floor(hi / step + 1e-9);
	const ticks: number[] = [];
	for (let i = first; i <= last; i++) ticks.push(multiple(i, step));
	return ticks;
}

/**
 * Widens [min, max] outwards to round numbers, so the axis starts and ends on a tick.
 * Repeats because widening can change the step (as d3's `nice` does).
 */
export function niceDomain(min: number, max: number, count: number): [number, number] {
	let lo = Math.min(min, max);
	let hi = Math.max(min, max);
	if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo === hi) return [lo, hi];
	let previousStep = 0;
	for (let round = 0; round < 10; round++) {
		const step = tickStep(lo, hi, count);
		if (step === previousStep || step === 0) break;
		lo = multiple(Math.floor(lo / step + 1e-9), step);
		hi = multiple(Math.ceil(hi / step - 1e-9), step);
		previousStep = step;
	}
	return [lo, hi];
}

/** How many ticks fit along `pixels` with at least `spacing` pixels between them (2 to 10). */
export function tickCount(pixels: number, spacing: number): number {
	if (!Number.isFinite(pixels) || pixels <= 0 || spacing <= 0) return 2;
	return Math.max(2, Math.min(10, Math.floor(pixels / spacing)));
}

/**
 * The indices of `n` evenly spaced labels that keep at most `max` of them: every k-th one from
 * the first. On a phone twelve month names do not fit along the axis, every third one does.
 */
export function thinIndices(n: number, max: number): number[] {
	if (n <= 0) return [];
	const keep = Math.max(1, Math.floor(max));
	const every = Math.ceil(n / keep);
	const indices: number[] = [];
	for (let i = 0; i < n; i += every) indices.push(i);
	return indices;
}

/**
 * A text's width in pixels, estimated without layout (the server and jsdom have none): about
 * 0.6 em for Latin and Cyrillic letters and digits, a full em for CJK characters.
 */
export function textWidth(text: string, fontSize = 12): number {
	let ems = 0;
	for (const ch of text) ems += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
	return ems * fontSize;
}

/** Room for the value axis' labels on the left: the widest label any likely tick gets, plus a gap. */
export function axisLabelWidth([min, max]: readonly [number, number], format: (value: number) => string): number {
	const widths = niceTicks(min, max, 10).map((v) => textWidth(format(v)));
	return 10 + Math.ceil(Math.max(0, ...widths));
}
