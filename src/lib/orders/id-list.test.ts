import { describe, expect, it } from 'vitest';
import { ID_SEPARATOR } from '$lib/db/database';
import { ID_JOIN, OrderIdList } from './id-list';

/** Ids of every shape: empty ones (orders without an id), short, long (sliced strings), non-Latin. */
function ids(n: number, seed: number): string[] {
	return Array.from({ length: n }, (_, i) => {
		const k = (i * 7919 + seed) % 13;
		if (k === 0) return '';
		if (k === 1) return `#${i}-order-number-long-enough`;
		if (k === 2) return `заказ ${i}`;
		return String(1000 + i + seed);
	});
}

/** As `stringBytes` in the store counts them. */
const bytes = (values: string[]) => values.reduce((s, v) => s + v.length * 2 + 8, 0);

describe('OrderIdList', () => {
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
			const list = OrderIdList.from(ids(n, 0));
			const expected = ids(n, 0);
			for (const [k, m] of appended.entries()) {
				const other = ids(m, k + 1);
				// Through a structured clone, as a range worker sends it.
				list.appendParts(structuredClone(OrderIdList.from(other).parts()));
				expected.push(...other);
			}
			expect(list.length).toBe(expected.length);
			expect(list.toArray()).toEqual(expected);
			for (let i = 0; i < expected.length; i++) expect(list.isEmpty(i)).toBe(expected[i] === '');
			expect(list.byteSize()).toBe(bytes(expected));
			const cuts = [0, 1, 4095, 4096, 4097, 5000, 9000, 12_288, expected.length].filter(
				(c) => c <= expected.length
			);
			for (const from of cuts)
				for (const to of cuts)
					if (from < to) expect(list.joined(from, to)).toBe(expected.slice(from, to).join(ID_SEPARATOR));
		}
	);
});
