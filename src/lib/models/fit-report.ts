import type { MultiStartResult, StopReason } from './optimize';

/** One optimiser run from one starting point. */
export interface FitRun {
	logLikelihood: number;
	converged: boolean;
	reason: StopReason;
	iterations: number;
}

/** How a maximum-likelihood fit went: enough to decide whether to trust it. */
export interface FitReport {
	/** Total log-likelihood at the estimate. */
	logLikelihood: number;
	converged: boolean;
	reason: StopReason;
	/** Iterations and objective evaluations of the best run. */
	iterations: number;
	evaluations: number;
	/** Every run, best or not. */
	runs: FitRun[];
	/** Whether all converged runs reached the same maximum (no competing local maximum found). */
	restartsAgree: boolean;
	/** Customers (total weight) the fit used. */
	customers: number;
}

/** The report of a multi-start minimisation of (−log-likelihood / scale). */
export function fitReport(result: MultiStartResult, scale: number): FitReport {
	const { best, runs, agree } = result;
	return {
		logLikelihood: -best.value * scale,
		converged: best.converged,
		reason: best.reason,
		iterations: best.iterations,
		evaluations: best.evaluations,
		runs: runs.map((run) => ({
			logLikelihood: -run.value * scale,
			converged: run.converged,
			reason: run.reason,
			iterations: run.iterations
		})),
		restartsAgree: agree,
		customers: scale
	};
}
