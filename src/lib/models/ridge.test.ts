import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noDropoutCsv, noDropoutOrders } from '../../../tests/fixtures/clv/no-dropout';
import { fitBgnbd, type BgnbdParams } from './bgnbd';
import { groupCustomers } from './bgnbd-groups';
import { computeClv } from './clv';
import { fitGammaGamma } from './gamma-gamma';
import { validateHoldout } from './holdout';
import { runClvModels } from './pipeline';
import { dropoutUncertain, fitBgnbdSettled, fitWithDropoutHeld, profileDropout, RIDGE_GAP } from './ridge';
import { lnGamma } from './special';
import { buildCustomerSummary, type CustomerRows } from './summary';
import { syntheticOrderColumns } from '../synthetic/orders';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/clv');

/** The committed CSV fixtures are exactly what the generator gives (UPDATE_CLV_FIXTURES=1 rewrites them). */
describe.each([
	['no-dropout.csv', 600, 12],
	['flat-ridge.csv', 600, 11]
])('fixture %s', (name, customers, seed) => {
	it(`is noDropoutCsv(${customers}, ${seed})`, () => {
		const path = join(FIXTURES, name);
		const text = noDropoutCsv(customers, seed);
		if (process.env.UPDATE_CLV_FIXTURES || !existsSync(path)) writeFileSync(path, text);
		expect(readFileSync(path, 'utf8')).toBe(text);
	});
});

function rowsOf(customers: number, seed: number): CustomerRows {
	const { orders, customerCount } = noDropoutOrders(customers, seed);
	return buildCustomerSummary(orders, customerCount, { unit: 'week' });
}

/** The NBD log-likelihood written out per customer: lnΓ(r+x) − lnΓ(r) + r ln α − (r+x) ln(α+T). */
function nbdLogLikelihood(rows: CustomerRows, r: number, alpha: number): number {
	let total = 0;
	for (let i = 0; i < rows.count; i++) {
		const x = rows.x[i];
		total += lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha) - (r + x) * Math.log(alpha + rows.T[i]);
	}
	return total;
}

describe('the no-drop-out boundary (customers who never leave)', () => {
	const rows = rowsOf(600, 12);
	const groups = groupCustomers(rows);
	const raw = fitBgnbd(groups);
	const settled = fitBgnbdSettled(groups);

	it('the optimiser runs off towards a → 0, b → ∞', () => {
		expect(raw.params.a).toBeLessThan(1e-5);
		expect(raw.params.a / (raw.params.a + raw.params.b)).toBeLessThan(1e-8);
	});

	it('is replaced by the exact NBD limit a = 0, with its own maximum likelihood', () => {
		expect(settled.params.a).toBe(0);
		expect(settled.params.b).toBe(Infinity);
		expect(settled.boundary?.a).toBe(raw.params.a);
		const { r, alpha } = settled.params;
		expect(settled.logLikelihood).toBeCloseTo(nbdLogLikelihood(rows, r, alpha), 6);
		// At least as good as where the optimiser stopped, and a maximum: any nudge is worse.
		expect(settled.logLikelihood).toBeGreaterThan(raw.logLikelihood - 0.01);
		for (const [dr, da] of [
			[1.01, 1],
			[0.99, 1],
			[1, 1.01],
			[1, 0.99],
			[1.01, 1.01]
		]) {
			expect(nbdLogLikelihood(rows, r * dr, alpha * da)).toBeLessThan(settled.logLikelihood);
		}
		expect(settled.standardErrors?.r).toBeGreaterThan(0);
		expect(settled.standardErrors?.r).toBeLessThan(r / 5);
	});

	it('predicts in closed form: P(active) 1 and (r+x) t/(α+T) purchases', () => {
		const params = settled.params;
		const spend = fitGammaGamma(rows).params;
		const clv = computeClv(rows, params, spend, { unit: 'week', horizonMonths: 12, annualDiscountRate: 0 });
		const t = (12 * 365.25) / 12 / 7;
		for (const i of [0, 1, 17, 255, 599]) {
			expect(clv.probabilityAlive[i]).toBe(1);
			expect(clv.expectedPurchases[i]).toBeCloseTo(((params.r + rows.x[i]) * t) / (params.alpha + rows.T[i]), 10);
		}
		const holdout = validateHoldout({ ...rows, holdoutX: new Float64Array(rows.count), holdoutLength: 10 }, params);
		expect(holdout.predicted[3]).toBeCloseTo(((params.r + rows.x[3]) * 10) / (params.alpha + rows.T[3]), 12);
	});

	it('runs the models to the end and profiles the ridge: the CLV total moves little', () => {
		const models = runClvModels(rows, { unit: 'week' });
		expect(models.readiness.ok).toBe(true);
		expect(models.readiness.warnings.map((w) => w.code)).toContain('no-dropout');
		const ridge = models.ridge!;
		// The NBD limit is used; along the flat ridge another point may fit a little better.
		expect(ridge.points[0]).toMatchObject({ dropout: 0, used: true });
		expect(ridge.points[0].gap).toBeLessThan(RIDGE_GAP);
		expect(Math.min(...ridge.points.map((p) => p.gap))).toBe(0);
		expect(ridge.points.length).toBeGreaterThan(3);
		// Further along the ridge the fit gets worse, and the walk stops once the data clearly say no.
		for (let k = 1; k < ridge.points.length; k++)
			expect(ridge.points[k].dropout).toBeGreaterThan(ridge.points[k - 1].dropout);
		expect(ridge.points.at(-1)!.gap).toBeGreaterThan(RIDGE_GAP);
		expect(ridge.low).toBeLessThanOrEqual(models.clv!.totals.clv);
		expect(ridge.high).toBeGreaterThanOrEqual(models.clv!.totals.clv);
		expect((ridge.high - ridge.low) / models.clv!.totals.clv).toBeLessThan(0.05);
		for (const point of ridge.points) expect(point.meanProbabilityAlive).toBeGreaterThan(0.95);
	});
});

describe('a flat ridge inside the parameter space (a little drop-out, poorly determined)', () => {
	const rows = rowsOf(600, 11);
	const groups = groupCustomers(rows);
	const fit = fitBgnbdSettled(groups);

	it('keeps the maximum-likelihood point, flags it, and knows how much worse no drop-out is', () => {
		expect(fit.params.a).toBeGreaterThan(0);
		expect(fit.boundary).toBeNull();
		expect(dropoutUncertain(fit)).toBe(true);
		expect(fit.standardErrors!.a).toBeGreaterThan(fit.params.a);
		expect(fit.noDropoutGap).toBeLessThan(0);
		expect(fit.noDropoutGap).toBeGreaterThan(-RIDGE_GAP);
		const nbd = fitWithDropoutHeld(groups, 0, fit.params);
		expect(nbd.logLikelihood - fit.logLikelihood).toBeCloseTo(fit.noDropoutGap!, 6);
		expect(nbd.logLikelihood).toBeCloseTo(nbdLogLikelihood(rows, nbd.params.r, nbd.params.alpha), 6);
	});

	it('a held π is a constrained maximum: its log-likelihood is below the best and at the held mean', () => {
		for (const pi of [0.001, 0.03, 0.2]) {
			const held = fitWithDropoutHeld(groups, pi, fit.params);
			expect(held.converged).toBe(true);
			expect(held.params.a / (held.params.a + held.params.b)).toBeCloseTo(pi, 12);
			expect(held.logLikelihood).toBeLessThanOrEqual(fit.logLikelihood + 1e-6);
		}
	});

	it('reports the CLV total at the NBD limit, the best fit and along the ridge', () => {
		const spend = fitGammaGamma(rows).params;
		const ridge = profileDropout(groups, rows, fit, spend, { unit: 'week' });
		const best = ridge.points.find((p) => p.used)!;
		expect(best.clvTotal).toBeCloseTo(computeClv(rows, fit.params, spend, { unit: 'week' }).totals.clv, 6);
		expect(ridge.points[0].dropout).toBe(0);
		expect(ridge.points[0].gap).toBeCloseTo(-fit.noDropoutGap!, 6);
		// More drop-out, fewer active customers, less value.
		const totals = ridge.points.map((p) => p.clvTotal);
		expect(totals).toEqual([...totals].sort((x, y) => y - x));
		expect(ridge.high).toBe(ridge.points[0].clvTotal);
		expect(ridge.low).toBeLessThan(best.clvTotal);
	});
});

describe('a well-determined fit is left alone', () => {
	const { orders, customerCount, lastDay } = syntheticOrderColumns(3000, 21);
	const rows = buildCustomerSummary(orders, customerCount, { unit: 'week', calibrationEnd: lastDay });
	it('has no ridge, no boundary and no extra warning', () => {
		const models = runClvModels(rows, { unit: 'week' });
		expect(models.bgnbd!.boundary).toBeNull();
		expect(models.ridge).toBeNull();
		expect(
			models.readiness.warnings.filter((w) => w.code === 'no-dropout' || w.code === 'dropout-uncertain')
		).toEqual([]);
		const params: BgnbdParams = models.bgnbd!.params;
		expect(params.a).toBeGreaterThan(0.3);
	});
});
