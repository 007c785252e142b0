import { DAYS_PER_YEAR } from '$lib/models/time-unit';
import type { PeriodUnit } from './calendar';
import type { CustomerIndex } from './customers';
import { lastCompletePeriod, lastMeasurablePeriod, type PeriodRow } from './periods';
import type { YearBuyers, YearlyRetention } from './yearly';

/** Below this span (days, first to last order inclusive) nothing is stated per year. */
export const MIN_DAYS_TO_ANNUALISE = 90;
/** Below this span a per-year figure is shown, flagged as extrapolated, and never used elsewhere. */
export const FULL_YEAR_DAYS = 365;

/**
 * Whether a figure observed over `spanDays` may be stated per year:
 * - `refused` below `MIN_DAYS_TO_ANNUALISE` (one day's orders × 365 says nothing about a year),
 * - `extrapolated` from that up to a full year (shown with a flag, never passed on as a fact),
 * - `observed` from a full year on.
 */
export type Annualisation =
	| { kind: 'refused'; spanDays: number; minDays: number }
	| { kind: 'extrapolated'; spanDays: number; fullDays: number }
	| { kind: 'observed'; spanDays: number };

export function annualisation(spanDays: number): Annualisation {
	if (spanDays < MIN_DAYS_TO_ANNUALISE) return { kind: 'refused', spanDays, minDays: MIN_DAYS_TO_ANNUALISE };
	if (spanDays < FULL_YEAR_DAYS) return { kind: 'extrapolated', spanDays, fullDays: FULL_YEAR_DAYS };
	return { kind: 'observed', spanDays };
}

/**
 * Why the yearly churn is what it is: from the last 12 whole months, measurable (`yearly`); missing
 * because they are not; or left out because their CRR is above 100 % (its churn is negative, which is
 * not a rate of loss).
 */
export type YearlyChurnBasis = 'fromPeriod' | 'noPeriod' | 'aboveHundred';

/**
 * The headline figures of a data set, each with the counts it is computed from so the page can
 * show its formula with the numbers in it.
 */
export interface Kpis {
	customers: number;
	orders: number;
	revenue: number;
	/** Revenue ÷ customers over the whole span: what a customer has spent so far (not a forecast). */
	revenuePerCustomer: number | null;
	/** Days from the first to the last order, inclusive. */
	spanDays: number;
	/** AOV = revenue / orders. */
	aov: number | null;
	/** Orders ÷ customers over the whole span (per customer, not per year: see `frequencyPerYear`). */
	ordersPerCustomer: number | null;
	/**
	 * f per year: over the last 12 whole months (`frequencyYear`), their orders ÷ the customers who
	 * bought in them, as the What-if page takes it; where the data (or the date range) holds no 12
	 * whole months, orders per customer ÷ span in years, null when the span is too short (see
	 * `annualisation`). Not orders per customer over a span of several years ÷ its years: every
	 * customer ever bought counts there for every year, those who left or came late too, and t = 1 ÷
	 * churn counts the leaving a second time in the CLV.
	 */
	frequencyPerYear: number | null;
	/** The 12 months f is measured over, with their buyers and orders; null when it is averaged over the span. */
	frequencyYear: YearBuyers | null;
	frequencyBasis: Annualisation;
	/** Customers with 2+ orders (the repeat-purchase rate counts these). */
	repeatCustomers: number;
	/** Customers who bought on 2+ different days (the CLV models count repeat purchase days). */
	repeatDayCustomers: number;
	/** Customers with 2+ orders / customers. */
	repeatPurchaseRate: number | null;
	/** The last period whose CRR is measurable (with its S, E, N), or null. */
	lastPeriod: PeriodRow | null;
	/** When no period is measurable: the last complete period (else the last), whose `basis` says why. */
	unmeasuredPeriod: PeriodRow | null;
	periodUnit: PeriodUnit;
	/** The activity window the periods were measured with, in months. */
	windowMonths: number;
	/**
	 * The yearly retention measured over the last 12 whole months with a 12-month window
	 * (never a period's CRR compounded: see `yearly.ts`); null when it was not computed.
	 */
	yearly: YearlyRetention | null;
	/** 1 − their CRR; null when it is not measurable or above 100 %. */
	yearlyChurn: number | null;
	yearlyChurnBasis: YearlyChurnBasis;
	/** Expected lifetime t = 1 / yearly churn, in years (a rough estimate assuming constant churn). */
	lifetimeYears: number | null;
	/** Simple CLV (seed 004) = AOV × f per year × t. */
	clv: number | null;
}

export function kpis(
	index: CustomerIndex,
	periods: readonly PeriodRow[],
	settings: { period: PeriodUnit; windowMonths: number; lifetimeYears?: number },
	yearly: YearlyRetention | null = null
): Kpis {
	const unit = settings.period;
	const lifetimeOverride = settings.lifetimeYears;
	let customers = 0;
	let orders = 0;
	let revenue = 0;
	let repeat = 0;
	let repeatDays = 0;
	for (let c = 0; c < index.customerCount; c++) {
		const n = index.orders[c];
		if (n === 0) continue;
		customers++;
		orders += n;
		revenue += index.revenue[c];
		if (n >= 2) repeat++;
		if (index.lastDay[c] > index.firstDay[c]) repeatDays++;
	}
	const spanDays = orders > 0 ? index.maxDay - index.minDay + 1 : 0;
	const aov = orders > 0 ? revenue / orders : null;
	const ordersPerCustomer = customers > 0 ? orders / customers : null;
	const buyers = yearly?.buyers;
	const frequencyYear = buyers && buyers.customers > 0 ? buyers : null;
	const frequencyBasis: Annualisation = frequencyYear ? { kind: 'observed', spanDays } : annualisation(spanDays);
	const frequencyPerYear = frequencyYear
		? frequencyYear.orders / frequencyYear.customers
		: ordersPerCustomer !== null && frequencyBasis.kind !== 'refused'
			? ordersPerCustomer / (spanDays / DAYS_PER_YEAR)
			: null;
	const last = lastMeasurablePeriod(periods);
	let yearlyChurn: number | null = null;
	let yearlyChurnBasis: YearlyChurnBasis = 'noPeriod';
	const yearCrr = yearly?.period?.crr;
	if (yearCrr != null) {
		yearlyChurnBasis = yearCrr > 1 ? 'aboveHundred' : 'fromPeriod';
		if (yearCrr <= 1) yearlyChurn = 1 - yearCrr;
	}
	const lifetimeYears = lifetimeOverride ?? (yearlyChurn && yearlyChurn > 0 ? 1 / yearlyChurn : null);
	const clv =
		aov !== null && frequencyPerYear !== null && lifetimeYears !== null
			? aov * frequencyPerYear * lifetimeYears
			: null;
	return {
		customers,
		orders,
		revenue,
		revenuePerCustomer: customers > 0 ? revenue / customers : null,
		spanDays,
		aov,
		ordersPerCustomer,
		frequencyPerYear,
		frequencyYear,
		frequencyBasis,
		repeatCustomers: repeat,
		repeatDayCustomers: repeatDays,
		repeatPurchaseRate: customers > 0 ? repeat / customers : null,
		lastPeriod: last,
		unmeasuredPeriod: last ? null : lastCompletePeriod(periods),
		periodUnit: unit,
		windowMonths: settings.windowMonths,
		yearly,
		yearlyChurn,
		yearlyChurnBasis,
		lifetimeYears,
		clv
	};
}
