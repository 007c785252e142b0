/**
 * Reproduces every number of ../shared/data/cdnow/REFERENCE.md: the published BG/NBD (Fader, Hardie
 * & Lee 2005) and Gamma-Gamma (Fader & Hardie 2013) results on the CDNOW sample, and the values of
 * the lifetimes and CLVTools test suites, within the tolerances given there.
 */
import { describe, expect, it } from 'vitest';
import { fitBgnbd, type BgnbdParams } from './bgnbd';
import {
	bgnbdConditionalExpected,
	bgnbdExpectedPurchases,
	bgnbdProbabilityAlive,
	bgnbdProbabilityOfPurchases
} from './bgnbd-predict';
import { cdnowDirectory, readCdnowFile, readNumericCsv } from './fixtures/cdnow';
import { fitGammaGamma, gammaGammaConditionalSpend } from './gamma-gamma';

const directory = cdnowDirectory();

/** |actual − expected| ≤ tolerance */
function within(actual: number, expected: number, tolerance: number) {
	expect(Math.abs(actual - expected), `${actual} vs ${expected} ± ${tolerance}`).toBeLessThanOrEqual(tolerance);
}

describe.skipIf(!directory)('CDNOW reference results', () => {
	// A skipped suite's body still runs to collect its tests: read nothing without the data.
	if (!directory) {
		it.skip('needs ../shared/data/cdnow', () => {});
		return;
	}
	const summary = () => readNumericCsv(readCdnowFile(directory!, 'cdnow_customers_summary.csv'));
	const withSpend = () => readNumericCsv(readCdnowFile(directory!, 'cdnow_customers_summary_with_transactions.csv'));

	describe('BG/NBD fitted on cdnow_customers_summary.csv', () => {
		const columns = summary();
		const fit = fitBgnbd({
			count: columns.ID.length,
			x: Float64Array.from(columns.frequency),
			tx: Float64Array.from(columns.recency),
			T: Float64Array.from(columns.T)
		});

		it.each([
			['r', 0.2425945, 0.001],
			['alpha', 4.4136019, 0.01],
			['a', 0.7929199, 0.001],
			['b', 2.4258881, 0.005]
		] as const)('%s = %d ± %d', (name, expected, tolerance) => {
			within(fit.params[name], expected, tolerance);
		});

		it('reaches log-likelihood −9582.429 ± 0.05, converged from every start', () => {
			within(fit.logLikelihood, -9582.429, 0.05);
			expect(fit.converged).toBe(true);
			expect(fit.restartsAgree).toBe(true);
			expect(fit.runs.length).toBeGreaterThanOrEqual(3);
			expect(fit.customers).toBe(2357);
		});

		it('predicts 1.226 purchases in 39 weeks and P(alive) 0.7266 for x=2, t_x=30.43, T=38.86', () => {
			within(bgnbdConditionalExpected(fit.params, 39, 2, 30.43, 38.86), 1.226, 0.001);
			within(bgnbdProbabilityAlive(fit.params, 2, 30.43, 38.86), 0.7266, 0.0005);
		});

		it('gives P(alive) = 1 to anyone without repeat purchases', () => {
			expect(bgnbdProbabilityAlive(fit.params, 0, 0, 38.86)).toBe(1);
			expect(bgnbdProbabilityAlive(fit.params, 0, 0, 0.5)).toBe(1);
		});

		it.each([
			[0.1429, 0.0078],
			[1, 0.0532],
			[3, 0.1506],
			[31.8571, 1.0405],
			[32, 1.0437],
			[78, 1.8576]
		])('E[X(%d)] = %d ± 0.001', (t, expected) => {
			within(bgnbdExpectedPurchases(fit.params, t), expected, 0.001);
		});
	});

	// lifetimes' test of P(X(t) = n) sets the published, rounded parameters (its values match BTYD's
	// documentation), so it is reproduced at those.
	describe('P(X(t) = n) at the published r = 0.243, α = 4.414, a = 0.793, b = 2.426', () => {
		const published: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
		it('P(X(39) = 0) = 0.5737864', () => {
			within(bgnbdProbabilityOfPurchases(published, 39, 0), 0.5737864, 5e-8);
		});
		it('P(X(2) = 10) = 1.07869e-07', () => {
			within(bgnbdProbabilityOfPurchases(published, 2, 10), 1.07869e-7, 5e-13);
		});
	});

	describe('Gamma-Gamma fitted on the 946 repeat buyers', () => {
		const columns = withSpend();
		const rows = {
			count: columns.ID.length,
			x: Float64Array.from(columns.x),
			monetary: Float64Array.from(columns.zbar)
		};
		const fit = fitGammaGamma(rows);

		it('uses the 946 customers with x > 0 and sets the 1,411 others aside', () => {
			expect(fit.customers).toBe(946);
			expect(fit.withoutRepeats).toBe(1411);
			expect(fit.excludedNonPositive).toBe(0);
		});

		it.each([
			['p', 6.25, 0.01],
			['q', 3.74, 0.01],
			['v', 15.44, 0.02]
		] as const)('%s = %d ± %d', (name, expected, tolerance) => {
			within(fit.params[name], expected, tolerance);
		});

		it('reaches log-likelihood −4055.92 ± 0.05, converged', () => {
			within(fit.logLikelihood, -4055.92, 0.05);
			expect(fit.converged).toBe(true);
			expect(fit.restartsAgree).toBe(true);
		});

		it('gives the published conditional spend of the first ten customers at p=6.25, q=3.74, v=15.44', () => {
			const published = { p: 6.25, q: 3.74, v: 15.44 };
			const expected = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
			expected.forEach((value, i) => {
				within(gammaGammaConditionalSpend(published, columns.x[i], columns.zbar[i]), value, 0.1);
			});
		});
	});
});
