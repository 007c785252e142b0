import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, importFiles } from './support/import';

const CDNOW = join(import.meta.dirname, '../../../shared/data/cdnow/CDNOW_sample.txt');
if (!existsSync(CDNOW)) console.warn(`\n!!! ${CDNOW} is missing: the CDNOW analysis tests are skipped !!!\n`);

/** The Jan 1997 cohort of CDNOW_sample: customers active in each month since (pandas, see REFERENCE). */
const JAN_1997_ACTIVE = [781, 124, 95, 70, 65, 77, 65, 53, 52, 45, 62, 59, 45, 47, 63, 37, 37, 33];

test.describe('CDNOW sample', () => {
	test.skip(!existsSync(CDNOW), 'shared/data/cdnow is not present');

	test('imports and shows customers, orders, revenue and the first cohort row exactly', async ({ page }) => {
		await page.goto('./data');
		await importFiles(page, CDNOW, 'CDNOW sample');
		await page.getByRole('link', { name: 'Analyse this data set' }).click();
		await expect(page.getByTestId('kpi-customers-value')).toHaveText('2,357');
		await expect(page.getByTestId('kpi-orders-value')).toHaveText('6,919');
		// Revenue: the sum of the file's last column, in cents so no rounding can hide an error.
		const cents = readFileSync(CDNOW, 'utf8')
			.trim()
			.split(/\r?\n/)
			.reduce((sum, line) => sum + Math.round(Number(line.trim().split(/\s+/)[4]) * 100), 0);
		expect(cents).toBe(24409194);
		await expect(page.getByTestId('kpi-revenue-value')).toHaveText('€244,091.94');

		await page.getByText('Cohort table with counts').click();
		const firstRow = page.getByTestId('cohort-table').locator('tbody tr').first();
		await expect(firstRow.locator('th')).toHaveText('Jan 1997');
		await expect(firstRow.locator('td')).toHaveText([
			'781',
			...JAN_1997_ACTIVE.map((n) => new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(n / 781))
		]);
	});
});

test('KPI formulas show the counts behind them, and settings recompute the periods', async ({ page }) => {
	await page.goto('./data');
	await importFiles(page, fixture('orders/shopify_orders.csv'), 'Tea shop');
	await page.getByRole('link', { name: 'Analyse this data set' }).click();
	await expect(page.getByTestId('kpi-aov-value')).toHaveText('€42.90');
	await page.getByTestId('kpi-aov').getByText('How is this computed?').click();
	await expect(page.getByTestId('kpi-aov-formula')).toHaveText('AOV = revenue ÷ orders = €257.40 ÷ 6 = €42.90');
	await page.getByTestId('kpi-repeat').getByText('How is this computed?').click();
	await expect(page.getByTestId('kpi-repeat-formula')).toContainText('= 1 ÷ 4 = 25%');

	// Monthly periods January–April 2023, then quarterly: one quarter plus the start of the next.
	await expect(page.getByTestId('period-table').locator('tbody tr')).toHaveCount(4);
	await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption('quarter');
	await expect(page.getByTestId('period-table').locator('tbody tr')).toHaveCount(2);
	await expect(page.getByTestId('period-table').locator('tbody tr').first().locator('th')).toContainText('Q1 2023');

	await page.getByLabel('Activity window (months)').fill('0');
	await expect(page.getByText('Use a whole number of months from 1 to 36.')).toBeVisible();
	await page.getByLabel('Activity window (months)').fill('1');
	await expect(page.getByText('Use a whole number of months from 1 to 36.')).toBeHidden();
	// Address keeps the data set, so a reload reopens the same analysis.
	await expect(page).toHaveURL(/analysis\?dataset=\d+/);
	await page.reload();
	await expect(page.getByTestId('kpi-orders-value')).toHaveText('6');
});

test('segments link to their tactics, change with thresholds, and export their customers', async ({ page }) => {
	await page.goto('./data');
	await importFiles(page, fixture('orders/shopify_orders.csv'), 'Tea shop');
	await page.getByRole('link', { name: 'Analyse this data set' }).click();
	// anna has 3 orders; ben, eve and frank one each.
	await expect(page.getByTestId('segment-one-time-customers')).toHaveText('3');
	await expect(page.getByTestId('segment-high-frequency-customers')).toHaveText('0');
	await page.getByLabel('High frequency: orders per month').fill('0.25');
	await expect(page.getByTestId('segment-high-frequency-customers')).toHaveText('1');
	await page.getByLabel('High frequency: orders per month').fill('-1');
	await expect(page.getByText('Enter a positive number.')).toBeVisible();
	await page.getByLabel('High frequency: orders per month').fill('10');

	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the customers of One-time buyers as CSV' }).click();
	const csv = readFileSync((await (await downloadPromise).path())!, 'utf8').trim().split('\r\n');
	expect(csv[0]).toBe('customer_id,orders,net_spend,first_order,last_order,days_since_last_order,R,F,M,rfm_segment');
	expect(csv.slice(1).map((line) => line.split(',')[0]).sort()).toEqual(['ben@example.com', 'eve@example.com', 'frank@example.com']);

	await page.getByRole('link', { name: 'Tactics for At risk' }).click();
	await expect(page).toHaveURL(/planner\?segment=at-risk/);
});

test('a data set deleted elsewhere is reported, not shown stale', async ({ page, context }) => {
	await page.goto('./data');
	await importFiles(page, fixture('orders/uci_online_retail.csv'), 'UCI');
	await page.getByRole('link', { name: 'Analyse this data set' }).click();
	await expect(page.getByTestId('kpi-orders-value')).toHaveText('5');
	const other = await context.newPage();
	await other.goto('./data');
	await other.getByRole('button', { name: 'Delete UCI' }).click();
	await other.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByText('There is no data set yet.')).toBeVisible();
});
