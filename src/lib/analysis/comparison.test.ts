import { describe, expect, it } from 'vitest';
import { change, comparedFigure, type ComparedKpi } from './comparison';
import type { Kpis } from './kpis';

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

describe('an earlier figure beside the current one', () => {
	// Only the fields the comparison reads; a year observed and a CRR of 80 % unless a case says otherwise.
	const kpis = (p: { frequency?: 'observed' | 'extrapolated'; crr?: number; clv?: number }): Kpis =>
		({
			customers: 10,
			orders: 20,
			revenue: 1000,
			revenuePerCustomer: 100,
			aov: 50,
			frequencyPerYear: 2,
			repeatPurchaseRate: 0.5,
			clv: p.clv ?? 300,
			frequencyBasis:
				p.frequency === 'extrapolated'
					? { kind: 'extrapolated', spanDays: 120, fullDays: 365 }
					: { kind: 'observed', spanDays: 400 },
			lastPeriod: { crr: p.crr ?? 0.8, churn: 1 - (p.crr ?? 0.8) },
			unmeasuredPeriod: null
		}) as unknown as Kpis;
	const earlier = (k: Kpis) => ({ kind: 'comparable' as const, range: { from: 0, to: 9 }, kpis: k });
	it.each<[string, ComparedKpi, Kpis, Kpis, string]>([
		['both plain', 'crr', kpis({}), kpis({ crr: 0.6 }), 'comparable'],
		['earlier CRR above 100 %', 'crr', kpis({}), kpis({ crr: 1.2 }), 'notComparable'],
		['current CRR above 100 %', 'churn', kpis({ crr: 1.1 }), kpis({}), 'notComparable'],
		[
			'earlier per-year figure extrapolated',
			'frequency',
			kpis({}),
			kpis({ frequency: 'extrapolated' }),
			'notComparable'
		],
		['current CLV extrapolated', 'clv', kpis({ frequency: 'extrapolated' }), kpis({}), 'notComparable'],
		[
			'an extrapolated year does not touch revenue',
			'revenue',
			kpis({}),
			kpis({ frequency: 'extrapolated' }),
			'comparable'
		],
		['a CRR above 100 % does not touch customers', 'customers', kpis({}), kpis({ crr: 1.2 }), 'comparable']
	])('%s', (_, id, now, before, kind) => {
		expect(comparedFigure(now, earlier(before), id).kind).toBe(kind);
	});

	it('says which figure is flagged', () => {
		expect(comparedFigure(kpis({}), earlier(kpis({ crr: 1.2 })), 'crr')).toEqual({
			kind: 'notComparable',
			basis: { now: null, before: 'aboveHundred' }
		});
	});
});
