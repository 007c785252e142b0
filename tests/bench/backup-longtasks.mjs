// Long tasks (PerformanceObserver 'longtask': main-thread tasks over 50 ms) and memory on the Data
// page while a backup of a large data set is made and while it is restored (issue 14: none over 50 ms
// anywhere, and the tab within its memory goal at every step, a backup's included). Imports a
// generated orders file, downloads a backup, restores it, and prints each phase's long tasks (count,
// longest and total ms) and the peak RSS of the tab's renderer (the page and its workers) and of all
// renderers summed, beside their RSS when the phase began. Runs against the last build (served by
// `vite preview`; a build with BASE_PATH needs the same BASE_PATH here).
// usage: node tests/bench/backup-longtasks.mjs [CUSTOMERS=50000]
import { existsSync, statSync } from 'node:fs';
import { launch, memorySampler, rendererMemory, startPreview } from './browser.mjs';
import { defaultOrdersFile, generateOrders } from './generate.mjs';

const customers = Number(process.argv[2] ?? 50_000);
const file = defaultOrdersFile(customers);
if (!existsSync(file)) await generateOrders(customers, file);

const preview = await startPreview();
const browser = await launch();
try {
	const page = await browser.newPage({ acceptDownloads: true });
	await page.addInitScript(() => {
		const tasks = [];
		Object.assign(window, { longTasks: tasks });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	const base = (process.env.BASE_PATH ?? '').replace(/^\/?/, '').replace(/\/?$/, '/').replace(/^\/$/, '');
	await page.goto(`${preview.url}${base}data`);
	await page.locator('[data-testid="file-input"][data-ready]').waitFor({ state: 'attached' });
	await page.getByTestId('file-input').setInputFiles(file);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await page.getByTestId('import-report').waitFor({ timeout: 600_000 });
	const orders = await page.evaluate(
		() =>
			new Promise((resolve) => {
				const open = indexedDB.open('retention-lab');
				open.onsuccess = () => {
					const read = open.result.transaction(['datasets', 'datasetMetrics']);
					const datasets = read.objectStore('datasets').getAll();
					const metrics = read.objectStore('datasetMetrics').count();
					read.oncomplete = () => {
						resolve({ orders: datasets.result.map((d) => d.orderCount), figures: metrics.result });
						open.result.close();
					};
				};
			})
	);
	console.log(`data set stored: ${JSON.stringify(orders)} (orders; stored figure records)`);

	const mb = (value) => Math.round(value);
	/** Runs `action` and gives the long tasks that started meanwhile, and the renderers' memory. */
	const during = async (action) => {
		await page.waitForTimeout(1000); // let the page settle: earlier work is not counted
		const from = await page.evaluate(() => performance.now());
		const before = rendererMemory();
		const memory = memorySampler();
		const started = Date.now();
		// (Stopped on a failure too: its timer would keep the script from ending.)
		let peak;
		try {
			await action();
		} finally {
			peak = memory.stop();
		}
		const wallMs = Date.now() - started;
		await page.waitForTimeout(500); // a task still running when the action ended is reported at its end
		const tasks = await page.evaluate((t) => window.longTasks.filter((task) => task.start >= t), from);
		const durations = tasks.map((t) => t.duration);
		return {
			wallMs,
			count: tasks.length,
			longestMs: Math.round(Math.max(0, ...durations)),
			totalMs: Math.round(durations.reduce((a, b) => a + b, 0)),
			memory: { before, peak }
		};
	};

	let backupPath = '';
	const backup = await during(async () => {
		const download = page.waitForEvent('download', { timeout: 600_000 });
		await page.getByRole('button', { name: 'Download backup' }).click();
		backupPath = await (await download).path();
	});
	const check = await during(async () => {
		await page.getByTestId('restore-input').setInputFiles(backupPath);
		await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).waitFor({ timeout: 600_000 });
	});
	const restore = await during(async () => {
		await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
		await page.getByRole('status').filter({ hasText: 'Backup restored' }).waitFor({ timeout: 600_000 });
	});
	for (const [phase, r] of Object.entries({ backup, check, restore }))
		console.log(
			`${phase.padEnd(8)} ${String(r.wallMs).padStart(6)} ms: ${r.count} long tasks, longest ${r.longestMs} ms, total ${r.totalMs} ms; ` +
				`tab's renderer peak ${mb(r.memory.peak.tab)} MB (${mb(r.memory.before.tab)} at the start), ` +
				`all renderers summed peak ${mb(r.memory.peak.summed)} MB (${mb(r.memory.before.summed)})`
		);
	console.log(`backup file: ${(statSync(backupPath).size / 2 ** 20).toFixed(1)} MB`);
} finally {
	await browser.close();
	preview.stop();
}
