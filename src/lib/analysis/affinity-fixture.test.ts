import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectSample } from '$lib/orders/inspect';
import { runImport } from '$lib/orders/pipeline';
import { sampleOf, sourceOf } from '$lib/orders/test-support';
import {
	AFFINITY_EXPECTED as E,
	AFFINITY_FIXTURES,
	type ExpectedRule
} from '../../../tests/fixtures/affinity/expected';
import { affinityCounts, affinityRules, type AffinityRule } from './affinity';

const brief = (r: AffinityRule) => [r.from, r.to, r.count, r.fromCount, r.toCount];

describe.each(AFFINITY_FIXTURES)(
	'product affinity of $file through the import (tests/fixtures/affinity)',
	({ file, names }) => {
		// Each group of tied rules in the order of its names, as the ranking breaks ties.
		const byName = (x: [string, string, ...number[]], y: [string, string, ...number[]]) =>
			x[0] + '\0' + x[1] < y[0] + '\0' + y[1] ? -1 : 1;
		const named = (groups: ExpectedRule[][]) =>
			groups.flatMap((group) =>
				group.map(([a, b, ...n]) => [names[a], names[b], ...n] as [string, string, ...number[]]).sort(byName)
			);

		it('matches the hand-computed rules', async () => {
			const bytes = new Uint8Array(
				readFileSync(join(import.meta.dirname, '../../../tests/fixtures/affinity', file))
			);
			const { plan } = inspectSample(sampleOf(file, bytes));
			const result = await runImport([sourceOf(bytes, plan)], { today: 20_000 });
			if (result.kind !== 'orders' || !result.items) throw new Error('expected orders with line items');
			expect(new Set(result.items.values)).toEqual(new Set(Object.values(names)));
			const counts = affinityCounts(result.columns, result.customers.length, result.items);

			const byLift = affinityRules(counts, { minCount: E.minCount, sort: 'lift' });
			expect(byLift.products).toBe(E.together.products);
			expect(byLift.together.orders).toBe(E.together.orders);
			expect(byLift.together.multiProduct).toBe(E.together.multiProduct);
			expect(byLift.together.skippedOrders).toBe(0);
			expect(byLift.together.rules.map(brief)).toEqual(named(E.together.byLift));
			byLift.together.rules.forEach((r, k) => {
				expect(r.lift).toBeCloseTo(E.together.lifts[k], 12);
				expect(r.support).toBeCloseTo(E.together.supports[k], 12);
				expect(r.confidence).toBeCloseTo(E.together.confidences[k], 12);
				expect(r.uncertain).toBe(true);
			});
			const byCount = affinityRules(counts, { minCount: E.minCount, sort: 'count' });
			expect(byCount.together.rules.map(brief)).toEqual(named(E.together.byCount));

			expect(byLift.next.returning).toBe(E.next.returning);
			expect(byLift.next.customers).toBe(E.next.customers);
			expect(byLift.next.rules.map(brief)).toEqual(named(E.next.byLift));
			byLift.next.rules.forEach((r, k) => {
				expect(r.lift).toBeCloseTo(E.next.lifts[k], 12);
				expect(r.support).toBeCloseTo(E.next.supports[k], 12);
				expect(r.confidence).toBeCloseTo(E.next.confidences[k], 12);
			});
		});
	}
);
