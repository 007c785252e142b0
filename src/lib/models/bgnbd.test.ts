import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, bgnbdObjective, bgnbdTotalLogLikelihood, fitBgnbd, type BgnbdParams } from './bgnbd';
import { groupCustomers, groupWeights } from './bgnbd-groups';
import {
	BgnbdPredictor,
	bgnbdConditionalExpected,
	bgnbdExpectedPurchases,
	bgnbdProbabilityAlive,
	bgnbdProbabilityOfPurchases
} from './bgnbd-predict';
import { syntheticOrderColumns } from '../synthetic/orders';
import { mulberry32 } from './random';
import { buildCustomerSummary } from './summary';

const PARAMS: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** Random but valid (x, t_x, T) rows on a coarse grid, so that some coincide. */
function randomRows(count: number, seed: number) {
	const random = mulberry32(seed);
	const x = new Float64Array(count);
	const tx = new Float64Array(count);
	const T = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		T[i] = 0.5 + Math.floor(random() * 40) / 2;
		x[i] = random() < 0.5 ? 0 : 1 + Math.floor(random() * 6);
		tx[i] = x[i] === 0 ? 0 : Math.ceil(random() * 2 * T[i]) / 2; // a repeat purchase takes time
	}
	return { count, x, tx, T };
}

describe('BG/NBD likelihood', () => {
	it('matches the hand-computed likelihood at r = α = a = b = 1', () => {
		const unit = { r: 1, alpha: 1, a: 1, b: 1 };
		// x = 0: L = (α/(α+T))^r = 1/2
		expect(bgnbdLogLikelihood(unit, 0, 0, 1)).toBeCloseTo(Math.log(0.5), 14);
		// x = 1, t_x = 0.5, T = 1: B(1,2)/B(1,1)·Γ(2)/Γ(1)·[1/(2)^2 + (1/1)·1/(1.5)^2] = ½(¼ + 1/2.25)
		expect(bgnbdLogLikelihood(unit, 1, 0.5, 1)).toBeCloseTo(Math.log(0.5 * (0.25 + 1 / 2.25)), 14);
	});

	it('sums the per-customer terms when computed over groups', () => {
		const rows = randomRows(500, 3);
		const groups = groupCustomers(rows);
		expect(groups.count).toBeLessThan(rows.count);
		let direct = 0;
		for (let i = 0; i < rows.count; i++) direct += bgnbdLogLikelihood(PARAMS, rows.x[i], rows.tx[i], rows.T[i]);
		expect(bgnbdTotalLogLikelihood(PARAMS, groups)).toBeCloseTo(direct, 9);
		expect(bgnbdTotalLogLikelihood(PARAMS, rows)).toBeCloseTo(direct, 9);
	});

	it('has an analytic gradient that matches central differences', () => {
		const groups = groupCustomers(randomRows(300, 5));
		const objective = bgnbdObjective(groups, groups.weight);
		for (const theta of [
			[Math.log(0.3), Math.log(5), Math.log(0.6), Math.log(2)],
			[Math.log(2), Math.log(0.5), Math.log(3), Math.log(0.4)]
		]) {
			const point = Float64Array.from(theta);
			const gradient = new Float64Array(4);
			objective(point, gradient);
			for (let i = 0; i < 4; i++) {
				const h = 1e-6;
				const up = Float64Array.from(point);
				const down = Float64Array.from(point);
				up[i] += h;
				down[i] -= h;
				const numeric = (objective(up, new Float64Array(4)) - objective(down, new Float64Array(4))) / (2 * h);
				expect(Math.abs(gradient[i] - numeric)).toBeLessThan(1e-7);
			}
		}
	});
});

describe('groupCustomers', () => {
	it('merges identical (x, t_x, T) rows and maps every row to its group', () => {
		const rows = {
			count: 5,
			x: Float64Array.of(0, 2, 0, 2, 2),
			tx: Float64Array.of(0, 3, 0, 3, 4),
			T: Float64Array.of(5, 6, 5, 6, 6)
		};
		const groups = groupCustomers(rows);
		expect(groups.count).toBe(3);
		expect(Array.from(groups.weight)).toEqual([2, 2, 1]);
		expect(Array.from(groups.rowGroup)).toEqual([0, 1, 0, 1, 2]);
		expect(Array.from(groupWeights(groups, [1, 0, 3, 2, 5]))).toEqual([4, 2, 5]);
	});

	it.each([
		[-1, 0, 1],
		[1, 2, 1],
		[1, -0.5, 1],
		[NaN, 0, 1],
		[2, 0, 1]
	])('refuses the impossible row x=%d, t_x=%d, T=%d', (x, tx, T) => {
		expect(() =>
			groupCustomers({ count: 1, x: Float64Array.of(x), tx: Float64Array.of(tx), T: Float64Array.of(T) })
		).toThrow(RangeError);
	});
});

describe('fitBgnbd', () => {
	it('treats a weight of 2 like a duplicated customer', () => {
		const rows = randomRows(400, 11);
		const groups = groupCustomers(rows);
		const doubled = groupCustomers({
			count: 800,
			x: Float64Array.from([...rows.x, ...rows.x]),
			tx: Float64Array.from([...rows.tx, ...rows.tx]),
			T: Float64Array.from([...rows.T, ...rows.T])
		});
		const weighted = fitBgnbd(groups, { weights: groups.weight.map((w) => 2 * w) });
		const duplicated = fitBgnbd(doubled);
		expect(weighted.converged && duplicated.converged).toBe(true);
		for (const key of ['r', 'alpha', 'a', 'b'] as const) {
			expect(weighted.params[key]).toBeCloseTo(duplicated.params[key], 5);
		}
		expect(weighted.logLikelihood).toBeCloseTo(duplicated.logLikelihood, 6);
		expect(weighted.customers).toBe(800);
	});
});

describe('fitBgnbd on a subsample first', () => {
	it('tries the starts on a subsample, refines on all data, and lands where a full fit does', () => {
		const { orders, customerCount, lastDay } = syntheticOrderColumns(6000, 17);
		const groups = groupCustomers(
			buildCustomerSummary(orders, customerCount, { unit: 'week', calibrationEnd: lastDay })
		);
		const full = fitBgnbd(groups, { restartSampleSize: Infinity });
		const sampled = fitBgnbd(groups, { restartSampleSize: 1000 });
		expect(full.runs.every((run) => run.customers === 6000)).toBe(true);
		expect(sampled.runs.slice(0, -1).every((run) => run.customers < 2000)).toBe(true);
		expect(sampled.runs.at(-1)!.customers).toBe(6000);
		expect(sampled.converged).toBe(true);
		for (const key of ['r', 'alpha', 'a', 'b'] as const) {
			expect(sampled.params[key]).toBeCloseTo(full.params[key], 5);
		}
		expect(sampled.logLikelihood).toBeCloseTo(full.logLikelihood, 6);
	});
});

describe('BG/NBD predictions', () => {
	it.each([0.5, 5, 39, 100])('P(X(%d) = n) sums to 1 and its mean is E[X(t)]', (t) => {
		// An independent check of the hypergeometric E[X(t)]: it must equal Σ n P(X(t) = n).
		let total = 0;
		let mean = 0;
		for (let n = 0; n < 20000; n++) {
			const probability = bgnbdProbabilityOfPurchases(PARAMS, t, n);
			expect(probability).toBeGreaterThanOrEqual(0);
			total += probability;
			mean += n * probability;
			if (n > 50 && probability < 1e-18) break;
		}
		expect(total).toBeCloseTo(1, 10);
		expect(mean).toBeCloseTo(bgnbdExpectedPurchases(PARAMS, t), 8);
	});

	it('gives P(X(0) = 0) = 1 and refuses negative or fractional counts', () => {
		expect(bgnbdProbabilityOfPurchases(PARAMS, 0, 0)).toBe(1);
		expect(bgnbdProbabilityOfPurchases(PARAMS, 0, 3)).toBe(0);
		expect(bgnbdProbabilityOfPurchases(PARAMS, 1, -1)).toBeNaN();
		expect(bgnbdProbabilityOfPurchases(PARAMS, 1, 1.5)).toBeNaN();
	});

	it('lowers P(alive) the longer a repeat buyer has been silent', () => {
		let previous = 1;
		for (const tx of [38, 30, 20, 10, 1]) {
			const alive = bgnbdProbabilityAlive(PARAMS, 3, tx, 39);
			expect(alive).toBeLessThan(previous);
			previous = alive;
		}
		// Just bought (t_x = T): alive unless they dropped out right after, odds a/(b+x−1).
		expect(bgnbdProbabilityAlive(PARAMS, 3, 39, 39)).toBeCloseTo(1 / (1 + PARAMS.a / (PARAMS.b + 2)), 14);
	});

	it('predicts like FHL eq. 10 for a customer who has just been acquired (x = 0, T = 0)', () => {
		// With no history, E[Y(t) | 0, 0, 0] is the unconditional E[X(t)].
		expect(bgnbdConditionalExpected(PARAMS, 52, 0, 0, 0)).toBeCloseTo(bgnbdExpectedPurchases(PARAMS, 52), 12);
	});

	it('batch predictor gives the same numbers as the one-off functions', () => {
		const predictor = new BgnbdPredictor(PARAMS);
		for (const [x, tx, T] of [
			[0, 0, 10],
			[4, 20, 30],
			[4, 5, 30],
			[12, 38, 39]
		]) {
			for (const t of [1, 13, 52, 520]) {
				expect(predictor.conditionalExpected(t, x, tx, T)).toBe(bgnbdConditionalExpected(PARAMS, t, x, tx, T));
			}
		}
	});
});
