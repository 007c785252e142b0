import { describe, expect, it } from 'vitest';
import { digamma, expm1OverX, hyp2f1, lnBeta, lnGamma, logAddExp, logSumExp } from './special';

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
