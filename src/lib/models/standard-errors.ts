import type { Objective } from './optimize';

/**
 * Asymptotic standard errors of maximum-likelihood estimates from the observed information.
 *
 * `objective` is the negative log-likelihood divided by `scale` (the fits minimise a mean), as a
 * function of log-parameters θ = ln(param). The Hessian is taken by finite differences of the
 * analytic gradient — forward differences from `gradient` (the gradient at θ) when given, which
 * halves the cost, else central ones; Cov(θ) = (scale · H)⁻¹ and, by the delta method,
 * SE(param) = param · SE(θ). Returns null when the Hessian is not positive definite (not at a
 * proper maximum).
 */
export function logParameterStandardErrors(
	objective: Objective,
	logParams: Float64Array,
	scale: number,
	gradient?: Float64Array,
	step = 1e-5
): number[] | null {
	const n = logParams.length;
	const hessian = new Float64Array(n * n);
	const plus = new Float64Array(n);
	const minus = new Float64Array(n);
	const point = Float64Array.from(logParams);
	for (let j = 0; j < n; j++) {
		point[j] = logParams[j] + step;
		const fPlus = objective(point, plus);
		let fMinus = 0;
		if (gradient) minus.set(gradient);
		else {
			point[j] = logParams[j] - step;
			fMinus = objective(point, minus);
		}
		point[j] = logParams[j];
		if (!Number.isFinite(fPlus) || !Number.isFinite(fMinus)) return null;
		const width = gradient ? step : 2 * step;
		for (let i = 0; i < n; i++) hessian[i * n + j] = (plus[i] - minus[i]) / width;
	}
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < i; j++) {
			const mean = 0.5 * (hessian[i * n + j] + hessian[j * n + i]);
			hessian[i * n + j] = hessian[j * n + i] = mean * scale;
		}
		hessian[i * n + i] *= scale;
	}
	const inverse = invertPositiveDefinite(hessian, n);
	if (!inverse) return null;
	return Array.from(logParams, (theta, i) => Math.exp(theta) * Math.sqrt(inverse[i * n + i]));
}

/** Inverse of a symmetric positive-definite n×n matrix (row-major) by Cholesky, or null. */
export function invertPositiveDefinite(matrix: Float64Array, n: number): Float64Array | null {
	const L = new Float64Array(n * n);
	for (let i = 0; i < n; i++) {
		for (let j = 0; j <= i; j++) {
			let sum = matrix[i * n + j];
			for (let k = 0; k < j; k++) sum -= L[i * n + k] * L[j * n + k];
			if (i === j) {
				if (!(sum > 0)) return null;
				L[i * n + i] = Math.sqrt(sum);
			} else {
				L[i * n + j] = sum / L[j * n + j];
			}
		}
	}
	// Solve L Lᵀ X = I column by column.
	const inverse = new Float64Array(n * n);
	const column = new Float64Array(n);
	for (let c = 0; c < n; c++) {
		for (let i = 0; i < n; i++) {
			let sum = i === c ? 1 : 0;
			for (let k = 0; k < i; k++) sum -= L[i * n + k] * column[k];
			column[i] = sum / L[i * n + i];
		}
		for (let i = n - 1; i >= 0; i--) {
			let sum = column[i];
			for (let k = i + 1; k < n; k++) sum -= L[k * n + i] * column[k];
			column[i] = sum / L[i * n + i];
		}
		for (let i = 0; i < n; i++) inverse[i * n + c] = column[i];
	}
	return inverse;
}
