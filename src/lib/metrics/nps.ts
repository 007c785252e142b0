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

/** The numbers of the subtraction "show the math" writes: shares in % and the score. */
export interface NpsSteps {
	promoterPercent: number;
	detractorPercent: number;
	/** The decimals the two shares are written with: `digits`, or more where the subtraction needs them. */
	shareDigits: number;
	score: number;
}

/** Rounds half away from zero, as Intl does. */
function roundHalfOut(value: number): number {
	return Math.sign(value) * Math.round(Math.abs(value));
}

const roundTo = (value: number, digits: number) => roundHalfOut(value * 10 ** digits) / 10 ** digits;

/** The most decimals a share is given (far more than any count of answers needs). */
const MOST_SHARE_DIGITS = 10;

/**
 * The shares and the score, so that what is shown adds up and each share is its own division
 * rounded: the score with `digits` decimals, each share with as many (or more, where the shown
 * shares would otherwise give another score: 60/115 − 30/115 is "52.174 − 26.087 = 26.09", not
 * "52.17 − 26.09", which reads 26.08). A share is never moved off its rounded value (QA: "60 / 115
 * × 100 = 52.18" beside a promoters card of 52.17 %).
 */
export function npsSteps(result: NpsResult, digits = 2): NpsSteps {
	const promoters = result.promoterShare * 100;
	const detractors = result.detractorShare * 100;
	const score = roundHalfOut((promoters - detractors) * 10 ** digits) / 10 ** digits;
	const half = 0.5 * 10 ** -digits;
	let shareDigits = digits;
	while (
		shareDigits < MOST_SHARE_DIGITS &&
		Math.abs(roundTo(promoters, shareDigits) - roundTo(detractors, shareDigits) - score) > half * (1 + 1e-9)
	)
		shareDigits++;
	return {
		promoterPercent: roundTo(promoters, shareDigits),
		detractorPercent: roundTo(detractors, shareDigits),
		shareDigits,
		score
	};
}
