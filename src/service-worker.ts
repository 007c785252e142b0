/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Makes the whole app work offline after the first visit: every file of the build (scripts,
 * workers, styles), every static file and every prerendered page is cached on install, and
 * requests are answered from that cache first. Nothing a user enters ever passes through here:
 * the app makes no requests with user data, and this worker only serves the site's own files.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `retention-lab-${version}`;
const ASSETS = [...build, ...files, ...prerendered];
/** Pages are prerendered as `/calculators/crr` (file `calculators/crr.html`); both spellings are served. */
const PAGES = new Set(prerendered);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// A page's query string (a calculator's inputs) does not change which file serves it.
	const isPage = request.mode === 'navigate' || PAGES.has(url.pathname);
	const cached = await cache.match(isPage ? url.pathname : request, { ignoreSearch: isPage });
	if (cached) return cached;
	try {
		const response = await fetch(request);
		if (response.ok && url.pathname.includes('/_app/immutable/')) void cache.put(request, response.clone());
		return response;
	} catch (error) {
		if (isPage) {
			const fallback = await cache.match(`${sw.registration.scope.replace(sw.location.origin, '')}404.html`);
			if (fallback) return fallback;
		}
		throw error;
	}
}
