import { expect, testInOwnContext as test } from './support/test';
import { fileOnDisk, fixture, importFiles } from './support/import';
import type { Page } from '@playwright/test';

/** The fitted BG/NBD r, a and b from the parameters table (they do not depend on the time unit). */
async function shapeParameters(page: Page): Promise<Record<'r' | 'a' | 'b', number>> {
	await page.getByRole('link', { name: 'Analyse this data set' }).click();
	await expect(page.getByTestId('clv-total')).toBeVisible({ timeout: 60_000 });
	await page.getByText('Fitted parameters (for analysts)').click();
	const rows = page.getByTestId('clv-parameters').locator('tbody tr');
	const estimate = async (name: string) =>
		Number(
			(
				await rows
					.filter({ has: page.getByRole('cell', { name, exact: true }) })
					.locator('td')
					.nth(1)
					.innerText()
			).replace(/,/g, '')
		);
	await expect.poll(() => estimate('r')).toBeGreaterThan(0);
	return { r: await estimate('r'), a: await estimate('a'), b: await estimate('b') };
}

test.describe('a per-customer summary from a warehouse (README SQL)', () => {
	test('imports as a summary and fits the same purchase model as the orders it was made from', async ({ page }) => {
		await page.goto('./data');
		await importFiles(page, fixture('warehouse/synthetic-summary.csv'), 'Warehouse summary');
		await expect(page.getByTestId('report-rowsRead')).toHaveText(/1,000/);
		const fromSummary = await shapeParameters(page);

		await page.goto('./data');
		await importFiles(page, fixture('warehouse/synthetic-orders.csv'), 'The same orders');
		const fromOrders = await shapeParameters(page);
		for (const key of ['r', 'a', 'b'] as const) expect(fromSummary[key], key).toBeCloseTo(fromOrders[key], 3);
	});
});

test.describe('a file too large for the device', () => {
	test.use({ viewport: { width: 1000, height: 900 } });

	test('is named before it is read, with the summary as the way round; the user may go on', async ({
		page
	}, testInfo) => {
		// A device that says it has 256 MB: a 12 MB file would need more than a tab there can have.
		await page.addInitScript(() =>
			Object.defineProperty(Navigator.prototype, 'deviceMemory', { get: () => 0.25, configurable: true })
		);
		await page.goto('./data');
		await expect(page.locator('[data-testid="file-input"][data-ready]')).toBeAttached();
		const row = 'order_id,customer_id,order_date,total\n';
		const body = Array.from({ length: 400_000 }, (_, i) => `${i + 1},C${i % 5000},2024-01-0${(i % 9) + 1},10.00\n`);
		const file = fileOnDisk(testInfo, 'large.csv', row + body.join(''));
		await page.getByTestId('file-input').setInputFiles(file);

		const warning = page.getByTestId('memory-warning');
		await expect(warning).toContainText('This file may be too large for this device');
		await expect(warning).toContainText('256 MB of memory, as the browser reports it');
		await expect(warning).toContainText('customer_id, frequency, recency, T and monetary_value');
		await expect(page.getByText('Reading the start of the file…')).toHaveCount(0);

		await page.getByRole('button', { name: 'Choose another file' }).click();
		await expect(warning).toHaveCount(0);
		await page.getByTestId('file-input').setInputFiles(file);
		await page.getByTestId('memory-go-on').click();
		await expect(page.getByRole('heading', { name: 'Check how the file will be read' })).toBeVisible();
	});
});
