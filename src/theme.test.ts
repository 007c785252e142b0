import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '$lib/charts/colour';

/**
 * The colours of both themes live in app.css as custom properties, each `light-dark(light, dark)`;
 * this reads them from there (the one source) and checks every pair the pages put together
 * against WCAG 2.1: text 4.5:1 (1.4.3), borders, focus rings and chart marks 3:1 (1.4.11).
 */
const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');

function rootBlock(): string {
	const start = css.indexOf(':root {');
	if (start < 0) throw new Error('No :root block in app.css');
	return css.slice(start, css.indexOf('\n}', start));
}

const pairs = [...rootBlock().matchAll(/(--[a-z0-9-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)\s*;/gi)];
const light = Object.fromEntries(pairs.map((m) => [m[1], m[2]]));
const dark = Object.fromEntries(pairs.map((m) => [m[1], m[3]]));

const TEXT: [string, string][] = [
	['--ink', '--paper'],
	['--ink', '--paper-2'],
	['--ink', '--brand-soft'],
	['--ink', '--bad-soft'],
	['--ink', '--warn-soft'],
	['--ink-soft', '--paper'],
	['--ink-soft', '--paper-2'],
	['--ink-soft', '--brand-soft'],
	['--brand', '--paper'],
	['--brand', '--paper-2'],
	['--brand', '--brand-soft'],
	['--brand-ink', '--brand'],
	['--accent', '--paper'],
	['--good', '--paper'],
	['--bad', '--paper'],
	['--bad', '--bad-soft'],
	['--chart-axis', '--paper']
];
const GRAPHICS: [string, string][] = [
	['--field-line', '--paper'],
	['--focus', '--paper'],
	['--focus', '--paper-2'],
	...['1', '2', '3', '4', '5', '6', 'muted', 'emphasis', 'bar'].map((n): [string, string] => [
		`--chart-${n}`,
		'--paper'
	])
];

describe.each([
	['light', light],
	['dark', dark]
])('the %s theme', (_name, theme) => {
	it.each(TEXT)('text in %s on %s has at least 4.5:1', (fg, bg) => {
		expect(contrastRatio(theme[fg], theme[bg])).toBeGreaterThanOrEqual(4.5);
	});

	it.each(GRAPHICS)('%s on %s has at least 3:1', (fg, bg) => {
		expect(contrastRatio(theme[fg], theme[bg])).toBeGreaterThanOrEqual(3);
	});
});

describe('the two themes', () => {
	it('give every colour a light and a dark value', () => {
		const colours = [...rootBlock().matchAll(/(--(?!font|mono|radius|space|measure|shadow)[a-z0-9-]+):/g)];
		expect(colours.map((m) => m[1]).sort()).toEqual(Object.keys(light).sort());
		expect(Object.keys(dark).length).toBeGreaterThan(25);
	});

	it('follow the system unless the reader chose one, and print light', () => {
		expect(rootBlock()).toMatch(/color-scheme: light dark;/);
		expect(css).toMatch(/:root\[data-theme='light'\] \{\s*color-scheme: light;/);
		expect(css).toMatch(/:root\[data-theme='dark'\] \{\s*color-scheme: dark;/);
		expect(css).toMatch(/@media print \{[^}]*:root\[data-theme\] \{\s*color-scheme: light;/);
	});
});
