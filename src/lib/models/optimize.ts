/**
 * Unconstrained minimisation by BFGS with a strong-Wolfe line search (Nocedal & Wright,
 * "Numerical Optimization", 2nd ed., algorithms 3.5, 3.6 and 6.1). The models have 3 or 4
 * parameters, so a dense inverse-Hessian approximation is cheap and converges faster than L-BFGS.
 *
 * The objective may return a non-finite value where the model is undefined (overflowing
 * parameters); the line search then treats the trial step as too long and shortens it.
 */

/** Returns f(x) and writes ∇f(x) into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface MinimizeOptions {
	/** Stop when max |∂f/∂x_i| falls below this. */
	gradientTolerance?: number;
	/** Also stop when an iteration changes f by less than this, relative to max(1, |f|). */
	functionTolerance?: number;
	maxIterations?: number;
	/** Largest change of any coordinate in one line-search trial (guards exp() of log-parameters). */
	maxStep?: number;
	/**
	 * Starting inverse-Hessian approximation (n×n, row-major), e.g. from a run on a subsample;
	 * default: the identity, rescaled after the first step.
	 */
	initialInverseHessian?: Float64Array;
}

export type StopReason =
	| 'gradient' // ‖∇f‖∞ below tolerance: converged
	| 'function' // f stalled at a small gradient: converged to working precision
	| 'stalled' // f stalled or no acceptable step while the gradient is still large
	| 'max-iterations'
	| 'not-finite'; // the start itself is not a valid point

export interface MinimizeResult {
	x: Float64Array;
	value: number;
	gradient: Float64Array;
	iterations: number;
	evaluations: number;
	converged: boolean;
	reason: StopReason;
	/** The final inverse-Hessian approximation (n×n, row-major). */
	inverseHessian: Float64Array;
}

const DEFAULTS: Required<Omit<MinimizeOptions, 'initialInverseHessian'>> = {
	gradientTolerance: 1e-8,
	functionTolerance: 1e-14,
	maxIterations: 500,
	maxStep: 4
};

/** A gradient this small, with f no longer improving, is as converged as doubles allow. */
const STALL_GRADIENT = 1e-5;

const C1 = 1e-4; // sufficient decrease
const C2 = 0.9; // curvature (loose, as usual for quasi-Newton)

function dot(a: Float64Array, b: Float64Array): number {
	let s = 0;
	for (let i = 0; i < a.length; i++) s += a[i] * b[i];
	return s;
}

function maxAbs(a: Float64Array): number {
	let m = 0;
	for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
	return m;
}

/** Minimiser of the cubic through (a, fa, ga) and (b, fb, gb), or NaN if it has none. */
function cubicMinimizer(a: number, fa: number, ga: number, b: number, fb: number, gb: number): number {
	const d1 = ga + gb - (3 * (fa - fb)) / (a - b);
	const disc = d1 * d1 - ga * gb;
	if (!(disc >= 0)) return NaN;
	const d2 = Math.sign(b - a) * Math.sqrt(disc);
	return b - ((b - a) * (gb + d2 - d1)) / (gb - ga + 2 * d2);
}

interface LineSearchState {
	step: number;
	value: number;
	found: boolean;
}

/**
 * Strong-Wolfe line search along `direction` from `x` (value f0, slope g0 < 0).
 * On return `xNew`/`gradNew` hold the accepted point (if found).
 */
function lineSearch(
	f: Objective,
	x: Float64Array,
	f0: number,
	g0: number,
	direction: Float64Array,
	initialStep: number,
	xNew: Float64Array,
	gradNew: Float64Array,
	counter: { evaluations: number }
): LineSearchState {
	const n = x.length;
	const evaluate = (step: number): { value: number; slope: number } => {
		for (let i = 0; i < n; i++) xNew[i] = x[i] + step * direction[i];
		counter.evaluations++;
		const value = f(xNew, gradNew);
		return { value, slope: dot(gradNew, direction) };
	};

	// Rounding noise of f: near the minimum, decreases smaller than this are not measurable, and
	// the slope (curvature condition) decides instead — the "approximate Wolfe" idea of Hager &
	// Zhang (2005).
	const noise = 1e-13 * Math.max(1, Math.abs(f0));
	let previous = 0;
	let fPrevious = f0;
	let gPrevious = g0;
	let step = initialStep;
	for (let i = 0; i < 40; i++) {
		const { value, slope } = evaluate(step);
		const finite = Number.isFinite(value) && Number.isFinite(slope);
		if (!finite || value > f0 + C1 * step * g0 + noise || (i > 0 && value >= fPrevious)) {
			return zoom(previous, fPrevious, gPrevious, step, finite ? value : NaN, finite ? slope : NaN);
		}
		if (Math.abs(slope) <= -C2 * g0) return { step, value, found: true };
		if (slope >= 0) return zoom(step, value, slope, previous, fPrevious, gPrevious);
		previous = step;
		fPrevious = value;
		gPrevious = slope;
		step *= 2;
	}
	return { step: previous, value: fPrevious, found: false };

	function zoom(lo: number, fLo: number, gLo: number, hi: number, fHi: number, gHi: number): LineSearchState {
		for (let j = 0; j < 30; j++) {
			const width = hi - lo;
			let trial = Number.isFinite(fHi) ? cubicMinimizer(lo, fLo, gLo, hi, fHi, gHi) : NaN;
			// Safeguard: stay well inside the bracket, bisect when interpolation is unusable.
			const inner = Math.min(lo, hi) + 0.1 * Math.abs(width);
			const outer = Math.max(lo, hi) - 0.1 * Math.abs(width);
			if (!Number.isFinite(trial) || trial < inner || trial > outer) trial = lo + 0.5 * width;
			const { value, slope } = evaluate(trial);
			const finite = Number.isFinite(value) && Number.isFinite(slope);
			if (!finite || value > f0 + C1 * trial * g0 + noise || value >= fLo + noise) {
				hi = trial;
				fHi = finite ? value : NaN;
				gHi = finite ? slope : NaN;
			} else {
				if (Math.abs(slope) <= -C2 * g0) return { step: trial, value, found: true };
				if (slope * (hi - lo) >= 0) {
					hi = lo;
					fHi = fLo;
					gHi = gLo;
				}
				lo = trial;
				fLo = value;
				gLo = slope;
			}
			// A bracket this narrow means f is flat to rounding along the direction.
			if (Math.abs(hi - lo) < 1e-10 * Math.max(Math.abs(lo), Math.abs(hi))) break;
		}
		// No Wolfe point: fall back to the best sufficient-decrease point seen, if any.
		if (lo > 0) {
			const { value } = evaluate(lo);
			return { step: lo, value, found: value < f0 };
		}
		return { step: 0, value: f0, found: false };
	}
}

/** Minimises f from x0 with BFGS. Never throws; check `converged` and `reason`. */
export function minimizeBfgs(f: Objective, x0: ArrayLike<number>, options: MinimizeOptions = {}): MinimizeResult {
	const { gradientTolerance, functionTolerance, maxIterations, maxStep } = { ...DEFAULTS, ...options };
	const n = x0.length;
	let x = Float64Array.from(x0);
	let grad = new Float64Array(n);
	let xNew = new Float64Array(n);
	let gradNew = new Float64Array(n);
	const direction = new Float64Array(n);
	const s = new Float64Array(n);
	const y = new Float64Array(n);
	const hy = new Float64Array(n);
	// Inverse Hessian approximation, row-major; starts as the identity, rescaled after step one.
	const H = new Float64Array(n * n);
	const resetH = (scale: number) => {
		H.fill(0);
		for (let i = 0; i < n; i++) H[i * n + i] = scale;
	};
	let freshH = true;
	if (options.initialInverseHessian && options.initialInverseHessian.length === n * n) {
		H.set(options.initialInverseHessian);
		freshH = false;
	} else {
		resetH(1);
	}

	const counter = { evaluations: 1 };
	let value = f(x, grad);
	const result = (iterations: number, converged: boolean, reason: StopReason): MinimizeResult => ({
		x,
		value,
		gradient: grad,
		iterations,
		evaluations: counter.evaluations,
		converged,
		reason,
		inverseHessian: H
	});
	if (!Number.isFinite(value) || !Number.isFinite(maxAbs(grad))) return result(0, false, 'not-finite');

	for (let iteration = 0; iteration < maxIterations; iteration++) {
		if (maxAbs(grad) <= gradientTolerance) return result(iteration, true, 'gradient');

		for (let i = 0; i < n; i++) {
			let d = 0;
			for (let j = 0; j < n; j++) d -= H[i * n + j] * grad[j];
			direction[i] = d;
		}
		let slope = dot(grad, direction);
		if (!(slope < 0)) {
			// H lost positive definiteness (rounding): restart from steepest descent.
			resetH(1);
			freshH = true;
			for (let i = 0; i < n; i++) direction[i] = -grad[i];
			slope = dot(grad, direction);
		}
		const longest = maxAbs(direction);
		const initialStep = longest > maxStep ? maxStep / longest : 1;

		const search = lineSearch(f, x, value, slope, direction, initialStep, xNew, gradNew, counter);
		if (!search.found) {
			// At a small gradient a failed search means f is flat to rounding: done.
			if (maxAbs(grad) <= STALL_GRADIENT) return result(iteration, true, 'function');
			if (!freshH) {
				// Retry once along steepest descent before giving up.
				resetH(1);
				freshH = true;
				iteration--;
				continue;
			}
			return result(iteration, false, 'stalled');
		}

		for (let i = 0; i < n; i++) {
			s[i] = xNew[i] - x[i];
			y[i] = gradNew[i] - grad[i];
		}
		const previousValue = value;
		[x, xNew] = [xNew, x];
		[grad, gradNew] = [gradNew, grad];
		value = search.value;

		const sy = dot(s, y);
		if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
			if (freshH) {
				resetH(sy / dot(y, y));
				freshH = false;
			}
			// H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, written out with Hy.
			const rho = 1 / sy;
			for (let i = 0; i < n; i++) {
				let t = 0;
				for (let j = 0; j < n; j++) t += H[i * n + j] * y[j];
				hy[i] = t;
			}
			const yHy = dot(y, hy);
			for (let i = 0; i < n; i++) {
				for (let j = 0; j < n; j++) {
					H[i * n + j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yHy + rho) * s[i] * s[j];
				}
			}
		}

		const change = Math.abs(previousValue - value);
		if (change <= functionTolerance * Math.max(1, Math.abs(value))) {
			if (maxAbs(grad) <= gradientTolerance) return result(iteration + 1, true, 'gradient');
			const small = maxAbs(grad) <= STALL_GRADIENT;
			return result(iteration + 1, small, small ? 'function' : 'stalled');
		}
	}
	return result(maxIterations, maxAbs(grad) <= gradientTolerance, 'max-iterations');
}

export interface MultiStartResult {
	/** The run with the lowest value among those that converged (else the lowest overall). */
	best: MinimizeResult;
	runs: MinimizeResult[];
	/**
	 * Whether every converged run reached the same minimum value (within `agreementTolerance`
	 * relative) — a check that the best is not one of several local minima.
	 */
	agree: boolean;
}

/** Runs BFGS from each start and keeps the best run. */
export function minimizeWithRestarts(
	f: Objective,
	starts: ArrayLike<number>[],
	options: MinimizeOptions = {},
	agreementTolerance = 1e-7
): MultiStartResult {
	if (starts.length === 0) throw new RangeError('minimizeWithRestarts needs at least one start');
	const runs = starts.map((start) => minimizeBfgs(f, start, options));
	const better = (a: MinimizeResult, b: MinimizeResult) => {
		if (a.converged !== b.converged) return a.converged;
		if (!Number.isFinite(b.value)) return Number.isFinite(a.value);
		// Values equal to rounding: prefer the run that met the gradient test outright.
		if (Math.abs(a.value - b.value) <= 1e-12 * Math.max(1, Math.abs(b.value))) {
			return a.reason === 'gradient' && b.reason !== 'gradient';
		}
		return a.value < b.value;
	};
	let best = runs[0];
	for (const run of runs) if (better(run, best)) best = run;
	const agree = runs
		.filter((run) => run.converged)
		.every((run) => Math.abs(run.value - best.value) <= agreementTolerance * Math.max(1, Math.abs(best.value)));
	return { best, runs, agree };
}
