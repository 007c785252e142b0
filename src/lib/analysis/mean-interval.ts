import { quantileOfSorted } from '$lib/models/bootstrap';
import { mulberry32 } from '$lib/models/random';
import { regularizedBeta } from '$lib/models/special';
import type { Interval } from './wilson';

/**
 * The 95 % interval of a group's MEAN from the spread of its members' values (e.g. its customers'
 * predicted CLVs). It says how precisely the mean is pinned down by the members at hand; it does
 * not include any uncertainty in how each value was computed (for CLV: the fitted model's parameters).
 *
 * Why a percentile bootstrap: predicted CLVs are strongly right-skewed (a few customers carry much of
 * the value), and the mean of a small skewed sample has a skewed sampling distribution, so the
 * symmetric t-interval misplaces both ends (too low a top, too low a bottom that can fall below 0 for
 * values that never do). Resampling the group's customers with replacement and taking the 2.5 % and
 * 97.5 % quantiles of the resampled means follows that skew and stays within the values' range.
 *
 * Cost: resamples × customers draws. Up to BOOTSTRAP_MAX_MEMBERS members it is bootstrapped
 * (≤ 1 million draws a group, some 20 ms); beyond, the mean of so many is near-normal (its skewness is the
 * values' skewness ÷ √n) and the t-interval, O(n), is used: the whole data set of 250,000 customers
 * would otherwise cost 250 million draws.
 */

export const BOOTSTRAP_RESAMPLES = 1000;
/** Larger groups get the t-interval. */
export const BOOTSTRAP_MAX_MEMBERS = 1000;
/** Fixed, so a group's interval is the same on every run (and depends only on its values, in order). */
export const BOOTSTRAP_SEED = 20_240_613;

export type MeanIntervalMethod = 'bootstrap' | 't';

export interface MeanInterval extends Interval {
	method: MeanIntervalMethod;
}

export interface MeanIntervalOptions {
	resamples?: number;
	maxBootstrap?: number;
	seed?: number;
	/** Coverage; default 0.95. */
	confidence?: number;
}

/** P(T ≤ t) of Student's t with `df` degrees of freedom. */
function studentCdf(t: number, df: number): number {
	const x = df / (df + t * t);
	const y = (t * t) / (df + t * t);
	if (y === 0) return 0.5;
	const tail = 0.5 * regularizedBeta(df / 2, 0.5, x, y, Math.log(x), Math.log(y)).lower;
	return t > 0 ? 1 - tail : tail;
}

/** The `p` quantile (0.5 < p < 1) of Student's t with `df` degrees of freedom, by bisection (to ~1e-12). */
export function studentQuantile(p: number, df: number): number {
	let low = 0;
	let high = 1;
	while (studentCdf(high, df) < p) high *= 2;
	for (let k = 0; k < 200 && high - low > 1e-13 * high; k++) {
		const mid = (low + high) / 2;
		if (studentCdf(mid, df) < p) low = mid;
		else high = mid;
	}
	return (low + high) / 2;
}

/**
 * The interval of the mean of `values`, or null for fewer than two values (one value shows no
 * spread to estimate it from). Bootstrap: `resamples` resamples, each n draws `values[⌊u·n⌋]` with u
 * from mulberry32(`seed`) (one stream, resample after resample), their means' type 7 quantiles
 * (numpy's default) at (1 − confidence)/2 and (1 + confidence)/2. t: mean ± t(df = n − 1) · s/√n.
 */
export function meanInterval(values: ArrayLike<number>, options: MeanIntervalOptions = {}): MeanInterval | null {
	const n = values.length;
	if (n < 2) return null;
	const confidence = options.confidence ?? 0.95;
	const tail = (1 - confidence) / 2;
	if (n <= (options.maxBootstrap ?? BOOTSTRAP_MAX_MEMBERS)) {
		const resamples = options.resamples ?? BOOTSTRAP_RESAMPLES;
		const random = mulberry32(options.seed ?? BOOTSTRAP_SEED);
		const means = new Float64Array(resamples);
		for (let r = 0; r < resamples; r++) {
			let sum = 0;
			for (let k = 0; k < n; k++) sum += values[Math.floor(random() * n)];
			means[r] = sum / n;
		}
		means.sort();
		return { low: quantileOfSorted(means, tail), high: quantileOfSorted(means, 1 - tail), method: 'bootstrap' };
	}
	let sum = 0;
	for (let k = 0; k < n; k++) sum += values[k];
	const mean = sum / n;
	let squares = 0;
	for (let k = 0; k < n; k++) squares += (values[k] - mean) ** 2;
	const half = studentQuantile(1 - tail, n - 1) * Math.sqrt(squares / (n - 1) / n);
	return { low: mean - half, high: mean + half, method: 't' };
}
