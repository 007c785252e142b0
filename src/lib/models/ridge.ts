/**
 * When BG/NBD cannot see drop-out: the no-drop-out limit and the flat ridge of the likelihood.
 *
 * BG/NBD's drop-out probability p ~ Beta(a, b) after each repeat purchase. When a history shows
 * (almost) no drop-out the maximum of the likelihood lies at, or near, the boundary a → 0, where
 * Beta(a, b) puts all its mass on p = 0 whatever b is: the model becomes the NBD (Ehrenberg 1959)
 * — every customer alive for sure, buying at a Gamma(r, α)-distributed Poisson rate — and
 *   ln L = lnΓ(r+x) − lnΓ(r) + r ln α − (r+x) ln(α+T),
 *   P(alive) = 1,  E[Y(t) | x, t_x, T] = (r+x) t / (α+T)  (the limit a → 0 of FHL eq. 10, Φ = r'·s).
 * A numerical optimiser only drifts towards that boundary (a → 1e−7, b → 1e5 …, wherever it stops
 * is arbitrary); here such a fit is replaced by the exact limit, written a = 0, b = ∞.
 *
 * Near the boundary the likelihood is flat along a ridge: fits with quite different a (and so
 * different P(alive)) are almost equally likely. `profileDropout` refits with a held at values along
 * the ridge — the profile likelihood in a — and reports each fit's log-likelihood gap to the best and
 * its CLV total, so that a reader sees how much the total moves among fits the data cannot tell
 * apart (a gap up to χ²₁(0.95)/2 ≈ 1.92 is inside an approximate 95 % profile-likelihood interval).
 */
import { bgnbdObjective, fitBgnbd, type BgnbdFit, type BgnbdFitOptions, type BgnbdParams } from './bgnbd';
import type { BgnbdGroups } from './bgnbd-groups';
import { computeClv, type ClvOptions } from './clv';
import type { GammaGammaParams } from './gamma-gamma';
import { minimizeBfgs, type MinimizeOptions, type Objective } from './optimize';
import { discard } from '../orders/discard';
import type { CustomerRows } from './summary';

/** ln a for the NBD limit inside the BG/NBD objective (a = e^−30 ≈ 1e−13: the limit to ~1e−13). */
const LOG_A_AT_LIMIT = -30;
/** A fit whose mean drop-out probability a/(a+b) is below this is at the no-drop-out boundary … */
const BOUNDARY_DROPOUT = 1e-4;
/** … when the NBD limit fits within this many log-likelihood units of it (or better). */
const BOUNDARY_GAP = 0.01;
/** Profile points with a gap up to this are inside an approximate 95 % likelihood interval. */
export const RIDGE_GAP = 1.92;

export function isNoDropout(params: BgnbdParams): boolean {
	return params.a === 0;
}

/** Whether a fit shows a flat ridge in (a, b): standard errors above the estimates, or none. */
export function dropoutUncertain(fit: Pick<BgnbdFit, 'params' | 'standardErrors'>): boolean {
	const { params, standardErrors: se } = fit;
	if (isNoDropout(params)) return true;
	if (!se) return true;
	return !(se.a <= params.a) || !(se.b <= params.b);
}

function totalOf(weights: Float64Array): number {
	let total = 0;
	for (let i = 0; i < weights.length; i++) total += weights[i];
	return total;
}

export interface HeldFit {
	params: BgnbdParams;
	logLikelihood: number;
	converged: boolean;
}

/**
 * Maximum likelihood with the mean drop-out probability π = a/(a+b) held: π = 0 is the NBD limit
 * (a = 0, b reported as ∞); for π > 0, r, α and the concentration κ = a + b are fitted
 * (a = πκ, b = (1−π)κ). `start` seeds the free parameters.
 */
export function fitWithDropoutHeld(
	groups: BgnbdGroups,
	pi: number,
	start: BgnbdParams,
	options: { weights?: Float64Array } & MinimizeOptions = {}
): HeldFit {
	const weights = options.weights ?? groups.weight;
	const full = bgnbdObjective(groups, weights);
	const theta = new Float64Array(4);
	const gradient = new Float64Array(4);
	let objective: Objective;
	let x0: number[];
	if (pi === 0) {
		objective = (free, freeGradient) => {
			theta.set([free[0], free[1], LOG_A_AT_LIMIT, 0]);
			const value = full(theta, gradient);
			freeGradient[0] = gradient[0];
			freeGradient[1] = gradient[1];
			return value;
		};
		x0 = [Math.log(start.r), Math.log(start.alpha)];
	} else {
		const logPi = Math.log(pi);
		const logRest = Math.log1p(-pi);
		objective = (free, freeGradient) => {
			theta.set([free[0], free[1], logPi + free[2], logRest + free[2]]);
			const value = full(theta, gradient);
			freeGradient[0] = gradient[0];
			freeGradient[1] = gradient[1];
			freeGradient[2] = gradient[2] + gradient[3];
			return value;
		};
		const kappa = start.a + start.b;
		x0 = [
			Math.log(start.r),
			Math.log(start.alpha),
			Math.log(Number.isFinite(kappa) ? Math.min(Math.max(kappa, 1e-2), 1e5) : 10)
		];
	}
	const result = minimizeBfgs(objective, x0, options);
	const [r, alpha, kappa] = Array.from(result.x, Math.exp);
	return {
		params: pi === 0 ? { r, alpha, a: 0, b: Infinity } : { r, alpha, a: pi * kappa, b: (1 - pi) * kappa },
		logLikelihood: -result.value * totalOf(weights),
		converged: result.converged
	};
}

export interface DropoutFit extends BgnbdFit {
	/**
	 * When the fit ran to the no-drop-out boundary and was replaced by its exact limit (a = 0): the
	 * optimiser's last point and how much better (≥ 0) or worse the limit fits than it.
	 */
	boundary: { a: number; b: number; logLikelihood: number } | null;
	/** The NBD limit's log-likelihood minus the BG/NBD maximum (≤ 0 when both are exact), if fitted. */
	noDropoutGap: number | null;
}

/**
 * Fits BG/NBD and settles the no-drop-out boundary: when the maximum lies at a → 0 (the mean
 * drop-out a/(a+b) below 1e−4 and the NBD limit within 0.01 of it), returns the NBD limit
 * (a = 0, b = ∞; standard errors for r and α only). Whenever the fit looks flat in (a, b) the NBD
 * limit is fitted too and its log-likelihood gap reported.
 */
export function fitBgnbdSettled(
	groups: BgnbdGroups,
	options: BgnbdFitOptions & { noDropoutStart?: BgnbdParams } = {}
): DropoutFit {
	const fit = fitBgnbd(groups, options);
	const { a, b } = fit.params;
	// Without standard errors (bootstrap refits) only a fit near the boundary is checked.
	const suspicious = options.standardErrors === false ? a / (a + b) < 10 * BOUNDARY_DROPOUT : dropoutUncertain(fit);
	if (!suspicious) return { ...fit, boundary: null, noDropoutGap: null };
	const nbd = fitWithDropoutHeld(groups, 0, options.noDropoutStart ?? fit.params, { weights: options.weights });
	const gap = nbd.logLikelihood - fit.logLikelihood;
	const atBoundary = nbd.converged && a / (a + b) < BOUNDARY_DROPOUT && gap > -BOUNDARY_GAP;
	if (!atBoundary) return { ...fit, boundary: null, noDropoutGap: gap };
	const errors =
		options.standardErrors === false
			? null
			: nbdStandardErrors(groups, nbd.params, options.weights ?? groups.weight);
	return {
		...fit,
		params: nbd.params,
		logLikelihood: nbd.logLikelihood,
		standardErrors: errors,
		boundary: { a, b, logLikelihood: fit.logLikelihood },
		noDropoutGap: gap
	};
}

/** Standard errors of r and α in the NBD limit (a and b: NaN, not identified). */
function nbdStandardErrors(groups: BgnbdGroups, params: BgnbdParams, weights: Float64Array): BgnbdParams | null {
	const full = bgnbdObjective(groups, weights);
	const fullGradient = new Float64Array(4);
	const objective: Objective = (free, gradient) => {
		const value = full(Float64Array.of(free[0], free[1], LOG_A_AT_LIMIT, 0), fullGradient);
		gradient[0] = fullGradient[0];
		gradient[1] = fullGradient[1];
		return value;
	};
	const theta = Float64Array.of(Math.log(params.r), Math.log(params.alpha));
	const step = 1e-5;
	const total = totalOf(weights);
	const g = new Float64Array(2);
	const plus = new Float64Array(2);
	const minus = new Float64Array(2);
	const h = new Float64Array(4);
	for (let j = 0; j < 2; j++) {
		const point = Float64Array.from(theta);
		point[j] += step;
		objective(point, plus);
		point[j] -= 2 * step;
		objective(point, minus);
		for (let i = 0; i < 2; i++) h[i * 2 + j] = ((plus[i] - minus[i]) / (2 * step)) * total;
	}
	objective(theta, g);
	const off = 0.5 * (h[1] + h[2]);
	const det = h[0] * h[3] - off * off;
	if (!(h[0] > 0 && det > 0)) return null;
	return { r: params.r * Math.sqrt(h[3] / det), alpha: params.alpha * Math.sqrt(h[0] / det), a: NaN, b: NaN };
}

export interface RidgePoint {
	/** The held mean drop-out probability per repeat purchase π = a/(a+b) (0: the NBD limit). */
	dropout: number;
	/** The fitted parameters at that π. */
	params: BgnbdParams;
	/** The best log-likelihood among the points minus this point's (≥ 0). */
	gap: number;
	/**
	 * Whether the point is the fit used for the predictions (the optimiser's maximum, or its NBD
	 * limit). On a flat ridge a held point may fit slightly better than it: its gap is then > 0.
	 */
	used: boolean;
	clvTotal: number;
	meanProbabilityAlive: number;
}

export interface DropoutRidge {
	points: RidgePoint[];
	/** Lowest and highest CLV total among the points with a gap ≤ RIDGE_GAP. */
	low: number;
	high: number;
	/** The largest π with a gap ≤ RIDGE_GAP among those tried. */
	largestDropout: number;
}

/**
 * The profile likelihood along the ridge, with the CLV total at each point. The ridge is followed in
 * the mean drop-out probability π = a/(a+b), the quantity the data are short of (at π = 0 every b
 * gives the same NBD, so a profile in a alone would run off with b): the best fit, the NBD limit
 * (π = 0), and π held at values stepping up from the best (×3, or from 10⁻⁴ at the boundary) until
 * the gap passes RIDGE_GAP (at most 7 steps).
 */
export function profileDropout(
	groups: BgnbdGroups,
	rows: CustomerRows,
	fit: DropoutFit,
	gammaGamma: GammaGammaParams,
	clv: ClvOptions
): DropoutRidge {
	const points: RidgePoint[] = [];
	const add = (dropout: number, params: BgnbdParams, logLikelihood: number, used: boolean) => {
		const result = computeClv(rows, params, gammaGamma, clv);
		let alive = 0;
		for (let i = 0; i < result.probabilityAlive.length; i++) alive += result.probabilityAlive[i];
		const meanProbabilityAlive = alive / Math.max(1, rows.count);
		// Only the totals are kept: the point's per-customer arrays are freed at once.
		discard(result.probabilityAlive, result.expectedPurchases, result.expectedSpend, result.clv);
		points.push({ dropout, params, gap: logLikelihood, used, clvTotal: result.totals.clv, meanProbabilityAlive });
	};
	const { a, b } = fit.params;
	const boundaryFit = isNoDropout(fit.params);
	const bestDropout = boundaryFit ? 0 : a / (a + b);
	add(bestDropout, fit.params, fit.logLikelihood, true);
	if (!boundaryFit) {
		const nbd = fitWithDropoutHeld(groups, 0, fit.params);
		if (nbd.converged) add(0, nbd.params, nbd.logLikelihood, false);
	}
	let best = Math.max(...points.map((p) => p.gap));
	let start: BgnbdParams = boundaryFit ? { ...fit.params, a: 1e-3, b: 10 } : fit.params;
	for (let step = 0, pi = boundaryFit ? 1e-4 : bestDropout * 3; step < 7 && pi < 0.9; step++, pi *= 3) {
		const held = fitWithDropoutHeld(groups, pi, start);
		if (!held.converged) continue;
		add(pi, held.params, held.logLikelihood, false);
		start = held.params;
		best = Math.max(best, held.logLikelihood);
		if (best - held.logLikelihood > RIDGE_GAP) break;
	}
	for (const point of points) point.gap = Math.max(0, best - point.gap);
	points.sort((p, q) => p.dropout - q.dropout);
	const inside = points.filter((p) => p.gap <= RIDGE_GAP);
	return {
		points,
		low: Math.min(...inside.map((p) => p.clvTotal)),
		high: Math.max(...inside.map((p) => p.clvTotal)),
		largestDropout: Math.max(...inside.map((p) => p.dropout))
	};
}
