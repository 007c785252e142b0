import { describe, expect, it } from 'vitest';
import type { BgnbdParams } from './bgnbd';
import { bgnbdConditionalExpected } from './bgnbd-predict';
import { validateHoldout, type HoldoutRows } from './holdout';

const PARAMS: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

function rowsOf(list: [number, number, number, number][], holdoutLength: number): HoldoutRows {
	return {
		count: list.length,
		x: Float64Array.from(list, (row) => row[0]),
		tx: Float64Array.from(list, (row) => row[1]),
		T: Float64Array.from(list, (row) => row[2]),
		holdoutX: Float64Array.from(list, (row) => row[3]),
		holdoutLength
	};
}

describe('validateHoldout', () => {
	// x, t_x, T, actual hold-out purchases
	const rows = rowsOf(
		[
			[0, 0, 38, 0],
			[0, 0, 38, 2],
			[1, 10, 38, 1],
			[2, 30.43, 38.86, 3],
			[9, 36, 38, 4],
			[12, 37, 39, 6]
		],
		39
	);
	const result = validateHoldout(rows, PARAMS);
	const prediction = (i: number) => bgnbdConditionalExpected(PARAMS, 39, rows.x[i], rows.tx[i], rows.T[i]);

	it('predicts each customer with the conditional expectation over the hold-out length', () => {
		for (let i = 0; i < rows.count; i++) expect(result.predicted[i]).toBeCloseTo(prediction(i), 12);
	});

	it('groups by calibration frequency 0 … 7+', () => {
		expect(result.buckets.map((b) => b.customers)).toEqual([2, 1, 1, 0, 0, 0, 0, 2]);
		expect(result.buckets[7].orMore).toBe(true);
		expect(result.buckets[0].actualMean).toBe(1);
		expect(result.buckets[0].predictedMean).toBeCloseTo(prediction(0), 12);
		expect(result.buckets[7].actualMean).toBe(5);
		expect(result.buckets[7].predictedMean).toBeCloseTo((prediction(4) + prediction(5)) / 2, 12);
		expect(result.buckets[3].actualMean).toBe(0);
	});

	it('reports MAE, RMSE, total % error and correlation', () => {
		const errors = Array.from({ length: rows.count }, (_, i) => prediction(i) - rows.holdoutX[i]);
		const predictedTotal = Array.from({ length: rows.count }, (_, i) => prediction(i)).reduce((a, b) => a + b);
		expect(result.errors.meanAbsoluteError).toBeCloseTo(errors.reduce((s, e) => s + Math.abs(e), 0) / 6, 12);
		expect(result.errors.rootMeanSquareError).toBeCloseTo(Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / 6), 12);
		expect(result.errors.actualTotal).toBe(16);
		expect(result.errors.totalPercentError).toBeCloseTo(((predictedTotal - 16) / 16) * 100, 10);
		// The heavier buyers bought more and are predicted to: a strong positive correlation.
		expect(result.errors.correlation).toBeGreaterThan(0.8);
		expect(result.errors.correlation).toBeLessThanOrEqual(1);
	});

	it('has no correlation or % error to report when nobody bought in the hold-out', () => {
		const quiet = validateHoldout(
			rowsOf(
				[
					[0, 0, 10, 0],
					[3, 5, 10, 0]
				],
				10
			),
			PARAMS
		);
		expect(quiet.errors.correlation).toBeNull();
		expect(quiet.errors.totalPercentError).toBeNull();
	});
});
