import {
	minimizeBfgs,
	minimizeWithRestarts,
	type MinimizeOptions,
	type MinimizeResult,
	type Objective,
	type StopReason
} from './optimize';

/** One optimiser run from one starting point. */
export interface FitRun {
	logLikelihood: number;
	converged: boolean;
	reason: StopReason;
	iterations: number;
	/** Customers (total weight) this run saw: fewer than the fit's when it ran on a subsample. */
	customers: number;
}

/** How a maximum-likelihood fit went: enough to decide whether to trust it. */
export interface FitReport {
	/** Total log-likelihood at the estimate. */
	logLikelihood: number;
	converged: boolean;
	reason: StopReason;
	/** Iterations and objective evaluations of the final run. */
	iterations: number;
	evaluations: number;
	/** Every run: the starts (on a subsample for large data), then the final refinement if any. */
	runs: FitRun[];
	/** Whether all converged starts reached the same maximum (no competing local maximum found). */
	restartsAgree: boolean;
	/** Customers (total weight) the fit used. */
	customers: number;
}

/** Options shared by the model fits. */
export interface FitOptions extends MinimizeOptions {
	/**
	 * Above about this many customers, the starting points are tried on a random subsample of this
	 * size and only the best is refined on all the data: restarts then cost little on large data.
	 * Default 10,000; Infinity turns it off.
	 */
	restartSampleSize?: number;
	/** Seed of the subsample. */
	seed?: number;
}

export const DEFAULT_RESTART_SAMPLE_SIZE = 10_000;

/**
 * Multi-start minimisation of a mean negative log-likelihood. `objectiveFor(fraction)` gives the
 * objective on all the data (fraction 1) or on a random subsample of about that fraction, and the
 * subsample's total weight.
 */
export function fitWithRestarts(
	objectiveFor: (fraction: number) => { objective: Objective; total: number },
	starts: ArrayLike<number>[],
	options: FitOptions
): { best: MinimizeResult; report: FitReport; objective: Objective } {
	const full = objectiveFor(1);
	const sampleSize = options.restartSampleSize ?? DEFAULT_RESTART_SAMPLE_SIZE;
	const run = (result: MinimizeResult, customers: number): FitRun => ({
		logLikelihood: -result.value * customers,
		converged: result.converged,
		reason: result.reason,
		iterations: result.iterations,
		customers
	});
	let best: MinimizeResult;
	let runs: FitRun[];
	let agree: boolean;
	if (starts.length > 1 && full.total > 1.5 * sampleSize) {
		const sample = objectiveFor(sampleSize / full.total);
		const tried = minimizeWithRestarts(sample.objective, starts, options);
		// Mean objectives: the subsample's curvature is a good first guess for the full data's.
		best = minimizeBfgs(full.objective, tried.best.x, {
			...options,
			initialInverseHessian: tried.best.inverseHessian
		});
		runs = [...tried.runs.map((r) => run(r, sample.total)), run(best, full.total)];
		agree = tried.agree;
	} else {
		const tried = minimizeWithRestarts(full.objective, starts, options);
		best = tried.best;
		runs = tried.runs.map((r) => run(r, full.total));
		agree = tried.agree;
	}
	return {
		best,
		objective: full.objective,
		report: {
			logLikelihood: -best.value * full.total,
			converged: best.converged,
			reason: best.reason,
			iterations: best.iterations,
			evaluations: best.evaluations,
			runs,
			restartsAgree: agree,
			customers: full.total
		}
	};
}

/** Thins integer-valued weights binomially to about `fraction` of their total (seeded). */
export function thinWeights(weights: ArrayLike<number>, fraction: number, random: () => number): Float64Array {
	const thinned = new Float64Array(weights.length);
	for (let i = 0; i < weights.length; i++) {
		const w = weights[i];
		const whole = Math.floor(w);
		let kept = 0;
		for (let j = 0; j < whole; j++) if (random() < fraction) kept++;
		thinned[i] = kept + (w - whole) * fraction;
	}
	return thinned;
}
