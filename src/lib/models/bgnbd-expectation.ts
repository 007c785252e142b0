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
 *  C. beyond that, or where a series cancels badly (large r's; c ≈ b' ≫ r' when b is huge): the Beta
 *     integral by a trapezoid rule in logit p centred on the mode and scaled to the width of the Beta
 *     density (`BetaRule`), after taking out h(0) = r's exactly when a < 1 (the mass then piles up at
 *     p → 0 in a tail of length ~1/a in logit p). Accurate to ~1e−12 for a from 1e−8 to 1e3, b up to
 *     1e9, any r, x and s (checked against mpmath in bgnbd-reference.test.ts); NaN, never a wrong
 *     number, if it does not converge.
 *
 * The series coefficients depend on x but not on t or T, so one AliveExpectation per x serves all
 * customers with that x and every horizon; coefficients are computed once, on demand.
 */
import { expm1OverX } from './special';

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
	/** Quadrature rules for Beta(a+1, b') and Beta(a, b'), made when first needed. */
	private shifted?: BetaRule;
	private direct?: BetaRule;

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
		this.seriesB = new Coefficients(
			c - rx,
			(v, k) => (v * (c - rx + k) * (a + k - 1)) / ((a + bx + k - 1) * (k + 1))
		);
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

	/** Form A; NaN if it cancels too much or does not converge. (Public for the tests of each path.) */
	seriesInS(s: number): number {
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

	/** Form B; NaN if it cancels too much or does not converge. (Public for the tests of each path.) */
	seriesInZ(s: number): number {
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
	 * Form C, the Beta integral Φ = E[h(p)], h(p) = (1 − (1+ps)^(−r'))/p, p ~ Beta(a, b'), by the
	 * trapezoid rule of `BetaRule`. For a < 1 (mass piled up at p = 0, in a tail ~e^(a·logit p) that
	 * reaches p ~ e^(−1/a)) it first takes out h(0) = r's exactly:
	 *   Φ = r's − a/(a+b') · E_{Beta(a+1, b')}[g(p)],  g(p) = (h(0) − h(p))/p ≥ 0,
	 * under a measure with no pile-up; that loses no digits while Φ ≥ r's/1000 (most of the mass has
	 * ps ≪ 1, always so for tiny a), otherwise Φ is integrated directly. NaN if the rule has not
	 * converged (it always has on the reference grid); never an unconverged number.
	 */
	quadrature(s: number): number {
		if (!(s > 0) || s === Infinity) return s === 0 ? 0 : NaN;
		const { a, bx, rx } = this;
		const h0 = rx * s;
		if (a === 0) return h0;
		if (a < 1) {
			const share = a / (a + bx);
			this.shifted ??= new BetaRule(a + 1, bx);
			const mean = this.shifted.expectation(
				(p) => bendOf(p, s, rx),
				(previous, current) => {
					const phi = h0 - share * current;
					// Stop early, too, once it is clear that the subtraction would cancel.
					return phi < CANCELLED * h0 || share * Math.abs(current - previous) <= QUADRATURE_TOLERANCE * phi;
				}
			);
			const phi = h0 - share * mean;
			if (phi >= CANCELLED * h0) return phi;
		}
		this.direct ??= new BetaRule(a, bx);
		return this.direct.expectation(
			(p) => (p < 1e-290 ? h0 : -Math.expm1(-rx * Math.log1p(p * s)) / p),
			(previous, current) => Math.abs(current - previous) <= QUADRATURE_TOLERANCE * Math.abs(current)
		);
	}
}

/** g(p) = (h(0) − h(p))/p = s² G(q)/q², q = ps, G(q) = r'q − 1 + (1+q)^(−r') ≥ 0, without cancellation. */
function bendOf(p: number, s: number, rx: number): number {
	const q = p * s;
	if (q * (rx + 2) > 0.1) return (rx * q + Math.expm1(-rx * Math.log1p(q))) / (p * p);
	// G(q)/q² = Σ_{k≥2} (−1)^k (r')_k q^(k−2) / k!: terms shrink at least 10-fold each.
	let term = (rx * (rx + 1)) / 2;
	let sum = term;
	for (let k = 2; Math.abs(term) > 1e-17 * sum; k++) {
		term *= (-(rx + k) * q) / (k + 1);
		sum += term;
	}
	return s * s * sum;
}

const QUADRATURE_TOLERANCE = 1e-11;
/** The subtracted form is used while Φ ≥ this share of r's (at most 3 digits cancel). */
const CANCELLED = 1e-3;
const FIRST_STEP = 0.5;
const MIN_LEVEL = 2;
const MAX_LEVEL = 10;
/** Nodes whose weight is below e^(−TAIL) of the largest are left out (once the weight only falls further). */
const TAIL = 80;
const MAX_HALF_WIDTH = 400;

/**
 * Trapezoid rule for E[f(p)], p ~ Beta(A, B), in the logit x = ln(p/(1−p)), where the density
 * ∝ e^(Ax)/(1+e^x)^(A+B) is log-concave with tails e^(Ax) (left) and e^(−Bx) (right). With
 * A' = max(A, 1), B' = max(B, 1): x = ln(A'/B') + σ·sinh τ, σ = √(1/A' + 1/B') — centred on the mode
 * and scaled to its width when A, B ≥ 1 (so b' = 1e9, where p ~ 1e−9, or a = 1e3, where the peak is
 * narrow, are resolved), on the shoulder where the flat tail of a small A or B ends otherwise; the
 * sinh reaches tails of length ~80/A in a few dozen steps of τ. The range of τ is fixed once, where
 * the weight has fallen below e^(−80) of the largest and can only fall further. Each level halves the
 * step (nodes kept); the rule is self-normalised, Σ w f(p)/Σ w, so ln B(A, B) is never needed. A
 * function analytic near the real axis converges geometrically; `expectation` stops when `settled`
 * accepts two successive levels (step ≤ 1/8) and returns NaN after step 1/2048.
 */
export class BetaRule {
	private readonly centre: number;
	private readonly scale: number;
	/** τ runs over [first, last] · FIRST_STEP. */
	private readonly first: number;
	private readonly last: number;
	private readonly top: number;
	private readonly levels: { p: Float64Array; weight: Float64Array }[] = [];

	constructor(
		private readonly A: number,
		private readonly B: number
	) {
		const a1 = Math.max(A, 1);
		const b1 = Math.max(B, 1);
		this.centre = Math.log(a1 / b1);
		this.scale = Math.sqrt(1 / a1 + 1 / b1);
		let top = this.logWeight(0);
		let last = 0;
		let first = 0;
		for (let k = 1; k <= MAX_HALF_WIDTH; k++) {
			const tau = k * FIRST_STEP;
			const value = this.logWeight(tau);
			top = Math.max(top, value);
			last = k;
			if (value < top - TAIL && this.slope(tau) < -1) break;
		}
		for (let k = 1; k <= MAX_HALF_WIDTH; k++) {
			const tau = -k * FIRST_STEP;
			const value = this.logWeight(tau);
			top = Math.max(top, value);
			first = -k;
			if (value < top - TAIL && this.slope(tau) > 1) break;
		}
		this.top = top;
		// A range that hit the cap (or a NaN parameter) has not found the ends of the tails.
		const found = last < MAX_HALF_WIDTH && first > -MAX_HALF_WIDTH && Number.isFinite(top);
		this.first = found ? first : NaN;
		this.last = found ? last : NaN;
	}

	/** ln of the density of x at x(τ), up to a constant, plus ln dx/dτ. */
	private logWeight(tau: number): number {
		const x = this.centre + this.scale * Math.sinh(tau);
		const { A, B } = this;
		// A x − (A+B) ln(1 + e^x), arranged so that neither side cancels
		const logDensity =
			x <= 0 ? A * x - (A + B) * Math.log1p(Math.exp(x)) : -B * x - (A + B) * Math.log1p(Math.exp(-x));
		return logDensity + Math.log(Math.cosh(tau));
	}

	/** d(log density)/dτ without the Jacobian's part: (A − (A+B) p) · dx/dτ. */
	private slope(tau: number): number {
		const x = this.centre + this.scale * Math.sinh(tau);
		const p = x <= 0 ? Math.exp(x) / (1 + Math.exp(x)) : 1 / (1 + Math.exp(-x));
		return (this.A - (this.A + this.B) * p) * this.scale * Math.cosh(tau);
	}

	/** The nodes added at level m (all of level 0; the midpoints of level m − 1 after that). */
	private level(m: number): { p: Float64Array; weight: Float64Array } {
		let nodes = this.levels[m];
		if (nodes) return nodes;
		const step = FIRST_STEP / 2 ** m;
		const count = m === 0 ? this.last - this.first + 1 : (this.last - this.first) * 2 ** (m - 1);
		const start = this.first * FIRST_STEP + (m === 0 ? 0 : step);
		const spacing = m === 0 ? step : 2 * step;
		const p = new Float64Array(count);
		const weight = new Float64Array(count);
		for (let i = 0; i < count; i++) {
			const tau = start + i * spacing;
			const x = this.centre + this.scale * Math.sinh(tau);
			p[i] = x <= 0 ? Math.exp(x) / (1 + Math.exp(x)) : 1 / (1 + Math.exp(-x));
			weight[i] = Math.exp(this.logWeight(tau) - this.top);
		}
		nodes = { p, weight };
		this.levels[m] = nodes;
		return nodes;
	}

	/**
	 * E[f(p)], refined level by level until `settled(previous, current)` accepts (from step 1/8 on);
	 * NaN if it never does or the range of the tails was not found.
	 */
	expectation(f: (p: number) => number, settled: (previous: number, current: number) => boolean): number {
		if (Number.isNaN(this.first)) return NaN;
		let sum = 0;
		let total = 0;
		let previous = NaN;
		for (let m = 0; m <= MAX_LEVEL; m++) {
			const { p, weight } = this.level(m);
			for (let i = 0; i < p.length; i++) {
				if (weight[i] === 0) continue;
				sum += weight[i] * f(p[i]);
				total += weight[i];
			}
			const current = sum / total;
			if (!Number.isFinite(current)) return NaN;
			if (m >= MIN_LEVEL && settled(previous, current)) return current;
			previous = current;
		}
		return NaN;
	}
}

/** ζ = (√(1+s) − 1)/(√(1+s) + 1): maps s ∈ [0, ∞), where Φ is analytic, onto [0, 1). */
function zetaOf(s: number): number {
	const root = Math.sqrt(1 + s);
	return s / ((1 + root) * (1 + root));
}

const TABLE_SIZES = [16, 32, 64, 128];

const cosineTables = new Map<number, Float64Array>();

/**
 * cos(π k (j + ½) / n) at [k·n + j], k, j < n: the Chebyshev nodes (row k = 1) and the discrete
 * cosine transform of a table of size n, the same for every x and fit, so computed once per size
 * (each entry the same expression as computed in place, so the same double).
 */
function chebyshevCosines(n: number): Float64Array {
	let table = cosineTables.get(n);
	if (!table) {
		table = new Float64Array(n * n);
		for (let k = 0; k < n; k++) {
			for (let j = 0; j < n; j++) table[k * n + j] = Math.cos((Math.PI * k * (j + 0.5)) / n);
		}
		cosineTables.set(n, table);
	}
	return table;
}
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
			const cosines = chebyshevCosines(n);
			const values = new Float64Array(n);
			for (let j = 0; j < n; j++) {
				const u = cosines[n + j];
				const zeta = ((u + 1) / 2) * this.zetaMax;
				const root = (1 + zeta) / (1 - zeta); // √(1+s) for this ζ
				values[j] = this.exact.at(root * root - 1);
			}
			const coefficients = new Float64Array(n);
			let largest = 0;
			for (let k = 0; k < n; k++) {
				let sum = 0;
				for (let j = 0; j < n; j++) sum += values[j] * cosines[k * n + j];
				coefficients[k] = ((k === 0 ? 1 : 2) / n) * sum;
				largest = Math.max(largest, Math.abs(coefficients[k]));
			}
			if (!Number.isFinite(largest)) return null;
			const tail = Math.max(
				Math.abs(coefficients[n - 1]),
				Math.abs(coefficients[n - 2]),
				Math.abs(coefficients[n - 3])
			);
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
