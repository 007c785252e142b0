import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, testInOwnContext as test } from './support/test';
import { join } from 'node:path';
import { nextDeployment, startSwitchServer, type SwitchServer } from './support/switch-server';
import { fixture, chooseFiles } from './support/import';
import { SETTLE_MS } from '../../src/lib/offline/registration';

// This file tests what the service worker does (offline, updates, its requests): let it register.
test.use({ serviceWorkers: 'allow' });

/**
 * A new version deployed while a tab is open, and database versions meeting: the built site is
 * served by a server that switches, on one origin, from this build to the next deployment of it
 * (another version; in one case without the old hashed worker files). The database cases open
 * the app's database from the page at another version, as another tab's code would.
 */

const BUILD = join(import.meta.dirname, '../../build');
const OUTPUT = join(import.meta.dirname, '../.output/update');
let server: SwitchServer;

test.beforeAll(async () => {
	// Served where the build expects to live: the root, or the sub-path it was built for.
	server = await startSwitchServer(BUILD, (process.env.BASE_PATH ?? '').replace(/\/+$/, ''));
});
test.afterAll(async () => server?.close());
test.beforeEach(() => server.serve(BUILD));

async function controlled(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

test('an open tab learns of a new version, keeps its own until the user reloads, then runs the new one', async ({
	page
}) => {
	const next = nextDeployment(BUILD, join(OUTPUT, 'next'));
	await page.clock.install();
	await page.goto(server.url);
	// The app registers its worker SETTLE_MS after the load, once the page is quiet: those seconds
	// pass at once on the page's clock (the registration is the app's own, as on any first visit).
	await page.clock.fastForward(SETTLE_MS);
	await controlled(page);
	const oldCaches = await page.evaluate(() => caches.keys());
	expect(oldCaches).toHaveLength(1);

	server.serve(next);
	await expect(page.getByTestId('notice-update')).toHaveCount(0);
	// The version is asked for every few minutes.
	await page.clock.fastForward('05:01');
	const notice = page.getByTestId('notice-update');
	await expect(notice).toContainText('A new version of Retention Lab is ready.');
	// The new service worker installs beside the old one and waits: the tab keeps its version and cache.
	await expect
		.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting))
		.toBe(true);
	expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining(oldCaches));
	expect(await page.evaluate(() => caches.keys())).toHaveLength(2);

	const reloaded = page.waitForEvent('load');
	await notice.getByRole('button', { name: 'Reload' }).click();
	await reloaded;
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// The new version took over, and only then was the old cache deleted.
	await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([expect.not.stringMatching(oldCaches[0])]);
	await expect(page.getByTestId('notice-update')).toHaveCount(0);
	expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
});

test.describe('with the old worker files gone from the server', () => {
	test.use({ serviceWorkers: 'block' });

	test('the import and the analysis say the app was updated, for every request, once', async ({ page }) => {
		const gone = nextDeployment(BUILD, join(OUTPUT, 'gone'), { dropWorkers: true });
		await page.goto(`${server.url}data`);
		// A data set stored earlier (analysed below, on a page reached without a reload).
		await page.evaluate(async () => {
			const database = await new Promise<IDBDatabase>((resolve) => {
				const request = indexedDB.open('retention-lab');
				request.onsuccess = () => resolve(request.result);
			});
			const tx = database.transaction(['datasets', 'orderChunks', 'datasetStrings'], 'readwrite');
			const report = { customers: 1, firstDay: 19000, lastDay: 19001, revenue: 3, currency: 'EUR', warnings: [] };
			tx.objectStore('datasets').put({
				id: 1,
				name: 'Shop',
				kind: 'orders',
				createdAt: 1,
				orderCount: 2,
				customerCount: 1,
				firstDay: 19000,
				lastDay: 19001,
				revenue: 3,
				currency: 'EUR',
				byteSize: 1,
				chunkCount: 1,
				dimensions: [],
				hasOrderIds: false,
				report
			});
			tx.objectStore('orderChunks').put({
				datasetId: 1,
				index: 0,
				count: 2,
				customer: Int32Array.of(0, 0),
				day: Int32Array.of(19000, 19001),
				amount: Float64Array.of(1, 2)
			});
			tx.objectStore('datasetStrings').put({ datasetId: 1, key: 'customers', values: ['a'] });
			await new Promise((resolve) => (tx.oncomplete = resolve));
			database.close();
		});
		await page.reload();
		await expect(page.locator('[data-testid="file-input"][data-ready]')).toBeAttached();
		server.serve(gone);

		await chooseFiles(page, fixture('orders/woocommerce_orders.csv'));
		const error = page.getByTestId('import-error');
		// An import worker the Data page started once idle, before the update, still reads the file
		// (its code is the page's version); the next files need a worker of their own, which is gone.
		await expect(page.getByTestId('start-import').or(error)).toBeVisible();
		if (await page.getByTestId('start-import').isVisible()) {
			await page.getByRole('button', { name: 'Choose other files' }).click();
			await chooseFiles(page, fixture('orders/woocommerce_orders.csv'));
		}
		await expect(error).toContainText('Retention Lab was updated — reload the page.');
		await expect(error).not.toContainText('could not be saved');
		await expect(page.getByTestId('notice-code-gone')).toBeVisible();
		// Once more: it fails at once, with the same message.
		await chooseFiles(page, fixture('orders/woocommerce_orders.csv'));
		await expect(error).toContainText('Retention Lab was updated — reload the page.');

		await page.getByRole('link', { name: 'Analysis', exact: true }).click();
		const failed = page.getByRole('alert').filter({ hasText: 'The analysis failed' });
		await expect(failed).toHaveText('The analysis failed: Retention Lab was updated — reload the page.');
		// A later request (a settings change) fails the same way instead of waiting for ever.
		await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption('year');
		await expect(failed).toHaveText('The analysis failed: Retention Lab was updated — reload the page.');
		expect(
			server.log.filter((entry) => entry.status === 404 && entry.path.includes('/workers/')).length
		).toBeGreaterThan(0);
	});
});

test.describe('database versions', () => {
	test.use({ serviceWorkers: 'block' });

	test('another tab upgrading the database: this one stops writing and asks for a reload', async ({ page }) => {
		await page.goto(`${server.url}planner`);
		await expect(page.locator('.checklist[data-ready]')).toBeAttached();
		await page.evaluate(
			() =>
				new Promise<void>((resolve) => {
					const request = indexedDB.open('retention-lab', 1000);
					request.onsuccess = () => (request.result.close(), resolve());
				})
		);
		await expect(page.getByTestId('notice-upgraded')).toContainText('Retention Lab was updated in another tab.');
		const card = page.locator('#tactic-win-back-email');
		await card.getByLabel('Status').selectOption('Done');
		await expect(card.getByRole('status')).toHaveText('This change could not be saved in this browser.');
	});

	test('an upgrade waiting for another tab says so, and goes through when that tab closes', async ({
		page,
		context
	}) => {
		await page.goto(`${server.url}404`);
		await page.evaluate(
			() =>
				new Promise<void>((resolve) => {
					const request = indexedDB.open('retention-lab', 10);
					request.onupgradeneeded = () =>
						request.result.createObjectStore('scenarios', { keyPath: 'id', autoIncrement: true });
					// The old tab does not let go when asked.
					request.onsuccess = () => (
						((window as unknown as { held: IDBDatabase }).held = request.result),
						resolve()
					);
				})
		);
		const other = await context.newPage();
		await other.goto(`${server.url}planner`);
		await expect(other.getByTestId('notice-blocked')).toContainText('Close the other tabs to finish the update.');
		await page.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
		await expect(other.getByTestId('notice-blocked')).toHaveCount(0);
		await expect(other.locator('.checklist[data-ready]')).toBeAttached();
	});

	test('a database newer than the code (a rollback): nothing is written, the reason is given, a backup offered', async ({
		page
	}) => {
		await page.goto(`${server.url}404`);
		await page.evaluate(
			() =>
				new Promise<void>((resolve) => {
					const request = indexedDB.open('retention-lab', 110);
					request.onupgradeneeded = () => {
						const db = request.result;
						const store = (
							name: string,
							keyPath: string | string[] | null,
							indexes: string[] = [],
							auto = false
						) => {
							const s = db.createObjectStore(name, { keyPath, autoIncrement: auto });
							for (const index of indexes) {
								const compound = index.startsWith('&[');
								const path = compound ? index.slice(2, -1).split('+') : index;
								s.createIndex(compound ? index.slice(1) : index, path, { unique: compound });
							}
						};
						store('scenarios', 'id', ['calculator', '&[calculator+name]', 'updatedAt'], true);
						store('datasets', 'id', ['createdAt', 'name'], true);
						store('orderChunks', ['datasetId', 'index'], ['datasetId']);
						store('datasetStrings', ['datasetId', 'key'], ['datasetId']);
						store('summaries', 'datasetId');
						store('plan', 'tacticId', ['status', 'updatedAt']);
						store('datasetMetrics', 'datasetId', ['computedAt']);
						store('orderIdChunks', ['datasetId', 'index'], ['datasetId']);
						store('analysisCache', ['datasetId', 'key'], ['datasetId']);
						store('keyedOrderChunks', null);
						store('keyedOrderIdChunks', null);
						store('newerThings', 'id');
					};
					request.onsuccess = () => (request.result.close(), resolve());
				})
		);
		await page.goto(`${server.url}planner`);
		await expect(page.locator('.checklist[data-ready]')).toBeAttached();
		const notice = page.getByTestId('notice-newer');
		await expect(notice).toContainText('saved by a newer version of Retention Lab (database version 11;');
		const card = page.locator('#tactic-win-back-email');
		await card.getByLabel('Status').selectOption('Done');
		await expect(card.getByRole('status')).toHaveText('This change could not be saved in this browser.');
		const download = page.waitForEvent('download');
		// Every stored table is read and written out in a worker, not on the page's main thread.
		const backupWorker = page.waitForEvent('worker', (worker) => worker.url().includes('backup.worker'));
		await notice.getByRole('button', { name: 'Download a backup' }).click();
		await backupWorker;
		const file = readFileSync((await (await download).path())!);
		expect((await download).suggestedFilename()).toMatch(/^retention-lab-backup-.*\.rlbackup$/);
		// The database as stored: its version, the table only the newer code knows included.
		const header = JSON.parse(file.subarray(12, 12 + file.readUInt32LE(8)).toString('utf8'));
		expect(header).toMatchObject({ schemaVersion: 11, counts: { newerThings: 0 } });
		const version = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const request = indexedDB.open('retention-lab');
					request.onsuccess = () => (resolve(request.result.version), request.result.close());
				})
		);
		expect(version).toBe(110);
	});
});
