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
	57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199,
	0.339946499848118887e-4, 0.465236289270485756e-4, -0.983744753048795646e-4,
	0.158088703224912494e-3, -0.210264441724104883e-3, 0.217439618115212643e-3,
	-0.164318106536763890e-3, 0.844182239838527433e-4, -0.261908384015814087e-4,
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

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. */
export function lnBeta(a: number, b: number): number {
	return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
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
		(-1 / 12 +
			f * (1 / 120 + f * (-1 / 252 + f * (1 / 240 + f * (-1 / 132 + f * (691 / 32760 + f * (-1 / 12)))))));
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
		term *= ((a + k) * (b + k)) / ((c + k) * (k + 1)) * z;
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
