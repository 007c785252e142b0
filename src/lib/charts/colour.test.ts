import { describe, expect, it } from 'vitest';
import {
	contrastRatio,
	normalise,
	parseHex,
	rampColour,
	readableText,
	relativeLuminance,
	SEQUENTIAL_RAMP,
	toHex
} from './colour';

describe('WCAG contrast', () => {
	it.each([
		['#ffffff', 1],
		['#000000', 0],
		['#ff0000', 0.2126], // WCAG coefficients: red alone
		['#00ff00', 0.7152],
		['#0000ff', 0.0722]
	])('luminance of %s is %d', (hex, expected) => {
		expect(relativeLuminance(hex)).toBeCloseTo(expected, 4);
	});

	it.each([
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#767676', '#ffffff', 4.54], // WebAIM's best-known example, the lightest grey passing AA
		['#777777', '#ffffff', 4.48]
	])('%s on %s is %d:1', (a, b, expected) => {
		expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
		expect(contrastRatio(b, a)).toBeCloseTo(expected, 2);
	});

	it('reads and writes #rrggbb, and refuses anything else', () => {
		expect(parseHex('#0f5e59')).toEqual([15, 94, 89]);
		expect(toHex([15, 94, 89])).toBe('#0f5e59');
		expect(toHex([300, -4, 127.6])).toBe('#ff0080');
		expect(() => parseHex('red')).toThrow();
		expect(() => parseHex('#fff')).toThrow();
	});
});

describe('rampColour', () => {
	it.each([
		[0, SEQUENTIAL_RAMP[0]],
		[1, SEQUENTIAL_RAMP[SEQUENTIAL_RAMP.length - 1]],
		[-0.5, SEQUENTIAL_RAMP[0]],
		[7, SEQUENTIAL_RAMP[SEQUENTIAL_RAMP.length - 1]],
		[Number.NaN, SEQUENTIAL_RAMP[0]],
		// 8 stops: 0.5 sits at 3.5, halfway from #64b3a7 to #3a9485 → (79, 163.5, 150) → #4fa496
		[0.5, '#4fa496']
	])('t = %d → %s', (t, expected) => {
		expect(rampColour(t)).toBe(expected);
	});

	it('interpolates a custom ramp', () => {
		expect(rampColour(0.25, ['#000000', '#ffffff'])).toBe('#404040'); // 63.75 → 64
		expect(rampColour(0.3, ['#123456'])).toBe('#123456');
	});

	it('gets darker all the way, so larger values always look heavier', () => {
		let previous = Infinity;
		for (let i = 0; i <= 100; i++) {
			const luminance = relativeLuminance(rampColour(i / 100));
			expect(luminance).toBeLessThan(previous);
			previous = luminance;
		}
	});

	it('has text that stays readable (4.5:1) on every shade of the ramp', () => {
		for (let i = 0; i <= 100; i++) {
			const fill = rampColour(i / 100);
			expect(contrastRatio(fill, readableText(fill)), fill).toBeGreaterThanOrEqual(4.5);
		}
	});
});

describe('readableText', () => {
	it.each([
		['#ffffff', '#000000'],
		['#e3f1ef', '#000000'],
		['#0a3f3b', '#ffffff'],
		['#000000', '#ffffff']
	])('on %s writes in %s', (fill, text) => {
		expect(readableText(fill)).toBe(text);
	});
});

describe('normalise', () => {
	it.each([
		[0.25, [0, 1], 0.25],
		[30, [10, 50], 0.5],
		[5, [5, 5], 1], // a flat domain: every cell equally "full"
		[2, [0, 1], 2] // clamping is the ramp's job
	] as const)('%d in %j → %d', (value, domain, expected) => {
		expect(normalise(value, domain)).toBe(expected);
	});
});
