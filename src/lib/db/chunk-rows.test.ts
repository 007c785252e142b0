import { describe, expect, it } from 'vitest';
import {
	CHUNK_TARGET_BYTES,
	chunkRowsFor,
	chunkRowsOf,
	LARGE_CHUNK_TARGET_BYTES,
	LARGE_CHUNKS_MAX_BYTES,
	LEGACY_CHUNK_ROWS,
	MIN_CHUNK_ROWS
} from './chunk-rows';

/** Orders enough for an import's chunks to pass `LARGE_CHUNKS_MAX_BYTES`: small chunks. */
const MANY = 50_000_000;

describe('chunkRowsFor: orders per stored chunk of a large import', () => {
	it.each([
		// columns, ids → rows: 60 KiB over the wider of the two records, down to a multiple of 256.
		['customer, day and amount as before v8', 16, 0, 3840],
		['narrow customer and day, amounts in cents (v8)', 8, 0, 7680],
		['with short order ids (#1001: 5 characters and a separator)', 8, 6, 7680],
		['with long order ids (UUIDs: 37 bytes an order)', 8, 37, 1536],
		['four attributes', 32, 9, 1792],
		['attributes, cost and three line items', 16 + 16 + 8 + 4 + 12, 9, 1024],
		['hundreds of line items an order: never under the minimum', 4000, 9, MIN_CHUNK_ROWS]
	])('%s (%d + %d bytes an order) → %d', (_, columns, ids, rows) => {
		expect(chunkRowsFor({ columns, ids }, MANY)).toBe(rows);
	});

	it('keeps every chunk of realistic orders under the target', () => {
		for (const columns of [8, 12, 16, 20, 32, 44, 60, 100])
			for (const ids of [0, 6, 12, 37]) {
				const rows = chunkRowsFor({ columns, ids }, MANY);
				expect(rows * Math.max(columns, ids)).toBeLessThanOrEqual(CHUNK_TARGET_BYTES);
				expect(rows % MIN_CHUNK_ROWS).toBe(0);
			}
	});
});

describe('chunkRowsFor: a smaller import is stored in few large chunks', () => {
	it.each([
		// orders, columns, ids → rows: 1 MiB over the wider record, at most a quarter of a million.
		['the bench file (1,154,231 orders, 8 + 8 bytes)', 1_154_231, 8, 8, 131_072],
		['a shop of 2,000 orders with four attributes', 2_000, 32, 9, 32_768],
		['orders of 2 bytes: never over the legacy size', 1_000_000, 2, 0, LEGACY_CHUNK_ROWS],
		['hundreds of line items an order: never under the minimum', 10_000, 5000, 9, MIN_CHUNK_ROWS]
	])('%s → %d', (_, orders, columns, ids, rows) => {
		expect(chunkRowsFor({ columns, ids }, orders)).toBe(rows);
	});

	it('makes large chunks up to the bound of all their bytes, small ones past it', () => {
		const bytes = { columns: 8, ids: 8 };
		const atBound = LARGE_CHUNKS_MAX_BYTES / 16;
		expect(chunkRowsFor(bytes, atBound) * 8).toBeLessThanOrEqual(LARGE_CHUNK_TARGET_BYTES);
		expect(chunkRowsFor(bytes, atBound) * 8).toBeGreaterThan(CHUNK_TARGET_BYTES);
		expect(chunkRowsFor(bytes, atBound + 1) * 8).toBeLessThanOrEqual(CHUNK_TARGET_BYTES);
	});
});

describe('chunkRowsOf: a stored data set’s orders per chunk', () => {
	it('is the one recorded, or a quarter of a million for data sets stored before it was', () => {
		expect(chunkRowsOf({ chunkRows: 1536 })).toBe(1536);
		expect(chunkRowsOf({})).toBe(LEGACY_CHUNK_ROWS);
		expect(LEGACY_CHUNK_ROWS).toBe(262_144);
	});
});
