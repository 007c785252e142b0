import { describe, expect, it } from 'vitest';
import { whatIf, type WhatIfBase, type WhatIfChange } from '$lib/planner/what-if';
import { stepsThatDoNotAddUp } from '$lib/test-support/shown-arithmetic';
import { whatIfMath } from './what-if-math';

/**
 * QA (session 64): the what-if math rounded typed inputs (117.576 as US$117.58, 66.319 % as 66.32 %)
 * and carried rounded values into the next step, so steps did not add up ("US$82.20 / 0.223 =
 * US$368.63"; "871 × 4.3327 × US$239.70 = US$904,593.29"). Each case is a link's inputs (rates as
 * fractions), the texts its math must show (the typed numbers, as typed), and then every step must
 * add up from the numbers it shows.
 */
const base = (c: number, aov: number, f: number, r: number, g: number, d: number): WhatIfBase => ({
	customers: c,
	averageOrderValue: aov,
	purchasesPerYear: f,
	retention: r,
	grossMargin: g,
	discountRate: d
});
const change = (dr = 0, dv = 0, df = 0, dg = 0): WhatIfChange => ({
	retentionPoints: dr,
	orderValuePercent: dv,
	frequencyPercent: df,
	marginPoints: dg
});

const CASES: { base: WhatIfBase; change: WhatIfChange; shows: string[] }[] = [
	{ base: base(1000, 40, 5, 0.857, 0.4796, 0.08), change: change(), shows: ['/ 0.223'] },
	{
		base: base(871, 216.34, 3.7, 0.1, 0.32, 0.0409),
		change: change(-0.2, 10.8, 17.1, -5),
		shows: ['US$216.34 × (1 + 10.8%) = US$239.70472', '3.7 × (1 + 17.1%) = 4.3327', '10% − 0.2 pp = 9.8%']
	},
	{
		base: base(32626, 117.576, 4.2, 0.66319, 0.65, 0.15344),
		change: change(),
		shows: ['US$117.576 × 4.2 × 65%', '32,626 × 66.319%', '0.66319 / (1 + 0.15344 − 0.66319)']
	}
];

/** Random inputs of the kind the fuzzer typed: up to three decimals, slider changes in their steps. */
function randomCases(count: number): { base: WhatIfBase; change: WhatIfChange }[] {
	let seed = 7;
	const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
	const decimal = (most: number, digits: number) => Math.round(next() * most * 10 ** digits) / 10 ** digits;
	return Array.from({ length: count }, () => ({
		base: base(
			1 + Math.floor(next() * 50_000),
			0.01 + decimal(500, 3),
			0.1 + decimal(12, 2),
			decimal(95, 3) / 100,
			0.01 + decimal(90, 3) / 100,
			decimal(20, 3) / 100
		),
		change: change(
			Math.round(next() * 10) / 2 - 2.5,
			Math.round(next() * 40) - 20,
			Math.round(next() * 40) - 20,
			Math.round(next() * 10) / 2 - 2.5
		)
	}));
}

function mathOf(inputs: { base: WhatIfBase; change: WhatIfChange }) {
	const result = whatIf(inputs.base, inputs.change);
	if (!result.ok) return undefined;
	return whatIfMath(result.value, inputs.change, 'USD').map((line) => line.steps);
}

describe('the what-if math shows typed numbers as typed and adds up', () => {
	it.each(CASES)('$base.customers customers, AOV $base.averageOrderValue', (inputs) => {
		const lines = mathOf(inputs)!;
		const text = lines.map((steps) => steps.join(' = ')).join('\n');
		for (const shown of inputs.shows) expect(text).toContain(shown);
		expect(lines.flatMap((steps) => stepsThatDoNotAddUp(steps))).toEqual([]);
	});

	it('for 200 random inputs and changes', () => {
		const problems = randomCases(200).flatMap((inputs) =>
			(mathOf(inputs) ?? []).flatMap((steps) =>
				stepsThatDoNotAddUp(steps).map((problem) => `${JSON.stringify(inputs)}: ${problem}`)
			)
		);
		expect(problems.slice(0, 5)).toEqual([]);
	});

	// A data set's baseline holds numbers that are no short decimal (a retention of 2 / 11): those are
	// marked "≈" (no digits would make a step of them add up exactly), and every other step adds up.
	it('for baselines of fractions no decimal ends, marking each rounded number', () => {
		const problems: string[] = [];
		for (let k = 1; k < 60; k++) {
			const inputs = {
				base: base(
					100 + 7 * k,
					5000 / (k + 3),
					17 / ((k % 7) + 3),
					((k % 9) + 1) / 11,
					((k % 5) + 1) / 7,
					0.08
				),
				change: change(1.5, 3, -2, 0)
			};
			const lines = mathOf(inputs);
			if (!lines) continue;
			for (const steps of lines) problems.push(...stepsThatDoNotAddUp(steps));
			const text = lines.map((steps) => steps.join(' = ')).join('\n');
			expect(text).toContain(`≈${((((k % 9) + 1) / 11) * 100).toFixed(2)}%`);
			// No number shown with more than six decimals: rounded ones are not carried at length.
			expect(text).not.toMatch(/\d\.\d{7}/);
		}
		expect(problems.slice(0, 5)).toEqual([]);
	});
});
