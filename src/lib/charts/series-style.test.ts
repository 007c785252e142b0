import { describe, expect, it } from 'vitest';
import { EMPHASIS_COLOUR, markerPath, MUTED_COLOUR, SERIES_COLOURS, seriesStyle } from './series-style';

// Their contrast in each theme is checked where the colours are defined: src/theme.test.ts.
describe('series colours', () => {
	it.each([...SERIES_COLOURS, MUTED_COLOUR, EMPHASIS_COLOUR])('%s is one of the theme’s chart colours', (colour) => {
		expect(colour).toMatch(/^var\(--chart-[a-z0-9]+\)$/);
	});
});

describe('seriesStyle', () => {
	it('tells the first twelve series apart by colour or dash, and neighbours by marker too', () => {
		const looks = Array.from({ length: 12 }, (_, i) => seriesStyle(i)).map((s) => `${s.colour}|${s.dash}`);
		expect(new Set(looks).size).toBe(12);
		for (let i = 1; i < 12; i++) expect(seriesStyle(i).marker).not.toBe(seriesStyle(i - 1).marker);
	});

	it('starts with a solid line and lets the caller force solid or dashed', () => {
		expect(seriesStyle(0).dash).toBeNull();
		expect(seriesStyle(0, true).dash).not.toBeNull();
		expect(seriesStyle(1, false).dash).toBeNull();
	});

	it('treats a negative or fractional index as the nearest valid one', () => {
		expect(seriesStyle(-3)).toEqual(seriesStyle(0));
		expect(seriesStyle(2.7)).toEqual(seriesStyle(2));
	});
});

describe('markerPath', () => {
	it.each([
		['square', 10, 10, 4, 'M8,8h4v4h-4Z'],
		['circle', 5, 5, 2, 'M4,5a1,1 0 1,0 2,0a1,1 0 1,0 -2,0']
	] as const)('%s at (%d, %d), %d px', (shape, x, y, size, expected) => {
		expect(markerPath(shape, x, y, size)).toBe(expected);
	});

	it.each(['triangle', 'diamond'] as const)('%s is a closed path without NaN', (shape) => {
		const path = markerPath(shape, 0, 0, 6);
		expect(path).toMatch(/^M.*Z$/);
		expect(path).not.toContain('NaN');
	});
});
