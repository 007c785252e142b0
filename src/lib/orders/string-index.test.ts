import { describe, expect, it } from 'vitest';
import { StringIndex } from './string-index';

describe('StringIndex', () => {
	it('finds what was stored, and nothing else, through growth and collisions', () => {
		const keys: string[] = [];
		const index = new StringIndex((i) => keys[i], 4);
		for (let i = 0; i < 50_000; i++) {
			const key = i % 3 === 0 ? `#${i}` : `customer-${i}@example.com`;
			expect(index.get(key)).toBe(-1);
			keys.push(key);
			index.set(key, i);
		}
		expect(index.size).toBe(50_000);
		for (let i = 0; i < 50_000; i += 7) expect(index.get(keys[i])).toBe(i);
		expect(index.get('absent')).toBe(-1);
		expect(index.get('')).toBe(-1);
	});

	it('tells apart keys whose hashes collide', () => {
		const keys = ['a', 'b'];
		const index = new StringIndex((i) => keys[i]);
		index.set('a', 0, 42);
		index.set('b', 1, 42);
		expect(index.get('a', 42)).toBe(0);
		expect(index.get('b', 42)).toBe(1);
		expect(index.get('c', 42)).toBe(-1);
	});
});
