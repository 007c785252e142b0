import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * static/manifest.webmanifest makes the site installable. Its URLs are relative, and a manifest's
 * URLs resolve against the manifest's own address, so the one static file serves a build at `/`
 * and under a BASE_PATH (`/retention/manifest.webmanifest` starts at and is scoped to `/retention/`).
 */
const staticDir = new URL('../static/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.webmanifest', staticDir), 'utf8')) as {
	name: string;
	start_url: string;
	scope: string;
	id: string;
	display: string;
	icons: { src: string; sizes: string; type: string; purpose: string }[];
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the web app manifest', () => {
	it('starts at and is scoped to the folder it is served from, at any base path', () => {
		expect(manifest.name).toBe('Retention Lab');
		expect(manifest.display).toBe('standalone');
		for (const base of ['https://example.org/', 'https://example.org/retention/']) {
			const at = new URL('manifest.webmanifest', base);
			expect(new URL(manifest.start_url, at).href).toBe(base);
			expect(new URL(manifest.scope, at).href).toBe(base);
			for (const icon of manifest.icons) expect(new URL(icon.src, at).href.startsWith(base)).toBe(true);
		}
	});

	it('has PNG icons of 192 and 512 pixels and a maskable one, all present in the sizes it says', () => {
		const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
		expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
			'192x192 any',
			'512x512 any',
			'512x512 maskable'
		]);
		for (const icon of manifest.icons) {
			const file = new URL(icon.src, staticDir);
			expect(existsSync(file), icon.src).toBe(true);
			if (icon.type === 'image/png') expect(pngSize(readFileSync(file)).join('x')).toBe(icon.sizes);
		}
	});

	it('is linked from every page, with a theme colour for each scheme', () => {
		const html = readFileSync(new URL('./app.html', import.meta.url), 'utf8');
		expect(html).toContain('<link rel="manifest" href="%sveltekit.assets%/manifest.webmanifest" />');
		expect(html).toMatch(/name="theme-color"[^>]*prefers-color-scheme: light/);
		expect(html).toMatch(/name="theme-color"[^>]*prefers-color-scheme: dark/);
		expect(existsSync(new URL('icons/apple-touch-icon.png', staticDir))).toBe(true);
	});
});
