/**
 * How many orders each stored chunk record holds.
 *
 * Chromium hands an IndexedDB value whose serialized bytes are over 64 KiB (`kIDBWrapThreshold`,
 * after Snappy compression) to its blob store instead of sending it with the write, and the tab
 * keeps the blob's bytes until the transaction commits: with chunks of a quarter of a million
 * orders, every chunk of an import was held twice in the tab (the copy cut out of the columns,
 * and its serialization) until the end. Chunks under that size are sent with their write, and
 * the tab lets them go as it writes: at 1.15 M orders with four attributes, the tab's peak fell
 * from 532/543 MB to 459/460 (interleaved runs of `npm run bench -- --attributes --no-peer`), for a
 * store about 0.4 s longer (its many small writes; the analysis runs beside it).
 */

/** Orders per chunk of the data sets stored before the size was chosen per data set. */
export const LEGACY_CHUNK_ROWS = 1 << 18;

/**
 * Uncompressed bytes a chunk record aims at: under the 64 KiB threshold with room for the
 * record's own fields, typed-array headers and a chunk whose orders have more line items (or
 * longer ids) than the average.
 */
export const CHUNK_TARGET_BYTES = 48 * 1024;

/** Chunks are never smaller than this (orders with hundreds of line items: a few big values are fine). */
export const MIN_CHUNK_ROWS = 256;

/** What one stored order costs in each of the two chunk records it is written to. */
export interface OrderBytes {
	/** In the order chunk: the typed columns (customer, day, amount, attributes, cost, line items). */
	columns: number;
	/** In the order-id chunk: its id's characters and separator (0 when ids are not stored). */
	ids: number;
}

/** Orders per chunk for a data set whose orders cost `bytes` each: a multiple of 256. */
export function chunkRowsFor(bytes: OrderBytes): number {
	const widest = Math.max(bytes.columns, bytes.ids, 1);
	const rows = Math.floor(CHUNK_TARGET_BYTES / widest / MIN_CHUNK_ROWS) * MIN_CHUNK_ROWS;
	return Math.min(LEGACY_CHUNK_ROWS, Math.max(MIN_CHUNK_ROWS, rows));
}

/** Orders per chunk of a stored data set (absent on data sets stored before it was recorded). */
export function chunkRowsOf(dataset: { chunkRows?: number }): number {
	return dataset.chunkRows ?? LEGACY_CHUNK_ROWS;
}

/**
 * How a chunk stores a column of dictionary indexes (dimension values, line-item products): in
 * the narrowest array that holds every index the dictionary may give. IndexedDB writes each
 * chunk's bytes, and a chunk's orders are as many as fit in its bytes (`chunkRowsFor`): four
 * attributes as Int32 took 16 bytes an order, as Uint8 they take 4 (and the import three times
 * fewer chunk writes). Data sets stored before (every index Int32) read as they always did.
 *
 * A dimension index may be -1 (the order has no value): a narrow array holds index + 1 (0: none).
 * A line-item product is never -1: a narrow array holds the index itself.
 */
export type IndexArray = Int32Array | Uint16Array | Uint8Array;

/** Which array a chunk stores a column of `values` dictionary indexes in (`offset`: -1 may occur, index + 1 is stored). */
export type IndexWidth = 1 | 2 | 4;

export function indexWidth(values: number, offset: boolean): IndexWidth {
	const largest = values - 1 + (offset ? 1 : 0);
	return largest <= 0xff ? 1 : largest <= 0xffff ? 2 : 4;
}

/** An empty array of the width, of `length` entries. */
export function indexArray(width: IndexWidth, length: number): IndexArray {
	return width === 1 ? new Uint8Array(length) : width === 2 ? new Uint16Array(length) : new Int32Array(length);
}

/**
 * Writes `column[start .. end)` into `into` (of the width `indexWidth` chose for its dictionary):
 * as it is into an Int32Array, plus `offset` into a narrow one.
 */
export function encodeIndexes(into: IndexArray, column: Int32Array, start: number, end: number, offset: number): void {
	if (into instanceof Int32Array) {
		into.set(column.subarray(start, end));
		return;
	}
	for (let i = start, k = 0; i < end; i++, k++) into[k] = column[i] + offset;
}

/**
 * Reads a stored column of dictionary indexes into `into` at `at`: an Int32Array as it is (data
 * sets stored before the narrow arrays, and dictionaries too large for them), a narrow one less
 * `offset` (1 for dimension indexes, 0 for line-item products; see `IndexArray`).
 */
export function decodeIndexes(into: Int32Array, stored: ArrayLike<number>, at: number, offset: number): void {
	if (stored instanceof Int32Array || offset === 0) {
		into.set(stored, at);
		return;
	}
	for (let i = 0; i < stored.length; i++) into[at + i] = stored[i] - offset;
}
