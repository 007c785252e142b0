import { describe, expect, it } from 'vitest';
import { churnRate, compoundChurn, convertChurnRate, convertRetentionRate } from './churn';
import { PERIODS } from './period';

describe('churnRate: lost / S', () => {
	it.each([
		[10_000, 1_800, 0.18],
		[400, 0, 0],
		[400, 400, 1],
		[3, 1, 1 / 3]
	])('S=%d, lost=%d → %d', (start, lost, expected) => {
		expect(churnRate({ start, lost })).toEqual({ ok: true, value: expected });
	});

	it.each([
		[{ start: 0, lost: 0 }, 'startNotPositive', ['start']],
		[{ start: 100, lost: 101 }, 'lostExceedsStart', ['lost', 'start']],
		[{ start: 100, lost: -1 }, 'negative', ['lost']]
	])('%j → %s', (counts, code, fields) => {
		expect(churnRate(counts)).toMatchObject({ ok: false, problem: { code, fields } });
	});
});

describe('convertChurnRate: 1 − (1 − c)^k with k = months(to) / months(from)', () => {
	it.each([
		// 1 − 0.95³ = 1 − 0.857375
		[0.05, 'month', 'quarter', 0.142625],
		// 1 − 0.95¹² = 1 − 0.5403600876626367
		[0.05, 'month', 'year', 0.4596399123373633],
		// 1 − 0.82⁴ = 1 − 0.45212176
		[0.18, 'quarter', 'year', 0.54787824],
		// 1 − 0.5^(1/12) = 1 − 0.9438743126816935
		[0.5, 'year', 'month', 0.0561256873183065],
		// 1 − 0.82^(1/3) = 1 − 0.9359901623
		[0.18, 'quarter', 'month', 0.0640098377],
		[0.3, 'month', 'month', 0.3],
		[0, 'month', 'year', 0],
		[1, 'year', 'month', 1]
	] as const)('%d per %s → per %s %d', (rate, from, to, expected) => {
		const outcome = convertChurnRate(rate, from, to);
		expect(outcome.ok).toBe(true);
		if (outcome.ok) expect(outcome.value).toBeCloseTo(expected, 7);
	});

	it.each(PERIODS.flatMap((from) => PERIODS.map((to) => [from, to] as const)))(
		'converting %s → %s and back returns the rate',
		(from, to) => {
			const there = convertChurnRate(0.07, from, to);
			if (!there.ok) throw new Error('conversion failed');
			const back = convertChurnRate(there.value, to, from);
			expect(back.ok && back.value).toBeCloseTo(0.07, 12);
		}
	);

	it.each([
		[1.2, 'rateAboveOne'],
		[-0.1, 'negative'],
		[NaN, 'notFinite']
	])('refuses a churn of %d (%s)', (rate, code) => {
		expect(convertChurnRate(rate, 'month', 'year')).toMatchObject({
			ok: false,
			problem: { code, fields: ['rate'] }
		});
	});
});

describe('convertRetentionRate: r^k', () => {
	it.each([
		[0.9, 'month', 'quarter', 0.729],
		[0.81, 'year', 'month', 0.98259],
		[0.5, 'quarter', 'year', 0.0625]
	] as const)('%d per %s → per %s %d', (rate, from, to, expected) => {
		const outcome = convertRetentionRate(rate, from, to);
		expect(outcome.ok && outcome.value).toBeCloseTo(expected, 4);
	});
});

describe('compoundChurn: 1 − (1 − c)^periods, for any number of periods', () => {
	it.each([
		[0.05, 0, 0],
		[0.05, 1, 0.05],
		// 1 − 0.95² = 1 − 0.9025
		[0.05, 2, 0.0975],
		// 1 − 0.95¹² = 1 − 0.5403600876626367
		[0.05, 12, 0.4596399123373633],
		// A quarter's 18 % over one month: 1 − 0.82^(1/3)
		[0.18, 1 / 3, 0.0640098377]
	])('%d over %d periods → %d', (rate, periods, expected) => {
		const outcome = compoundChurn(rate, periods);
		expect(outcome.ok && outcome.value).toBeCloseTo(expected, 9);
	});

	it('refuses a rate above 1 and a negative number of periods', () => {
		expect(compoundChurn(1.2, 2)).toMatchObject({ ok: false, problem: { code: 'rateAboveOne' } });
		expect(compoundChurn(0.1, -1)).toMatchObject({ ok: false, problem: { code: 'negative', fields: ['periods'] } });
	});
});
