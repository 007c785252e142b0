/**
 * How many orders each stored chunk record holds.
 *
 * Chromium hands an IndexedDB value whose serialized bytes are over 64 KiB (`kIDBWrapThreshold`,
 * after Snappy compression) to its blob store instead of sending it with the write, and the tab
 * keeps the blob's bytes until the transaction commits. Checked in Chromium's source
 * (`idb_value_wrapping.cc`, `IDBValueWrapper::DoneCloning`): a value of 64 KiB or more is first
 * compressed with Snappy (kept so when that saves a tenth), and only what is still over 64 KiB goes
 * to the blob store; a smaller value is sent as it is.
 *
 * Each write costs about the same whatever its size, so an import's store time goes with its number
 * of chunk records, and so does a full read of its orders. Measured in Debian's Chromium 150 on the
 * bench file (1,154,231 orders: customer, day, amount and order ids, 2 cores):
 * - chunks under 64 KiB (151 order chunks and 151 id chunks): the store 1.35 s, reading every
 *   chunk back 305-358 ms;
 * - chunks of 1 MiB, through the blob store (9 and 9): the store 0.23 s, reading back 96-125 ms;
 *   the tab's peak memory 36 MB higher (333 → 369 MB), the chunks' bytes held twice until the
 *   commit.
 * So an import whose chunks come to no more than `LARGE_CHUNKS_MAX_BYTES` in all is stored in
 * chunks of about `LARGE_CHUNK_TARGET_BYTES` (its memory cost is bounded by that total); a larger
 * one in chunks under 64 KiB, which the tab lets go as it writes: at 5 million orders (80 MB of
 * chunks) the large chunks would take the tab past its 800 MB goal, and at 20 million (about 320 MB)
 * past its 2 GB one.
 */

/** Orders per chunk of the data sets stored before the size was chosen per data set. */
export const LEGACY_CHUNK_ROWS = 1 << 18;

/**
 * Uncompressed bytes a small chunk record aims at: under the 64 KiB threshold with room for the
 * record's own fields and typed-array headers (a few hundred bytes). The fixed-width columns take
 * exactly their share; a chunk whose orders have more line items (or longer ids) than the average
 * may pass 64 KiB, and is then compressed before the test (see above), which such columns pass
 * (item indexes and ids compress to 55-80 %): the blob store is only for the rare chunk of
 * incompressible numbers far above the average.
 */
export const CHUNK_TARGET_BYTES = 60 * 1024;

/** Chunks are never smaller than this (orders with hundreds of line items: a few big values are fine). */
export const MIN_CHUNK_ROWS = 256;

/** What one stored order costs in each of the two chunk records it is written to. */
export interface OrderBytes {
	/** In the order chunk: the typed columns (customer, day, amount, attributes, cost, line items). */
	columns: number;
	/** In the order-id chunk: its id's characters and separator (0 when ids are not stored). */
	ids: number;
}

/** Bytes a large chunk record aims at (see above: through the blob store, few writes). */
export const LARGE_CHUNK_TARGET_BYTES = 1 << 20;

/**
 * The most bytes an import's chunk records may come to in all for them to be large: what the tab
 * may hold twice until the commit (about 3 million orders of 16 bytes).
 */
export const LARGE_CHUNKS_MAX_BYTES = 48 << 20;

/**
 * Orders per chunk for a data set of `orders` orders that cost `bytes` each: a multiple of 256,
 * large chunks when all of them come to no more than `largeMaxBytes` (see above; tests make it 0
 * to store a small import in many small chunks).
 */
export function chunkRowsFor(bytes: OrderBytes, orders: number, largeMaxBytes = LARGE_CHUNKS_MAX_BYTES): number {
	const widest = Math.max(bytes.columns, bytes.ids, 1);
	const target =
		orders * (bytes.columns + bytes.ids) <= largeMaxBytes ? LARGE_CHUNK_TARGET_BYTES : CHUNK_TARGET_BYTES;
	const rows = Math.floor(target / widest / MIN_CHUNK_ROWS) * MIN_CHUNK_ROWS;
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

/**
 * How a chunk stores its orders' customer numbers, days and amounts (since schema v8): each in the
 * narrowest form that gives back exactly the same values, chosen per chunk.
 * - customer and day: Uint16, the value less the chunk's `customerBase` / `dayBase`, when the
 *   chunk's values span no more than 65,535 (a file sorted by customer, days of up to 179 years);
 *   else Int32 as they are.
 * - amount: Int32 cents when every amount of the data set is a whole number of cents (`c / 100`
 *   is the amount itself, -0 excluded); else Float64 as it is.
 * Chunks stored before (Int32, Int32, Float64) read as they always did: the reader goes by the
 * array's type. Fewer bytes an order make chunks of more orders, and so fewer writes (the store's
 * time goes with their number); a large import's small chunks stay under the 64 KiB that IndexedDB
 * would hand to its blob store, whatever their bytes compress to.
 */
export type NarrowInt = Int32Array | Uint16Array;

/** The smallest and largest of `column[start .. end)` ([0, 0] when empty). */
export function rangeOf(column: Int32Array, start: number, end: number): [number, number] {
	if (start >= end) return [0, 0];
	let low = column[start];
	let high = low;
	for (let i = start + 1; i < end; i++) {
		const v = column[i];
		if (v < low) low = v;
		else if (v > high) high = v;
	}
	return [low, high];
}

/** True when `column[start .. end)` fits a Uint16 above its smallest value. */
export function fitsUint16(column: Int32Array, start: number, end: number): boolean {
	const [low, high] = rangeOf(column, start, end);
	return high - low <= 0xffff;
}

/**
 * Reads a stored customer or day column into `into` at `at`: an Int32Array as it is, a Uint16Array
 * plus the chunk's `base`.
 */
export function decodeNarrowInt(into: Int32Array, stored: NarrowInt, base: number | undefined, at: number): void {
	if (stored instanceof Int32Array) {
		into.set(stored, at);
		return;
	}
	const b = base ?? 0;
	for (let i = 0; i < stored.length; i++) into[at + i] = stored[i] + b;
}

/** Largest whole number of cents an Int32 amount column holds. */
const MAX_CENTS = 0x7fffffff;

/** True when every one of `amounts` is a whole number of cents that `c / 100` gives back exactly. */
export function wholeCents(amounts: Float64Array, count = amounts.length): boolean {
	for (let i = 0; i < count; i++) {
		const a = amounts[i];
		const cents = Math.round(a * 100);
		if (cents / 100 !== a || Math.abs(cents) > MAX_CENTS || (a === 0 && 1 / a < 0)) return false;
	}
	return true;
}

/** Writes `amounts[start .. end)` as cents into `into` (only for amounts that `wholeCents` accepted). */
export function encodeCents(into: Int32Array, amounts: Float64Array, start: number, end: number): void {
	for (let i = start, k = 0; i < end; i++, k++) into[k] = Math.round(amounts[i] * 100);
}

/** Reads a stored amount column into `into` at `at`: a Float64Array as it is, Int32 cents divided by 100. */
export function decodeAmounts(into: Float64Array, stored: Float64Array | Int32Array, at: number): void {
	if (stored instanceof Float64Array) {
		into.set(stored, at);
		return;
	}
	for (let i = 0; i < stored.length; i++) into[at + i] = stored[i] / 100;
}
