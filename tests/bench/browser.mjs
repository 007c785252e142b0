// Shared pieces of the benchmark scripts: a preview server of the built site, Debian's Chromium,
// and the renderer's memory read from /proc (Chromium runs a tab and its workers in one process).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';

export const ROOT = new URL('../..', import.meta.url).pathname;

export async function freePort() {
	return new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
			server.close(() => resolve(port));
		});
	});
}

export async function startPreview() {
	if (!existsSync(`${ROOT}build/index.html`))
		throw new Error('No build found: run `npm run build` first (npm run bench does).');
	const port = await freePort();
	const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
		cwd: ROOT,
		stdio: 'ignore',
		detached: true
	});
	const url = `http://127.0.0.1:${port}/`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) break;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return { url, stop: () => process.kill(-(child.pid ?? 0)) };
}

export function chromiumPath() {
	const path = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
		(p) => p && existsSync(p)
	);
	if (!path) throw new Error('No Chromium: sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
	return path;
}

export async function launch() {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage'
		]
	});
}

/** Resident memory (MB) of Chromium's renderer processes: the tab, its workers and their heaps. */
export function rendererMemoryMb() {
	let kb = 0;
	for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
		try {
			const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			if (!cmdline.includes('chromium') || !cmdline.includes('--type=renderer')) continue;
			const status = readFileSync(`/proc/${pid}/status`, 'utf8');
			kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
		} catch {
			/* the process ended */
		}
	}
	return kb / 1024;
}

/**
 * Samples a value every `ms` until stopped; returns the peak.
 * @param {() => number} read
 */
export function sampler(read, ms = 50) {
	let peak = read();
	const timer = setInterval(() => (peak = Math.max(peak, read())), ms);
	return { stop: () => (clearInterval(timer), Math.max(peak, read())) };
}

/** Records main-thread long tasks (Long Tasks API) in every page of the context. */
export const LONG_TASK_SCRIPT = `
	window.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
`;
