import { describe, expect, it } from 'vitest';
import { PairIndex } from './pair-index';

describe('PairIndex', () => {
	it('numbers distinct pairs densely in order of first appearance', () => {
		const index = new PairIndex(2);
		expect(index.indexOf(3, 1)).toBe(0);
		expect(index.indexOf(1, 3)).toBe(1);
		expect(index.indexOf(3, 1)).toBe(0);
		expect(index.indexOf(0.5)).toBe(2);
		expect(index.indexOf(0.5, 0)).toBe(2);
		expect(index.size).toBe(3);
		expect(Array.from(index.firstValues())).toEqual([3, 1, 0.5]);
	});

	it('treats 0 and −0 as the same key', () => {
		const index = new PairIndex();
		expect(index.indexOf(-0, 2)).toBe(index.indexOf(0, 2));
	});

	it('keeps every key through growth (agrees with a Map)', () => {
		const index = new PairIndex(4);
		const reference = new Map<string, number>();
		// (Disagreements collected and checked once: 50,000 expect() calls take seconds on a busy machine.)
		const disagree: [string, number, number | undefined][] = [];
		for (let i = 0; i < 50_000; i++) {
			const a = (i * 7919) % 1013;
			const b = ((i * 104729) % 997) / 7;
			const key = `${a},${b}`;
			if (!reference.has(key)) reference.set(key, reference.size);
			const found = index.indexOf(a, b);
			if (found !== reference.get(key)) disagree.push([key, found, reference.get(key)]);
		}
		expect(disagree).toEqual([]);
		expect(index.size).toBe(reference.size);
	});
});
