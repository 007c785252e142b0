import { decimalProduct, decimalSum } from './decimals';
import { checkInputs, fail, ok, type InputProblemCode, type Outcome } from './outcome';
import { periodsPerYear, type Period } from './period';

export interface SimpleClvInputs {
	/** AOV, money per order. */
	averageOrderValue: number;
	/** f, orders per customer per `period`. */
	frequency: number;
	/** t, the customer's expected lifetime in `period`s (seed 004: usually 1 to 3 years). */
	lifetime: number;
	/** The period of both f and t. They must share one: orders per year with years, per month with months. */
	period: Period;
	/** Optional gross margin as a fraction (0.4 for 40 %) to turn revenue into gross profit. */
	grossMargin?: number;
}

export interface SimpleClvResult {
	/** CV = AOV × f, money per customer per period. */
	customerValue: number;
	/** CLV = CV × t, in revenue. */
	clv: number;
	/** CLV × margin when a margin was given. */
	grossProfitClv?: number;
	/** t expressed in years, to compare with the usual 1 to 3. */
	lifetimeYears: number;
	warnings: SimpleClvWarning[];
}

/** `lifetimeAboveUsual`: t over 3 years, beyond the 1 to 3 years seed 004 calls usual. */
export type SimpleClvWarning = 'lifetimeAboveUsual';

export type SimpleClvProblemCode = InputProblemCode | 'rateAboveOne';

/** Seed 004 calls 1 to 3 years the usual customer lifetime t. */
export const USUAL_LIFETIME_YEARS = { min: 1, max: 3 } as const;

/**
 * CLV by the seed formula (seed 004): CLV = CV × t with CV = AOV × f, f and t over the same
 * period. No conversion of f between periods: a frequency measured over a month is not a twelfth of
 * one measured over a year (more distinct customers order in a year), so scaling would mislead.
 * No discounting and no churn pattern: a back-of-the-envelope figure.
 */
export function simpleClv(inputs: SimpleClvInputs): Outcome<SimpleClvResult, SimpleClvProblemCode> {
	const { averageOrderValue, frequency, lifetime, grossMargin } = inputs;
	const invalid = checkInputs({ averageOrderValue, frequency, lifetime, grossMargin: grossMargin ?? 0 });
	if (invalid) return invalid;
	if (grossMargin !== undefined && grossMargin > 1) return fail('rateAboveOne', ['grossMargin']);
	const customerValue = decimalProduct(averageOrderValue, frequency);
	const clv = decimalProduct(averageOrderValue, frequency, lifetime);
	const lifetimeYears = lifetime / periodsPerYear(inputs.period);
	return ok({
		customerValue,
		clv,
		grossProfitClv:
			grossMargin === undefined ? undefined : decimalProduct(averageOrderValue, frequency, lifetime, grossMargin),
		lifetimeYears,
		warnings: lifetimeYears > USUAL_LIFETIME_YEARS.max ? ['lifetimeAboveUsual'] : []
	});
}

export interface RetentionClvInputs {
	/** m: gross margin per customer per period, money. */
	margin: number;
	/** r: retention per period as a fraction (0.8 = 80 % of customers stay each period). */
	retention: number;
	/** d: discount rate per period as a fraction (see `discountRatePerPeriod`). */
	discountRate: number;
	/** Optional acquisition cost per customer, money, subtracted once. */
	acquisitionCost?: number;
}

export interface RetentionClvResult {
	/** The margin multiple r / (1 + d − r): how many periods' margin a customer is worth today. */
	multiple: number;
	/** CLV = m × r / (1 + d − r), before acquisition cost. */
	clv: number;
	/** CLV − CAC when a CAC was given. */
	clvAfterAcquisition?: number;
	warnings: RetentionClvWarning[];
}

/** `costsMoreThanWorth`: CLV − CAC < 0, winning this customer loses money. */
export type RetentionClvWarning = 'costsMoreThanWorth';

export type RetentionClvProblemCode = InputProblemCode | 'rateAboveOne' | 'diverges';

/**
 * CLV from retention and margin with discounting (Gupta & Lehmann 2003):
 * CLV = m × r / (1 + d − r), optionally − CAC. It is the sum over periods t = 1, 2, … of
 * m × r^t / (1 + d)^t: margin m arrives at the end of each period the customer is still there,
 * with constant m and r, over an unlimited horizon. m, r and d are per the same period.
 *
 * When r ≥ 1 + d (only possible here with r = 100 % and d = 0) the sum has no finite value
 * (`diverges`): a customer who never leaves and whose future money is not discounted is worth
 * without limit.
 */
export function retentionClv(inputs: RetentionClvInputs): Outcome<RetentionClvResult, RetentionClvProblemCode> {
	const { margin, retention, discountRate, acquisitionCost } = inputs;
	const invalid = checkInputs({ margin, retention, discountRate, acquisitionCost: acquisitionCost ?? 0 });
	if (invalid) return invalid;
	if (retention > 1) return fail('rateAboveOne', ['retention']);
	const denominator = decimalSum(1, discountRate, -retention);
	if (denominator <= 0) return fail('diverges', ['retention', 'discountRate']);
	const multiple = retention / denominator;
	const clv = margin * multiple;
	const clvAfterAcquisition = acquisitionCost === undefined ? undefined : clv - acquisitionCost;
	return ok({
		multiple,
		clv,
		clvAfterAcquisition,
		warnings: clvAfterAcquisition !== undefined && clvAfterAcquisition < 0 ? ['costsMoreThanWorth'] : []
	});
}
