/**
 * Gamma-Gamma model of spend per transaction (Fader & Hardie 2013, "The Gamma-Gamma Model of
 * Monetary Value"; Colombo & Jiang 1999): each purchase of a customer is Gamma(p, ν) in amount,
 * ν ~ Gamma(q, v) across customers. The mean m of a customer's x repeat purchases is then
 * Gamma(px, νx), and after integrating out ν:
 *   ln L = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px−1) ln m + px ln x − (px+q) ln(xm + v).
 * Only customers with x > 0 and m > 0 carry information; the rest are excluded, and counted.
 */
import type { CustomerRows } from './summary';
import { fitReport, type FitReport } from './fit-report';
import { minimizeWithRestarts, type MinimizeOptions, type Objective } from './optimize';
import { digamma, lnGamma } from './special';
import { logParameterStandardErrors } from './standard-errors';

export interface GammaGammaParams {
	p: number;
	q: number;
	v: number;
}

/** Log-likelihood of one customer's mean repeat spend m over x > 0 purchases. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, x: number, m: number): number {
	const { p, q, v } = params;
	return (
		lnGamma(p * x + q) -
		lnGamma(p * x) -
		lnGamma(q) +
		q * Math.log(v) +
		(p * x - 1) * Math.log(m) +
		p * x * Math.log(x) -
		(p * x + q) * Math.log(x * m + v)
	);
}

/** Population mean spend per transaction, E[M] = p·v/(q − 1); undefined (NaN) for q ≤ 1. */
export function gammaGammaMeanSpend(params: GammaGammaParams): number {
	return params.q > 1 ? (params.p * params.v) / (params.q - 1) : NaN;
}

/**
 * E[M | x, m]: expected spend per transaction of a customer, a weighted average of the population
 * mean and their own mean, E = p(v + x m)/(p x + q − 1). Customers with x = 0 (or whose own mean
 * is not positive, so excluded from the fit) get the population mean.
 */
export function gammaGammaConditionalSpend(params: GammaGammaParams, x: number, m: number): number {
	if (!(x > 0 && m > 0)) return gammaGammaMeanSpend(params);
	const { p, q, v } = params;
	return (p * (v + x * m)) / (p * x + q - 1);
}

/** The customers the spend model can use, compacted. */
export interface SpendData {
	count: number;
	x: Float64Array;
	m: Float64Array;
	/** Entry → customer row of the summary it came from. */
	row: Int32Array;
	/** Customers with repeat purchases whose mean repeat spend is zero or negative (left out). */
	excludedNonPositive: number;
	/** Customers without repeat purchases (nothing to learn about spend from them). */
	withoutRepeats: number;
}

export function selectSpendData(rows: Pick<CustomerRows, 'count' | 'x' | 'monetary'>): SpendData {
	const keep: number[] = [];
	let excludedNonPositive = 0;
	let withoutRepeats = 0;
	for (let i = 0; i < rows.count; i++) {
		if (!(rows.x[i] > 0)) withoutRepeats++;
		else if (rows.monetary[i] > 0 && Number.isFinite(rows.monetary[i])) keep.push(i);
		else excludedNonPositive++;
	}
	const row = Int32Array.from(keep);
	return {
		count: row.length,
		x: Float64Array.from(row, (i) => rows.x[i]),
		m: Float64Array.from(row, (i) => rows.monetary[i]),
		row,
		excludedNonPositive,
		withoutRepeats
	};
}

const LOG_PARAM_LIMIT = 30;

/** Mean negative log-likelihood and gradient in θ = ln(p, q, v). */
export function gammaGammaObjective(data: SpendData, weights?: Float64Array): Objective {
	const { count, x, m } = data;
	const w = weights ?? new Float64Array(count).fill(1);
	const xMap = new Map<number, number>();
	const xValues: number[] = [];
	const weightOfX: number[] = [];
	const spend = new Float64Array(count); // x·m: total repeat spend
	let total = 0;
	let s1 = 0; // Σ w x (ln m + ln x)
	let s2 = 0; // Σ w ln m
	for (let i = 0; i < count; i++) {
		let j = xMap.get(x[i]);
		if (j === undefined) {
			j = xValues.length;
			xMap.set(x[i], j);
			xValues.push(x[i]);
			weightOfX.push(0);
		}
		weightOfX[j] += w[i];
		spend[i] = x[i] * m[i];
		total += w[i];
		s1 += w[i] * x[i] * (Math.log(m[i]) + Math.log(x[i]));
		s2 += w[i] * Math.log(m[i]);
	}

	return (theta, gradient) => {
		for (let i = 0; i < 3; i++) if (!(Math.abs(theta[i]) <= LOG_PARAM_LIMIT)) return Infinity;
		const p = Math.exp(theta[0]);
		const q = Math.exp(theta[1]);
		const v = Math.exp(theta[2]);
		const logV = theta[2];
		const psiQ = digamma(q);
		let ll = total * (q * logV - lnGamma(q)) + p * s1 - s2;
		let dp = s1;
		let dq = total * (logV - psiQ);
		let dv = (total * q) / v;
		for (let j = 0; j < xValues.length; j++) {
			const px = p * xValues[j];
			const W = weightOfX[j];
			ll += W * (lnGamma(px + q) - lnGamma(px));
			const psi = digamma(px + q);
			dp += W * xValues[j] * (psi - digamma(px));
			dq += W * psi;
		}
		for (let i = 0; i < count; i++) {
			const wi = w[i];
			if (wi === 0) continue;
			const shape = p * x[i] + q;
			const denominator = spend[i] + v;
			const log = Math.log(denominator);
			ll -= wi * shape * log;
			dp -= wi * x[i] * log;
			dq -= wi * log;
			dv -= (wi * shape) / denominator;
		}
		const scale = -1 / total;
		gradient[0] = scale * p * dp;
		gradient[1] = scale * q * dq;
		gradient[2] = scale * v * dv;
		const value = scale * ll;
		return Number.isFinite(value) ? value : Infinity;
	};
}

export interface GammaGammaFit extends FitReport {
	params: GammaGammaParams;
	standardErrors: GammaGammaParams | null;
	/** Population mean spend per transaction p·v/(q−1) (NaN if q ≤ 1: the fit is unusable). */
	meanSpend: number;
	excludedNonPositive: number;
	withoutRepeats: number;
}

export interface GammaGammaFitOptions extends MinimizeOptions {
	starts?: GammaGammaParams[];
	/** Per-entry weights of the spend data (e.g. a bootstrap replicate). */
	weights?: Float64Array;
	standardErrors?: boolean;
}

/** Starting points spread over (p, q), each scaled so that p·v/(q−1) is the observed mean spend. */
export function defaultGammaGammaStarts(data: SpendData, weights?: Float64Array): GammaGammaParams[] {
	let sum = 0;
	let total = 0;
	for (let i = 0; i < data.count; i++) {
		const w = weights ? weights[i] : 1;
		sum += w * data.m[i];
		total += w;
	}
	const mean = total > 0 && sum > 0 ? sum / total : 1;
	return [
		[1, 2],
		[5, 4],
		[0.5, 1.5],
		[10, 10]
	].map(([p, q]) => ({ p, q, v: (mean * (q - 1)) / p }));
}

/** Maximum-likelihood fit of the Gamma-Gamma model on customers with x > 0 and positive spend. */
export function fitGammaGamma(
	source: SpendData | Pick<CustomerRows, 'count' | 'x' | 'monetary'>,
	options: GammaGammaFitOptions = {}
): GammaGammaFit {
	const data = 'row' in source ? source : selectSpendData(source);
	const objective = gammaGammaObjective(data, options.weights);
	const starts = options.starts ?? defaultGammaGammaStarts(data, options.weights);
	const result = minimizeWithRestarts(
		objective,
		starts.map((s) => [Math.log(s.p), Math.log(s.q), Math.log(s.v)]),
		options
	);
	let total = data.count;
	if (options.weights) {
		total = 0;
		for (let i = 0; i < data.count; i++) total += options.weights[i];
	}
	const errors =
		options.standardErrors === false ? null : logParameterStandardErrors(objective, result.best.x, total);
	const [p, q, v] = Array.from(result.best.x, Math.exp);
	const params = { p, q, v };
	return {
		params,
		standardErrors: errors && { p: errors[0], q: errors[1], v: errors[2] },
		meanSpend: gammaGammaMeanSpend(params),
		excludedNonPositive: data.excludedNonPositive,
		withoutRepeats: data.withoutRepeats,
		...fitReport(result, total)
	};
}
