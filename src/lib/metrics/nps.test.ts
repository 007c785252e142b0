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
		// 33.333… − 66.667… = −33.334…, which reads −33.33: a third decimal makes it add up.
		[1, 0, 2, 2, [33.333, 66.667, 3, -33.33]],
		[60, 25, 15, 2, [60, 15, 2, 45]],
		[2, 1, 4, 2, [28.57, 57.14, 2, -28.57]],
		[1, 1, 1, 2, [33.33, 33.33, 2, 0]],
		[1, 0, 2, 1, [33.33, 66.67, 2, -33.3]],
		[2, 0, 1, 0, [66.7, 33.3, 1, 33]],
		// QA: 60/115 × 100 is 52.17 (the promoters card), not 52.18; 52.174 − 26.087 reads 26.09.
		[60, 25, 30, 2, [52.174, 26.087, 3, 26.09]]
	])('%d / %d / %d with %d decimals → %j', (pro, pas, det, digits, [p, d, shareDigits, s]) => {
		expect(steps(pro, pas, det, digits)).toEqual({
			promoterPercent: p,
			detractorPercent: d,
			shareDigits,
			score: s
		});
	});

	it('adds up and stays within one unit of the last decimal for every split of up to 40 answers', () => {
		let checked = 0;
		// (Splits that break a rule collected and checked once: 48,000 expect() calls take seconds on a busy machine.)
		const broken: string[] = [];
		for (let n = 1; n <= 40; n++) {
			for (let pro = 0; pro <= n; pro++) {
				for (let det = 0; pro + det <= n; det++) {
					const shown = steps(pro, n - pro - det, det);
					const exact = ((pro - det) / n) * 100;
					const unit = 10 ** shown.shareDigits;
					const split = `${pro} promoters, ${det} detractors of ${n}`;
					// The shown difference reads as the shown score; each share is its own value rounded.
					if (Math.abs(shown.promoterPercent - shown.detractorPercent - shown.score) > 0.005 + 1e-9)
						broken.push(`${split}: shares do not give the score`);
					if (Math.abs(shown.score - exact) > 0.005 + 1e-9) broken.push(`${split}: score off`);
					if (Math.abs(shown.promoterPercent - (pro / n) * 100) > 0.5 / unit + 1e-9)
						broken.push(`${split}: promoters' share off`);
					if (Math.abs(shown.detractorPercent - (det / n) * 100) > 0.5 / unit + 1e-9)
						broken.push(`${split}: detractors' share off`);
					checked++;
				}
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(10_000);
	});
});
