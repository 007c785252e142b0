import { checkInputs, fail, ok, type InputProblemCode, type Outcome } from './outcome';

/** The often-quoted target for LTV:CAC. A rule of thumb from subscription businesses, not a law. */
export const LTV_CAC_RULE_OF_THUMB = 3;

/**
 * Where a ratio stands against the 3:1 rule of thumb: `loss` below 1 (a customer costs more to
 * win than they bring), `below` from 1 up to 3, `meets` from 3.
 */
export type LtvCacBand = 'loss' | 'below' | 'meets';

/** The ratios at which the band changes (see `ltvCacBand`): a ratio shown beside its band shows enough digits. */
export const LTV_CAC_BAND_LIMITS: readonly number[] = [1, LTV_CAC_RULE_OF_THUMB];

export type LtvCacProblemCode = InputProblemCode | 'cacZero';

/** LTV:CAC = LTV / CAC, how many times a customer's lifetime value covers their acquisition cost. */
export function ltvToCacRatio(amounts: { ltv: number; cac: number }): Outcome<number, LtvCacProblemCode> {
	const invalid = checkInputs(amounts);
	if (invalid) return invalid;
	if (amounts.cac === 0) return fail('cacZero', ['cac']);
	return ok(amounts.ltv / amounts.cac);
}

export function ltvCacBand(ratio: number): LtvCacBand {
	if (ratio < 1) return 'loss';
	return ratio < LTV_CAC_RULE_OF_THUMB ? 'below' : 'meets';
}

export type PaybackProblemCode = InputProblemCode | 'rateAboveOne' | 'cacZero' | 'noMonthlyMargin';

/**
 * CAC payback in months: CAC / (monthly revenue per customer × gross margin), the months of gross
 * profit from one customer needed to earn back what winning them cost. `grossMargin` is a fraction.
 * With no monthly gross profit the cost is never earned back (`noMonthlyMargin`).
 */
export function cacPaybackMonths(inputs: {
	cac: number;
	monthlyRevenue: number;
	grossMargin: number;
}): Outcome<number, PaybackProblemCode> {
	const invalid = checkInputs(inputs);
	if (invalid) return invalid;
	if (inputs.grossMargin > 1) return fail('rateAboveOne', ['grossMargin']);
	if (inputs.cac === 0) return fail('cacZero', ['cac']);
	const monthlyProfit = inputs.monthlyRevenue * inputs.grossMargin;
	if (monthlyProfit === 0) return fail('noMonthlyMargin', ['monthlyRevenue', 'grossMargin']);
	return ok(inputs.cac / monthlyProfit);
}
