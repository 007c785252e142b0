import { describe, expect, it } from 'vitest';
import { customerRetentionRate } from './retention';

describe('customerRetentionRate: CRR = (E − N) / S', () => {
	it.each([
		// seed 001's example: (10,200 − 2,000) / 10,000 = 8,200 / 10,000
		{ start: 10_000, end: 10_200, acquired: 2_000, rate: 0.82, retained: 8_200, lost: 1_800 },
		// the 9,800 variant that gives the seed's "about 78 %": 7,800 / 10,000
		{ start: 10_000, end: 9_800, acquired: 2_000, rate: 0.78, retained: 7_800, lost: 2_200 },
		{ start: 200, end: 200, acquired: 0, rate: 1, retained: 200, lost: 0 },
		{ start: 200, end: 50, acquired: 50, rate: 0, retained: 0, lost: 200 },
		{ start: 8, end: 7, acquired: 1, rate: 0.75, retained: 6, lost: 2 }
	])('S=$start E=$end N=$acquired → $rate', ({ start, end, acquired, rate, retained, lost }) => {
		const outcome = customerRetentionRate({ start, end, acquired });
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.value.rate).toBeCloseTo(rate, 12);
		expect(outcome.value.churn).toBeCloseTo(1 - rate, 12);
		expect(outcome.value.retained).toBe(retained);
		expect(outcome.value.lost).toBe(lost);
		expect(outcome.value.warnings).toEqual([]);
	});

	it('returns a rate above 100 % with a warning when E − N exceeds S', () => {
		const outcome = customerRetentionRate({ start: 100, end: 130, acquired: 20 });
		expect(outcome).toEqual({
			ok: true,
			value: {
				rate: 1.1,
				retained: 110,
				lost: -10,
				churn: expect.closeTo(-0.1, 12),
				warnings: ['retainedExceedsStart']
			}
		});
	});

	it.each([
		[{ start: 0, end: 10, acquired: 2 }, 'startNotPositive', ['start'], undefined],
		[{ start: 10_000, end: 1_500, acquired: 2_000 }, 'endBelowAcquired', ['end', 'acquired'], -0.05],
		[{ start: -1, end: 10, acquired: 2 }, 'negative', ['start'], undefined],
		[{ start: 10, end: NaN, acquired: 2 }, 'notFinite', ['end'], undefined],
		[{ start: 10, end: 10, acquired: Infinity }, 'notFinite', ['acquired'], undefined]
	])('%j → %s', (counts, code, fields, wouldBe) => {
		const outcome = customerRetentionRate(counts);
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.problem.code).toBe(code);
		expect(outcome.problem.fields).toEqual(fields);
		if (wouldBe === undefined) expect(outcome.problem.wouldBe).toBeUndefined();
		else expect(outcome.problem.wouldBe).toBeCloseTo(wouldBe, 12);
	});
});
