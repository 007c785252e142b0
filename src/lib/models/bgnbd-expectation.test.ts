import { describe, expect, it } from 'vitest';
import { AliveExpectation, AliveExpectationTable, BetaRule } from './bgnbd-expectation';
import { digamma } from './special';

// Φ = (c/(a−1))[1 − (1+s)^(−r') ₂F₁(r', b'; c; s/(1+s))], r' = r+x, b' = b+x, c = a+b'−1, computed
// with mpmath 1.3.0 (40 digits) from that textbook form and checked against mpmath's quadrature of
// the Beta integral. a = 1 is the mean of a = 1 ± 1e−25 (the textbook form is 0/0 there).
const MPMATH: [number, number, number, number, number, number][] = [
	// r, a, b, x, s, Φ
	[0.243, 0.793, 2.426, 0, 0.3, 0.06983470612871473086],
	[0.243, 0.793, 2.426, 2, 39 / (4.414 + 38.86), 1.6873993058053130017],
	[0.243, 0.793, 2.426, 0, 78 / 4.414, 1.8605190579427686031],
	[0.243, 0.793, 2.426, 0, 100, 4.6190251921906057359],
	[0.9, 0.8, 3, 0, 365 / 60, 3.0431571071460089921],
	[0.9, 0.8, 3, 5, 0.45, 2.3453324031181454855],
	[0.9, 0.8, 3, 5, 2, 7.8384771375938953004],
	[0.9, 0.8, 3, 40, 10, 128.83353970346402402],
	[2, 1, 1, 1, 3, 3.52258872223978],
	[0.5, 0.2, 0.3, 0, 1000, 94.644951806364966524],
	[20, 1.5, 0.5, 0, 0.4, 1.5761256910330095234],
	[20, 1.5, 0.5, 0, 5, 1.8846748528179897166],
	[1.3, 3.5, 0.7, 12, 50, 6.0795249958438171111]
];

describe('AliveExpectation', () => {
	it.each(MPMATH)('r=%d a=%d b=%d x=%d at s=%d gives %d', (r, a, b, x, s, expected) => {
		const value = new AliveExpectation(r, a, b, x).at(s);
		expect(Math.abs(value - expected)).toBeLessThanOrEqual(1e-12 * expected);
	});

	it('agrees with its own quadrature across the switch points of the series', () => {
		for (const [r, a, b, x] of [
			[0.243, 0.793, 2.426, 0],
			[0.9, 0.8, 3, 7],
			[3, 0.3, 8, 1],
			[0.5, 1, 0.2, 0]
		]) {
			const phi = new AliveExpectation(r, a, b, x);
			for (const s of [0.01, 0.3, 0.5, 0.5000001, 1, 5, 18.99, 19.01, 200]) {
				const series = phi.at(s);
				const integral = phi.quadrature(s);
				expect(Math.abs(series - integral)).toBeLessThanOrEqual(1e-12 * integral);
			}
		}
	});

	it('is ln(1 + s) for r = a = b = 1 (p uniform: ∫ s/(1 + ps) dp), where the z-series terminates', () => {
		const phi = new AliveExpectation(1, 1, 1, 0);
		for (const s of [0.1, 0.7, 3, 15, 40]) expect(phi.at(s)).toBeCloseTo(Math.log1p(s), 13);
	});

	it('is continuous through a = 1, where the textbook formula is 0/0', () => {
		const at = (a: number) => new AliveExpectation(0.7, a, 2, 3).at(1.5);
		const exact = at(1);
		expect(Number.isFinite(exact)).toBe(true);
		expect(Math.abs(at(1 + 1e-9) - exact)).toBeLessThan(1e-8);
		expect(Math.abs(at(1 - 1e-9) - exact)).toBeLessThan(1e-8);
	});

	it('starts at the posterior purchase rate: Φ ≈ (r+x)·s for small s, and is 0 at s = 0', () => {
		const phi = new AliveExpectation(0.9, 0.8, 3, 4);
		expect(phi.at(0)).toBe(0);
		expect(phi.at(1e-9) / 1e-9).toBeCloseTo(4.9, 6);
	});

	it('grows with the horizon', () => {
		const phi = new AliveExpectation(0.243, 0.793, 2.426, 1);
		let previous = 0;
		for (let s = 0.05; s < 300; s *= 1.5) {
			const value = phi.at(s);
			expect(value).toBeGreaterThan(previous);
			previous = value;
		}
	});
});

describe('AliveExpectationTable', () => {
	it.each([
		[0.9228, 0.805, 3.03, 0, 365.25 / 63],
		[0.9228, 0.805, 3.03, 40, 365.25 / 63],
		[0.243, 0.793, 2.426, 2, 52 / 4.414],
		[0.5, 0.2, 0.3, 0, 300]
	])('matches the exact Φ to 1e−11 on [0, sMax] (r=%d a=%d b=%d x=%d, sMax=%d)', (r, a, b, x, sMax) => {
		const exact = new AliveExpectation(r, a, b, x);
		const table = new AliveExpectationTable(exact, sMax);
		expect(table.tabulated).toBe(true);
		for (let k = 1; k <= 500; k++) {
			const s = (sMax * k) / 500;
			const value = exact.at(s);
			expect(Math.abs(table.at(s) - value)).toBeLessThanOrEqual(1e-11 * value);
		}
	});

	it('falls back to the exact value outside its range', () => {
		const exact = new AliveExpectation(0.9, 0.8, 3, 1);
		const table = new AliveExpectationTable(exact, 2);
		expect(table.at(7)).toBe(exact.at(7));
		expect(table.at(0)).toBe(0);
		expect(new AliveExpectationTable(exact, 0).tabulated).toBe(false);
	});
});

describe('BetaRule', () => {
	const settled = (previous: number, current: number) => Math.abs(current - previous) <= 1e-13 * Math.abs(current);
	const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

	it.each([
		[1e-8, 1],
		[1e-3, 1e-3],
		[0.5, 0.5],
		[1, 1e9],
		[1e3, 1e9],
		[1e3, 1e-3],
		[2.5, 7],
		[1.0001, 19532]
	])('gives the moments of Beta(%d, %d): E[p], E[p²], E[ln p]', (A, B) => {
		const rule = new BetaRule(A, B);
		expect(
			relative(
				rule.expectation((p) => p, settled),
				A / (A + B)
			)
		).toBeLessThan(1e-11);
		const second = (A * (A + 1)) / ((A + B) * (A + B + 1));
		expect(
			relative(
				rule.expectation((p) => p * p, settled),
				second
			)
		).toBeLessThan(1e-11);
		// E[ln p] = ψ(A) − ψ(A+B) (for A ≥ 0.01: below, most of the mass is at p < 1e−308, where p is 0)
		if (A < 0.01) return;
		const logMean = digamma(A) - digamma(A + B);
		expect(
			relative(
				rule.expectation((p) => Math.log(p), settled),
				logMean
			)
		).toBeLessThan(1e-9);
	});

	it('returns NaN, never a number, when it cannot settle or its parameters are not usable', () => {
		expect(
			new BetaRule(2, 3).expectation(
				(p) => p,
				() => false
			)
		).toBeNaN();
		expect(new BetaRule(NaN, 3).expectation((p) => p, settled)).toBeNaN();
	});
});
