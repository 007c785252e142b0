// npm run bench: the SPEC §7 performance figures, measured in headless Chromium against the built
// site, and the pandas + scipy peer timed on the same file in the same run.
// usage: node tests/bench/bench.mjs [--customers 250000] [--file orders.csv] [--no-peer] [--trace trace.json]
//                                   [--bootstrap] [--attributes] [--shopify] [--memory-timeline] [--threads]
//                                   [--runs 3]
// --customers 1100000 (≈ 5 M orders, 168 MB) and 4400000 (≈ 20 M orders, 680 MB) are the scale cases of
// SPEC §7 (tab memory ≤ 800 MB and ≤ 2 GB); waits grow with the file. --no-peer skips the pandas peer
// (and so the ratios), --bootstrap also runs `npm run bench:bootstrap` once, --trace records a Chromium
// performance trace of the run and prints what ran in each main-thread task over 50 ms. --attributes
// imports bench-data/orders-N-attributes.csv instead: the same orders with channel, country, product
// and discount_code columns, which the import stores (the peer reads the same file).
// --shopify imports the same orders as a Shopify export (bench-data/orders-N-shopify.csv, made by
// shopify-shape.mjs: 71 columns, quoted addresses, a row per line item; 561 MB at 250,000 customers),
// without the peer (it reads four plain columns, not line items). --memory-timeline
// prints the tab's RSS over the run (the peak of each tenth of a second or so) beside the import's phases.
// --threads prints the CPU time (user and system) and page faults of each Chromium process and thread
// from the file chosen until all is on screen. --runs 3 makes that many whole runs, one after
// another, and then prints each goal with every run's figure, the median and how many runs met it.
// Each run also loads a trivial page of the site's origin (no script, no stylesheet) in a fresh
// browser of its own (fresh-page.mjs) and prints its tasks over 50 ms beside those of the Data
// page's load: what any page pays there (the navigation's commit in a fresh renderer) is told
// apart from the site's own; the goal still counts every task of the run.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { firstPageJs } from './bundle.mjs';
import { defaultOrdersFile, generateOrders } from './generate.mjs';
import { shopifyFile, writeShopifyShape } from './shopify-shape.mjs';
import { benchRuns } from './runs.mjs';
import {
	freshMemoryMs,
	launch,
	LONG_TASK_SCRIPT,
	memorySampler,
	rendererMemory,
	ROOT,
	startPreview,
	threadDelta,
	threadTimes
} from './browser.mjs';
import { longTasks, printLongTasks, TRACE_CATEGORIES } from './trace.mjs';
import { trivialPageTasks } from './fresh-page.mjs';

const { values: options } = parseArgs({
	options: {
		customers: { type: 'string', default: '250000' },
		file: { type: 'string' },
		'no-peer': { type: 'boolean', default: false },
		trace: { type: 'string' },
		bootstrap: { type: 'boolean', default: false },
		clv: { type: 'boolean', default: true },
		attributes: { type: 'boolean', default: false },
		shopify: { type: 'boolean', default: false },
		'memory-timeline': { type: 'boolean', default: false },
		threads: { type: 'boolean', default: false },
		runs: { type: 'string', default: '1' },
		// (Internal: where a run started by --runs writes its figures.)
		'figures-json': { type: 'string' }
	}
});
const runs = Number(options.runs);
if (!(Number.isInteger(runs) && runs >= 1)) {
	console.error('--runs takes a whole number of runs, 1 or more');
	process.exit(2);
}
if (runs > 1) {
	// Each run in a process of its own, then the summary (see runs.mjs).
	const args = process.argv
		.slice(2)
		.filter((arg, i, all) => arg !== '--runs' && all[i - 1] !== '--runs' && !arg.startsWith('--runs='));
	process.exit(benchRuns(import.meta.filename, args, runs));
}
const customers = Number(options.customers);
if ((options.attributes || options.shopify) && options.file) {
	console.error('--attributes and --shopify generate their own file: leave out --file');
	process.exit(2);
}
if (options.attributes && options.shopify) {
	console.error('--attributes or --shopify, not both');
	process.exit(2);
}
// The Shopify shape has no peer: the peer reads four plain columns, not an export's line items.
if (options.shopify) options['no-peer'] = true;
const plainFile = defaultOrdersFile(customers, options.attributes);
const file = options.file ?? (options.shopify ? shopifyFile(plainFile) : plainFile);
if (!existsSync(file)) {
	const orders = options.shopify ? plainFile : file;
	if (!existsSync(orders)) {
		console.error(`generating ${orders} …`);
		console.error(JSON.stringify(await generateOrders(customers, orders, 7, { attributes: options.attributes })));
	}
	if (options.shopify) {
		console.error(`writing ${file} (the same orders as a Shopify export) …`);
		console.error(JSON.stringify(await writeShopifyShape(plainFile, file)));
	}
}
// The file's header row: which columns the import (and the peer) is given.
const header = (() => {
	const fd = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(4096);
		return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0)).split(/\r?\n/)[0];
	} finally {
		closeSync(fd);
	}
})();
const megabytes = statSync(file).size / 1024 / 1024;
// Waits scale with the file: the 250,000-customer file is 37 MB.
const scale = Math.max(1, megabytes / 37);
const wait = (ms) => Math.round(ms * scale);

const loadAtStart = loadavg()[0];
/** SPEC §7's limits for the run's figures (the tab's memory: `memoryGoal`), used by every verdict and label below. */
const GOALS = { allRatio: 0.25, clvRatio: 0.33, reopenSeconds: 0.5, longestTaskMs: 50, firstPageKb: 150 };
const ALL_RATIO = `ratio: KPIs, cohorts and segments on screen / peer [goal ≤ ${GOALS.allRatio}]`;
const CLV_RATIO = `ratio: CLV table on screen / peer [goal ≤ ${GOALS.clvRatio}]`;
/** What the run waits for, by the element that shows it. */
const MILESTONES = {
	stored: '[data-testid=import-report]',
	kpis: '[data-testid=kpi-customers-value]',
	cohortCurves: 'section[aria-labelledby=cohorts-heading] figure ~ figure .layercake-container',
	retentionChart: 'section[aria-labelledby=retention-heading] .layercake-container',
	segments: '[data-testid=segment-champions]',
	clvTable: '[data-testid=clv-table]',
	clvRows: '[data-testid=clv-table] tbody th[scope=row]'
};

/**
 * In every page: `__watch(selectors)` notes the time of the first animation frame in which each
 * selector matches (`__seen`), whatever else the bench is doing then; the import report's row count
 * is read in that same frame (the report is gone once the page moves on); `__clicks` are the
 * moments the page heard each click (Playwright's click first waits for the target to be stable
 * over animation frames, longer on a busy machine).
 */
// Each milestone is timed in the first frame its element is in: a MutationObserver notices the element,
// and the animation frame after that gives the time. No frame is asked for otherwise. Before, the page
// was polled at every animation frame (here and by Playwright's `polling: 'raf'` waits), so it drew
// 60 frames a second throughout the import, which no merchant's page does: the page's main thread,
// compositor and GPU process took 0.2-0.3 s more CPU from the import on two cores (bench --threads).
const MILESTONE_SCRIPT = `
	window.__seen = {};
	window.__clicks = [];
	const waiting = [];
	document.addEventListener('click', () => window.__clicks.push({ at: performance.now() }), { capture: true });
	window.__watch = (selectors) => {
		const pending = new Set(selectors.filter((selector) => window.__seen[selector] === undefined));
		const look = () => {
			const found = [...pending].filter((selector) => document.querySelector(selector));
			for (const selector of found) pending.delete(selector);
			if (!pending.size) observer.disconnect();
			if (!found.length) return;
			requestAnimationFrame(() => {
				const now = performance.now();
				for (const selector of found) {
					window.__seen[selector] ??= now;
					if (selector === ${JSON.stringify(MILESTONES.stored)}) {
						const text = document.querySelector('[data-testid=report-rowsRead]')?.textContent ?? '';
						window.__reportRows = Number(text.replace(/\\D/g, ''));
					}
				}
				for (const w of waiting.splice(0)) {
					if (window.__seen[w.selector] !== undefined) w.resolve(window.__seen[w.selector]);
					else waiting.push(w);
				}
			});
		};
		const observer = new MutationObserver(look);
		observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
		look();
	};
	// A page opened with selectors to watch from its start (the reopen): watched before any of its code runs.
	if (window.__watchFromStart) window.__watch(window.__watchFromStart);
	/** The time a watched selector's element was first on screen, once it has been. */
	window.__when = (selector) =>
		new Promise((resolve) =>
			window.__seen[selector] !== undefined ? resolve(window.__seen[selector]) : waiting.push({ selector, resolve })
		);
`;

/** The time `__watch` noted for a milestone, once it has been seen (within `timeout` ms). */
const milestone = (page, selector, timeout = wait(120_000)) => {
	let timer;
	return Promise.race([
		page.evaluate((s) => window.__when(s), selector),
		new Promise((_, reject) => {
			timer = setTimeout(() => reject(new Error(`not on screen within ${timeout} ms: ${selector}`)), timeout);
		})
	]).finally(() => clearTimeout(timer));
};

const preview = await startPreview();
const browser = await launch();
const figures = {};
try {
	const context = await browser.newContext();
	await context.addInitScript(LONG_TASK_SCRIPT);
	await context.addInitScript(MILESTONE_SCRIPT);
	const page = await context.newPage();
	// Chromium's own renderers, with only a blank page open (none of the site's code loaded yet).
	await new Promise((r) => setTimeout(r, 1000));
	const blankMemory = rendererMemory();
	// The trace covers the Data page's own load too (its long tasks count in the whole run).
	if (options.trace) await browser.startTracing(undefined, { path: options.trace, categories: TRACE_CATEGORIES });
	await page.goto(`${preview.url}data`);
	await page.getByTestId('file-input').waitFor({ state: 'attached' });
	await page.waitForFunction(() => document.querySelector('[data-testid=file-input]') && window.__longTasks);
	const baselineMemory = rendererMemory();
	const memory = memorySampler();

	// Times are read in the page (performance.now), each milestone in the first animation frame it is
	// in the DOM (MILESTONE_SCRIPT): Playwright's own waits poll with a back-off of up to half a
	// second, which would add that much noise to every figure.
	// Both are watched from the start: a selector first watched once the review is up would be timed
	// then, after the calls to the page in between (about 0.3 s more "review shown", helper P found).
	const reviewed = '[data-testid=start-import]:not([disabled])';
	const reviewedOrWarned = `${reviewed}, [data-testid=memory-warning]`;
	await page.evaluate((selectors) => window.__watch(selectors), [reviewed, reviewedOrWarned]);
	const threadsAtStart = options.threads ? threadTimes() : null;
	const t0 = await page.evaluate(() => performance.now());
	const nodeT0 = Date.now();
	await page.getByTestId('file-input').setInputFiles(file);
	// A file the device may not hold is named before it is read (Data page): go on anyway.
	await milestone(page, reviewedOrWarned, 60_000);
	const warned = await page.getByTestId('memory-warning').isVisible();
	if (warned) await page.getByTestId('memory-go-on').click();
	const tReviewed = await milestone(page, reviewed, 60_000);
	// The column the review mapped to each stored order attribute (the mapping editor's selects).
	const attributeMapping = await page.evaluate(() =>
		['channel', 'country', 'product', 'discountCode'].map((role) => {
			const select = document.querySelector(`select[id$="-${role}"]`);
			const option = select?.selectedOptions[0];
			return `${role} ← ${select ? (Number(select.value) < 0 ? 'not mapped' : option?.textContent?.trim()) : 'n/a'}`;
		})
	);
	// When the page hears the click: Playwright's click waits for the button to be stable over
	// animation frames first, which takes longer while the file is parsed ahead on every core.
	// From here every milestone is timed by the page itself (MILESTONE_SCRIPT), in the first frame
	// it is in, whatever Playwright is doing then: the bench reads its other figures only after the
	// analysis is on screen, and clicks "Analyse this data set" as soon as the import says it is
	// stored (before, about eight calls to the page came in between, 0.2 s on a quiet machine and up
	// to 1.4 s on a loaded one, and "all on screen" was the time of the last of three waits made one
	// after the other).
	// The bench finds what it clicks by test id or CSS, never by role or text: Playwright finds those
	// in the page's own thread (the accessible name or text of every element on the page), and in
	// traces those lookups were tasks of 20-40 ms of CPU, counted among the page's long tasks
	// though no user's click runs them.
	await page.evaluate((selectors) => window.__watch(selectors), Object.values(MILESTONES));
	const clicksBefore = await page.evaluate(() => window.__clicks.length);
	await page.getByTestId('start-import').click();
	const tStored = await milestone(page, MILESTONES.stored);
	await page.getByTestId('analyse-link').click();
	const tKpis = await milestone(page, MILESTONES.kpis, wait(60_000));
	const tAll = Math.max(
		await milestone(page, MILESTONES.cohortCurves, wait(60_000)),
		await milestone(page, MILESTONES.retentionChart, wait(60_000)),
		await milestone(page, MILESTONES.segments, wait(60_000))
	);
	const threadsWhenAllShown = threadsAtStart ? threadDelta(threadsAtStart, threadTimes()) : null;
	let tClv = null;
	if (options.clv) tClv = await milestone(page, MILESTONES.clvTable, wait(60_000)).catch(() => null);
	// The table's first customer rows (not the "no customers" row it has while there are none).
	const tClvRows = tClv ? await milestone(page, MILESTONES.clvRows, wait(60_000)).catch(() => null) : null;
	// The moments the page heard the two clicks (Import, then Analyse this data set).
	const [tClicked, tAnalyseClicked] = await page.evaluate(
		(from) => [0, 1].map((k) => window.__clicks[from + k]?.at ?? NaN),
		clicksBefore
	);
	const rows = await page.evaluate(() => window.__reportRows);
	// The worker's phase times, recorded by the page as performance measures (nothing shows them).
	const measure = (name) =>
		page.evaluate((n) => performance.getEntriesByName(n, 'measure').at(-1)?.duration ?? NaN, name);
	const workerRead = await measure('import:read');
	const workerStore = await measure('import:store');
	const storeIssue = await measure('import:store:issue');
	const storeCommit = await measure('import:store:commit');
	const workerAnalyse = await measure('import:analyse');
	const parsedAhead = await measure('import:parse:ahead');
	const analysisWait = await measure('import:analyse:wait');
	// A file read in byte ranges: the ranges' wall time, the slowest range, the copy back, the merge.
	const rangesRead = await measure('import:parse:ranges');
	const rangeParts = ['import:parse:slowest-range', 'import:parse:clone', 'import:parse:merge'];
	const [slowestRange, rangeClone, rangeMerge] = await Promise.all(rangeParts.map(measure));
	// The long tasks that began before the page heard "Analyse this data set".
	const importLongTasks = await page.evaluate(
		(until) => window.__longTasks.filter((t) => t.start < until).map((t) => t.duration),
		tAnalyseClicked
	);
	const range = page.getByTestId('analysis-range');
	await range.waitFor();
	const analysisLoad = await measure('analysis:load');
	const analysisCompute = await measure('analysis:compute');
	// The CLV fit's phases (recorded by the page from the worker's reply): each measure ends when it was answered.
	const clvPhases = await page.evaluate(() =>
		[
			'import:clv:fit',
			'import:clv',
			'clv:precompute waited',
			'clv:asked→fitted',
			'clv:handed',
			'clv:cache read',
			'clv:load',
			'clv:bgnbd',
			'clv:gammaGamma',
			'clv:rows',
			'clv:page asked→answered'
		].map((n) => {
			const m = performance.getEntriesByName(n, 'measure').at(-1);
			return m ? { name: n, start: m.startTime, duration: m.duration } : { name: n };
		})
	);
	// An import whose CLV fit was not cached says why (a mark; the page then fits the models itself).
	const clvFailure = await page.evaluate(
		() => performance.getEntriesByName('import:clv:failed', 'mark').at(-1)?.detail ?? null
	);
	// Not fitted on the page: handed over by the import in this tab, or read from the cache it wrote.
	const clvCached = clvPhases.some(
		(p) => (p.name === 'clv:cache read' || p.name === 'clv:handed') && p.duration !== undefined
	);
	const clvFitted = clvPhases.some((p) => p.name === 'clv:asked→fitted' && p.duration !== undefined);
	const peakMemory = memory.stop();
	if (options['memory-timeline']) {
		// The import worker's phases, placed from its 'stored' message (its measures end when it came).
		const entry = (n) =>
			page.evaluate((name) => {
				const m = performance.getEntriesByName(name, 'measure').at(-1);
				return m ? { start: m.startTime, end: m.startTime + m.duration } : null;
			}, n);
		const readEntry = await entry('import:read');
		const storeMs = workerStore;
		const storedAt = readEntry ? readEntry.end : tStored;
		const readEnd = storedAt - storeMs - (Number.isNaN(analysisWait) ? 0 : analysisWait);
		const confirmed = readEnd - workerRead;
		const clvEnd = (await entry('import:clv'))?.end;
		const marks = [
			['file chosen', t0],
			['review shown', tReviewed],
			...(Number.isNaN(parsedAhead) ? [] : [['parse started ahead', confirmed - parsedAhead]]),
			['Import heard', tClicked],
			['parse done (store starts, helper gets its copy)', readEnd],
			['store committed', readEnd + storeMs],
			['stored message', storedAt],
			['KPIs', tKpis],
			['all on screen', tAll],
			...(clvEnd ? [['import CLV fit cached', clvEnd]] : []),
			...(tClv ? [['CLV table', tClv]] : [])
		].map(([label, at]) => ({ label, at: (at - t0) / 1000 }));
		printMemoryTimeline(memory.samples, nodeT0, marks, Math.max(0.1, 0.1 * scale));
	}
	// The BG/NBD fit at 250,000 customers beside the generator's truth (time unit: weeks in the app,
	// days in the generator: α scales by 7; r, a, b do not).
	let fitted = null;
	if (tClv) {
		await page.locator('details.parameters > summary').click();
		const cells = await page.getByTestId('clv-parameters').locator('tbody tr').allInnerTexts();
		fitted = Object.fromEntries(
			cells
				.map((row) => row.split('\t'))
				.filter((c) => c.length >= 3 && /^[rαab]$/.test(c[1]))
				.map((c) => [c[1], c[2]])
		);
	}
	const firstPageTasks = await page.evaluate(() => window.__longTasks);
	const datasetUrl = page.url();

	// Reopening the page with the data set stored, as a merchant coming back does: once the first visit
	// has installed the service worker (it waits until the import and its CLV fit are done, then for a
	// quiet moment, see src/lib/offline/registration.ts). Reopened at once, the page loaded beside
	// the worker's install, which caches and compiles every file of the site.
	const swWaitStarted = Date.now();
	const swReady = await Promise.race([
		page.evaluate(() => navigator.serviceWorker.ready.then(() => true)),
		new Promise((resolve) => setTimeout(() => resolve(false), 45_000))
	]);
	figures['service worker active before the reopen'] = swReady
		? `yes (waited ${((Date.now() - swWaitStarted) / 1000).toFixed(1)} s after the CLV table for it)`
		: 'no (not within 45 s)';
	const reopened = await context.newPage();
	// Watched from the document's start (MILESTONE_SCRIPT runs this, in whichever order the two scripts
	// run): watched only once goto returned, a KPI already drawn would be timed late.
	const reopenMilestones = [
		'[data-testid=kpi-customers-value]',
		'[data-testid=segment-champions]',
		MILESTONES.clvTable
	];
	await reopened.addInitScript((selectors) => {
		window.__watchFromStart = selectors;
		if (window.__watch) window.__watch(selectors);
	}, reopenMilestones);
	await reopened.goto(datasetUrl, { waitUntil: 'commit' });
	// From the start of the page's navigation (performance.now's origin) to the KPIs.
	const tReopen = await milestone(reopened, reopenMilestones[0], wait(60_000));
	// The reopened page's tasks count too, until everything but the CLV table is on screen.
	await milestone(reopened, reopenMilestones[1], wait(60_000));
	if (tClv) await milestone(reopened, reopenMilestones[2], wait(60_000)).catch(() => null);
	const reopenTasks = await reopened.evaluate(() => window.__longTasks);
	const allLongTasks = [...firstPageTasks, ...reopenTasks].map((t) => t.duration);
	const longest = (durations) => (durations.length ? Math.round(Math.max(...durations)) : 'none over 50 ms');
	// Where the long tasks fall: seconds after the file was chosen (reopened page: after its start).
	const milestones = `review ${((tReviewed - t0) / 1000).toFixed(2)}, stored ${((tStored - t0) / 1000).toFixed(2)}, KPIs ${((tKpis - t0) / 1000).toFixed(2)}, all ${((tAll - t0) / 1000).toFixed(2)}${tClv ? `, CLV ${((tClv - t0) / 1000).toFixed(2)}` : ''}`;
	const taskList = (tasks, origin) =>
		tasks
			.filter((t) => t.duration > 50)
			.map((t) => `${((t.start - origin) / 1000).toFixed(2)} s: ${Math.round(t.duration)} ms`)
			.join(', ') || 'none';
	let longestCpuMs = null;
	if (options.trace) {
		await new Promise((r) => setTimeout(r, 1000));
		const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
		const traced = longTasks(trace, 50);
		printLongTasks(traced);
		longestCpuMs = Math.max(0, ...traced.map((t) => t.cpuMs ?? 0));
	}

	// What a page of plain text pays on its first load in a fresh browser, in this same setup (its own
	// browser, after this run's is done with): printed beside the Data page's load, never instead of it.
	const trivialTasks = await trivialPageTasks(preview.url, [LONG_TASK_SCRIPT, MILESTONE_SCRIPT]);

	Object.assign(figures, {
		file: `${file} (${megabytes.toFixed(1)} MB, ${rows.toLocaleString('en-GB')} rows)`,
		'order attributes (--attributes)': options.attributes
			? `ON: ${header.split(',').length} columns (${header}), ${megabytes.toFixed(1)} MB; mapped by the review: ${attributeMapping.join(', ')}`
			: `off: ${header.split(',').length} columns (${header}), ${megabytes.toFixed(1)} MB`,
		'file chosen → data set stored (s)': ((tStored - t0) / 1000).toFixed(2),
		'  of which: sniffing the file, review shown (s)': ((tReviewed - t0) / 1000).toFixed(2),
		'  of which: review shown → the page hears the benchmark click Import (s)': (
			(tClicked - tReviewed) /
			1000
		).toFixed(2),
		'  of which: worker reading and parsing (s)': (workerRead / 1000).toFixed(2),
		'  of which: worker storing in IndexedDB (s)':
			(workerStore / 1000).toFixed(2) +
			` (issuing ${(storeIssue / 1000).toFixed(2)}, committing ${(storeCommit / 1000).toFixed(2)})`,
		'  of which: worker precomputing the default analysis (s)': `${(workerAnalyse / 1000).toFixed(2)} (beside the store; waited for after it: ${(analysisWait / 1000).toFixed(2)})`,
		'    read in byte ranges: all ranges read, the slowest one, copied back, merged (s)': Number.isNaN(rangesRead)
			? 'no (one piece)'
			: [rangesRead, slowestRange, rangeClone, rangeMerge].map((ms) => (ms / 1000).toFixed(2)).join(', '),
		'  the parse had started during the review, that long before Import was pressed (s)': Number.isNaN(parsedAhead)
			? 'not ahead'
			: (parsedAhead / 1000).toFixed(2),
		'rows/s while importing': Math.round(rows / ((tStored - t0) / 1000)).toLocaleString('en-GB'),
		// No measure: the page showed the analysis the import had cached, nothing was loaded or computed.
		'  analysis worker: loading orders from IndexedDB (s)': Number.isNaN(analysisLoad)
			? 'cached (not run)'
			: (analysisLoad / 1000).toFixed(2),
		'  analysis worker: computing (s)': Number.isNaN(analysisCompute)
			? 'cached (not run)'
			: (analysisCompute / 1000).toFixed(2),
		'file chosen → KPIs on screen (s)': ((tKpis - t0) / 1000).toFixed(2),
		'  of which: stored → the page hears the benchmark click "Analyse this data set" (s)': (
			(tAnalyseClicked - tStored) /
			1000
		).toFixed(2),
		'file chosen → KPIs, cohorts and segments on screen (s)': ((tAll - t0) / 1000).toFixed(2),
		'file chosen → CLV table on screen (s)': tClv ? ((tClv - t0) / 1000).toFixed(2) : 'n/a',
		'file chosen → CLV table with its first rows on screen (s)': tClvRows
			? ((tClvRows - t0) / 1000).toFixed(2)
			: 'n/a',
		// A fit handed over by the import ('handed') or read from the cache it wrote ('cache read'): no
		// load, fits or rows were run for it on the page. 'import: clv:fit' is the import's fit,
		// 'import: clv' the same with its cache write (which follows the page's showing a handed fit).
		'  CLV phases (s after file chosen: ms; load, fits and rows inside the worker)': clvPhases
			.map((p) => {
				const label = p.name.startsWith('clv:') ? p.name.slice(4) : p.name.replace(':', ': ');
				if (p.duration !== undefined)
					return `${label} ${((p.start - t0) / 1000).toFixed(2)}: ${Math.round(p.duration)}`;
				const skipped = clvCached && ['clv:load', 'clv:bgnbd', 'clv:gammaGamma', 'clv:rows'].includes(p.name);
				// The first page is answered with the fit (no request of its own) unless the query changed.
				const withFit = p.name === 'clv:page asked→answered' && clvFitted;
				return `${label} ${skipped ? 'cached (not run)' : withFit ? 'with the fit' : 'n/a'}`;
			})
			.join(', '),
		...(clvFailure
			? { "  the import's CLV fit was NOT cached (the page fitted the models itself)": clvFailure }
			: {}),
		[`reopen page → KPIs on screen (s) [goal ≤ ${GOALS.reopenSeconds}]`]: (tReopen / 1000).toFixed(2),
		// (The Long Tasks API reports only tasks over 50 ms: with none, nothing longer is known.)
		'longest main-thread task during import (ms)': longest(importLongTasks),
		[`longest main-thread task, whole run (ms) [goal ≤ ${GOALS.longestTaskMs}]`]: longest(allLongTasks),
		'main-thread tasks over 50 ms, whole run': allLongTasks.filter((d) => d > 50).length,
		'  tasks over 50 ms, first page (s after file chosen: ms)': taskList(firstPageTasks, t0),
		'    of them while the Data page loaded, before the file was chosen (s after its navigation started: ms)':
			taskList(
				firstPageTasks.filter((t) => t.start < t0),
				0
			),
		'    a trivial page of the same origin (no script, no stylesheet), first load in a fresh browser, same setup (s after its navigation started: ms)':
			taskList(trivialTasks, 0),
		'    milestones (s after file chosen)': milestones,
		'  tasks over 50 ms, reopened page (s after its start: ms)': taskList(reopenTasks, 0),
		[`tab memory, peak RSS of the tab's renderer process (MB) [goal ≤ ${memoryGoal(rows)}]`]: Math.round(
			peakMemory.tab
		),
		'  the same before import (MB)': Math.round(baselineMemory.tab),
		"  peak RSS of all renderers summed (MB; the issue's measure, shared code counted per process)": Math.round(
			peakMemory.summed
		),
		'  the same before import (MB)  ': Math.round(baselineMemory.summed),
		'  the same with only a blank page open, before the site loaded (MB)': `${Math.round(blankMemory.summed)} (the blank tab and Chromium's spare renderer${blankMemory.ui ? `; Chromium's browser-UI renderer ${Math.round(blankMemory.ui)}` : ''})`,
		"  of the summed peak: Chromium's browser-UI renderer (MB)": peakMemory.ui
			? Math.round(peakMemory.ui)
			: 'none (its address-bar popups are turned off, as in the tests: tests/chromium-features.mjs; before, about 157 MB)',
		[`first page JavaScript (KB gzip) [goal ≤ ${GOALS.firstPageKb}]`]: firstPageJs().gzipKb.toFixed(1),
		'BG/NBD fitted in the browser (weeks)': fitted
			? `r ${fitted.r}, α ${fitted['α']} (${(Number(String(fitted['α']).replace(/,/g, '')) * 7).toFixed(1)} in days), a ${fitted.a}, b ${fitted.b}`
			: 'n/a',
		'generator truth (days)':
			'r 0.9, α 60 (≈62.9 after whole-day rounding, see src/lib/models/README.md), a 0.8, b 3'
	});
	figures._allOnScreen = (tAll - t0) / 1000;
	figures._goals = {
		reopen: tReopen / 1000,
		longestTask: Math.max(0, ...allLongTasks),
		longestCpuMs,
		memory: peakMemory,
		threads: threadsWhenAllShown,
		blankMemory,
		memoryGoal: memoryGoal(rows),
		rows,
		firstPageJs: firstPageJs().gzipKb
	};
	figures._clv = tClv ? (tClv - t0) / 1000 : null;
} finally {
	await browser.close();
	preview.stop();
}

let peerSeconds = NaN;
if (!options['no-peer']) {
	const python = '/usr/bin/python3';
	const peer = join(ROOT, '../shared/bench/peer_pandas.py');
	if (!existsSync(peer)) {
		figures['peer'] = `not run: ${peer} is missing`;
	} else {
		try {
			const out = execFileSync(python, [peer, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
			const total = Number(/total=([\d.]+)s/.exec(out)?.[1]);
			peerSeconds = total;
			figures['pandas + scipy peer, same file (s)'] = total.toFixed(2);
			figures['peer details'] = out.trim().split('\n').pop();
			// The SPEC §7 goals are ratios to the peer: absolute times move with the machine.
			figures[ALL_RATIO] = (figures._allOnScreen / total).toFixed(2);
			figures[CLV_RATIO] = figures._clv ? (figures._clv / total).toFixed(2) : 'n/a';
		} catch (error) {
			figures['peer'] =
				`not run (${error.message.split('\n')[0]}): apt-get install -y python3-pandas python3-scipy`;
		}
	}
}
const measured = figures._goals;
const ratios = {
	onScreen: Number(figures[ALL_RATIO]),
	clv: Number(figures[CLV_RATIO])
};
const seconds = { allOnScreen: figures._allOnScreen, clv: figures._clv };
delete figures._allOnScreen;
delete figures._clv;
delete figures._goals;
if (options['no-peer'])
	figures['peer'] = options.shopify
		? 'not run for --shopify (the peer reads four plain columns, not line items): no ratios this run'
		: 'skipped (--no-peer): the peer was not run, so no ratios this run';

let bootstrapLines = null;
if (options.bootstrap) {
	try {
		const out = execFileSync(process.execPath, [join(ROOT, 'tests/bench/bootstrap.mjs'), '--runs', '1'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit']
		});
		bootstrapLines = out
			.split('\n')
			.filter((line) => /bootstrap [\d.]+ s/.test(line))
			.map((line) => {
				const [, data, n, seconds] = /^\s*(\S+)\s+([\d,]+) customers.*bootstrap ([\d.]+) s/.exec(line) ?? [];
				return { data, customers: Number(String(n).replace(/,/g, '')), seconds: Number(seconds) };
			});
	} catch (error) {
		bootstrapLines = [{ error: error.message.split('\n')[0] }];
	}
}
/**
 * The tab's RSS over the run: the peak of each `step` seconds (from the file chosen), with the marks
 * (seconds after the file was chosen) that fall in it, and the overall peak's time.
 */
function printMemoryTimeline(samples, nodeT0, marks, step) {
	const points = samples.map((s) => ({ at: (s.at - nodeT0) / 1000, tab: s.tab }));
	const peak = points.reduce((a, b) => (b.tab > a.tab ? b : a));
	console.log(`\nTab memory timeline (s after the file was chosen: peak RSS MB in each ${step.toFixed(2)} s)`);
	const first = Math.floor(Math.min(0, ...points.map((p) => p.at)) / step);
	const last = Math.floor(Math.max(...points.map((p) => p.at)) / step);
	for (let k = first; k <= last; k++) {
		const inStep = points.filter((p) => Math.floor(p.at / step) === k);
		if (inStep.length === 0) continue;
		const mb = Math.max(...inStep.map((p) => p.tab));
		const here = marks.filter((m) => Math.floor(m.at / step) === k).map((m) => m.label);
		const bar = '#'.repeat(Math.round(mb / 20));
		console.log(
			`  ${(k * step).toFixed(2).padStart(6)} ${String(Math.round(mb)).padStart(5)} ${bar.padEnd(40)} ${here.join('; ')}`
		);
	}
	console.log(`  peak ${Math.round(peak.tab)} MB at ${peak.at.toFixed(2)} s`);
}

/** SPEC §7's tab-memory goal for a file of this many orders: 1.15 M, about 5 M, about 20 M. */
function memoryGoal(orders) {
	return orders <= 2_000_000 ? 500 : orders <= 8_000_000 ? 800 : 2048;
}

const cpu = cpus();
// The middle of three: the first touch of fresh memory varies with what the host does meanwhile.
const freshMs = [freshMemoryMs(), freshMemoryMs(), freshMemoryMs()].sort((a, b) => a - b)[1];
const machine = `${cpu.length} cores, ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg()[0].toFixed(2)} at the end, Node ${process.version}`;
console.log(`\nRetention Lab benchmark (headless Chromium) on ${machine}`);
console.log(
	`  fresh memory: Node allocates and touches 256 MB in ${Math.round(freshMs)} ms (tens of ms on most machines; ` +
		'far more where the machine gives freed memory back to its host, and then every allocation of the run is slower)'
);
for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(66)} ${value}`);

// Every SPEC §7 goal with its figure from this run: met, missed, or why it was not measured.
const verdict = (ok) => (ok ? 'met' : 'NOT met');
const noPeer = options['no-peer'] ? 'not measured: --no-peer' : 'not measured: the peer did not run';
const goals = [
	[
		`file chosen → KPIs, cohorts and segments on screen ≤ ${GOALS.allRatio} × peer`,
		Number.isFinite(ratios.onScreen)
			? `${ratios.onScreen.toFixed(2)} × peer, ${verdict(ratios.onScreen <= GOALS.allRatio)}`
			: noPeer
	],
	[
		`file chosen → CLV table on screen ≤ ${GOALS.clvRatio} × peer`,
		Number.isFinite(ratios.clv)
			? `${ratios.clv.toFixed(2)} × peer, ${verdict(ratios.clv <= GOALS.clvRatio)}`
			: noPeer
	],
	measured
		? [
				`reopen page → KPIs ≤ ${GOALS.reopenSeconds} s`,
				`${measured.reopen.toFixed(2)} s, ${verdict(measured.reopen <= GOALS.reopenSeconds)}`
			]
		: null,
	measured
		? [
				`no main-thread task over ${GOALS.longestTaskMs} ms`,
				`${measured.longestTask > 0 ? `longest ${Math.round(measured.longestTask)} ms` : 'none over 50 ms'}, ${verdict(measured.longestTask <= GOALS.longestTaskMs)}` +
					(measured.longestCpuMs === null
						? ''
						: ` (traced: the longest CPU time of a task over 50 ms was ${measured.longestCpuMs} ms)`)
			]
		: null,
	measured
		? [
				`peak tab memory ≤ ${measured.memoryGoal} MB at ${measured.rows.toLocaleString('en-GB')} ${options.shopify ? 'rows (line items)' : 'orders'}`,
				`tab's renderer ${Math.round(measured.memory.tab)} MB, ${verdict(measured.memory.tab <= measured.memoryGoal)}; ` +
					`all renderers summed ${Math.round(measured.memory.summed)} MB, ${verdict(measured.memory.summed <= measured.memoryGoal)} ` +
					`(${Math.round(measured.blankMemory.summed)} MB of it before the site loaded, with a blank page)`
			]
		: null,
	measured
		? [
				`first page JavaScript ≤ ${GOALS.firstPageKb} KB gzip`,
				`${measured.firstPageJs.toFixed(1)} KB, ${verdict(measured.firstPageJs <= GOALS.firstPageKb)}`
			]
		: null,
	...(bootstrapLines
		? bootstrapLines.map((b) =>
				b.error
					? ['bootstrap, 100 replicates', `not measured: ${b.error}`]
					: [
							`bootstrap, 100 replicates, ${b.customers.toLocaleString('en-GB')} ${b.data} customers ≤ ${b.customers <= 10_000 ? 10 : 60} s`,
							`${b.seconds.toFixed(2)} s, ${verdict(b.seconds <= (b.customers <= 10_000 ? 10 : 60))}`
						]
			)
		: [
				[
					'bootstrap, 100 replicates ≤ 10 s at 4,300 customers, ≤ 60 s at 250,000',
					'not measured here: --bootstrap (or npm run bench:bootstrap)'
				]
			])
].filter(Boolean);
console.log(
	`\nSPEC §7 goals (load ${loadAtStart.toFixed(2)} at the start: figures on a busy machine are not comparable)`
);
for (const [goal, result] of goals) console.log(`  ${goal.padEnd(80)} ${result}`);

if (options['figures-json']) {
	// For the summary of --runs (runs.mjs): this run's figures as numbers (NaN, written null: not measured).
	const numbers = {
		// (Without this run's load at the end: the summary prints each run's load at the start.)
		machine: machine.replace(/, load [\d.]+ at the end/, ''),
		file: `${file} (${megabytes.toFixed(1)} MB)`,
		loadAtStart,
		freshMemoryMs: freshMs,
		peerSeconds,
		allSeconds: seconds.allOnScreen,
		clvSeconds: seconds.clv,
		allRatio: ratios.onScreen,
		clvRatio: ratios.clv,
		reopenSeconds: measured?.reopen,
		longestTaskMs: measured?.longestTask,
		tabMb: measured?.memory.tab,
		summedMb: measured?.memory.summed,
		memoryGoal: measured?.memoryGoal,
		firstPageKb: measured?.firstPageJs,
		// The limits this run judged by (runs.mjs has none of its own).
		limits: { ...GOALS, tabMb: measured?.memoryGoal, summedMb: measured?.memoryGoal }
	};
	writeFileSync(options['figures-json'], JSON.stringify(numbers));
}

if (measured?.threads) {
	const rows = measured.threads;
	const sum = (key) => rows.reduce((total, r) => total + r[key], 0);
	console.log(
		'\nChromium threads from the file chosen until all is on screen (CPU s, user + system; minor page faults)'
	);
	console.log(
		`  ${'process'.padEnd(22)} ${'thread'.padEnd(26)} ${'user'.padStart(6)} ${'system'.padStart(7)} ${'faults'.padStart(9)}`
	);
	for (const r of rows.filter((r) => r.user + r.system >= 0.02 || r.faults >= 1000)) {
		console.log(
			`  ${r.kind.padEnd(22)} ${r.thread.padEnd(26)} ${r.user.toFixed(2).padStart(6)} ${r.system.toFixed(2).padStart(7)} ${String(r.faults).padStart(9)}`
		);
	}
	console.log(
		`  ${'all'.padEnd(49)} ${sum('user').toFixed(2).padStart(6)} ${sum('system').toFixed(2).padStart(7)} ${String(sum('faults')).padStart(9)}`
	);
}
