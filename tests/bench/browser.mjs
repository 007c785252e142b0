// Shared pieces of the benchmark scripts: a preview server of the built site, Debian's Chromium,
// and the renderer's memory read from /proc (Chromium runs a tab and its workers in one process).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { DISABLE_FEATURES_SWITCH } from '../chromium-features.mjs';

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

/**
 * Serves the last build with `vite preview`, which serves `.svelte-kit/output` (not `build/`): to
 * compare two builds, build each in place before its runs (or keep and restore both directories);
 * swapping `build/` alone measures the same build twice.
 */
export async function startPreview(root = ROOT) {
	if (!existsSync(`${root.replace(/\/?$/, '/')}build/index.html`))
		throw new Error(`No build found in ${root}: run \`npm run build\` there first (npm run bench does).`);
	const port = await freePort();
	const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
		cwd: root,
		stdio: 'ignore',
		detached: true
	});
	const url = `http://127.0.0.1:${port}/`;
	for (let i = 0; i < 200; i++) {
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

/**
 * A switch Chromium ignores, on the command line of the browser this script launches: its
 * renderers are found by their parent chain, so other Chromiums on the machine (tests run by
 * others) are not counted.
 */
const RUN_MARK = `--retention-lab-bench=${process.pid}`;

export async function launch() {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: [
			RUN_MARK,
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage',
			// As in the e2e tests: no address-bar popup renderer, which is Chromium's, not the site's.
			DISABLE_FEATURES_SWITCH
		]
	});
}

/**
 * The memory of this run's Chromium renderer processes (MB): `summed` adds up their RSS (the measure the
 * issue's figures used; it counts the shared Chromium code and fonts once per process, and includes
 * Chromium's spare renderer, which is not the site's), `ui` the RSS of Chromium's own browser-UI
 * renderers (`--top-chrome-webui`: the address bar's popups, about 160 MB with no page open at all;
 * `launch` turns them off, so 0 unless a Chromium brings others), and `tab` the RSS of the largest
 * other one, the renderer that runs the page and its workers. (Their proportional set size is not sampled: reading smaps_rollup walks the process's page
 * tables under its memory lock every 50 ms and slowed the import it measures by about 0.3 s.)
 */
export function rendererMemory() {
	/** @type {Map<string, { parent: string, cmdline: string, rssKb: number }>} */
	const processes = new Map();
	for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
		try {
			const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			if (!cmdline.includes('chrom')) continue;
			const status = readFileSync(`/proc/${pid}/status`, 'utf8');
			processes.set(pid, {
				parent: /PPid:\s+(\d+)/.exec(status)?.[1] ?? '0',
				cmdline,
				rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
			});
		} catch {
			/* the process ended */
		}
	}
	/** @param {string} pid */
	const ours = (pid) => {
		for (let p = processes.get(pid), depth = 0; p && depth < 8; p = processes.get(p.parent), depth++) {
			if (p.cmdline.includes(RUN_MARK)) return true;
		}
		return false;
	};
	const memory = { summed: 0, tab: 0, ui: 0 };
	for (const [pid, p] of processes) {
		if (!p.cmdline.includes('--type=renderer') || !ours(pid)) continue;
		const mb = p.rssKb / 1024;
		memory.summed += mb;
		if (p.cmdline.includes('--top-chrome-webui')) memory.ui += mb;
		else memory.tab = Math.max(memory.tab, mb);
	}
	return memory;
}

/**
 * CPU time and page faults of every thread of this run's Chromium processes, by process kind and
 * thread name (`--threads`): `user` and `system` seconds, `faults` minor page faults. Read from
 * /proc/<pid>/task/<tid>/stat; the difference of two readings is what each did in between (a thread
 * that ended in between is missed). On a machine where fresh memory is slow to hand out, system time
 * and faults show where that cost is paid.
 * @returns {Map<string, { kind: string, thread: string, user: number, system: number, faults: number }>}
 */
export function threadTimes() {
	const tick = 100; // USER_HZ: clock ticks per second on Linux.
	const result = new Map();
	for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
		try {
			const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			if (!cmdline.includes('chrom') || !isOurs(pid)) continue;
			const type = /--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser';
			const kind = cmdline.includes('--top-chrome-webui') ? `${type} (UI)` : type;
			for (const tid of readdirSync(`/proc/${pid}/task`)) {
				const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
				// The thread's name is in parentheses and may hold spaces: the fields follow the last ')'.
				const thread = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
				const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
				// Fields 10, 14 and 15 of stat(5), counted from field 3 here.
				result.set(`${pid}/${tid}`, {
					kind: `${kind} ${pid}`,
					thread,
					faults: Number(fields[7]),
					user: Number(fields[11]) / tick,
					system: Number(fields[12]) / tick
				});
			}
		} catch {
			/* the process or thread ended */
		}
	}
	return result;
}

/** @param {string} pid whether the process descends from this run's Chromium (its command line has RUN_MARK) */
function isOurs(pid) {
	for (let p = pid, depth = 0; p !== '0' && depth < 8; depth++) {
		try {
			if (readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(RUN_MARK)) return true;
			p = /PPid:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? '0';
		} catch {
			return false;
		}
	}
	return false;
}

/**
 * What each process kind and thread name did between two `threadTimes()` readings, largest CPU first:
 * rows of `kind`, `thread`, `user`, `system`, `faults` (threads of one name in one process added up).
 * @param {ReturnType<typeof threadTimes>} before
 * @param {ReturnType<typeof threadTimes>} after
 */
export function threadDelta(before, after) {
	const rows = new Map();
	for (const [key, now] of after) {
		const then = before.get(key) ?? { user: 0, system: 0, faults: 0 };
		const name = `${now.kind}\t${now.thread}`;
		const row = rows.get(name) ?? { kind: now.kind, thread: now.thread, user: 0, system: 0, faults: 0 };
		row.user += now.user - then.user;
		row.system += now.system - then.system;
		row.faults += now.faults - then.faults;
		rows.set(name, row);
	}
	return [...rows.values()]
		.filter((r) => r.user + r.system > 0 || r.faults > 0)
		.sort((a, b) => b.user + b.system - (a.user + a.system));
}

/**
 * How long this machine takes to hand out and touch fresh memory (ms for 256 MB): a few tens of ms on
 * most machines; on a virtual machine that gives freed memory back to its host, several hundred. Then
 * every allocation the import makes costs that much more, so the bench prints it beside the figures.
 */
export function freshMemoryMs(megabytes = 256) {
	const started = process.hrtime.bigint();
	// allocUnsafe: no zeroing by Node; fill touches every page once.
	Buffer.allocUnsafe(megabytes * 2 ** 20).fill(1);
	return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Samples `rendererMemory()` every `ms` until stopped; returns the peak of each of its figures.
 */
export function memorySampler(ms = 50) {
	const peak = rendererMemory();
	/** Every sample: `Date.now()` and the tab's RSS (MB), for a timeline (`--memory-timeline`). */
	const samples = [{ at: Date.now(), tab: peak.tab }];
	const take = () => {
		const now = rendererMemory();
		samples.push({ at: Date.now(), tab: now.tab });
		for (const key of /** @type {const} */ (['summed', 'tab', 'ui'])) peak[key] = Math.max(peak[key], now[key]);
	};
	const timer = setInterval(take, ms);
	return { stop: () => (clearInterval(timer), take(), peak), samples };
}

/** Records main-thread long tasks (Long Tasks API) in every page of the context. */
export const LONG_TASK_SCRIPT = `
	window.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
`;
