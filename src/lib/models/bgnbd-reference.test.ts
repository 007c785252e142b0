import { describe, expect, it } from 'vitest';
import type { BgnbdParams } from './bgnbd';
import { AliveExpectation, AliveExpectationTable } from './bgnbd-expectation';
import {
	BgnbdPredictor,
	bgnbdConditionalExpected,
	bgnbdExpectedPurchases,
	bgnbdProbabilityAlive,
	bgnbdProbabilityOfPurchases
} from './bgnbd-predict';
import { computeClv } from './clv';
import reference from './fixtures/bgnbd-reference.json';
import type { CustomerRows } from './summary';
import type { TimeUnit } from './time-unit';

// High-precision values (mpmath, 40 digits, two independent methods per Φ) written by
// fixtures/make-reference.py over a grid of parameter regimes: a from 1e−8 to 1e3, b from 1e−3 to 1e9,
// r from 1e−3 to 1e3, α from 1e−2 to 1e4, x up to 1,000, horizons up to 10 years.

interface Customer {
	x: number;
	tx: number;
	T: number;
	probabilityAlive: number;
	conditionalExpected: [number, number][];
	discountedPurchases12?: number;
	expectedPurchases12?: number;
}
interface Case {
	label: string;
	unit: TimeUnit;
	params: BgnbdParams;
	expectedPurchases: [number, number][];
	probabilityOfPurchases: [number, number, number][];
	customers: Customer[];
}

const CASES = reference.cases as Case[];
const TOLERANCE = 1e-8;

function relativeError(actual: number, expected: number): number {
	return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

/** Asserts every (label, actual, expected) within the tolerance and returns the worst relative error. */
function expectAllClose(points: [string, number, number][]): number {
	let worst = 0;
	const failures: string[] = [];
	for (const [label, actual, expected] of points) {
		const error = relativeError(actual, expected);
		if (!(error <= TOLERANCE)) failures.push(`${label}: ${actual} vs ${expected} (relative error ${error})`);
		else worst = Math.max(worst, error);
	}
	expect(failures).toEqual([]);
	return worst;
}

const WORST: Record<string, number> = {};

describe('BG/NBD predictions against mpmath on the reference grid (relative error ≤ 1e−8)', () => {
	it('the grid covers the regimes the issue names', () => {
		const params = CASES.map((c) => c.params);
		expect(Math.min(...params.map((p) => p.a))).toBeLessThanOrEqual(1e-8);
		expect(Math.max(...params.map((p) => p.a))).toBeGreaterThanOrEqual(1e3);
		expect(Math.max(...params.map((p) => p.b))).toBeGreaterThanOrEqual(1e9);
		expect(Math.min(...params.map((p) => p.b))).toBeLessThanOrEqual(1e-3);
		expect(Math.max(...CASES.flatMap((c) => c.customers.map((row) => row.x)))).toBe(1000);
		expect(reference.crossCheck.worstRelativeDifference).toBeLessThan(1e-25);
	});

	it.each(CASES.map((c) => [c.label, c] as const))('E[X(t)]: %s', (_, { params, expectedPurchases }) => {
		const worst = expectAllClose(
			expectedPurchases.map(([t, expected]) => [`t=${t}`, bgnbdExpectedPurchases(params, t), expected])
		);
		WORST['E[X(t)]'] = Math.max(WORST['E[X(t)]'] ?? 0, worst);
	});

	it.each(CASES.map((c) => [c.label, c] as const))('P(alive) and E[Y(t)]: %s', (_, { params, customers }) => {
		const points: [string, number, number][] = [];
		const alive: [string, number, number][] = [];
		for (const { x, tx, T, probabilityAlive, conditionalExpected } of customers) {
			alive.push([`x=${x}`, bgnbdProbabilityAlive(params, x, tx, T), probabilityAlive]);
			for (const [t, expected] of conditionalExpected) {
				points.push([`x=${x} T=${T} t=${t}`, bgnbdConditionalExpected(params, t, x, tx, T), expected]);
			}
		}
		WORST['P(alive)'] = Math.max(WORST['P(alive)'] ?? 0, expectAllClose(alive));
		WORST['E[Y(t)]'] = Math.max(WORST['E[Y(t)]'] ?? 0, expectAllClose(points));
	});

	it.each(CASES.map((c) => [c.label, c] as const))(
		'every path to Φ (series, quadrature): %s',
		(_, { params, customers }) => {
			const { r, alpha, a, b } = params;
			const points: [string, number, number][] = [];
			for (const { x, T, probabilityAlive, conditionalExpected } of customers) {
				const phi = new AliveExpectation(r, a, b, x);
				for (const [t, expected] of conditionalExpected) {
					const s = t / (alpha + T);
					const exact = expected / probabilityAlive;
					const label = `x=${x} s=${s}`;
					// The quadrature must converge everywhere; a series may decline (NaN) but must not be wrong.
					points.push([`${label} quadrature`, phi.quadrature(s), exact]);
					const inS = phi.seriesInS(s);
					if (s <= 0.5 && !Number.isNaN(inS)) points.push([`${label} series in s`, inS, exact]);
					const inZ = phi.seriesInZ(s);
					if (s / (1 + s) <= 0.95 && !Number.isNaN(inZ)) points.push([`${label} series in z`, inZ, exact]);
				}
			}
			WORST['Φ by every path'] = Math.max(WORST['Φ by every path'] ?? 0, expectAllClose(points));
		}
	);

	it.each(CASES.map((c) => [c.label, c] as const))(
		'P(X(t) = n), tails included: %s',
		(_, { params, probabilityOfPurchases }) => {
			const worst = expectAllClose(
				probabilityOfPurchases.map(([t, n, expected]) => [
					`t=${t} n=${n}`,
					bgnbdProbabilityOfPurchases(params, t, n),
					expected
				])
			);
			WORST['P(X(t)=n)'] = Math.max(WORST['P(X(t)=n)'] ?? 0, worst);
		}
	);

	it.each(CASES.map((c) => [c.label, c] as const))(
		'discounted 12-month CLV through computeClv (Chebyshev tables included): %s',
		(_, { params, unit, customers }) => {
			const count = customers.length;
			const rows: CustomerRows = {
				count,
				x: Float64Array.from(customers, (row) => row.x),
				tx: Float64Array.from(customers, (row) => row.tx),
				T: Float64Array.from(customers, (row) => row.T),
				monetary: Float64Array.from(customers, (row) => (row.x > 0 ? 40 : 0))
			};
			const result = computeClv(
				rows,
				params,
				{ p: 6, q: 4, v: 150 },
				{ unit, annualDiscountRate: reference.annualDiscountRate }
			);
			const points: [string, number, number][] = [];
			customers.forEach((row, i) => {
				if (row.discountedPurchases12 === undefined || row.expectedPurchases12 === undefined) return;
				// CLV = E[M] · discounted purchases (margin 1): compare at the spend the app itself uses.
				points.push([
					`x=${row.x} CLV/E[M]`,
					result.clv[i] / result.expectedSpend[i],
					row.discountedPurchases12
				]);
				points.push([`x=${row.x} 12-month E[Y]`, result.expectedPurchases[i], row.expectedPurchases12]);
			});
			expect(points.length).toBeGreaterThan(0);
			WORST['CLV'] = Math.max(WORST['CLV'] ?? 0, expectAllClose(points));
		}
	);

	it.each(CASES.map((c) => [c.label, c] as const))(
		'the Chebyshev table, where built, agrees: %s',
		(_, { params, customers }) => {
			const { r, alpha, a, b } = params;
			const points: [string, number, number][] = [];
			for (const { x, T, probabilityAlive, conditionalExpected } of customers) {
				const sMax = Math.max(...conditionalExpected.map(([t]) => t / (alpha + T)));
				const table = new AliveExpectationTable(new AliveExpectation(r, a, b, x), sMax);
				if (!table.tabulated) continue;
				for (const [t, expected] of conditionalExpected) {
					points.push([`x=${x} t=${t}`, table.at(t / (alpha + T)), expected / probabilityAlive]);
				}
			}
			WORST['table'] = Math.max(WORST['table'] ?? 0, expectAllClose(points));
		}
	);

	it('the customer quoted in issue 11 (x = 1, t_x = T = 2.7 weeks) expects ≈ 2.543 purchases in 52 weeks', () => {
		const [quoted] = CASES.filter((c) => c.label.startsWith('one-month'));
		const row = quoted.customers.find((c) => c.x === 1 && c.tx === 2.7 && c.T === 2.7)!;
		const [, expected] = row.conditionalExpected.find(([t]) => t === 52)!;
		expect(expected).toBeCloseTo(2.5434, 4); // the app said 1.11 before the fix
		const predictor = new BgnbdPredictor(quoted.params, { maxTime: 52.2, minAge: 2.7 });
		expect(relativeError(predictor.conditionalExpected(52, 1, 2.7, 2.7), expected)).toBeLessThanOrEqual(TOLERANCE);
	});

	it('reports the worst relative error per quantity', () => {
		console.info('worst relative error on the reference grid:', JSON.stringify(WORST));
		expect(Object.values(WORST).every((value) => value <= TOLERANCE)).toBe(true);
	});
});

describe('limits', () => {
	it('a = 0: no drop-out, Φ = (r + x) s exactly (the NBD)', () => {
		for (const s of [0.01, 0.7, 30, 3e5]) {
			expect(new AliveExpectation(0.8, 0, 5, 3).at(s)).toBeCloseTo(3.8 * s, 10);
			expect(new AliveExpectation(0.8, 0, 5, 3).quadrature(s)).toBe(3.8 * s);
		}
	});

	it('a → 0 approaches the NBD continuously', () => {
		const s = 4;
		for (const a of [1e-6, 1e-8, 1e-10]) {
			const phi = new AliveExpectation(0.8, a, 20, 2).at(s);
			expect(phi).toBeLessThan(2.8 * s);
			expect(relativeError(phi, 2.8 * s)).toBeLessThan(a * 10);
		}
	});
});
