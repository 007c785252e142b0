import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OrderIdList } from '$lib/orders/id-list';
import type { OrdersResult } from '$lib/orders/accumulate';
import type { ImportReport } from '$lib/orders/report';
import { db, type OrderChunkRecord } from './database';
import { LEGACY_CHUNK_ROWS } from './chunk-rows';
import {
	datasetNameProblem,
	deleteCancelledImport,
	deleteDataset,
	itemStartBytes,
	listDatasets,
	loadCost,
	loadOrders,
	progressCounter,
	renameDataset,
	storeImport as storeImportOf
} from './datasets';
import { exportOrdersCsv } from './export-orders';
import { recogniseLayout } from '$lib/orders/layouts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectSample } from '$lib/orders/inspect';
import { runImport } from '$lib/orders/pipeline';
import { sampleOf, sourceOf } from '$lib/orders/test-support';
import { differenceOf } from '$lib/test-support/typed-arrays';

function result(count: number, customers = ['anna@x.io', '=HYPERLINK("http://evil")', 'carl']): OrdersResult {
	return {
		kind: 'orders',
		columns: {
			count,
			customer: Int32Array.from({ length: count }, (_, i) => i % customers.length),
			day: Int32Array.from({ length: count }, (_, i) => 19000 + (i % 400)),
			amount: Float64Array.from({ length: count }, (_, i) => (i % 7) * 10.5)
		},
		customers,
		orderIds: OrderIdList.from(Array.from({ length: count }, (_, i) => `o${i}`)),
		dimensions: {},
		items: null,
		report: {
			customers: customers.length,
			firstDay: 19000,
			lastDay: 19399,
			revenue: 1,
			currency: null,
			warnings: []
		} as unknown as ImportReport
	};
}

/**
 * Stores as a large import is stored, in chunks under 64 KiB (`chunkRowsFor`): the tests' imports of
 * a few thousand orders would otherwise be one large chunk each.
 */
const storeImport: typeof storeImportOf = (result, name, options = {}) =>
	storeImportOf(result, name, { largeChunksMaxBytes: 0, ...options });

beforeEach(async () => {
	vi.restoreAllMocks();
	await Promise.all(db().tables.map((t) => t.clear()));
});

/** A data set's order chunks as the store writes them since schema v9 (keyed out of line), in index order. */
const keyedChunks = (id: number) => db().keyedOrderChunks.where(':id').between([id, 0], [id, Infinity]).toArray();
const keyedIdChunks = (id: number) => db().keyedOrderIdChunks.where(':id').between([id, 0], [id, Infinity]).toArray();

describe('storing data sets', () => {
	/** The orders per chunk the data set was stored with (checked to be fewer than its orders). */
	async function chunkRowsOfStored(id: number, orders: number): Promise<number> {
		const rows = (await db().datasets.get(id))!.chunkRows!;
		expect(rows).toBeGreaterThan(0);
		expect(rows).toBeLessThan(orders);
		return rows;
	}

	it('stores orders in chunks of the size it chose, and reads them back whole', async () => {
		const count = 20_000;
		const id = await storeImport(result(count), 'Big');
		const rows = await chunkRowsOfStored(id, count);
		const chunkCount = Math.ceil(count / rows);
		expect(chunkCount).toBeGreaterThan(2);
		const chunks = await keyedChunks(id);
		expect(chunks.map((c) => c.count)).toEqual([
			...new Array(chunkCount - 1).fill(rows),
			count - (chunkCount - 1) * rows
		]);
		const stored = await loadOrders(id, { orderIds: true });
		expect(stored.columns).toEqual(result(count).columns);
		expect(stored.orderIds).toEqual(Array.from({ length: count }, (_, i) => `o${i}`));
		expect(stored.dataset).toMatchObject({ name: 'Big', orderCount: count, kind: 'orders', chunkCount });
	});

	it('stores an import whose chunks come to little in few large chunks, past the bound in small ones', async () => {
		// 8 bytes an order in each record (Uint16 customer and day, Int32 cents; ids "o123456" and a
		// separator): 1 MiB chunks of 131,072 orders, two for these.
		const count = 140_000;
		const id = await storeImportOf(result(count), 'Large chunks');
		expect((await db().datasets.get(id))!.chunkRows).toBe(131_072);
		expect((await keyedChunks(id)).map((c) => c.count)).toEqual([131_072, count - 131_072]);
		expect((await keyedIdChunks(id)).length).toBe(2);
		const stored = await loadOrders(id, { orderIds: true });
		const expected = result(count);
		expect(differenceOf(stored.columns.customer, expected.columns.customer)).toBeNull();
		expect(differenceOf(stored.columns.day, expected.columns.day)).toBeNull();
		expect(differenceOf(stored.columns.amount, expected.columns.amount)).toBeNull();
		expect(stored.orderIds![count - 1]).toBe(`o${count - 1}`);
		// The same orders over the bound: chunks under 64 KiB (7,680 orders of 8 bytes).
		const small = await storeImportOf(result(count), 'Small chunks', { largeChunksMaxBytes: count * 8 });
		expect((await db().datasets.get(small))!.chunkRows).toBe(7_680);
	}, 20_000);

	it('cuts chunks across the segments its copies are freed in, and releases the ids it wrote when told', async () => {
		// Long ids make chunks of 256 orders, 128 chunks a segment: three segments, the last one partial.
		const count = 256 * 128 * 2 + 1000;
		const ids = Array.from({ length: count }, (_, i) => `o${i}`.padEnd(150, 'x'));
		const stored = { ...result(count), orderIds: OrderIdList.from(ids) };
		const storing = storeImport(stored, 'Segments', { releaseIds: true });
		// The caller hands the columns on once it returns (detached here, as by a transfer).
		const { customer, day, amount } = stored.columns;
		structuredClone(stored.columns, { transfer: [customer.buffer, day.buffer, amount.buffer] });
		const id = await storing;
		expect(await chunkRowsOfStored(id, count)).toBe(256);
		const loaded = await loadOrders(id, { orderIds: true });
		const expected = result(count);
		expect(differenceOf(loaded.columns.customer, expected.columns.customer)).toBeNull();
		expect(differenceOf(loaded.columns.day, expected.columns.day)).toBeNull();
		expect(differenceOf(loaded.columns.amount, expected.columns.amount)).toBeNull();
		expect(loaded.orderIds).toEqual(ids);
		// Released as written: the result's ids are not read again.
		expect(() => stored.orderIds.get(0)).toThrow(RangeError);
		// Without the option the caller's ids stay whole.
		const kept = result(10);
		await storeImport(kept, 'Kept');
		expect(kept.orderIds!.get(0)).toBe('o0');
	}, 20_000);

	it('reports the orders written as the chunks are written: rising, ending at the total, not once per chunk', async () => {
		// Long ids make chunks of 256 orders: 120 chunks and a partial one.
		const count = 256 * 120 + 100;
		const ids = Array.from({ length: count }, (_, i) => `o${i}`.padEnd(150, 'x'));
		const calls: [number, number][] = [];
		const id = await storeImport({ ...result(count), orderIds: OrderIdList.from(ids) }, 'Progress', {
			onProgress: (written, total) => calls.push([written, total])
		});
		const chunkCount = Math.ceil(count / (await chunkRowsOfStored(id, count)));
		expect(chunkCount).toBe(121);
		expect(calls.length).toBeGreaterThan(10);
		expect(calls.length).toBeLessThanOrEqual(51);
		expect(calls.every(([, total]) => total === count)).toBe(true);
		const written = calls.map(([w]) => w);
		for (let i = 1; i < written.length; i++) expect(written[i]).toBeGreaterThan(written[i - 1]);
		expect(written.at(-1)).toBe(count);
		// Each count is a whole number of chunks written (or all of them).
		expect(written.every((w) => w % 256 === 0 || w === count)).toBe(true);
	}, 20_000);

	it('reads a data set stored before the chunk size was chosen (a quarter of a million orders a chunk)', async () => {
		const count = LEGACY_CHUNK_ROWS + 3;
		const columns = result(count).columns;
		const id = (await db().datasets.add({
			name: 'Old',
			kind: 'orders',
			createdAt: 1,
			orderCount: count,
			customerCount: 3,
			firstDay: 19000,
			lastDay: 19399,
			revenue: 0,
			currency: null,
			byteSize: 0,
			chunkCount: 2,
			dimensions: [],
			hasOrderIds: false,
			hasCost: true,
			report: {} as never
		})) as number;
		const cost = Float64Array.from({ length: count }, (_, i) => i);
		for (const [index, from, to] of [
			[0, 0, LEGACY_CHUNK_ROWS],
			[1, LEGACY_CHUNK_ROWS, count]
		]) {
			await db().orderChunks.add({
				datasetId: id,
				index,
				count: to - from,
				customer: columns.customer.slice(from, to),
				day: columns.day.slice(from, to),
				amount: columns.amount.slice(from, to),
				cost: cost.slice(from, to)
			});
		}
		await db().datasetStrings.add({ datasetId: id, key: 'customers', values: ['a', 'b', 'c'] });
		const back = await loadOrders(id, { cost: true });
		expect(differenceOf(back.columns.day, columns.day)).toBeNull();
		expect(differenceOf(back.columns.customer, columns.customer)).toBeNull();
		expect(differenceOf(back.cost, cost)).toBeNull();
		expect(differenceOf(await loadCost(id), cost)).toBeNull();
	});

	it('makes each chunk smaller when its orders carry more (attributes, line items)', async () => {
		const count = 10_000;
		const plain = await storeImport(result(count), 'Plain');
		const wide = result(count);
		wide.dimensions = {
			channel: { values: ['web'], index: new Int32Array(count) },
			country: { values: ['LV'], index: new Int32Array(count) }
		};
		wide.cost = new Float64Array(count);
		const wider = await storeImport(wide, 'Wide');
		expect(await chunkRowsOfStored(wider, count)).toBeLessThan(await chunkRowsOfStored(plain, count));
	});

	it('stores line items with the orders, chunk by chunk, and reads them back only when asked', async () => {
		const count = 10_007;
		// Order i has products i % 5 and, for odd i, (i + 2) % 5; every 10th order has none.
		const start = new Int32Array(count + 1);
		const product: number[] = [];
		for (let i = 0; i < count; i++) {
			if (i % 10 !== 9) product.push(i % 5);
			if (i % 10 !== 9 && i % 2 === 1) product.push((i + 2) % 5);
			start[i + 1] = product.length;
		}
		const stored = result(count);
		stored.items = { values: ['a', 'b', 'c', 'd', 'e'], start, product: Int32Array.from(product) };
		const id = await storeImport(stored, 'Items');
		const rows = await chunkRowsOfStored(id, count);
		const chunks = await keyedChunks(id);
		expect(chunks.map((c) => c.itemStart!.length)).toEqual(chunks.map((c) => c.count + 1));
		expect(chunks.map((c) => c.itemStart![0])).toEqual(chunks.map(() => 0));
		expect(chunks[1].itemStart![1]).toBe(start[rows + 1] - start[rows]);
		const back = await loadOrders(id, { items: true });
		expect(back.dataset.hasItems).toBe(true);
		expect(back.items!.values).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(differenceOf(back.items!.start, start)).toBeNull();
		expect(differenceOf(back.items!.product, Int32Array.from(product))).toBeNull();
		// The last order (i = 10,006, even): one product.
		const last = count - 1;
		expect([...back.items!.product.subarray(back.items!.start[last], back.items!.start[last + 1])]).toEqual([
			last % 5
		]);
		expect((await loadOrders(id)).items).toBeNull();
	});

	it.each(['uci_online_retail.csv', 'shopify_orders.csv', 'woocommerce_analytics.csv'])(
		'stores the line items an import of %s read, and reads the same back',
		async (file) => {
			const bytes = new Uint8Array(
				readFileSync(join(import.meta.dirname, '../../../tests/fixtures/orders', file))
			);
			const imported = await runImport([sourceOf(bytes, inspectSample(sampleOf(file, bytes)).plan)], {
				today: 20_000
			});
			if (imported.kind !== 'orders' || !imported.items) throw new Error('no line items');
			expect(imported.items.product.length).toBeGreaterThan(imported.columns.count);
			const id = await storeImport(imported, 'Imported');
			const { items } = await loadOrders(id, { items: true });
			expect(items).toEqual(imported.items);
		}
	);

	it('has copied the order columns when it returns: their buffers may then be handed to another worker', async () => {
		const stored = result(10);
		const expected = result(10).columns;
		const storing = storeImport(stored, 'Handed on');
		// What transferring the buffers does to them here: detached, empty.
		const { customer, day, amount } = stored.columns;
		structuredClone(stored.columns, { transfer: [customer.buffer, day.buffer, amount.buffer] });
		expect(stored.columns.customer.length).toBe(0);
		const loaded = await loadOrders(await storing);
		expect(loaded.columns).toEqual(expected);
	});

	it.each([
		['its first chunk', 0],
		['a chunk in the middle', 1],
		['its last chunk', -1]
	])('refuses to read a data set that lost %s, rather than count its orders as zeros', async (_, which) => {
		const count = 20_000;
		const withCost = () => ({ ...result(count), cost: new Float64Array(count).fill(1) });
		const id = await storeImport(withCost(), 'Damaged');
		const chunks = await keyedChunks(id);
		expect(chunks.length).toBeGreaterThan(2);
		const lost = chunks.at(which)!.index;
		await db().keyedOrderChunks.delete([id, lost]);
		await expect(loadOrders(id)).rejects.toThrow(`Data set ${id} is incomplete`);
		await expect(loadCost(id)).rejects.toThrow(`Data set ${id} is incomplete`);
		// The order ids are checked the same way.
		const intact = await storeImport(withCost(), 'Ids lost');
		await db().keyedOrderIdChunks.delete([intact, lost]);
		await expect(loadOrders(intact)).resolves.toBeTruthy();
		await expect(loadOrders(intact, { orderIds: true })).rejects.toThrow('order-id chunks could be read');
	});

	it('reads the stored costs alone (loadCost), chunk by chunk, as loadOrders reads them', async () => {
		const count = 10_005;
		const stored = result(count);
		stored.cost = Float64Array.from({ length: count }, (_, i) => (i % 5 === 0 ? NaN : i / 4));
		const id = await storeImport(stored, 'Costs');
		const rows = await chunkRowsOfStored(id, count);
		const cost = await loadCost(id);
		expect(differenceOf(cost, stored.cost)).toBeNull();
		expect(differenceOf((await loadOrders(id, { cost: true })).cost, stored.cost)).toBeNull();
		// A chunk stored without costs reads back as unknown (NaN), the others' as stored.
		await db().keyedOrderChunks.update([id, 1], { cost: undefined });
		const partial = await loadCost(id);
		expect(Array.from(partial!.subarray(rows, 2 * rows))).toEqual(new Array(rows).fill(NaN));
		expect(differenceOf(partial!.subarray(0, rows), stored.cost.subarray(0, rows))).toBeNull();
		expect(differenceOf(partial!.subarray(2 * rows), stored.cost.subarray(2 * rows))).toBeNull();
		// No costs stored: null; no such data set: an error.
		expect(await loadCost(await storeImport(result(3), 'None'))).toBeNull();
		await expect(loadCost(9999)).rejects.toThrow();
	});

	it('reads no line items of a data set stored without them (or before they were kept)', async () => {
		const id = await storeImport(result(10), 'No items');
		expect((await db().datasets.get(id))?.hasItems).toBe(false);
		await db().datasets.update(id, { hasItems: undefined });
		expect((await loadOrders(id, { items: true })).items).toBeNull();
	});

	it('keeps the revenue breakdown on the data-set record, and leaves it out when the import had none', async () => {
		const breakdown = {
			basis: 'netSales',
			grossSales: 220,
			discounts: 4,
			refunds: 10,
			returns: 0,
			netSales: 206,
			tax: 29.24,
			shipping: 19.5,
			totalCharged: 264.74,
			returnsWithoutOrder: 0,
			names: { tax: 'Taxes' }
		} as const;
		const withParts = result(10);
		withParts.report = { ...withParts.report, revenueBreakdown: breakdown };
		const a = await storeImport(withParts, 'With parts');
		const b = await storeImport(result(10), 'Without');
		expect((await db().datasets.get(a))?.revenueBreakdown).toEqual(breakdown);
		expect((await db().datasets.get(b))?.revenueBreakdown).toBeUndefined();
	});

	it('is all or nothing: a failure while writing leaves no data set and keeps the others', async () => {
		await storeImport(result(10), 'Existing');
		vi.spyOn(db().datasetStrings, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
		await expect(storeImport(result(100), 'Failing')).rejects.toThrow('disk full');
		const all = await listDatasets();
		expect(all.map((d) => d.name)).toEqual(['Existing']);
		expect(await db().keyedOrderChunks.count()).toBe(1);
		expect(await db().datasetStrings.count()).toBe(1);
	});

	it('issues every write before the transaction commits (onIssued), so the caller can work meanwhile', async () => {
		const count = 20_000;
		const adds = vi.spyOn(db().keyedOrderChunks, 'add');
		const strings = vi.spyOn(db().datasetStrings, 'bulkAdd');
		const seenAtIssue: { adds: number; strings: number }[] = [];
		const storing = storeImport(result(count), 'Overlapped', {
			now: 1234,
			onIssued: () => seenAtIssue.push({ adds: adds.mock.calls.length, strings: strings.mock.calls.length })
		});
		const id = await storing;
		const chunkCount = Math.ceil(count / (await chunkRowsOfStored(id, count)));
		expect(chunkCount).toBeGreaterThan(1);
		expect(seenAtIssue).toEqual([{ adds: chunkCount, strings: 1 }]);
		expect((await db().datasets.get(id))?.createdAt).toBe(1234);
		expect((await loadOrders(id)).columns.count).toBe(count);
		adds.mockRestore();
		strings.mockRestore();
	});

	it('is all or nothing when a write issued after onIssued fails: nothing of the data set is left', async () => {
		await storeImport(result(10), 'Existing');
		vi.spyOn(db().keyedOrderChunks, 'add').mockRejectedValueOnce(new Error('quota'));
		const issued = vi.fn();
		await expect(storeImport(result(5_000), 'Failing', { onIssued: issued })).rejects.toThrow('quota');
		expect(issued).toHaveBeenCalledOnce();
		expect((await listDatasets()).map((d) => d.name)).toEqual(['Existing']);
		expect(await db().keyedOrderChunks.count()).toBe(1);
		expect(await db().datasetStrings.count()).toBe(1);
	});

	it('stops issuing at the first failed write of a large import (only a few are under way at once), leaving nothing', async () => {
		await storeImport(result(10), 'Existing');
		const adds = vi.spyOn(db().keyedOrderChunks, 'add').mockRejectedValueOnce(new Error('quota'));
		const issued = vi.fn();
		// Dozens of chunks: the failure of the first is met before the last ones are cut and written.
		await expect(storeImport(result(100_000), 'Failing', { onIssued: issued })).rejects.toThrow('quota');
		expect(issued).not.toHaveBeenCalled();
		expect(adds.mock.calls.length).toBeLessThan(20);
		expect((await listDatasets()).map((d) => d.name)).toEqual(['Existing']);
		expect(await db().keyedOrderChunks.count()).toBe(1);
		expect(await db().keyedOrderIdChunks.count()).toBe(1);
		expect(await db().datasetStrings.count()).toBe(1);
	});

	it('renames with validation and deletes everything of a data set only', async () => {
		const a = await storeImport(result(10), 'A');
		const b = await storeImport(result(10), 'B');
		await renameDataset(a, '  Shop 2024  ');
		await expect(renameDataset(a, '   ')).rejects.toThrow(/empty/);
		await deleteDataset(b);
		expect((await listDatasets()).map((d) => d.name)).toEqual(['Shop 2024']);
		expect(await keyedChunks(b)).toEqual([]);
		expect(await db().datasetStrings.where('datasetId').equals(b).count()).toBe(0);
	});

	it.each([
		['', 'empty'],
		['x'.repeat(81), 'tooLong'],
		['Shop', null]
	])('data set name %j → %s', (name, problem) => {
		expect(datasetNameProblem(name)).toBe(problem);
	});
});

/**
 * Writes a data set's records by hand as the code before schema v7 stored them: every dimension
 * and line-item column Int32 (a dimension's none -1), with the line-item starts of every chunk; as
 * before v8 too, customers and days Int32, amounts Float64 and order ids one string a chunk.
 */
async function storeAsBeforeV7(stored: OrdersResult, rows: number): Promise<number> {
	const { count } = stored.columns;
	const dims = Object.keys(stored.dimensions) as (keyof OrdersResult['dimensions'])[];
	const id = (await db().datasets.add({
		name: 'Stored before v7',
		kind: 'orders',
		createdAt: 1,
		orderCount: count,
		customerCount: stored.customers.length,
		firstDay: 19000,
		lastDay: 19399,
		revenue: 0,
		currency: null,
		byteSize: 0,
		chunkCount: Math.ceil(count / rows),
		chunkRows: rows,
		dimensions: dims,
		hasOrderIds: stored.orderIds !== null,
		hasItems: stored.items !== null,
		report: {} as never
	})) as number;
	for (let index = 0, from = 0; from < count; index++, from += rows) {
		const to = Math.min(count, from + rows);
		const c = stored.columns;
		const chunk: OrderChunkRecord = {
			datasetId: id,
			index,
			count: to - from,
			customer: c.customer.slice(from, to),
			day: c.day.slice(from, to),
			amount: c.amount.slice(from, to)
		};
		for (const d of dims) chunk[d] = stored.dimensions[d]!.index.slice(from, to);
		if (stored.items) {
			const { start, product } = stored.items;
			chunk.itemStart = Int32Array.from({ length: to - from + 1 }, (_, i) => start[from + i] - start[from]);
			chunk.itemProduct = product.slice(start[from], start[to]);
		}
		await db().orderChunks.add(chunk);
		if (stored.orderIds)
			await db().orderIdChunks.add({ datasetId: id, index, ids: stored.orderIds.joined(from, to) });
	}
	await db().datasetStrings.add({ datasetId: id, key: 'customers', values: stored.customers });
	for (const d of dims)
		await db().datasetStrings.add({ datasetId: id, key: `dimension:${d}`, values: stored.dimensions[d]!.values });
	if (stored.items) await db().datasetStrings.add({ datasetId: id, key: 'items', values: stored.items.values });
	return id;
}

/** `size` distinct values; order i has value `(i * 7919) % (size + 1) - 1` (-1: none), the largest index included. */
function dimensionOf(size: number, count: number): { values: string[]; index: Int32Array } {
	const index = Int32Array.from({ length: count }, (_, i) => ((i * 7919) % (size + 1)) - 1);
	index[count - 1] = size - 1;
	return { values: Array.from({ length: size }, (_, i) => `v${i}`), index };
}

describe('dimension and line-item columns stored narrow (schema v7), and as stored before', () => {
	it.each([
		// dictionary size → the array each chunk stores it in (index + 1, 0 for none, when narrow)
		[1, 'Uint8Array'],
		[255, 'Uint8Array'],
		[256, 'Uint16Array'],
		[65_535, 'Uint16Array'],
		[65_536, 'Int32Array'],
		[70_000, 'Int32Array']
	])('a dimension of %d values is stored as %s and read back as the same indexes', async (size, kind) => {
		const count = 12_000;
		const stored = result(count);
		stored.dimensions = { country: dimensionOf(size, count) };
		const id = await storeImport(stored, 'Narrow');
		const chunks = await keyedChunks(id);
		expect(chunks.length).toBeGreaterThan(1);
		expect(new Set(chunks.map((c) => c.country!.constructor.name))).toEqual(new Set([kind]));
		const back = await loadOrders(id, { dimensions: true });
		expect(back.dimensions.country!.values).toEqual(stored.dimensions.country!.values);
		expect(differenceOf(back.dimensions.country!.index, stored.dimensions.country!.index)).toBeNull();
		expect(back.dimensions.country!.index).toBeInstanceOf(Int32Array);
	});

	it.each([
		// products, line items an order → the products' array, and whether the starts are stored
		[3, 'one', 'Uint8Array', false],
		[256, 'one', 'Uint8Array', false],
		[257, 'one', 'Uint16Array', false],
		[70_000, 'one', 'Int32Array', false],
		[3, 'some none, some two', 'Uint8Array', true]
	])(
		'line items of %d products, %s an order: products as %s, starts stored: %s; read back the same',
		async (products, shape, kind, starts) => {
			const count = 5_000;
			const start = new Int32Array(count + 1);
			const product: number[] = [];
			for (let i = 0; i < count; i++) {
				const n = shape === 'one' ? 1 : i % 3;
				for (let k = 0; k < n; k++) product.push((i * 31 + k) % products);
				start[i + 1] = product.length;
			}
			product[product.length - 1] = products - 1;
			const stored = result(count);
			stored.items = {
				values: Array.from({ length: products }, (_, i) => `p${i}`),
				start,
				product: Int32Array.from(product)
			};
			const id = await storeImport(stored, 'Items');
			const chunks = await keyedChunks(id);
			expect(new Set(chunks.map((c) => c.itemProduct!.constructor.name))).toEqual(new Set([kind]));
			expect(chunks.every((c) => (c.itemStart !== undefined) === starts)).toBe(true);
			const back = await loadOrders(id, { items: true });
			expect(differenceOf(back.items!.start, start)).toBeNull();
			expect(differenceOf(back.items!.product, stored.items.product)).toBeNull();
		}
	);

	it('leaves out the starts only of the chunks whose orders have one line item each', async () => {
		const count = 20_000;
		// The first half: one product an order; then every 5th order has none.
		const start = new Int32Array(count + 1);
		const product: number[] = [];
		for (let i = 0; i < count; i++) {
			if (i < count / 2 || i % 5 !== 0) product.push(i % 4);
			start[i + 1] = product.length;
		}
		const stored = result(count);
		stored.items = { values: ['a', 'b', 'c', 'd'], start, product: Int32Array.from(product) };
		const id = await storeImport(stored, 'Mixed');
		const chunks = await keyedChunks(id);
		expect(chunks[0].itemStart).toBeUndefined();
		expect(chunks.at(-1)!.itemStart).toBeInstanceOf(Uint16Array);
		const back = await loadOrders(id, { items: true });
		expect(differenceOf(back.items!.start, start)).toBeNull();
		expect(differenceOf(back.items!.product, stored.items.product)).toBeNull();
	});

	it('makes chunks of more orders with narrow columns than with Int32 ones', async () => {
		const count = 10_000;
		const stored = result(count);
		stored.dimensions = { channel: dimensionOf(4, count), country: dimensionOf(30, count) };
		stored.items = {
			values: ['a', 'b'],
			start: Int32Array.from({ length: count + 1 }, (_, i) => i),
			product: Int32Array.from({ length: count }, (_, i) => i % 2)
		};
		// Int32 columns: 16 + 2 × 4 + 4 + 4 bytes an order → 1,792 orders a chunk; narrow (v8: customer
		// and day Uint16, amount in cents Int32): 2 + 2 + 4 + 1 + 1 + 1 → 5,376 (60 KiB a chunk).
		const id = await storeImport(stored, 'Narrow');
		expect((await db().datasets.get(id))!.chunkRows).toBe(5_376);
	});

	it('reads data sets stored before v7 (Int32 columns, -1 for none, every chunk with its starts) as it reads new ones', async () => {
		const count = 5_000;
		const stored = result(count);
		stored.dimensions = { channel: dimensionOf(4, count), product: dimensionOf(300, count) };
		const start = Int32Array.from({ length: count + 1 }, (_, i) => i + Math.floor(i / 3));
		stored.items = {
			values: ['a', 'b', 'c'],
			start,
			product: Int32Array.from({ length: start[count] }, (_, k) => k % 3)
		};
		const old = await storeAsBeforeV7(stored, 1024);
		const chunks = await db().orderChunks.where('datasetId').equals(old).toArray();
		expect(chunks.every((c) => c.channel instanceof Int32Array && c.itemStart instanceof Int32Array)).toBe(true);
		const now = await storeImport(stored, 'Stored now');
		for (const id of [old, now]) {
			const back = await loadOrders(id, { dimensions: true, items: true });
			for (const d of ['channel', 'product'] as const) {
				expect(back.dimensions[d]!.values).toEqual(stored.dimensions[d]!.values);
				expect(differenceOf(back.dimensions[d]!.index, stored.dimensions[d]!.index)).toBeNull();
			}
			expect(differenceOf(back.items!.start, start)).toBeNull();
			expect(differenceOf(back.items!.product, stored.items.product)).toBeNull();
			expect(differenceOf(back.columns.customer, stored.columns.customer)).toBeNull();
		}
	});
});

/** Order i of a chunk's customer, for the shapes below. */
const CUSTOMERS: Record<string, (i: number) => number> = {
	'sorted by customer': (i) => Math.floor(i / 5),
	'spread over 70,000 customers': (i) => (i * 7919) % 70_000
};

describe('customer, day and amount columns stored narrow (schema v8), and as stored before', () => {
	it.each([
		// customers, days, amounts → the arrays a chunk stores them in
		['sorted by customer', 'within a year', 'whole cents', 'Uint16Array', 'Uint16Array', 'Int32Array'],
		['spread over 70,000 customers', 'within a year', 'whole cents', 'Int32Array', 'Uint16Array', 'Int32Array'],
		['sorted by customer', '200 years apart', 'whole cents', 'Uint16Array', 'Int32Array', 'Int32Array'],
		['sorted by customer', 'within a year', 'thirds of a cent', 'Uint16Array', 'Uint16Array', 'Float64Array'],
		['sorted by customer', 'within a year', 'sums like 0.1 + 0.2', 'Uint16Array', 'Uint16Array', 'Float64Array'],
		['sorted by customer', 'within a year', 'one of -0', 'Uint16Array', 'Uint16Array', 'Float64Array'],
		['sorted by customer', 'within a year', 'past 21 million', 'Uint16Array', 'Uint16Array', 'Float64Array'],
		['sorted by customer', 'within a year', 'refunds, whole cents', 'Uint16Array', 'Uint16Array', 'Int32Array']
	])(
		'customers %s, days %s, amounts in %s: stored as %s, %s, %s and read back the same',
		async (customers, days, amounts, customerKind, dayKind, amountKind) => {
			const count = 12_000;
			const stored = result(count);
			stored.customers = Array.from({ length: 70_000 }, (_, i) => `c${i}`);
			stored.columns.customer = Int32Array.from({ length: count }, (_, i) => CUSTOMERS[customers](i));
			const span = days === 'within a year' ? 365 : 73_000;
			stored.columns.day = Int32Array.from({ length: count }, (_, i) => -20_000 + ((i * 31) % span));
			stored.columns.day[count - 1] = -20_000 + span - 1;
			const amount = Float64Array.from({ length: count }, (_, i) => ((i * 37) % 100_000) / 100);
			if (amounts === 'thirds of a cent') amount[7] = 1 / 3;
			if (amounts === 'sums like 0.1 + 0.2') amount[7] = 0.1 + 0.2;
			if (amounts === 'one of -0') amount[7] = -0;
			if (amounts === 'past 21 million') amount[7] = 21_474_836.48;
			if (amounts === 'refunds, whole cents') for (let i = 3; i < count; i += 3) amount[i] = -amount[i];
			stored.columns.amount = amount;
			const expected = structuredClone(stored.columns);
			const id = await storeImport(stored, 'Narrow');
			const chunks = await keyedChunks(id);
			expect(chunks.length).toBeGreaterThan(1);
			const kinds = (key: 'customer' | 'day' | 'amount') => new Set(chunks.map((c) => c[key].constructor.name));
			expect(kinds('customer')).toEqual(new Set([customerKind]));
			expect(kinds('day')).toEqual(new Set([dayKind]));
			expect(kinds('amount')).toEqual(new Set([amountKind]));
			const back = await loadOrders(id, { orderIds: true });
			expect(differenceOf(back.columns.customer, expected.customer)).toBeNull();
			expect(differenceOf(back.columns.day, expected.day)).toBeNull();
			// (Object.is: -0 read back as 0 fails.)
			expect(differenceOf(back.columns.amount, expected.amount)).toBeNull();
			expect(back.orderIds).toEqual(Array.from({ length: count }, (_, i) => `o${i}`));
		}
	);

	it('stores a chunk’s customers as Uint16 where they fit and Int32 where they do not, in one data set', async () => {
		const count = 30_000;
		const stored = result(count);
		stored.customers = Array.from({ length: 70_000 }, (_, i) => `c${i}`);
		// The first half sorted by customer; the second spread.
		stored.columns.customer = Int32Array.from({ length: count }, (_, i) =>
			i < count / 2 ? Math.floor(i / 5) : (i * 7919) % 70_000
		);
		const id = await storeImport(stored, 'Mixed');
		const chunks = await keyedChunks(id);
		expect(chunks[0].customer).toBeInstanceOf(Uint16Array);
		expect(chunks.at(-1)!.customer).toBeInstanceOf(Int32Array);
		expect(chunks.at(-1)!.customerBase).toBeUndefined();
		const back = await loadOrders(id);
		expect(differenceOf(back.columns.customer, stored.columns.customer)).toBeNull();
	});

	it.each([
		['plain ASCII ids', (i: number) => `#${1000 + i}`],
		['ids with accents, CJK and emoji', (i: number) => (i % 3 ? `ø-${i}` : `订单${i}🙂`)],
		[
			'some empty ids, one starting with a byte order mark',
			(i: number) => (i % 4 ? `o${i}` : i === 4 ? '\ufeffx' : '')
		]
	])('stores order ids as bytes (%s) and reads them back the same', async (_, idOf) => {
		const count = 9_000;
		const ids = Array.from({ length: count }, (_, i) => idOf(i));
		const stored = { ...result(count), orderIds: OrderIdList.from(ids) };
		const id = await storeImport(stored, 'Ids');
		const idChunks = await keyedIdChunks(id);
		expect(idChunks.length).toBeGreaterThan(1);
		expect(idChunks.every((c) => c.bytes instanceof Uint8Array && c.ids === undefined)).toBe(true);
		expect((await loadOrders(id, { orderIds: true })).orderIds).toEqual(ids);
	});

	it('keeps an order id UTF-8 cannot carry (a lone surrogate) exactly: its chunk stores the ids as a string', async () => {
		const count = 9_000;
		const ids = Array.from({ length: count }, (_, i) => (i === 8_000 ? `A\udc00${i}` : `#${i}`));
		const stored = { ...result(count), orderIds: OrderIdList.from(ids) };
		const id = await storeImport(stored, 'Lone surrogate');
		const idChunks = await keyedIdChunks(id);
		expect(idChunks[0].bytes).toBeInstanceOf(Uint8Array);
		expect(idChunks.some((c) => typeof c.ids === 'string' && c.bytes === undefined)).toBe(true);
		const back = (await loadOrders(id, { orderIds: true })).orderIds!;
		expect(back[8_000]).toBe(`A\udc00${8_000}`);
		expect(back).toEqual(ids);
	});

	it('reads data sets stored before v8 (Int32 customers and days, Float64 amounts, ids as one string) as it reads new ones', async () => {
		const count = 5_000;
		const stored = result(count);
		stored.columns.amount = Float64Array.from({ length: count }, (_, i) => (i % 13) * 2.5);
		const old = await storeAsBeforeV7(stored, 1024);
		const chunks = await db().orderChunks.where('datasetId').equals(old).toArray();
		expect(chunks.every((c) => c.customer instanceof Int32Array && c.amount instanceof Float64Array)).toBe(true);
		expect((await db().orderIdChunks.where('datasetId').equals(old).first())!.ids?.startsWith('o0\u0000o1')).toBe(
			true
		);
		const now = await storeImport(stored, 'Stored now');
		const nowChunk = (await keyedChunks(now))[0];
		expect(nowChunk.customer).toBeInstanceOf(Uint16Array);
		expect(nowChunk.amount).toBeInstanceOf(Int32Array);
		for (const id of [old, now]) {
			const back = await loadOrders(id, { orderIds: true });
			expect(differenceOf(back.columns.customer, stored.columns.customer)).toBeNull();
			expect(differenceOf(back.columns.day, stored.columns.day)).toBeNull();
			expect(differenceOf(back.columns.amount, stored.columns.amount)).toBeNull();
			expect(back.orderIds).toEqual(Array.from({ length: count }, (_, i) => `o${i}`));
		}
	});
});

describe('deleteCancelledImport', () => {
	it('deletes the data set a cancelled import stored all the same (its creation time and name), and nothing else', async () => {
		const kept = await storeImport(result(10), 'Big', { now: 1000 });
		const sameTimeOtherName = await storeImport(result(10), 'Other', { now: 2000 });
		const cancelled = await storeImport(result(10), 'Big', { now: 2000 });
		expect(await deleteCancelledImport(2000, 'Big')).toBe(1);
		expect((await listDatasets()).map((d) => d.id).sort()).toEqual([kept, sameTimeOtherName].sort());
		expect(await keyedChunks(cancelled)).toEqual([]);
		expect(await db().datasetStrings.where('datasetId').equals(cancelled).count()).toBe(0);
		// Nothing stored under that name and time: nothing deleted.
		expect(await deleteCancelledImport(3000, 'Big')).toBe(0);
		expect(await listDatasets()).toHaveLength(2);
	});
});

describe('exporting normalised CSV', () => {
	it('writes one row per order and neutralises formula-like text', async () => {
		const id = await storeImport(result(3), 'Shop');
		const csv = (await exportOrdersCsv(id)).join('');
		expect(csv.split('\r\n')).toEqual([
			'order_id,customer_id,order_date,amount',
			'o0,anna@x.io,2022-01-08,0',
			`o1,"'=HYPERLINK(""http://evil"")",2022-01-09,10.5`,
			'o2,carl,2022-01-10,21',
			''
		]);
	});

	it('exports the stored costs of goods (empty where unknown) under a name the import reads back as the cost', async () => {
		const stored = result(3);
		stored.cost = Float64Array.of(12.345, NaN, 0);
		const id = await storeImport(stored, 'Shop');
		const lines = (await exportOrdersCsv(id)).join('').split('\r\n');
		expect(lines[0]).toBe('order_id,customer_id,order_date,amount,cost_of_goods');
		expect(lines.slice(1, 4).map((l) => l.split(',').at(-1))).toEqual(['12.35', '', '0']);
		const mapping = recogniseLayout([lines[0].split(',')], ',').mapping;
		expect(mapping.lineCost).toBe(4);
		expect(mapping.amount).toBe(3);
	});

	it('exports the discount code under a name the import reads back as the discount code', async () => {
		const stored = result(2);
		stored.dimensions = {
			country: { values: ['LV'], index: Int32Array.from([0, -1]) },
			discount: { values: ['SPRING'], index: Int32Array.from([-1, 0]) }
		};
		const id = await storeImport(stored, 'Shop');
		const lines = (await exportOrdersCsv(id)).join('').split('\r\n');
		expect(lines.slice(0, 3)).toEqual([
			'order_id,customer_id,order_date,amount,country,discount_code',
			'o0,anna@x.io,2022-01-08,0,LV,',
			`o1,"'=HYPERLINK(""http://evil"")",2022-01-09,10.5,,SPRING`
		]);
		const mapping = recogniseLayout([lines[0].split(',')], ',').mapping;
		expect(mapping.lineCost).toBeUndefined();
		expect(mapping.discountCode).toBe(5);
		expect(mapping.discount).toBeUndefined();
		expect(mapping.country).toBe(4);
	});
});

describe('progressCounter', () => {
	it.each([
		// total, step, orders written at a time, the counts reported
		[100, 0.1, [10, 10, 10, 10, 10, 10, 10, 10, 10, 10], [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]],
		[100, 0.25, [10, 10, 10, 10, 10, 10, 10, 10, 10, 10], [30, 50, 80, 100]],
		[100, 0.02, [60, 40], [60, 100]],
		[7, 0.5, [3, 3, 1], [6, 7]],
		[5, 0.02, [1, 1, 1, 1, 1], [1, 2, 3, 4, 5]]
	])('of %d orders in steps of %d, written %j, reports %j', (total, step, chunks, reported) => {
		const calls: number[] = [];
		const wrote = progressCounter(
			total,
			(written, all) => {
				expect(all).toBe(total);
				calls.push(written);
			},
			step
		);
		for (const c of chunks) wrote(c);
		expect(calls).toEqual(reported);
	});

	it('does nothing without a callback', () => {
		expect(() => progressCounter(10, undefined)(10)).not.toThrow();
	});
});

describe('the line-item starts counted in a data set’s size', () => {
	/** Item starts (one more than orders) of orders with these numbers of line items. */
	const startsOf = (itemsPerOrder: number[]) => {
		const starts = new Int32Array(itemsPerOrder.length + 1);
		itemsPerOrder.forEach((n, i) => (starts[i + 1] = starts[i] + n));
		return starts;
	};
	// [orders' item counts, orders a chunk, bytes: as the store writes them]
	const cases: [string, number[], number, number][] = [
		['one item each: no starts stored', [1, 1, 1, 1, 1], 2, 0],
		['two in the second chunk only: that chunk’s 2 + 1 starts of 2 bytes', [1, 1, 2, 1, 1], 2, 6],
		['none in one order: its chunk stores starts', [1, 0, 1], 2, 6],
		['a short last chunk with two items: 1 + 1 starts', [1, 1, 1, 1, 2], 2, 4],
		['over 65,535 items in a chunk: 4 bytes a start', [70_000, 1, 1, 1], 2, 12]
	];
	it.each(cases)('%s', (_, itemsPerOrder, rows, bytes) => {
		expect(itemStartBytes(startsOf(itemsPerOrder), itemsPerOrder.length, rows)).toBe(bytes);
	});
});

describe('a data set stored with a currency column’s value as its currency', () => {
	const stored = (currency: string | null) => ({
		name: 'Signs',
		kind: 'orders' as const,
		createdAt: 1,
		orderCount: 0,
		customerCount: 0,
		firstDay: 19000,
		lastDay: 19000,
		revenue: 0,
		currency,
		byteSize: 0,
		chunkCount: 0,
		dimensions: [],
		hasOrderIds: false,
		report: {} as never
	});

	it.each([
		['€', 'EUR'],
		['РУБ.', 'RUB'],
		['US$', 'USD'],
		['EUR', 'EUR'],
		['$', '$'],
		['N/A', 'N/A'],
		[null, null]
	])('%j is read as %j', async (currency, read) => {
		const id = (await db().datasets.add(stored(currency))) as number;
		expect((await db().datasets.get(id))?.currency).toBe(read);
		expect((await listDatasets()).find((d) => d.id === id)?.currency).toBe(read);
		await deleteDataset(id);
	});

	it('reads a data set that is not there as nothing', async () => {
		expect(await db().datasets.get(987_654)).toBeUndefined();
	});
});
