import type { PeriodUnit } from './calendar';
import type { CustomerIndex } from './customers';
import { MONTHS_PER } from './calendar';
import type { PeriodRow } from './periods';

/** Days in an average year, for turning a span of days into years. */
export const DAYS_PER_YEAR = 365.25;

/**
 * The headline figures of a data set, each with the counts it is computed from so the page can
 * show its formula with the numbers in it.
 */
export interface Kpis {
	customers: number;
	orders: number;
	revenue: number;
	/** Days from the first to the last order, inclusive. */
	spanDays: number;
	/** AOV = revenue / orders. */
	aov: number | null;
	/** f = orders / customers over the whole span. */
	ordersPerCustomer: number | null;
	/** f per year = orders per customer ÷ span in years. */
	frequencyPerYear: number | null;
	repeatCustomers: number;
	/** Customers with 2+ orders / customers. */
	repeatPurchaseRate: number | null;
	/** CRR and churn of the last complete period (with its S, E, N). */
	lastPeriod: PeriodRow | null;
	periodUnit: PeriodUnit;
	/** The last period's churn as a yearly rate: 1 − (1 − churn)^(periods per year). */
	yearlyChurn: number | null;
	/** Expected lifetime t = 1 / yearly churn, in years (a rough estimate assuming constant churn). */
	lifetimeYears: number | null;
	/** Simple CLV (seed 004) = AOV × f per year × t. */
	clv: number | null;
}

export function kpis(index: CustomerIndex, last: PeriodRow | null, unit: PeriodUnit, lifetimeOverride?: number): Kpis {
	let customers = 0;
	let orders = 0;
	let revenue = 0;
	let repeat = 0;
	for (let c = 0; c < index.customerCount; c++) {
		const n = index.orders[c];
		if (n === 0) continue;
		customers++;
		orders += n;
		revenue += index.revenue[c];
		if (n >= 2) repeat++;
	}
	const spanDays = orders > 0 ? index.maxDay - index.minDay + 1 : 0;
	const aov = orders > 0 ? revenue / orders : null;
	const ordersPerCustomer = customers > 0 ? orders / customers : null;
	const frequencyPerYear = ordersPerCustomer !== null && spanDays > 0 ? ordersPerCustomer / (spanDays / DAYS_PER_YEAR) : null;
	const periodsPerYear = 12 / MONTHS_PER[unit];
	const yearlyChurn = last?.churn !== null && last?.churn !== undefined ? 1 - Math.pow(Math.min(1, Math.max(0, 1 - last.churn)), periodsPerYear) : null;
	const lifetimeYears = lifetimeOverride ?? (yearlyChurn && yearlyChurn > 0 ? 1 / yearlyChurn : null);
	const clv = aov !== null && frequencyPerYear !== null && lifetimeYears !== null ? aov * frequencyPerYear * lifetimeYears : null;
	return {
		customers,
		orders,
		revenue,
		spanDays,
		aov,
		ordersPerCustomer,
		frequencyPerYear,
		repeatCustomers: repeat,
		repeatPurchaseRate: customers > 0 ? repeat / customers : null,
		lastPeriod: last,
		periodUnit: unit,
		yearlyChurn,
		lifetimeYears,
		clv
	};
}
