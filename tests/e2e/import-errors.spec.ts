import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { MALFORMED } from '../fixtures/malformed/cases';
import { chooseFiles, fileOnDisk, fixture, importFiles } from './support/import';

/**
 * A valid orders CSV written to disk: choosing a file by its path costs nothing, where a buffer
 * would be copied into the browser first. It need not be large: the tests that cancel or close an
 * import hold the data sets' table (`holdDatasets`), so the import cannot finish before they act.
 */
function ordersCsv(testInfo: TestInfo, rows = 100_000): string {
	const lines = ['order_id,customer_id,order_date,total'];
	for (let i = 0; i < rows; i++)
		lines.push(`${i},C${i % 50000},2023-${String((i % 12) + 1).padStart(2, '0')}-15,${(i % 97) + 0.5}`);
	return fileOnDisk(testInfo, 'big.csv', lines.join('\n') + '\n');
}

/**
 * Progress of an import under way: rows read, or orders saved. With the data sets' table held, the
 * file may be read whole while its orders wait to be stored ("0 of 100,000 orders saved"): any count
 * says the import is running, and the hold says it has not finished.
 */
const UNDER_WAY = /[\d,]+ (rows read|of [\d,]+ orders saved)/;

/**
 * Holds the data sets' table with a write transaction of the page's own, kept open by a chain of
 * reads, until the returned function is called: an import then waits to store its orders, so it
 * is surely still under way when the test acts on it (on a fast or lightly loaded machine it could
 * otherwise finish first; slowing the CPU down did not make sure of that). The page's reads of the
 * table wait too (the data-set list is read again once it is let go).
 */
async function holdDatasets(page: Page): Promise<() => Promise<void>> {
	await page.evaluate(
		() =>
			new Promise<void>((held, failed) => {
				const open = indexedDB.open('retention-lab');
				open.onerror = () => failed(open.error);
				open.onsuccess = () => {
					const database = open.result;
					database.onversionchange = () => database.close();
					const store = database.transaction('datasets', 'readwrite').objectStore('datasets');
					const state = window as unknown as { __datasetsHeld: boolean };
					state.__datasetsHeld = true;
					const keepOpen = () => {
						if (state.__datasetsHeld) store.get(-1).onsuccess = keepOpen;
						else database.close();
					};
					keepOpen();
					held();
				};
			})
	);
	return () => page.evaluate(() => void ((window as unknown as { __datasetsHeld: boolean }).__datasetsHeld = false));
}

/** The names in the data-set list, which a live query fills: read only with web-first assertions. */
function datasetNames(page: Page): Locator {
	return page.getByTestId('dataset-row').getByRole('rowheader');
}

test('every malformed file gets its own message and leaves the stored data sets untouched', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('./data');
	await importFiles(page, fixture('orders/woocommerce_orders.csv'), 'Existing shop');
	await page.getByRole('button', { name: 'Import another file' }).click();

	const seen = new Set<string>();
	for (const c of MALFORMED) {
		await chooseFiles(page, fixture(`malformed/${c.file}`));
		if ('error' in c) {
			const review = page.getByRole('heading', { name: 'Check how the file will be read' });
			const error = page.getByTestId('import-error');
			await expect(review.or(error)).toBeVisible();
			const importButton = page.getByRole('button', { name: 'Import', exact: true });
			if (c.error === 'missingColumns') {
				// Columns that cannot be found are asked for in the review, and Import waits for them.
				await expect(importButton).toBeDisabled();
				const alert = page.getByRole('alert');
				await expect(alert).toHaveText(
					'Choose a column for: Customer (id or e-mail), Order date, Order total.'
				);
				seen.add(await alert.innerText());
				await page.getByRole('button', { name: 'Choose other files' }).click();
				await expect(datasetNames(page)).toHaveText(['Existing shop']);
				continue;
			}
			if (c.error === 'noDates') {
				// A date column none of whose sample values is a date is said in the review: Import waits.
				await expect(importButton).toBeDisabled();
				await expect(page.getByTestId('dates-unreadable')).toContainText('can be read');
				const why = page.getByTestId('start-import-blocked');
				await expect(why).toContainText(/^Import is off: no date in column “\w+” of “/);
				seen.add(await why.innerText());
				await page.getByRole('button', { name: 'Choose other files' }).click();
				await expect(datasetNames(page)).toHaveText(['Existing shop']);
				continue;
			}
			// Errors found while reading the whole file show after Import is pressed.
			if (await review.isVisible()) await importButton.click();
			await expect(error, c.file).toHaveAttribute('data-code', c.error);
			const text = await error.innerText();
			expect(text).toContain('Nothing was saved; your existing data sets are unchanged.');
			expect(text, c.file).not.toMatch(/undefined|NaN|\[object/);
			if (c.message) await expect(error.locator('p').first(), c.file).toHaveText(c.message);
			seen.add(await error.locator('p').first().innerText());
		} else {
			await page.getByRole('button', { name: 'Import', exact: true }).click();
			await expect(page.getByTestId('report-ordersKept')).toHaveText(String(c.ordersKept));
			if (c.customers !== undefined)
				await expect(page.getByTestId('report-customers')).toHaveText(String(c.customers));
			if (c.warning) await expect(page.getByTestId(`report-warning-${c.warning}`)).toBeVisible();
			if (c.warning && c.message)
				await expect(page.getByTestId(`report-warning-${c.warning}`), c.file).toHaveText(c.message);
			await page
				.getByTestId('dataset-row')
				.filter({ hasNotText: 'Existing shop' })
				.getByRole('button', { name: /^Delete/ })
				.click();
			await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
			await page.getByRole('button', { name: 'Import another file' }).click();
		}
		await expect(datasetNames(page)).toHaveText(['Existing shop']);
	}
	// The messages are specific, not one generic text for every problem.
	expect(seen.size).toBeGreaterThanOrEqual(25);

	await page.reload();
	await expect(datasetNames(page)).toHaveText(['Existing shop']);
});

test('a file that cannot be imported, chosen with good ones, is left out by name; the others are imported', async ({
	page
}) => {
	await page.goto('./data');
	await chooseFiles(page, [fixture('orders/woocommerce_orders.csv'), fixture('malformed/workbook.xlsx')]);
	const refused = page.getByTestId('refused-files');
	await expect(refused).toContainText('These files cannot be imported and are left out:');
	await expect(refused.getByRole('listitem')).toHaveText([/^workbook\.xlsx is an Excel workbook \(\.xlsx\)/]);
	await expect(page.getByTestId('ready-files')).toHaveText(
		'Ready to import: “woocommerce_orders.csv”. Import reads these alone, without the files above; or choose other files.'
	);
	await expect(page.getByRole('heading', { name: /^File \d+:/ })).toHaveText(['File 1: woocommerce_orders.csv']);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('report-left-out')).toHaveText(
		/^“workbook\.xlsx” was left out of this data set: it could not be imported\. workbook\.xlsx is an Excel workbook/
	);
	await expect(datasetNames(page)).toHaveText(['woocommerce_orders']);
});

test('a date column with no date that can be read keeps Import off, with why, until another is chosen', async ({
	page
}, testInfo) => {
	await page.goto('./data');
	const text =
		'order_id,customer_email,order_date,paid_at,total\n' +
		'300,u0@ex.com,yesterday,2025-01-05,10.00\n301,u1@ex.com,31/31/2025,2025-01-06,11.00\n' +
		'302,u0@ex.com,2025-13-45,2025-02-07,12.00\n';
	await chooseFiles(page, fileOnDisk(testInfo, 'no-dates.csv', text));
	await expect(page.getByTestId('dates-unreadable')).toHaveText(
		'No date in the sample of column “order_date” can be read: “yesterday” (row 2), like every other value there, is not a date, so every row would be skipped. Choose the column that holds the order dates under Columns below.'
	);
	const importButton = page.getByRole('button', { name: 'Import', exact: true });
	await expect(importButton).toBeDisabled();
	await expect(importButton).toHaveAccessibleDescription(
		'Import is off: no date in column “order_date” of “no-dates.csv” can be read (for example “yesterday”). Choose the column that holds the order dates (under Columns above).'
	);
	await page.locator('#file-0-date').selectOption({ label: 'paid_at' });
	await expect(page.getByTestId('dates-unreadable')).toBeHidden();
	await expect(importButton).toBeEnabled();
	await importButton.click();
	await expect(page.getByTestId('report-ordersKept')).toHaveText('3');
});

test('one line of tens of megabytes and 100,000 columns are refused by name', async ({ page }, testInfo) => {
	await page.goto('./data');
	await chooseFiles(page, fileOnDisk(testInfo, 'one-line.csv', Buffer.alloc(30 * 1024 * 1024, 'a')));
	await expect(page.getByTestId('import-error')).toHaveAttribute('data-code', 'lineTooLong');
	await expect(page.getByTestId('import-error')).toContainText('Row 1 of one-line.csv is longer than 256 KB');

	// A header, then one line of tens of megabytes: the line is too long (not "a header row but no data rows").
	const headed = 'order_id,customer_id,order_date,total\n' + '1,'.repeat(15 * 1024 * 1024);
	await chooseFiles(page, fileOnDisk(testInfo, 'header-and-one-line.csv', headed));
	await expect(page.getByTestId('import-error')).toHaveAttribute('data-code', 'lineTooLong');
	await expect(page.getByTestId('import-error')).toContainText(
		'Row 2 of header-and-one-line.csv is longer than 256 KB'
	);

	const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',');
	await chooseFiles(page, fileOnDisk(testInfo, 'wide.csv', header + '\n' + header + '\n'));
	await expect(page.getByTestId('import-error')).toHaveAttribute('data-code', 'tooManyColumns');
});

test('Cancel stops an import, keeps the page usable and stores nothing', async ({ page }, testInfo) => {
	await page.goto('./data');
	await importFiles(page, fixture('orders/shopify_orders.csv'), 'Existing shop');
	await page.getByRole('button', { name: 'Import another file' }).click();

	// The import cannot store its orders until the test lets it: it is surely under way at Cancel.
	const release = await holdDatasets(page);
	await chooseFiles(page, ordersCsv(testInfo));
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
	await expect(page.getByTestId('import-progress')).toContainText(UNDER_WAY);
	// The page answers while the worker works: the navigation menu still works.
	await expect(page.getByRole('link', { name: 'Calculators' })).toBeEnabled();
	await page.getByRole('button', { name: 'Cancel import' }).click();
	await release();
	await expect(
		page.getByText('Import cancelled. Nothing was saved and your other data sets are unchanged.')
	).toBeVisible();
	await expect(datasetNames(page)).toHaveText(['Existing shop']);
	await page.reload();
	await expect(datasetNames(page)).toHaveText(['Existing shop']);
});

test('closing the tab in the middle of an import leaves no partial data set', async ({ page, context }, testInfo) => {
	await page.goto('./data');
	await importFiles(page, fixture('orders/shopify_orders.csv'), 'Existing shop');
	await page.getByRole('button', { name: 'Import another file' }).click();
	// Held as in the Cancel test: the tab surely closes while the import is under way.
	await holdDatasets(page);
	await chooseFiles(page, ordersCsv(testInfo));
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-progress')).toContainText(UNDER_WAY);
	await page.close({ runBeforeUnload: false });

	const next = await context.newPage();
	await next.goto('./data');
	await expect(next.getByTestId('dataset-row')).toHaveCount(1);
	await expect(datasetNames(next)).toHaveText(['Existing shop']);
});

// A review found "Imported" beside the alert that another tab had deleted everything (2 of 5 tries):
// the data set had gone with the rest, and its link led nowhere.
test('an import whose data set another tab then deletes with everything is not left saying "Imported"', async ({
	page
}) => {
	await page.goto('./data');
	await importFiles(page, fixture('orders/shopify_orders.csv'), 'Soon gone');
	await expect(page.getByRole('link', { name: 'Analyse this data set' })).toBeVisible();
	// Another tab's "Delete everything" deletes the database (wipe.ts): this tab's connection is asked to close.
	await page.evaluate(
		() =>
			new Promise<void>((deleted, failed) => {
				const request = indexedDB.deleteDatabase('retention-lab');
				request.onsuccess = () => deleted();
				request.onerror = () => failed(request.error);
			})
	);
	await expect(page.getByTestId('import-deleted-since')).toHaveText(
		'“Soon gone” was stored, then deleted with all the data of this app in another tab. Reload the page to import again.'
	);
	await expect(page.getByRole('link', { name: 'Analyse this data set' })).toHaveCount(0);
	await expect(page.getByText('Imported “Soon gone”')).toHaveCount(0);
});

test('a backup restores data sets after everything was deleted; a bad backup changes nothing', async ({ page }) => {
	await page.goto('./data');
	await importFiles(page, fixture('orders/uci_online_retail.csv'), 'UCI');
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download backup' }).click();
	const backupPath = (await (await downloadPromise).path())!;

	await page.getByTestId('dataset-row').getByRole('button', { name: 'Delete UCI' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByTestId('dataset-row')).toHaveCount(0);

	await page.getByTestId('restore-input').setInputFiles(fixture('orders/shopify_orders.csv'));
	await expect(page.getByRole('alert')).toHaveText('This file is not a Retention Lab backup.');

	// The same backup with its header edited (the data set's order count): refused, nothing changed.
	const file = readFileSync(backupPath);
	const length = file.readUInt32LE(8);
	const header = JSON.parse(file.subarray(12, 12 + length).toString('utf8'));
	header.tables.datasets[0].orderCount += 3;
	const json = Buffer.from(JSON.stringify(header));
	const pad = (n: number) => Buffer.alloc((8 - ((12 + n) % 8)) % 8, 0x20);
	const prefix = Buffer.alloc(12);
	file.copy(prefix, 0, 0, 8);
	prefix.writeUInt32LE(json.length, 8);
	const edited = Buffer.concat([prefix, json, pad(json.length), file.subarray(12 + length + pad(length).length)]);
	await page
		.getByTestId('restore-input')
		.setInputFiles({ name: 'edited.rlbackup', mimeType: 'application/octet-stream', buffer: edited });
	await expect(page.getByRole('alert')).toHaveText(
		'The backup file is damaged (its contents do not match its index). Nothing was changed.'
	);
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(page.getByTestId('dataset-row')).toHaveCount(0);

	await page.getByTestId('restore-input').setInputFiles(backupPath);
	await expect(page.getByRole('dialog')).toContainText('data sets: 1; scenarios: 0');
	await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
	await expect(page.getByText('Backup restored (data sets: 1; scenarios: 0).')).toBeVisible();
	await expect(page.getByTestId('dataset-row')).toHaveCount(1);
	await expect(page.getByTestId('dataset-row').getByRole('rowheader')).toHaveText('UCI');
	await expect(page.getByTestId('dataset-row').locator('td').first()).toHaveText('5');
});

/** Backup format 3 hashes the binary part in pieces of this many bytes (`checksumOf` in backup.ts). */
const PIECE_BYTES = 16 * 1024 * 1024;

/**
 * A backup file with its header changed by `edit` and sealed again as the app seals it (format 3:
 * the SHA-256 of the bytes before the binary part, its 64 digits as zeros, followed by the SHA-256
 * of each 16 MB piece of the binary part, written in their place): its checksum agrees.
 */
function resealed(file: Buffer, edit: (header: Record<string, never>) => void): Buffer {
	const length = file.readUInt32LE(8);
	const header = JSON.parse(file.subarray(12, 12 + length).toString('utf8'));
	const pad = (n: number) => Buffer.alloc((8 - ((12 + n) % 8)) % 8, 0x20);
	const body = file.subarray(12 + length + pad(length).length);
	edit(header);
	const json = Buffer.from(JSON.stringify({ ...header, checksum: '0'.repeat(64) }));
	const prefix = Buffer.alloc(12);
	file.copy(prefix, 0, 0, 8);
	prefix.writeUInt32LE(json.length, 8);
	const before = Buffer.concat([prefix, json, pad(json.length)]);
	const checksum = createHash('sha256').update(before);
	for (let at = 0; at < body.length; at += PIECE_BYTES)
		checksum.update(
			createHash('sha256')
				.update(body.subarray(at, at + PIECE_BYTES))
				.digest()
		);
	const sealed = Buffer.concat([before, body]);
	sealed.write(checksum.digest('hex'), 12 + '{"checksum":"'.length, 'latin1');
	return sealed;
}

test('a backup whose figures were edited and sealed again restores the figures its orders give, in the backup worker', async ({
	page
}) => {
	await page.goto('./data');
	// QA's Shopify export: 18 customers, 15 of whom bought again; Nov 2025 – Oct 2026, 46 orders for €2,108.30.
	await importFiles(page, fixture('backup/shopify_60.csv'), 'QA shop');
	// The import records the data set's figures: once Benchmarks lists it, a backup holds them.
	await page.goto('./benchmarks');
	await page.getByLabel('An analysed data set').check();
	await expect(page.getByLabel('Data set', { exact: true }).locator('option', { hasText: 'QA shop' })).toHaveCount(1);
	await page.goto('./data');
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download backup' }).click();
	const file = readFileSync((await (await downloadPromise).path())!);
	// QA's edit: AOV 99, repeat-purchase rate 50 %, the 12 months' revenue €9,999.
	const edited = resealed(file, (header) => {
		const figures = (header.tables as { datasetMetrics: unknown[] }).datasetMetrics[0] as {
			measures: { metric: string; value: number }[];
			yearBuyers: { revenue: number };
		};
		for (const m of figures.measures) {
			if (m.metric === 'aov') m.value = 99;
			if (m.metric === 'repeatPurchaseRate') m.value = 0.5;
		}
		figures.yearBuyers.revenue = 9999;
	});

	// The file is checked, its figures computed again, and it is written in a worker: not on the page's main thread.
	const backupWorker = page.waitForEvent('worker', (worker) => worker.url().includes('backup.worker'));
	await page
		.getByTestId('restore-input')
		.setInputFiles({ name: 'edited.rlbackup', mimeType: 'application/octet-stream', buffer: edited });
	await backupWorker;
	await expect(page.getByRole('dialog')).toContainText('data sets: 1; scenarios: 0');
	// While the restore waits for the database (held here), the page says what it is doing, and takes no other backup work.
	const release = await holdDatasets(page);
	await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Restoring…' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Download backup' })).toBeDisabled();
	await release();
	await expect(page.getByRole('status').filter({ hasText: 'Backup restored' })).toHaveText(
		'Backup restored (data sets: 1; scenarios: 0). The figures stored with “QA shop” did not match its orders (the file was edited, or made by an older version of Retention Lab): they were computed again from the orders.'
	);

	// Without opening the Analysis page: what Benchmarks and What-if read is what the orders give.
	await page.goto('./benchmarks');
	await page.getByLabel('An analysed data set').check();
	await page.getByLabel('Data set', { exact: true }).selectOption({ index: 1 });
	await expect(page.getByRole('heading', { name: 'Your Repeat-purchase rate: 83.33%' })).toBeVisible();
	await page.goto('./planner/what-if');
	await page.getByRole('radio', { name: 'An analysed data set' }).check();
	await page.locator('#what-if-dataset').selectOption({ index: 1 });
	await expect(page.getByText('the same 12 months as C and f: €2,108.30 ÷ 46.')).toBeVisible();
});
