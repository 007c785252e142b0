import { describe, expect, it } from 'vitest';
import { GrowableFloat64, GrowableInt32 } from './growable';

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
});
