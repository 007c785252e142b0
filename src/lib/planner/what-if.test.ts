import { describe, expect, it } from 'vitest';
import { applyChange, NO_CHANGE, whatIf, whatIfFigures, type WhatIfBase, type WhatIfChange } from './what-if';

/**
 * A shop of 1,000 customers, AOV 50, 2.5 orders a year, 60 % kept a year, 40 % gross margin,
 * 10 % discount rate. By hand: m = 50 × 2.5 × 0.4 = 50; CLV = 50 × 0.6 / (1 + 0.1 − 0.6) = 30 / 0.5 = 60;
 * revenue this year = 1,000 × 2.5 × 50 = 125,000; kept = 600; next year = 600 × 2.5 × 50 = 75,000.
 */
const BASE: WhatIfBase = {
	customers: 1000,
	averageOrderValue: 50,
	purchasesPerYear: 2.5,
	retention: 0.6,
	grossMargin: 0.4,
	discountRate: 0.1
};

const change = (partial: Partial<WhatIfChange>): WhatIfChange => ({ ...NO_CHANGE, ...partial });

describe('whatIfFigures', () => {
	it('works out CLV and the two years of revenue of the baseline', () => {
		const result = whatIfFigures(BASE);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.marginPerCustomer).toBeCloseTo(50, 10);
		expect(result.value.clvMultiple).toBeCloseTo(1.2, 10);
		expect(result.value.clv).toBeCloseTo(60, 10);
		expect(result.value.revenueThisYear).toBeCloseTo(125_000, 6);
		expect(result.value.retainedCustomers).toBeCloseTo(600, 10);
		expect(result.value.revenueNextYear).toBeCloseTo(75_000, 6);
	});

	it.each<[string, Partial<WhatIfBase>, string]>([
		['a negative AOV', { averageOrderValue: -1 }, 'negative'],
		['a NaN customer count', { customers: Number.NaN }, 'notFinite'],
		['retention above 100 %', { retention: 1.2 }, 'rateAboveOne'],
		['margin above 100 %', { grossMargin: 1.01 }, 'rateAboveOne'],
		['100 % retention with no discounting', { retention: 1, discountRate: 0 }, 'diverges']
	])('refuses %s', (_label, partial, code) => {
		const result = whatIfFigures({ ...BASE, ...partial });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problem.code).toBe(code);
	});
});

describe('whatIf: one slider at a time, then all together', () => {
	it.each<[string, Partial<WhatIfChange>, { clv: number; thisYear: number; nextYear: number }]>([
		// r = 65 %: CLV = 50 × 0.65 / 0.45 = 72.2222…; next year 650 × 125 = 81,250; this year unchanged.
		['+5 points of retention', { retentionPoints: 5 }, { clv: 650 / 9, thisYear: 125_000, nextYear: 81_250 }],
		// r = 50 %: CLV = 50 × 0.5 / 0.6 = 41.666…; next year 500 × 125 = 62,500.
		['−10 points of retention', { retentionPoints: -10 }, { clv: 125 / 3, thisYear: 125_000, nextYear: 62_500 }],
		// AOV 55: m = 55; CLV = 55 × 0.6 / 0.5 = 66; this year 1,000 × 2.5 × 55 = 137,500; next 600 × 137.5 = 82,500.
		['+10 % order value', { orderValuePercent: 10 }, { clv: 66, thisYear: 137_500, nextYear: 82_500 }],
		// f 2.75: the same products as +10 % order value.
		['+10 % frequency', { frequencyPercent: 10 }, { clv: 66, thisYear: 137_500, nextYear: 82_500 }],
		// f 2: m = 40; CLV = 40 × 1.2 = 48; this year 100,000; next 60,000.
		['−20 % frequency', { frequencyPercent: -20 }, { clv: 48, thisYear: 100_000, nextYear: 60_000 }],
		// g 45 %: m = 56.25; CLV = 56.25 × 1.2 = 67.5; revenue does not depend on margin.
		['+5 points of margin', { marginPoints: 5 }, { clv: 67.5, thisYear: 125_000, nextYear: 75_000 }],
		// r 65 %, AOV 55, f 2.75, g 45 %: m = 55 × 2.75 × 0.45 = 68.0625; CLV = 68.0625 × 0.65 / 0.45 = 98.3125;
		// this year 1,000 × 2.75 × 55 = 151,250; next 650 × 151.25 = 98,312.5.
		[
			'all four together',
			{ retentionPoints: 5, orderValuePercent: 10, frequencyPercent: 10, marginPoints: 5 },
			{ clv: 98.3125, thisYear: 151_250, nextYear: 98_312.5 }
		]
	])('%s', (_label, partial, expected) => {
		const result = whatIf(BASE, change(partial));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { baseline, scenario, difference } = result.value;
		expect(baseline.clv).toBeCloseTo(60, 10);
		expect(scenario.clv).toBeCloseTo(expected.clv, 8);
		expect(scenario.revenueThisYear).toBeCloseTo(expected.thisYear, 6);
		expect(scenario.revenueNextYear).toBeCloseTo(expected.nextYear, 6);
		expect(difference.clv.absolute).toBeCloseTo(expected.clv - 60, 8);
		expect(difference.clv.relative).toBeCloseTo((expected.clv - 60) / 60, 10);
		expect(difference.revenueThisYear.absolute).toBeCloseTo(expected.thisYear - 125_000, 6);
		expect(difference.revenueNextYear.absolute).toBeCloseTo(expected.nextYear - 75_000, 6);
	});

	it('changes nothing with no change', () => {
		const result = whatIf(BASE, NO_CHANGE);
		expect(result.ok && result.value.difference).toEqual({
			clv: { absolute: 0, relative: 0 },
			revenueThisYear: { absolute: 0, relative: 0 },
			revenueNextYear: { absolute: 0, relative: 0 }
		});
	});

	it('has no relative difference from a baseline of zero', () => {
		const result = whatIf({ ...BASE, customers: 0 }, change({ orderValuePercent: 10 }));
		expect(result.ok && result.value.difference.revenueThisYear).toEqual({ absolute: 0, relative: null });
	});

	it('reaches exactly 100 % retention from 95 % + 5 points, and diverges only without discounting', () => {
		const kept = applyChange({ ...BASE, retention: 0.95 }, change({ retentionPoints: 5 }));
		expect(kept.ok && kept.value.retention).toBe(1);
		const withDiscount = whatIf({ ...BASE, retention: 0.95 }, change({ retentionPoints: 5 }));
		// m = 50, r = 1, d = 0.1: CLV = 50 × 1 / 0.1 = 500.
		expect(withDiscount.ok && withDiscount.value.scenario.clv).toBeCloseTo(500, 8);
		const undiscounted = whatIf({ ...BASE, retention: 0.95, discountRate: 0 }, change({ retentionPoints: 5 }));
		expect(undiscounted.ok ? null : undiscounted.problem.code).toBe('diverges');
	});

	it.each<[string, Partial<WhatIfChange>, string]>([
		['retention pushed above 100 %', { retentionPoints: 45 }, 'retentionPoints'],
		['retention pushed below 0 %', { retentionPoints: -61 }, 'retentionPoints'],
		['margin pushed below 0 %', { marginPoints: -41 }, 'marginPoints'],
		['margin pushed above 100 %', { marginPoints: 61 }, 'marginPoints'],
		['order value below zero', { orderValuePercent: -101 }, 'orderValuePercent'],
		['frequency below zero', { frequencyPercent: -150 }, 'frequencyPercent']
	])('refuses %s and names the slider', (_label, partial, field) => {
		const result = whatIf(BASE, change(partial));
		expect(result.ok ? null : result.problem).toEqual({ code: 'changeOutOfRange', fields: [field] });
	});

	it('refuses a change that is not a number', () => {
		const result = whatIf(BASE, change({ orderValuePercent: Number.NaN }));
		expect(result.ok ? null : result.problem).toEqual({ code: 'notFinite', fields: ['orderValuePercent'] });
	});
});
