import { describe, expect, it } from 'vitest';
import { cacPaybackMonths, ltvCacBand, ltvToCacRatio } from './acquisition';

describe('ltvToCacRatio: LTV / CAC', () => {
	it.each([
		[600, 150, 4],
		[300, 100, 3],
		[50, 100, 0.5],
		[0, 10, 0]
	])('%d / %d = %d', (ltv, cac, ratio) => {
		expect(ltvToCacRatio({ ltv, cac })).toEqual({ ok: true, value: ratio });
	});

	it('refuses a CAC of 0', () => {
		expect(ltvToCacRatio({ ltv: 600, cac: 0 })).toEqual({
			ok: false,
			problem: { code: 'cacZero', fields: ['cac'] }
		});
	});
});

describe('ltvCacBand against the 3:1 rule of thumb', () => {
	it.each([
		[0, 'loss'],
		[0.99, 'loss'],
		[1, 'below'],
		[2.99, 'below'],
		[3, 'meets'],
		[7, 'meets']
	] as const)('%d → %s', (ratio, band) => {
		expect(ltvCacBand(ratio)).toBe(band);
	});
});

describe('cacPaybackMonths: CAC / (monthly revenue × margin)', () => {
	it.each([
		// 150 / (25 × 0.4) = 150 / 10
		[150, 25, 0.4, 15],
		[90, 60, 0.5, 3],
		[100, 40, 1, 2.5]
	])('CAC %d, revenue %d a month, margin %d → %d months', (cac, monthlyRevenue, grossMargin, months) => {
		const outcome = cacPaybackMonths({ cac, monthlyRevenue, grossMargin });
		expect(outcome.ok && outcome.value).toBeCloseTo(months, 10);
	});

	it.each([
		[{ cac: 0, monthlyRevenue: 25, grossMargin: 0.4 }, 'cacZero', ['cac']],
		[{ cac: 150, monthlyRevenue: 0, grossMargin: 0.4 }, 'noMonthlyMargin', ['monthlyRevenue', 'grossMargin']],
		[{ cac: 150, monthlyRevenue: 25, grossMargin: 0 }, 'noMonthlyMargin', ['monthlyRevenue', 'grossMargin']],
		[{ cac: 150, monthlyRevenue: 25, grossMargin: 2 }, 'rateAboveOne', ['grossMargin']]
	])('%j → %s', (inputs, code, fields) => {
		expect(cacPaybackMonths(inputs)).toEqual({ ok: false, problem: { code, fields } });
	});
});
