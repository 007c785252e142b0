import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyse, wholeHistory } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/cache';
import { precomputeDefaultClv, prepareDefaultClv, readCachedClv } from '$lib/analysis/clv-cache';
import {
	clvOverview,
	clvTable,
	DEFAULT_CLV_SETTINGS,
	fitFromOrders,
	segmentOfRows,
	type ClvOverview,
	type ClvSettings
} from '$lib/analysis/clv-engine';
import { clvCsvParts } from '$lib/analysis/clv-export';
import { loadOrders } from '$lib/db/datasets';
import { readStringList } from '$lib/db/string-parts';
import { syntheticCustomerId, syntheticOrderColumns } from '$lib/synthetic/orders';
import { db } from '$lib/db/database';
import { inspectSample } from '$lib/orders/inspect';
import { rowsHash } from '$lib/orders/same-files';
import { sampleOf, sourceOf } from '$lib/orders/test-support';
import { analysisWorker, storeDataset as storeSyntheticDataset } from './analysis-worker.test-support';

// Counts the worker's reads of the orders (the function itself is the real one).
vi.mock('$lib/db/datasets', async (original) => {
	const actual = await original<typeof import('$lib/db/datasets')>();
	return { ...actual, loadOrders: vi.fn(actual.loadOrders) };
});
// Counts its reads of the customer ids (and other text lists) likewise.
vi.mock('$lib/db/string-parts', async (original) => {
	const actual = await original<typeof import('$lib/db/string-parts')>();
	return { ...actual, readStringList: vi.fn(actual.readStringList) };
});

const synthetic = syntheticOrderColumns(2500, 13);
const { orders, customerCount } = synthetic;
const customers = Array.from({ length: customerCount }, (_, i) => syntheticCustomerId(i));

const data = { ...synthetic, customers };
const worker = analysisWorker();
const ask = worker.ask;
const storeDataset = (createdAt: number) => storeSyntheticDataset(data, createdAt);

function results(overview: ClvOverview): Omit<ClvOverview, 'timings'> {
	const { timings, ...rest } = overview;
	void timings;
	return rest;
}

const fresh = fitFromOrders(orders, customerCount, DEFAULT_CLV_SETTINGS);
const segmentOfCustomer = wholeHistory(analyse(orders, customerCount, DEFAULT_ANALYSIS_SETTINGS).detail)!.rfm.segment;
const freshSegments = segmentOfRows(fresh, segmentOfCustomer);
const query = { sort: 'clv', descending: true, search: '', offset: 0, limit: 25 } as const;

describe('the analysis worker’s fitClv with a cached fit', () => {
	beforeAll(worker.start);
	beforeEach(() => {
		vi.mocked(loadOrders).mockClear();
	});

	it('answers from the cache without reading the orders, with the fresh fit’s overview and pages', async () => {
		const id = await storeDataset(1000);
		await precomputeDefaultClv(orders, customerCount, id, 1000, segmentOfCustomer);
		const fitted = await ask({ type: 'fitClv', datasetId: id, clv: { ...DEFAULT_CLV_SETTINGS }, page: query });
		expect(fitted.type).toBe('clvFitted');
		if (fitted.type !== 'clvFitted') return;
		expect(fitted.cached).toBe(true);
		// The table's first page comes with the fit.
		expect(fitted.page).toEqual(clvTable(fresh, customers, freshSegments, query));
		expect(results(fitted.overview)).toEqual(results(clvOverview(fresh, segmentOfCustomer)));
		const page = await ask({ type: 'clvTable', datasetId: id, query });
		expect(page).toMatchObject(clvTable(fresh, customers, freshSegments, query));
		expect(loadOrders).not.toHaveBeenCalled();

		// A request that needs the orders reads them, and the cached fit stays in use after it.
		const holdout = await ask({ type: 'holdout', datasetId: id, unit: 'week', splitDay: synthetic.lastDay - 200 });
		expect(holdout.type).toBe('holdoutChecked');
		expect(loadOrders).toHaveBeenCalledTimes(1);
		const again = await ask({ type: 'clvTable', datasetId: id, query: { ...query, sort: 'x', descending: false } });
		expect(again).toMatchObject(
			clvTable(fresh, customers, freshSegments, { ...query, sort: 'x', descending: false })
		);
		const csv = await ask({ type: 'clvCsv', datasetId: id });
		expect(csv.type === 'segmentCsv' && csv.parts.join('')).toBe(
			clvCsvParts(fresh, customers, freshSegments).join('')
		);
	});

	it('fits other settings from the orders (nothing cached for them), and does not cache them', async () => {
		const id = await storeDataset(2000);
		await precomputeDefaultClv(orders, customerCount, id, 2000);
		const settings: ClvSettings = { ...DEFAULT_CLV_SETTINGS, horizonMonths: 24 };
		const byT = { ...query, sort: 'T', descending: false } as const;
		const fitted = await ask({ type: 'fitClv', datasetId: id, clv: settings, page: byT });
		expect(fitted.type === 'clvFitted' && fitted.cached).toBeFalsy();
		expect(loadOrders).toHaveBeenCalledTimes(1);
		const run = fitFromOrders(orders, customerCount, settings);
		const expected = clvOverview(run, segmentOfCustomer);
		expect(fitted.type === 'clvFitted' && results(fitted.overview)).toEqual(results(expected));
		expect(fitted.type === 'clvFitted' && fitted.page).toEqual(
			clvTable(run, customers, segmentOfRows(run, segmentOfCustomer), byT)
		);
		expect(await readCachedClv(id, 2000, settings)).toBeNull();
	});

	it('shows a fit an import handed over without reading anything, and caches it when asked (once)', async () => {
		const id = await storeDataset(5000);
		const stored = prepareDefaultClv(orders, customerCount, segmentOfCustomer);
		const fitted = await ask({ type: 'fitClv', datasetId: id, clv: DEFAULT_CLV_SETTINGS, page: query, stored });
		expect(fitted.type === 'clvFitted' && fitted.page).toEqual(clvTable(fresh, customers, freshSegments, query));
		expect(loadOrders).not.toHaveBeenCalled();
		// Not written until asked: the page asks once it has it on screen.
		expect(await readCachedClv(id, 5000, DEFAULT_CLV_SETTINGS)).toBeNull();
		expect(await ask({ type: 'cacheHandedClv', datasetId: id, fingerprints: null })).toMatchObject({
			type: 'clvCached',
			written: true
		});
		const cached = await readCachedClv(id, 5000, DEFAULT_CLV_SETTINGS);
		expect(cached && results(clvOverview(cached.run, cached.segmentOfCustomer))).toEqual(
			results(clvOverview(fresh, segmentOfCustomer))
		);
		// Asked again, or for another data set: nothing handed is left to write.
		expect(await ask({ type: 'cacheHandedClv', datasetId: id, fingerprints: null })).toMatchObject({
			written: false
		});
	});

	it('writes the fingerprints the import had still to read when it caches the fit it handed over', async () => {
		const id = await storeDataset(6000);
		const text = 'Order ID,Customer ID,Order Date,Total\n1,C1,2024-01-05,20.00\n2,C2,2024-01-09,35.50\n';
		const bytes = new TextEncoder().encode(text);
		const file = new File([bytes], 'orders.csv', { lastModified: 1_700_000_000_000 });
		const plan = inspectSample(sampleOf('orders.csv', bytes)).plan;
		const sourceFiles = [{ name: 'orders.csv', size: file.size, lastModified: file.lastModified, rows: null }];
		await db().datasets.update(id, { sourceFiles });
		const stored = prepareDefaultClv(orders, customerCount, segmentOfCustomer);
		await ask({ type: 'fitClv', datasetId: id, clv: DEFAULT_CLV_SETTINGS, page: query, stored });
		const fingerprints = { sourceFiles, later: [0], files: [file], plans: [plan] };
		expect(await ask({ type: 'cacheHandedClv', datasetId: id, fingerprints })).toMatchObject({ written: true });
		const rows = await rowsHash(plan, sourceOf(bytes, plan, 16).chunks());
		expect((await db().datasets.get(id))?.sourceFiles).toEqual([{ ...sourceFiles[0], rows }]);
	});

	it('refuses a cache-only request when nothing is cached, without reading the orders', async () => {
		const id = await storeDataset(3000);
		const reply = await ask({ type: 'fitClv', datasetId: id, clv: DEFAULT_CLV_SETTINGS, cachedOnly: true });
		expect(reply).toMatchObject({ type: 'failed', reason: 'noFit' });
		expect(loadOrders).not.toHaveBeenCalled();
	});

	it('caches the default fit it computes for a data set imported without one; another copy is not served it', async () => {
		const id = await storeDataset(4000);
		const first = await ask({ type: 'fitClv', datasetId: id, clv: DEFAULT_CLV_SETTINGS });
		expect(first.type === 'clvFitted' && first.cached).toBeFalsy();
		// No page asked, none sent.
		expect(first.type === 'clvFitted' && 'page' in first).toBe(false);
		expect(await readCachedClv(id, 4000, DEFAULT_CLV_SETTINGS)).not.toBeNull();
		const second = await ask({ type: 'fitClv', datasetId: id, clv: DEFAULT_CLV_SETTINGS });
		expect(second.type === 'clvFitted' && second.cached).toBe(true);
		// The data set replaced under the same id (a restore): the cached fit is not its fit.
		await db().datasets.update(id, { createdAt: 4001 });
		const third = await ask({ type: 'fitClv', datasetId: id, clv: DEFAULT_CLV_SETTINGS });
		expect(third.type === 'clvFitted' && third.cached).toBeFalsy();
	});

	it('reads the customer ids once for the fit’s page, the table’s pages and the export; a replaced copy afresh', async () => {
		const id = await storeDataset(7000);
		const stored = prepareDefaultClv(orders, customerCount, segmentOfCustomer);
		const customerReads = () =>
			vi.mocked(readStringList).mock.calls.filter(([, dataset, key]) => dataset === id && key === 'customers')
				.length;
		const fitted = await ask({ type: 'fitClv', datasetId: id, clv: DEFAULT_CLV_SETTINGS, page: query, stored });
		expect(fitted.type === 'clvFitted' && fitted.page).toEqual(clvTable(fresh, customers, freshSegments, query));
		const byX = { ...query, sort: 'x', descending: false } as const;
		expect(await ask({ type: 'clvTable', datasetId: id, query: byX })).toMatchObject(
			clvTable(fresh, customers, freshSegments, byX)
		);
		const csv = await ask({ type: 'clvCsv', datasetId: id });
		expect(csv.type === 'segmentCsv' && csv.parts.join('')).toBe(
			clvCsvParts(fresh, customers, freshSegments).join('')
		);
		expect(customerReads()).toBe(1);

		// The data set replaced under the same id (a restore) with other customer ids: those are shown.
		const renamed = customers.map((c) => `new-${c}`);
		await db().datasets.update(id, { createdAt: 7001 });
		await db().datasetStrings.put({ datasetId: id, key: 'customers', values: renamed });
		const again = await ask({ type: 'fitClv', datasetId: id, clv: DEFAULT_CLV_SETTINGS, page: query, stored });
		expect(again.type === 'clvFitted' && again.page).toEqual(clvTable(fresh, renamed, freshSegments, query));
		expect(customerReads()).toBe(2);
	});

	describe('the customer ids read ahead of a fit the import is computing (readCustomers)', () => {
		const customerReadsOf = (id: number) =>
			vi.mocked(readStringList).mock.calls.filter(([, dataset, key]) => dataset === id && key === 'customers')
				.length;

		it('are read once: the fit handed over afterwards shows its first page from them', async () => {
			const id = await storeDataset(8000);
			expect(await ask({ type: 'readCustomers', datasetId: id })).toMatchObject({
				type: 'customersRead',
				read: true
			});
			expect(customerReadsOf(id)).toBe(1);
			const stored = prepareDefaultClv(orders, customerCount, segmentOfCustomer);
			const fitted = await ask({ type: 'fitClv', datasetId: id, clv: DEFAULT_CLV_SETTINGS, page: query, stored });
			expect(fitted.type === 'clvFitted' && fitted.page).toEqual(
				clvTable(fresh, customers, freshSegments, query)
			);
			expect(customerReadsOf(id)).toBe(1);
			expect(loadOrders).not.toHaveBeenCalled();
		});

		it('are not read for a data set of more customers than the worker keeps (the fit reads them itself)', async () => {
			const id = await storeDataset(9000);
			await db().datasets.update(id, { customerCount: 1_000_001 });
			expect(await ask({ type: 'readCustomers', datasetId: id })).toMatchObject({
				type: 'customersRead',
				read: false
			});
			expect(customerReadsOf(id)).toBe(0);
		});

		it('are read again by the fit when the read ahead failed, and the page is right', async () => {
			const id = await storeDataset(10_000);
			vi.mocked(readStringList).mockRejectedValueOnce(new Error('IndexedDB closed'));
			expect(await ask({ type: 'readCustomers', datasetId: id })).toMatchObject({ read: false });
			const stored = prepareDefaultClv(orders, customerCount, segmentOfCustomer);
			const fitted = await ask({ type: 'fitClv', datasetId: id, clv: DEFAULT_CLV_SETTINGS, page: query, stored });
			expect(fitted.type === 'clvFitted' && fitted.page).toEqual(
				clvTable(fresh, customers, freshSegments, query)
			);
			expect(customerReadsOf(id)).toBe(2);
		});
	});
});
