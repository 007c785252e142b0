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

/** The numbers of the subtraction "show the math" writes: shares in % and the score, all rounded alike. */
export interface NpsSteps {
	promoterPercent: number;
	detractorPercent: number;
	score: number;
}

/** Rounds half away from zero, as Intl does. */
function roundHalfOut(value: number): number {
	return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * The shares and the score with `digits` decimals each, so that what is shown adds up:
 * 1 promoter and 2 detractors of 3 are not "33.33 − 66.67 = −33.33" (which reads as −33.34) but
 * "33.33 − 66.66 = −33.33". The score is rounded correctly; each share is rounded up or down
 * (off its exact value by less than one unit of the last decimal, like the largest-remainder
 * rounding of shares that must sum to 100 %), picking the pair closest to the exact shares.
 */
export function npsSteps(result: NpsResult, digits = 2): NpsSteps {
	const unit = 10 ** digits;
	const promoters = result.promoterShare * 100 * unit;
	const detractors = result.detractorShare * 100 * unit;
	const score = roundHalfOut(promoters - detractors);
	let best: { p: number; d: number; worst: number; total: number } | null = null;
	for (const p of new Set([Math.floor(promoters), Math.ceil(promoters)])) {
		for (const d of new Set([Math.floor(detractors), Math.ceil(detractors)])) {
			if (p - d !== score) continue;
			const errors = [Math.abs(p - promoters), Math.abs(d - detractors)];
			const worst = Math.max(...errors);
			const total = errors[0] + errors[1];
			if (!best || worst < best.worst || (worst === best.worst && total < best.total))
				best = { p, d, worst, total };
		}
	}
	// A pair always exists (p − d spans ⌊P⌋ − ⌈D⌉ … ⌈P⌉ − ⌊D⌋, which holds ⌊P − D⌋ and ⌈P − D⌉);
	// the fallback only guards against a floating-point surprise.
	const p = best?.p ?? roundHalfOut(promoters);
	return { promoterPercent: p / unit, detractorPercent: (p - score) / unit, score: score / unit };
}
