/**
 * Special functions for the customer-base models, in plain double precision.
 *
 * Domains are those the models need (positive real arguments; the hypergeometric function for
 * real parameters and real z < 1). Outside its domain a function returns NaN rather than throwing,
 * so that an optimiser probing a bad region sees "not finite" and backs off.
 */

// Lanczos approximation with g = 671/128 and 14 terms (Numerical Recipes, 3rd ed., §6.1):
// relative error below 1e-15 for x > 0 except near the zeros of lnΓ (x = 1, 2), where the
// error is absolute (~1e-15) instead.
const LANCZOS_G = 5.2421875;
const LANCZOS = [
	57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199, 0.339946499848118887e-4,
	0.465236289270485756e-4, -0.983744753048795646e-4, 0.158088703224912494e-3, -0.210264441724104883e-3,
	0.217439618115212643e-3, -0.16431810653676389e-3, 0.844182239838527433e-4, -0.261908384015814087e-4,
	0.368991826595316234e-5
];
const SQRT_2PI = 2.5066282746310005;

/** ln Γ(x) for x > 0 (NaN otherwise). */
export function lnGamma(x: number): number {
	if (!(x > 0) || x === Infinity) return x === Infinity ? Infinity : NaN;
	let y = x;
	let series = 0.999999999999997092;
	for (let j = 0; j < 14; j++) series += LANCZOS[j] / ++y;
	const tmp = x + LANCZOS_G;
	return (x + 0.5) * Math.log(tmp) - tmp + Math.log((SQRT_2PI * series) / x);
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0, as ln Γ(min) − [ln Γ(max + min) − ln Γ(max)]:
 * the bracket comes from `lnGammaRatio`, so B(1e−8, 1e9) keeps its digits (the three ln Γ are ~2e10 there,
 * and their plain sum would be wrong by ~1e−6).
 */
export function lnBeta(a: number, b: number): number {
	if (!(a > 0 && b > 0)) return NaN;
	const small = Math.min(a, b);
	return lnGamma(small) - lnGammaRatio(Math.max(a, b), small);
}

/** B_2k / (2k(2k−1)), k = 1…7: the Stirling series ln Γ(z) = (z − ½) ln z − z + ½ ln 2π + Σ c_k / z^(2k−1). */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156];

/**
 * ln Γ(x + d) − ln Γ(x) for x > 0, d ≥ 0, to a few ulps of the result even when x is huge (ln Γ(1e9)
 * ≈ 2e10 has an absolute error of ~1e−6, so the plain difference would not do) or d tiny. For x ≥ 10
 * it is the difference of the Stirling series (truncation error < 1e−17), arranged without cancellation:
 *   (x − ½) ln(1 + d/x) + d (ln(x + d) − 1) + Σ c_k x^(1−2k) (e^(−(2k−1) ln(1 + d/x)) − 1);
 * below 10, x is first moved up by the recurrence Γ(y + 1) = y Γ(y).
 */
export function lnGammaRatio(x: number, d: number): number {
	if (!(x > 0 && d >= 0)) return NaN;
	if (d === 0) return 0;
	if (d === Infinity) return Infinity;
	if (x < 10) {
		// Γ(x+d)/Γ(x) = Γ(x+k+d)/Γ(x+k) · Π_{j<k} (x+j)/(x+j+d)
		let shift = 0;
		let y = x;
		for (; y < 10; y++) shift -= Math.log1p(d / y);
		return lnGammaRatio(y, d) + shift;
	}
	const growth = Math.log1p(d / x);
	let remainder = 0;
	let power = 1 / x;
	const inverseSquare = 1 / (x * x);
	for (let k = 0; k < STIRLING.length; k++) {
		remainder += STIRLING[k] * power * Math.expm1(-(2 * k + 1) * growth);
		power *= inverseSquare;
	}
	return (x - 0.5) * growth + d * (Math.log(x + d) - 1) + remainder;
}

const BETA_MAX_ITERATIONS = 1_000_000;

/**
 * The regularised incomplete beta function and its complement, I_x(a, b) and 1 − I_x(a, b), for
 * a, b > 0 and 0 < x < 1 given as x, y = 1 − x, ln x and ln y (so callers can pass them without
 * rounding 1 − x). The continued fraction (Numerical Recipes §6.4, modified Lentz) is summed for the
 * side on which it converges fast, I_x(a, b) when x < (a+1)/(a+b+2), else I_y(b, a); that side keeps
 * full relative accuracy however small it is, the other is 1 minus it. NaN if it does not converge.
 */
export function regularizedBeta(
	a: number,
	b: number,
	x: number,
	y: number,
	lnX: number,
	lnY: number
): { lower: number; upper: number } {
	if (!(a > 0 && b > 0 && x > 0 && y > 0)) return { lower: NaN, upper: NaN };
	const front = (p: number, q: number, lnP: number, lnQ: number) => Math.exp(p * lnP + q * lnQ - lnBeta(p, q)) / p;
	if (x < (a + 1) / (a + b + 2)) {
		const lower = front(a, b, lnX, lnY) * betaContinuedFraction(a, b, x);
		return { lower, upper: 1 - lower };
	}
	const upper = front(b, a, lnY, lnX) * betaContinuedFraction(b, a, y);
	return { lower: 1 - upper, upper };
}

function betaContinuedFraction(a: number, b: number, x: number): number {
	const TINY = 1e-300;
	const sum = a + b;
	let c = 1;
	let d = 1 - (sum * x) / (a + 1);
	if (Math.abs(d) < TINY) d = TINY;
	d = 1 / d;
	let result = d;
	for (let m = 1; m <= BETA_MAX_ITERATIONS; m++) {
		const m2 = 2 * m;
		let step = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
		d = 1 + step * d;
		if (Math.abs(d) < TINY) d = TINY;
		c = 1 + step / c;
		if (Math.abs(c) < TINY) c = TINY;
		d = 1 / d;
		result *= d * c;
		step = (-(a + m) * (sum + m) * x) / ((a + m2) * (a + 1 + m2));
		d = 1 + step * d;
		if (Math.abs(d) < TINY) d = TINY;
		c = 1 + step / c;
		if (Math.abs(c) < TINY) c = TINY;
		d = 1 / d;
		const factor = d * c;
		result *= factor;
		if (Math.abs(factor - 1) <= 1e-16) return result;
	}
	return NaN;
}

/**
 * Digamma ψ(x) = d ln Γ(x) / dx for x > 0: upward recurrence to x ≥ 10, then the asymptotic
 * series. Absolute error ~1e-15 (relative near the root x ≈ 1.4616 is necessarily worse).
 */
export function digamma(x: number): number {
	if (!(x > 0)) return NaN;
	if (x === Infinity) return Infinity;
	let result = 0;
	while (x < 10) {
		result -= 1 / x;
		x += 1;
	}
	const f = 1 / (x * x);
	// −Σ B_2n / (2n x^2n), n = 1..7
	const tail =
		f *
		(-1 / 12 + f * (1 / 120 + f * (-1 / 252 + f * (1 / 240 + f * (-1 / 132 + f * (691 / 32760 + f * (-1 / 12)))))));
	return result + Math.log(x) - 0.5 / x + tail;
}

/** ln(e^a + e^b) without overflow or needless underflow. */
export function logAddExp(a: number, b: number): number {
	if (a === -Infinity) return b;
	if (b === -Infinity) return a;
	return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** ln Σ e^(v_i) over the first `length` values (all of them by default). */
export function logSumExp(values: ArrayLike<number>, length = values.length): number {
	let max = -Infinity;
	for (let i = 0; i < length; i++) if (values[i] > max) max = values[i];
	if (max === -Infinity || !Number.isFinite(max)) return max;
	let sum = 0;
	for (let i = 0; i < length; i++) sum += Math.exp(values[i] - max);
	return max + Math.log(sum);
}

/** (e^u − 1) / u, continuous at u = 0. */
export function expm1OverX(u: number): number {
	return u === 0 ? 1 : Math.abs(u) < 1e-5 ? 1 + u / 2 + (u * u) / 6 : Math.expm1(u) / u;
}

const SERIES_EPSILON = 1e-17;

/**
 * Power series Σ_k (a)_k (b)_k / ((c)_k k!) z^k, summed until the terms are negligible and shrinking.
 * Returns NaN if it has not converged within maxTerms.
 */
function hypergeometricSeries(a: number, b: number, c: number, z: number, maxTerms: number): number {
	let term = 1;
	let sum = 1;
	// Beyond this k the ratio of successive terms is below 1 in size and tends to |z|.
	const settled = Math.abs(a) + Math.abs(b) + Math.abs(c) + 2;
	for (let k = 0; k < maxTerms; k++) {
		term *= (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
		sum += term;
		if (term === 0) return sum; // terminating series (a or b a non-positive integer)
		if (k > settled && Math.abs(term) <= SERIES_EPSILON * Math.abs(sum)) return sum;
	}
	return NaN;
}

/**
 * Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and real z < 1.
 *
 * Uses the defining series in z or, when that is smaller in size, Pfaff's transformation
 * ₂F₁(a, b; c; z) = (1 − z)^(−a) ₂F₁(a, c − b; c; z / (z − 1)), so the series variable is at most
 * 1/2 for z ≤ 1/2 and z/(z−1) ∈ (1/2, 1) for z < −1. For z close to 1 the series needs about
 * 37 / −ln|z| terms; it gives up (NaN) after maxTerms. The BG/NBD predictions do not rely on this
 * general routine near z = 1 (see bgnbd-expectation.ts).
 */
export function hyp2f1(a: number, b: number, c: number, z: number, maxTerms = 1_000_000): number {
	if (!(z < 1) || Number.isNaN(a + b + c)) return NaN;
	if (c <= 0 && Number.isInteger(c)) return NaN;
	if (z === 0) return 1;
	const w = z / (z - 1);
	if (Math.abs(w) < Math.abs(z)) {
		// Pick the Pfaff form that keeps a terminating parameter terminating.
		if (b <= 0 && Number.isInteger(b) && !(a <= 0 && Number.isInteger(a))) {
			return Math.pow(1 - z, -b) * hypergeometricSeries(b, c - a, c, w, maxTerms);
		}
		return Math.pow(1 - z, -a) * hypergeometricSeries(a, c - b, c, w, maxTerms);
	}
	return hypergeometricSeries(a, b, c, z, maxTerms);
}
