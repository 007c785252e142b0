import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * A tiny static server for the built site that can switch, between two requests, which build it
 * serves: one origin, one deployment after another. It sends the headers of the build's
 * `_headers` file (as Netlify or Cloudflare Pages would), so the pages run under that CSP too.
 */

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.webmanifest': 'application/manifest+json'
};

/**
 * The headers `_headers` gives `path` (relative to the base path): those of every rule whose pattern
 * matches, in file order; a later rule's value of a header replaces an earlier one, and `! Name`
 * (Cloudflare Pages) drops it.
 */
function headersOf(dir: string, path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	const file = join(dir, '_headers');
	if (!existsSync(file)) return headers;
	let matches = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			matches = new RegExp(`^${pattern}$`).test(path);
		} else if (matches && line.trimStart().startsWith('!')) delete headers[line.trim().slice(1).trim()];
		else if (matches) headers[line.slice(0, line.indexOf(':')).trim()] = line.slice(line.indexOf(':') + 1).trim();
	}
	return headers;
}

export interface SwitchServer {
	url: string;
	serve(dir: string): void;
	/** Paths asked for, with the status answered. */
	log: { path: string; status: number }[];
	close(): Promise<void>;
}

/**
 * Serves `dir` at `basePath` (e.g. `/retention`, as the build was made for; '' for the root).
 */
export async function startSwitchServer(dir: string, basePath = ''): Promise<SwitchServer> {
	let root = dir;
	const log: SwitchServer['log'] = [];
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		// Outside the base path nothing is served (as on a host where the site lives under it).
		const inside = basePath === '' || path === basePath || path.startsWith(`${basePath}/`);
		const safe = normalize(path.slice(basePath.length) || '/').replace(/^(\.\.[/\\])+/, '');
		const candidates = inside ? [join(root, safe), join(root, `${safe}.html`), join(root, safe, 'index.html')] : [];
		const file = candidates.find((f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile());
		const status = file ? 200 : 404;
		log.push({ path, status });
		response.writeHead(status, {
			...headersOf(root, path.slice(basePath.length) || '/'),
			'Content-Type': TYPES[extname(file ?? '.html')] ?? 'application/octet-stream',
			'Cache-Control': 'no-cache'
		});
		response.end(request.method === 'HEAD' ? undefined : readFileSync(file ?? join(root, '404.html')));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${basePath}/`,
		serve: (next) => (root = next),
		log,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

/**
 * The next deployment of a build, as far as a tab open on the build can tell: a copy whose
 * version (in `_app/version.json`, the service worker and the scripts) is another one of the same
 * length, and, with `dropWorkers`, without the build's hashed worker files (a new build names
 * them anew, and the old ones are gone from the server).
 */
export function nextDeployment(build: string, into: string, options: { dropWorkers?: boolean } = {}): string {
	rmSync(into, { recursive: true, force: true });
	cpSync(build, into, { recursive: true });
	const version = JSON.parse(readFileSync(join(build, '_app/version.json'), 'utf8')).version as string;
	const next = version.replace(/.$/, (c) => (c === '9' ? '8' : '9'));
	for (const file of filesUnder(into)) {
		if (!/\.(js|json|html)$/.test(file)) continue;
		const text = readFileSync(file, 'utf8');
		if (text.includes(version)) writeFileSync(file, text.split(version).join(next));
	}
	if (options.dropWorkers) {
		for (const file of filesUnder(join(into, '_app/immutable/workers'))) rmSync(file);
	}
	return into;
}
