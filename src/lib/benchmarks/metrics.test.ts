import { describe, expect, it } from 'vitest';
import { convertPeriod, isMetricId } from './metrics';

describe('convertPeriod', () => {
	it.each([
		// churn: 1 − (1 − m)^k (SPEC §1). 5 % a month → 1 − 0.95^12 = 0.459640… a year.
		['churn', 0.05, 'month', 'year', 0.4596399],
		// 10 % a quarter → 1 − 0.9^4 = 0.3439 a year.
		['churn', 0.1, 'quarter', 'year', 0.3439],
		// and back: 34.39 % a year is 10 % a quarter.
		['churn', 0.3439, 'year', 'quarter', 0.1],
		// retention compounds: 90 % kept a quarter → 0.9^4 = 0.6561 a year.
		['crr', 0.9, 'quarter', 'year', 0.6561],
		// 81 % kept a year → 0.81^(3/12) = 0.9486833 a quarter.
		['crr', 0.81, 'year', 'quarter', 0.9486833],
		// a count per period scales with the length: 0.5 orders a month = 6 a year.
		['purchaseFrequency', 0.5, 'month', 'year', 6],
		['purchaseFrequency', 6, 'year', 'quarter', 1.5],
		['churn', 0.2, 'month', 'month', 0.2]
	] as const)('%s %f per %s → per %s = %f', (metric, value, from, to, expected) => {
		expect(convertPeriod(metric, value, from, to)).toBeCloseTo(expected, 6);
	});

	it.each([
		['repeatPurchaseRate', 0.28],
		['aov', 50],
		['clv', 163.09],
		['nps', 30]
	] as const)('refuses %s, which has no period to convert', (metric, value) => {
		expect(convertPeriod(metric, value, 'month', 'year')).toBeNull();
	});

	it.each([
		['churn', 1.2],
		['crr', -0.1],
		['churn', Number.NaN],
		['purchaseFrequency', Number.POSITIVE_INFINITY]
	] as const)('refuses %s = %f, which is not a valid rate', (metric, value) => {
		expect(convertPeriod(metric, value, 'month', 'year')).toBeNull();
	});

	it('keeps the edges: nobody lost stays nobody lost, everybody lost stays everybody lost', () => {
		expect(convertPeriod('churn', 0, 'month', 'year')).toBe(0);
		expect(convertPeriod('churn', 1, 'month', 'year')).toBe(1);
	});
});

describe('metric vocabulary', () => {
	it.each([
		['crr', true],
		['monthlyChurn', false],
		[42, false]
	])('isMetricId(%j) = %s', (value, expected) => {
		expect(isMetricId(value)).toBe(expected);
	});
});
