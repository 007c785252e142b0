import { describe, expect, it } from 'vitest';
import { minimizeBfgs, minimizeWithRestarts, type Objective } from './optimize';

/** Extended Rosenbrock: Σ 100 (x_{2i} − x_{2i−1}²)² + (1 − x_{2i−1})², minimum 0 at (1, …, 1). */
const rosenbrock: Objective = (x, g) => {
	let f = 0;
	g.fill(0);
	for (let i = 0; i < x.length; i += 2) {
		const a = x[i + 1] - x[i] * x[i];
		const b = 1 - x[i];
		f += 100 * a * a + b * b;
		g[i] += -400 * a * x[i] - 2 * b;
		g[i + 1] += 200 * a;
	}
	return f;
};

/** Beale's function, minimum 0 at (3, 0.5). */
const beale: Objective = (v, g) => {
	const [x, y] = v;
	const t1 = 1.5 - x + x * y;
	const t2 = 2.25 - x + x * y * y;
	const t3 = 2.625 - x + x * y * y * y;
	g[0] = 2 * t1 * (y - 1) + 2 * t2 * (y * y - 1) + 2 * t3 * (y * y * y - 1);
	g[1] = 2 * t1 * x + 4 * t2 * x * y + 6 * t3 * x * y * y;
	return t1 * t1 + t2 * t2 + t3 * t3;
};

/** An ill-conditioned quadratic Σ 10^i (x_i − i)², condition number 10^5. */
const quadratic: Objective = (x, g) => {
	let f = 0;
	for (let i = 0; i < x.length; i++) {
		const d = x[i] - i;
		f += 10 ** i * d * d;
		g[i] = 2 * 10 ** i * d;
	}
	return f;
};

describe('minimizeBfgs', () => {
	it.each([
		['Rosenbrock 2-D', rosenbrock, [-1.2, 1], [1, 1]],
		['Rosenbrock 4-D', rosenbrock, [-1.2, 1, -1.2, 1], [1, 1, 1, 1]],
		['Beale', beale, [1, 1], [3, 0.5]],
		['quadratic, condition 1e5', quadratic, [10, 10, 10, 10, 10, 10], [0, 1, 2, 3, 4, 5]]
	])('%s reaches the known minimum', (_name, f, start, solution) => {
		const result = minimizeBfgs(f as Objective, start as number[], { maxStep: 1e3 });
		expect(result.converged).toBe(true);
		expect(result.reason).toBe('gradient');
		expect(result.value).toBeLessThan(1e-12);
		(solution as number[]).forEach((value, i) => expect(result.x[i]).toBeCloseTo(value, 5));
		expect(result.iterations).toBeGreaterThan(0);
		expect(result.evaluations).toBeGreaterThanOrEqual(result.iterations);
	});

	it('backs off from a region where the objective is not finite', () => {
		// f = −x − ½ ln(1.5 − x), defined only for x < 1.5, minimum at x = 1. The slope is nearly
		// constant far to the left, so quasi-Newton steps overshoot past 1.5 and must be cut back.
		let outside = 0;
		const f: Objective = (x, g) => {
			if (!(x[0] < 1.5)) {
				outside++;
				return Infinity;
			}
			g[0] = -1 + 0.5 / (1.5 - x[0]);
			return -x[0] - 0.5 * Math.log(1.5 - x[0]);
		};
		const result = minimizeBfgs(f, [-30]);
		expect(outside).toBeGreaterThan(0);
		expect(result.converged).toBe(true);
		const exact = 1;
		expect(result.x[0]).toBeCloseTo(exact, 8);
	});

	it('reports a start where f is not finite instead of iterating', () => {
		const result = minimizeBfgs(() => NaN, [0]);
		expect(result.converged).toBe(false);
		expect(result.reason).toBe('not-finite');
	});

	it('stops at maxIterations without claiming convergence', () => {
		const result = minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 });
		expect(result.reason).toBe('max-iterations');
		expect(result.converged).toBe(false);
		expect(result.iterations).toBe(3);
	});
});

describe('minimizeWithRestarts', () => {
	// Two local minima: near x = −1 (lower, because of the tilt) and near x = +1.
	const tilted: Objective = (x, g) => {
		g[0] = 4 * x[0] * (x[0] * x[0] - 1) + 0.3;
		return (x[0] * x[0] - 1) ** 2 + 0.3 * x[0];
	};

	it('keeps the lowest minimum and says the starts disagree', () => {
		const { best, runs, agree } = minimizeWithRestarts(tilted, [[1.2], [-1.2]], { maxStep: 0.5 });
		expect(runs).toHaveLength(2);
		expect(best.x[0]).toBeLessThan(0);
		expect(best.value).toBeLessThan(runs[0].value);
		expect(agree).toBe(false);
	});

	it('agrees when every start finds the same minimum', () => {
		const { best, agree } = minimizeWithRestarts(rosenbrock, [
			[-1.2, 1],
			[2, 2],
			[0, 0]
		]);
		expect(agree).toBe(true);
		expect(best.x[0]).toBeCloseTo(1, 6);
	});
});
