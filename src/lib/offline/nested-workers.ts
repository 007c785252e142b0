/**
 * The scripts a built worker starts itself (a worker's own workers: the import's range and helper
 * workers). SvelteKit lists in `$service-worker`'s `build` only the files the pages load, so the
 * service worker finds these in the worker scripts it caches, or an import made offline could not
 * start them. Vite writes a worker's worker as `new URL("name.js", import.meta.url)` (any quote).
 */
const NESTED_WORKER = /new URL\(\s*([`'"])([^`'"\s]+\.js)\1\s*,\s*import\.meta\.url\s*\)/g;

/** The addresses of the workers `script` (fetched from `scriptUrl`) starts, resolved against it. */
export function nestedWorkerUrls(script: string, scriptUrl: string): string[] {
	const found = new Set<string>();
	for (const match of script.matchAll(NESTED_WORKER)) found.add(new URL(match[2], scriptUrl).href);
	return [...found];
}

/** True for a built worker script (Vite puts them under `_app/immutable/workers/`). */
export function isWorkerScript(path: string): boolean {
	return /\/workers\/[^/]+\.js$/.test(path);
}
