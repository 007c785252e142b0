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
