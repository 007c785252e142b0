/** Two-sided 95 % normal quantile. */
export const Z95 = 1.959963984540054;

export interface Interval {
	low: number;
	high: number;
}

/**
 * The Wilson score interval of successes / n (95 % unless `z` says otherwise), or null when there
 * are no trials. Unlike the normal approximation it stays within [0, 1] and is not empty at 0 or n
 * successes, which is why the small groups and rare rules it is shown for get an honest range.
 */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval | null {
	if (n <= 0) return null;
	const p = successes / n;
	const z2 = z * z;
	const denominator = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denominator;
	const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
