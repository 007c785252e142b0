import { describe, expect, it } from 'vitest';
import {
	fitGammaGamma,
	gammaGammaConditionalSpend,
	gammaGammaLogLikelihood,
	gammaGammaMeanSpend,
	gammaGammaObjective,
	selectSpendData
} from './gamma-gamma';
import { lnGamma } from './special';

const PARAMS = { p: 6.25, q: 3.74, v: 15.44 };

describe('Gamma-Gamma', () => {
	it('has the likelihood of a gamma mean spend mixed over a gamma scale', () => {
		// p = q = v = 1, x = 1, m = 1: ∫ ν e^(−ν) e^(−ν) dν = 1/4
		expect(gammaGammaLogLikelihood({ p: 1, q: 1, v: 1 }, 1, 1)).toBeCloseTo(Math.log(0.25), 14);
		// x = 2, m = 3, p = 2, q = 3, v = 4: Γ(7)/(Γ(4)Γ(3)) · 4^3 · 3^3 · 2^4 / (6 + 4)^7
		const expected = lnGamma(7) - lnGamma(4) - lnGamma(3) + Math.log(64 * 27 * 16) - 7 * Math.log(10);
		expect(gammaGammaLogLikelihood({ p: 2, q: 3, v: 4 }, 2, 3)).toBeCloseTo(expected, 12);
	});

	it('shrinks a customer mean towards the population mean, less so with more purchases', () => {
		const population = gammaGammaMeanSpend(PARAMS);
		expect(population).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
		const few = gammaGammaConditionalSpend(PARAMS, 1, 100);
		const many = gammaGammaConditionalSpend(PARAMS, 20, 100);
		expect(few).toBeGreaterThan(population);
		expect(many).toBeGreaterThan(few);
		expect(many).toBeLessThan(100);
		// p(v + x m)/(p x + q − 1) by hand for x = 2, m = 22.35 (CDNOW customer 1)
		expect(gammaGammaConditionalSpend(PARAMS, 2, 22.35)).toBeCloseTo((6.25 * (15.44 + 44.7)) / (12.5 + 2.74), 12);
	});

	it('gives the population mean to one-time buyers and to non-positive spend', () => {
		const population = gammaGammaMeanSpend(PARAMS);
		expect(gammaGammaConditionalSpend(PARAMS, 0, 0)).toBe(population);
		expect(gammaGammaConditionalSpend(PARAMS, 3, -5)).toBe(population);
		expect(gammaGammaMeanSpend({ p: 1, q: 0.9, v: 1 })).toBeNaN();
	});

	it('excludes and counts customers without repeats or with non-positive spend', () => {
		const data = selectSpendData({
			count: 5,
			x: Float64Array.of(0, 2, 3, 1, 4),
			monetary: Float64Array.of(0, 10, -4, 0, 7)
		});
		expect(Array.from(data.row)).toEqual([1, 4]);
		expect(Array.from(data.m)).toEqual([10, 7]);
		expect(data.excludedNonPositive).toBe(2);
		expect(data.withoutRepeats).toBe(1);
	});

	it('has an analytic gradient that matches central differences', () => {
		const data = selectSpendData({
			count: 6,
			x: Float64Array.of(1, 2, 2, 5, 9, 1),
			monetary: Float64Array.of(12, 30.5, 18, 44, 25, 7)
		});
		const weights = Float64Array.of(1, 2, 0, 1, 3, 1);
		const objective = gammaGammaObjective(data, weights);
		const point = Float64Array.of(Math.log(3), Math.log(2), Math.log(10));
		const gradient = new Float64Array(3);
		objective(point, gradient);
		for (let i = 0; i < 3; i++) {
			const h = 1e-6;
			const up = Float64Array.from(point);
			const down = Float64Array.from(point);
			up[i] += h;
			down[i] -= h;
			const numeric = (objective(up, new Float64Array(3)) - objective(down, new Float64Array(3))) / (2 * h);
			expect(Math.abs(gradient[i] - numeric)).toBeLessThan(1e-7);
		}
	});

	it('reports the exclusions with the fit', () => {
		const fit = fitGammaGamma({
			count: 8,
			x: Float64Array.of(1, 2, 3, 4, 2, 0, 3, 5),
			monetary: Float64Array.of(10, 20, 15, 30, 25, 0, -1, 18)
		});
		expect(fit.customers).toBe(6);
		expect(fit.excludedNonPositive).toBe(1);
		expect(fit.withoutRepeats).toBe(1);
	});
});
