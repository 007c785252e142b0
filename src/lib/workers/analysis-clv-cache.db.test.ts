import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyse, wholeHistory } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/cache';
import { precomputeDefaultClv, readCachedClv } from '$lib/analysis/clv-cache';
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
import { db } from '$lib/db/database';
import { loadOrders } from '$lib/db/datasets';
import { syntheticCustomerId, syntheticOrderColumns } from '$lib/synthetic/orders';
import type { FromAnalysisWorker, ToAnalysisWorker } from './analysis-protocol';

// Counts the worker's reads of the orders (the function itself is the real one).
vi.mock('$lib/db/datasets', async (original) => {
	const actual = await original<typeof import('$lib/db/datasets')>();
	return { ...actual, loadOrders: vi.fn(actual.loadOrders) };
});

const synthetic = syntheticOrderColumns(2500, 13);
const { orders, customerCount } = synthetic;
const customers = Array.from({ length: customerCount }, (_, i) => syntheticCustomerId(i));

/** A stored orders data set (one chunk: fewer orders than CHUNK_ROWS). */
async function storeDataset(createdAt: number): Promise<number> {
	const id = (await db().datasets.add({
		name: `d${createdAt}`,
		kind: 'orders',
		createdAt,
		orderCount: orders.count,
		customerCount,
		firstDay: null,
		lastDay: synthetic.lastDay,
		revenue: 0,
		currency: null,
		byteSize: 0,
		chunkCount: 1,
		dimensions: [],
		hasOrderIds: false,
		report: {} as never
	})) as number;
	await db().orderChunks.add({
		datasetId: id,
		index: 0,
		count: orders.count,
		customer: orders.customer.slice(0, orders.count),
		day: orders.day.slice(0, orders.count),
		amount: orders.amount.slice(0, orders.count)
	});
	await db().datasetStrings.add({ datasetId: id, key: 'customers', values: customers });
	return id;
}

type Request = ToAnalysisWorker extends infer T ? (T extends unknown ? Omit<T, 'requestId'> : never) : never;
const replies: FromAnalysisWorker[] = [];
let nextId = 1;
let handle: (event: MessageEvent<ToAnalysisWorker>) => Promise<void>;

/** Sends a request to the worker module and returns its reply. */
async function ask(request: Request): Promise<FromAnalysisWorker> {
	const requestId = nextId++;
	await handle({ data: { ...request, requestId } as ToAnalysisWorker } as MessageEvent<ToAnalysisWorker>);
	const reply = replies.find((r) => r.requestId === requestId);
	if (!reply) throw new Error(`no reply to ${request.type}`);
	return reply;
}

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
	beforeAll(async () => {
		const scope = globalThis as unknown as { self: { postMessage: (m: FromAnalysisWorker) => void } };
		scope.self = { postMessage: (m: FromAnalysisWorker) => replies.push(m) } as never;
		await import('./analysis.worker');
		handle = (scope.self as unknown as { onmessage: typeof handle }).onmessage;
	});
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
});
