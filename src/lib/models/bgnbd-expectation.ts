/**
 * Expected number of purchases in the next t of a BG/NBD customer who is alive now, after x repeat
 * purchases observed over T — the hypergeometric part of FHL 2005 eq. (9) and (10):
 *
 *   Φ = (c / (a−1)) · [1 − ((α+T)/(α+T+t))^r' · ₂F₁(r', b'; c; t/(α+T+t))],
 *   r' = r + x, b' = b + x, c = a + b' − 1.
 *
 * Equivalently Φ = E[(1/p)(1 − (1 + p·s)^(−r'))] with p ~ Beta(a, b') and s = t/(α+T): it depends
 * on t and T only through s. The textbook form divides by a − 1 (0/0 at a = 1) and loses digits as
 * t/(α+T+t) → 1; this module evaluates Φ without either problem:
 *
 *  A. s ≤ 1/2: Pfaff's transformation turns the bracket into ₂F₁(r', a−1; c; −s) whose series has
 *     the factor (a − 1) in every term, so it cancels exactly:
 *       Φ = Σ_{k≥1} u_k (−1)^(k+1) s^k,  u_k = (r')_k (a)_{k−1} / ((a+b')_{k−1} k!).
 *  B. z = s/(1+s) ≤ 0.95: the other Pfaff form, with L = ln(1+s) and (e^u − 1)/u evaluated stably:
 *       Φ = c·L·(e^((1−a)L) − 1)/((1−a)L) − (1+s)^(1−a) Σ_{k≥1} v_k z^k,
 *       v_k = (c − r')_k (a)_{k−1} / ((a+b')_{k−1} k!).
 *  C. beyond that, or where a series cancels badly: tanh-sinh quadrature of the Beta integral
 *     (positive integrand, endpoint singularities handled by the double-exponential map).
 *
 * The series coefficients depend on x but not on t or T, so one AliveExpectation per x serves all
 * customers with that x and every horizon; coefficients are computed once, on demand.
 */
import { expm1OverX, lnBeta } from './special';

const EPSILON = 1e-16;
/** Accept a series only if its largest term is at most this multiple of the result. */
const MAX_CANCELLATION = 1e3;
const MAX_TERMS = 4000;
const SERIES_A_LIMIT = 0.5;
const SERIES_B_LIMIT = 0.95;

/** Coefficients c_1, c_2, … of a series, each from the previous, computed once and kept. */
class Coefficients {
	/** values[k − 1] = c_k for k ≤ length. */
	values = new Float64Array(256);
	length = 0;
	constructor(
		private readonly first: number,
		private readonly next: (previous: number, k: number) => number
	) {}

	/** Makes sure c_1 … c_(n+1) are in `values` (which may be replaced by a larger array). */
	ensure(n: number): Float64Array {
		n += 1; // one more, for the shrinking test at the last term
		if (n > this.values.length) {
			const grown = new Float64Array(Math.max(n, 2 * this.values.length));
			grown.set(this.values.subarray(0, this.length));
			this.values = grown;
		}
		for (let k = this.length; k < n; k++) {
			this.values[k] = k === 0 ? this.first : this.next(this.values[k - 1], k);
		}
		if (n > this.length) this.length = n;
		return this.values;
	}
}

export class AliveExpectation {
	private readonly rx: number;
	private readonly bx: number;
	private readonly c: number;
	private readonly seriesA: Coefficients;
	private readonly seriesB: Coefficients;
	private lnB = NaN;

	/** For BG/NBD parameters r, a, b and a customer with x repeat purchases (x = 0: a new customer). */
	constructor(
		r: number,
		private readonly a: number,
		b: number,
		x: number
	) {
		const rx = (this.rx = r + x);
		const bx = (this.bx = b + x);
		const c = (this.c = a + bx - 1);
		// u_{k+1} / u_k = (r'+k)(a+k−1) / ((a+b'+k−1)(k+1)); v likewise with c − r' for r'.
		this.seriesA = new Coefficients(rx, (u, k) => (u * (rx + k) * (a + k - 1)) / ((a + bx + k - 1) * (k + 1)));
		this.seriesB = new Coefficients(c - rx, (v, k) => (v * (c - rx + k) * (a + k - 1)) / ((a + bx + k - 1) * (k + 1)));
	}

	/** Φ at s = t / (α + T): expected purchases in the next t while alive. */
	at(s: number): number {
		if (!(s > 0)) return s === 0 ? 0 : NaN;
		if (s === Infinity) return NaN;
		let value = NaN;
		if (s <= SERIES_A_LIMIT) value = this.seriesInS(s);
		else if (s / (1 + s) <= SERIES_B_LIMIT) value = this.seriesInZ(s);
		return Number.isNaN(value) ? this.quadrature(s) : value;
	}

	/** Form A; NaN if it cancels too much or does not converge. */
	private seriesInS(s: number): number {
		let sum = 0;
		let power = 1;
		let largest = 0;
		let available = 64;
		let c = this.seriesA.ensure(available);
		for (let k = 1; k <= MAX_TERMS; k++) {
			if (k > available) c = this.seriesA.ensure((available *= 2));
			power *= s;
			const term = c[k - 1] * power;
			sum += k % 2 === 1 ? term : -term;
			if (term > largest) largest = term;
			// Done once terms are negligible and still shrinking.
			if (term <= EPSILON * Math.abs(sum) && c[k] * s < c[k - 1]) {
				return largest <= MAX_CANCELLATION * Math.abs(sum) ? sum : NaN;
			}
		}
		return NaN;
	}

	/** Form B; NaN if it cancels too much or does not converge. */
	private seriesInZ(s: number): number {
		const z = s / (1 + s);
		let sum = 0;
		let power = 1;
		let largest = 0;
		let available = 128;
		let c = this.seriesB.ensure(available);
		for (let k = 1; k <= MAX_TERMS; k++) {
			if (k > available) c = this.seriesB.ensure((available *= 2));
			power *= z;
			const term = c[k - 1] * power;
			sum += term;
			const size = Math.abs(term);
			if (size > largest) largest = size;
			// Done once terms are negligible and still shrinking (or the series has terminated).
			const shrinking = c[k] === 0 || Math.abs(c[k] * z) < Math.abs(c[k - 1]);
			if (size <= EPSILON * Math.abs(sum) && shrinking) {
				const logOnePlusS = Math.log1p(s);
				const first = this.c * logOnePlusS * expm1OverX((1 - this.a) * logOnePlusS);
				const scale = Math.exp((1 - this.a) * logOnePlusS);
				const value = first - scale * sum;
				const magnitude = Math.max(Math.abs(first), scale * largest);
				return magnitude <= MAX_CANCELLATION * Math.abs(value) ? value : NaN;
			}
		}
		return NaN;
	}

	/**
	 * Form C: Φ = ∫₀¹ p^(a−1) (1−p)^(b'−1) h(p) dp / B(a, b'), h(p) = (1 − (1+ps)^(−r'))/p, by the
	 * tanh-sinh rule p = 1/(1 + e^(−π sinh τ)), halving the step until the sum settles.
	 */
	quadrature(s: number): number {
		if (Number.isNaN(this.lnB)) this.lnB = lnBeta(this.a, this.bx);
		const { a, bx, rx, lnB } = this;
		const integrand = (tau: number): number => {
			const u = Math.PI * Math.sinh(tau);
			// ln p and ln(1 − p) without forming 1 − p
			const lnP = -softplus(-u);
			const lnQ = -softplus(u);
			const p = Math.exp(lnP);
			const ps = p * s;
			const h = ps < 1e-9 ? rx * s * (1 - ((rx + 1) * ps) / 2) : -Math.expm1(-rx * Math.log1p(ps)) / p;
			return Math.exp(a * lnP + bx * lnQ - lnB) * h * Math.PI * Math.cosh(tau);
		};
		const LIMIT = 8; // |τ| beyond this: p or 1 − p below e^(−4000), nothing left
		let step = 0.5;
		let sum = integrand(0);
		for (let k = 1; k * step <= LIMIT; k++) sum += integrand(k * step) + integrand(-k * step);
		let estimate = sum * step;
		for (let level = 0; level < 7; level++) {
			// Add the midpoints of the current grid.
			for (let tau = step / 2; tau <= LIMIT; tau += step) sum += integrand(tau) + integrand(-tau);
			step /= 2;
			const refined = sum * step;
			if (Math.abs(refined - estimate) <= 1e-14 * Math.abs(refined)) return refined;
			estimate = refined;
		}
		return estimate;
	}
}

function softplus(v: number): number {
	return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
}

/** ζ = (√(1+s) − 1)/(√(1+s) + 1): maps s ∈ [0, ∞), where Φ is analytic, onto [0, 1). */
function zetaOf(s: number): number {
	const root = Math.sqrt(1 + s);
	return s / ((1 + root) * (1 + root));
}

const TABLE_SIZES = [16, 32, 64, 128];
const TABLE_TOLERANCE = 1e-13;

/**
 * Φ for one x on s ∈ [0, sMax] by a Chebyshev interpolant in ζ, for evaluating it at many points
 * (CLV steps × customers): ~30 multiply-adds instead of a series of hundreds of terms. In ζ the
 * nearest singularities of Φ (the branch cut s ≤ −1 and s = ∞) lie on the unit circle, so on
 * [0, ζ(sMax)] the coefficients fall geometrically. The degree doubles until the last coefficients
 * are below 1e−13 of the largest, then two off-node points are checked against the exact value;
 * if either step fails the table is not used and `at` falls back to the exact evaluation.
 */
export class AliveExpectationTable {
	private readonly coefficients: Float64Array | null;
	private readonly zetaMax: number;

	constructor(
		private readonly exact: AliveExpectation,
		private readonly sMax: number
	) {
		this.zetaMax = zetaOf(sMax);
		this.coefficients = sMax > 0 && Number.isFinite(sMax) ? this.build() : null;
	}

	get tabulated(): boolean {
		return this.coefficients !== null;
	}

	private build(): Float64Array | null {
		for (const n of TABLE_SIZES) {
			const values = new Float64Array(n);
			for (let j = 0; j < n; j++) {
				const u = Math.cos((Math.PI * (j + 0.5)) / n);
				const zeta = ((u + 1) / 2) * this.zetaMax;
				const root = (1 + zeta) / (1 - zeta); // √(1+s) for this ζ
				values[j] = this.exact.at(root * root - 1);
			}
			const coefficients = new Float64Array(n);
			let largest = 0;
			for (let k = 0; k < n; k++) {
				let sum = 0;
				for (let j = 0; j < n; j++) sum += values[j] * Math.cos((Math.PI * k * (j + 0.5)) / n);
				coefficients[k] = ((k === 0 ? 1 : 2) / n) * sum;
				largest = Math.max(largest, Math.abs(coefficients[k]));
			}
			if (!Number.isFinite(largest)) return null;
			const tail = Math.max(Math.abs(coefficients[n - 1]), Math.abs(coefficients[n - 2]), Math.abs(coefficients[n - 3]));
			if (tail > TABLE_TOLERANCE * largest) continue;
			let length = n;
			while (length > 1 && Math.abs(coefficients[length - 1]) <= 1e-17 * largest) length--;
			const table = coefficients.slice(0, length);
			return this.verified(table) ? table : null;
		}
		return null;
	}

	private verified(table: Float64Array): boolean {
		for (const fraction of [0.37, 0.91]) {
			const zeta = fraction * this.zetaMax;
			const root = (1 + zeta) / (1 - zeta);
			const s = root * root - 1;
			const exact = this.exact.at(s);
			if (!(Math.abs(this.clenshaw(table, zeta) - exact) <= 1e-12 * Math.abs(exact))) return false;
		}
		return true;
	}

	private clenshaw(table: Float64Array, zeta: number): number {
		const u = (2 * zeta) / this.zetaMax - 1;
		const twoU = 2 * u;
		let next = 0;
		let current = 0;
		for (let k = table.length - 1; k >= 1; k--) {
			const previous = current;
			current = twoU * current - next + table[k];
			next = previous;
		}
		return u * current - next + table[0];
	}

	/** Φ at s: from the table inside [0, sMax], else exactly. */
	at(s: number): number {
		if (this.coefficients === null || !(s > 0 && s <= this.sMax)) return this.exact.at(s);
		return this.clenshaw(this.coefficients, zetaOf(s));
	}
}
