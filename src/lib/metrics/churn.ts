import { checkInputs, fail, ok, type InputProblemCode, type Outcome } from './outcome';
import { periodRatio, type Period } from './period';

export type ChurnProblemCode = InputProblemCode | 'startNotPositive' | 'lostExceedsStart';

/**
 * Churn over one period from counts: churn = L / S, a fraction, where S is the customers at the
 * start and L those of them who left during the period. Equals 1 − CRR when counted the same way.
 */
export function churnRate(counts: { start: number; lost: number }): Outcome<number, ChurnProblemCode> {
	const invalid = checkInputs(counts);
	if (invalid) return invalid;
	if (counts.start <= 0) return fail('startNotPositive', ['start']);
	if (counts.lost > counts.start) return fail('lostExceedsStart', ['lost', 'start'], counts.lost / counts.start);
	return ok(counts.lost / counts.start);
}

export type RateProblemCode = InputProblemCode | 'rateAboveOne';

/**
 * Converts a churn rate (fraction) measured over `from` into the rate over `to`, assuming the same
 * churn in every month: survival multiplies, so churn_to = 1 − (1 − churn_from)^k with
 * k = months(to) / months(from). Monthly 5 % is quarterly 1 − 0.95³ = 14.26 %, yearly 45.96 %;
 * k < 1 converts the other way (yearly to monthly: k = 1/12).
 */
export function convertChurnRate(rate: number, from: Period, to: Period): Outcome<number, RateProblemCode> {
	return compoundChurn(rate, periodRatio(from, to));
}

/**
 * Churn over `periods` consecutive periods of churn `rate` (a fraction) each: 1 − (1 − rate)^periods.
 * The compounding behind `convertChurnRate`, for any number of periods (a whole or a fraction):
 * 5 % a month over 12 months is 45.96 %.
 */
export function compoundChurn(rate: number, periods: number): Outcome<number, RateProblemCode> {
	const invalid = checkInputs({ rate, periods });
	if (invalid) return invalid;
	if (rate > 1) return fail('rateAboveOne', ['rate']);
	return ok(1 - (1 - rate) ** periods);
}

/** The same conversion for a retention rate (fraction): r_to = r_from^k. */
export function convertRetentionRate(rate: number, from: Period, to: Period): Outcome<number, RateProblemCode> {
	const invalid = checkInputs({ rate });
	if (invalid) return invalid;
	if (rate > 1) return fail('rateAboveOne', ['rate']);
	return ok(rate ** periodRatio(from, to));
}
