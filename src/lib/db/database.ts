import Dexie, { type DBCore, type EntityTable, type Table } from 'dexie';
import { clearProblem, reportProblem, ReadOnlyDatabaseError, type AppProblemKind } from './status';
import type { MeasuredValue } from '$lib/benchmarks/compare';
import type { Dimension } from '$lib/orders/columns';
import type { PlanEntry } from '$lib/planner/plan';
import type { ImportReport, RevenueBasis, RevenueBreakdown } from '$lib/orders/report';
import type { AnalysisSettings } from '$lib/analysis/analyse';
import type { WithheldMeasure } from '$lib/benchmarks/withheld';
import type { YearBuyers } from '$lib/analysis/yearly';
import { storedCurrencyCode } from '$lib/orders/sniff/currency-marks';

/**
 * The one IndexedDB database of the app, opened through Dexie. Every schema change is a new
 * `version(n)` below, never an edit of an old one that has an `upgrade()` (the function that moves
 * the data where the shape changes): Dexie creates the tables a stored database lacks, and runs the
 * upgrades of the versions newer than the stored one.
 */

/** A calculator's inputs saved under a name. Inputs are kept as typed (text), so reopening is exact. */
export interface ScenarioRecord {
	id?: number;
	calculator: string;
	name: string;
	inputs: Record<string, string>;
	/** The currency setting when it was saved: amounts in the inputs are in it. */
	currency?: string;
	createdAt: number;
	updatedAt: number;
}

/**
 * One imported data set: what it holds and the import's report. The orders themselves are in
 * `keyedOrderChunks` (column-wise, typed arrays; `orderChunks` for data sets stored before schema
 * v9), the strings they point to in `datasetStrings`.
 */
export interface DatasetRecord {
	id?: number;
	name: string;
	kind: 'orders' | 'summary';
	createdAt: number;
	orderCount: number;
	customerCount: number;
	firstDay: number | null;
	lastDay: number | null;
	revenue: number;
	currency: string | null;
	/** Bytes the data set takes in storage (typed arrays and strings), for the list. */
	byteSize: number;
	chunkCount: number;
	/**
	 * Orders per order chunk (the last one may hold fewer), chosen per data set so that a chunk
	 * stays a small IndexedDB value (see `$lib/db/chunk-rows`). Absent on data sets stored before
	 * it was chosen (schema v4): theirs hold `LEGACY_CHUNK_ROWS`. Absent on summaries.
	 */
	chunkRows?: number;
	dimensions: Dimension[];
	hasOrderIds: boolean;
	/**
	 * Whether the orders' line items (products per order) are stored: in each order chunk
	 * (`itemStart`, `itemProduct`) with their product names under the strings key `items`.
	 * Absent (false) on data sets imported before items were kept, and when the file had no
	 * product column.
	 */
	hasItems?: boolean;
	/**
	 * Whether each stored line item has its SKU (stock code): `itemSku` in each order chunk, beside
	 * `itemProduct`, with the SKU texts under the strings key `itemSkus`. Absent (false) when the
	 * file had no SKU column (or no product column: no line items), and on data sets stored before
	 * SKUs per line item were kept, whose SKU views say to import the file again.
	 */
	hasItemSkus?: boolean;
	/**
	 * Whether some stored line items have no product name, only a SKU (a file with a SKU column and
	 * no name column, or name cells left empty): their `itemProduct` is -1 as Int32, and a narrow
	 * `itemProduct` then holds index + 1 (0: none) for every item, as `itemSku` does. Absent (false):
	 * every line item has a name, and a narrow `itemProduct` holds the index itself.
	 */
	hasUnnamedItems?: boolean;
	/**
	 * Whether customers' names are stored (under the strings key `names`, with a per-customer
	 * `index`): for the audience exports only. Absent (false) when the file had no name column.
	 */
	hasNames?: boolean;
	/**
	 * Whether customers' e-mail marketing consent is stored (under the strings key `consent`: the
	 * headers it was read from, and `consent`, one byte a customer; see `$lib/orders/consent`). Absent
	 * (false) when the file had no consent column, and on data sets imported before it was read:
	 * every customer's consent is then unknown.
	 */
	hasConsent?: boolean;
	/**
	 * Whether each order's cost of goods is stored (`cost` in the order chunks; NaN where unknown).
	 * Absent (false) when the file had no cost column.
	 */
	hasCost?: boolean;
	/** Time unit of a summary data set's recency and T. */
	summaryUnit?: 'days' | 'weeks' | 'months';
	report: ImportReport;
	/**
	 * Revenue part by part as the import read it (gross sales, discounts, refunds, returns, net
	 * sales, tax, shipping; see `RevenueBreakdown`): `revenue` is its `netSales`. Absent on data
	 * sets imported before it was recorded, and on per-customer summaries.
	 */
	revenueBreakdown?: RevenueBreakdown;
	/**
	 * The files it was imported from, in the order chosen: each one's name, size and last change
	 * (as the browser gave them) and the fingerprint of its rows after the header (`rowsFingerprint`),
	 * so that choosing one of them again is said before importing it. Absent on data sets imported
	 * before they were kept.
	 */
	sourceFiles?: SourceFile[];
}

/** A file a data set was imported from (see `DatasetRecord.sourceFiles`). */
export interface SourceFile {
	name: string;
	size: number;
	lastModified: number;
	/** The fingerprint of its rows after the header; null when it could not be read for it. */
	rows: string | null;
}

/** Up to the data set's `chunkRows` orders, column by column: chunk `index` starts at order `index × chunkRows`. */
export interface OrderChunkRecord {
	datasetId: number;
	index: number;
	count: number;
	/**
	 * Each order's customer number and day: Int32, or since v8 a Uint16 holding the value less the
	 * chunk's `customerBase` / `dayBase` when the chunk's values fit (see `$lib/db/chunk-rows`).
	 */
	customer: Int32Array | Uint16Array;
	customerBase?: number;
	day: Int32Array | Uint16Array;
	dayBase?: number;
	/** Each order's amount: Float64, or since v8 Int32 cents when every amount of the data set is whole cents. */
	amount: Float64Array | Int32Array;
	/** Before schema v4 the order ids were kept here; v4 moves them to `orderIdChunks`. */
	orderIds?: string[];
	/**
	 * Each order's dimension value (index into its strings): Int32 with -1 for none, or since v7
	 * Uint8/Uint16 holding index + 1 (0: none) when the dictionary fits (see `$lib/db/chunk-rows`).
	 */
	product?: Int32Array | Uint16Array | Uint8Array;
	sku?: Int32Array | Uint16Array | Uint8Array;
	category?: Int32Array | Uint16Array | Uint8Array;
	channel?: Int32Array | Uint16Array | Uint8Array;
	country?: Int32Array | Uint16Array | Uint8Array;
	discount?: Int32Array | Uint16Array | Uint8Array;
	/**
	 * The chunk's orders' line items (when the data set `hasItems`): order i of the chunk has
	 * products `itemProduct[itemStart[i] .. itemStart[i + 1])` (indexes into the `items` strings,
	 * Int32, or since v7 Uint8/Uint16 when they fit); `itemStart` has count + 1 entries, from 0 to
	 * `itemProduct.length` (Int32, or since v7 Uint16), and since v7 is left out when each order of
	 * the chunk has exactly one line item.
	 */
	itemStart?: Int32Array | Uint16Array;
	itemProduct?: Int32Array | Uint16Array | Uint8Array;
	/**
	 * Each line item's SKU, beside `itemProduct` (when the data set `hasItemSkus`): an index into the
	 * `itemSkus` strings as Int32 with -1 for none, or Uint8/Uint16 holding index + 1 (0: none) when
	 * the dictionary fits, as the dimensions are stored.
	 */
	itemSku?: Int32Array | Uint16Array | Uint8Array;
	/** Each order's cost of goods (when the data set `hasCost`); NaN where the file gave none. */
	cost?: Float64Array;
	/**
	 * The chunk's orders (counted from its first, ascending) that come first among their customer's
	 * orders of their day though not first in file order (see `OrderColumns.firstOfDay`): where the
	 * file's dates had times. Absent when none has, and on chunks stored before it was kept (whose
	 * data sets are read in file order, as then).
	 */
	firstOfDay?: Int32Array;
	/**
	 * The chunk's orders (counted from its first, ascending) whose cost lacks some line items' costs
	 * (see `OrdersResult.costPartial`). Absent when none has, and on chunks stored before it was kept.
	 */
	costPartial?: Int32Array;
}

/**
 * The order ids of one chunk, joined by NUL: reading one value is much faster than reading a
 * million strings, and the analysis, which never needs the ids, does not read them at all. Before
 * schema v8 one string (`ids`); since v8 its UTF-8 bytes (`bytes`, NUL a 0 byte), which the store
 * frees as soon as they are written rather than leave a string per chunk to the garbage collector.
 * A record has one of the two.
 */
export interface OrderIdChunkRecord {
	datasetId: number;
	index: number;
	ids?: string;
	bytes?: Uint8Array;
}

/**
 * The key of a chunk record in the tables keyed out of line (since schema v9: `keyedOrderChunks`,
 * `keyedOrderIdChunks`): its data set and index, as the older tables' in-line key `[datasetId+index]`
 * reads them from the record. A data set's chunks are the keys from `[id, 0]` to `[id, Infinity]`.
 */
export type ChunkKey = [datasetId: number, index: number];

export function chunkKey(record: { datasetId: number; index: number }): ChunkKey {
	return [record.datasetId, record.index];
}

/**
 * The tables whose records are keyed out of line, by name, with the key of a record: a restore
 * gives each record's key with it (a backup holds the records only).
 */
export const OUT_OF_LINE_KEYS: Readonly<Record<string, (record: never) => ChunkKey>> = {
	keyedOrderChunks: chunkKey,
	keyedOrderIdChunks: chunkKey
};

/** Separates order ids in an `OrderIdChunkRecord` (NUL never occurs in an id; it is removed on import). */
export const ID_SEPARATOR = '\u0000';

/** A cached analysis of a data set for one choice of settings, so a reopened page shows it at once. */
export interface AnalysisCacheRecord {
	datasetId: number;
	/** The settings, as a stable JSON key. */
	key: string;
	/** The data set's `createdAt`, so a restored or replaced data set never shows a stale result. */
	datasetCreatedAt: number;
	analysis: unknown;
}

/** A list of strings of a data set: its customer ids, the values of a dimension, or its line items' products. */
/** The text lists a data set keeps (see `DatasetStringsRecord`). */
export type StringListKey = 'customers' | `dimension:${Dimension}` | 'items' | 'itemSkus' | 'names' | 'consent';

/**
 * A data set's text list, or a part of one: a long list is stored in parts (see `string-parts.ts`),
 * the first under the list's key with `parts`, the others under `key#1`, `key#2`…
 */
export interface DatasetStringsRecord {
	datasetId: number;
	key: StringListKey | `${StringListKey}#${number}`;
	values: string[];
	/** For `names` only: each customer's name, an index into the whole list (-1 none); see `CustomerNames`. */
	index?: Int32Array;
	/** For `consent` only (whose `values` are the consent columns' headers): each customer's consent, 0 unknown, 1 yes, 2 no. */
	consent?: Uint8Array;
	/** For `consent` only: the addresses of people who are no customer and declined (`CustomerConsent.others`). */
	others?: string[];
	/** On a list's first record, when the list is stored in more than one part: how many. */
	parts?: number;
}

/** A per-customer summary data set's columns. */
export interface SummaryRecord {
	datasetId: number;
	frequency: Float64Array;
	recency: Float64Array;
	age: Float64Array;
	monetary: Float64Array;
}

/**
 * The headline figures of a data set, written by the analysis each time it runs, so that the
 * benchmarks, the planner and the what-if page can use a data set as a baseline without
 * recomputing it. `measures` are in the shape benchmarks are compared with.
 */
export interface DatasetMetricsRecord {
	datasetId: number;
	datasetName: string;
	computedAt: number;
	currency: string | null;
	/**
	 * Where the orders are in several currencies, added up unconverted: each with its count (see
	 * `currencyMixOf`); its amounts are then withheld. Absent otherwise, and on records stored before.
	 */
	currencies?: [code: string, count: number][];
	customers: number;
	orders: number;
	/**
	 * What the import summed as revenue (net sales, order totals, …: see `revenueMessages`), so other
	 * pages name it as the Analysis page does. Absent on records stored before, and for imports before it was recorded.
	 */
	revenueBasis?: RevenueBasis;
	/** Net revenue per year over the data's span (revenue ÷ span in years); null below a full year. */
	revenuePerYear: number | null;
	measures: MeasuredValue[];
	/** Figures the Analysis page flags, and so are not among `measures`, with the reason. */
	withheld?: WithheldMeasure[];
	/** The Analysis settings these figures were computed with. */
	settings?: Pick<AnalysisSettings, 'period' | 'windowMonths' | 'lifetimeYears'>;
	/** The days of the first and last order: the figures use every order (never a date range). Absent on older records. */
	firstDay?: number;
	lastDay?: number;
	/**
	 * The customers of the data's last 12 whole months and their orders there (the what-if's C and f);
	 * `month` is the first of them (stored before: a calendar year's January).
	 */
	yearBuyers?: YearBuyers;
}

export const DATABASE_NAME = 'retention-lab';

/** The tables of schema version 4, every table of versions 1 to 4 (see the constructor). */
export const SCHEMA_V4 = {
	scenarios: '++id, calculator, &[calculator+name], updatedAt',
	datasets: '++id, createdAt, name',
	orderChunks: '[datasetId+index], datasetId',
	datasetStrings: '[datasetId+key], datasetId',
	summaries: 'datasetId',
	plan: '&tacticId, status, updatedAt',
	datasetMetrics: 'datasetId, computedAt',
	orderIdChunks: '[datasetId+index], datasetId',
	analysisCache: '[datasetId+key], datasetId'
} as const;

export class RetentionDatabase extends Dexie {
	scenarios!: EntityTable<ScenarioRecord, 'id'>;
	datasets!: EntityTable<DatasetRecord, 'id'>;
	orderChunks!: Table<OrderChunkRecord, [number, number]>;
	datasetStrings!: Table<DatasetStringsRecord, [number, string]>;
	summaries!: Table<SummaryRecord, number>;
	plan!: Table<PlanEntry, string>;
	datasetMetrics!: Table<DatasetMetricsRecord, number>;
	orderIdChunks!: Table<OrderIdChunkRecord, [number, number]>;
	analysisCache!: Table<AnalysisCacheRecord, [number, string]>;
	/**
	 * Since schema v9, the order chunks (and below, their ids) of every data set stored: keyed out of
	 * line by `chunkKey`, with no index. With an in-line key and an index (`orderChunks`), Chromium
	 * reads both keys out of each value it writes, from a copy of it made for that alone: measured in
	 * Chromium 156 writing 151 chunks of 60 KB and as many id chunks, the writing worker spent
	 * 0.94/0.52 s of CPU and faulted in 99/54 MB of new memory that way, against 0.40/0.31 s and
	 * 46/42 MB keyed out of line; the store took 1.34/1.28 s against 0.86/0.88 s.
	 */
	keyedOrderChunks!: Table<OrderChunkRecord, ChunkKey>;
	keyedOrderIdChunks!: Table<OrderIdChunkRecord, ChunkKey>;

	constructor(name = DATABASE_NAME) {
		super(name);
		// Dexie brings a stored database to the newest version by comparing the tables it has with
		// those declared (it creates what is missing), and runs the upgrade() of each declared version
		// newer than the stored one: only versions with an upgrade() need declaring besides the newest.
		// Each declared version is parsed on every page load (nine versions: about 10 ms, against 3 ms
		// for these two, in node). The history, for what each version number stands for:
		// v1: calculator scenarios. v2: imported data sets, stored column-wise. v3: the retention plan
		// (one entry per tactic) and each data set's headline figures.
		// v4: order ids move out of the order chunks into their own table (so reading the orders for an
		// analysis no longer reads a million strings), and analyses are cached.
		this.version(4)
			.stores(SCHEMA_V4)
			.upgrade(async (tx) => {
				const chunks = tx.table<OrderChunkRecord>('orderChunks');
				const idChunks = tx.table<OrderIdChunkRecord>('orderIdChunks');
				// One chunk at a time, so a large database is not read into memory at once.
				for (const key of await chunks.toCollection().primaryKeys()) {
					const chunk = await chunks.get(key);
					if (!chunk?.orderIds) continue;
					await idChunks.add({
						datasetId: chunk.datasetId,
						index: chunk.index,
						ids: chunk.orderIds.join(ID_SEPARATOR)
					});
					delete chunk.orderIds;
					await chunks.put(chunk);
				}
			});
		// v5 to v8 changed no table; each changed the version so that a tab running the code before it
		// closes its connection and says so rather than misread what newer code stores:
		// v5: data sets choose how many orders a chunk holds (`chunkRows`), where older code reads every
		// chunk as a quarter of a million orders; v6: a text list too long for one IndexedDB value is
		// stored in parts (`string-parts.ts`), of which older code reads the first only; v7: order chunks
		// store dimension values and line items in narrower arrays (see the order chunk record); v8:
		// order chunks store customer numbers and days as Uint16 above a base, and amounts as Int32 cents,
		// where that gives back the same values, and order-id chunks store UTF-8 bytes. Older records
		// are read as before.
		// v9: order chunks and their ids are written to two tables keyed out of line (the key, `chunkKey`,
		// given with each write) and without an index: IndexedDB no longer takes a copy of every value
		// it writes to read the key and the index's key out of it (see `keyedOrderChunks`). Their
		// records are shaped as before. Data sets stored before keep their chunks in `orderChunks` and
		// `orderIdChunks` and are read from there, unmoved (nothing to migrate, so nothing an
		// interrupted upgrade could leave half done); a restored backup puts each chunk back in the
		// table it was backed up from.
		// v10 changed no table: order chunks may hold a SKU per line item (`itemSku`, with the data set's
		// `hasItemSkus`), where an order with one product under two SKUs has two line items, which older
		// code would count as that product twice; and data sets may keep marketing consent per customer.
		// (v9 needs no declaration of its own: it has no upgrade(), and v10 declares its tables.)
		this.version(10).stores({ keyedOrderChunks: '', keyedOrderIdChunks: '' });
		// Data sets stored with a currency column's value as their currency ("€"), which Intl cannot
		// format, are read with its code (EUR), wherever they are read (pages, backups).
		this.datasets.hook('reading', (record: DatasetRecord | undefined) => {
			// (Dexie calls it for a get() that finds nothing, too; records of old test databases may have no currency.)
			if (typeof record?.currency !== 'string') return record;
			const currency = storedCurrencyCode(record.currency);
			return currency === record.currency ? record : { ...record, currency };
		});
	}

	/**
	 * Why this connection may not write, or null: another tab upgraded or deleted the database
	 * (the connection is then closed, too), or the stored database is newer than this code.
	 */
	readOnly: AppProblemKind | null = null;

	/**
	 * Makes the connection safe when versions meet (called once, by `db()`): on another tab's
	 * upgrade or delete it closes for good and says so (Dexie would close and silently reopen at
	 * the other version); a blocked upgrade of its own is reported until it goes through; and
	 * when the stored database is newer than this code (Dexie opens it all the same), every
	 * write is refused.
	 */
	guard(): this {
		this.use({
			stack: 'dbcore',
			name: 'refuse-writes-when-read-only',
			create: (down: DBCore): DBCore => ({
				...down,
				table: (name) => {
					const table = down.table(name);
					return {
						...table,
						mutate: (request) =>
							this.readOnly
								? Promise.reject(new ReadOnlyDatabaseError(this.readOnly))
								: table.mutate(request)
					};
				}
			})
		});
		this.on('versionchange', (event: IDBVersionChangeEvent) => {
			const kind = event.newVersion ? 'upgraded' : 'deleted';
			this.readOnly = kind;
			this.close();
			reportProblem({ kind });
			// Stops Dexie's own handler, which would reopen the database at the other version.
			return false;
		});
		this.on('blocked', () => reportProblem({ kind: 'blocked' }));
		this.on(
			'ready',
			() => {
				clearProblem('blocked');
				const stored = Math.round(this.backendDB().version / 10);
				if (stored > this.verno) {
					this.readOnly = 'newer';
					reportProblem({ kind: 'newer', stored, known: this.verno });
				}
			},
			true
		);
		return this;
	}

	/** The tables a data set's order chunks and order-id chunks are in: those since schema v9, and before. */
	get orderChunkTables() {
		return [this.orderChunks, this.orderIdChunks, this.keyedOrderChunks, this.keyedOrderIdChunks];
	}

	/** The tables that hold one data set's contents (not its record). */
	get datasetContentTables() {
		return [...this.orderChunkTables, this.datasetStrings, this.summaries, this.datasetMetrics, this.analysisCache];
	}
}

let database: RetentionDatabase | undefined;

/** The shared connection, opened on first use (never at module load: there is no IndexedDB while prerendering). */
export function db(): RetentionDatabase {
	database ??= new RetentionDatabase().guard();
	return database;
}
