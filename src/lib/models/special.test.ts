import { describe, expect, it } from 'vitest';
import {
	digamma,
	expm1OverX,
	hyp2f1,
	lnBeta,
	lnGamma,
	lnGammaRatio,
	logAddExp,
	logSumExp,
	regularizedBeta
} from './special';

/** |actual − expected| ≤ tolerance · max(1, |expected|). */
function expectClose(actual: number, expected: number, tolerance: number) {
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
}

// Reference values computed with mpmath 1.3.0 at 30 significant digits (loggamma, digamma, hyp2f1).
describe('lnGamma', () => {
	it.each([
		[1e-8, 18.420680738180208905],
		[0.1, 2.2527126517342059599],
		[0.5, 0.57236494292470008707],
		[0.793, 0.15887133028636520012],
		[1.5, -0.12078223763524522235],
		[2.426, 0.23400811688731612227],
		[10, 12.801827480081469611],
		[123.456, 469.60554712992946873],
		[1e6, 12815504.56914761166]
	])('lnΓ(%d) = %d', (x, expected) => {
		expectClose(lnGamma(x), expected, 2e-15);
	});

	it('is ln((n−1)!) at the integers and 0 at 1 and 2', () => {
		let factorial = 1;
		for (let n = 1; n <= 20; n++) {
			expectClose(lnGamma(n), Math.log(factorial), 2e-15);
			factorial *= n;
		}
		expect(Math.abs(lnGamma(1))).toBeLessThan(1e-15);
		expect(Math.abs(lnGamma(2))).toBeLessThan(1e-15);
	});

	it('satisfies Γ(x+1) = x Γ(x) across the range', () => {
		for (let x = 0.01; x < 300; x *= 1.37) {
			expectClose(lnGamma(x + 1) - lnGamma(x), Math.log(x), 1e-13);
		}
	});

	it.each([0, -1, -0.5, NaN])('is NaN outside its domain (%d)', (x) => {
		expect(lnGamma(x)).toBeNaN();
	});

	it('gives ln B(a, b) with B(1, b) = 1/b', () => {
		expectClose(lnBeta(1, 4), -Math.log(4), 1e-15);
		expectClose(lnBeta(0.5, 0.5), Math.log(Math.PI), 1e-15);
	});
});

/** |actual − expected| ≤ tolerance · |expected| (relative, however small expected is). */
function expectRelative(actual: number, expected: number, tolerance: number) {
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

// mpmath 1.2.1, 40 digits: loggamma(x + d) − loggamma(x), loggamma sums, betainc / quad of the density.
describe('lnGammaRatio and lnBeta for arguments of any size', () => {
	it.each([
		[1e9, 1e-8, 2.072326583644641159466e-7],
		[1e9, 1e3, 20723.2663364462447395],
		[10, 0.5, 1.138797739322294021954],
		[0.3, 1e6, 12815507.61800267923118],
		[2.5, 3, 3.673131097145797134245],
		[1e-3, 4e8, 7522790026.156981506988],
		[12.5, 1e-8, 2.485195651691338223039e-8]
	])('ln Γ(x + d) − ln Γ(x) at x = %d, d = %d to 1e−14 relative', (x, d, expected) => {
		expectRelative(lnGammaRatio(x, d), expected, 1e-14);
	});

	it('is 0 for d = 0 and NaN outside its domain', () => {
		expect(lnGammaRatio(3, 0)).toBe(0);
		expect(lnGammaRatio(0, 1)).toBeNaN();
		expect(lnGammaRatio(2, -1)).toBeNaN();
	});

	it.each([
		[1e-8, 1e9, 18.42068053094755051999],
		[1e3, 1e9, -14818.04591323706352767],
		[0.5, 0.5, 1.144729885849400174143],
		[4e8, 1e3, -13901.75593061203477576]
	])('ln B(%d, %d) to 1e−14 relative (the plain sum of three ln Γ is off by ~1e−6 at 1e9)', (a, b, expected) => {
		expectRelative(lnBeta(a, b), expected, 1e-14);
		expectRelative(lnBeta(b, a), expected, 1e-14);
	});
});

describe('regularizedBeta', () => {
	const at = (a: number, b: number, t: number, alpha: number) =>
		regularizedBeta(a, b, t / (alpha + t), alpha / (alpha + t), -Math.log1p(alpha / t), -Math.log1p(t / alpha));

	it.each([
		[50, 2.5, 3, 7, 1.175070050026926088607e-24, 'lower'],
		[3, 0.001, 1, 1e4, 3.337583744483347513951e-16, 'lower'],
		[1, 0.001, 1e-5, 1, 9.999949950333832021622e-9, 'lower'],
		[1, 0.001, 1e-5, 1, 0.9999999900000500496662, 'upper'],
		[20, 30, 30, 0.5, 3.832810733622674619062e-41, 'upper']
	] as const)(
		'I_x(%d, %d) at x = t/(α + t), t = %d, α = %d: the small side keeps its digits',
		(a, b, t, alpha, expected, side) => {
			expectRelative(at(a, b, t, alpha)[side], expected, 1e-12);
		}
	);

	it('lower + upper = 1 and I_x(1, 1) = x', () => {
		const { lower, upper } = at(1, 1, 3, 7);
		expect(lower).toBeCloseTo(0.3, 15);
		expect(lower + upper).toBeCloseTo(1, 15);
		expect(regularizedBeta(0, 1, 0.5, 0.5, Math.log(0.5), Math.log(0.5)).lower).toBeNaN();
	});
});

describe('digamma', () => {
	it.each([
		[1e-8, -100000000.57721564845],
		[0.1, -10.423754940411076795],
		[0.5, -1.9635100260214234794],
		[0.793, -0.98121430974438747246],
		[1.5, 0.036489973978576520559],
		[2.426, 0.66620791496879617878],
		[10, 2.2517525890667211076],
		[123.456, 4.8118293238289853873],
		[1e6, 13.815510057964190771]
	])('ψ(%d) = %d', (x, expected) => {
		expectClose(digamma(x), expected, 2e-15);
	});

	it('is −γ at 1 and the derivative of lnΓ', () => {
		expectClose(digamma(1), -0.5772156649015329, 1e-15);
		for (const x of [0.3, 2.7, 45]) {
			const h = 1e-5 * x;
			expectClose(digamma(x), (lnGamma(x + h) - lnGamma(x - h)) / (2 * h), 1e-8);
		}
	});
});

describe('log-sum-exp', () => {
	it('adds in log space without overflow', () => {
		expectClose(logAddExp(1000, 1000), 1000 + Math.log(2), 1e-15);
		expectClose(logAddExp(-1000, -1001), -1000 + Math.log1p(Math.exp(-1)), 1e-15);
		expect(logAddExp(-Infinity, 3)).toBe(3);
		expect(logAddExp(3, -Infinity)).toBe(3);
		expectClose(logSumExp([Math.log(1), Math.log(2), Math.log(3)]), Math.log(6), 1e-15);
		expectClose(logSumExp(new Float64Array([800, 800, 800, 900]), 3), 800 + Math.log(3), 1e-15);
		expect(logSumExp([])).toBe(-Infinity);
	});

	it('(e^u − 1)/u is continuous at 0', () => {
		expect(expm1OverX(0)).toBe(1);
		expectClose(expm1OverX(1e-7), 1 + 0.5e-7 + 1e-14 / 6, 1e-15);
		expectClose(expm1OverX(2), (Math.exp(2) - 1) / 2, 1e-14);
	});
});

describe('hyp2f1', () => {
	it.each([
		[0.243, 2.426, 2.219, 0.5, 1.2070970070440423133],
		[1.243, 0.793, 3.219, -0.9, 0.80329494987815935369],
		[2.5, 1.5, 0.7, 0.95, 56279.085830654927837],
		[0.3, -2, 1.5, -5, 5.5999999999999998076],
		[3.7, 2.1, 4.4, -20, 0.0028792089350491752762],
		[0.5, 0.5, 1.5, 0.99, 1.4780376623747747643]
	])('₂F₁(%d, %d; %d; %d) = %d (mpmath)', (a, b, c, z, expected) => {
		expectClose(hyp2f1(a, b, c, z), expected, 1e-13);
	});

	it.each([0.9, 0.3, -0.4, -3, -50])('matches closed forms at z = %d', (z) => {
		// ₂F₁(1, 1; 2; z) = −ln(1 − z)/z and ₂F₁(a, b; b; z) = (1 − z)^(−a)
		expectClose(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, 1e-14);
		expectClose(hyp2f1(0.7, 2.3, 2.3, z), Math.pow(1 - z, -0.7), 1e-14);
	});

	it('matches arcsin: ₂F₁(1/2, 1/2; 3/2; x²) = asin(x)/x', () => {
		for (const x of [0.1, 0.5, 0.9]) {
			expectClose(hyp2f1(0.5, 0.5, 1.5, x * x), Math.asin(x) / x, 1e-14);
		}
	});

	it('refuses z ≥ 1 and non-positive integer c', () => {
		expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
		expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN();
		expect(hyp2f1(1, 1, 2, 0)).toBe(1);
	});
});
