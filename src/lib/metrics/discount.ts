import { checkInputs, ok, type InputProblemCode, type Outcome } from './outcome';
import { periodsPerYear, type Period } from './period';

/**
 * Rescales a compound rate to a period `factor` times as long: (1 + rate)^factor − 1.
 * A yearly discount rate of 10 % is (1.1)^(1/12) − 1 = 0.797 % a month (not 10 % / 12 = 0.833 %),
 * so that twelve months of discounting compound to exactly 10 %. Works for any time unit (a model in
 * weeks uses factor 7 / 365.25 from a yearly rate).
 */
export function rescaleCompoundRate(rate: number, factor: number): Outcome<number, InputProblemCode> {
	const invalid = checkInputs({ rate, factor });
	if (invalid) return invalid;
	return ok((1 + rate) ** factor - 1);
}

/** A yearly discount rate (fraction) converted to `period`: (1 + d_year)^(1 / periods per year) − 1. */
export function discountRatePerPeriod(yearlyRate: number, period: Period): Outcome<number, InputProblemCode> {
	// A year's rate is the rate itself, not (1 + d)^1 − 1, which floating point moves off it
	// (0.10125 → 0.10125000000000006), so that it reads as typed in the math.
	if (period === 'year') {
		const rescaled = rescaleCompoundRate(yearlyRate, 1);
		return rescaled.ok ? { ...rescaled, value: yearlyRate } : rescaled;
	}
	return rescaleCompoundRate(yearlyRate, 1 / periodsPerYear(period));
}
