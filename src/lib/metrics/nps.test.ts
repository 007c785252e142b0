import { describe, expect, it } from 'vitest';
import { netPromoterScore, npsSteps } from './nps';

describe('netPromoterScore: % promoters − % detractors', () => {
	it.each([
		// 60 % − 15 % of 100 answers
		[60, 25, 15, 45, 100],
		[30, 50, 20, 10, 100],
		[0, 0, 10, -100, 10],
		[10, 0, 0, 100, 10],
		[1, 1, 1, 0, 3],
		// 2/7 − 4/7 = −2/7
		[2, 1, 4, -28.571428571, 7]
	])('%d promoters, %d passives, %d detractors → %d', (promoters, passives, detractors, score, responses) => {
		const outcome = netPromoterScore({ promoters, passives, detractors });
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.value.score).toBeCloseTo(score, 6);
		expect(outcome.value.responses).toBe(responses);
		expect(outcome.value.promoterShare + outcome.value.passiveShare + outcome.value.detractorShare).toBeCloseTo(
			1,
			12
		);
	});

	it.each([
		[{ promoters: 0, passives: 0, detractors: 0 }, 'noResponses', ['promoters', 'passives', 'detractors']],
		[{ promoters: -1, passives: 0, detractors: 3 }, 'negative', ['promoters']]
	])('%j → %s', (counts, code, fields) => {
		expect(netPromoterScore(counts)).toEqual({ ok: false, problem: { code, fields } });
	});
});

describe('npsSteps: the shown subtraction adds up', () => {
	const steps = (promoters: number, passives: number, detractors: number, digits?: number) => {
		const outcome = netPromoterScore({ promoters, passives, detractors });
		if (!outcome.ok) throw new Error('not computed');
		return npsSteps(outcome.value, digits);
	};

	it.each([
		// 33.333… − 66.666… = −33.333…: the score −33.33; one share moves by less than 0.01.
		[1, 0, 2, 2, [33.33, 66.66, -33.33]],
		[60, 25, 15, 2, [60, 15, 45]],
		[2, 1, 4, 2, [28.57, 57.14, -28.57]],
		[1, 1, 1, 2, [33.33, 33.33, 0]],
		[1, 0, 2, 1, [33.3, 66.6, -33.3]],
		[2, 0, 1, 0, [66, 33, 33]]
	])('%d / %d / %d with %d decimals → %j', (pro, pas, det, digits, [p, d, s]) => {
		expect(steps(pro, pas, det, digits)).toEqual({ promoterPercent: p, detractorPercent: d, score: s });
	});

	it('adds up and stays within one unit of the last decimal for every split of up to 40 answers', () => {
		let checked = 0;
		for (let n = 1; n <= 40; n++) {
			for (let pro = 0; pro <= n; pro++) {
				for (let det = 0; pro + det <= n; det++) {
					const shown = steps(pro, n - pro - det, det);
					const exact = ((pro - det) / n) * 100;
					// In hundredths, as integers: the shown difference is the shown score.
					const [p, d, s] = [shown.promoterPercent, shown.detractorPercent, shown.score].map((x) =>
						Math.round(x * 100)
					);
					expect(p - d).toBe(s);
					expect(Math.abs(shown.score - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
					expect(Math.abs(shown.promoterPercent - (pro / n) * 100)).toBeLessThan(0.01);
					expect(Math.abs(shown.detractorPercent - (det / n) * 100)).toBeLessThan(0.01);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(10_000);
	});
});
