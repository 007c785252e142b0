import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectSample } from '$lib/orders/inspect';
import { runImport } from '$lib/orders/pipeline';
import { sampleOf, sourceOf } from '$lib/orders/test-support';
import { SHOPIFY_PROFIT as X } from '../../../tests/fixtures/profit/expected';
import { profitBase, profitTable } from './profit';

describe('profit of the Shopify fixture (hand-computed in tests/fixtures/profit)', () => {
	it('matches the hand-computed margins and payback months', async () => {
		const file = join(import.meta.dirname, '../../../tests/fixtures/orders', X.file);
		const bytes = new Uint8Array(readFileSync(file));
		const { plan } = inspectSample(sampleOf(X.file, bytes));
		const result = await runImport([sourceOf(bytes, plan)], { today: 20_000 });
		if (result.kind !== 'orders') throw new Error('expected orders');
		const table = profitTable(profitBase(result.columns, result.customers.length), {
			cogsShare: Number(X.costs.cogs) / 100,
			shippingPerOrder: Number(X.costs.shipping),
			feeShare: Number(X.costs.feeShare) / 100,
			feePerOrder: Number(X.costs.feeFixed),
			cac: Number(X.costs.cac)
		});
		expect(table.cohorts).toHaveLength(X.cohorts.length);
		X.cohorts.forEach((expected, k) => {
			const row = table.cohorts[k];
			expect(row.cumulative).toHaveLength(expected.cumulative.length);
			row.cumulative.forEach((v, a) => expect(v).toBeCloseTo(expected.cumulative[a], 9));
			expect(row.completeAges).toBe(expected.completeAges);
			expect(row.payback).toBe(expected.payback);
			expect(row.ltvCac.every((l) => l.ratio === null && !l.complete)).toBe(true);
		});
		table.all.cumulative.forEach((v, a) => expect(v).toBeCloseTo(X.all.cumulative[a], 9));
		expect(table.all.counted).toEqual(X.all.counted);
		expect(table.all.payback).toBe(X.all.payback);
		expect(table.cohorts.filter((c) => c.maybeEarlier)).toHaveLength(X.all.marked);
	});
});
