// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyTheme, isTheme, THEME_COLOURS, THEME_KEY, THEMES } from './theme';

// The project root is the working directory of the test run (jsdom's import.meta.url is not a file).
const html = readFileSync('src/app.html', 'utf8');

describe('applyTheme', () => {
	beforeEach(() => {
		document.documentElement.removeAttribute('data-theme');
		document.head.innerHTML = `
			<meta name="theme-color" content="${THEME_COLOURS.light}" media="(prefers-color-scheme: light)" />
			<meta name="theme-color" content="${THEME_COLOURS.dark}" media="(prefers-color-scheme: dark)" />`;
	});
	const colours = () =>
		[...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map((m) => m.content);

	it.each([
		['dark', 'dark', [THEME_COLOURS.dark, THEME_COLOURS.dark]],
		['light', 'light', [THEME_COLOURS.light, THEME_COLOURS.light]],
		['system', undefined, [THEME_COLOURS.light, THEME_COLOURS.dark]]
	] as const)('%s sets data-theme to %s', (theme, attribute, metas) => {
		applyTheme('dark');
		applyTheme(theme);
		expect(document.documentElement.dataset.theme).toBe(attribute);
		expect(colours()).toEqual(metas);
	});
});

describe('the start-up script in app.html', () => {
	it('reads the key and the values this module writes', () => {
		expect(html).toContain(`'${THEME_KEY}'`);
		for (const theme of THEMES.filter((t) => t !== 'system')) expect(html).toContain(`'${theme}'`);
		expect(THEMES.every(isTheme)).toBe(true);
	});

	it('starts with both theme colours', () => {
		expect(html).toContain(THEME_COLOURS.light);
		expect(html).toContain(THEME_COLOURS.dark);
	});
});
