import { expect, test } from './support/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseFiles, fixture, importAndAnalyse } from './support/import';

const CDNOW = join(import.meta.dirname, '../../../shared/data/cdnow');
const present = existsSync(CDNOW);
if (!present) console.warn(`\n!!! ${CDNOW} is missing: the CDNOW CLV tests are skipped !!!\n`);

test.describe('predicted CLV on CDNOW', () => {
	test.skip(!present, 'shared/data/cdnow is not present');

	test('a per-customer summary in weeks reproduces the published parameters', async ({ page }) => {
		await page.goto('./data');
		await chooseFiles(page, join(CDNOW, 'cdnow_customers_summary_with_transactions.csv'));
		await expect(page.getByTestId('layout')).toHaveText('Per-customer summary');
		await page.getByLabel('Time unit of recency and T').selectOption('weeks');
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await page.getByRole('link', { name: 'Analyse this data set' }).click();
		await expect(page.getByText('This data set is a per-customer summary')).toBeVisible();
		await expect(page.getByTestId('clv-total')).toBeVisible();
		await page.getByText('Fitted parameters (for analysts)').click();
		const cells = page.getByTestId('clv-parameters').locator('tbody tr');
		const estimate = async (name: string) =>
			Number(
				(
					await cells
						.filter({ has: page.getByRole('cell', { name, exact: true }) })
						.locator('td')
						.nth(1)
						.innerText()
				).replace(/,/g, '')
			);
		await expect.poll(() => estimate('r')).toBeCloseTo(0.2426, 3);
		await expect.poll(() => estimate('α')).toBeCloseTo(4.414, 1);
		await expect.poll(() => estimate('a')).toBeCloseTo(0.793, 2);
		await expect.poll(() => estimate('b')).toBeCloseTo(2.426, 2);
		await expect.poll(() => estimate('p')).toBeCloseTo(6.25, 1);
		await expect.poll(() => estimate('q')).toBeCloseTo(3.74, 1);
		expect(await estimate('v')).toBeCloseTo(15.44, 0);
		await expect(page.getByTestId('clv-parameters')).toContainText('−9,582.42');
		await expect(page.getByTestId('clv-parameters')).toContainText('−4,055.92');
	});

	test('orders → CLV table, search, sort, export, bootstrap and the hold-out check', async ({ page }) => {
		await importAndAnalyse(page, join(CDNOW, 'CDNOW_sample.txt'), 'CDNOW');
		await expect(page.getByTestId('clv-total')).toBeVisible();
		await expect(page.getByTestId('clv-discount')).toContainText('10% a year, which is 0.183% per week');

		const table = page.getByTestId('clv-table');
		await expect(table.locator('tbody tr')).toHaveCount(25);
		await expect(page.getByText('Rows 1–25 of 2,357')).toBeVisible();
		await page.getByLabel('Search customer id').fill('00111');
		await expect(page.getByText('Rows 1–1 of 1')).toBeVisible();
		await expect(table.locator('tbody tr').first().locator('th')).toHaveText('00111');
		await page.getByLabel('Search customer id').fill('');
		await expect(page.getByText('Rows 1–25 of 2,357')).toBeVisible();

		await page.getByRole('button', { name: 'Sort by P(active)' }).click();
		const header = table.getByRole('columnheader', { name: /P\(active\)/ });
		await expect(header).toHaveAttribute('aria-sort', 'descending');
		const alive = async () =>
			(await table.locator('tbody tr td:nth-child(6)').allInnerTexts()).map((t) => Number(t.replace('%', '')));
		await expect
			.poll(async () => {
				const shown = await alive();
				return shown.length > 0 && shown.every((p, i) => i === 0 || shown[i - 1] >= p);
			})
			.toBe(true);
		await page.getByRole('button', { name: 'Sort by P(active)' }).click();
		await expect(header).toHaveAttribute('aria-sort', 'ascending');

		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export all customers (CSV)' }).click();
		const csv = readFileSync((await (await downloadPromise).path())!, 'utf8')
			.trim()
			.split('\r\n');
		expect(csv).toHaveLength(2358);
		expect(csv[0]).toBe(
			'customer_id,repeat_purchases,recency_weeks,age_weeks,mean_repeat_spend,p_alive,expected_purchases_12_months,expected_spend_per_purchase,clv_12_months_discounted,rfm_segment'
		);

		await page.getByLabel('Replicates').fill('5');
		await expect(page.getByText('Use 10 to 1,000 replicates.')).toBeVisible();
		await page.getByLabel('Replicates').fill('20');
		await page.getByRole('button', { name: 'Compute uncertainty ranges' }).click();
		await expect(page.getByTestId('bootstrap-result')).toContainText('90% range');
		await expect(page.getByTestId('clv-segments')).toContainText('90% interval');

		// The published calibration period ends on 30 September 1997; 1,882 purchase days follow it.
		await page.getByLabel('Split date').fill('1997-09-30');
		await page.getByRole('button', { name: 'Run the check' }).click();
		await expect(page.getByTestId('holdout-errors')).toContainText('/ 1,882');
		await expect(page.getByText('Average purchases per customer in the 39 weeks after 30 Sept 1997')).toBeVisible();
	});
});

test('too little data is refused with what is missing', async ({ page }) => {
	await importAndAnalyse(page, fixture('orders/woocommerce_orders.csv'), 'Tiny shop');
	const refusal = page.getByTestId('clv-refusal');
	await expect(refusal).toContainText('Not enough data for a trustworthy prediction');
	await expect(refusal).toContainText('Too few customers: 3, where at least 30 are needed.');
	await expect(refusal).toContainText('Too few customers bought more than once: 1, where at least 10 are needed');
	await page.getByLabel('Discount rate per year (%)').fill('-5');
	await expect(page.getByText('Use a rate from 0 to 100 % a year.')).toBeVisible();
});
