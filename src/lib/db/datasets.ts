import type { CustomerConsent } from '$lib/orders/consent';
import type { OrderColumns } from '$lib/orders/columns';
import type { OrdersResult } from '$lib/orders/accumulate';
import {
	DIMENSIONS,
	type CustomerNames,
	type Dimension,
	type DimensionColumn,
	type OrderItems
} from '$lib/orders/columns';
import { discard } from '$lib/orders/discard';
import type { SummaryResult } from '$lib/orders/summary';
import type { Collection, Table } from 'dexie';
import {
	chunkKey,
	db,
	type ChunkKey,
	ID_SEPARATOR,
	type DatasetRecord,
	type DatasetStringsRecord,
	type OrderChunkRecord,
	type OrderIdChunkRecord,
	type SourceFile
} from './database';
import {
	chunkRowsFor,
	chunkRowsOf,
	decodeAmounts,
	decodeIndexes,
	decodeNarrowInt,
	encodeCents,
	encodeIndexes,
	fitsUint16,
	indexArray,
	indexWidth,
	rangeOf,
	wholeCents,
	type IndexArray,
	type IndexWidth,
	type OrderBytes
} from './chunk-rows';
import { readStringList, stringListRecords } from './string-parts';

export const MAX_DATASET_NAME_LENGTH = 80;
/** Order chunks whose writes may be under way at once (see `storeChunks`). */
const WRITES_IN_FLIGHT = 8;

export type DatasetNameProblem = 'empty' | 'tooLong';

export function datasetNameProblem(name: string): DatasetNameProblem | null {
	const trimmed = name.trim();
	if (!trimmed) return 'empty';
	if (trimmed.length > MAX_DATASET_NAME_LENGTH) return 'tooLong';
	return null;
}

function stringBytes(values: readonly string[]): number {
	let bytes = 0;
	for (const v of values) bytes += v.length * 2 + 8;
	return bytes;
}

export interface StoreOptions {
	/** The data set's creation time. */
	now?: number;
	/**
	 * Called once every write has been handed to IndexedDB (after the data-set record's id came
	 * back): from then on the transaction commits by itself in the browser, and the caller may use
	 * its thread for other work while it does (e.g. analyse the orders) before awaiting the result.
	 * Never called when storing fails before that.
	 */
	onIssued?: () => void;
	/**
	 * The caller will not read the result's order ids again: the store lets each block of them go
	 * once it is written (`OrderIdList.release`) instead of holding them all to the end.
	 */
	releaseIds?: boolean;
	/**
	 * Called as the order chunks are written, with the orders written so far and all the import's
	 * orders: each time another `PROGRESS_STEP` of them is written, and once more when all are (not
	 * once per chunk: at 20 million orders that is thousands of calls, each a message to the page).
	 * Not called for a summary import.
	 */
	onProgress?: (written: number, total: number) => void;
	/**
	 * The most bytes an import's chunks may come to for them to be large (`chunkRowsFor`; tests: 0,
	 * for the many small chunks of a large import from a few thousand orders).
	 */
	largeChunksMaxBytes?: number;
	/** The serialized size of a text list's part (tests: smaller than `STRING_PART_BYTES`). */
	stringPartBytes?: number;
	/** The files imported, kept with the data set (`DatasetRecord.sourceFiles`). */
	sourceFiles?: SourceFile[];
}

/** The share of an import's orders written between two `onProgress` calls (at most 51 calls). */
export const PROGRESS_STEP = 0.02;

/**
 * Counts the orders written and calls `report` each time another `step` of `total` is written, and
 * when the last one is.
 */
export function progressCounter(
	total: number,
	report: ((written: number, total: number) => void) | undefined,
	step = PROGRESS_STEP
): (orders: number) => void {
	if (!report) return () => {};
	const stride = Math.max(1, Math.ceil(total * step));
	let written = 0;
	let next = stride;
	return (orders) => {
		written += orders;
		if (written < next && written < total) return;
		while (next <= written) next += stride;
		report(written, total);
	};
}

/**
 * Stores an import as a new data set, all in one IndexedDB transaction: the data set appears
 * whole or not at all (a failure, a cancel, or a closed tab mid-write leaves nothing behind),
 * and no existing data set is touched. Resolves with its id once committed.
 *
 * The order columns (customer, day, amount) are copied into the stored chunks before this returns
 * its promise: the caller may then transfer their buffers to another worker (the import worker's
 * helper analyses them) instead of copying them once more.
 */
export function storeImport(
	result: OrdersResult | SummaryResult,
	name: string,
	options: StoreOptions = {}
): Promise<number> {
	const problem = datasetNameProblem(name);
	if (problem) return Promise.reject(new Error(`Invalid data set name (${problem})`));
	if (result.kind === 'summary') return storeChunks(result, name, 0, null, null, options);
	const largeMax = options.largeChunksMaxBytes;
	const widths = indexWidths(result, largeMax);
	const rows = chunkRowsFor(orderBytes(result, widths), result.columns.count, largeMax);
	// (Copied too: the caller may hand the columns on, `firstOfDay` with them.)
	const firstOfDay = result.columns.firstOfDay?.slice() ?? null;
	const copies = copySegments(result.columns, rows * SEGMENT_CHUNKS);
	return storeChunks(result, name, rows, copies, widths, options, firstOfDay);
}

/**
 * Chunks per segment of the columns' copies (see `copySegments`): at 3,072 orders a small chunk,
 * 1.5 MB of each int32 column, over the largest size Chromium's allocator keeps in its buckets
 * (about 1 MB): a segment freed goes back to the system at once, not to the allocator's free slots.
 * (An import of large chunks is one segment: its copies are bounded as its chunks are.)
 */
const SEGMENT_CHUNKS = 128;

/** A stretch of the order columns' copies: orders [start, end). */
interface ColumnSegment {
	start: number;
	end: number;
	customer: Int32Array;
	day: Int32Array;
	amount: Float64Array;
}

/**
 * The order columns copied (the caller may hand the originals' buffers on meanwhile), in segments
 * of `rows` orders, each freed as soon as its chunks are written: a copy made whole was held to the
 * end of the store (16 bytes an order: 325 MB at 20 million orders), at the tab's memory peak.
 * `rows` is a multiple of the chunk size, so a chunk never straddles two segments.
 */
export function copySegments(columns: OrderColumns, rows: number): ColumnSegment[] {
	const segments: ColumnSegment[] = [];
	for (let start = 0; start < columns.count; start += rows) {
		const end = Math.min(columns.count, start + rows);
		segments.push({
			start,
			end,
			customer: columns.customer.slice(start, end),
			day: columns.day.slice(start, end),
			amount: columns.amount.slice(start, end)
		});
	}
	return segments;
}

/**
 * Cuts columns into the arrays of one chunk record at a time. IndexedDB clones a record when it
 * is added, so the arrays of a full chunk are made once and filled again for the next: cutting a
 * new array per chunk and column left tens of megabytes of them for the garbage collector, which
 * V8 lets pile up before it collects (the import's memory peak).
 */
class ChunkCutter {
	readonly #int32 = new Map<string, Int32Array>();
	readonly #float64 = new Map<string, Float64Array>();
	readonly #indexes = new Map<string, IndexArray>();

	constructor(readonly rows: number) {}

	#array<T extends IndexArray | Float64Array>(
		arrays: Map<string, T>,
		key: string,
		length: number,
		make: (length: number) => T
	): T {
		// The last chunk may be shorter: its arrays are its own.
		if (length !== this.rows) return make(length);
		let array = arrays.get(key);
		if (!array) arrays.set(key, (array = make(length)));
		return array;
	}

	int32(key: string, column: Int32Array, start: number, end: number): Int32Array {
		const array = this.#array(this.#int32, key, end - start, (n) => new Int32Array(n));
		array.set(column.subarray(start, end));
		return array;
	}

	float64(key: string, column: Float64Array, start: number, end: number): Float64Array {
		const array = this.#array(this.#float64, key, end - start, (n) => new Float64Array(n));
		array.set(column.subarray(start, end));
		return array;
	}

	/** `column[start .. end)` less `base`, as Uint16 (the caller checked that they fit). */
	uint16(key: string, column: Int32Array, start: number, end: number, base: number): Uint16Array {
		const array = this.#array(this.#indexes, `${key}:u16`, end - start, (n) => new Uint16Array(n)) as Uint16Array;
		for (let i = start, k = 0; i < end; i++, k++) array[k] = column[i] - base;
		return array;
	}

	/** Amounts as Int32 cents (the caller checked that every amount is whole cents). */
	cents(key: string, amounts: Float64Array, start: number, end: number): Int32Array {
		const array = this.#array(this.#int32, `${key}:cents`, end - start, (n) => new Int32Array(n));
		encodeCents(array, amounts, start, end);
		return array;
	}

	/** Customer numbers or days: Uint16 above their smallest when they fit, else Int32 (see `NarrowInt`). */
	narrowInt(
		key: string,
		column: Int32Array,
		start: number,
		end: number
	): { array: Int32Array | Uint16Array; base?: number } {
		const [low, high] = rangeOf(column, start, end);
		if (high - low <= 0xffff) return { array: this.uint16(key, column, start, end, low), base: low };
		return { array: this.int32(key, column, start, end) };
	}

	/** Dictionary indexes in the array of `width` (see `encodeIndexes`; `offset` 1 for dimensions). */
	indexes(
		key: string,
		width: IndexWidth,
		column: Int32Array,
		start: number,
		end: number,
		offset: number
	): IndexArray {
		const array = this.#array(this.#indexes, `${key}:${width}`, end - start, (n) => indexArray(width, n));
		encodeIndexes(array, column, start, end, offset);
		return array;
	}

	/**
	 * Where each order's line items start within the chunk (from 0; one more entry than orders),
	 * as Uint16 when the chunk has no more than 65,535 line items; undefined when each of its orders
	 * has exactly one (the starts are then 0, 1, 2 …, which the reader makes).
	 */
	itemStarts(starts: Int32Array, start: number, end: number): Uint16Array | Int32Array | undefined {
		const from = starts[start];
		const items = starts[end] - from;
		if (items === end - start && oneEach(starts, start, end)) return undefined;
		const length = end - start + 1;
		const wide = items > 0xffff;
		const key = wide ? 'itemStart:4' : 'itemStart:2';
		// The last chunk may be shorter: its array is its own.
		const full = length === this.rows + 1;
		let array = full ? (this.#indexes.get(key) as Uint16Array | Int32Array | undefined) : undefined;
		if (!array) {
			array = wide ? new Int32Array(length) : new Uint16Array(length);
			if (full) this.#indexes.set(key, array);
		}
		for (let i = 0; i < length; i++) array[i] = starts[start + i] - from;
		return array;
	}
}

/**
 * The bytes the chunks of `rows` orders store for their orders' line-item starts, as
 * `ChunkCutter.itemStarts` writes them: none in a chunk whose orders have one item each, else one
 * more entry than orders, of 2 bytes (4 in a chunk of more than 65,535 items). For the data set's
 * size on the Data page.
 */
export function itemStartBytes(starts: Int32Array, count: number, rows: number): number {
	let bytes = 0;
	for (let start = 0; start < count; start += rows) {
		const end = Math.min(count, start + rows);
		const items = starts[end] - starts[start];
		if (items === end - start && oneEach(starts, start, end)) continue;
		bytes += (end - start + 1) * (items > 0xffff ? 4 : 2);
	}
	return bytes;
}

/** True when each order in [start, end) has exactly one line item. */
function oneEach(starts: Int32Array, start: number, end: number): boolean {
	for (let i = start; i < end; i++) if (starts[i + 1] - starts[i] !== 1) return false;
	return true;
}

/** How wide each stored column is (see `IndexArray`, and `NarrowInt` for customer, day and amount). */
interface IndexWidths {
	/** Bytes an order's customer and day take (2: Uint16 in every chunk, 4: Int32 in some). */
	customer: 2 | 4;
	day: 2 | 4;
	/** 4: every amount is whole cents (Int32), 8: Float64. */
	amount: 4 | 8;
	dimensions: Partial<Record<Dimension, IndexWidth>>;
	/** Line-item products (index + 1 in a narrow array where some have none: `hasUnnamedItems`); and each order's item start (0: none stored, each order has one item). */
	product: IndexWidth;
	/** What a narrow line-item product array adds to each index: 1 where some items have no name. */
	productOffset: 0 | 1;
	itemStart: 0 | 2;
	/** Line-item SKUs (0: none stored; index + 1 in a narrow array, as a dimension's). */
	itemSku: IndexWidth | 0;
}

/** Whether some line item has no product name (known by its SKU alone: product -1). */
function hasUnnamedItems(items: OrderItems): boolean {
	const product = items.product;
	for (let k = 0; k < product.length; k++) if (product[k] < 0) return true;
	return false;
}

function indexWidths(result: OrdersResult, largeChunksMaxBytes?: number): IndexWidths {
	const dimensions: IndexWidths['dimensions'] = {};
	for (const d of DIMENSIONS) {
		const column = result.dimensions[d];
		if (column) dimensions[d] = indexWidth(column.values.length, true);
	}
	const items = result.items;
	const unnamed = items !== null && hasUnnamedItems(items);
	const single = items !== null && items.product.length === result.columns.count;
	const { count, day, amount } = result.columns;
	const widths: IndexWidths = {
		customer: 4,
		day: fitsUint16(day, 0, count) ? 2 : 4,
		amount: wholeCents(amount, count) ? 4 : 8,
		dimensions,
		product: indexWidth(items?.values.length ?? 0, unnamed),
		productOffset: unnamed ? 1 : 0,
		itemStart: single && oneEach(items.start, 0, result.columns.count) ? 0 : 2,
		itemSku: items?.skus ? indexWidth(items.skus.values.length, true) : 0
	};
	// The customer numbers fit a Uint16 in each chunk of a file sorted by customer (rarely in one
	// sorted by date): the chunks are sized for 2 bytes when every chunk of that size fits.
	const rows = chunkRowsFor(orderBytes(result, { ...widths, customer: 2 }), count, largeChunksMaxBytes);
	let fits = true;
	for (let start = 0; start < count && fits; start += rows)
		fits = fitsUint16(result.columns.customer, start, Math.min(count, start + rows));
	if (fits) widths.customer = 2;
	return widths;
}

/** What each order of an import will cost in its two chunk records (see `chunkRowsFor`). */
function orderBytes(result: OrdersResult, widths: IndexWidths): OrderBytes {
	const { count } = result.columns;
	const perOrder = (total: number) => (count > 0 ? total / count : 0);
	let columns = widths.customer + widths.day + widths.amount;
	for (const width of Object.values(widths.dimensions)) columns += width;
	if (result.cost) columns += 8;
	// (A chunk with more than 65,535 line items stores its starts as Int32: one of at least 256
	// orders with hundreds of items each, whose size the products decide.)
	if (result.items)
		columns += widths.itemStart + (widths.product + widths.itemSku) * perOrder(result.items.product.length);
	// Their UTF-8 bytes and a separator each, as the store writes them.
	const ids = result.orderIds ? perOrder(result.orderIds.storedBytes()) : 0;
	return { columns, ids };
}

async function storeChunks(
	result: OrdersResult | SummaryResult,
	name: string,
	chunkRows: number,
	copies: ColumnSegment[] | null,
	widths: IndexWidths | null,
	options: StoreOptions,
	firstOfDay: Int32Array | null = null
): Promise<number> {
	const now = options.now ?? Date.now();
	const database = db();
	const report = result.report;
	const base = {
		name: name.trim(),
		createdAt: now,
		customerCount: report.customers,
		firstDay: report.firstDay,
		lastDay: report.lastDay,
		revenue: report.revenue,
		currency: report.currency,
		report,
		...(report.revenueBreakdown ? { revenueBreakdown: report.revenueBreakdown } : {}),
		...(options.sourceFiles ? { sourceFiles: options.sourceFiles } : {})
	};
	return database.transaction('rw', [database.datasets, ...database.datasetContentTables], async () => {
		if (result.kind === 'summary') {
			const n = result.customers.length;
			const id = (await database.datasets.add({
				...base,
				kind: 'summary',
				orderCount: 0,
				byteSize: n * 32 + stringBytes(result.customers),
				chunkCount: 0,
				dimensions: [],
				hasOrderIds: false,
				summaryUnit: result.unit
			})) as number;
			const writes = [
				database.summaries.add({
					datasetId: id,
					frequency: result.frequency,
					recency: result.recency,
					age: result.age,
					monetary: result.monetary
				}),
				database.datasetStrings.bulkAdd(
					stringListRecords(id, 'customers', result.customers, undefined, options.stringPartBytes)
				)
			];
			options.onIssued?.();
			await Promise.all(writes);
			return id;
		}

		const { customers, orderIds, dimensions, items } = result;
		const count = result.columns.count;
		const names = result.names ?? null;
		const consent = result.consent ?? null;
		const cost = result.cost ?? null;
		const costPartial = (cost && result.costPartial) || null;
		const dims = DIMENSIONS.filter((d) => dimensions[d]);
		const chunkCount = Math.ceil(count / chunkRows);
		const width = widths!;
		let byteSize =
			count * (width.customer + width.day + width.amount) +
			stringBytes(customers) +
			(orderIds ? orderIds.storedBytes() : 0);
		for (const d of dims) byteSize += count * width.dimensions[d]! + stringBytes(dimensions[d]!.values);
		if (items)
			byteSize +=
				itemStartBytes(items.start, count, chunkRows) +
				items.product.length * width.product +
				stringBytes(items.values);
		if (items?.skus) byteSize += items.product.length * width.itemSku + stringBytes(items.skus.values);
		if (names) byteSize += names.index.length * 4 + stringBytes(names.values);
		if (consent) byteSize += consent.of.length + stringBytes(consent.columns) + stringBytes(consent.others ?? []);
		if (cost) byteSize += count * 8;
		if (firstOfDay) byteSize += firstOfDay.length * 4;
		if (costPartial) byteSize += costPartial.length * 4;
		const id = (await database.datasets.add({
			...base,
			kind: 'orders',
			orderCount: count,
			byteSize,
			chunkCount,
			chunkRows,
			dimensions: dims,
			hasOrderIds: orderIds !== null,
			hasItems: items !== null,
			...(items?.skus ? { hasItemSkus: true } : {}),
			...(width.productOffset === 1 ? { hasUnnamedItems: true } : {}),
			...(names ? { hasNames: true } : {}),
			...(consent ? { hasConsent: true } : {}),
			...(cost ? { hasCost: true } : {})
		})) as number;

		// Each chunk is cloned into IndexedDB as it is added, and then sent to the browser: a large
		// import's small chunks go with their writes, a smaller import's large ones through the blob
		// store (see `chunkRowsFor`). Only a few chunks' writes are under way at a time, so that the
		// clones do not pile up in this process faster than they are sent.
		const inFlight: Promise<unknown>[] = [];
		const cut = new ChunkCutter(chunkRows);
		const wrote = progressCounter(count, options.onProgress);
		const segments = copies!;
		let segment = 0;
		const firstOfDayPart = chunkParts(firstOfDay);
		const costPartialPart = chunkParts(costPartial);
		for (let index = 0, start = 0; start < count; index++, start += chunkRows) {
			if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
			const end = Math.min(count, start + chunkRows);
			// Every chunk of the segment before is cloned: its copies are freed at once (see `discard`).
			if (start >= segments[segment].end) {
				const done = segments[segment++];
				discard(done.customer, done.day, done.amount);
			}
			const s = segments[segment];
			const from = start - s.start;
			const to = end - s.start;
			const customer = cut.narrowInt('customer', s.customer, from, to);
			const day = cut.narrowInt('day', s.day, from, to);
			const chunk: OrderChunkRecord = {
				datasetId: id,
				index,
				count: end - start,
				customer: customer.array,
				day: day.array,
				amount:
					width.amount === 4
						? cut.cents('amount', s.amount, from, to)
						: cut.float64('amount', s.amount, from, to)
			};
			if (customer.base !== undefined) chunk.customerBase = customer.base;
			if (day.base !== undefined) chunk.dayBase = day.base;
			for (const d of dims) chunk[d] = cut.indexes(d, width.dimensions[d]!, dimensions[d]!.index, start, end, 1);
			if (cost) chunk.cost = cut.float64('cost', cost, start, end);
			const partial = costPartialPart(start, end);
			if (partial) chunk.costPartial = partial;
			const firstOrders = firstOfDayPart(start, end);
			if (firstOrders) chunk.firstOfDay = firstOrders;
			if (items) {
				const itemStart = cut.itemStarts(items.start, start, end);
				if (itemStart) chunk.itemStart = itemStart;
				const first = items.start[start];
				const last = items.start[end];
				chunk.itemProduct = indexArray(width.product, last - first);
				encodeIndexes(chunk.itemProduct, items.product, first, last, width.productOffset);
				if (items.skus) {
					chunk.itemSku = indexArray(width.itemSku as IndexWidth, last - first);
					encodeIndexes(chunk.itemSku, items.skus.index, first, last, 1);
				}
			}
			// Keyed out of line (see `keyedOrderChunks`): IndexedDB writes the value without reading it back.
			const key = chunkKey(chunk);
			const written = [database.keyedOrderChunks.add(chunk, key)];
			if (orderIds) {
				const bytes = orderIds.bytes(start, end);
				if (bytes) {
					written.push(database.keyedOrderIdChunks.add({ datasetId: id, index, bytes }, key));
					// Cloned by the write: freed at once (see `discard`).
					discard(bytes);
				} else {
					// An id UTF-8 cannot carry as it is (a lone surrogate): kept exactly, as a string.
					written.push(
						database.keyedOrderIdChunks.add({ datasetId: id, index, ids: orderIds.joined(start, end) }, key)
					);
				}
			}
			if (orderIds && options.releaseIds) orderIds.release(end);
			const both = Promise.all(written);
			const orders = end - start;
			// IndexedDB completes a transaction's requests in order: the counts only rise.
			both.then(
				() => wrote(orders),
				() => {}
			);
			// Handled here too, so that a failure met while awaiting an earlier write is not also
			// reported as an unhandled rejection: the transaction fails with the first error.
			both.catch(() => {});
			inFlight.push(both);
		}
		// Every chunk is cloned: the last segment's copies are freed at once.
		for (const s of segments.slice(segment)) discard(s.customer, s.day, s.amount);
		const partBytes = options.stringPartBytes;
		const strings: DatasetStringsRecord[] = stringListRecords(id, 'customers', customers, undefined, partBytes);
		for (const d of dims)
			strings.push(...stringListRecords(id, `dimension:${d}`, dimensions[d]!.values, undefined, partBytes));
		if (items) strings.push(...stringListRecords(id, 'items', items.values, undefined, partBytes));
		if (items?.skus) strings.push(...stringListRecords(id, 'itemSkus', items.skus.values, undefined, partBytes));
		if (names) strings.push(...stringListRecords(id, 'names', names.values, names.index, partBytes));
		if (consent)
			strings.push({
				datasetId: id,
				key: 'consent',
				values: consent.columns,
				consent: consent.of,
				...(consent.others && { others: consent.others })
			});
		inFlight.push(database.datasetStrings.bulkAdd(strings));
		options.onIssued?.();
		await Promise.all(inFlight);
		return id;
	});
}

export function listDatasets(): Promise<DatasetRecord[]> {
	return db().datasets.orderBy('createdAt').reverse().toArray();
}

export async function renameDataset(id: number, name: string): Promise<void> {
	const problem = datasetNameProblem(name);
	if (problem) throw new Error(`Invalid data set name (${problem})`);
	const updated = await db().datasets.update(id, { name: name.trim() });
	if (!updated) throw new Error(`No data set ${id}`);
}

/**
 * Deletes the data set an import cancelled by the user may have stored all the same: the import
 * worker is stopped, but its writes may have committed (or be committing) before it was. Run after
 * the worker is terminated: IndexedDB orders this transaction after the worker's own (they share the
 * data sets' store), so a commit still under way ends first and is then deleted. Gives how many.
 */
export async function deleteCancelledImport(createdAt: number, name: string): Promise<number> {
	const database = db();
	const ids = await database.transaction('rw', [database.datasets, ...database.datasetContentTables], async () => {
		const found = (await database.datasets
			.filter((d) => d.createdAt === createdAt && d.name === name)
			.primaryKeys()) as number[];
		for (const id of found) await deleteDataset(id);
		return found;
	});
	return ids.length;
}

/** Deletes a data set and everything stored for it, in one transaction. */
export async function deleteDataset(id: number): Promise<void> {
	const database = db();
	await database.transaction('rw', [database.datasets, ...database.datasetContentTables], async () => {
		await keyedChunksOf(database.keyedOrderChunks, id).delete();
		await keyedChunksOf(database.keyedOrderIdChunks, id).delete();
		await database.orderChunks.where('datasetId').equals(id).delete();
		await database.orderIdChunks.where('datasetId').equals(id).delete();
		await database.analysisCache.where('datasetId').equals(id).delete();
		await database.datasetStrings.where('datasetId').equals(id).delete();
		await database.summaries.where('datasetId').equals(id).delete();
		await database.datasetMetrics.delete(id);
		await database.datasets.delete(id);
	});
}

export interface StoredOrders {
	dataset: DatasetRecord;
	columns: OrderColumns;
	customers: string[];
	orderIds: string[] | null;
	dimensions: Partial<Record<Dimension, DimensionColumn>>;
	/** The orders' line items when asked for (`items: true`) and stored (`dataset.hasItems`), else null. */
	items: OrderItems | null;
	/** Each order's cost of goods (NaN unknown) when asked for (`cost: true`) and stored (`dataset.hasCost`), else null. */
	cost?: Float64Array | null;
	/**
	 * With `cost`: the orders (ascending) whose cost lacks some line items' costs; empty when none
	 * has, null on a data set stored before they were kept (see `OrderChunkRecord.costPartial`).
	 */
	costPartial?: Int32Array | null;
}

/** Where a data set's order chunks and order-id chunks are stored, as ranges to read (in index order). */
interface StoredChunks {
	chunks: Collection<OrderChunkRecord, [number, number]>;
	idChunks: Collection<OrderIdChunkRecord, [number, number]>;
}

/**
 * A data set's chunks: in the tables keyed out of line when it was stored since schema v9, else in
 * the tables before (`orderChunks`, `orderIdChunks`), where they stay (see the v9 schema). A data set
 * has all its chunks in one or the other: the first key of its range in the new table tells which.
 * Called inside a transaction over the four tables.
 */
async function storedChunks(id: number): Promise<StoredChunks> {
	const database = db();
	const keyed = await keyedChunksOf(database.keyedOrderChunks, id).limit(1).primaryKeys();
	if (keyed.length)
		return {
			chunks: keyedChunksOf(database.keyedOrderChunks, id),
			idChunks: keyedChunksOf(database.keyedOrderIdChunks, id)
		};
	return {
		chunks: database.orderChunks.where('[datasetId+index]').between([id, 0], [id, Infinity]),
		idChunks: database.orderIdChunks.where('[datasetId+index]').between([id, 0], [id, Infinity])
	};
}

/** A data set's records in a table keyed out of line by `chunkKey` (since schema v9), in index order. */
function keyedChunksOf<T>(table: Table<T, ChunkKey>, id: number): Collection<T, ChunkKey> {
	return table.where(':id').between([id, 0], [id, Infinity]);
}

/**
 * Refuses a data set whose stored chunks are not exactly its chunks 0 … chunkCount − 1 holding its
 * orders: read on, a lost chunk's orders would count silently as day 0 and amount 0.
 */
function checkComplete(dataset: DatasetRecord, chunks: readonly { index: number; count?: number }[], what: string) {
	const rows = chunkRowsOf(dataset);
	let orders = 0;
	let inOrder = true;
	for (const [position, chunk] of chunks.entries()) {
		if (chunk.index !== position) {
			inOrder = false;
			break;
		}
		orders += chunk.count ?? Math.min(rows, dataset.orderCount - position * rows);
	}
	if (!inOrder || chunks.length !== dataset.chunkCount || orders !== dataset.orderCount)
		throw new Error(
			`Data set ${dataset.id} is incomplete in this browser's storage: ${chunks.length} of its ${dataset.chunkCount} ` +
				`${what} chunks could be read. Import its file again, or restore a backup.`
		);
}

/**
 * An ascending list of orders (`firstOfDay`, `costPartial`) cut into the chunks' parts as they are
 * stored, one chunk after another: each part counted from its chunk's first order (`start`), none
 * for a chunk without any. `chunkListOf` puts the parts together again.
 */
function chunkParts(list: Int32Array | null): (start: number, end: number) => Int32Array | undefined {
	let next = 0;
	return (start, end) => {
		if (!list || next >= list.length || list[next] >= end) return undefined;
		const from = next;
		while (next < list.length && list[next] < end) next++;
		return list.slice(from, next).map((o) => o - start);
	};
}

/** The chunks' `firstOfDay` or `costPartial` orders, as indexes of the whole data set (see `OrderColumns.firstOfDay`); null when none has any. */
/**
 * A data set's order columns (customer, day, amount, and the first orders of a day where stored)
 * decoded from its chunk records of `rows` orders each, given in index order: as `loadOrders` reads
 * them from storage, and a backup's restore from the backup's records.
 */
export function orderColumnsOf(count: number, rows: number, chunks: readonly OrderChunkRecord[]): OrderColumns {
	const columns: OrderColumns = {
		count,
		customer: new Int32Array(count),
		day: new Int32Array(count),
		amount: new Float64Array(count)
	};
	for (const chunk of chunks) {
		const at = chunk.index * rows;
		decodeNarrowInt(columns.customer, chunk.customer, chunk.customerBase, at);
		decodeNarrowInt(columns.day, chunk.day, chunk.dayBase, at);
		decodeAmounts(columns.amount, chunk.amount, at);
	}
	const firstOfDay = chunkListOf(chunks, rows, 'firstOfDay');
	if (firstOfDay) columns.firstOfDay = firstOfDay;
	return columns;
}

export function chunkListOf(
	chunks: readonly OrderChunkRecord[],
	rows: number,
	key: 'firstOfDay' | 'costPartial'
): Int32Array | null {
	let n = 0;
	for (const chunk of chunks) n += chunk[key]?.length ?? 0;
	if (n === 0) return null;
	const list = new Int32Array(n);
	n = 0;
	for (const chunk of chunks) {
		const local = chunk[key];
		if (!local) continue;
		const at = chunk.index * rows;
		for (let k = 0; k < local.length; k++) list[n++] = at + local[k];
	}
	return list;
}

/** A data set's customers' names (for the audience exports), or null when none were stored. */
export async function loadNames(id: number): Promise<CustomerNames | null> {
	const record = await readStringList(db().datasetStrings, id, 'names');
	return record?.index ? { values: record.values, index: record.index } : null;
}

/**
 * A data set's customers' e-mail marketing consent (see `$lib/orders/consent`) and the headers it was
 * read from, or null when none was stored (the file had no consent column, or the data set was
 * imported before it was read): every customer's consent is then unknown.
 */
export async function loadConsent(id: number): Promise<CustomerConsent | null> {
	const record = await db().datasetStrings.get([id, 'consent']);
	if (!record?.consent) return null;
	return { columns: record.values, of: record.consent, ...(record.others && { others: record.others }) };
}

/**
 * A data set's stored cost of goods per order (NaN unknown), or null when none was stored, without
 * building its other columns. IndexedDB hands back whole records, so each order chunk is still read,
 * but one at a time (a cursor) and only its cost is kept: no whole customer, day and amount columns
 * are made beside the ones an analysis already holds.
 */
export async function loadCost(id: number): Promise<Float64Array | null> {
	const database = db();
	return database.transaction('r', [database.datasets, ...database.orderChunkTables], async () => {
		const dataset = await database.datasets.get(id);
		if (!dataset || dataset.kind !== 'orders') throw new Error(`No orders data set ${id}`);
		if (!dataset.hasCost) return null;
		const cost = new Float64Array(dataset.orderCount).fill(NaN);
		const rows = chunkRowsOf(dataset);
		const seen: { index: number; count: number }[] = [];
		await (
			await storedChunks(id)
		).chunks.each((chunk) => {
			seen.push({ index: chunk.index, count: chunk.count });
			if (chunk.cost) cost.set(chunk.cost, chunk.index * rows);
		});
		checkComplete(dataset, seen, 'order');
		return cost;
	});
}

/**
 * Reads a data set's orders back into whole columns. Customer ids, order ids, dimensions and
 * line items are read only when asked for (an analysis needs none of them).
 */
export async function loadOrders(
	id: number,
	options: { orderIds?: boolean; dimensions?: boolean; customers?: boolean; items?: boolean; cost?: boolean } = {}
): Promise<StoredOrders> {
	const database = db();
	return database.transaction(
		'r',
		[database.datasets, ...database.orderChunkTables, database.datasetStrings],
		async () => {
			const dataset = await database.datasets.get(id);
			if (!dataset || dataset.kind !== 'orders') throw new Error(`No orders data set ${id}`);
			const stored = await storedChunks(id);
			const chunks = await stored.chunks.toArray();
			checkComplete(dataset, chunks, 'order');
			const count = dataset.orderCount;
			const rows = chunkRowsOf(dataset);
			const columns = orderColumnsOf(count, rows, chunks);
			const dims = options.dimensions ? dataset.dimensions : [];
			const cost = options.cost && dataset.hasCost ? new Float64Array(count).fill(NaN) : null;
			const dimensionIndex = Object.fromEntries(dims.map((d) => [d, new Int32Array(count)])) as Partial<
				Record<Dimension, Int32Array>
			>;
			if (dims.length > 0 || cost)
				for (const chunk of chunks) {
					const at = chunk.index * rows;
					for (const d of dims) if (chunk[d]) decodeIndexes(dimensionIndex[d]!, chunk[d]!, at, 1);
					if (cost && chunk.cost) cost.set(chunk.cost, at);
				}
			let orderIds: string[] | null = null;
			if (options.orderIds && dataset.hasOrderIds) {
				const idChunks = await stored.idChunks.toArray();
				checkComplete(dataset, idChunks, 'order-id');
				// (A first id that begins with a byte order mark keeps it.)
				const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
				orderIds = idChunks.flatMap((chunk) =>
					(chunk.bytes ? decoder.decode(chunk.bytes) : (chunk.ids ?? '')).split(ID_SEPARATOR)
				);
			}
			const customers =
				options.customers === false
					? []
					: ((await readStringList(database.datasetStrings, id, 'customers'))?.values ?? []);
			const dimensions: StoredOrders['dimensions'] = {};
			for (const d of dims) {
				const values = (await readStringList(database.datasetStrings, id, `dimension:${d}`))?.values ?? [];
				dimensions[d] = { values, index: dimensionIndex[d]! };
			}
			let items: OrderItems | null = null;
			if (options.items && dataset.hasItems) {
				let total = 0;
				for (const chunk of chunks) total += chunk.itemProduct?.length ?? 0;
				const start = new Int32Array(count + 1);
				const product = new Int32Array(total);
				// Each item's SKU, where they were stored (none: kept out of memory).
				const sku = dataset.hasItemSkus ? new Int32Array(total).fill(-1) : null;
				let base = 0;
				for (const chunk of chunks) {
					const at = chunk.index * rows;
					// Without starts, each of the chunk's orders has one line item (see `ChunkCutter.itemStarts`).
					const local = chunk.itemStart;
					if (local) for (let i = 1; i < local.length; i++) start[at + i] = base + local[i];
					else for (let i = 1; i <= chunk.count; i++) start[at + i] = base + i;
					decodeIndexes(product, chunk.itemProduct!, base, dataset.hasUnnamedItems ? 1 : 0);
					if (sku && chunk.itemSku) decodeIndexes(sku, chunk.itemSku, base, 1);
					base += chunk.itemProduct!.length;
				}
				const values = (await readStringList(database.datasetStrings, id, 'items'))?.values ?? [];
				items = { values, start, product };
				if (sku)
					items.skus = {
						values: (await readStringList(database.datasetStrings, id, 'itemSkus'))?.values ?? [],
						index: sku
					};
			}
			// (Stored since partial costs were marked: one imported before says it had some only in its report.)
			const partialReported = dataset.report.warnings?.some((w) => w.code === 'costPartial') === true;
			const costPartial = cost
				? (chunkListOf(chunks, rows, 'costPartial') ?? (partialReported ? null : new Int32Array(0)))
				: null;
			return { dataset, columns, customers, orderIds, dimensions, items, cost, costPartial };
		}
	);
}
