import { describe, expect, it } from 'vitest';
import { ID_SEPARATOR } from '$lib/db/database';
import { ID_JOIN, MAX_START, OrderIdList } from './id-list';
import { StringIndex } from './string-index';

/** Each id's hash as the order-id index hashes it (0: no id), for the first `count`. */
const hashesOf = (values: string[], count = values.length) =>
	values.slice(0, count).map((id) => (id ? StringIndex.hash(id) : 0));

/** Ids of every shape: empty ones (orders without an id), short, long (sliced strings), non-Latin. */
function ids(n: number, seed: number): string[] {
	return Array.from({ length: n }, (_, i) => {
		const k = (i * 7919 + seed) % 13;
		if (k === 0) return '';
		if (k === 1) return `#${i}-order-number-long-enough`;
		if (k === 2) return `заказ ${i}`;
		if (k === 3) return `订单${i}🙂`;
		return String(1000 + i + seed);
	});
}

/**
 * A list of `n` ids with lists of the given lengths appended, each through a structured clone as
 * a range worker sends it, and the ids it must hold.
 */
function appendedList(n: number, appended: readonly number[]): { list: OrderIdList; expected: string[] } {
	const list = OrderIdList.from(ids(n, 0));
	const expected = ids(n, 0);
	for (const [k, m] of appended.entries()) {
		const other = ids(m, k + 1);
		list.appendParts(structuredClone(OrderIdList.from(other).parts()));
		expected.push(...other);
	}
	return { list, expected };
}

/** The text of ids stored as bytes (`OrderIdList.bytes`: UTF-8, a 0 byte between two), as the store reads it. */
const textOf = (bytes: Uint8Array | null) => {
	if (!bytes) throw new Error('the ids were not given as bytes');
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
};

/** What the store writes for them: each id's UTF-8 and a separator. */
const bytes = (values: string[]) => values.reduce((s, v) => s + new TextEncoder().encode(v).length + 1, 0);

describe('OrderIdList', () => {
	it.each([0, 1, 5000, 3 * 4096 + 17])('keeps the ids it is told to keep, in order (%i ids)', (n) => {
		const values = ids(n, 3);
		const list = OrderIdList.from(values);
		const newIndex = new Int32Array(n);
		let next = 0;
		for (let i = 0; i < n; i++) newIndex[i] = i % 3 === 1 ? -1 : next++;
		const kept = list.filtered(newIndex);
		expect(kept.toArray()).toEqual(values.filter((_, i) => i % 3 !== 1));
		expect(kept.length).toBe(next);
	});

	it('is the store separator', () => expect(ID_JOIN).toBe(ID_SEPARATOR));

	// [ids pushed, then each list appended (as sent between workers)]
	const cases: [number, number[]][] = [
		[0, []],
		[1, []],
		[4095, []],
		[4096, []],
		[4097, []],
		[10_000, []],
		[0, [5]],
		[3, [0]],
		[5000, [4096, 3]],
		[4096, [9000]],
		[123, [4097, 0, 8192, 1]]
	];
	it.each(cases)(
		'%i ids pushed, lists of %j appended: each id, emptiness, joined slices and size as an array',
		(n, appended) => {
			const { list, expected } = appendedList(n, appended);
			expect(list.length).toBe(expected.length);
			expect(list.toArray()).toEqual(expected);
			for (let i = 0; i < expected.length; i++) expect(list.isEmpty(i)).toBe(expected[i] === '');
			expect(list.storedBytes()).toBe(bytes(expected));
			for (const count of [0, 1, 4096, 5000, expected.length].filter((c) => c <= expected.length))
				expect([...list.hashes(count)]).toEqual(hashesOf(expected, count));
			const cuts = [0, 1, 4095, 4096, 4097, 5000, 9000, 12_288, expected.length].filter(
				(c) => c <= expected.length
			);
			for (const from of cuts)
				for (const to of cuts)
					if (from < to) {
						expect(list.joined(from, to)).toBe(expected.slice(from, to).join(ID_SEPARATOR));
						expect(textOf(list.bytes(from, to))).toBe(expected.slice(from, to).join(ID_SEPARATOR));
					}
		}
	);

	// Starts are kept in 2 bytes: long ids close a block before an id would start past MAX_START.
	// [ids pushed, each id's length (the last few longer still), then lists appended of that shape]
	const long: [number, number, number[]][] = [
		[4096, 16, []], // 4096 × 17 = 69,632 characters: past MAX_START within one block's worth
		[4096, 40, [4096]],
		[3, MAX_START, [2]], // each id as long as a whole block may be
		[2, MAX_START + 5, []],
		[5000, 100, [3000, 0, 1]],
		[200, 400, [300]]
	];
	const longIds = (n: number, length: number, seed: number) =>
		Array.from({ length: n }, (_, i) => `${seed}:${i}:`.padEnd(length + (i % 3 === 2 ? 7 : 0), 'x'));
	it.each(long)(
		'%i ids of about %i characters, lists of %j appended: each id, joined slices and size',
		(n, length, appended) => {
			const expected = longIds(n, length, 0);
			const list = OrderIdList.from(expected);
			for (const [k, m] of appended.entries()) {
				const other = longIds(m, length, k + 1);
				const parts = structuredClone(OrderIdList.from(other).parts());
				expect(Math.max(0, ...parts.start.subarray(0, m - parts.pending.length))).toBeLessThanOrEqual(
					MAX_START
				);
				list.appendParts(parts);
				expected.push(...other);
			}
			expect(list.length).toBe(expected.length);
			for (let i = 0; i < expected.length; i++) {
				expect(list.get(i)).toBe(expected[i]);
				expect(list.isEmpty(i)).toBe(false);
			}
			expect(list.storedBytes()).toBe(bytes(expected));
			expect([...list.hashes()]).toEqual(hashesOf(expected));
			const cuts = [0, 1, 2, 3, 1000, 3855, 4096, 4097, 6000, expected.length].filter(
				(c) => c <= expected.length
			);
			for (const from of cuts)
				for (const to of cuts)
					if (from < to) {
						expect(list.joined(from, to)).toBe(expected.slice(from, to).join(ID_SEPARATOR));
						expect(textOf(list.bytes(from, to))).toBe(expected.slice(from, to).join(ID_SEPARATOR));
					}
		}
	);

	// The store releases what it has written, chunk after chunk (chunks of `step` ids), reading each
	// chunk's ids joined first: [ids pushed, lists appended, chunk size]
	const released: [number, number[], number][] = [
		[10_000, [], 3072],
		[10_000, [], 4096],
		[5000, [4096, 3], 256],
		[4096, [9000], 5000],
		[3, [], 1],
		[0, [5], 2]
	];
	it.each(released)(
		'%i ids, lists of %j appended, written %i at a time and released behind: the same joined chunks',
		(n, appended, step) => {
			const { list, expected } = appendedList(n, appended);
			for (let start = 0; start < expected.length; start += step) {
				const end = Math.min(expected.length, start + step);
				expect(textOf(list.bytes(start, end))).toBe(expected.slice(start, end).join(ID_SEPARATOR));
				expect(list.joined(start, end)).toBe(expected.slice(start, end).join(ID_SEPARATOR));
				list.release(end);
				// What is not released yet reads as before; a released id throws.
				if (end < expected.length) expect(list.get(end)).toBe(expected[end]);
				if (end >= 4096) expect(() => list.get(end - 4096)).toThrow(RangeError);
			}
		}
	);

	it('releases only whole blocks: an id of a block partly written still reads', () => {
		const expected = ids(9000, 0);
		const list = OrderIdList.from(expected);
		list.release(4095);
		expect(list.get(0)).toBe(expected[0]);
		list.release(4096);
		expect(() => list.get(4095)).toThrow(RangeError);
		expect(() => list.joined(0, 2)).toThrow(RangeError);
		expect(list.get(4096)).toBe(expected[4096]);
		expect(list.joined(4096, 9000)).toBe(expected.slice(4096).join(ID_SEPARATOR));
	});

	it('keeps a block of ASCII ids as its bytes (moved between workers by transfer), any other as its string', () => {
		const asciiIds = Array.from({ length: 5000 }, (_, i) => (i % 9 === 0 ? '' : `#${i}`));
		const mixed = ['a', 'заказ 1', 'b', 'é'];
		const expected = [
			...asciiIds,
			...Array.from({ length: 4096 - (5000 - 4096) }, (_, i) => `x${i}`),
			...mixed,
			...Array.from({ length: 4096 }, (_, i) => (i % 2 ? mixed[i % 4] : `y${i}`)),
			...Array.from({ length: 4096 }, (_, i) => `z${i}`)
		];
		const list = OrderIdList.from(expected);
		const parts = list.parts();
		// A block is its bytes exactly when all its ids are ASCII.
		const kinds = parts.blocks.map((b) => typeof b);
		const ascii = parts.firsts.map((first, b) =>
			// eslint-disable-next-line no-control-regex -- ASCII is the point
			/^[\u0000-\u007f]*$/.test(expected.slice(first, parts.firsts[b + 1] ?? expected.length).join(''))
		);
		expect(kinds).toEqual(ascii.map((a) => (a ? 'object' : 'string')));
		expect(kinds.slice(0, 3)).toEqual(['object', 'object', 'string']);
		const buffers = new Set(parts.blocks.flatMap((b) => (typeof b === 'string' ? [] : [b.buffer as ArrayBuffer])));
		const sent = structuredClone(parts, { transfer: [...buffers, parts.start.buffer as ArrayBuffer] });
		expect(parts.blocks[0].length).toBe(0);
		const received = new OrderIdList(0);
		received.appendParts(sent);
		expect(received.toArray()).toEqual(expected);
		expect(received.joined(4000, 13_000)).toBe(expected.slice(4000, 13_000).join(ID_SEPARATOR));
		expect([...received.hashes()]).toEqual(hashesOf(expected));
	});

	it('a block too large for a slab gets a buffer of its own, and the slab before it is freed only with its own last block', () => {
		// One id of 1.2 M characters (a garbled quote can join a whole file's tail into one field).
		const expected = Array.from({ length: 3 * 4096 }, (_, i) => (i === 4096 ? 'x'.repeat(1_200_000) : `id-${i}`));
		const list = OrderIdList.from(expected);
		for (let start = 0; start < expected.length; start += 1024) {
			const end = Math.min(expected.length, start + 1024);
			expect(list.joined(start, end)).toBe(expected.slice(start, end).join(ID_SEPARATOR));
			list.release(end);
		}
	});

	// [ids, each id's length, lists appended]: blocks of bytes share slabs, strings come between
	const slabs: [number, number, number[]][] = [
		[100_000, 6, []],
		[60_000, 40, [50_000, 3]],
		[30_000, 3, [4096, 20_000]]
	];
	it.each(slabs)(
		'%i ids of %i characters, lists of %j appended: a slab is freed once all its blocks are released, not before; the offsets once every id is',
		(n, length, appended) => {
			const make = (m: number, seed: number) =>
				Array.from({ length: m }, (_, i) => (i % 20_000 === 7 ? 'ü' : `${seed}:${i}:`.padEnd(length, 'x')));
			const expected = make(n, 0);
			const list = OrderIdList.from(expected);
			for (const [k, m] of appended.entries()) {
				const other = make(m, k + 1);
				list.appendParts(structuredClone(OrderIdList.from(other).parts()));
				expected.push(...other);
			}
			const blocks = [...list.parts().blocks];
			const firsts = [...list.parts().firsts];
			const pendingFirst = list.length - list.parts().pending.length;
			const buffers = blocks.map((b) => (typeof b === 'string' ? null : b.buffer));
			const offsets = list.parts().start;
			// Some slabs hold several blocks.
			expect(new Set(buffers.filter((b) => b)).size).toBeLessThan(buffers.filter((b) => b).length);
			for (let start = 0; start < expected.length; start += 3072) {
				const end = Math.min(expected.length, start + 3072);
				expect(textOf(list.bytes(start, end))).toBe(expected.slice(start, end).join(ID_SEPARATOR));
				expect(list.joined(start, end)).toBe(expected.slice(start, end).join(ID_SEPARATOR));
				list.release(end);
				const released = firsts.filter((_, b) => (firsts[b + 1] ?? pendingFirst) <= end).length;
				for (const buffer of buffers) {
					if (!buffer) continue;
					const allReleased = buffers.every((other, c) => other !== buffer || c < released);
					expect(buffer.byteLength === 0).toBe(allReleased);
				}
				// The ids' offsets go with the last of them, not before.
				expect(offsets.buffer.byteLength === 0).toBe(end === expected.length);
			}
		}
	);
	it.each([
		['pushed one by one (still pending)', (ids: string[]) => OrderIdList.from(ids)],
		[
			'in a joined block (appended from a range worker)',
			(ids: string[]) => {
				const list = OrderIdList.from([]);
				list.appendParts(structuredClone(OrderIdList.from(ids).parts()));
				return list;
			}
		]
	])('gives no bytes for a range with an id UTF-8 cannot carry (a lone surrogate), %s', (_, listOf) => {
		expectLoneSurrogateKept(listOf);
		// The same where the browser has no String.prototype.isWellFormed (before Chrome 111).
		const native = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed')!;
		delete (String.prototype as { isWellFormed?: unknown }).isWellFormed;
		try {
			expectLoneSurrogateKept(listOf);
		} finally {
			Object.defineProperty(String.prototype, 'isWellFormed', native);
		}
	});

	function expectLoneSurrogateKept(listOf: (ids: string[]) => OrderIdList): void {
		const ids = Array.from({ length: 5000 }, (_, i) => (i === 4500 ? `A\udc00${i}` : `#${i}`));
		const list = listOf(ids);
		expect(list.bytes(4000, 5000)).toBeNull();
		expect(list.joined(4000, 5000)).toBe(ids.slice(4000, 5000).join(ID_SEPARATOR));
		// The ranges without it still come as bytes.
		expect(textOf(list.bytes(0, 4500))).toBe(ids.slice(0, 4500).join(ID_SEPARATOR));
		expect(textOf(list.bytes(4501, 5000))).toBe(ids.slice(4501, 5000).join(ID_SEPARATOR));
		// A well-formed pair is not a lone surrogate.
		expect(textOf(OrderIdList.from(['a🙂b', 'c']).bytes(0, 2))).toBe(`a🙂b${ID_SEPARATOR}c`);
	}
});
