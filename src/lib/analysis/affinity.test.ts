import { describe, expect, it } from 'vitest';
import {
	affinityCounts,
	affinityRules,
	compareRules,
	type AffinityRule,
	type OrderItems,
	type PairList
} from './affinity';

/** Orders as (customer, day, products); products named, encoded here as the import would. */
function dataset(orders: [number, number, string[]][], customers: number) {
	const values: string[] = [];
	const start = new Int32Array(orders.length + 1);
	const product: number[] = [];
	orders.forEach(([, , names], i) => {
		for (const name of names) {
			let p = values.indexOf(name);
			if (p < 0) p = values.push(name) - 1;
			product.push(p);
		}
		start[i + 1] = product.length;
	});
	const items: OrderItems = { values, start, product: Int32Array.from(product) };
	const columns = {
		count: orders.length,
		customer: Int32Array.from(orders.map((o) => o[0])),
		day: Int32Array.from(orders.map((o) => o[1]))
	};
	return { columns, customers, items };
}

const brief = (r: AffinityRule) => [r.from, r.to, r.count, r.fromCount, r.toCount];

/*
 * Baskets (one customer each, so the next-purchase side is empty):
 *   o0 Mug, Tea · o1 Mug, Tea, Teapot · o2 Tea · o3 Teapot, Honey · o4 (no product) · o5 Mug, Tea, Honey
 * N = 5 orders with products; Mug 3, Tea 4, Teapot 2, Honey 2.
 * Mug+Tea 3 orders; every other pair 1 (Mug+Teapot, Tea+Teapot, Teapot+Honey, Mug+Honey, Tea+Honey).
 * Mug→Tea: support 3/5, confidence 3/3, lift 3·5/(3·4) = 1.25; Tea→Mug: confidence 3/4, lift 1.25.
 * Teapot→Honey: 1·5/(2·2) = 1.25; Mug→Teapot: 5/6; Tea→Teapot: 5/8.
 * With at most 2 products an order: o1 and o5 are left out, N = 3 (o0, o2, o3): Mug 1, Tea 2,
 * Teapot 1, Honey 1; Mug→Tea lift 1·3/(1·2) = 1.5; Teapot→Honey 1·3/(1·1) = 3.
 */
const baskets = dataset(
	[
		[0, 1, ['Mug', 'Tea']],
		[1, 1, ['Mug', 'Tea', 'Teapot']],
		[2, 1, ['Tea']],
		[3, 1, ['Teapot', 'Honey']],
		[4, 1, []],
		[5, 1, ['Mug', 'Tea', 'Honey']]
	],
	6
);

describe('bought together', () => {
	it.each([
		{
			name: 'pairs in ≥ 2 orders, by lift',
			maxProducts: 50,
			minCount: 2,
			sort: 'lift' as const,
			counts: { orders: 5, multiProduct: 4, skippedOrders: 0, withoutItems: 1 },
			rules: [
				['Mug', 'Tea', 3, 3, 4],
				['Tea', 'Mug', 3, 4, 3]
			],
			lifts: [1.25, 1.25],
			confidences: [1, 0.75],
			supports: [0.6, 0.6]
		},
		{
			name: 'every pair, by lift (ties: count, confidence, names)',
			maxProducts: 50,
			minCount: 1,
			sort: 'lift' as const,
			counts: { orders: 5, multiProduct: 4, skippedOrders: 0, withoutItems: 1 },
			rules: [
				['Mug', 'Tea', 3, 3, 4],
				['Tea', 'Mug', 3, 4, 3],
				['Honey', 'Teapot', 1, 2, 2],
				['Teapot', 'Honey', 1, 2, 2],
				['Honey', 'Mug', 1, 2, 3],
				['Teapot', 'Mug', 1, 2, 3],
				['Mug', 'Honey', 1, 3, 2],
				['Mug', 'Teapot', 1, 3, 2],
				['Honey', 'Tea', 1, 2, 4],
				['Teapot', 'Tea', 1, 2, 4],
				['Tea', 'Honey', 1, 4, 2],
				['Tea', 'Teapot', 1, 4, 2]
			],
			lifts: [1.25, 1.25, 1.25, 1.25, 5 / 6, 5 / 6, 5 / 6, 5 / 6, 5 / 8, 5 / 8, 5 / 8, 5 / 8],
			confidences: [1, 0.75, 0.5, 0.5, 0.5, 0.5, 1 / 3, 1 / 3, 0.5, 0.5, 0.25, 0.25],
			supports: Array(12).fill(0.2).fill(0.6, 0, 2)
		},
		{
			name: 'orders of more than 2 products left out',
			maxProducts: 2,
			minCount: 1,
			sort: 'count' as const,
			counts: { orders: 3, multiProduct: 2, skippedOrders: 2, withoutItems: 1 },
			rules: [
				['Honey', 'Teapot', 1, 1, 1],
				['Teapot', 'Honey', 1, 1, 1],
				['Mug', 'Tea', 1, 1, 2],
				['Tea', 'Mug', 1, 2, 1]
			],
			lifts: [3, 3, 1.5, 1.5],
			confidences: [1, 1, 1, 0.5],
			supports: [1 / 3, 1 / 3, 1 / 3, 1 / 3]
		}
	])('$name', ({ maxProducts, minCount, sort, counts, rules, lifts, confidences, supports }) => {
		const c = affinityCounts(baskets.columns, baskets.customers, baskets.items, { maxProducts, floor: 1 });
		const s = affinityRules(c, { minCount, sort });
		const { orders, multiProduct, skippedOrders, withoutItems } = s.together;
		expect({ orders, multiProduct, skippedOrders, withoutItems }).toEqual(counts);
		expect(s.together.basis).toBe(counts.orders);
		expect(s.together.total).toBe(rules.length);
		expect(s.together.rules.map(brief)).toEqual(rules);
		s.together.rules.forEach((r, k) => {
			expect(r.lift).toBeCloseTo(lifts[k], 12);
			expect(r.confidence).toBeCloseTo(confidences[k], 12);
			expect(r.support).toBeCloseTo(supports[k], 12);
			expect(r.uncertain).toBe(true);
		});
	});

	it('a minimum support is applied as a count of orders (the stricter threshold wins)', () => {
		const c = affinityCounts(baskets.columns, baskets.customers, baskets.items, { floor: 1 });
		// 0.5 of 5 orders → at least 3 orders with both: Mug+Tea only.
		expect(affinityRules(c, { minCount: 1, minSupport: 0.5, sort: 'lift' }).together.total).toBe(2);
		expect(affinityRules(c, { minCount: 4, minSupport: 0.1, sort: 'lift' }).together.total).toBe(0);
	});

	it('limits the rules returned, not the total', () => {
		const c = affinityCounts(baskets.columns, baskets.customers, baskets.items, { floor: 1 });
		const s = affinityRules(c, { minCount: 1, sort: 'count', limit: 3 });
		expect(s.together.total).toBe(12);
		expect(s.together.rules).toHaveLength(3);
	});

	it.each([
		{ orders: 19, uncertain: true },
		{ orders: 20, uncertain: false }
	])('a pair in $orders orders is uncertain: $uncertain', ({ orders, uncertain }) => {
		const d = dataset(
			Array.from({ length: orders }, (_, i) => [i, 1, ['A', 'B']] as [number, number, string[]]),
			orders
		);
		const s = affinityRules(affinityCounts(d.columns, d.customers, d.items), { minCount: 5, sort: 'lift' });
		expect(s.together.rules.map((r) => r.uncertain)).toEqual([uncertain, uncertain]);
		expect(s.together.rules[0].lift).toBe(1);
		expect(s.together.rules[0].interval.high).toBe(1);
	});
});

describe('rules resting on few orders rank after the others (QA: a lift of 9.29 on 5 customers above one of 31)', () => {
	// 25 orders of A and B, 5 of C and D, 30 of E alone: N = 60. A→B: 25 of 25 with A, B in 25:
	// lift 25·60/(25·25) = 2.4, certain; C→D: 5·60/(5·5) = 12, uncertain (5 < 20 orders).
	const orders: [number, number, string[]][] = [
		...Array.from({ length: 25 }, (_, i) => [i, 1, ['A', 'B']] as [number, number, string[]]),
		...Array.from({ length: 5 }, (_, i) => [25 + i, 1, ['C', 'D']] as [number, number, string[]]),
		...Array.from({ length: 30 }, (_, i) => [30 + i, 1, ['E']] as [number, number, string[]])
	];
	const d = dataset(orders, 60);
	const counts = affinityCounts(d.columns, d.customers, d.items);
	// (By lift: by count, a rule on fewer orders comes after one on more anyway.)
	it.each(['lift'] as const)('by %s', (sort) => {
		const s = affinityRules(counts, { minCount: 5, sort });
		expect(s.together.rules.map((r) => [r.from, r.to, r.uncertain])).toEqual([
			['A', 'B', false],
			['B', 'A', false],
			['C', 'D', true],
			['D', 'C', true]
		]);
		expect(s.together.rules[2].lift).toBeCloseTo(12, 12);
		expect(s.together.rules[0].lift).toBeCloseTo(2.4, 12);
		// The same order from compareRules, which ranks rules already made.
		expect([...s.together.rules].reverse().sort(compareRules(sort))).toEqual(s.together.rules);
	});
	it('keeps the certain rules within the limit first', () => {
		const s = affinityRules(counts, { minCount: 5, sort: 'lift', limit: 2 });
		expect(s.together.rules.map((r) => r.from)).toEqual(['A', 'B']);
		expect(s.together.total).toBe(4);
	});
});

/*
 * Purchases (customer, day, products):
 *   c0: day 10 Mug; day 10 Tea; day 20 Tea; day 30 Teapot → first {Mug, Tea}, next {Tea} (day 30 not used)
 *   c1: day 5 Mug; day 8 Teapot → first {Mug}, next {Teapot}
 *   c2: day 1 Teapot → never came back
 *   c3: day 2 (no product); day 4 Mug → came back, but no product on the first day: outside the basis
 *   c4: day 9 Mug, Tea; day 7 Tea (file order is not time order) → first {Tea}, next {Mug, Tea}
 * Returning 4 (c0, c1, c3, c4); basis N = 3 (c0, c1, c4).
 * First: Mug 2 (c0, c1), Tea 2 (c0, c4). Next: Mug 1 (c4), Tea 2 (c0, c4), Teapot 1 (c1).
 * Tea→Tea 2 (c0, c4): confidence 2/2, lift 2·3/(2·2) = 1.5; Mug→Tea 1 (c0): 1/2, lift 1·3/(2·2) = 0.75;
 * Mug→Teapot 1 (c1): 1/2, lift 1·3/(2·1) = 1.5; Tea→Mug 1 (c4): 1/2, lift 1·3/(2·1) = 1.5.
 */
const journeys = dataset(
	[
		[0, 10, ['Mug']],
		[0, 10, ['Tea']],
		[0, 20, ['Tea']],
		[0, 30, ['Teapot']],
		[1, 5, ['Mug']],
		[1, 8, ['Teapot']],
		[2, 1, ['Teapot']],
		[3, 2, []],
		[3, 4, ['Mug']],
		[4, 9, ['Mug', 'Tea']],
		[4, 7, ['Tea']]
	],
	5
);

describe('next product after the first purchase', () => {
	it.each([
		{
			name: 'by lift',
			sort: 'lift' as const,
			maxProducts: 50,
			basis: { returning: 4, customers: 3, skippedCustomers: 0 },
			rules: [
				['Tea', 'Tea', 2, 2, 2],
				['Mug', 'Teapot', 1, 2, 1],
				['Tea', 'Mug', 1, 2, 1],
				['Mug', 'Tea', 1, 2, 2]
			],
			lifts: [1.5, 1.5, 1.5, 0.75],
			supports: [2 / 3, 1 / 3, 1 / 3, 1 / 3]
		},
		{
			name: 'by count',
			sort: 'count' as const,
			maxProducts: 50,
			basis: { returning: 4, customers: 3, skippedCustomers: 0 },
			rules: [
				['Tea', 'Tea', 2, 2, 2],
				['Mug', 'Teapot', 1, 2, 1],
				['Tea', 'Mug', 1, 2, 1],
				['Mug', 'Tea', 1, 2, 2]
			],
			lifts: [1.5, 1.5, 1.5, 0.75],
			supports: [2 / 3, 1 / 3, 1 / 3, 1 / 3]
		},
		{
			// c0's first day {Mug, Tea} and c4's next day {Mug, Tea} exceed one product: only c1 is left.
			name: 'purchases of more than one product left out',
			sort: 'lift' as const,
			maxProducts: 1,
			basis: { returning: 4, customers: 1, skippedCustomers: 2 },
			rules: [['Mug', 'Teapot', 1, 1, 1]],
			lifts: [1],
			supports: [1]
		}
	])('$name', ({ sort, maxProducts, basis, rules, lifts, supports }) => {
		const c = affinityCounts(journeys.columns, journeys.customers, journeys.items, { maxProducts, floor: 1 });
		const s = affinityRules(c, { minCount: 1, sort });
		const { returning, customers, skippedCustomers } = s.next;
		expect({ returning, customers, skippedCustomers }).toEqual(basis);
		expect(s.next.basis).toBe(basis.customers);
		expect(s.next.rules.map(brief)).toEqual(rules);
		s.next.rules.forEach((r, k) => {
			expect(r.lift).toBeCloseTo(lifts[k], 12);
			expect(r.support).toBeCloseTo(supports[k], 12);
			expect(r.confidence).toBeCloseTo(r.count / r.fromCount, 12);
		});
	});

	it('a threshold of 2 customers keeps only Tea → Tea', () => {
		const s = affinityRules(affinityCounts(journeys.columns, journeys.customers, journeys.items, { floor: 1 }), {
			minCount: 2,
			sort: 'lift'
		});
		expect(s.next.rules.map(brief)).toEqual([['Tea', 'Tea', 2, 2, 2]]);
	});
});

describe('pairs kept', () => {
	it('by default a pair met in one order is not kept, and no rule below two orders can be asked for', () => {
		const c = affinityCounts(baskets.columns, baskets.customers, baskets.items);
		expect(c.together.pairs.length).toBe(1); // Mug + Tea (3 orders)
		const s = affinityRules(c, { minCount: 1, sort: 'lift' });
		expect(s.minCount).toBe(2);
		expect(s.together.rules.map(brief)).toEqual([
			['Mug', 'Tea', 3, 3, 4],
			['Tea', 'Mug', 3, 4, 3]
		]);
	});

	// An independent count: every pair of every order (customer) in a Map, by brute force.
	const pairsOf = (list: PairList) => {
		const out = new Map<string, number>();
		for (let k = 0; k < list.length; k++) out.set(`${list.a[k]}:${list.b[k]}`, list.count[k]);
		return out;
	};

	it.each([
		{ floor: 1, maxProducts: 50 },
		{ floor: 3, maxProducts: 50 },
		{ floor: 1, maxProducts: 4 }
	])(
		'match a brute-force count of random orders (floor $floor, at most $maxProducts products)',
		({ floor, maxProducts }) => {
			let seed = 42;
			const random = () => {
				// mulberry32
				seed = (seed + 0x6d2b79f5) | 0;
				let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
				t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
				return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
			};
			const orders: [number, number, string[]][] = [];
			for (let i = 0; i < 600; i++) {
				const names = Array.from(
					{ length: Math.floor(random() * 7) },
					() => `p${Math.floor(random() ** 2 * 30)}`
				);
				orders.push([Math.floor(random() * 120), Math.floor(random() * 60), [...new Set(names)]]);
			}
			const d = dataset(orders, 120);
			const c = affinityCounts(d.columns, d.customers, d.items, { floor, maxProducts });
			const n = (i: number) => d.items.start[i + 1] - d.items.start[i];
			const productsOf = (i: number) =>
				Array.from(d.items.product.subarray(d.items.start[i], d.items.start[i + 1]));

			const together = new Map<string, number>();
			for (let i = 0; i < orders.length; i++) {
				if (n(i) > maxProducts) continue;
				for (const a of productsOf(i))
					for (const b of productsOf(i))
						if (a < b) together.set(`${a}:${b}`, (together.get(`${a}:${b}`) ?? 0) + 1);
			}
			expect(pairsOf(c.together.pairs)).toEqual(new Map([...together].filter(([, v]) => v >= floor)));

			const days = new Map<number, number[]>();
			orders.forEach(([customer, day]) => days.set(customer, [...(days.get(customer) ?? []), day]));
			const next = new Map<string, number>();
			let basis = 0;
			for (const [customer, list] of days) {
				const sorted = [...new Set(list)].sort((x, y) => x - y);
				if (sorted.length < 2) continue;
				const on = (day: number) => {
					const set = new Set<number>();
					orders.forEach(
						([c2, d2], i) => c2 === customer && d2 === day && productsOf(i).forEach((p) => set.add(p))
					);
					return [...set];
				};
				const first = on(sorted[0]);
				const second = on(sorted[1]);
				if (!first.length || !second.length || first.length > maxProducts || second.length > maxProducts)
					continue;
				basis++;
				for (const a of first) for (const b of second) next.set(`${a}:${b}`, (next.get(`${a}:${b}`) ?? 0) + 1);
			}
			expect(c.next.customers).toBe(basis);
			expect(pairsOf(c.next.pairs)).toEqual(new Map([...next].filter(([, v]) => v >= floor)));
		}
	);

	it('the heap keeps the same first rules as a full sort', () => {
		const orders: [number, number, string[]][] = Array.from({ length: 300 }, (_, i) => [
			i,
			1,
			[`p${i % 7}`, `p${(i * 3) % 11}`, `p${(i * 5) % 13}`]
		]);
		const d = dataset(orders, 300);
		const c = affinityCounts(d.columns, d.customers, d.items, { floor: 1 });
		for (const sort of ['lift', 'count'] as const) {
			const all = affinityRules(c, { minCount: 1, sort, limit: 100_000 }).together;
			const top = affinityRules(c, { minCount: 1, sort, limit: 10 }).together;
			expect([...all.rules].sort(compareRules(sort))).toEqual(all.rules);
			expect(top.total).toBe(all.total);
			expect(top.rules).toEqual(all.rules.slice(0, 10));
		}
	});
});
