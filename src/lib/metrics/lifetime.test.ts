import { describe, expect, it } from 'vitest';
import { expectedLifetime } from './lifetime';

describe('expectedLifetime: t = 1 / churn', () => {
	it.each([
		[0.05, 20],
		[0.25, 4],
		[0.18, 5.555555555555555],
		[1, 1]
	])('churn %d → %d periods', (churn, periods) => {
		const outcome = expectedLifetime(churn);
		expect(outcome.ok && outcome.value).toBeCloseTo(periods, 12);
	});

	it.each([
		[0, 'zeroChurn'],
		[1.5, 'rateAboveOne'],
		[-0.2, 'negative'],
		[Infinity, 'notFinite']
	])('churn %d → %s', (churn, code) => {
		expect(expectedLifetime(churn)).toEqual({ ok: false, problem: { code, fields: ['churn'] } });
	});
});
