/**
 * Two scenarios of one calculation compared: B − A as an absolute change and as a change relative
 * to A. The relative change is undefined (null) when A is 0; a sign is written as a true minus
 * sign (−), as results are.
 */
export interface Difference {
	/** B − A, in the result's own unit (for a rate, a fraction: 0.04 is 4 percentage points). */
	readonly absolute: number;
	/** (B − A) / |A|; null when A is 0. */
	readonly relative: number | null;
}

/** B − A of two results; null when either is not a finite number. */
export function difference(a: number, b: number): Difference | null {
	if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
	const absolute = b - a;
	return { absolute, relative: a === 0 ? null : absolute / Math.abs(a) };
}

/**
 * `value` as `format` shows it, as a number: 38.888… shown "+38.89" is 38.89. The difference of two
 * results is taken of these, so that B − A is the difference of the numbers on the screen (QA:
 * A US$266.67, B US$287.39, B − A +US$20.73 from the unrounded values). `value` itself when no
 * rounding to at most 15 decimals shows the same.
 */
export function valueAsShown(value: number, format: (value: number) => string): number {
	if (!Number.isFinite(value)) return value;
	const shown = format(value);
	for (let digits = 0; digits <= 15; digits++) {
		const candidate = Number(value.toFixed(digits));
		if (format(candidate) === shown) return candidate;
	}
	return value;
}

/** A formatted size (without sign) with the sign of `value`: "+€25.00", "−10%", "0". */
export function signed(value: number, size: string): string {
	if (value > 0) return `+${size}`;
	return value < 0 ? `\u2212${size}` : size;
}
