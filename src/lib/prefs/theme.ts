/**
 * The colour theme: the system's setting (prefers-color-scheme) unless the reader chose light or
 * dark. The choice is kept in localStorage under THEME_KEY and applied before the first paint by
 * the start-up script in src/app.html (which reads the same key and values), so a reload does not
 * flash the other theme. The colours themselves are custom properties in src/app.css.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const DEFAULT_THEME: Theme = 'system';
export const THEME_KEY = 'retention-lab:theme';

/** The browser's own colour for the page's surroundings (`<meta name="theme-color">`) in each theme. */
export const THEME_COLOURS = { light: '#0f5e59', dark: '#0d1117' } as const;

export function isTheme(value: unknown): value is Theme {
	return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/**
 * Shows `theme` on the document: `<html data-theme>` for a chosen theme (none for the system's),
 * and the theme-color meta tags (one per system scheme) set to the chosen theme's colour.
 */
export function applyTheme(theme: Theme, doc: Document = document): void {
	const root = doc.documentElement;
	if (theme === 'system') delete root.dataset.theme;
	else root.dataset.theme = theme;
	for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
		const scheme = (meta.getAttribute('media') ?? '').includes('dark') ? 'dark' : 'light';
		meta.content = THEME_COLOURS[theme === 'system' ? scheme : theme];
	}
}
