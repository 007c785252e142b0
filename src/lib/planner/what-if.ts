import { retentionClv } from '$lib/metrics/clv';
import { checkInputs, fail, ok, type Outcome } from '$lib/metrics/outcome';

/**
 * What-if: the effect of a change in retention, order value, purchase frequency or margin on
 * customer lifetime value and on yearly revenue. Everything is per year.
 *
 * - CLV by retention and margin (Gupta & Lehmann, `retentionClv`): CLV = m × r / (1 + d − r), with
 *   m = AOV × f × g the gross margin a customer brings in a year, r the yearly retention and d the
 *   yearly discount rate. Margin arrives at the end of each year the customer is still there.
 * - Revenue this year from the current customers: C × f × AOV.
 * - Revenue next year from the customers kept: (C × r) × f × AOV. Only retained customers count;
 *   customers won next year are left out, so retention's effect on revenue shows here, a year on.
 */
export interface WhatIfBase {
	/** C: customers who buy this year. */
	customers: number;
	/** AOV, money per order. */
	averageOrderValue: number;
	/** f: orders per customer per year. */
	purchasesPerYear: number;
	/** r: share of customers kept from one year to the next, a fraction. */
	retention: number;
	/** g: gross margin as a fraction of revenue. */
	grossMargin: number;
	/** d: yearly discount rate, a fraction. */
	discountRate: number;
}

export const WHAT_IF_FIELDS = [
	'customers',
	'averageOrderValue',
	'purchasesPerYear',
	'retention',
	'grossMargin',
	'discountRate'
] as const satisfies readonly (keyof WhatIfBase)[];

/** The changes tried, in the units of the sliders. */
export interface WhatIfChange {
	/** Added to retention, in percentage points (+5 turns 60 % into 65 %). */
	retentionPoints: number;
	/** Order value scaled by this many per cent (+10 turns 50 into 55). */
	orderValuePercent: number;
	/** Purchase frequency scaled by this many per cent. */
	frequencyPercent: number;
	/** Added to gross margin, in percentage points. */
	marginPoints: number;
}

export const NO_CHANGE: WhatIfChange = {
	retentionPoints: 0,
	orderValuePercent: 0,
	frequencyPercent: 0,
	marginPoints: 0
};

/** How far each slider goes either way: wide enough to explore, narrow enough to stay plausible. */
export const CHANGE_LIMITS: Record<keyof WhatIfChange, { min: number; max: number; step: number }> = {
	retentionPoints: { min: -30, max: 30, step: 0.5 },
	orderValuePercent: { min: -50, max: 100, step: 1 },
	frequencyPercent: { min: -50, max: 100, step: 1 },
	marginPoints: { min: -30, max: 30, step: 0.5 }
};

export interface WhatIfFigures {
	inputs: WhatIfBase;
	/** m = AOV × f × g, gross margin per customer per year. */
	marginPerCustomer: number;
	/** r / (1 + d − r): how many years' margin a customer is worth today. */
	clvMultiple: number;
	/** m × r / (1 + d − r). */
	clv: number;
	/** C × f × AOV. */
	revenueThisYear: number;
	/** C × r. */
	retainedCustomers: number;
	/** C × r × f × AOV. */
	revenueNextYear: number;
}

export interface WhatIfDifference {
	/** Scenario minus baseline. */
	absolute: number;
	/** The difference as a share of the baseline; null when the baseline is 0. */
	relative: number | null;
}

export interface WhatIfResult {
	baseline: WhatIfFigures;
	scenario: WhatIfFigures;
	difference: Record<'clv' | 'revenueThisYear' | 'revenueNextYear', WhatIfDifference>;
}

export type WhatIfProblemCode =
	| 'notFinite'
	| 'negative'
	/** A rate of the baseline above 100 %. */
	| 'rateAboveOne'
	/** The change takes retention or margin below 0 % or above 100 %. */
	| 'changeOutOfRange'
	/** r = 100 % with d = 0: a customer who never leaves, undiscounted, is worth without limit. */
	| 'diverges';

/** The baseline with the change applied; rates must stay between 0 and 100 %. */
export function applyChange(base: WhatIfBase, change: WhatIfChange): Outcome<WhatIfBase, WhatIfProblemCode> {
	const notFinite = Object.entries(change).find(([, value]) => !Number.isFinite(value));
	if (notFinite) return fail('notFinite', [notFinite[0]]);
	const next: WhatIfBase = {
		...base,
		retention: base.retention + change.retentionPoints / 100,
		averageOrderValue: base.averageOrderValue * (1 + change.orderValuePercent / 100),
		purchasesPerYear: base.purchasesPerYear * (1 + change.frequencyPercent / 100),
		grossMargin: base.grossMargin + change.marginPoints / 100
	};
	// Points added to a rate in floating point (0.6 + 0.05) land a hair off; keep the rate exact enough to
	// compare with 0 and 1 honestly.
	next.retention = roundRate(next.retention);
	next.grossMargin = roundRate(next.grossMargin);
	if (next.retention < 0 || next.retention > 1) return fail('changeOutOfRange', ['retentionPoints']);
	if (next.grossMargin < 0 || next.grossMargin > 1) return fail('changeOutOfRange', ['marginPoints']);
	if (next.averageOrderValue < 0) return fail('changeOutOfRange', ['orderValuePercent']);
	if (next.purchasesPerYear < 0) return fail('changeOutOfRange', ['frequencyPercent']);
	return ok(next);
}

function roundRate(rate: number): number {
	return Math.round(rate * 1e12) / 1e12;
}

/** CLV and revenue of one set of inputs. */
export function whatIfFigures(inputs: WhatIfBase): Outcome<WhatIfFigures, WhatIfProblemCode> {
	const invalid = checkInputs({ ...inputs });
	if (invalid) return invalid;
	if (inputs.retention > 1) return fail('rateAboveOne', ['retention']);
	if (inputs.grossMargin > 1) return fail('rateAboveOne', ['grossMargin']);
	const { customers, averageOrderValue, purchasesPerYear, retention, grossMargin, discountRate } = inputs;
	const marginPerCustomer = averageOrderValue * purchasesPerYear * grossMargin;
	const clv = retentionClv({ margin: marginPerCustomer, retention, discountRate });
	if (!clv.ok) {
		return clv.problem.code === 'diverges'
			? fail('diverges', ['retention', 'discountRate'])
			: fail('notFinite', []);
	}
	const retainedCustomers = customers * retention;
	return ok({
		inputs,
		marginPerCustomer,
		clvMultiple: clv.value.multiple,
		clv: clv.value.clv,
		revenueThisYear: customers * purchasesPerYear * averageOrderValue,
		retainedCustomers,
		revenueNextYear: retainedCustomers * purchasesPerYear * averageOrderValue
	});
}

function difference(scenario: number, baseline: number): WhatIfDifference {
	const absoluteDifference = scenario - baseline;
	return { absolute: absoluteDifference, relative: baseline === 0 ? null : absoluteDifference / baseline };
}

/** Baseline and scenario side by side, with the differences. */
export function whatIf(base: WhatIfBase, change: WhatIfChange): Outcome<WhatIfResult, WhatIfProblemCode> {
	const baseline = whatIfFigures(base);
	if (!baseline.ok) return baseline;
	const changed = applyChange(base, change);
	if (!changed.ok) return changed;
	const scenario = whatIfFigures(changed.value);
	if (!scenario.ok) return scenario;
	const [b, s] = [baseline.value, scenario.value];
	return ok({
		baseline: b,
		scenario: s,
		difference: {
			clv: difference(s.clv, b.clv),
			revenueThisYear: difference(s.revenueThisYear, b.revenueThisYear),
			revenueNextYear: difference(s.revenueNextYear, b.revenueNextYear)
		}
	});
}
