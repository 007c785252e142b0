/**
 * Discounted customer lifetime value over a finite horizon, from a BG/NBD fit (how many purchases)
 * and a Gamma-Gamma fit (how much per purchase), assumed independent as in Fader, Hardie & Lee
 * (2005b, "RFM and CLV").
 *
 * Formula (discrete discounting, as in the `lifetimes` package): the horizon H months is cut into
 * steps of `stepMonths`; with t_k the end of step k in months and E[Y(t)] the BG/NBD conditional
 * expected purchases in the next t,
 *
 *   CLV = margin · E[M] · Σ_k (E[Y(t_k)] − E[Y(t_{k−1})]) · (1 + d)^(−t_k / 12),
 *
 * i.e. the purchases expected in a step are discounted at the annual rate d from the end of that
 * step (slightly conservative against mid-step timing). Months are 365.25/12 days and converted to
 * the model's time unit; the rate is per year whatever that unit is.
 *
 * a = 0 is BG/NBD's no-drop-out limit (the NBD, see ridge.ts): P(alive) = 1 and
 * E[Y(t) | x, t_x, T] = (r+x) t/(α+T) exactly.
 */
import type { BgnbdParams } from './bgnbd';
import { aliveOfDropoutOdds, BgnbdPredictor, dropoutLogOdds } from './bgnbd-predict';
import { gammaGammaConditionalSpend, gammaGammaMeanSpend, type GammaGammaParams } from './gamma-gamma';
import type { CustomerRows } from './summary';
import { discard } from '../orders/discard';
import { PairIndex } from './pair-index';
import { monthsToUnits, type TimeUnit } from './time-unit';

export interface ClvOptions {
	/** Time unit the models were fitted in (that of the customer rows). */
	unit: TimeUnit;
	/** Horizon in months. Default 12. */
	horizonMonths?: number;
	/** Discounting step in months. Default 1. */
	stepMonths?: number;
	/** Discount rate per year (0.1 = 10 %). Default 0.1. */
	annualDiscountRate?: number;
	/** Share of spend that is profit; 1 (the default) gives CLV as revenue. */
	margin?: number;
	/** Compute only the rows where this is non-zero (e.g. bootstrap counts); others are left at 0. */
	only?: ArrayLike<number>;
}

export interface ClvResult {
	unit: TimeUnit;
	horizonMonths: number;
	/** End of each discounting step, in the model's unit, and its discount factor. */
	stepEnds: Float64Array;
	discountFactors: Float64Array;
	/** Per customer row. */
	probabilityAlive: Float64Array;
	/** Expected purchases over the horizon (undiscounted). */
	expectedPurchases: Float64Array;
	/** Expected spend per purchase (Gamma-Gamma conditional mean). */
	expectedSpend: Float64Array;
	/** Discounted value over the horizon, times the margin. */
	clv: Float64Array;
	totals: { customers: number; expectedPurchases: number; clv: number };
	/** Customers given the population mean spend (no repeat purchase, or non-positive spend). */
	populationSpendCustomers: number;
}

export function clvSteps(options: ClvOptions): { stepEnds: Float64Array; discountFactors: Float64Array } {
	const horizon = options.horizonMonths ?? 12;
	const step = options.stepMonths ?? 1;
	const rate = options.annualDiscountRate ?? 0.1;
	if (!(horizon > 0 && step > 0 && rate > -1))
		throw new RangeError('need horizon > 0, step > 0, discount rate > −100 %');
	const count = Math.ceil(horizon / step - 1e-9);
	const stepEnds = new Float64Array(count);
	const discountFactors = new Float64Array(count);
	for (let k = 0; k < count; k++) {
		const months = Math.min((k + 1) * step, horizon);
		stepEnds[k] = monthsToUnits(months, options.unit);
		discountFactors[k] = Math.pow(1 + rate, -months / 12);
	}
	return { stepEnds, discountFactors };
}

/**
 * Expected purchases in the next t of a customer alive now: the predictor's Φ, or in the NBD limit
 * (a = 0) its closed form (r+x) t/(α+T).
 */
export function aliveExpectation(
	bgnbd: BgnbdParams,
	predictor: BgnbdPredictor
): (t: number, x: number, T: number) => number {
	if (bgnbd.a !== 0) return (t, x, T) => predictor.expectedWhileAlive(t, x, T);
	const { r, alpha } = bgnbd;
	return (t, x, T) => ((r + x) * t) / (alpha + T);
}

/**
 * CLV of every customer row, and totals. Without a spend model (`gammaGamma` null: its fit failed)
 * the purchase predictions alone: P(alive) and expected purchases as with one, spend and CLV NaN.
 */
export function computeClv(
	rows: CustomerRows,
	bgnbd: BgnbdParams,
	gammaGamma: GammaGammaParams | null,
	options: ClvOptions
): ClvResult {
	const { stepEnds, discountFactors } = clvSteps(options);
	const margin = options.margin ?? 1;
	const { count, x, tx, T, monetary } = rows;
	const { only } = options;
	let minAge = Infinity;
	for (let i = 0; i < count; i++) if (T[i] < minAge) minAge = T[i];
	const predictor = new BgnbdPredictor(bgnbd, { maxTime: stepEnds[stepEnds.length - 1], minAge });
	const expectedWhileAlive = aliveExpectation(bgnbd, predictor);
	const probabilityAlive = new Float64Array(count);
	const expectedPurchases = new Float64Array(count);
	const expectedSpend = new Float64Array(count);
	const clv = new Float64Array(count);
	const populationSpend = gammaGamma ? gammaGammaMeanSpend(gammaGamma) : NaN;
	const steps = stepEnds.length;
	let totalPurchases = 0;
	let totalClv = 0;
	let customers = 0;
	let populationSpendCustomers = 0;

	// The alive-part of the prediction depends on (x, T) only: compute it once per distinct pair,
	// with the part of P(alive) that depends on x alone (the same arithmetic as the predictor's).
	const { r, alpha } = bgnbd;
	const noDropout = bgnbd.a === 0;
	// (Per pair, grown as pairs are found: there are far fewer pairs than customers, and arrays of
	// one entry per customer were three times 34 MB at 4.4 million customers.)
	const pairs = new PairIndex(4096);
	let pairDiscounted: Float64Array = new Float64Array(4096);
	let pairHorizon: Float64Array = new Float64Array(4096);
	let pairOdds: Float64Array = new Float64Array(4096);
	for (let i = 0; i < count; i++) {
		if (only && !only[i]) continue;
		const xi = x[i];
		const Ti = T[i];
		const known = pairs.size;
		const pair = pairs.indexOf(xi, Ti);
		if (pair === known) {
			if (pair === pairDiscounted.length) {
				pairDiscounted = grown(pairDiscounted);
				pairHorizon = grown(pairHorizon);
				pairOdds = grown(pairOdds);
			}
			const phi = noDropout ? null : predictor.seriesFor(xi);
			let previous = 0;
			let discounted = 0;
			for (let k = 0; k < steps; k++) {
				const expected = phi ? phi.at(stepEnds[k] / (alpha + Ti)) : expectedWhileAlive(stepEnds[k], xi, Ti);
				discounted += (expected - previous) * discountFactors[k];
				previous = expected;
			}
			pairDiscounted[pair] = discounted;
			pairHorizon[pair] = previous;
			pairOdds[pair] = xi === 0 ? 0 : dropoutLogOdds(bgnbd, xi);
		}
		const alive = xi === 0 ? 1 : aliveOfDropoutOdds(pairOdds[pair], r + xi, alpha, tx[i], Ti);
		const discounted = pairDiscounted[pair];
		const previous = pairHorizon[pair];
		const m = monetary[i];
		const usesPopulation = !(xi > 0 && m > 0);
		const spend = !gammaGamma
			? NaN
			: usesPopulation
				? populationSpend
				: gammaGammaConditionalSpend(gammaGamma, xi, m);
		if (usesPopulation && gammaGamma) populationSpendCustomers++;
		probabilityAlive[i] = alive;
		const purchases = alive * previous;
		const value = margin * spend * alive * discounted;
		expectedPurchases[i] = purchases;
		expectedSpend[i] = spend;
		clv[i] = value;
		totalPurchases += purchases;
		totalClv += value;
		customers++;
	}
	discard(pairDiscounted, pairHorizon, pairOdds);
	return {
		unit: options.unit,
		horizonMonths: options.horizonMonths ?? 12,
		stepEnds,
		discountFactors,
		probabilityAlive,
		expectedPurchases,
		expectedSpend,
		clv,
		totals: { customers, expectedPurchases: totalPurchases, clv: totalClv },
		populationSpendCustomers
	};
}

/** The values in an array twice as long (the old one freed at once). */
function grown(values: Float64Array): Float64Array {
	const next = new Float64Array(values.length * 2);
	next.set(values);
	discard(values);
	return next;
}
