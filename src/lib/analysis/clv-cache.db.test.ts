import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/database';
import { deleteDataset } from '$lib/db/datasets';
import { syntheticCustomerId, syntheticOrderColumns } from '$lib/synthetic/orders';
import { analyse, wholeHistory } from './analyse';
import { DEFAULT_ANALYSIS_SETTINGS, readCachedAnalysis, writeCachedAnalysis } from './cache';
import {
	clvCacheKey,
	compactScaled,
	expandScaled,
	CLV_CACHE_VERSION,
	CLV_KEY_PREFIX,
	precomputeDefaultClv,
	prepareDefaultClv,
	readCachedClv,
	writeCachedClv,
	writeStoredClv,
	type StoredClv
} from './clv-cache';
import {
	clvOverview,
	clvTable,
	CLV_COLUMNS,
	DEFAULT_CLV_SETTINGS,
	fitFromOrders,
	segmentOfRows,
	type ClvOverview,
	type ClvSettings
} from './clv-engine';
import { clvCsvParts } from './clv-export';
import type { Analysis } from './analyse';

/** What the cache's records hold (read here only to check their shape). */
interface ClvHeadRecord extends StoredClv {
	arrays: { name: string; type: string; length: number }[];
	parts: number;
	partLength: number;
	writeId: number;
}
interface ClvPartRecord {
	writeId: number;
	arrays: ArrayBufferView[];
}

const synthetic = syntheticOrderColumns(3000, 11);
const { orders, customerCount } = synthetic;
const customers = Array.from({ length: customerCount }, (_, i) => syntheticCustomerId(i));

async function addDataset(createdAt: number): Promise<number> {
	return (await db().datasets.add({ name: `d${createdAt}`, kind: 'orders', createdAt } as never)) as number;
}

/** The overview without the stages' timings (how long a fit took is not one of its results). */
function results(overview: ClvOverview): Omit<ClvOverview, 'timings'> {
	const { timings, ...rest } = overview;
	void timings;
	return rest;
}

describe('CLV cache keys', () => {
	it('are stable, tell every setting apart, and carry the prefix and version', () => {
		const key = clvCacheKey(DEFAULT_CLV_SETTINGS);
		expect(clvCacheKey(JSON.parse(JSON.stringify(DEFAULT_CLV_SETTINGS)))).toBe(key);
		expect(key.startsWith(CLV_KEY_PREFIX)).toBe(true);
		expect(JSON.parse(key.slice(CLV_KEY_PREFIX.length))[0]).toBe(CLV_CACHE_VERSION);
		const others: ClvSettings[] = [
			{ ...DEFAULT_CLV_SETTINGS, unit: 'day' },
			{ ...DEFAULT_CLV_SETTINGS, horizonMonths: 24 },
			{ ...DEFAULT_CLV_SETTINGS, annualDiscountRate: 0.12 },
			{ ...DEFAULT_CLV_SETTINGS, margin: 0.4 }
		];
		const keys = new Set([key, ...others.map(clvCacheKey)]);
		expect(keys.size).toBe(others.length + 1);
	});
});

describe('compactScaled (whole days stored for a model unit, read back exactly)', () => {
	const month = 365.25 / 12;
	it.each([
		['weeks', [0, 1 / 7, 3 / 7, 700 / 7, 1095 / 7], 7, true],
		['months', [0, 1 / month, 31 / month, 1000 / month], month, true],
		['days', [0, 1, 2, 1094], 1, true],
		['a value that is no whole number of days', [1 / 7, 0.1], 7, false],
		['negative zero', [-0, 1 / 7], 7, false],
		['NaN', [NaN], 7, false],
		['beyond Int32', [2 ** 31], 1, false]
	] as const)('%s', (_, values, scale, compacted) => {
		const input = Float64Array.from(values);
		const stored = compactScaled(input, scale);
		expect(stored instanceof Int32Array).toBe(compacted);
		const back = expandScaled(stored, scale);
		expect(back).toBeInstanceOf(Float64Array);
		expect(Array.from(back).map((v) => (Object.is(v, -0) ? '-0' : v))).toEqual(
			Array.from(input).map((v) => (Object.is(v, -0) ? '-0' : v))
		);
	});
});

describe('CLV cache', () => {
	const fresh = fitFromOrders(orders, customerCount, DEFAULT_CLV_SETTINGS);
	const { detail } = analyse(orders, customerCount, DEFAULT_ANALYSIS_SETTINGS);
	const segmentOfCustomer = wholeHistory(detail)!.rfm.segment;
	const freshSegments = segmentOfRows(fresh, segmentOfCustomer);
	let id: number;

	beforeAll(async () => {
		id = await addDataset(100);
		// As the import calls it: without the analysis's segments (computed from the orders).
		await precomputeDefaultClv(orders, customerCount, id, 100);
	});

	it('fits the data set: the models are ready (the comparisons below are not between two refusals)', () => {
		expect(fresh.models.readiness.ok).toBe(true);
		expect(fresh.models.clv).not.toBeNull();
		expect(fresh.rows.count).toBeGreaterThan(2000);
	});

	it('gives the same overview as a fresh fit (parameters, totals, segments)', async () => {
		const cached = await readCachedClv(id, 100, DEFAULT_CLV_SETTINGS);
		expect(cached).not.toBeNull();
		expect(cached!.segmentOfCustomer).toEqual(segmentOfCustomer);
		expect(results(clvOverview(cached!.run, cached!.segmentOfCustomer))).toEqual(
			results(clvOverview(fresh, segmentOfCustomer))
		);
	});

	it.each(CLV_COLUMNS.flatMap((sort) => [true, false].map((descending) => [sort, descending] as const)))(
		'gives the same first table page sorted by %s (descending: %s)',
		async (sort, descending) => {
			const cached = (await readCachedClv(id, 100, DEFAULT_CLV_SETTINGS))!;
			const cachedSegments = segmentOfRows(cached.run, cached.segmentOfCustomer);
			const query = { sort, descending, search: '', offset: 0, limit: 25 };
			const page = clvTable(cached.run, customers, cachedSegments, query);
			expect(page.rows).toHaveLength(25);
			expect(page).toEqual(clvTable(fresh, customers, freshSegments, query));
			// And a page past the first ones (the full sort).
			const deep = { ...query, offset: 1500 };
			expect(clvTable(cached.run, customers, cachedSegments, deep)).toEqual(
				clvTable(fresh, customers, freshSegments, deep)
			);
		}
	);

	it('gives the same CSV export', async () => {
		const cached = (await readCachedClv(id, 100, DEFAULT_CLV_SETTINGS))!;
		const csv = clvCsvParts(cached.run, customers, segmentOfRows(cached.run, cached.segmentOfCustomer)).join('');
		expect(csv).toBe(clvCsvParts(fresh, customers, freshSegments).join(''));
		expect(csv.split('\r\n').length).toBeGreaterThan(2000);
	});

	it.each(['day', 'month'] as const)('gives back a fit in %ss exactly (table and CSV)', async (unit) => {
		const settings = { ...DEFAULT_CLV_SETTINGS, unit };
		const other = fitFromOrders(orders, customerCount, settings);
		const otherSegments = segmentOfRows(other, segmentOfCustomer);
		const at = await addDataset(300);
		await writeCachedClv(at, 300, other, segmentOfCustomer);
		const cached = (await readCachedClv(at, 300, settings))!;
		for (const key of ['x', 'tx', 'T', 'monetary'] as const)
			expect(cached.run.rows[key]).toEqual(other.rows[key].slice(0, other.rows.count));
		const cachedSegments = segmentOfRows(cached.run, cached.segmentOfCustomer);
		const query = { sort: 'T', descending: false, search: '', offset: 0, limit: 25 } as const;
		expect(clvTable(cached.run, customers, cachedSegments, query)).toEqual(
			clvTable(other, customers, otherSegments, query)
		);
		expect(clvCsvParts(cached.run, customers, cachedSegments).join('')).toBe(
			clvCsvParts(other, customers, otherSegments).join('')
		);
	});

	it('is read only for the same stored copy and the same settings', async () => {
		expect(await readCachedClv(id, 101, DEFAULT_CLV_SETTINGS)).toBeNull();
		expect(await readCachedClv(id, 100, { ...DEFAULT_CLV_SETTINGS, horizonMonths: 24 })).toBeNull();
		expect(await readCachedClv(id, 100, { ...DEFAULT_CLV_SETTINGS, unit: 'day' })).toBeNull();
		expect(await readCachedClv(id + 1, 100, DEFAULT_CLV_SETTINGS)).toBeNull();
	});

	it('never reads a fit stored in another version', async () => {
		const other = await addDataset(7);
		await writeCachedClv(other, 7, fresh, segmentOfCustomer);
		expect(await readCachedClv(other, 7, DEFAULT_CLV_SETTINGS)).not.toBeNull();
		const record = (await db().analysisCache.get([other, clvCacheKey(DEFAULT_CLV_SETTINGS)]))!;
		const stored = record.analysis as StoredClv;
		await db().analysisCache.put({ ...record, analysis: { ...stored, version: CLV_CACHE_VERSION - 1 } });
		expect(await readCachedClv(other, 7, DEFAULT_CLV_SETTINGS)).toBeNull();
	});

	it("removes the data set's fits cached by other versions when it writes one, and leaves other data sets' alone", async () => {
		const mine = await addDataset(70);
		const other = await addDataset(71);
		const olderKey = (version: number) => `${CLV_KEY_PREFIX}${JSON.stringify([version, 'week', 12, 0.1, 1])}`;
		const stale = [olderKey(1), olderKey(2), olderKey(CLV_CACHE_VERSION + 10), `${olderKey(2)}#0`];
		for (const datasetId of [mine, other]) {
			for (const key of stale)
				await db().analysisCache.put({ datasetId, key, datasetCreatedAt: 70, analysis: {} });
		}
		const analysis = { firstDay: 1 } as unknown as Analysis;
		await writeCachedAnalysis(mine, 70, DEFAULT_ANALYSIS_SETTINGS, analysis);
		await writeCachedClv(mine, 70, fresh, segmentOfCustomer);
		const keysOf = async (datasetId: number) =>
			(await db().analysisCache.where('datasetId').equals(datasetId).primaryKeys()).map(
				([, key]) => key as string
			);
		const left = await keysOf(mine);
		expect(left.filter((key) => stale.includes(key))).toEqual([]);
		expect(left).toContain(clvCacheKey(DEFAULT_CLV_SETTINGS));
		// The cached analysis (its key is a JSON array, not `clv:`) stays.
		expect(left.filter((key) => !key.startsWith(CLV_KEY_PREFIX))).toHaveLength(1);
		expect(await readCachedClv(mine, 70, DEFAULT_CLV_SETTINGS)).not.toBeNull();
		expect((await keysOf(other)).sort()).toEqual([...stale].sort());
	});

	it('stores typed arrays only, in parts, the repeat counts, recency and age as Int32', async () => {
		const key = clvCacheKey(DEFAULT_CLV_SETTINGS);
		const head = (await db().analysisCache.get([id, key]))!.analysis as ClvHeadRecord;
		expect(head.count).toBe(fresh.rows.count);
		// The head holds no per-customer array: the predictions' are in the parts.
		expect(head.models.clv!.clv).toHaveLength(0);
		const types = Object.fromEntries(head.arrays.map(({ name, type }) => [name, type]));
		expect(types).toEqual({
			x: 'Int32Array',
			tx: 'Int32Array',
			T: 'Int32Array',
			monetary: 'Float64Array',
			customerOf: 'Int32Array',
			segmentOfCustomer: 'Uint8Array',
			probabilityAlive: 'Float64Array',
			expectedPurchases: 'Float64Array',
			expectedSpend: 'Float64Array',
			clv: 'Float64Array'
		});
		expect(head.parts).toBeGreaterThan(0);
		for (let k = 0; k < head.parts; k++) {
			const part = (await db().analysisCache.get([id, `${key}#${k}`]))!.analysis as ClvPartRecord;
			expect(part.writeId).toBe(head.writeId);
			expect(part.arrays.map((a) => a.constructor.name)).toEqual(head.arrays.map((a) => a.type));
		}
	});

	it('is deleted with its data set, and leaves the analysis cache of others alone', async () => {
		const gone = await addDataset(55);
		const kept = await addDataset(56);
		await writeCachedClv(gone, 55, fresh, segmentOfCustomer);
		await writeCachedClv(kept, 56, fresh, segmentOfCustomer);
		const analysis = { firstDay: 1 } as unknown as Analysis;
		await writeCachedAnalysis(gone, 55, DEFAULT_ANALYSIS_SETTINGS, analysis);
		await deleteDataset(gone);
		expect(await db().analysisCache.where('datasetId').equals(gone).count()).toBe(0);
		expect(await readCachedClv(gone, 55, DEFAULT_CLV_SETTINGS)).toBeNull();
		expect(await readCachedClv(kept, 56, DEFAULT_CLV_SETTINGS)).not.toBeNull();
	});

	it('is not written for a data set deleted or replaced while it was fitted', async () => {
		const deleted = await addDataset(88);
		await deleteDataset(deleted);
		expect(await writeCachedClv(deleted, 88, fresh, segmentOfCustomer)).toBe(false);
		expect(await db().analysisCache.where('datasetId').equals(deleted).count()).toBe(0);
		const replaced = await addDataset(89);
		const timings = await precomputeDefaultClv(orders, customerCount, replaced, 90, segmentOfCustomer);
		expect(timings.written).toBe(false);
		expect(await db().analysisCache.where('datasetId').equals(replaced).count()).toBe(0);
		expect(await writeCachedClv(replaced, 89, fresh, segmentOfCustomer)).toBe(true);
	});

	it('can be fitted before its data set is stored and written after (the same fit as precomputed)', async () => {
		const stored = prepareDefaultClv(orders, customerCount, segmentOfCustomer);
		// Not yet stored: nothing written.
		expect(await writeStoredClv(999, 120, stored)).toBe(false);
		const at = await addDataset(120);
		expect(await writeStoredClv(at, 120, stored)).toBe(true);
		const cached = (await readCachedClv(at, 120, DEFAULT_CLV_SETTINGS))!;
		const precomputed = (await readCachedClv(id, 100, DEFAULT_CLV_SETTINGS))!;
		expect(results(clvOverview(cached.run, cached.segmentOfCustomer))).toEqual(
			results(clvOverview(precomputed.run, precomputed.segmentOfCustomer))
		);
		expect(cached.run.rows).toEqual(precomputed.run.rows);
		expect(cached.run.models.clv).toEqual(precomputed.run.models.clv);
	});

	it('lives beside the cached analysis of the same data set without either reading the other', async () => {
		const both = await addDataset(77);
		const analysis = { firstDay: 1 } as unknown as Analysis;
		await writeCachedAnalysis(both, 77, DEFAULT_ANALYSIS_SETTINGS, analysis);
		await writeCachedClv(both, 77, fresh, segmentOfCustomer);
		expect(await readCachedAnalysis(both, DEFAULT_ANALYSIS_SETTINGS)).toEqual(analysis);
		expect(await readCachedClv(both, 77, DEFAULT_CLV_SETTINGS)).not.toBeNull();
	});
});

/** The bytes of the typed arrays in a value (what dominates its serialized size). */
function arrayBytes(value: unknown): number {
	if (ArrayBuffer.isView(value)) return value.byteLength;
	if (value === null || typeof value !== 'object') return 0;
	return Object.values(value).reduce((sum: number, v) => sum + arrayBytes(v), 0);
}

describe('CLV cache of a fit larger than IndexedDB takes in one value', () => {
	// Chromium refuses a value whose serialized form passes 127 MiB: "UnknownError: The serialized
	// keys and/or value are too large" (a fit of 4.4 M customers in one record). The same limit,
	// scaled down to this fit of about 2,700 customers (about 150 KB of arrays).
	const LIMIT = 64 * 1024;
	const fresh = fitFromOrders(orders, customerCount, DEFAULT_CLV_SETTINGS);
	const { detail } = analyse(orders, customerCount, DEFAULT_ANALYSIS_SETTINGS);
	const segmentOfCustomer = wholeHistory(detail)!.rfm.segment;
	const puts: number[] = [];

	beforeAll(() => {
		expect(arrayBytes(prepareDefaultClv(orders, customerCount, segmentOfCustomer))).toBeGreaterThan(2 * LIMIT);
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['put']>
		) {
			const bytes = arrayBytes(args[0]);
			puts.push(bytes);
			if (bytes > LIMIT)
				throw new DOMException(
					`The serialized keys and/or value are too large (size=${bytes})`,
					'UnknownError'
				);
			return put.apply(this, args);
		});
	});
	afterEach(() => {
		puts.length = 0;
	});

	it('is written in parts under the limit and read back as the fit', async () => {
		const at = await addDataset(400);
		const stored = prepareDefaultClv(orders, customerCount, segmentOfCustomer);
		expect(await writeStoredClv(at, 400, stored, { partBytes: LIMIT / 2 })).toBe(true);
		expect(puts.length).toBeGreaterThan(4);
		expect(Math.max(...puts)).toBeLessThanOrEqual(LIMIT / 2);
		const cached = (await readCachedClv(at, 400, DEFAULT_CLV_SETTINGS))!;
		expect(cached).not.toBeNull();
		expect(cached.segmentOfCustomer).toEqual(segmentOfCustomer);
		for (const key of ['x', 'tx', 'T', 'monetary'] as const) expect(cached.run.rows[key]).toEqual(fresh.rows[key]);
		expect(cached.run.customerOf).toEqual(fresh.customerOf);
		expect(cached.run.models.clv).toEqual(fresh.models.clv);
		expect(results(clvOverview(cached.run, cached.segmentOfCustomer))).toEqual(
			results(clvOverview(fresh, segmentOfCustomer))
		);
		const query = { sort: 'clv', descending: true, search: '', offset: 1000, limit: 25 } as const;
		expect(clvTable(cached.run, customers, segmentOfRows(cached.run, segmentOfCustomer), query)).toEqual(
			clvTable(fresh, customers, segmentOfRows(fresh, segmentOfCustomer), query)
		);
	});

	it('is refused by IndexedDB (the write rejects, nothing is cached) when a part passes the limit', async () => {
		const at = await addDataset(401);
		const stored = prepareDefaultClv(orders, customerCount, segmentOfCustomer);
		await expect(writeStoredClv(at, 401, stored, { partBytes: 4 * LIMIT })).rejects.toThrow(/too large/);
		expect(await readCachedClv(at, 401, DEFAULT_CLV_SETTINGS)).toBeNull();
	});

	it('is not read when a part is missing or was left by another write', async () => {
		const at = await addDataset(402);
		const key = clvCacheKey(DEFAULT_CLV_SETTINGS);
		const stored = prepareDefaultClv(orders, customerCount, segmentOfCustomer);
		expect(await writeStoredClv(at, 402, stored, { partBytes: LIMIT / 2 })).toBe(true);
		const part = (await db().analysisCache.get([at, `${key}#1`]))!;
		// Another write's part (a write of the same fit: the same arrays, another write id).
		await db().analysisCache.put({
			...part,
			analysis: { ...(part.analysis as ClvPartRecord), writeId: (part.analysis as ClvPartRecord).writeId - 1 }
		});
		expect(await readCachedClv(at, 402, DEFAULT_CLV_SETTINGS)).toBeNull();
		await db().analysisCache.delete([at, `${key}#1`]);
		expect(await readCachedClv(at, 402, DEFAULT_CLV_SETTINGS)).toBeNull();
		// Written again: whole.
		expect(await writeStoredClv(at, 402, stored, { partBytes: LIMIT / 2 })).toBe(true);
		expect(await readCachedClv(at, 402, DEFAULT_CLV_SETTINGS)).not.toBeNull();
	});

	it('leaves no part of an earlier write with more parts behind', async () => {
		const at = await addDataset(403);
		const key = clvCacheKey(DEFAULT_CLV_SETTINGS);
		const stored = prepareDefaultClv(orders, customerCount, segmentOfCustomer);
		await writeStoredClv(at, 403, stored, { partBytes: LIMIT / 8 });
		const many = await db().analysisCache.where('datasetId').equals(at).count();
		await writeStoredClv(at, 403, stored, { partBytes: LIMIT / 2 });
		const head = (await db().analysisCache.get([at, key]))!.analysis as ClvHeadRecord;
		expect(await db().analysisCache.where('datasetId').equals(at).count()).toBe(head.parts + 1);
		expect(head.parts + 1).toBeLessThan(many);
	});
});
