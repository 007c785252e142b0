import { describe, expect, it } from 'vitest';
import { partKey, splitStrings, stringListRecords, STRING_PART_BYTES } from './string-parts';

const ids = (n: number, length: number) => Array.from({ length: n }, (_, i) => `${i}`.padStart(length, 'c'));

describe('splitStrings', () => {
	// [strings, characters each, part bytes, parts expected]: a string takes 2 bytes a character + 8.
	it.each([
		[0, 5, 100, 1],
		[5, 5, 100, 1], // 5 × 18 = 90 bytes: one part
		[6, 5, 100, 2], // 108 bytes
		[100, 5, 90, 20],
		[3, 200, 100, 3], // each string alone passes the limit: one a part, none lost
		[1000, 30, STRING_PART_BYTES, 1]
	])('%i strings of %i characters, parts of %i bytes: %i parts, joined back in order', (n, length, bytes, count) => {
		const values = ids(n, length);
		const parts = splitStrings(values, bytes);
		expect(parts).toHaveLength(count);
		expect(parts.flat()).toEqual(values);
		for (const part of parts) {
			expect(part.length).toBeGreaterThan(n === 0 ? -1 : 0);
			if (part.length > 1) expect(part.reduce((sum, v) => sum + 2 * v.length + 8, 0)).toBeLessThanOrEqual(bytes);
		}
	});

	it('hands back the list itself when it fits (no copy)', () => {
		const values = ids(10, 4);
		expect(splitStrings(values)[0]).toBe(values);
	});
});

describe('stringListRecords', () => {
	it('puts a short list in one record, with no parts field', () => {
		expect(stringListRecords(7, 'customers', ['a', 'b'])).toEqual([
			{ datasetId: 7, key: 'customers', values: ['a', 'b'] }
		]);
	});

	it('puts a long list in parts: the first under the key with their number and the index, the others under key#k', () => {
		const index = Int32Array.from([0, -1, 2]);
		const records = stringListRecords(7, 'names', ids(6, 5), index, 40);
		expect(records.map((r) => [r.key, r.values.length, r.parts, r.index])).toEqual([
			['names', 2, 3, index],
			['names#1', 2, undefined, undefined],
			['names#2', 2, undefined, undefined]
		]);
		expect(records.flatMap((r) => r.values)).toEqual(ids(6, 5));
		expect(partKey('items', 0)).toBe('items');
		expect(partKey('items', 4)).toBe('items#4');
	});
});
