// npm run bench:memory: what the tab's memory is made of during an import, by allocator, from
// Chromium's own memory-infra dumps (the tracing service's periodic dumps of every process), where
// the bench's RSS figures only say how much. For the tab's renderer it prints, at each dump: V8's
// heaps of the page and of its workers (all workers together, by space: the young generation of a
// worker that parsed or analysed millions of rows is tens of MB), the ArrayBuffers' backing stores
// (PartitionAlloc's array_buffer partition: the typed columns, their copies, transferred buffers),
// Blink's other buffers (the buffer partition: IndexedDB's serialized values among them), malloc.
// usage: node tests/bench/memory-dumps.mjs [--customers 250000 | --file orders.csv] [--every 500]
//                                          [--mode light|detailed] [--json dumps.json]
// Needs a build (npm run build). Detailed dumps walk the heaps (slow at millions of orders: the
// figures then come at longer intervals than --every, and the import is slower); light ones give the
// same allocator totals. The dumps' sizes are what each allocator has committed: RSS counts only the
// pages touched, so the sum can differ from the bench's RSS by the pages never written.
import { writeFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launch, startPreview } from './browser.mjs';
import { defaultOrdersFile } from './generate.mjs';

const { values: options } = parseArgs({
	options: {
		customers: { type: 'string', default: '250000' },
		file: { type: 'string' },
		every: { type: 'string', default: '500' },
		mode: { type: 'string', default: 'light' },
		json: { type: 'string' }
	}
});
const file = options.file ?? defaultOrdersFile(Number(options.customers), false);
if (!existsSync(file)) {
	console.error(`No file ${file}: run npm run bench once (it generates it), or pass --file.`);
	process.exit(2);
}

const preview = await startPreview();
const browser = await launch();
/** @type {any[]} */
const events = [];
/** @type {Record<string, number>} */
const milestones = {};
try {
	const cdp = await browser.newBrowserCDPSession();
	const page = await (await browser.newContext()).newPage();
	await page.goto(`${preview.url}data`);
	await page.getByTestId('file-input').waitFor({ state: 'attached' });
	cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
	const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.start', {
		transferMode: 'ReportEvents',
		traceConfig: {
			includedCategories: ['disabled-by-default-memory-infra', 'blink.user_timing'],
			memoryDumpConfig: {
				triggers: [{ mode: options.mode, periodicIntervalMs: Number(options.every) }]
			}
		}
	});
	// A dump or two of the page before the file is chosen.
	await page.waitForTimeout(2 * Number(options.every));
	// A mark in the page puts the file chosen on the tracing clock of the dumps.
	await page.evaluate(() => performance.mark('memory-dumps: file chosen'));
	const started = Date.now();
	const mark = (name) => (milestones[name] = Date.now() - started);
	await page.getByTestId('file-input').setInputFiles(file);
	await page.waitForSelector('[data-testid=start-import]:not([disabled])', { timeout: 120_000 });
	mark('review shown');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await page.waitForSelector('[data-testid=import-report]', { timeout: 600_000 });
	mark('stored');
	await page.getByRole('link', { name: 'Analyse this data set' }).click();
	await page.waitForSelector('[data-testid=segment-champions]', { timeout: 600_000 });
	mark('all on screen');
	await page.waitForSelector('[data-testid=clv-table] tbody th[scope=row]', { timeout: 600_000 });
	mark('CLV table');
	await page.waitForTimeout(2 * Number(options.every));
	await cdp.send('Tracing.end');
	await complete;
} finally {
	await browser.close();
	preview.stop();
}
if (options.json) writeFileSync(options.json, JSON.stringify(events));

/** @type {Map<number, string>} */
const processNames = new Map();
for (const e of events) if (e.ph === 'M' && e.name === 'process_name') processNames.set(e.pid, e.args.name);
const mb = (node) => (node?.attrs?.size ? parseInt(node.attrs.size.value, 16) / 2 ** 20 : 0);
const dumps = events.filter((e) => e.ph === 'v' && processNames.get(e.pid) === 'Renderer' && e.args.dumps.allocators);
// The tab's renderer: the one with the most memory at any dump (the other is Chromium's spare renderer).
/** @type {Map<number, number>} */
const largest = new Map();
for (const d of dumps) {
	const total = Object.entries(d.args.dumps.allocators)
		.filter(([name]) => !name.includes('/'))
		.reduce((s, [, node]) => s + mb(node), 0);
	largest.set(d.pid, Math.max(largest.get(d.pid) ?? 0, total));
}
const tab = [...largest].sort((a, b) => b[1] - a[1])[0]?.[0];
const tabDumps = dumps.filter((d) => d.pid === tab);
if (tabDumps.length === 0) {
	console.error('No memory dump of the tab was recorded.');
	process.exit(1);
}
const chosenTs = events.find((e) => e.name === 'memory-dumps: file chosen')?.ts ?? tabDumps[0].ts;
const at = (ts) => (ts - chosenTs) / 1e6;

const columns = [
	[
		'total',
		(a) =>
			Object.entries(a)
				.filter(([n]) => !n.includes('/'))
				.reduce((s, [, v]) => s + mb(v), 0)
	],
	['v8 page', (a) => mb(a['v8/main/heap'])],
	['v8 workers', (a) => mb(a['v8/workers/heap'])],
	['  young', (a) => mb(a['v8/workers/heap/new_space'])],
	['  old', (a) => mb(a['v8/workers/heap/old_space'])],
	['  large', (a) => mb(a['v8/workers/heap/large_object_space']) + mb(a['v8/workers/heap/new_large_object_space'])],
	['ArrayBuffers', (a) => mb(a['partition_alloc/partitions/array_buffer'])],
	['Blink buffers', (a) => mb(a['partition_alloc/partitions/buffer'])],
	['malloc', (a) => mb(a.malloc)],
	['Blink GC', (a) => mb(a.blink_gc)]
];
console.log(
	`Memory of the tab's renderer by allocator (MB committed), ${options.mode} dumps every ${options.every} ms`
);
console.log(`  file ${file}`);
console.log(
	`  milestones (s after the file was chosen): ${Object.entries(milestones)
		.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)}`)
		.join(', ')}`
);
console.log(['     s', ...columns.map(([name]) => name.padStart(14))].join(''));
let peak = tabDumps[0];
for (const d of tabDumps) {
	const a = d.args.dumps.allocators;
	if (columns[0][1](a) > columns[0][1](peak.args.dumps.allocators)) peak = d;
	console.log([at(d.ts).toFixed(2).padStart(6), ...columns.map(([, f]) => f(a).toFixed(0).padStart(14))].join(''));
}
console.log(`  peak ${columns[0][1](peak.args.dumps.allocators).toFixed(0)} MB at ${at(peak.ts).toFixed(2)} s`);
