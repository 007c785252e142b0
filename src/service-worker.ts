/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Makes the whole app work offline after the first visit: every file of the build (scripts,
 * workers, styles), every static file and every prerendered page is cached on install. Nothing a
 * user enters ever passes through here: the app makes no requests with user data, and this
 * worker only serves the site's own files.
 *
 * Updates: a new version's worker installs its own cache beside the old one and then waits. It
 * does not take over a tab that is open on the old version (whose pages would then load files
 * of another version); it takes over when the user reloads from the "new version" notice (which
 * sends 'SKIP_WAITING'), or when no tab uses the old version any more. Only then is the old cache
 * deleted. Pages are fetched from the network first while online (so a reload gets the newest
 * version), and from the cache offline; the hashed files come from the cache first.
 */
import { build, files, prerendered, version } from '$service-worker';
import { isWorkerScript, nestedWorkerUrls } from '$lib/offline/nested-workers';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `retention-lab-${version}`;
/**
 * Every static file is cached, the web app manifest and its icons included, so an installed app
 * starts offline. `_headers` is read by static hosts, not served: it is not cached.
 */
const ASSETS = [...build, ...files.filter((file) => !file.endsWith('/_headers')), ...prerendered];
/** Pages are prerendered as `/calculators/crr` (file `calculators/crr.html`); both spellings are served. */
const PAGES = new Set(prerendered);
/** A page that takes longer than this from the network is answered from the cache. */
const NETWORK_TIMEOUT_MS = 4000;

/** The static routes of Chromium 123+ (InstallEvent.addRoutes); absent from TypeScript's DOM types. */
type RouterRule = {
	condition: { urlPattern: Record<string, string>; requestMethod?: string };
	source: { cacheName: string };
};
type RoutingInstallEvent = ExtendableEvent & { addRoutes?: (rules: RouterRule[]) => Promise<void> };

sw.addEventListener('install', (event) => {
	// The hashed files go straight from this version's cache to the page, without this worker's
	// fetch handler: each file served through it takes the worker's thread a few milliseconds and a
	// round trip to the browser process, and a page loads about fifty of them. A file not in the cache
	// comes from the network. Browsers without static routes use the fetch handler below.
	const here = new URL(sw.registration.scope);
	const routes = (event as RoutingInstallEvent).addRoutes?.([
		{
			condition: {
				urlPattern: {
					protocol: here.protocol.replace(':', ''),
					hostname: here.hostname,
					port: here.port,
					pathname: `${here.pathname}_app/immutable/*`
				},
				requestMethod: 'GET'
			},
			source: { cacheName: CACHE }
		}
	]);
	if (routes) event.waitUntil(routes.catch(() => undefined));
	event.waitUntil(
		caches.open(CACHE).then(async (cache) => {
			await cache.addAll(ASSETS);
			await cacheNestedWorkers(cache);
		})
	);
});

/**
 * Caches the workers that the cached workers start themselves (`build` lists only what the pages
 * load): without them an import made offline could not start its range or helper workers.
 */
async function cacheNestedWorkers(cache: Cache): Promise<void> {
	const seen = new Set<string>();
	const queue = build.filter(isWorkerScript).map((path) => new URL(path, sw.location.href).href);
	for (let url = queue.pop(); url !== undefined; url = queue.pop()) {
		if (seen.has(url)) continue;
		seen.add(url);
		if (!(await cache.match(url))) await cache.add(url);
		const script = await (await cache.match(url))?.text();
		if (script) queue.push(...nestedWorkerUrls(script, url));
	}
}

sw.addEventListener('message', (event) => {
	if (event.data === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		// Navigation preload: the browser asks the network for a page while this worker starts, instead
		// of after (`page` takes the answer from `preloadResponse`).
		(sw.registration.navigationPreload?.enable() ?? Promise.resolve())
			.catch(() => undefined)
			.then(() => caches.keys())
			.then((keys) =>
				Promise.all(
					keys
						.filter((key) => key.startsWith('retention-lab-') && key !== CACHE)
						.map((key) => caches.delete(key))
				)
			)
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	// The version file must always come from the server: it is how a new version is found.
	if (url.pathname.endsWith('/_app/version.json')) return;
	const isPage = request.mode === 'navigate' || PAGES.has(url.pathname);
	event.respondWith(isPage ? page(request, url, event.preloadResponse) : asset(request, url));
});

/**
 * This version's cache, opened once while the worker lives: each `caches.open` is a round trip to
 * the browser process, and a page loads about fifty files through here.
 */
let openCache: Promise<Cache> | null = null;
function cache(): Promise<Cache> {
	openCache ??= caches.open(CACHE).catch((error) => {
		openCache = null;
		throw error;
	});
	return openCache;
}

async function cachedPage(url: URL): Promise<Response | undefined> {
	const pages = await cache();
	// A page's query string (a calculator's inputs) does not change which file serves it.
	return (
		(await pages.match(url.pathname, { ignoreSearch: true })) ??
		(await pages.match(`${sw.registration.scope.replace(sw.location.origin, '')}404.html`))
	);
}

/**
 * Network first (the newest version), the cache when offline or when the network is too slow. The
 * network's answer is the navigation preload's when there is one (asked for while this worker
 * started), else a fetch made now.
 */
async function page(request: Request, url: URL, preload?: Promise<Response | undefined>): Promise<Response> {
	const network = (preload ?? Promise.resolve(undefined))
		.catch(() => undefined)
		.then((preloaded) => preloaded ?? fetch(request));
	const slow = new Promise<'slow'>((resolve) => setTimeout(() => resolve('slow'), NETWORK_TIMEOUT_MS));
	try {
		const first = await Promise.race([network, slow]);
		if (first !== 'slow') return first;
		return (await cachedPage(url)) ?? (await network);
	} catch (error) {
		const cached = await cachedPage(url);
		if (cached) return cached;
		throw error;
	}
}

/** Cache first: the files of a version never change under their hashed names. */
async function asset(request: Request, url: URL): Promise<Response> {
	const files = await cache();
	const cached = await files.match(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok && url.pathname.includes('/_app/immutable/')) void files.put(request, response.clone());
	return response;
}
