import { describe, expect, it } from 'vitest';
import { change } from './comparison';

describe('change', () => {
	it.each([
		['repeat', 0.35, 0.3, { kind: 'points', value: 0.05 }],
		['crr', 0.8, 0.9, { kind: 'points', value: -0.1 }],
		['churn', 0.2, 0.2, { kind: 'points', value: 0 }],
		['revenue', 120, 100, { kind: 'relative', value: 0.2 }],
		['customers', 75, 100, { kind: 'relative', value: -0.25 }],
		// No percentage change from nothing, from a negative amount, or from a missing value.
		['revenue', 50, 0, { kind: 'none' }],
		['revenue', 50, -10, { kind: 'none' }],
		['clv', null, 100, { kind: 'none' }],
		['crr', 0.5, null, { kind: 'none' }]
	] as const)('%s from %s to %s', (id, now, before, expected) => {
		const result = change(id, now, before);
		expect(result.kind).toBe(expected.kind);
		if (result.kind !== 'none' && expected.kind !== 'none') expect(result.value).toBeCloseTo(expected.value, 12);
	});
});
