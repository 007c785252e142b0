import { describe, expect, it } from 'vitest';
import { axisLabelWidth, niceDomain, niceTicks, textWidth, thinIndices, tickCount, tickStep } from './ticks';

describe('tickStep', () => {
	it.each([
		// span / count, then rounded to 1, 2 or 5 × 10^k (thresholds √2, √10, √50)
		[0, 1, 5, 0.2], // 0.2 exactly
		[0, 1, 10, 0.1],
		[0, 100, 5, 20],
		[0, 100, 3, 50], // 33.3 → 3.33 ≥ √10 → 5
		[0, 7, 5, 1], // 1.4 < √2 → 1
		[0, 0.37, 4, 0.1], // 0.0925 → 9.25 ≥ √50 → 10 × 0.01
		[0, 2500, 4, 500] // 625 → 6.25 → 5
	])('[%d, %d] in %d parts → %d', (start, stop, count, step) => {
		expect(tickStep(start, stop, count)).toBeCloseTo(step, 12);
	});

	it('has no step for an empty span or no ticks', () => {
		expect(tickStep(3, 3, 5)).toBe(0);
		expect(tickStep(0, 1, 0)).toBe(0);
	});
});

describe('niceTicks', () => {
	it.each([
		[0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
		[0, 1, 10, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]],
		[0.13, 0.58, 4, [0.2, 0.3, 0.4, 0.5]],
		[-20, 45, 3, [-20, 0, 20, 40]],
		[0, 2500, 4, [0, 500, 1000, 1500, 2000, 2500]]
	])('[%d, %d] about %d ticks → %j', (min, max, count, expected) => {
		// Exact equality: the integer division is there so 0.3 is 0.3, not 0.30000000000000004.
		expect(niceTicks(min, max, count)).toEqual(expected);
	});

	it('gives the one value of a flat domain and nothing for a broken one', () => {
		expect(niceTicks(0.4, 0.4, 5)).toEqual([0.4]);
		expect(niceTicks(Number.NaN, 1, 5)).toEqual([]);
	});

	it('accepts a reversed domain', () => {
		expect(niceTicks(1, 0, 2)).toEqual([0, 0.5, 1]);
	});
});

describe('niceDomain', () => {
	it.each([
		[0, 0.87, 5, [0, 1]], // step 0.2 → ceil(0.87 / 0.2) × 0.2 = 1
		[0.12, 0.58, 5, [0.1, 0.6]],
		[0, 1234, 5, [0, 1400]], // step 200
		[-3, 97, 5, [-20, 100]], // step 20
		[5, 5, 5, [5, 5]]
	])('[%d, %d] → %j', (min, max, count, expected) => {
		expect(niceDomain(min, max, count)).toEqual(expected);
	});
});

describe('tickCount', () => {
	it.each([
		[300, 50, 6],
		[40, 50, 2], // never fewer than two, so a tiny chart still has a scale
		[2000, 50, 10], // never more than ten
		[0, 50, 2], // no layout yet (jsdom, first paint)
		[-20, 50, 2]
	])('%d px at %d px apart → %d', (pixels, spacing, expected) => {
		expect(tickCount(pixels, spacing)).toBe(expected);
	});
});

describe('thinIndices', () => {
	it.each([
		[12, 12, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
		[12, 5, [0, 3, 6, 9]], // every ceil(12 / 5) = 3rd
		[12, 4, [0, 3, 6, 9]],
		[7, 2, [0, 4]],
		[1, 5, [0]],
		[0, 5, []],
		[5, 0, [0]] // at least one label
	])('%d labels, room for %d → %j', (n, max, expected) => {
		expect(thinIndices(n, max)).toEqual(expected);
	});
});

describe('textWidth', () => {
	it.each([
		['', 12, 0],
		['100 %', 10, 30], // 5 characters × 0.6 em × 10 px
		['月份', 12, 24], // CJK: a full em each
		['Янв', 10, 18]
	])('%j at %d px ≈ %d px', (text, size, expected) => {
		expect(textWidth(text, size)).toBeCloseTo(expected, 9);
	});
});

describe('axisLabelWidth', () => {
	it('makes room for the widest tick label, plus 10 px', () => {
		// Ticks of 0..1 in about ten steps: 0, 0.1, …, 1 → "100 %" is the widest: 5 × 7.2 px = 36 px.
		expect(axisLabelWidth([0, 1], (v) => `${Math.round(v * 100)} %`)).toBe(46);
		// "€1,500" = 6 characters = 43.2 px, rounded up.
		expect(axisLabelWidth([0, 1500], (v) => `€${v.toLocaleString('en')}`)).toBe(54);
	});
});
