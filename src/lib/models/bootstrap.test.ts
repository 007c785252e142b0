import { describe, expect, it } from 'vitest';
import { syntheticOrderColumns } from '../synthetic/orders';
import { fitBgnbd } from './bgnbd';
import { bootstrapClv, ClvBootstrap, quantileOfSorted } from './bootstrap';
import { fitGammaGamma } from './gamma-gamma';
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
