import { checkInputs, fail, ok, type InputProblemCode, type Outcome } from './outcome';

export type OrderValueProblemCode = InputProblemCode | 'noOrders';

/** Average order value: AOV = revenue / orders, in the revenue's currency per order. */
export function averageOrderValue(totals: { revenue: number; orders: number }): Outcome<number, OrderValueProblemCode> {
	const invalid = checkInputs(totals);
	if (invalid) return invalid;
	if (totals.orders === 0) return fail('noOrders', ['orders']);
	return ok(totals.revenue / totals.orders);
}

export interface FrequencyResult {
	/** Orders per customer over the period the counts cover. */
	frequency: number;
	warnings: FrequencyWarning[];
}

/**
 * `fewerOrdersThanCustomers`: if the customers counted are those who ordered in the period, each
 * placed at least one order, so fewer orders than customers means the counts cover different things.
 */
export type FrequencyWarning = 'fewerOrdersThanCustomers';

export type FrequencyProblemCode = InputProblemCode | 'noCustomers';

/**
 * Purchase frequency over one period: f = orders / unique customers (seed 004). Per period: a
 * year's f is not twelve times a month's, since the unique customers of a year are more.
 */
export function purchaseFrequency(counts: {
	orders: number;
	customers: number;
}): Outcome<FrequencyResult, FrequencyProblemCode> {
	const invalid = checkInputs(counts);
	if (invalid) return invalid;
	if (counts.customers === 0) return fail('noCustomers', ['customers']);
	return ok({
		frequency: counts.orders / counts.customers,
		warnings: counts.orders < counts.customers ? ['fewerOrdersThanCustomers'] : []
	});
}

export type RepeatRateProblemCode = InputProblemCode | 'noCustomers' | 'repeatersExceedCustomers';

/**
 * Repeat-purchase rate: customers with two or more orders / all customers, a fraction. This is the
 * figure Metrilo publishes as "retention rate" (e-commerce average 28 %, cited by seed 001); it is
 * not the CRR of seeds 000 and 001.
 */
export function repeatPurchaseRate(counts: {
	repeaters: number;
	customers: number;
}): Outcome<number, RepeatRateProblemCode> {
	const invalid = checkInputs(counts);
	if (invalid) return invalid;
	if (counts.customers === 0) return fail('noCustomers', ['customers']);
	if (counts.repeaters > counts.customers) return fail('repeatersExceedCustomers', ['repeaters', 'customers']);
	return ok(counts.repeaters / counts.customers);
}
