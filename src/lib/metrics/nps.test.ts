import { describe, expect, it } from 'vitest';
import { netPromoterScore } from './nps';

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
