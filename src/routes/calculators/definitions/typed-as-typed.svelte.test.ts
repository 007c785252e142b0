import { describe, expect, it } from 'vitest';
import type { Period } from '$lib/metrics/period';
import { stepsThatDoNotAddUp } from '$lib/test-support/shown-arithmetic';
import { calculatorById } from '.';

/**
 * QA (session 64): the math echoed typed numbers rounded (a margin of 40.125 % as 40.13 %, f = 2.123456
 * as 2.1235, US$1,000.12345 as US$1,000.12), and steps built on them did not add up. Each case names
 * a calculator, what was typed (percentages as fractions), the texts the math must show, and then
 * every step must add up from the numbers it shows. Expected texts are the typed numbers, in British
 * English with euros.
 */
const CASES: {
	id: string;
	values: Record<string, number>;
	period?: Period;
	shows: string[];
	hides?: string[];
}[] = [
	{ id: 'ltv-cac', values: { l: 600, c: 150, m: 25, g: 0.40125 }, shows: ['(€25.00 × 40.125%)', '€10.031'] },
	{ id: 'ltv-cac', values: { l: 2142, c: 494.02, m: 151.4, g: 0.90942 }, shows: ['€151.40 × 90.942%'] },
	{
		id: 'clv-simple',
		values: { a: 50, f: 2.123456, t: 2, g: 0.40125 },
		period: 'year',
		shows: ['€50.00 × 2.123456 per year', '× 40.125%']
	},
	{ id: 'clv-simple', values: { a: 87.5, f: 11.93, t: 2, g: 0.03612 }, period: 'year', shows: ['× 3.612%'] },
	{ id: 'lifetime', values: { c: 0.000123456 }, shows: ['1 / 0.0123456%', '1 / 0.000123456'] },
	{ id: 'lifetime', values: { c: 0.42793 }, period: 'quarter', shows: ['2.34 quarters = 2.337 / 4 = 0.58 years'] },
	{
		id: 'churn-convert',
		values: { c: 0.346961 },
		shows: ['1 − (1 − 0.346961)^12', '1 − (1 − 0.346961)^3'],
		hides: ['0.347)', '0.34696)']
	},
	{ id: 'churn-convert', values: { c: 0.426024 }, period: 'quarter', shows: ['(1 − 0.426024)^4'] },
	{ id: 'churn-convert', values: { c: 0.087892 }, shows: ['(1 − 0.087892)^12', '(1 − 0.087892)^3'] },
	{ id: 'churn-convert', values: { c: 0.9 }, shows: ['1 − 0.000000000001'], hides: ['1 − 0 '] },
	{ id: 'churn', values: { s: 100, l: 90 }, shows: ['1 − 0.000000000001'] },
	{
		id: 'clv-retention',
		values: { m: 57, r: 0.61773, d: 0.00126, k: 190.866 },
		period: 'quarter',
		shows: ['(1 + 0.00126)^(1/4) − 1']
	},
	{ id: 'clv-retention', values: { m: 100, r: 0.8, d: 0.1012345 }, shows: ['(1 + 0.1012345)^(1/12)'] },
	{ id: 'clv-retention', values: { m: 100, r: 0.8, d: 0.10125 }, period: 'year', shows: ['10.125%', '1 + 0.10125'] },
	{ id: 'clv-retention', values: { m: 100, r: 0.8, d: 0.1012345 }, period: 'year', shows: ['1 + 0.1012345 −'] },
	{ id: 'aov', values: { r: 1000.12345, o: 7 }, shows: ['€1,000.12345 / 7'] },
	{ id: 'aov', values: { r: 0.00999, o: 3 }, shows: ['€0.00999 / 3'] }
];

describe('typed numbers are shown as typed, and the steps built on them add up', () => {
	for (const { id, values, period = 'month', shows, hides = [] } of CASES) {
		it(`${id} ${JSON.stringify(values)} ${period}`, () => {
			const evaluation = calculatorById(id)!.evaluate(values, period, 'EUR');
			if (!evaluation.ok) throw new Error(evaluation.message);
			const lines = evaluation.presentation.math.map((line) => line.steps);
			const text = lines.map((steps) => steps.join(' = ')).join('\n');
			for (const shown of shows) expect(text).toContain(shown);
			for (const hidden of hides) expect(text).not.toContain(hidden);
			expect(lines.flatMap((steps) => stepsThatDoNotAddUp(steps))).toEqual([]);
		});
	}
});

// QA: at m = US$1,000,000,000,000, r = 99.9999 %, d = 0, CLV read US$999,998,999,971,244,400.00 (1 + d − r
// carried binary floating-point error); it is 1e12 × 0.999999 / 0.000001 = 999,999,000,000,000,000.
describe('CLV by retention at an allowed extreme', () => {
	it('divides by 1 + d − r as the short decimal it is', () => {
		const evaluation = calculatorById('clv-retention')!.evaluate({ m: 1e12, r: 0.999999, d: 0 }, 'year', 'EUR');
		if (!evaluation.ok) throw new Error(evaluation.message);
		expect(evaluation.presentation.headline.value).toBe('€999,999,000,000,000,000.00');
		expect(evaluation.presentation.math[1].steps.join(' = ')).toContain('/ 0.000001 =');
	});
});
