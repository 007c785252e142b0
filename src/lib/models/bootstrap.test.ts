import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gammaDraw, noDropoutOrders } from '../../../tests/fixtures/clv/no-dropout';
import { syntheticOrderColumns } from '../synthetic/orders';
import { fitBgnbd } from './bgnbd';
import { bootstrapClv, ClvBootstrap, quantileOfSorted } from './bootstrap';
import { fitGammaGamma } from './gamma-gamma';
import { runClvModels } from './pipeline';
import { mulberry32 } from './random';
import { buildCustomerSummary } from './summary';

describe('quantileOfSorted', () => {
	it.each([
		[0, 1],
		[0.5, 2.5],
		[0.9, 3.7],
		[1, 4]
	])('type-7 quantile %d of 1, 2, 3, 4 is %d', (probability, expected) => {
		expect(quantileOfSorted([1, 2, 3, 4], probability)).toBeCloseTo(expected, 12);
	});

	it.each([
		[0.25, 2.25],
		[0.5, 3.5],
		[0.6, 4],
		[0.75, Infinity],
		[1, Infinity]
	])(
		'with unbounded values (q ≤ 1 replicates) at the top, quantile %d of 1, 2, 3, 4, ∞, ∞ is %d',
		(probability, expected) => {
			expect(quantileOfSorted([1, 2, 3, 4, Infinity, Infinity], probability)).toBe(expected);
		}
	);
});

/** The customers of one year, none of whom drops out, summarised and fitted as the app does. */
function noDropoutRun(customers: number, seed: number) {
	const { orders, customerCount } = noDropoutOrders(customers, seed);
	const rows = buildCustomerSummary(orders, customerCount, { unit: 'week' });
	const models = runClvModels(rows, { unit: 'week' });
	const params = {
		bgnbd: models.bgnbd!.params,
		gammaGamma: models.gammaGamma!.params,
		boundary: models.bgnbd!.boundary
	};
	return { rows, models, params };
}

describe('bootstrap on a degenerate-ish fit, against an independent reference', () => {
	// tests/reference/clv_bootstrap.py (numpy/scipy, QUADPACK for E[Y(t)]) on tests/fixtures/clv/flat-ridge.csv:
	// the same resamples (mulberry32, seed 1), refitted and valued independently.
	const reference = JSON.parse(
		readFileSync(join(import.meta.dirname, '../../../tests/reference/clv-bootstrap-flat-ridge.json'), 'utf8')
	);
	const { rows, models, params } = noDropoutRun(600, 11);
	const result = bootstrapClv(rows, params, {
		replicates: reference.replicates,
		seed: reference.seed,
		clv: { unit: 'week' }
	});

	it('has the same data and full fit: a flat ridge with SE(a) > a', () => {
		expect(rows.count).toBe(reference.customers);
		expect(models.bgnbd!.standardErrors!.a).toBeGreaterThan(models.bgnbd!.params.a);
		expect(models.bgnbd!.logLikelihood).toBeCloseTo(reference.fit.logLikelihood, 5);
		expect(result.total.estimate / reference.estimate).toBeCloseTo(1, 7);
	});

	it('gives every replicate total the reference gives, including those at the no-drop-out limit', () => {
		expect(result.failedFits).toBe(0);
		expect(result.replicates).toBe(reference.replicates);
		const limit = reference.noDropout.filter((kind: string) => kind === 'nbd').length;
		expect(limit).toBeGreaterThan(0);
		expect(result.noDropoutFits).toBe(limit);
		for (let r = 0; r < reference.replicates; r++)
			expect(result.totalSamples[r] / reference.totals[r]).toBeCloseTo(1, 5);
	});

	it('and so the same 90 % interval, which brackets the estimate', () => {
		expect(result.total.low / reference.low).toBeCloseTo(1, 5);
		expect(result.total.median / reference.median).toBeCloseTo(1, 5);
		expect(result.total.high / reference.high).toBeCloseTo(1, 5);
		expect(result.total.low).toBeLessThan(result.total.estimate);
		expect(result.total.high).toBeGreaterThan(result.total.estimate);
	});
});

describe('bootstrap at the no-drop-out boundary (a → 0)', () => {
	const { rows, params } = noDropoutRun(600, 12);
	const run = new ClvBootstrap(rows, params, { replicates: 30, seed: 3, clv: { unit: 'week' } });
	const started = performance.now();
	while (run.next());
	const seconds = (performance.now() - started) / 1000;
	const result = run.result();

	it('starts from the NBD limit, keeps every replicate, and values limit refits in closed form', () => {
		expect(params.bgnbd.a).toBe(0);
		expect(result.replicates).toBe(30);
		expect(result.failedFits).toBe(0);
		expect(result.noDropoutFits).toBeGreaterThan(10);
		// No quadrature at a ≈ 1e−7: 30 replicates of 600 customers take well under a second alone.
		expect(seconds).toBeLessThan(15);
	});

	it('gives a range around the estimate of sampling size, not a collapse to a fraction of it', () => {
		const { low, high, estimate } = result.total;
		expect(low).toBeLessThan(estimate);
		expect(high).toBeGreaterThan(estimate);
		// 600 customers: the total's sampling spread is of order 1/√600 of it, times a few.
		expect(low / estimate).toBeGreaterThan(0.8);
		expect(high / estimate).toBeLessThan(1.2);
	});
});

describe('bootstrapClv', () => {
	const { orders, customerCount, lastDay } = syntheticOrderColumns(3000, 21);
	const rows = buildCustomerSummary(orders, customerCount, { unit: 'week', calibrationEnd: lastDay });
	const params = { bgnbd: fitBgnbd(rows).params, gammaGamma: fitGammaGamma(rows).params };
	// Two segments: customers with and without repeat purchases.
	const segments = { index: Int32Array.from(rows.x, (x) => (x > 0 ? 0 : 1)), count: 2 };
	const options = { replicates: 12, seed: 5, segments, clv: { unit: 'week' as const } };
	const result = bootstrapClv(rows, params, options);

	it('runs the requested replicates and brackets the full-data estimate', () => {
		expect(result.replicates + result.failedFits).toBe(12);
		expect(result.replicates).toBeGreaterThanOrEqual(10);
		expect(result.stoppedEarly).toBe(false);
		const { low, median, high, estimate } = result.total;
		expect(low).toBeLessThanOrEqual(median);
		expect(median).toBeLessThanOrEqual(high);
		expect(high).toBeGreaterThan(low);
		// The point estimate lies in the bulk of the bootstrap distribution, which is not degenerate.
		expect(estimate).toBeGreaterThan(low * 0.9);
		expect(estimate).toBeLessThan(high * 1.1);
		expect((high - low) / estimate).toBeLessThan(0.5);
	});

	it('splits every replicate total exactly into its segments', () => {
		for (let r = 0; r < result.replicates; r++) {
			const parts = result.segmentSamples[2 * r] + result.segmentSamples[2 * r + 1];
			expect(parts).toBeCloseTo(result.totalSamples[r], 6);
		}
		const estimateParts = result.segments[0].estimate + result.segments[1].estimate;
		expect(estimateParts).toBeCloseTo(result.total.estimate, 6);
	});

	it('is reproducible from its seed', () => {
		const again = bootstrapClv(rows, params, { ...options, replicates: 3 });
		expect(Array.from(again.totalSamples)).toEqual(Array.from(result.totalSamples.subarray(0, 3)));
		const other = bootstrapClv(rows, params, { ...options, replicates: 3, seed: 6 });
		expect(Array.from(other.totalSamples)).not.toEqual(Array.from(again.totalSamples));
	});

	it('stops when the progress callback says so, and reports progress', () => {
		const seen: number[] = [];
		const stopped = bootstrapClv(rows, params, {
			...options,
			onProgress: (done, requested) => {
				seen.push(done);
				expect(requested).toBe(12);
				return done < 3;
			}
		});
		expect(seen).toEqual([1, 2, 3]);
		expect(stopped.stoppedEarly).toBe(true);
		expect(stopped.replicates + stopped.failedFits).toBe(3);
	});

	it('advances one replicate per step for a worker loop', () => {
		const run = new ClvBootstrap(rows, params, { ...options, replicates: 2 });
		expect(run.next()).toBe(true);
		expect(run.next()).toBe(true);
		expect(run.next()).toBe(false);
		expect(run.done).toBe(true);
		expect(run.result().requested).toBe(2);
	});
});

describe('bootstrap with heavy-tailed spend (Gamma-Gamma q near 1)', () => {
	// The same customers, with spend drawn from Gamma-Gamma with q = 1.15: the mean spend p·v/(q − 1)
	// is finite, but some replicates refit q ≤ 1, where it is not.
	const { rows } = noDropoutRun(600, 12);
	const random = mulberry32(4);
	const monetary = Float64Array.from(rows.monetary, (_, i) => {
		if (!(rows.x[i] > 0)) return 0;
		const nu = gammaDraw(random, 1.15) / 60;
		return gammaDraw(random, 4 * rows.x[i]) / (rows.x[i] * nu);
	});
	const heavy = { ...rows, monetary };
	const models = runClvModels(heavy, { unit: 'week' });
	const params = {
		bgnbd: models.bgnbd!.params,
		gammaGamma: models.gammaGamma!.params,
		boundary: models.bgnbd!.boundary
	};
	const result = bootstrapClv(heavy, params, { replicates: 40, seed: 1, clv: { unit: 'week' } });

	it('keeps replicates with q ≤ 1 as unbounded totals instead of dropping them: the range has no upper end', () => {
		expect(models.gammaGamma!.params.q).toBeGreaterThan(1);
		expect(models.gammaGamma!.params.q).toBeLessThan(1.2);
		expect(result.unboundedSpend).toBeGreaterThan(2);
		expect(result.replicates).toBe(40);
		const sorted = Float64Array.from(result.totalSamples).sort();
		expect(sorted.filter((v) => v === Infinity)).toHaveLength(result.unboundedSpend);
		expect(result.total.high).toBe(Infinity);
		expect(Number.isFinite(result.total.low)).toBe(true);
	});
});
