import { describe, expect, it } from 'vitest';
import { discountRatePerPeriod, rescaleCompoundRate } from './discount';

describe('discountRatePerPeriod: (1 + d_year)^(1/k) − 1', () => {
	it.each([
		// e^(ln 1.1 / 12) − 1
		[0.1, 'month', 0.0079741404],
		// e^(ln 1.1 / 4) − 1
		[0.1, 'quarter', 0.024113689],
		[0.1, 'year', 0.1],
		// 1.21^(1/4) = 1.1^(1/2)
		[0.21, 'quarter', 0.0488088482],
		[0, 'month', 0]
	] as const)('%d a year → %d per %s', (yearly, period, expected) => {
		const outcome = discountRatePerPeriod(yearly, period);
		expect(outcome.ok && outcome.value).toBeCloseTo(expected, 9);
	});

	it('compounds back to the yearly rate', () => {
		const monthly = discountRatePerPeriod(0.08, 'month');
		expect(monthly.ok && (1 + monthly.value) ** 12 - 1).toBeCloseTo(0.08, 12);
	});

	it('refuses a negative rate', () => {
		expect(rescaleCompoundRate(-0.1, 2)).toEqual({ ok: false, problem: { code: 'negative', fields: ['rate'] } });
	});
});
