import { describe, expect, it } from 'vitest';
import { compareKeys, StringIndex } from './string-index';

describe('StringIndex', () => {
	it('finds what was stored, and nothing else, through growth and collisions', () => {
		const keys: string[] = [];
		const index = new StringIndex((i) => keys[i], 4);
		// (Wrong answers collected and checked once: 57,000 expect() calls took 7-9 s on a busy
		// machine, over the test's time limit.)
		const foundBeforeStored: string[] = [];
		for (let i = 0; i < 50_000; i++) {
			const key = i % 3 === 0 ? `#${i}` : `customer-${i}@example.com`;
			if (index.get(key) !== -1) foundBeforeStored.push(key);
			keys.push(key);
			index.set(key, i);
		}
		expect(foundBeforeStored).toEqual([]);
		expect(index.size).toBe(50_000);
		const wrong: [string, number][] = [];
		for (let i = 0; i < 50_000; i += 7) if (index.get(keys[i]) !== i) wrong.push([keys[i], index.get(keys[i])]);
		expect(wrong).toEqual([]);
		expect(index.get('absent')).toBe(-1);
		expect(index.get('')).toBe(-1);
	});

	it('tells apart keys whose hashes collide', () => {
		const keys = ['a', 'c', 'b'];
		const index = new StringIndex((i) => keys[i]);
		index.set('a', 0, 42);
		index.set('c', 1, 42);
		index.set('b', 2, 42); // out of order: the table is built
		expect(index.built).toBe(true);
		expect(index.get('a', 42)).toBe(0);
		expect(index.get('c', 42)).toBe(1);
		expect(index.get('b', 42)).toBe(2);
		expect(index.get('d', 42)).toBe(-1);
	});
});

describe('StringIndex indexes that are not the keys’ positions', () => {
	// Keys added in a run (ascending), with these indexes (an order without an id takes an index
	// but adds no key); then a key out of order builds the table. Every key keeps its index.
	it.each<[string, number[]]>([
		['each its position', [0, 1, 2, 3, 4]],
		['a gap after the first', [0, 2, 3, 4, 5]],
		['from 5 on', [5, 6, 7]],
		['a gap late', [0, 1, 2, 3, 10, 11]],
		['many, with gaps past the first growth', Array.from({ length: 40 }, (_, i) => i + Math.floor(i / 17))]
	])('%s', (_, indexes) => {
		const keys: string[] = [];
		const index = new StringIndex((i) => keys[i], 4);
		for (const [k, at] of indexes.entries()) {
			const key = `k${String(k).padStart(3, '0')}`;
			keys[at] = key;
			index.set(key, at);
		}
		expect(index.built).toBe(false);
		// The first key and the last are answered without the table.
		expect(index.get(keys[indexes[0]])).toBe(indexes[0]);
		expect(index.get(keys[indexes.at(-1)!])).toBe(indexes.at(-1));
		expect(index.built).toBe(false);
		const last = Math.max(...indexes) + 1;
		keys[last] = 'a'; // before the run: builds the table
		index.set('a', last);
		expect(index.built).toBe(true);
		for (const [k, at] of indexes.entries()) expect(index.get(`k${String(k).padStart(3, '0')}`)).toBe(at);
		expect(index.get('a')).toBe(last);
		expect(index.get('k999')).toBe(-1);
	});
});

describe('compareKeys', () => {
	it.each([
		['#999', '#1000', -1],
		['#1000', '#999', 1],
		['', 'a', -1],
		['b', 'a', 1],
		['C0000002', 'C0000002', 0],
		['Zoë', 'Zoe', 1],
		// By code units, not by letter: lower case after capitals, a surrogate before U+FFFF.
		['a', 'B', 1],
		['x\u{1F600}', 'x\uFFFFa', -1],
		['1000001', '1000002', -1],
		['1000010', '1000009', 1]
	])('%j against %j: %i', (a, b, sign) => {
		expect(Math.sign(compareKeys(a, b))).toBe(sign);
	});
});

/** A step: set a key (its index is the step's number among the sets), or look one up. */
type Step = string | { get: string };

describe('StringIndex while keys run in one direction', () => {
	// `built`: whether the steps built the hash table (the run was broken, or a lookup fell inside it).
	it.each<{ name: string; steps: Step[]; built: boolean; span?: [string, string] }>([
		{ name: 'one key', steps: ['#1001'], built: false, span: ['#1001', '#1001'] },
		{ name: 'a run up', steps: ['1', '2', '3', '9', '10', '11', '100'], built: false, span: ['1', '100'] },
		{
			name: 'a run down (Shopify, newest first)',
			steps: ['#1003', '#1002', '#1001', '#1000', '#999', '#998'],
			built: false,
			span: ['#998', '#1003']
		},
		{ name: '"#999" before "#1000" (length first)', steps: ['#998', '#999', '#1000', '#1001'], built: false },
		{
			name: 'customer ids in a file sorted by customer',
			steps: ['C0000001', 'C0000002', 'C0000010'],
			built: false
		},
		{ name: 'an empty key first', steps: ['', 'a', 'b'], built: false, span: ['', 'b'] },
		{ name: 'an empty key last', steps: ['b', 'a', ''], built: false, span: ['', 'b'] },
		{ name: 'broken at the 2nd key (equal keys)', steps: ['a', 'a'], built: true },
		{ name: 'broken at the 3rd key', steps: ['2', '3', '1', '4'], built: true },
		{ name: 'broken at the 3rd key, down', steps: ['3', '2', '5', '1'], built: true },
		{ name: 'broken at the 3rd key by an equal one', steps: ['1', '2', '2'], built: true },
		{ name: 'broken at the last key', steps: ['1', '2', '3', '4', '5', '0'], built: true },
		{ name: 'broken by an empty key', steps: ['a', 'b', ''], built: true },
		{ name: 'lookups beyond the last key', steps: ['1', '2', { get: '3' }, { get: '10' }, '3'], built: false },
		{ name: 'lookups before the first key', steps: ['5', '6', { get: '4' }, { get: '' }, '7'], built: false },
		{ name: 'lookups of the last key and the first', steps: ['5', '6', { get: '6' }, { get: '5' }], built: false },
		{ name: 'a lookup inside the run', steps: ['1', '3', '5', { get: '4' }, '6'], built: true },
		{
			name: 'a key looked up beyond the last, set after a later key',
			steps: ['1', '3', { get: '5' }, '7', '5'],
			built: true
		},
		{
			name: 'a key looked up beyond the last, then set',
			steps: ['1', '3', { get: '5' }, '5', { get: '9' }, { get: '7' }, '7'],
			built: false
		},
		{ name: 'a lookup of a key inside the run', steps: ['1', '3', '5', { get: '3' }], built: true },
		{
			name: 'split keys (order id + customer) in the run, then broken',
			steps: ['#1001', { get: '#1001' }, '#1001\u0000c2', '#1002', { get: '#1001' }],
			built: true
		},
		{
			name: 'a split key continuing a run down is a break',
			steps: ['#1002', '#1001', '#1001\u0000c2'],
			built: true
		},
		{ name: 'sets after the table was built', steps: ['3', '1', '2', '10', '0', '', '#1000'], built: true }
	])('$name', ({ steps, built, span }) => {
		const keys: string[] = [];
		const index = new StringIndex((i) => keys[i], 4);
		const reference = new Map<string, number>();
		const all = new Set([
			'',
			'0',
			'00',
			'zzz',
			'#1',
			'#99999',
			...steps.map((s) => (typeof s === 'string' ? s : s.get))
		]);
		for (const step of steps) {
			if (typeof step === 'string') {
				keys.push(step);
				if (!reference.has(step)) reference.set(step, keys.length - 1);
				index.set(step, keys.length - 1);
			} else {
				expect(index.get(step.get)).toBe(reference.get(step.get) ?? -1);
			}
		}
		expect(index.built).toBe(built);
		expect(index.size).toBe(keys.length);
		if (span) expect(index.span).toEqual({ low: span[0], high: span[1] });
		if (built) expect(index.span).toBe('unknown');
		// Every key, and keys never set (beyond, before and inside the run; the lookup may build the table).
		for (const key of all) expect(index.get(key), key).toBe(reference.get(key) ?? -1);
	});

	it('has an empty span with no keys, and finds nothing', () => {
		const index = new StringIndex(() => '');
		expect(index.span).toBe('empty');
		expect(index.get('')).toBe(-1);
		expect(index.built).toBe(false);
	});

	it.each([
		['in a run', (i: number) => `#${1000 + i}`],
		['out of order', (i: number) => `#${(i * 7919) % 10007}`]
	])('marks the same hashes %s as the built table does, and grows past its capacity', (_, keyOf) => {
		const keys = Array.from({ length: 5000 }, (_, i) => keyOf(i));
		const index = new StringIndex((i) => keys[i], 16);
		index.reserve(100);
		keys.forEach((key, i) => index.set(key, i));
		const bits = new Int32Array(1 << 10);
		index.markHashes(bits, (1 << 15) - 1);
		const expected = new Int32Array(1 << 10);
		for (const key of keys) {
			const h = StringIndex.hash(key) & ((1 << 15) - 1);
			expected[h >> 5] |= 1 << (h & 31);
		}
		expect(bits).toEqual(expected);
		keys.push('#-1');
		index.set('#-1', keys.length - 1); // builds the table, if it was not yet
		expect(index.built).toBe(true);
		keys.forEach((key, i) => expect(index.get(key)).toBe(i));
		expect(index.get('#99999')).toBe(-1);
	});
});
