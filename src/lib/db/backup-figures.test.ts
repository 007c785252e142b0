import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyse } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS, publishMeasures } from '$lib/analysis/cache';
import { dayFromYmd } from '$lib/format/date';
import { inspectSample } from '$lib/orders/inspect';
import { runImport } from '$lib/orders/pipeline';
import { sampleOf, sourceOf } from '$lib/orders/test-support';
import { measuresFromDataset, whatIfFromDataset } from '$lib/planner/baseline';
import { BackupError, createBackup, decodeBackup, encodeBackup, parseBackup, restoreBackup } from './backup';
import { db, type DatasetMetricsRecord } from './database';
import { loadOrders, storeImport } from './datasets';

/**
 * QA's Shopify export (87 line-item rows, 60 orders, 3 Oct 2025 – 29 Nov 2026, EUR). Checked with
 * pandas: 57 orders kept, 18 customers of whom 15 bought again; in the last 12 whole months
 * (Nov 2025 – Oct 2026) 46 orders worth €2,108.30.
 */
const FILE = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/backup/shopify_60.csv'));
const TRUTH = { customers: 18, repeatCustomers: 15, yearOrders: 46, yearRevenue: 2108.3 };

/** Times after the file's last order, so that neither the data set nor the backup is dated before its orders. */
const STORED_AT = Date.UTC(2026, 11, 1);
const BACKED_UP_AT = Date.UTC(2026, 11, 2);

type Header = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> };

/** Imports the file, stores it and records its figures as the Analysis page (or the import) does. */
async function importAndAnalyse(): Promise<number> {
	const { plan } = inspectSample(sampleOf('shopify_60.csv', FILE));
	const result = await runImport([sourceOf(FILE, plan, 4096)], { today: dayFromYmd(2026, 12, 1) });
	if (result.kind !== 'orders') throw new Error('expected orders');
	const id = await storeImport(result, 'QA shop', { now: STORED_AT });
	const orders = await loadOrders(id, { customers: false });
	const { analysis } = analyse(orders.columns, orders.dataset.customerCount, DEFAULT_ANALYSIS_SETTINGS);
	await publishMeasures(id, DEFAULT_ANALYSIS_SETTINGS, analysis, 'EUR');
	return id;
}

/** A backup whose header `edit` changed, sealed again as `encodeBackup` seals it: the checksum agrees. */
async function editedBackup(edit: (header: Header) => void): Promise<ArrayBuffer> {
	const file = await createBackup(db(), BACKED_UP_AT);
	const { header, body } = await decodeBackup(await file.arrayBuffer(), db().verno);
	const { checksum: _checksum, ...rest } = structuredClone(header);
	edit(rest as unknown as Header);
	return (await encodeBackup(rest, body.slice())).buffer;
}

const figuresOf = (h: Header) => h.tables.datasetMetrics[0] as unknown as DatasetMetricsRecord;

/** QA's edit: AOV 99, repeat-purchase rate 50 %, the last 12 months' revenue €9,999. */
function qaEdit(h: Header): void {
	const figures = figuresOf(h);
	for (const m of figures.measures) {
		if (m.metric === 'aov') m.value = 99;
		if (m.metric === 'repeatPurchaseRate') m.value = 0.5;
	}
	figures.yearBuyers!.revenue = 9999;
}

async function restore(buffer: ArrayBuffer) {
	await Promise.all(db().tables.map((t) => t.clear()));
	const parsed = await parseBackup(buffer, db());
	await restoreBackup(parsed, db(), undefined);
	return parsed;
}

beforeEach(async () => {
	await Promise.all(db().tables.map((t) => t.clear()));
});

describe('figures derived from the orders are never taken from a backup on trust', () => {
	it('restores edited figures (the checksum sealed again) as the orders give them, for Benchmarks and What-if', async () => {
		const id = await importAndAnalyse();
		const parsed = await restore(await editedBackup(qaEdit));

		const record = (await db().datasetMetrics.get(id))!;
		// Benchmarks: "Your Repeat-purchase rate" (QA saw 50 %).
		const repeat = measuresFromDataset(record, 'ecommerce').find((m) => m.metric === 'repeatPurchaseRate');
		expect(repeat?.value).toBeCloseTo(TRUTH.repeatCustomers / TRUTH.customers, 12);
		// What-if: the AOV of the last 12 whole months (QA saw €9,999.00 ÷ 46).
		const prefill = whatIfFromDataset(record);
		expect(prefill.notes).toContainEqual(
			expect.objectContaining({ field: 'averageOrderValue', orders: TRUTH.yearOrders })
		);
		const aov = prefill.notes.find((n) => n.field === 'averageOrderValue' && n.kind === 'yearAov');
		expect(aov && 'revenue' in aov ? aov.revenue : null).toBeCloseTo(TRUTH.yearRevenue, 6);
		expect(prefill.values.averageOrderValue).toBeCloseTo(TRUTH.yearRevenue / TRUTH.yearOrders, 9);
		// The overall AOV benchmarks compare is the orders' too, not the 99 written in.
		expect(measuresFromDataset(record, 'ecommerce').find((m) => m.metric === 'aov')?.value).not.toBe(99);
		// And the restore says so.
		expect(parsed.recomputedFigures).toEqual(['QA shop']);
	});

	it('restores an untouched backup’s figures as they were, and says nothing was corrected', async () => {
		const id = await importAndAnalyse();
		const before = (await db().datasetMetrics.get(id))!;
		const parsed = await restore(await editedBackup(() => {}));

		expect(parsed.recomputedFigures).toEqual([]);
		expect(await db().datasetMetrics.get(id)).toEqual(before);
	});

	// Review: a backup made today of a data set whose figures were recorded before the revenue basis
	// and the CRR's customers back after a lapse were kept said its figures "did not match its orders".
	it('takes figures recorded before the newer fields were kept as agreeing, and restores them with those fields', async () => {
		const id = await importAndAnalyse();
		// Quarterly periods with a 3-month window: the last quarter's CRR is measured, with its counts.
		const orders = await loadOrders(id, { customers: false });
		const quarterly = { ...DEFAULT_ANALYSIS_SETTINGS, period: 'quarter' as const, windowMonths: 3 };
		const { analysis } = analyse(orders.columns, orders.dataset.customerCount, quarterly);
		await publishMeasures(id, quarterly, analysis, 'EUR');
		const before = (await db().datasetMetrics.get(id))!;
		expect(before.revenueBasis).toBe('netSales');
		expect(before.measures.some((m) => m.counts?.returning !== undefined)).toBe(true);
		const parsed = await restore(
			await editedBackup((h) => {
				const figures = figuresOf(h);
				delete figures.revenueBasis;
				for (const m of figures.measures) if (m.counts) delete m.counts.returning;
			})
		);

		expect(parsed.recomputedFigures).toEqual([]);
		expect(await db().datasetMetrics.get(id)).toEqual(before);
	});

	it.each<[string, (h: Header) => void]>([
		['a customer count', (h) => (figuresOf(h).customers = 5)],
		['the first order’s day', (h) => (figuresOf(h).firstDay = figuresOf(h).firstDay! + 1)],
		['a withheld figure removed', (h) => (figuresOf(h).withheld = [])],
		['the 12 months’ customers', (h) => (figuresOf(h).yearBuyers!.customers = 3)]
	])('recomputes figures with %s edited', async (_, edit) => {
		const id = await importAndAnalyse();
		const before = (await db().datasetMetrics.get(id))!;
		const parsed = await restore(await editedBackup(edit));

		expect(parsed.recomputedFigures).toEqual(['QA shop']);
		const { computedAt: _a, ...restored } = (await db().datasetMetrics.get(id))!;
		const { computedAt: _b, ...expected } = before;
		expect(restored).toEqual(expected);
	});

	it('recomputes the figures with the Analysis settings they were recorded with', async () => {
		const id = await importAndAnalyse();
		const orders = await loadOrders(id, { customers: false });
		const quarterly = { ...DEFAULT_ANALYSIS_SETTINGS, period: 'quarter' as const, windowMonths: 6 };
		const { analysis } = analyse(orders.columns, orders.dataset.customerCount, quarterly);
		await publishMeasures(id, quarterly, analysis, 'EUR');
		const before = (await db().datasetMetrics.get(id))!;
		const parsed = await restore(await editedBackup(qaEdit));

		expect(parsed.recomputedFigures).toEqual(['QA shop']);
		const { computedAt: _a, ...restored } = (await db().datasetMetrics.get(id))!;
		const { computedAt: _b, ...expected } = before;
		expect(restored).toEqual(expected);
		expect(restored.settings).toEqual({ period: 'quarter', windowMonths: 6 });
	});

	it.each<[string, (h: Header) => void]>([
		['an unknown period', (h) => (figuresOf(h).settings = { period: 'decade' as never, windowMonths: 12 })],
		['a window of 0 months', (h) => (figuresOf(h).settings = { period: 'month', windowMonths: 0 })],
		['a currency that is not text', (h) => (figuresOf(h).currency = 5 as never)]
	])('refuses figures recorded with %s (nothing they could be recomputed with)', async (_, edit) => {
		await importAndAnalyse();
		const buffer = await editedBackup(edit);
		await Promise.all(db().tables.map((t) => t.clear()));
		await expect(parseBackup(buffer, db())).rejects.toBeInstanceOf(BackupError);
		expect(await db().datasets.count()).toBe(0);
	});
});
