// Reopen A/B: imports the bench file once into each of several builds (each served by its own vite preview from
// its own clone, so its own origin), waits for each origin's service worker, then reopens the analysis page
// alternately (A, B, A, B, ...) and prints each reopen's navigation → KPIs time and its navigation timing.
// Each reopen also prints the CPU time (user + system) of all this run's Chromium threads from the page opened to the
// KPIs (the service worker's thread apart) and how its files were served (workerFinalSourceType: 'cache' for a
// static route, '' through the fetch handler): on a loaded machine CPU time compares builds better than wall time.
// usage: node tests/bench/reopen-ab.mjs --clones /work/bench-A,/work/bench-B [--rounds 6] [--trace prefix]
//        (each clone built with `npx vite build`; --trace writes a Chromium trace of each clone's first reopen)
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launch, startPreview, threadDelta, threadTimes } from './browser.mjs';
import { defaultOrdersFile } from './generate.mjs';
import { TRACE_CATEGORIES } from './trace.mjs';

const { values: o } = parseArgs({
	options: {
		clones: { type: 'string' },
		rounds: { type: 'string', default: '6' },
		trace: { type: 'string' },
		file: { type: 'string', default: defaultOrdersFile(250000) }
	}
});
if (!o.clones) {
	console.error('usage: node tests/bench/reopen-ab.mjs --clones /path/to/clone-A,/path/to/clone-B [--rounds 6]');
	process.exit(2);
}
const clones = o.clones.split(',');
const WATCH = `window.__kpi = new Promise((resolve) => {
	const look = () => { if (document.querySelector('[data-testid=kpi-customers-value]')) { obs.disconnect(); requestAnimationFrame(() => resolve(performance.now())); return true; } return false; };
	const obs = new MutationObserver(look);
	const start = () => { if (!look()) obs.observe(document, { childList: true, subtree: true }); };
	start();
});`;
const servers = [];
const browser = await launch();
try {
	const sites = [];
	for (const root of clones) {
		const server = await startPreview(root);
		servers.push(server);
		const context = await browser.newContext();
		await context.addInitScript(WATCH);
		const page = await context.newPage();
		await page.goto(`${server.url}data`);
		await page.getByTestId('file-input').setInputFiles(o.file);
		await page.locator('[data-testid=start-import]:not([disabled])').waitFor({ timeout: 120_000 });
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await page.locator('[data-testid=import-report]').waitFor({ timeout: 180_000 });
		await page.getByRole('link', { name: 'Analyse this data set' }).click();
		await page.locator('[data-testid=clv-table]').waitFor({ timeout: 180_000 });
		await page.evaluate(() => navigator.serviceWorker.ready);
		await new Promise((r) => setTimeout(r, 3000));
		sites.push({ root, context, page, url: page.url() });
		console.error(`imported into ${root} (${server.url}): ${page.url()}`);
	}
	const results = new Map(clones.map((c) => [c, []]));
	for (let round = 0; round < Number(o.rounds); round++) {
		for (const site of round % 2 ? [...sites].reverse() : sites) {
			const tracing = o.trace && round === 0;
			if (tracing) await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
			const p = await site.context.newPage();
			const cpuBefore = threadTimes();
			await p.goto(site.url, { waitUntil: 'commit' });
			const kpi = await p.evaluate(() => window.__kpi);
			const delta = threadDelta(cpuBefore, threadTimes());
			const cpu = delta.reduce((a, r) => a + r.user + r.system, 0);
			const swCpu = delta
				.filter((r) => r.thread.startsWith('ServiceWorker'))
				.reduce((a, r) => a + r.user + r.system, 0);
			site.cpu = [...(site.cpu ?? []), cpu];
			const nav = await p.evaluate(() => {
				const n = performance.getEntriesByType('navigation')[0];
				const r = performance.getEntriesByType('resource');
				return {
					workerStart: n.workerStart,
					responseStart: n.responseStart,
					responseEnd: n.responseEnd,
					domInteractive: n.domInteractive,
					dcl: n.domContentLoadedEventEnd,
					resources: r.length,
					sources: Object.entries(
						r.reduce(
							(a, e) => (
								(a[e.workerFinalSourceType ?? '?'] = (a[e.workerFinalSourceType ?? '?'] ?? 0) + 1),
								a
							),
							{}
						)
					)
						.map(([k, v]) => `${k || 'none'}:${v}`)
						.join(','),
					lastResource: Math.max(...r.map((e) => e.responseEnd)),
					measures: performance
						.getEntriesByType('measure')
						.map((m) => `${m.name} ${m.startTime.toFixed(0)}+${m.duration.toFixed(0)}`)
				};
			});
			if (tracing) {
				await new Promise((r) => setTimeout(r, 500));
				const buf = await browser.stopTracing();
				const name = `${o.trace}-${clones.indexOf(site.root)}.json`;
				writeFileSync(name, buf);
				console.error(`trace ${name}`);
			}
			await new Promise((r) => setTimeout(r, 1500));
			await p.close();
			results.get(site.root).push(kpi);
			console.log(
				`${site.root} round ${round}${tracing ? ' (traced)' : ''}: KPIs ${(kpi / 1000).toFixed(3)} s, CPU ${cpu.toFixed(2)} s (SW ${swCpu.toFixed(2)}); sw start ${nav.workerStart.toFixed(0)}, response ${nav.responseStart.toFixed(0)}-${nav.responseEnd.toFixed(0)}, domInteractive ${nav.domInteractive.toFixed(0)}, DCL ${nav.dcl.toFixed(0)}, ${nav.resources} resources (${nav.sources}), last ${nav.lastResource.toFixed(0)} | ${nav.measures.join('; ')}`
			);
		}
	}
	for (const site of sites)
		console.log(
			`${site.root} CPU: ${site.cpu.map((c) => c.toFixed(2)).join(' ')} mean ${(site.cpu.reduce((a, b) => a + b, 0) / site.cpu.length).toFixed(3)}`
		);
	for (const [root, list] of results) {
		const untraced = o.trace ? list.slice(1) : list;
		const sorted = [...untraced].sort((a, b) => a - b);
		console.log(
			`${root}: ${list.map((t) => (t / 1000).toFixed(3)).join(' ')}  median(untraced) ${(sorted[Math.floor(sorted.length / 2)] / 1000).toFixed(3)}`
		);
	}
} finally {
	await browser.close();
	for (const s of servers) s.stop();
}
