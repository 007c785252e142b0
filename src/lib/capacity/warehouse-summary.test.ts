import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLV_SETTINGS, fitFromOrders, fitFromRows } from '$lib/analysis/clv-engine';
import { buildCustomerSummary } from '$lib/models/summary';
import { inspectSample } from '$lib/orders/inspect';
import { runImport, type ImportResult } from '$lib/orders/pipeline';
import { sampleOf, sourceOf } from '$lib/orders/test-support';

/**
 * The per-customer summary a warehouse writes with the README's SQL (tests/fixtures/warehouse):
 * it imports as a summary, matches the app's own summary of the same orders, and the models fit
 * on it as they do on the orders. (tests/reference/warehouse-summary.mjs checks the DuckDB query
 * writes these files.)
 */
const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/warehouse');
const TODAY = 40_000;

async function importFile(name: string): Promise<ImportResult> {
	const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
	const inspection = inspectSample(sampleOf(name, bytes));
	expect(inspection.missing).toEqual([]);
	return runImport([sourceOf(bytes, inspection.plan, 4096)], { today: TODAY });
}

interface Row {
	customer: string;
	frequency: number;
	recency: number;
	T: number;
	monetary: number;
}

/** The app's own summary of an orders file, in days, by customer id. */
async function appSummary(name: string): Promise<Row[]> {
	const result = await importFile(name);
	if (result.kind !== 'orders') throw new Error(`${name} was not read as orders`);
	const s = buildCustomerSummary(result.columns, result.customers.length, { unit: 'day' });
	return Array.from({ length: s.count }, (_, i) => ({
		customer: result.customers[s.customer[i]],
		frequency: s.x[i],
		recency: s.tx[i],
		T: s.T[i],
		monetary: s.monetary[i]
	})).sort((a, b) => a.customer.localeCompare(b.customer));
}

/** A summary file as the summary import reads it. */
async function importedSummary(name: string) {
	const result = await importFile(name);
	if (result.kind !== 'summary') throw new Error(`${name} was not read as a summary`);
	return result;
}

function rowsOf(result: Awaited<ReturnType<typeof importedSummary>>): Row[] {
	return result.customers
		.map((customer, i) => ({
			customer,
			frequency: result.frequency[i],
			recency: result.recency[i],
			T: result.age[i],
			monetary: result.monetary[i]
		}))
		.sort((a, b) => a.customer.localeCompare(b.customer));
}

function expectSameRows(actual: Row[], expected: Row[]) {
	expect(actual.map((r) => r.customer)).toEqual(expected.map((r) => r.customer));
	actual.forEach((row, i) => {
		const e = expected[i];
		expect({ ...row, monetary: 0 }, row.customer).toEqual({ ...e, monetary: 0 });
		expect(row.monetary, row.customer).toBeCloseTo(e.monetary, 9);
	});
}

describe('the warehouse summary (README SQL) of the hand-made orders', () => {
	it('is exactly the app’s own summary of the same orders: same-day orders one purchase, T to the last order day', async () => {
		const summary = await importedSummary('summary.csv');
		expect(summary.report.skipped).toEqual({});
		expect(summary.unit).toBe('days');
		expectSameRows(rowsOf(summary), await appSummary('orders.csv'));
	});

	it.each([
		// customer, frequency, recency, T, monetary — by hand from orders.csv (last order day 2024-06-30)
		['a', 2, 56, 177, 27.625], // 3 purchase days; 02-10 is 30 + 10, 03-01 is 15.25; the first day left out
		['b', 0, 0, 131, 0],
		['c', 0, 0, 107, 0], // two orders on one day: one purchase
		['d', 1, 181, 181, 0], // a zero-amount order is a purchase
		['e', 2, 81, 81, 24.995],
		['f', 1, 1, 182, 50] // across a year end
	])('customer %s: frequency %d, recency %d, T %d, monetary %d', async (customer, x, tx, T, m) => {
		const row = (await appSummary('orders.csv')).find((r) => r.customer === customer)!;
		expect([row.frequency, row.recency, row.T]).toEqual([x, tx, T]);
		expect(row.monetary).toBeCloseTo(m, 9);
	});
});

describe('the warehouse summary of 1,000 synthetic customers', () => {
	it('imports every row, equal to the app’s own summary of the same orders', async () => {
		const summary = await importedSummary('synthetic-summary.csv');
		expect(summary.report.rowsRead).toBe(1000);
		expect(summary.report.skipped).toEqual({});
		expectSameRows(rowsOf(summary), await appSummary('synthetic-orders.csv'));
	});

	it('fits the models as the orders do: the same parameters and CLV', async () => {
		const settings = { ...DEFAULT_CLV_SETTINGS, unit: 'day' as const };
		const summary = await importedSummary('synthetic-summary.csv');
		const fromSummary = fitFromRows(
			{
				count: summary.customers.length,
				x: summary.frequency,
				tx: summary.recency,
				T: summary.age,
				monetary: summary.monetary.map((m) => (m === m ? m : 0))
			},
			settings
		);
		const orders = await importFile('synthetic-orders.csv');
		if (orders.kind !== 'orders') throw new Error('expected orders');
		const fromOrders = fitFromOrders(orders.columns, orders.customers.length, settings);

		const a = fromSummary.models;
		const b = fromOrders.models;
		expect(a.bgnbd?.converged).toBe(true);
		expect(a.gammaGamma?.converged).toBe(true);
		for (const key of ['r', 'alpha', 'a', 'b'] as const) {
			expect(a.bgnbd!.params[key] / b.bgnbd!.params[key], `BG/NBD ${key}`).toBeCloseTo(1, 6);
		}
		for (const key of ['p', 'q', 'v'] as const) {
			expect(a.gammaGamma!.params[key] / b.gammaGamma!.params[key], `Gamma-Gamma ${key}`).toBeCloseTo(1, 6);
		}
		expect(a.clv!.totals.clv / b.clv!.totals.clv).toBeCloseTo(1, 6);
		expect(a.clv!.totals.customers).toBe(1000);
	});
});
