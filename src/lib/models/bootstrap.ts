/**
 * Uncertainty of CLV totals by the nonparametric bootstrap: draw N customers with replacement from
 * the N customers, refit BG/NBD and Gamma-Gamma on that replicate, recompute every drawn
 * customer's CLV with the refitted models and add them up (in total and per segment). The spread of
 * those sums over replicates reflects both the estimation error of the parameters and the sampling
 * of customers; percentile intervals are reported.
 *
 * A replicate is a vector of counts (how often each customer was drawn), which becomes a weight in
 * the grouped likelihoods — no data is copied. Refits start from the full-data estimates, so they
 * converge in a few iterations, and use the same estimator as the full fit: a refit that runs to
 * the no-drop-out boundary is replaced by its exact limit a = 0 (ridge.ts), as the full fit is —
 * otherwise it would be valued at an arbitrary point of the flat boundary. A refit that does not
 * converge from the full-data estimate is retried from the default starts; if it still does not,
 * the replicate is dropped and counted. A replicate whose spend refit has q ≤ 1 (no finite mean
 * spend) counts as an infinite total, not dropped: dropping it would cut off the upper tail.
 *
 * Cost per replicate ≈ two warm-started fits plus one CLV pass; run it in a worker, one replicate
 * at a time (`ClvBootstrap.next()`), to report progress and honour a Cancel between replicates.
 */
import { bgnbdObjective, type BgnbdParams } from './bgnbd';
import { groupCustomers, groupWeights, type BgnbdGroups } from './bgnbd-groups';
import { computeClv, type ClvOptions } from './clv';
import {
	fitGammaGamma,
	gammaGammaObjective,
	selectSpendData,
	type GammaGammaParams,
	type SpendData
} from './gamma-gamma';
import type { Objective } from './optimize';
import { mulberry32 } from './random';
import { fitBgnbdSettled } from './ridge';
import { invertPositiveDefinite } from './standard-errors';
import type { CustomerRows } from './summary';

export interface Segments {
	/** Customer row → segment index (0 … count − 1); negative: in no segment. */
	index: Int32Array;
	count: number;
}

export interface BootstrapOptions {
	/** Replicates to draw. Default 200. */
	replicates?: number;
	seed?: number;
	/** Coverage of the percentile intervals. Default 0.9. */
	confidence?: number;
	segments?: Segments;
	clv: ClvOptions;
}

export interface Interval {
	/** The value from the full-data fit. */
	estimate: number;
	low: number;
	median: number;
	high: number;
}

export interface BootstrapResult {
	/** Replicates that produced a value (completed and converged). */
	replicates: number;
	requested: number;
	/** Replicates dropped because a refit did not converge. */
	failedFits: number;
	/** Replicates whose spend refit had q ≤ 1 (no finite mean): counted as infinite totals. */
	unboundedSpend: number;
	/** Replicates whose purchase refit is the no-drop-out limit (a = 0). */
	noDropoutFits: number;
	stoppedEarly: boolean;
	confidence: number;
	total: Interval;
	segments: Interval[];
	/** The replicate totals, and per segment (replicate-major: [r · segments + s]). */
	totalSamples: Float64Array;
	segmentSamples: Float64Array;
}

/** Quantile of sorted values, linear between order statistics (type 7, as R's default). */
export function quantileOfSorted(sorted: ArrayLike<number>, probability: number): number {
	const n = sorted.length;
	if (n === 0) return NaN;
	const position = (n - 1) * probability;
	const below = Math.floor(position);
	const above = Math.min(below + 1, n - 1);
	// Equal neighbours (also two infinite ones) and exact positions need no interpolation.
	if (position === below || sorted[above] === sorted[below]) return sorted[below];
	return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

function interval(estimate: number, samples: Float64Array, confidence: number): Interval {
	const sorted = Float64Array.from(samples).sort();
	const tail = (1 - confidence) / 2;
	return {
		estimate,
		low: quantileOfSorted(sorted, tail),
		median: quantileOfSorted(sorted, 0.5),
		high: quantileOfSorted(sorted, 1 - tail)
	};
}

/**
 * The inverse Hessian of a (mean) objective at θ, by central differences of its gradient, or
 * undefined where it is not positive definite (e.g. on the flat no-drop-out boundary). Refits of
 * replicates start BFGS with it: a replicate's maximum is near the full data's, with about the same
 * curvature, so they converge in a few iterations instead of first learning the curvature.
 */
function inverseHessianAt(objective: Objective, theta: Float64Array, step = 1e-5): Float64Array | undefined {
	const n = theta.length;
	const hessian = new Float64Array(n * n);
	const plus = new Float64Array(n);
	const minus = new Float64Array(n);
	const point = Float64Array.from(theta);
	for (let j = 0; j < n; j++) {
		point[j] = theta[j] + step;
		const fPlus = objective(point, plus);
		point[j] = theta[j] - step;
		const fMinus = objective(point, minus);
		point[j] = theta[j];
		if (!Number.isFinite(fPlus) || !Number.isFinite(fMinus)) return undefined;
		for (let i = 0; i < n; i++) hessian[i * n + j] = (plus[i] - minus[i]) / (2 * step);
	}
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < i; j++)
			hessian[i * n + j] = hessian[j * n + i] = 0.5 * (hessian[i * n + j] + hessian[j * n + i]);
	}
	return invertPositiveDefinite(hessian, n) ?? undefined;
}

/** A bootstrap run that advances one replicate per `next()` call. */
export class ClvBootstrap {
	readonly requested: number;
	private readonly random: () => number;
	private readonly groups: BgnbdGroups;
	private readonly spend: SpendData;
	private readonly counts: Float64Array;
	private readonly spendWeights: Float64Array;
	private readonly groupWeight: Float64Array;
	private readonly totals: number[] = [];
	private readonly segmentSums: number[] = [];
	private readonly estimateTotal: number;
	private readonly estimateSegments: Float64Array;
	/** Where the purchase refits start: the full fit, or the optimiser's point at the boundary. */
	private readonly bgnbdStart: BgnbdParams;
	/** The curvature at the full-data estimates, to start BFGS with (undefined: not definite). */
	private readonly bgnbdCurvature: Float64Array | undefined;
	private readonly spendCurvature: Float64Array | undefined;
	/** Replicates drawn so far (converged or not). */
	attempted = 0;
	failedFits = 0;
	unboundedSpend = 0;
	noDropoutFits = 0;

	/**
	 * `params.boundary`: when the full BG/NBD fit is the no-drop-out limit (a = 0), the optimiser's
	 * last point before it was replaced (DropoutFit.boundary), to start the refits from.
	 */
	constructor(
		private readonly rows: CustomerRows,
		private readonly params: {
			bgnbd: BgnbdParams;
			gammaGamma: GammaGammaParams;
			boundary?: { a: number; b: number } | null;
		},
		private readonly options: BootstrapOptions
	) {
		const { bgnbd, boundary } = params;
		this.bgnbdStart = bgnbd.a === 0 ? { ...bgnbd, a: boundary?.a ?? 1e-6, b: boundary?.b ?? 1e4 } : bgnbd;
		this.requested = options.replicates ?? 200;
		this.random = mulberry32(options.seed ?? 1);
		this.groups = groupCustomers(rows);
		this.spend = selectSpendData(rows);
		this.counts = new Float64Array(rows.count);
		this.spendWeights = new Float64Array(this.spend.count);
		this.groupWeight = new Float64Array(this.groups.count);
		const { r, alpha, a, b } = this.bgnbdStart;
		const curvature = inverseHessianAt(
			bgnbdObjective(this.groups, this.groups.weight),
			Float64Array.of(r, alpha, a, b).map(Math.log)
		);
		// On a flat ridge (SE(ln a) or SE(ln b) above 1, i.e. SE(a) > a) the full data's curvature
		// would make refits stop short on the ridge: let BFGS learn each replicate's own instead.
		const flat = !curvature || curvature[10] / rows.count > 1 || curvature[15] / rows.count > 1;
		this.bgnbdCurvature = flat ? undefined : curvature;
		const { p, q, v } = params.gammaGamma;
		this.spendCurvature = inverseHessianAt(gammaGammaObjective(this.spend), Float64Array.of(p, q, v).map(Math.log));
		const full = computeClv(rows, params.bgnbd, params.gammaGamma, options.clv);
		this.estimateTotal = full.totals.clv;
		this.estimateSegments = this.segmentTotals(full.clv, null);
	}

	get done(): boolean {
		return this.attempted >= this.requested;
	}

	get completed(): number {
		return this.totals.length;
	}

	private segmentTotals(clv: Float64Array, counts: Float64Array | null): Float64Array {
		const segments = this.options.segments;
		const sums = new Float64Array(segments?.count ?? 0);
		if (!segments) return sums;
		for (let i = 0; i < clv.length; i++) {
			const s = segments.index[i];
			if (s >= 0 && s < sums.length) sums[s] += (counts ? counts[i] : 1) * clv[i];
		}
		return sums;
	}

	/** Draws and evaluates one replicate; false (and nothing done) once all have been drawn. */
	next(): boolean {
		if (this.done) return false;
		this.attempted++;
		const n = this.rows.count;
		const { counts, random } = this;
		counts.fill(0);
		for (let k = 0; k < n; k++) counts[Math.floor(random() * n)]++;
		groupWeights(this.groups, counts, this.groupWeight);
		for (let k = 0; k < this.spend.count; k++) this.spendWeights[k] = counts[this.spend.row[k]];

		const shared = { standardErrors: false, restartSampleSize: Infinity } as const;
		const bgnbdOptions = { ...shared, weights: this.groupWeight, noDropoutStart: this.params.bgnbd };
		const warm = { starts: [this.bgnbdStart], initialInverseHessian: this.bgnbdCurvature };
		let bgnbd = fitBgnbdSettled(this.groups, { ...bgnbdOptions, ...warm });
		if (!bgnbd.converged) bgnbd = fitBgnbdSettled(this.groups, bgnbdOptions);
		const spendWarm = { starts: [this.params.gammaGamma], initialInverseHessian: this.spendCurvature };
		let gammaGamma = fitGammaGamma(this.spend, { ...shared, weights: this.spendWeights, ...spendWarm });
		if (!gammaGamma.converged) gammaGamma = fitGammaGamma(this.spend, { ...shared, weights: this.spendWeights });
		if (!bgnbd.converged || !gammaGamma.converged) {
			this.failedFits++;
			return true;
		}
		if (bgnbd.params.a === 0) this.noDropoutFits++;
		const segmentCount = this.options.segments?.count ?? 0;
		if (!(gammaGamma.params.q > 1)) {
			// No finite mean spend: the replicate's value is unbounded (kept, at +∞).
			this.unboundedSpend++;
			this.totals.push(Infinity);
			for (let s = 0; s < segmentCount; s++) this.segmentSums.push(Infinity);
			return true;
		}
		const clv = computeClv(this.rows, bgnbd.params, gammaGamma.params, { ...this.options.clv, only: counts });
		let total = 0;
		for (let i = 0; i < n; i++) total += counts[i] * clv.clv[i];
		this.totals.push(total);
		for (const sum of this.segmentTotals(clv.clv, counts)) this.segmentSums.push(sum);
		return true;
	}

	result(): BootstrapResult {
		const confidence = this.options.confidence ?? 0.9;
		const segmentCount = this.options.segments?.count ?? 0;
		const totalSamples = Float64Array.from(this.totals);
		const segmentSamples = Float64Array.from(this.segmentSums);
		const segments: Interval[] = [];
		for (let s = 0; s < segmentCount; s++) {
			const samples = new Float64Array(totalSamples.length);
			for (let r = 0; r < samples.length; r++) samples[r] = segmentSamples[r * segmentCount + s];
			segments.push(interval(this.estimateSegments[s], samples, confidence));
		}
		return {
			replicates: totalSamples.length,
			requested: this.requested,
			failedFits: this.failedFits,
			unboundedSpend: this.unboundedSpend,
			noDropoutFits: this.noDropoutFits,
			stoppedEarly: !this.done,
			confidence,
			total: interval(this.estimateTotal, totalSamples, confidence),
			segments,
			totalSamples,
			segmentSamples
		};
	}
}

/**
 * Runs the whole bootstrap. `onProgress(done, requested)` is called after every replicate;
 * returning false stops early (the result then covers the replicates so far).
 */
export function bootstrapClv(
	rows: CustomerRows,
	params: ConstructorParameters<typeof ClvBootstrap>[1],
	options: BootstrapOptions & { onProgress?: (done: number, requested: number) => boolean | void }
): BootstrapResult {
	const run = new ClvBootstrap(rows, params, options);
	while (run.next()) {
		if (options.onProgress?.(run.attempted, run.requested) === false) break;
	}
	return run.result();
}
