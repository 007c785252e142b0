import { describe, expect, it } from 'vitest';
import type { BgnbdFit } from './bgnbd';
import type { FitReport } from './fit-report';
import type { GammaGammaFit } from './gamma-gamma';
import type { DropoutFit } from './ridge';
import { assessBgnbdFit, assessGammaGammaFit, checkFrequencyData, checkHoldout, checkSpendData } from './readiness';

/** `count` customers, the first `repeaters` of them with x repeat purchases and mean spend m. */
function rows(count: number, repeaters: number, options: { T?: number; m?: (i: number) => number } = {}) {
	return {
		count,
		x: Float64Array.from({ length: count }, (_, i) => (i < repeaters ? 1 + (i % 4) : 0)),
		T: new Float64Array(count).fill(options.T ?? 20),
		monetary: Float64Array.from({ length: count }, (_, i) => (i < repeaters ? (options.m?.(i) ?? 20 + (i % 7)) : 0))
	};
}

const goodReport: FitReport = {
	logLikelihood: -100,
	converged: true,
	reason: 'gradient',
	iterations: 10,
	evaluations: 12,
	runs: [],
	restartsAgree: true,
	customers: 500
};

describe('checkFrequencyData', () => {
	it('accepts enough customers and repeat buyers', () => {
		expect(checkFrequencyData(rows(500, 200))).toEqual({ ok: true, problems: [], warnings: [] });
	});

	it.each([
		[rows(20, 15), 'too-few-customers'],
		[rows(500, 4), 'too-few-repeat-buyers'],
		[rows(500, 200, { T: 0 }), 'no-observation-time']
	])('refuses with a reason (%#: %s)', (data, code) => {
		const result = checkFrequencyData(data);
		expect(result.ok).toBe(false);
		expect(result.problems.map((p) => p.code)).toContain(code);
	});

	it('says how many there are and how many are needed', () => {
		expect(checkFrequencyData(rows(12, 3)).problems).toEqual([
			{ code: 'too-few-customers', customers: 12, minimum: 30 },
			{ code: 'too-few-repeat-buyers', repeatBuyers: 3, minimum: 10 }
		]);
	});

	it('warns, without refusing, below the recommended number of repeat buyers', () => {
		const result = checkFrequencyData(rows(500, 40));
		expect(result.ok).toBe(true);
		expect(result.warnings).toEqual([{ code: 'few-repeat-buyers', repeatBuyers: 40, recommended: 100 }]);
	});

	it('takes other minimums', () => {
		expect(checkFrequencyData(rows(500, 40), { customers: 1000 }).ok).toBe(false);
	});
});

describe('checkSpendData', () => {
	it('counts repeat buyers left out for zero or negative spend', () => {
		const result = checkSpendData(rows(500, 100, { m: (i) => (i % 10 === 0 ? -5 : 30 + (i % 3)) }));
		expect(result.ok).toBe(true);
		expect(result.excludedNonPositive).toBe(10);
		expect(result.spendCustomers).toBe(90);
		expect(result.warnings).toContainEqual({ code: 'spend-excluded', excludedNonPositive: 10 });
	});

	it('refuses when no repeat buyer spent anything positive', () => {
		const result = checkSpendData(rows(500, 50, { m: () => 0 }));
		expect(result.ok).toBe(false);
		expect(result.problems).toEqual([{ code: 'no-positive-spend', repeatBuyers: 50, excludedNonPositive: 50 }]);
	});

	it('refuses too few spend customers', () => {
		expect(checkSpendData(rows(500, 6)).problems[0]).toMatchObject({
			code: 'too-few-spend-customers',
			customers: 6
		});
	});

	it('warns when spend rises with frequency (the model assumes independence)', () => {
		const result = checkSpendData(rows(500, 100, { m: (i) => 10 * (1 + (i % 4)) }));
		expect(result.warnings.map((w) => w.code)).toContain('spend-frequency-correlated');
	});
});

describe('checkHoldout', () => {
	it('needs a hold-out period', () => {
		expect(checkHoldout({ holdoutLength: 0 }).problems).toEqual([{ code: 'no-holdout-period' }]);
		expect(checkHoldout({ holdoutLength: 13 }).ok).toBe(true);
	});
});

describe('assessing fits', () => {
	// Standard errors a tenth of the estimates: a well-determined fit.
	const tenth = (p: BgnbdFit['params']) => ({ r: p.r / 10, alpha: p.alpha / 10, a: p.a / 10, b: p.b / 10 });
	const bgnbd = (
		params: BgnbdFit['params'],
		report = goodReport,
		standardErrors: BgnbdFit['standardErrors'] = tenth(params)
	): BgnbdFit => ({
		...report,
		params,
		standardErrors
	});
	const gammaGamma = (params: GammaGammaFit['params']): GammaGammaFit => ({
		...goodReport,
		params,
		standardErrors: null,
		meanSpend: 0,
		excludedNonPositive: 0,
		withoutRepeats: 0
	});

	it('trusts a converged fit with finite parameters', () => {
		expect(assessBgnbdFit(bgnbd({ r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 })).ok).toBe(true);
		expect(assessGammaGammaFit(gammaGamma({ p: 6, q: 3.7, v: 15 })).ok).toBe(true);
	});

	it('refuses a fit that did not converge, or whose parameters ran off', () => {
		const stalled = assessBgnbdFit(
			bgnbd({ r: 0.2, alpha: 4, a: 3e7, b: 2 }, { ...goodReport, converged: false, reason: 'stalled' })
		);
		expect(stalled.problems).toEqual([
			{ code: 'fit-not-converged', model: 'bgnbd', reason: 'stalled' },
			{ code: 'parameter-at-limit', model: 'bgnbd', parameter: 'a', value: 3e7 }
		]);
	});

	it('refuses a spend model without a finite mean (q ≤ 1)', () => {
		const result = assessGammaGammaFit(gammaGamma({ p: 6, q: 0.8, v: 15 }));
		expect(result.ok).toBe(false);
		expect(result.problems).toEqual([{ code: 'spend-mean-undefined', q: 0.8 }]);
	});

	it('warns when the starts disagreed', () => {
		const result = assessBgnbdFit(
			bgnbd({ r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, { ...goodReport, restartsAgree: false })
		);
		expect(result.ok).toBe(true);
		expect(result.warnings).toEqual([{ code: 'restarts-disagree', model: 'bgnbd' }]);
	});

	it('does not refuse the no-drop-out limit (a = 0): it warns, in words, with the gap to the optimiser', () => {
		const limit: DropoutFit = {
			...bgnbd({ r: 0.7, alpha: 6.2, a: 0, b: Infinity }, goodReport, { r: 0.02, alpha: 0.2, a: NaN, b: NaN }),
			boundary: { a: 1.3e-6, b: 49_341, logLikelihood: -101 },
			noDropoutGap: 4e-7
		};
		const result = assessBgnbdFit(limit);
		expect(result.ok).toBe(true);
		expect(result.problems).toEqual([]);
		expect(result.warnings).toEqual([{ code: 'no-dropout', a: 1.3e-6, b: 49_341, gap: 4e-7 }]);
	});

	it.each([
		[
			'SE(a) > a and SE(b) > b, as on a year of UK invoices',
			{ r: 0.9, alpha: 5, a: 0.0034, b: 6.75 },
			{ r: 0.05, alpha: 0.3, a: 0.0103, b: 22.4 }
		],
		['SE(b) > b only', { r: 0.9, alpha: 5, a: 0.2, b: 6.75 }, { r: 0.05, alpha: 0.3, a: 0.1, b: 7 }],
		['no standard errors (Hessian not definite)', { r: 0.9, alpha: 5, a: 0.2, b: 6.75 }, null]
	])('warns of a flat ridge in (a, b) when %s, without refusing', (_, params, standardErrors) => {
		const result = assessBgnbdFit({
			...bgnbd(params, goodReport, standardErrors),
			boundary: null,
			noDropoutGap: -0.12
		});
		expect(result.ok).toBe(true);
		expect(result.warnings).toEqual([
			{
				code: 'dropout-uncertain',
				a: params.a,
				seA: standardErrors?.a ?? NaN,
				b: params.b,
				seB: standardErrors?.b ?? NaN,
				gap: 0.12
			}
		]);
	});

	it('still refuses r or α run off, and a run off to ∞', () => {
		expect(assessBgnbdFit(bgnbd({ r: 2e7, alpha: 4, a: 0.5, b: 2 })).problems).toEqual([
			{ code: 'parameter-at-limit', model: 'bgnbd', parameter: 'r', value: 2e7 }
		]);
		expect(assessBgnbdFit(bgnbd({ r: 0.2, alpha: 4, a: 0, b: Infinity }, goodReport, null)).ok).toBe(true);
	});
});
