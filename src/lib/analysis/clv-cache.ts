import { db } from '$lib/db/database';
import type { OrderColumns } from '$lib/orders/columns';
import { buildCustomerSummary, daysPerUnit, type ClvModelsResult } from '$lib/models';
import { indexCustomers } from './customers';
import { rfm } from './rfm';
import { DEFAULT_CLV_SETTINGS, fitFromSummary, type ClvRun, type ClvSettings } from './clv-engine';

/**
 * The CLV fit of a data set kept in IndexedDB (in the `analysisCache` table, under a key of its
 * own), so that the Analysis page shows the fit, its overview and the customer table without
 * reading the orders and fitting the models again. The import precomputes the default settings'
 * fit while it still holds the orders; the analysis worker reads it back.
 *
 * Stored: the fit's per-customer typed arrays (the model's rows and the predictions), the model
 * results as they are (small objects), and the RFM segment of each customer; no per-customer
 * objects. An entry is read only for the data set it was made from (its `createdAt`), the same
 * settings, and the same `CLV_CACHE_VERSION`.
 */

/**
 * The shape of a cached fit: raised whenever `ClvRun`, `ClvModelsResult` or what is stored here
 * changes (or the models' results would), so that a fit cached by an older version is never read.
 */
// 2: recency and age stored as whole days where they are (Int32), read back exactly.
export const CLV_CACHE_VERSION = 2;

/** Cached fits' keys start with this (analyses' keys are JSON arrays: they never do). */
export const CLV_KEY_PREFIX = 'clv:';

/** The cache key of a fit with these settings (the same settings always give the same text). */
export function clvCacheKey(settings: ClvSettings): string {
	return (
		CLV_KEY_PREFIX +
		JSON.stringify([
			CLV_CACHE_VERSION,
			settings.unit,
			settings.horizonMonths,
			settings.annualDiscountRate,
			settings.margin
		])
	);
}

/** What is stored (the `analysis` field of the cache record). */
export interface StoredClv {
	version: number;
	settings: ClvSettings;
	count: number;
	customerOf: Int32Array | null;
	/**
	 * Repeat purchases, recency and age: as whole numbers of days (Int32) when every value is one
	 * divided by the model unit's days (as the customer summary computes them), read back by the
	 * same division, so exactly; else as they are (Float64).
	 */
	x: Int32Array | Float64Array;
	tx: Int32Array | Float64Array;
	T: Int32Array | Float64Array;
	monetary: Float64Array;
	models: ClvModelsResult;
	excluded: ClvRun['excluded'];
	/** Each customer's RFM segment (index in RFM_SEGMENTS, 255 = none), or null. */
	segmentOfCustomer: Uint8Array | null;
}

export interface CachedClv {
	run: ClvRun;
	segmentOfCustomer: Uint8Array | null;
}

/**
 * Values that are each a whole number divided by `scale`, as those whole numbers (Int32), when
 * dividing them by `scale` again gives every value back exactly; else the values as they are.
 */
export function compactScaled(values: Float64Array, scale: number): Int32Array | Float64Array {
	const whole = new Int32Array(values.length);
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		const n = Math.round(v * scale);
		if (!(n / scale === v) || Object.is(v, -0) || n !== (n | 0)) return values;
		whole[i] = n;
	}
	return whole;
}

/** The values `compactScaled` was given. */
export function expandScaled(stored: Int32Array | Float64Array, scale: number): Float64Array {
	if (stored instanceof Float64Array) return stored;
	const values = new Float64Array(stored.length);
	for (let i = 0; i < stored.length; i++) values[i] = stored[i] / scale;
	return values;
}

export function storedClv(run: ClvRun, segmentOfCustomer: Uint8Array | null): StoredClv {
	const { rows } = run;
	const n = rows.count;
	const unitDays = daysPerUnit(run.settings.unit);
	return {
		version: CLV_CACHE_VERSION,
		settings: { ...run.settings },
		count: n,
		customerOf: run.customerOf ? run.customerOf.slice(0, n) : null,
		x: compactScaled(rows.x.slice(0, n), 1),
		tx: compactScaled(rows.tx.slice(0, n), unitDays),
		T: compactScaled(rows.T.slice(0, n), unitDays),
		monetary: rows.monetary.slice(0, n),
		models: run.models,
		excluded: { ...run.excluded },
		segmentOfCustomer
	};
}

/** The run (and segments) a stored fit describes: the same arrays, the same model results. */
export function runOfStored(stored: StoredClv): CachedClv {
	const unitDays = daysPerUnit(stored.settings.unit);
	return {
		run: {
			settings: stored.settings,
			rows: {
				count: stored.count,
				x: expandScaled(stored.x, 1),
				tx: expandScaled(stored.tx, unitDays),
				T: expandScaled(stored.T, unitDays),
				monetary: stored.monetary
			},
			customerOf: stored.customerOf,
			models: stored.models,
			excluded: stored.excluded,
			sorted: new Map()
		},
		segmentOfCustomer: stored.segmentOfCustomer
	};
}

/**
 * Caches a fit of the data set stored at `datasetCreatedAt`; nothing when that data set is no longer
 * stored (deleted, or replaced, while the fit was computed), so no fit is left behind without one.
 * Resolves whether it was written.
 */
export async function writeCachedClv(
	datasetId: number,
	datasetCreatedAt: number,
	run: ClvRun,
	segmentOfCustomer: Uint8Array | null
): Promise<boolean> {
	return writeStoredClv(datasetId, datasetCreatedAt, storedClv(run, segmentOfCustomer));
}

/** `writeCachedClv` of a fit already in its stored shape (see `prepareDefaultClv`). */
export async function writeStoredClv(datasetId: number, datasetCreatedAt: number, stored: StoredClv): Promise<boolean> {
	const record = { datasetId, key: clvCacheKey(stored.settings), datasetCreatedAt, analysis: stored };
	const database = db();
	return database.transaction('rw', [database.datasets, database.analysisCache], async () => {
		if ((await database.datasets.get(datasetId))?.createdAt !== datasetCreatedAt) return false;
		await database.analysisCache.put(record);
		return true;
	});
}

function sameSettings(a: ClvSettings, b: ClvSettings): boolean {
	return (
		a.unit === b.unit &&
		a.horizonMonths === b.horizonMonths &&
		a.annualDiscountRate === b.annualDiscountRate &&
		a.margin === b.margin
	);
}

/**
 * The cached fit of this data set (made from the stored copy created at `datasetCreatedAt`, not
 * one deleted and restored since) with these settings, or null.
 */
export async function readCachedClv(
	datasetId: number,
	datasetCreatedAt: number,
	settings: ClvSettings
): Promise<CachedClv | null> {
	const record = await db().analysisCache.get([datasetId, clvCacheKey(settings)]);
	if (!record || record.datasetCreatedAt !== datasetCreatedAt) return null;
	const stored = record.analysis as StoredClv;
	if (stored?.version !== CLV_CACHE_VERSION || !sameSettings(stored.settings, settings)) return null;
	return runOfStored(stored);
}

export interface ClvPrecomputeTimings {
	fitMs: number;
	writeMs: number;
	/** False when the data set was no longer stored (deleted or replaced meanwhile): nothing cached. */
	written: boolean;
}

/**
 * The fit of the Analysis page's default CLV settings to orders, in its stored shape, without
 * touching IndexedDB: it may be computed before the data set has committed (e.g. while it is being
 * stored) and written once it has (`writeStoredClv`). `segmentOfCustomer`: each customer's RFM
 * segment, when the caller has it (the default analysis's `wholeHistory(detail).rfm.segment`);
 * computed from the orders when not given.
 */
export function prepareDefaultClv(
	columns: OrderColumns,
	customerCount: number,
	segmentOfCustomer?: Uint8Array | null
): StoredClv {
	const settings = DEFAULT_CLV_SETTINGS;
	const run = fitFromSummary(buildCustomerSummary(columns, customerCount, { unit: settings.unit }), settings);
	return storedClv(run, segmentOfCustomer ?? rfm(indexCustomers(columns, customerCount)).segment);
}

/**
 * Fits the CLV models with the Analysis page's default settings to a data set's orders and caches
 * the fit, for the import worker to call right after storing the data set (it still holds the
 * columns): `prepareDefaultClv`, then `writeStoredClv`. Rejects when the fit or the write fails
 * (nothing is cached then).
 */
export async function precomputeDefaultClv(
	columns: OrderColumns,
	customerCount: number,
	datasetId: number,
	datasetCreatedAt: number,
	segmentOfCustomer?: Uint8Array | null
): Promise<ClvPrecomputeTimings> {
	const started = performance.now();
	const stored = prepareDefaultClv(columns, customerCount, segmentOfCustomer);
	const fitted = performance.now();
	const written = await writeStoredClv(datasetId, datasetCreatedAt, stored);
	return { fitMs: fitted - started, writeMs: performance.now() - fitted, written };
}
