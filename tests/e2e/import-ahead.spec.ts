import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/test';
import { chooseFiles, fileOnDisk, fixture, importFiles } from './support/import';

// A single file is parsed while the user reviews it; the import uses that parse only for the
// plan it was started with, and nothing is stored before the user confirms.

const ORDERS = 300_000;
const STORES = 7;

/** An export of about 12 MB (read in parallel byte ranges), with a second id column (the store). */
function exportWithStores(testInfo: TestInfo): string {
	const lines = ['order_id,customer_id,order_date,total,store_id'];
	for (let i = 1; i <= ORDERS; i++) {
		const month = String(1 + (i % 12)).padStart(2, '0');
		const day = String(1 + (i % 28)).padStart(2, '0');
		lines.push(
			`${i},C${String(i % 40_000).padStart(6, '0')},2023-${month}-${day},${(i % 97) + 0.5},S${i % STORES}`
		);
	}
	return fileOnDisk(testInfo, 'stores.csv', lines.join('\n') + '\n');
}

function datasetNames(page: Page): Locator {
	return page.getByTestId('dataset-row').getByRole('rowheader');
}

const measures = (page: Page, name: string) =>
	page.evaluate((n) => performance.getEntriesByName(n, 'measure').length, name);

test.describe.configure({ timeout: 120_000 });

test('an unchanged review imports with the parse started during it', async ({ page }, testInfo) => {
	await page.goto('./data');
	await chooseFiles(page, exportWithStores(testInfo));
	// The parse starts once the review is drawn, its preview last (as a user reads it before Import).
	await expect(page.getByRole('table', { name: /^First \d+ rows of stores.csv/ })).toBeVisible();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	// The review goes at once (it is taken down a frame later, in a task of its own).
	await expect(page.getByRole('heading', { name: 'Check how the file will be read' })).toBeHidden();
	await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('start-import')).toHaveCount(0);
	await expect(page.getByTestId('report-ordersKept')).toHaveText(ORDERS.toLocaleString('en-GB'));
	await expect(page.getByTestId('report-customers')).toHaveText((40_000).toLocaleString('en-GB'));
	// The parse had started before the click (its time ahead is recorded only when it was used).
	await expect.poll(() => measures(page, 'import:parse:ahead')).toBe(1);
	// After the report, the import worker fits and caches the default CLV models (and says so).
	await expect.poll(() => measures(page, 'import:clv'), { timeout: 30_000 }).toBe(1);
});

test('a column changed in the review after the parse started gives the changed result', async ({ page }, testInfo) => {
	await page.goto('./data');
	await chooseFiles(page, exportWithStores(testInfo));
	await expect(page.getByRole('heading', { name: 'Check how the file will be read' })).toBeVisible();
	// Let the parse with the recognised columns get under way, then read customers from the store column.
	await page.waitForTimeout(500);
	await page.getByLabel(/^Customer \(id or e-mail\)/).selectOption({ label: 'store_id' });
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('report-ordersKept')).toHaveText(ORDERS.toLocaleString('en-GB'));
	await expect(page.getByTestId('report-customers')).toHaveText(String(STORES));
	// The parse started ahead was dropped, not used (its measure would be recorded with import:store).
	await expect.poll(() => measures(page, 'import:store')).toBe(1);
	expect(await measures(page, 'import:parse:ahead')).toBe(0);
});

test('nothing is stored before the user confirms, and choosing other files in the review stores nothing', async ({
	page
}, testInfo) => {
	await page.goto('./data');
	await importFiles(page, fixture('orders/shopify_orders.csv'), 'Existing shop');
	await page.getByRole('button', { name: 'Import another file' }).click();
	await chooseFiles(page, exportWithStores(testInfo));
	await expect(page.getByRole('heading', { name: 'Check how the file will be read' })).toBeVisible();
	// Time for the parse started with the review to finish: it still stores nothing.
	await page.waitForTimeout(3_000);
	await expect(datasetNames(page)).toHaveText(['Existing shop']);
	await page.getByRole('button', { name: 'Choose other files' }).click();
	await page.reload();
	await expect(datasetNames(page)).toHaveText(['Existing shop']);
});
