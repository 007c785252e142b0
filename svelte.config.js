import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The inline scripts of src/app.html (the start-up script that applies the theme and hides a
 * page until its language is shown, before the first paint), allowed by their SHA-256 hashes:
 * the policy stays free of 'unsafe-inline', and an edit to the script changes its hash here.
 * @returns {`sha256-${string}`[]}
 */
function appHtmlScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, body]) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(body).digest('base64')}`)
	);
}

/**
 * BASE_PATH lets the static site live under a sub-path, e.g.
 * `BASE_PATH=/retention npm run build` for https://example.org/retention/.
 * SvelteKit wants it without a trailing slash and with a leading one.
 */
const rawBasePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (rawBasePath && !rawBasePath.startsWith('/')) {
	throw new Error(`BASE_PATH must start with "/" (got "${rawBasePath}")`);
}
const basePath = /** @type {'' | `/${string}`} */ (rawBasePath);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		// Registered by the root layout once the page is quiet (src/lib/offline/registration.ts), not at
		// load: its install competed with an import started at once.
		serviceWorker: { register: false },
		// Each page's CSS (19 KB on the Analysis page, no file over 8 KB) is written into its HTML: a
		// stylesheet before app.html's inline script held the parser until it loaded, among the
		// page's 40 module preloads. Reopening the Analysis page (issue 14): the document was parsed
		// at 280 ms, now 150; its KPIs on screen 0.456 → 0.442 s (medians of 8 alternating rounds,
		// `tests/bench/reopen-ab.mjs`), the slowest 0.521 → 0.469 s.
		inlineStyleThreshold: 16384,
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: '404.html',
			precompress: false,
			strict: true
		}),
		paths: {
			base: basePath,
			relative: true
		},
		// Open tabs ask every few minutes whether a new version is deployed (`updated` in
		// $app/state), and then offer a reload. RETENTION_LAB_VERSION and VERSION_POLL_MS are for
		// tests that serve two builds one after the other; by default the version is the build time.
		version: {
			...(process.env.RETENTION_LAB_VERSION ? { name: process.env.RETENTION_LAB_VERSION } : {}),
			pollInterval: Number(process.env.VERSION_POLL_MS ?? 5 * 60_000)
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// Nothing the user gives us may leave the browser: the page may talk to its own origin only.
		// Hashes of SvelteKit's inline bootstrap script are added at build time, those of app.html's here.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval', ...appHtmlScriptHashes()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
