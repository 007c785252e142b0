import { describe, expect, it } from 'vitest';
import { mulberry32 } from '$lib/models/random';
import { BOOTSTRAP_MAX_MEMBERS, BOOTSTRAP_RESAMPLES, meanInterval, studentQuantile } from './mean-interval';

describe('studentQuantile', () => {
	// scipy.stats.t.ppf(0.975, df)
	it.each([
		[1, 12.706204736432095],
		[2, 4.302652729911275],
		[4, 2.7764451051977987],
		[29, 2.045229642132703],
		[1999, 1.9611514201705613],
		[100000, 1.9599877075346093]
	])('t(0.975, %i) = %f', (df, expected) => expect(studentQuantile(0.975, df)).toBeCloseTo(expected, 9));
});

describe('meanInterval: percentile bootstrap over the members', () => {
	it('is worked by hand on two values and four resamples', () => {
		// mulberry32(1) gives u = .627 .003 | .527 .981 | .968 .281 | .613 .721; ⌊2u⌋ picks the values
		// [20, 10] [20, 20] [20, 10] [20, 20]: means 15 20 15 20, sorted 15 15 20 20. Type 7 quantiles:
		// at 2.5 %, position 3 × 0.025 = 0.075 between 15 and 15 → 15; at 97.5 %, 2.925 between 20 and 20 → 20.
		const draws = mulberry32(1);
		expect(Array.from({ length: 8 }, () => Math.floor(draws() * 2))).toEqual([1, 0, 1, 1, 1, 0, 1, 1]);
		expect(meanInterval([10, 20], { resamples: 4, seed: 1 })).toEqual({ low: 15, high: 20, method: 'bootstrap' });
	});

	// The same resamples drawn in numpy (mulberry32 re-implemented, idx = floor(u · n), resample after
	// resample), then numpy.quantile and pandas Series.quantile (both linear, type 7) at 0.025 and 0.975.
	it.each([
		[[0, 0, 0, 30, 150], 10, 7, 6.0, 57.300000000000004],
		[[1, 2, 3, 4, 5, 100], 1000, 20240613, 2.1666666666666665, 51.67083333333333],
		[[5, 5, 5], 50, 3, 5, 5]
	])('%j, %i resamples, stream %i → %f – %f (numpy)', (values, resamples, seed, low, high) => {
		const interval = meanInterval(values, { resamples, seed })!;
		expect(interval.method).toBe('bootstrap');
		expect(interval.low).toBeCloseTo(low, 10);
		expect(interval.high).toBeCloseTo(high, 10);
	});

	it('follows the skew: a right-skewed group’s interval lies above its t-interval and never below 0', () => {
		const skewed = [1, 2, 3, 4, 5, 100];
		const boot = meanInterval(skewed)!;
		const t = meanInterval(skewed, { maxBootstrap: 0 })!;
		expect(t.low).toBeLessThan(0);
		expect(boot.low).toBeGreaterThanOrEqual(1);
		expect(boot.high).toBeLessThanOrEqual(100);
	});

	it('is the same on every run', () => {
		const values = Array.from({ length: 50 }, (_, k) => (k * 37) % 11);
		expect(meanInterval(values)).toEqual(meanInterval(values));
	});
});

describe('meanInterval: t-interval for large groups', () => {
	it.each([
		// mean 3, s² = (4 + 1 + 0 + 1 + 4) / 4 = 2.5, s/√n = √0.5; t(0.975, 4) = 2.7764451 → 3 ∓ 1.9632432.
		[[1, 2, 3, 4, 5], 1.036756838522439, 4.9632431614775605],
		// mean 15, s = √50, s/√2 = 5; t(0.975, 1) = 12.7062047 → 15 ∓ 63.5310237 (scipy: t.interval).
		[[10, 20], -48.53102368216048, 78.53102368216048],
		// mean 36, s² = (3 · 1296 + 36 + 12996) / 4 = 4230, s/√5 = 29.0861; ∓ 80.7559 (scipy).
		[[0, 0, 0, 30, 150], -44.75590207013717, 116.75590207013717]
	])('%j → %f – %f', (values, low, high) => {
		const interval = meanInterval(values, { maxBootstrap: 0 })!;
		expect(interval.method).toBe('t');
		expect(interval.low).toBeCloseTo(low, 7);
		expect(interval.high).toBeCloseTo(high, 7);
	});

	it('is used above BOOTSTRAP_MAX_MEMBERS members, the bootstrap up to it', () => {
		const values = (n: number) => Array.from({ length: n }, (_, k) => k % 7);
		expect(meanInterval(values(BOOTSTRAP_MAX_MEMBERS))!.method).toBe('bootstrap');
		expect(meanInterval(values(BOOTSTRAP_MAX_MEMBERS + 1))!.method).toBe('t');
		expect(BOOTSTRAP_RESAMPLES).toBe(1000);
	});
});

describe('meanInterval: no interval without a spread to estimate', () => {
	it.each([[[]], [[42]]])('%j → null', (values) => expect(meanInterval(values)).toBeNull());
});
