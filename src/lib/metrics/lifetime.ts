import { checkInputs, fail, ok, type InputProblemCode, type Outcome } from './outcome';

export type LifetimeProblemCode = InputProblemCode | 'rateAboveOne' | 'zeroChurn';

/**
 * Expected customer lifetime t = 1 / churn, in the periods the churn (a fraction) is measured in:
 * 5 % a month gives 20 months. A rough estimate: it assumes every customer faces the same churn
 * in every period, which real cohorts rarely do (early churn is usually higher).
 *
 * A churn of 0 has no finite lifetime (`zeroChurn`).
 */
export function expectedLifetime(churn: number): Outcome<number, LifetimeProblemCode> {
	const invalid = checkInputs({ churn });
	if (invalid) return invalid;
	if (churn > 1) return fail('rateAboveOne', ['churn']);
	if (churn === 0) return fail('zeroChurn', ['churn']);
	return ok(1 / churn);
}
