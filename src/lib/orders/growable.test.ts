import { describe, expect, it } from 'vitest';
import { GrowableFloat64, GrowableInt32, GrowableUint16 } from './growable';

describe('growable columns', () => {
	// [capacity, values pushed, room asked for, capacity after reserve, after reserveExactly]
	const cases: [number, number, number, number, number][] = [
		[4, 3, 1, 4, 4],
		[4, 4, 1, 8, 5],
		[4, 2, 10, 12, 12],
		[10, 6, 5, 20, 11],
		[16, 0, 0, 16, 16]
	];
	it.each(cases)(
		'capacity %i, %i pushed, room for %i more: %i by doubling, %i exactly',
		(cap, n, extra, doubled, exact) => {
			for (const make of [(c: number) => new GrowableInt32(c), (c: number) => new GrowableFloat64(c)]) {
				const a = make(cap);
				const b = make(cap);
				for (let i = 0; i < n; i++) {
					a.push(i + 1);
					b.push(i + 1);
				}
				a.reserve(extra);
				b.reserveExactly(extra);
				expect([a.data.length, b.data.length]).toEqual([doubled, exact]);
				expect(Array.from(b.toArray())).toEqual(Array.from({ length: n }, (_, i) => i + 1));
			}
		}
	);

	// [capacity, values pushed, then appended: the values, in order, and the capacity after]
	const uint16: [number, number[], number[], number][] = [
		[2, [1, 65535], [], 2],
		[2, [1, 2, 3], [], 4],
		[4, [7], [65535, 0, 9], 4],
		[4, [7, 8], [1, 2, 3], 8],
		[4, [], [1, 2, 3, 4, 5, 6, 7, 8, 9], 9]
	];
	it.each(uint16)('2-byte column of capacity %i: %j pushed, %j appended, room %i', (cap, pushed, appended, room) => {
		const a = new GrowableUint16(cap);
		for (const v of pushed) a.push(v);
		a.append(Uint16Array.from(appended));
		expect(Array.from(a.data.subarray(0, a.length))).toEqual([...pushed, ...appended]);
		expect(a.data.length).toBe(room);
	});

	/** A column of capacity 4 holding 1, 2, 3, 4; `grow` takes it past its capacity. */
	function grown<T extends GrowableInt32 | GrowableFloat64 | GrowableUint16>(column: T, grow: (column: T) => void) {
		for (let i = 1; i <= 4; i++) column.push(i);
		const outgrown = column.data;
		grow(column);
		return { outgrown, kept: Array.from(column.data.subarray(0, 4)) };
	}
	const newInt32 = () => new GrowableInt32(4);
	const newFloat64 = () => new GrowableFloat64(4);
	const newUint16 = () => new GrowableUint16(4);
	// [how the column grows]: the array it outgrew is freed at once (detached), its values kept.
	const growths: [string, () => ReturnType<typeof grown>][] = [
		['Int32 push', () => grown(newInt32(), (g) => g.push(9))],
		['Int32 reserve', () => grown(newInt32(), (g) => g.reserve(3))],
		['Int32 reserveExactly', () => grown(newInt32(), (g) => g.reserveExactly(3))],
		['Int32 append', () => grown(newInt32(), (g) => g.append(Int32Array.of(9, 9)))],
		['Float64 push', () => grown(newFloat64(), (g) => g.push(9))],
		['Float64 reserve', () => grown(newFloat64(), (g) => g.reserve(3))],
		['Float64 reserveExactly', () => grown(newFloat64(), (g) => g.reserveExactly(3))],
		['Uint16 push', () => grown(newUint16(), (g) => g.push(9))],
		['Uint16 append', () => grown(newUint16(), (g) => g.append(Uint16Array.of(9, 9)))]
	];
	it.each(growths)('%s past the capacity frees the outgrown array and keeps the values', (_, run) => {
		const { outgrown, kept } = run();
		expect(outgrown.buffer.byteLength).toBe(0);
		expect(kept).toEqual([1, 2, 3, 4]);
	});
});
