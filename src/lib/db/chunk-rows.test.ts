import { describe, expect, it } from 'vitest';
import { CHUNK_TARGET_BYTES, chunkRowsFor, chunkRowsOf, LEGACY_CHUNK_ROWS, MIN_CHUNK_ROWS } from './chunk-rows';

describe('chunkRowsFor: orders per stored chunk', () => {
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
		expect(chunkRowsFor({ columns, ids })).toBe(rows);
	});

	it('keeps every chunk of realistic orders under the target', () => {
		for (const columns of [8, 12, 16, 20, 32, 44, 60, 100])
			for (const ids of [0, 6, 12, 37]) {
				const rows = chunkRowsFor({ columns, ids });
				expect(rows * Math.max(columns, ids)).toBeLessThanOrEqual(CHUNK_TARGET_BYTES);
				expect(rows % MIN_CHUNK_ROWS).toBe(0);
			}
	});
});

describe('chunkRowsOf: a stored data set’s orders per chunk', () => {
	it('is the one recorded, or a quarter of a million for data sets stored before it was', () => {
		expect(chunkRowsOf({ chunkRows: 1536 })).toBe(1536);
		expect(chunkRowsOf({})).toBe(LEGACY_CHUNK_ROWS);
		expect(LEGACY_CHUNK_ROWS).toBe(262_144);
	});
});
