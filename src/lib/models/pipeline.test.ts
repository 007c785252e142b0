import { describe, expect, it } from 'vitest';
import { syntheticOrderColumns } from '../synthetic/orders';
import { runClvPipeline } from './pipeline';

describe('runClvPipeline', () => {
	it('goes from orders to CLV and a hold-out check, timing each stage', () => {
		const { orders, customerCount, lastDay } = syntheticOrderColumns(4000, 3);
		const result = runClvPipeline(orders, customerCount, {
			unit: 'week',
			calibrationEnd: lastDay - 182,
			holdoutEnd: lastDay
		});
		expect(result.readiness.ok).toBe(true);
		expect(result.bgnbd?.converged).toBe(true);
		expect(result.gammaGamma?.converged).toBe(true);
		expect(result.clv?.totals.customers).toBe(result.summary.count);
		expect(result.clv?.totals.clv).toBeGreaterThan(0);
		expect(result.holdout?.holdoutLength).toBeCloseTo(26, 10);
		// A correctly specified model predicts the hold-out total within a few per cent.
		expect(Math.abs(result.holdout!.errors.totalPercentError!)).toBeLessThan(10);
		expect(result.timings.total).toBeGreaterThanOrEqual(result.timings.bgnbd);
	});

	it('refuses a data set that is too small, saying why, without fitting', () => {
		const { orders, customerCount } = syntheticOrderColumns(12, 3);
		const result = runClvPipeline(orders, customerCount, { unit: 'day' });
		expect(result.readiness.ok).toBe(false);
		expect(result.readiness.problems[0]).toMatchObject({ code: 'too-few-customers', customers: 12 });
		expect(result.bgnbd).toBeNull();
		expect(result.clv).toBeNull();
	});

	it('refuses CLV when no repeat buyer has positive spend', () => {
		const { orders, customerCount } = syntheticOrderColumns(2000, 4);
		const refunded = { ...orders, amount: new Float64Array(orders.amount.length) };
		const result = runClvPipeline(refunded, customerCount, { unit: 'week' });
		expect(result.bgnbd?.converged).toBe(true);
		expect(result.readiness.problems.map((p) => p.code)).toEqual(['no-positive-spend']);
		expect(result.clv).toBeNull();
	});
});
