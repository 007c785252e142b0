/**
 * Hold-out validation of a BG/NBD fit: the model, fitted on the calibration period, predicts each
 * customer's purchases in the hold-out period (conditional expectation over its length); the
 * predictions are compared with what the customers then did, per customer and grouped by the
 * number of repeat purchases in calibration (as in Fader, Hardie & Lee 2005, figure 4).
 */
import type { BgnbdParams } from './bgnbd';
import { BgnbdPredictor } from './bgnbd-predict';
import { aliveExpectation } from './clv';
import { PairIndex } from './pair-index';
import type { CustomerSummary } from './summary';

export type HoldoutRows = Pick<CustomerSummary, 'count' | 'x' | 'tx' | 'T' | 'holdoutX' | 'holdoutLength'>;

export interface HoldoutBucket {
	/** Calibration repeat purchases: exactly this many, or at least this many for the last bucket. */
	frequency: number;
	/** True for the last bucket (e.g. "7+"). */
	orMore: boolean;
	customers: number;
	/** Mean hold-out purchases per customer: actual and predicted. */
	actualMean: number;
	predictedMean: number;
}

export interface HoldoutErrors {
	customers: number;
	/** Per-customer mean absolute and root-mean-square error, in purchases. */
	meanAbsoluteError: number;
	rootMeanSquareError: number;
	actualTotal: number;
	predictedTotal: number;
	/** (predicted − actual) / actual in %, or null when there were no actual purchases. */
	totalPercentError: number | null;
	/** Pearson correlation of predicted and actual per customer, or null if either is constant. */
	correlation: number | null;
}

export interface HoldoutValidation {
	/** Hold-out length in the model's unit. */
	holdoutLength: number;
	buckets: HoldoutBucket[];
	errors: HoldoutErrors;
	/** Predicted hold-out purchases per customer row. */
	predicted: Float64Array;
}

/** Predicted vs actual hold-out purchases, by calibration frequency 0, 1, …, `lastBucket`+. */
export function validateHoldout(rows: HoldoutRows, params: BgnbdParams, lastBucket = 7): HoldoutValidation {
	const { count, x, tx, T, holdoutX, holdoutLength } = rows;
	let minAge = Infinity;
	for (let i = 0; i < count; i++) if (T[i] < minAge) minAge = T[i];
	const predictor = new BgnbdPredictor(params, { maxTime: holdoutLength, minAge });
	// a = 0: the no-drop-out (NBD) limit, in closed form.
	const expectedWhileAlive = aliveExpectation(params, predictor);
	const predicted = new Float64Array(count);
	// The alive-part depends on (x, T) only; many customers share a pair.
	const pairs = new PairIndex(4096);
	const pairValue = new Float64Array(count);

	const bucketCustomers = new Float64Array(lastBucket + 1);
	const bucketActual = new Float64Array(lastBucket + 1);
	const bucketPredicted = new Float64Array(lastBucket + 1);
	let absolute = 0;
	let squared = 0;
	let actualTotal = 0;
	let predictedTotal = 0;
	let crossProducts = 0;
	let actualSquares = 0;
	let predictedSquares = 0;

	for (let i = 0; i < count; i++) {
		const known = pairs.size;
		const pair = pairs.indexOf(x[i], T[i]);
		if (pair === known) pairValue[pair] = expectedWhileAlive(holdoutLength, x[i], T[i]);
		const prediction = pairValue[pair] * predictor.probabilityAlive(x[i], tx[i], T[i]);
		const actual = holdoutX[i];
		predicted[i] = prediction;

		const bucket = Math.min(Math.floor(x[i]), lastBucket);
		bucketCustomers[bucket]++;
		bucketActual[bucket] += actual;
		bucketPredicted[bucket] += prediction;

		const error = prediction - actual;
		absolute += Math.abs(error);
		squared += error * error;
		actualTotal += actual;
		predictedTotal += prediction;
		crossProducts += prediction * actual;
		actualSquares += actual * actual;
		predictedSquares += prediction * prediction;
	}

	const buckets: HoldoutBucket[] = [];
	for (let b = 0; b <= lastBucket; b++) {
		const customers = bucketCustomers[b];
		buckets.push({
			frequency: b,
			orMore: b === lastBucket,
			customers,
			actualMean: customers > 0 ? bucketActual[b] / customers : 0,
			predictedMean: customers > 0 ? bucketPredicted[b] / customers : 0
		});
	}

	const n = count;
	const covariance = crossProducts - (actualTotal * predictedTotal) / n;
	const actualVariance = actualSquares - (actualTotal * actualTotal) / n;
	const predictedVariance = predictedSquares - (predictedTotal * predictedTotal) / n;
	const correlation =
		n > 1 && actualVariance > 0 && predictedVariance > 0
			? covariance / Math.sqrt(actualVariance * predictedVariance)
			: null;

	return {
		holdoutLength,
		buckets,
		predicted,
		errors: {
			customers: n,
			meanAbsoluteError: n > 0 ? absolute / n : 0,
			rootMeanSquareError: n > 0 ? Math.sqrt(squared / n) : 0,
			actualTotal,
			predictedTotal,
			totalPercentError: actualTotal > 0 ? ((predictedTotal - actualTotal) / actualTotal) * 100 : null,
			correlation
		}
	};
}
