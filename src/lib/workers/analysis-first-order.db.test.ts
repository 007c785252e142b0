import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CustomerActions } from '$lib/analysis/audiences';
import { DEFAULT_CLV_SETTINGS, type ClvSettings } from '$lib/analysis/clv-engine';
import { indexCustomers } from '$lib/analysis/customers';
import { db } from '$lib/db/database';
import { loadOrders, storeImport } from '$lib/db/datasets';
import { inspectSample } from '$lib/orders/inspect';
import { runImport } from '$lib/orders/pipeline';
import { sampleOf, sourceOf } from '$lib/orders/test-support';
import { firstOrderSummary, skusNotPerItem } from './analysis-first-order';

const FILE = join(import.meta.dirname, '../../../tests/fixtures/first-order/shopify_first_order.csv');
/** Predicted CLV per customer e-mail (made up: the point is which customers are averaged). */
const CLV: Record<string, number> = { a: 100, b: 20, c: 50, d: 10, e: 0, f: 30 };

async function stored() {
	const bytes = new Uint8Array(readFileSync(FILE));
	const { plan } = inspectSample(sampleOf('shopify_first_order.csv', bytes));
	const result = await runImport([sourceOf(bytes, plan)], { today: 20_000 });
	if (result.kind !== 'orders') throw new Error('expected orders');
	const id = await storeImport(result, 'First orders');
	const dataset = (await db().datasets.get(id))!;
	const orders = await loadOrders(id, { customers: false });
	// Model rows in reverse customer order, so that the row → customer mapping matters.
	const n = result.customers.length;
	const customerOf = Int32Array.from({ length: n }, (_, row) => n - 1 - row);
	// `withheld`: the purchase model stands, the spend model was refused (its CLVs are NaN).
	const actions = (fitted: boolean, withheld = false) =>
		({
			customerOf,
			unit: 'week',
			horizonMonths: 12,
			readiness: { ok: fitted, problems: [], warnings: [] },
			model: fitted
				? withheld
					? { clv: new Float64Array(n).fill(NaN), clvWithheld: true }
					: { clv: Float64Array.from(customerOf, (c) => CLV[result.customers[c][0]]), clvWithheld: false }
				: null
		}) as unknown as CustomerActions;
	return { dataset, orders, actions };
}

describe('firstOrderSummary (the worker’s answer to a firstOrder request)', () => {
	it('groups by a stored dimension and averages the CLV of the one fit, asked with the default settings', async () => {
		const { dataset, orders, actions } = await stored();
		const asked: ClvSettings[] = [];
		const summary = await firstOrderSummary(
			dataset,
			orders,
			'channel',
			() => indexCustomers(orders.columns, dataset.customerCount),
			(settings) => (asked.push(settings), actions(true))
		);
		expect(asked).toEqual([DEFAULT_CLV_SETTINGS]);
		expect(summary.stored).toBe(true);
		expect(summary.model).toMatchObject({ unit: 'week', horizonMonths: 12, fitted: true, clvWithheld: false });
		const groups = summary.breakdown.groups.map((g) => [g.value, g.customers, g.clv.perCustomer]);
		// web: a, c, f (f's first order is its 08:00 one, web, listed after its 09:00 pos one) →
		// (100 + 50 + 30) / 3; pos: b, e → (20 + 0) / 2; instagram: d → 10.
		expect(groups).toEqual([
			['web', 3, 60],
			['pos', 2, 10],
			['instagram', 1, 10]
		]);
		expect(summary.breakdown.all.clv).toMatchObject({ customers: 6, perCustomer: 210 / 6, uncertain: true });
	});

	it('puts everyone in (none) for a dimension the file did not have, and says the models were refused', async () => {
		const { dataset, orders, actions } = await stored();
		const summary = await firstOrderSummary(
			dataset,
			orders,
			'category',
			() => indexCustomers(orders.columns, dataset.customerCount),
			() => actions(false)
		);
		expect(summary.stored).toBe(false);
		expect(summary.model.fitted).toBe(false);
		expect(summary.breakdown.groups.map((g) => [g.kind, g.customers, g.clv.perCustomer])).toEqual([
			['none', 6, null]
		]);
	});

	it('says the CLV is withheld, not fitted, when only the spend model was refused', async () => {
		const { dataset, orders, actions } = await stored();
		const summary = await firstOrderSummary(
			dataset,
			orders,
			'channel',
			() => indexCustomers(orders.columns, dataset.customerCount),
			() => actions(true, true)
		);
		expect(summary.model).toMatchObject({ fitted: false, clvWithheld: true });
		expect(summary.breakdown.all.clv.perCustomer).toBeNull();
	});

	it('groups by every stored SKU of the first order (a: TEA-1 and MUG-1), read from the stored line items', async () => {
		const { dataset, orders, actions } = await stored();
		expect(dataset.hasItemSkus).toBe(true);
		expect(skusNotPerItem(dataset, 'sku')).toBe(false);
		const summary = await firstOrderSummary(
			dataset,
			orders,
			'sku',
			() => indexCustomers(orders.columns, dataset.customerCount),
			() => actions(false)
		);
		expect(summary.breakdown.overlapping).toBe(true);
		expect(summary.breakdown.groups.map((g) => [g.value, g.customers])).toEqual([
			['MUG-1', 3],
			['COF-1', 2],
			['TEA-1', 2]
		]);
	});

	it('refuses SKUs of a data set stored before SKUs per line item were kept', async () => {
		const { dataset } = await stored();
		const { hasItemSkus: _, ...before } = dataset;
		expect(skusNotPerItem(before, 'sku')).toBe(true);
		expect(skusNotPerItem(before, 'product')).toBe(false);
		// A data set without a SKU column has nothing to say it of: every customer is in "(none)".
		expect(skusNotPerItem({ ...before, dimensions: ['product'] }, 'sku')).toBe(false);
	});
});
