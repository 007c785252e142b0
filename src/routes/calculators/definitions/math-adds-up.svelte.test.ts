import { describe, expect, it } from 'vitest';
import { generateExercises } from '$lib/exercises/exercises';
import { PERIODS } from '$lib/metrics/period';
import { stepsThatDoNotAddUp } from '$lib/test-support/shown-arithmetic';
import { CALCULATORS } from './index';

/**
 * Every step of every calculator's "show the math", worked again from the numbers it shows (read back
 * from its text), gives the next step as that shows it: for inputs drawn around each textbook example
 * (the exercises' generator), in each period, and some edge inputs. QA found "1 − (1 − 0.1429)^12 =
 * 1 − 0.1573" (the shown factors give 0.1572) and "60 / 115 × 100 − … = 52.18 − …" (52.17).
 */
const EXTRA: Record<string, Record<string, number>[]> = {
	churn: [
		{ s: 7, l: 1 },
		{ s: 3, l: 1 },
		{ s: 9999, l: 1 }
	],
	// QA (typed values of more decimals than the math used to echo): 0.8012 for a typed 80.123 %,
	// 1 / 0.0333 = 30, US$1,234.57 / 1 = US$1,234.567, US$266.67 − US$50.00 = US$216.66.
	'clv-retention': [
		{ m: 100, r: 0.80123, d: 0.1 },
		{ m: 100, r: 0.8, d: 0.1, k: 50.004 }
	],
	lifetime: [{ c: 0.033333 }],
	aov: [
		{ r: 1234.567, o: 1 },
		{ r: 100.005, o: 1 },
		{ r: 0.001, o: 1 }
	],
	nps: [
		{ pro: 60, pas: 25, det: 30 },
		{ pro: 1, pas: 0, det: 2 },
		{ pro: 2, pas: 1, det: 4 }
	]
};

describe('show the math adds up as shown', () => {
	for (const calculator of CALCULATORS) {
		it(
			calculator.id,
			() => {
				const inputs = [
					...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) =>
						generateExercises(calculator, { seed, count: 20 }).map((exercise) => exercise.values)
					),
					...(EXTRA[calculator.id] ?? [])
				];
				const problems: string[] = [];
				for (const values of inputs) {
					for (const period of calculator.defaultPeriod ? PERIODS : (['month'] as const)) {
						const evaluation = calculator.evaluate(values, period, 'EUR');
						if (!evaluation.ok) continue;
						for (const line of evaluation.presentation.math) {
							for (const problem of stepsThatDoNotAddUp(line.steps))
								problems.push(`${JSON.stringify(values)} ${period}: ${problem}`);
						}
					}
				}
				expect(problems.slice(0, 10)).toEqual([]);
			},
			60_000
		);
	}
});
