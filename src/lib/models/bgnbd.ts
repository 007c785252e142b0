/**
 * BG/NBD model of repeat purchasing (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy
 * Way", Marketing Science 24(2)): while alive a customer buys as a Poisson process with rate
 * λ ~ Gamma(r, α); after each repeat purchase they drop out with probability p ~ Beta(a, b).
 * Time is in the unit of the customer rows (α scales with it).
 *
 * Likelihood of one customer with x repeat purchases, the last at t_x, observed for T (FHL eq. 6):
 *   ln L = A1 + A2 + ln(e^A3 + [x > 0] e^A4), where
 *   A1 = lnΓ(r+x) − lnΓ(r) + r ln α,
 *   A2 = lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x),
 *   A3 = −(r+x) ln(α+T),
 *   A4 = ln a − ln(b+x−1) − (r+x) ln(α+t_x).
 */
import { groupCustomers, type BgnbdGroups, type FrequencyRows } from './bgnbd-groups';
import { fitWithRestarts, thinWeights, type FitOptions, type FitReport } from './fit-report';
import type { Objective } from './optimize';
import { mulberry32 } from './random';
import { digamma, lnGamma, logAddExp } from './special';
import { logParameterStandardErrors } from './standard-errors';

export interface BgnbdParams {
	r: number;
	alpha: number;
	a: number;
	b: number;
}

/** Log-likelihood of one customer (FHL 2005 eq. 6). */
export function bgnbdLogLikelihood(params: BgnbdParams, x: number, tx: number, T: number): number {
	const { r, alpha, a, b } = params;
	const a1 = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha);
	const a2 = lnGamma(a + b) + lnGamma(b + x) - lnGamma(b) - lnGamma(a + b + x);
	const a3 = -(r + x) * Math.log(alpha + T);
	if (x === 0) return a1 + a2 + a3;
	const a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
	return a1 + a2 + logAddExp(a3, a4);
}

function asGroups(data: FrequencyRows | BgnbdGroups): BgnbdGroups {
	return 'rowGroup' in data ? data : groupCustomers(data);
}

/** Total log-likelihood of customer rows or groups (weighted by `weights`, default group sizes). */
export function bgnbdTotalLogLikelihood(
	params: BgnbdParams,
	data: FrequencyRows | BgnbdGroups,
	weights?: Float64Array
): number {
	const groups = asGroups(data);
	const objective = bgnbdObjective(groups, weights ?? groups.weight);
	const theta = Float64Array.of(Math.log(params.r), Math.log(params.alpha), Math.log(params.a), Math.log(params.b));
	return -objective(theta, new Float64Array(4)) * totalOf(weights ?? groups.weight);
}

function totalOf(weights: Float64Array): number {
	let total = 0;
	for (let i = 0; i < weights.length; i++) total += weights[i];
	return total;
}

/** Log-parameters beyond this are treated as outside the model (keeps exp() finite). */
const LOG_PARAM_LIMIT = 30;

/**
 * The mean negative log-likelihood over groups, and its gradient, in θ = ln(r, α, a, b).
 * Work per evaluation: lnΓ/ψ per distinct x, one log per distinct time, and for each group with
 * x > 0 one exp and one log (customers with x = 0 are aggregated by T beforehand).
 */
export function bgnbdObjective(groups: BgnbdGroups, weights: Float64Array): Objective {
	const { xIndex, xValues, txIndex, TIndex, timeValues } = groups;
	const nx = xValues.length;
	const nt = timeValues.length;
	const total = totalOf(weights);

	// Weight per x value, weight of x = 0 customers per T value, and the groups with x > 0.
	const weightOfX = new Float64Array(nx);
	const zeroWeightOfT = new Float64Array(nt);
	let repeaters = 0;
	for (let g = 0; g < groups.count; g++) {
		const w = weights[g];
		if (w === 0) continue;
		weightOfX[xIndex[g]] += w;
		if (xValues[xIndex[g]] === 0) zeroWeightOfT[TIndex[g]] += w;
		else repeaters++;
	}
	// The groups with x > 0, packed in contiguous arrays for the hot loop.
	const groupWeight = new Float64Array(repeaters);
	const groupX = new Float64Array(repeaters);
	const groupXIndex = new Int32Array(repeaters);
	const groupT = new Int32Array(repeaters);
	const groupTx = new Int32Array(repeaters);
	for (let g = 0, n = 0; g < groups.count; g++) {
		const w = weights[g];
		if (w === 0 || xValues[xIndex[g]] === 0) continue;
		groupWeight[n] = w;
		groupX[n] = xValues[xIndex[g]];
		groupXIndex[n] = xIndex[g];
		groupT[n] = TIndex[g];
		groupTx[n] = txIndex[g];
		n++;
	}

	const logTime = new Float64Array(nt);
	const inverseTime = new Float64Array(nt);
	const base = new Float64Array(nx);
	const logA4 = new Float64Array(nx);
	const inverseB = new Float64Array(nx);
	const dLogB = new Float64Array(nx); // Σ w·w4 per x, for ∂/∂b of ln(b+x−1)

	return (theta, gradient) => {
		for (let i = 0; i < 4; i++) {
			if (!(Math.abs(theta[i]) <= LOG_PARAM_LIMIT)) return Infinity;
		}
		const r = Math.exp(theta[0]);
		const alpha = Math.exp(theta[1]);
		const a = Math.exp(theta[2]);
		const b = Math.exp(theta[3]);
		const logAlpha = theta[1];

		let ll = 0;
		let dr = 0;
		let dAlpha = total * (r / alpha);
		let da = 0;
		let db = 0;

		const lgR = lnGamma(r);
		const lgB = lnGamma(b);
		const lgAB = lnGamma(a + b);
		const psiR = digamma(r);
		const psiB = digamma(b);
		const psiAB = digamma(a + b);
		const logA = theta[2];
		for (let j = 0; j < nx; j++) {
			const x = xValues[j];
			const w = weightOfX[j];
			base[j] = lnGamma(r + x) - lgR + r * logAlpha + lgAB + lnGamma(b + x) - lgB - lnGamma(a + b + x);
			logA4[j] = x > 0 ? logA - Math.log(b + x - 1) : -Infinity;
			inverseB[j] = x > 0 ? 1 / (b + x - 1) : 0;
			dLogB[j] = 0;
			if (w === 0) continue;
			ll += w * base[j];
			const psiABX = digamma(a + b + x);
			dr += w * (digamma(r + x) - psiR + logAlpha);
			da += w * (psiAB - psiABX);
			db += w * (psiAB + digamma(b + x) - psiB - psiABX);
		}

		for (let k = 0; k < nt; k++) {
			const t = alpha + timeValues[k];
			logTime[k] = Math.log(t);
			inverseTime[k] = 1 / t;
			const w = zeroWeightOfT[k];
			if (w === 0) continue;
			// x = 0: ln L = A1 + A2 + A3 with A3 = −r ln(α+T)
			ll -= w * r * logTime[k];
			dr -= w * logTime[k];
			dAlpha -= w * r * inverseTime[k];
		}

		let sumW4 = 0;
		for (let n = 0; n < repeaters; n++) {
			const w = groupWeight[n];
			const j = groupXIndex[n];
			const rx = r + groupX[n];
			const kT = groupT[n];
			const kTx = groupTx[n];
			const logT = logTime[kT];
			const logTx = logTime[kTx];
			const a3 = -rx * logT;
			const a4 = logA4[j] - rx * logTx;
			// ln(e^a3 + e^a4) and the share w4 of the second term. Math.log(1 + e) rather than
			// log1p: its absolute error (1e−16) is negligible next to the log-likelihood, and it is
			// faster; beyond a gap of 40 the smaller term is below 1e−17 of the larger.
			let log: number;
			let w4: number;
			const gap = a4 - a3;
			if (gap < -40) {
				log = a3;
				w4 = 0;
			} else if (gap > 40) {
				log = a4;
				w4 = 1;
			} else if (gap <= 0) {
				const e = Math.exp(gap);
				log = a3 + Math.log(1 + e);
				w4 = e / (1 + e);
			} else {
				const e = Math.exp(-gap);
				log = a4 + Math.log(1 + e);
				w4 = 1 / (1 + e);
			}
			const w3 = 1 - w4;
			ll += w * log;
			dr -= w * (w3 * logT + w4 * logTx);
			dAlpha -= w * rx * (w3 * inverseTime[kT] + w4 * inverseTime[kTx]);
			sumW4 += w * w4;
			dLogB[j] += w * w4;
		}
		da += sumW4 / a;
		for (let j = 0; j < nx; j++) db -= dLogB[j] * inverseB[j];

		const scale = -1 / total;
		gradient[0] = scale * r * dr;
		gradient[1] = scale * alpha * dAlpha;
		gradient[2] = scale * a * da;
		gradient[3] = scale * b * db;
		const value = scale * ll;
		return Number.isFinite(value) ? value : Infinity;
	};
}

export interface BgnbdFit extends FitReport {
	params: BgnbdParams;
	/** Asymptotic standard errors (observed information), or null if the Hessian is not definite. */
	standardErrors: BgnbdParams | null;
}

export interface BgnbdFitOptions extends FitOptions {
	/** Starting points; by default three spread around a data-driven purchase rate. */
	starts?: BgnbdParams[];
	/** Per-group weights (e.g. a bootstrap replicate); default: the group sizes. */
	weights?: Float64Array;
	/** Compute standard errors (a few extra gradient evaluations). Default true. */
	standardErrors?: boolean;
}

/** Starting points: r/α matches the observed repeat-purchase rate Σx / ΣT. */
export function defaultBgnbdStarts(groups: BgnbdGroups, weights: Float64Array): BgnbdParams[] {
	let purchases = 0;
	let time = 0;
	for (let g = 0; g < groups.count; g++) {
		purchases += weights[g] * groups.x[g];
		time += weights[g] * groups.T[g];
	}
	const rate = purchases > 0 && time > 0 ? purchases / time : 1;
	return [
		{ r: 1, a: 1, b: 1 },
		{ r: 0.25, a: 0.8, b: 2.5 },
		{ r: 3, a: 0.3, b: 8 }
	].map(({ r, a, b }) => ({ r, alpha: r / rate, a, b }));
}

function toTheta(p: BgnbdParams): Float64Array {
	return Float64Array.of(Math.log(p.r), Math.log(p.alpha), Math.log(p.a), Math.log(p.b));
}

function fromTheta(theta: ArrayLike<number>): BgnbdParams {
	return { r: Math.exp(theta[0]), alpha: Math.exp(theta[1]), a: Math.exp(theta[2]), b: Math.exp(theta[3]) };
}

/** Maximum-likelihood fit of the BG/NBD model, by BFGS on log-parameters from several starts. */
export function fitBgnbd(data: FrequencyRows | BgnbdGroups, options: BgnbdFitOptions = {}): BgnbdFit {
	const groups = asGroups(data);
	const weights = options.weights ?? groups.weight;
	const starts = options.starts ?? defaultBgnbdStarts(groups, weights);
	const { best, report, objective } = fitWithRestarts(
		(fraction) => {
			const w = fraction < 1 ? thinWeights(weights, fraction, mulberry32(options.seed ?? 1)) : weights;
			return { objective: bgnbdObjective(groups, w), total: totalOf(w) };
		},
		starts.map(toTheta),
		options
	);
	const errors =
		options.standardErrors === false
			? null
			: logParameterStandardErrors(objective, best.x, report.customers, best.gradient);
	return {
		params: fromTheta(best.x),
		standardErrors: errors && { r: errors[0], alpha: errors[1], a: errors[2], b: errors[3] },
		...report
	};
}
