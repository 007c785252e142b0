import { checkInputs, fail, ok, type InputProblemCode, type Outcome } from './outcome';

/** Answers to "How likely are you to recommend us?" on the standard 0 to 10 scale, counted by group. */
export interface NpsCounts {
	/** Scores 9 and 10. */
	promoters: number;
	/** Scores 7 and 8. */
	passives: number;
	/** Scores 0 to 6. */
	detractors: number;
}

export interface NpsResult {
	/** NPS in points, from −100 to +100 (not a percentage). */
	score: number;
	responses: number;
	/** Shares of all responses, as fractions. */
	promoterShare: number;
	passiveShare: number;
	detractorShare: number;
}

export type NpsProblemCode = InputProblemCode | 'noResponses';

/**
 * Net Promoter Score by the standard definition (Reichheld 2003): % promoters (9–10) − % detractors
 * (0–6), passives (7–8) counting in the total only. Seed 002 describes a 1–10 scale on which "5 and
 * above" are promoters; that is not NPS and would give far higher scores.
 */
export function netPromoterScore(counts: NpsCounts): Outcome<NpsResult, NpsProblemCode> {
	const invalid = checkInputs({ ...counts });
	if (invalid) return invalid;
	const responses = counts.promoters + counts.passives + counts.detractors;
	if (responses === 0) return fail('noResponses', ['promoters', 'passives', 'detractors']);
	const promoterShare = counts.promoters / responses;
	const detractorShare = counts.detractors / responses;
	return ok({
		score: (promoterShare - detractorShare) * 100,
		responses,
		promoterShare,
		passiveShare: counts.passives / responses,
		detractorShare
	});
}
