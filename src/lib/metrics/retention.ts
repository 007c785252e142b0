import { checkInputs, fail, ok, type InputProblemCode, type Outcome } from './outcome';

export interface RetentionCounts {
	/** S: customers at the start of the period. */
	start: number;
	/** E: customers at the end of the period, including those won during it. */
	end: number;
	/** N: new customers won during the period. */
	acquired: number;
}

export interface RetentionResult {
	/** CRR as a fraction: 0.82 means 82 %. Above 1 only for inconsistent counts (see `warnings`). */
	rate: number;
	/** Customers of the start who are still there at the end: E − N. */
	retained: number;
	/** Customers of the start who left: S − (E − N); negative for inconsistent counts. */
	lost: number;
	/** Churn for the same period, 1 − CRR, as a fraction. */
	churn: number;
	warnings: RetentionWarning[];
}

/** `retainedExceedsStart`: E − N > S, more returning customers than there were: the counts disagree. */
export type RetentionWarning = 'retainedExceedsStart';

export type RetentionProblemCode = InputProblemCode | 'startNotPositive' | 'endBelowAcquired';

/**
 * Customer retention rate over one period (seeds 000 and 001):
 * CRR = (E − N) / S, a fraction (× 100 for a percentage).
 *
 * Problems: S ≤ 0 (`startNotPositive`: there is nobody to retain), E < N (`endBelowAcquired`:
 * the result would be negative, reported in `wouldBe`). A result above 100 % is returned with the
 * warning `retainedExceedsStart`, not hidden: it means the three counts do not fit together.
 */
export function customerRetentionRate(counts: RetentionCounts): Outcome<RetentionResult, RetentionProblemCode> {
	const invalid = checkInputs({ start: counts.start, end: counts.end, acquired: counts.acquired });
	if (invalid) return invalid;
	const { start, end, acquired } = counts;
	if (start <= 0) return fail('startNotPositive', ['start']);
	const retained = end - acquired;
	if (retained < 0) return fail('endBelowAcquired', ['end', 'acquired'], retained / start);
	const rate = retained / start;
	return ok({
		rate,
		retained,
		lost: start - retained,
		churn: 1 - rate,
		warnings: retained > start ? ['retainedExceedsStart'] : []
	});
}
