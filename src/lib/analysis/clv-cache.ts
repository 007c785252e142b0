import { db } from '$lib/db/database';
import type { OrderColumns } from '$lib/orders/columns';
import { discard } from '$lib/orders/discard';
import { buildCustomerSummary, daysPerUnit, type ClvModelsResult, type CustomerSummary } from '$lib/models';
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
 *
 * A fit is written as a head record (settings, model results, the arrays' shapes) and the
 * per-customer arrays cut into parts of at most `CLV_PART_BYTES`, each a record of its own: Chromium
 * refuses an IndexedDB value whose serialized form passes 127 MiB ("The serialized keys and/or value
 * are too large", max 133,169,152 bytes), which a fit of 4.4 million customers in one record (about
 * 57 bytes a customer) passed, so it was never cached; and one value of tens of MB is held whole in
 * the writer's and the reader's memory beside the arrays it copies.
 */

/**
 * The shape of a cached fit: raised whenever `ClvRun`, `ClvModelsResult` or what is stored here
 * changes (or the models' results would), so that a fit cached by an older version is never read.
 */
// 2: recency and age stored as whole days where they are (Int32), read back exactly.
// 3: the per-customer arrays in parts, records of their own (`CLV_PART_BYTES`).
// 4: the RFM segments kept beside a fit (`segmentOfCustomer`) follow the new F = 1 rule (see rfm.ts).
export const CLV_CACHE_VERSION = 4;

/**
 * The largest part of a cached fit's per-customer arrays, in bytes (all arrays' slices of one range
 * of rows together): far below Chromium's limit on one IndexedDB value (127 MiB), and small enough
 * that a part read back is a small addition to the arrays it is copied into.
 */
export const CLV_PART_BYTES = 8 * 1024 * 1024;

/** Parts of a cached fit asked for at once while it is read back. */
const PARTS_AHEAD = 3;

/** Cached fits' keys start with this (analyses' keys are JSON arrays: they never do). */
export const CLV_KEY_PREFIX = 'clv:';

/** The key of the `index`th part of the fit cached under `key` (see `writeStoredClv`). */
function partKey(key: string, index: number): string {
	return `${key}#${index}`;
}

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

/** The first `n` values: the array itself when it has exactly those (shared, not copied), else a copy. */
function firstOf<T extends Int32Array | Float64Array>(values: T, n: number): T {
	return (values.length === n ? values : values.slice(0, n)) as T;
}

/** `compactScaled` of the first `n` values (without copying them first). */
function compactRows(values: Float64Array, n: number, scale: number): Int32Array | Float64Array {
	const view = values.subarray(0, n);
	const compacted = compactScaled(view, scale);
	return compacted === view ? firstOf(values, n) : compacted;
}

/**
 * A fit in its stored shape. Its arrays may be the run's own (those that need no copy: the row →
 * customer index, the spend, the model's predictions): neither is changed afterwards.
 */
export function storedClv(run: ClvRun, segmentOfCustomer: Uint8Array | null): StoredClv {
	const { rows } = run;
	const n = rows.count;
	const unitDays = daysPerUnit(run.settings.unit);
	return {
		version: CLV_CACHE_VERSION,
		settings: { ...run.settings },
		count: n,
		customerOf: run.customerOf ? firstOf(run.customerOf, n) : null,
		x: compactRows(rows.x, n, 1),
		tx: compactRows(rows.tx, n, unitDays),
		T: compactRows(rows.T, n, unitDays),
		monetary: firstOf(rows.monetary, n),
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

type PartArray = Int32Array | Float64Array | Uint8Array;
type PartArrayType = 'Int32Array' | 'Float64Array' | 'Uint8Array';

/** The model's predictions per customer row (in `models.clv`), stored in parts like the rows. */
const PREDICTIONS = ['probabilityAlive', 'expectedPurchases', 'expectedSpend', 'clv'] as const;

/** The head record of a cached fit: all but its per-customer arrays, and how they were cut. */
interface StoredClvHead extends Omit<StoredClv, 'customerOf' | 'x' | 'tx' | 'T' | 'monetary' | 'segmentOfCustomer'> {
	/** The per-customer arrays, in the order each part holds their slices (the predictions' left empty in `models`). */
	arrays: { name: string; type: PartArrayType; length: number }[];
	/** Elements of each array per part (part k holds elements k × partLength …), and the number of parts. */
	partLength: number;
	parts: number;
	/** Which write the parts belong to (a part left by another write is never read as this one's). */
	writeId: number;
}

interface StoredClvPart {
	writeId: number;
	arrays: PartArray[];
}

/** A stored fit's per-customer arrays by name (`StoredClvHead.arrays`). */
function arraysOf(stored: StoredClv): Map<string, PartArray> {
	const arrays = new Map<string, PartArray>([
		['x', stored.x],
		['tx', stored.tx],
		['T', stored.T],
		['monetary', stored.monetary]
	]);
	if (stored.customerOf) arrays.set('customerOf', stored.customerOf);
	if (stored.segmentOfCustomer) arrays.set('segmentOfCustomer', stored.segmentOfCustomer);
	const clv = stored.models.clv;
	if (clv) for (const name of PREDICTIONS) arrays.set(name, clv[name]);
	return arrays;
}

function typeOf(array: PartArray): PartArrayType {
	return array instanceof Int32Array ? 'Int32Array' : array instanceof Float64Array ? 'Float64Array' : 'Uint8Array';
}

/**
 * Frees a stored fit's per-customer arrays at once (see `discard`): for a worker done with it (it
 * is cached) that is ended soon after, whose heap would otherwise go only when it is torn down.
 */
export function discardStoredClv(stored: StoredClv): void {
	discard(...arraysOf(stored).values());
}

let lastWriteId = 0;

/**
 * `writeCachedClv` of a fit already in its stored shape (see `prepareDefaultClv`): its head record
 * and its per-customer arrays in parts of at most `partBytes` (all arrays' slices of a range of rows
 * together; see `CLV_PART_BYTES`), in one transaction. Resolves whether it was written; rejects when
 * IndexedDB refuses the write.
 */
export async function writeStoredClv(
	datasetId: number,
	datasetCreatedAt: number,
	stored: StoredClv,
	options: { partBytes?: number } = {}
): Promise<boolean> {
	const key = clvCacheKey(stored.settings);
	const arrays = [...arraysOf(stored)];
	const bytesPerRow = arrays.reduce((sum, [, array]) => sum + array.BYTES_PER_ELEMENT, 0);
	const partLength = Math.max(1, Math.floor((options.partBytes ?? CLV_PART_BYTES) / Math.max(1, bytesPerRow)));
	const longest = arrays.reduce((most, [, array]) => Math.max(most, array.length), 0);
	const parts = Math.ceil(longest / partLength);
	const writeId = (lastWriteId = Math.max(Date.now(), lastWriteId + 1));
	const { customerOf, x, tx, T, monetary, segmentOfCustomer, ...rest } = stored;
	void [customerOf, x, tx, T, monetary, segmentOfCustomer];
	const clv = rest.models.clv;
	const head: StoredClvHead = {
		...rest,
		models: {
			...rest.models,
			clv: clv && {
				...clv,
				probabilityAlive: new Float64Array(0),
				expectedPurchases: new Float64Array(0),
				expectedSpend: new Float64Array(0),
				clv: new Float64Array(0)
			}
		},
		arrays: arrays.map(([name, array]) => ({ name, type: typeOf(array), length: array.length })),
		partLength,
		parts,
		writeId
	};
	const database = db();
	return database.transaction('rw', [database.datasets, database.analysisCache], async () => {
		if ((await database.datasets.get(datasetId))?.createdAt !== datasetCreatedAt) return false;
		// Parts of an earlier write under this key (it may have had more) go.
		await database.analysisCache
			.where('[datasetId+key]')
			.between([datasetId, `${key}#`], [datasetId, `${key}#\uffff`], true, true)
			.delete();
		// So do this data set's fits cached by other versions of the code: never read again, they would
		// hold tens of megabytes each until the data set is deleted. (Their keys sort outside this
		// version's: `clv:[3,` … `clv:[3,\uffff`.)
		const versionKeys = `${CLV_KEY_PREFIX}[${CLV_CACHE_VERSION},`;
		const otherVersions: [string, string][] = [
			[`${CLV_KEY_PREFIX}[`, versionKeys],
			[`${versionKeys}\uffff`, `${CLV_KEY_PREFIX}[\uffff`]
		];
		for (const [from, to] of otherVersions) {
			await database.analysisCache
				.where('[datasetId+key]')
				.between([datasetId, from], [datasetId, to], true, false)
				.delete();
		}
		for (let k = 0; k < parts; k++) {
			// Each part is copied as it is put (IndexedDB serializes it then): its slices go at once.
			const slices = arrays.map(([, array]) => array.slice(k * partLength, (k + 1) * partLength));
			const part: StoredClvPart = { writeId, arrays: slices };
			await database.analysisCache.put({ datasetId, key: partKey(key, k), datasetCreatedAt, analysis: part });
			discard(...slices);
		}
		await database.analysisCache.put({ datasetId, key, datasetCreatedAt, analysis: head });
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
 * one deleted and restored since) with these settings, or null (also when a part is missing or of
 * another write). The parts are read one at a time and copied into whole arrays (the repeat counts,
 * recency and age expanded from whole days as they are copied), so that what is read beside the
 * arrays is one part at most.
 */
export async function readCachedClv(
	datasetId: number,
	datasetCreatedAt: number,
	settings: ClvSettings
): Promise<CachedClv | null> {
	const key = clvCacheKey(settings);
	const database = db();
	return database.transaction('r', database.analysisCache, async () => {
		const record = await database.analysisCache.get([datasetId, key]);
		if (!record || record.datasetCreatedAt !== datasetCreatedAt) return null;
		const head = record.analysis as StoredClvHead;
		if (head?.version !== CLV_CACHE_VERSION || !sameSettings(head.settings, settings)) return null;
		const unitDays = daysPerUnit(head.settings.unit);
		const scales: Record<string, number> = { x: 1, tx: unitDays, T: unitDays };
		// x, tx and T stored as whole days are read back as the values (see `expandScaled`).
		const whole = head.arrays.map(({ name, type }) => type === 'Int32Array' && name in scales);
		const arrays = head.arrays.map(({ type, length }, i): PartArray =>
			whole[i] || type === 'Float64Array'
				? new Float64Array(length)
				: type === 'Int32Array'
					? new Int32Array(length)
					: new Uint8Array(length)
		);
		// A few parts asked ahead (not one round trip after another), not all: each is copied and freed
		// as it comes.
		const asked: (Promise<StoredClvPart | undefined> | null)[] = [];
		const ask = (k: number) => {
			if (k >= head.parts) return;
			const got = database.analysisCache
				.get([datasetId, partKey(key, k)])
				.then((record) => record?.analysis as StoredClvPart | undefined);
			got.catch(() => undefined);
			asked[k] = got;
		};
		for (let k = 0; k < PARTS_AHEAD; k++) ask(k);
		for (let k = 0; k < head.parts; k++) {
			const part = await asked[k];
			asked[k] = null;
			ask(k + PARTS_AHEAD);
			if (part?.writeId !== head.writeId || part.arrays.length !== arrays.length) return null;
			const at = k * head.partLength;
			part.arrays.forEach((slice, i) => {
				const into = arrays[i];
				if (at + slice.length > into.length) throw new RangeError('a cached CLV part past its array');
				if (whole[i]) {
					const scale = scales[head.arrays[i].name];
					for (let j = 0; j < slice.length; j++) into[at + j] = slice[j] / scale;
				} else into.set(slice, at);
			});
			discard(...part.arrays);
		}
		const named = new Map(head.arrays.map(({ name }, i) => [name, arrays[i]]));
		const float = (name: string) => named.get(name) as Float64Array;
		const clv = head.models.clv;
		return {
			run: {
				settings: head.settings,
				rows: { count: head.count, x: float('x'), tx: float('tx'), T: float('T'), monetary: float('monetary') },
				customerOf: (named.get('customerOf') as Int32Array | undefined) ?? null,
				models: {
					...head.models,
					clv: clv && {
						...clv,
						probabilityAlive: float('probabilityAlive'),
						expectedPurchases: float('expectedPurchases'),
						expectedSpend: float('expectedSpend'),
						clv: float('clv')
					}
				},
				excluded: head.excluded,
				sorted: new Map()
			},
			segmentOfCustomer: (named.get('segmentOfCustomer') as Uint8Array | undefined) ?? null
		};
	});
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
 * computed from the orders when not given. `ordersDone` is called once the orders have been read
 * (before the models are fitted): the caller may free them then.
 */
export function prepareDefaultClv(
	columns: OrderColumns,
	customerCount: number,
	segmentOfCustomer?: Uint8Array | null,
	ordersDone?: () => void
): StoredClv {
	const summary = defaultClvSummary(columns, customerCount);
	const segments = segmentOfCustomer ?? segmentsOfOrders(columns, customerCount);
	// The orders are not needed for the fit itself (the caller may free them now).
	ordersDone?.();
	return storeDefaultClv(fitDefaultClvSummary(summary), segments);
}

/**
 * The default CLV fit of the orders before their customers' segments are known (`storeDefaultClv`
 * adds them): for a helper that fits while another analyses the same orders. The orders are read
 * only while this runs.
 */
export function fitDefaultClv(columns: OrderColumns, customerCount: number): DefaultClvFit {
	return fitDefaultClvSummary(defaultClvSummary(columns, customerCount));
}

/** A default fit made, with the customer summary it was made from (`storeDefaultClv` frees what it does not keep). */
export interface DefaultClvFit {
	run: ClvRun;
	summary: CustomerSummary;
}

/** The customers' RFM segments of the whole history, as the default analysis gives them. */
export function segmentsOfOrders(columns: OrderColumns, customerCount: number): Uint8Array {
	return rfm(indexCustomers(columns, customerCount)).segment;
}

function defaultClvSummary(columns: OrderColumns, customerCount: number): CustomerSummary {
	const summary = buildCustomerSummary(columns, customerCount, { unit: DEFAULT_CLV_SETTINGS.unit });
	// The summary's first days and hold-out columns are not needed for the fit (at 4.4 M customers
	// 88 MB, freed before it).
	discard(summary.firstDay, summary.holdoutX, summary.holdoutSpend);
	return summary;
}

function fitDefaultClvSummary(summary: CustomerSummary): DefaultClvFit {
	return { run: fitFromSummary(summary, DEFAULT_CLV_SETTINGS), summary };
}

/** A default fit as it is cached, with each customer's segment. */
export function storeDefaultClv({ run, summary }: DefaultClvFit, segments: Uint8Array | null): StoredClv {
	const stored = storedClv(run, segments);
	// The summary's rows that the stored fit did not take as they are are freed at once (at a
	// million customers about 40 MB, which the collector would let go only seconds later).
	const kept = new Set<unknown>([...arraysOf(stored).values()].map((array) => array.buffer));
	discard(
		...[summary.customer, summary.x, summary.tx, summary.T, summary.monetary].filter((a) => !kept.has(a.buffer))
	);
	return stored;
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
