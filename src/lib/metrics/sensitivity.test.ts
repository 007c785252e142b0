import { describe, expect, it } from 'vitest';
import { retentionClv, simpleClv } from './clv';
import { customerRetentionRate } from './retention';
import {
	applyChange,
	lifts,
	roundStep,
	spanAround,
	spanBetween,
	sweep,
	sweepValues,
	type Measure,
	type Values
} from './sensitivity';

// The measures are the real formulas read as one number, as the calculators read them; every
// expected value below is worked out by hand.
const need = (v: Values, key: string) => {
	const value = v[key];
	if (value === undefined) throw new Error(`no ${key}`);
	return value;
};
const crr: Measure = (v) => {
	const r = customerRetentionRate({ start: need(v, 's'), end: need(v, 'e'), acquired: need(v, 'n') });
	return r.ok ? r.value.rate : null;
};
const clvSimple: Measure = (v) => {
	const r = simpleClv({
		averageOrderValue: need(v, 'a'),
		frequency: need(v, 'f'),
		lifetime: need(v, 't'),
		period: 'year',
		grossMargin: v.g
	});
	return r.ok ? r.value.clv : null;
};
const clvRetention: Measure = (v) => {
	const r = retentionClv({ margin: need(v, 'm'), retention: need(v, 'r'), discountRate: need(v, 'd') });
	return r.ok ? r.value.clv : null;
};

describe('spanAround: value × (1 − below) to value × (1 + above), within bounds', () => {
	it.each([
		[100, {}, { lo: 50, hi: 150 }],
		[0.8, { below: 0.5, above: 1, max: 1 }, { lo: 0.4, hi: 1 }],
		[10, { below: 1, above: 1 }, { lo: 0, hi: 20 }],
		[0, { whenZero: 40 }, { lo: 0, hi: 40 }],
		[0, {}, { lo: 0, hi: 1 }],
		[0.05, { below: 0.5, above: 1 }, { lo: 0.025, hi: 0.1 }]
	])('%d with %j → %j', (value, options, span) => {
		expect(spanAround(value, options)).toEqual(span);
	});
});

describe('spanBetween: fixed ends, widened to the user’s value', () => {
	it.each([
		[2000, 12000, 10200, { lo: 2000, hi: 12000 }],
		[2000, 12000, 13000, { lo: 2000, hi: 13000 }],
		[0.5, 0.95, 0.3, { lo: 0.3, hi: 0.95 }]
	])('%d..%d with %d → %j', (lo, hi, value, span) => {
		expect(spanBetween(lo, hi, value)).toEqual(span);
	});
});

describe('roundStep: 1, 2 or 5 × 10^k, at most `count` intervals', () => {
	it.each([
		[10_000, 10, 1000],
		[0.45, 10, 0.05], // 0.045 a step → 0.05
		[75, 10, 10], // 7.5 → 10
		[3, 10, 0.5], // 0.3 → 0.5
		[2, 10, 0.2],
		[2500, 10, 250],
		[25, 10, 2.5],
		[0, 10, 1]
	])('width %d in %d → %d', (width, count, step) => {
		expect(roundStep(width, count)).toBeCloseTo(step, 12);
	});

	it.each([
		[25, 10, 5], // 2.5 is no whole number
		[2500, 10, 250],
		[4, 10, 1], // at least 1
		[100, 10, 10]
	])('whole numbers: width %d in %d → %d', (width, count, step) => {
		expect(roundStep(width, count, true)).toBe(step);
	});
});

describe('sweepValues: round values in the span, plus the user’s own', () => {
	it.each([
		// E from N = 2,000 to N + S = 12,000 in thousands, and the user's 10,200.
		[
			{ lo: 2000, hi: 12000 },
			10200,
			{ integer: true },
			[2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 10200, 11000, 12000]
		],
		// A retention of 80 % lies on the round steps already: no extra value.
		[{ lo: 0.5, hi: 0.95 }, 0.8, {}, [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]],
		[{ lo: 1, hi: 3 }, 2, {}, [1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.4, 2.6, 2.8, 3]],
		// Counts step by whole numbers at least.
		[{ lo: 0, hi: 4 }, 3, { integer: true }, [0, 1, 2, 3, 4]],
		[{ lo: 25, hi: 75 }, 49.99, { count: 5 }, [30, 40, 49.99, 50, 60, 70]]
	])('%j around %d (%j) → %j', (span, value, options, expected) => {
		expect(sweepValues(span, value, options)).toEqual(expected);
	});
});

describe('sweep: the calculator’s own result along one input, the others held', () => {
	it('CRR against E at S = 10,000, N = 2,000: (E − N) / S, with E < N refused and left out', () => {
		const points = sweep(crr, { s: 10000, e: 10200, n: 2000 }, 'e', [1500, 2000, 7000, 10200, 12000]);
		expect(points).toEqual([
			{ x: 2000, y: 0 },
			{ x: 7000, y: 0.5 },
			{ x: 10200, y: 0.82 },
			{ x: 12000, y: 1 }
		]);
	});

	it.each([
		// m × r / (1 + d − r) with m = 100, d = 10 %.
		[0.1, [0.5, 0.8, 0.9, 1], [100 / 1.2, 80 / 0.3, 90 / 0.2, 100 / 0.1]],
		// With d = 0 a retention of 100 % diverges: that point is left out.
		[0, [0.5, 0.8, 1], [50 / 0.5, 80 / 0.2]]
	])('CLV against retention at d = %d', (d, xs, ys) => {
		const points = sweep(clvRetention, { m: 100, r: 0.8, d }, 'r', xs);
		expect(points.map((p) => p.y)).toHaveLength(ys.length);
		points.forEach((p, i) => expect(p.y).toBeCloseTo(ys[i], 9));
	});
});

describe('applyChange', () => {
	it.each([
		[50, { kind: 'scale', factor: 1.1 }, undefined, 55],
		[150, { kind: 'scale', factor: 0.9 }, undefined, 135],
		[2.5, { kind: 'add', amount: 1 }, undefined, 3.5],
		[0.8, { kind: 'add', amount: 0.05 }, 1, 0.85],
		[0.98, { kind: 'add', amount: 0.05 }, 1, 1],
		[0.1, { kind: 'add', amount: 0.2 }, undefined, 0.3]
	] as const)('%d, %j (max %s) → %d', (value, change, max, expected) => {
		expect(applyChange(value, change, max)).toBe(expected);
	});
});

describe('lifts: one input changed, the others held, the largest gain first', () => {
	it('simple CLV (AOV 50, f 2.5 a year, t 2 years: 250): one more year, one more order, AOV +10 %', () => {
		const found = lifts(clvSimple, { a: 50, f: 2.5, t: 2, g: undefined }, [
			{ id: 'aov', key: 'a', change: { kind: 'scale', factor: 1.1 } },
			{ id: 'order', key: 'f', change: { kind: 'add', amount: 1 } },
			{ id: 'year', key: 't', change: { kind: 'add', amount: 1 } },
			{ id: 'margin', key: 'g', change: { kind: 'add', amount: 0.05 }, max: 1 }
		]);
		// 50 × 2.5 × 3 = 375; 50 × 3.5 × 2 = 350; 55 × 2.5 × 2 = 275. No margin given: no margin line.
		expect(found.map(({ id, after, change }) => [id, after, change])).toEqual([
			['year', 375, 125],
			['order', 350, 100],
			['aov', 275, 25]
		]);
		expect(found.map((l) => l.relative)).toEqual([0.5, 0.4, 0.1]);
		expect(found[0]).toMatchObject({ key: 't', from: 2, to: 3, before: 250 });
	});

	it('CLV from retention (m 100, r 80 %, d 10 %: 266.67): +5 points retention beats +10 % margin', () => {
		const found = lifts(clvRetention, { m: 100, r: 0.8, d: 0.1 }, [
			{ id: 'margin', key: 'm', change: { kind: 'scale', factor: 1.1 } },
			{ id: 'retention', key: 'r', change: { kind: 'add', amount: 0.05 }, max: 1 }
		]);
		// 100 × 0.85 / 0.25 = 340; 110 × 0.8 / 0.3 = 293.33.
		expect(found.map((l) => l.id)).toEqual(['retention', 'margin']);
		expect(found[0].after).toBeCloseTo(340, 9);
		expect(found[0].change).toBeCloseTo(340 - 800 / 3, 9);
		expect(found[1].after).toBeCloseTo(880 / 3, 9);
	});

	it.each([
		// Already at 100 %: +5 points changes nothing and is left out.
		[{ m: 100, r: 1, d: 0.1 }, []],
		// 97 % + 5 points is 100 %, which diverges with d = 0: left out, the margin line stays.
		[{ m: 100, r: 0.97, d: 0 }, ['margin']]
	])('leaves out changes that move nothing or that the formula refuses: %j', (values, ids) => {
		const found = lifts(clvRetention, values, [
			{ id: 'retention', key: 'r', change: { kind: 'add', amount: 0.05 }, max: 1 },
			...(values.r === 1 ? [] : [{ id: 'margin', key: 'm', change: { kind: 'scale' as const, factor: 1.1 } }])
		]);
		expect(found.map((l) => l.id)).toEqual(ids);
	});

	it('is empty when the inputs give no result, and has no relative change from 0', () => {
		expect(lifts(crr, { s: 0, e: 10, n: 0 }, [{ id: 'e', key: 'e', change: { kind: 'add', amount: 1 } }])).toEqual(
			[]
		);
		const [fromZero] = lifts(crr, { s: 100, e: 10, n: 10 }, [
			{ id: 'e', key: 'e', change: { kind: 'add', amount: 5 } }
		]);
		expect(fromZero).toMatchObject({ before: 0, after: 0.05, relative: null });
	});
});
