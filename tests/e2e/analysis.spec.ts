import { expect, test } from './support/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPECTED } from '../fixtures/orders/expected';
import { THREE_MONTH_WINDOW, TWO_CURRENCIES, YEAR_PARTIAL } from '../fixtures/trust/expected';
import { fixture, importAndAnalyse, importFiles } from './support/import';

const CDNOW = join(import.meta.dirname, '../../../shared/data/cdnow/CDNOW_sample.txt');
if (!existsSync(CDNOW)) console.warn(`\n!!! ${CDNOW} is missing: the CDNOW analysis tests are skipped !!!\n`);

/** The Jan 1997 cohort of CDNOW_sample: customers active in each month since (pandas, see REFERENCE). */
const JAN_1997_ACTIVE = [781, 124, 95, 70, 65, 77, 65, 53, 52, 45, 62, 59, 45, 47, 63, 37, 37, 33];

test.describe('CDNOW sample', () => {
	test.skip(!existsSync(CDNOW), 'shared/data/cdnow is not present');

	test('imports and shows customers, orders, revenue and the first cohort row exactly', async ({ page }) => {
		await importAndAnalyse(page, CDNOW, 'CDNOW sample');
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
		// The data begins on 1 Jan 1997: its first cohorts may hold customers who bought before.
		await expect(firstRow.locator('th')).toHaveText('Jan 1997 (may include earlier buyers)');
		await expect(firstRow.locator('td')).toHaveText([
			'781',
			...JAN_1997_ACTIVE.map((n) =>
				new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(n / 781)
			)
		]);
	});
});

test('KPI formulas show the counts behind them, and settings recompute the periods', async ({ page }) => {
	await importAndAnalyse(page, fixture('orders/shopify_orders.csv'), 'Tea shop');
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

test('a data set renamed in another tab is not analysed again: the sections stay as they are', async ({
	page,
	context
}) => {
	await importAndAnalyse(page, fixture('orders/shopify_orders.csv'), 'Tea shop');
	await expect(page.getByTestId('segment-one-time-customers')).toHaveText('3');
	const shown = page.getByTestId('analysis-range');
	await expect(shown).toHaveAttribute('data-published', 'true');
	// A run of the analysis takes the attribute away at its start, in the same update that shows a
	// data set's new name, and draws every section afresh: an edit being typed in one was lost
	// (a flaky failure of the thresholds test below). Noted as it happens, whatever comes after.
	await page.evaluate(() => {
		const line = document.querySelector('[data-testid="analysis-range"]')!;
		const seen = window as unknown as { __analysedAgain: boolean };
		seen.__analysedAgain = false;
		new MutationObserver(() => {
			if (!line.hasAttribute('data-published')) seen.__analysedAgain = true;
		}).observe(line, { attributes: true, attributeFilter: ['data-published'] });
	});

	const other = await context.newPage();
	await other.goto('./data');
	await other.getByTestId('dataset-row').getByRole('button', { name: 'Rename Tea shop' }).click();
	await other.getByLabel('New name for Tea shop').fill('Tea room');
	await other.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByTestId('dataset-select')).toContainText('Tea room');
	expect(await page.evaluate(() => (window as unknown as { __analysedAgain: boolean }).__analysedAgain)).toBe(false);
	await expect(shown).toHaveAttribute('data-published', 'true');
	await other.close();
});

test('segments link to their tactics, change with thresholds, and export their customers', async ({ page }) => {
	await importAndAnalyse(page, fixture('orders/shopify_orders.csv'), 'Tea shop');
	// anna has 3 orders; ben, eve and frank one each.
	await expect(page.getByTestId('segment-one-time-customers')).toHaveText('3');
	await expect(page.getByTestId('segment-high-frequency-customers')).toHaveText('0');
	// The data cover 96 days (3.15 months) of the 12-month window: averaged over those, anna's 3
	// orders are 0.95 a month, the others' one 0.32.
	await page.getByLabel('High frequency: orders per month').fill('0.5');
	await expect(page.getByTestId('segment-high-frequency-customers')).toHaveText('1');
	await expect(page.getByRole('rowheader', { name: /High-frequency buyers/ })).toContainText(
		'The data cover only 96 days of the 12-month window'
	);
	await page.getByLabel('High frequency: orders per month').fill('-1');
	await expect(page.getByText('Enter a positive number.')).toBeVisible();
	await page.getByLabel('High frequency: orders per month').fill('10');

	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the customers of One-time buyers as CSV' }).click();
	const csv = readFileSync((await (await downloadPromise).path())!, 'utf8')
		.trim()
		.split('\r\n');
	expect(csv[0]).toBe('customer_id,orders,net_spend,first_order,last_order,days_since_last_order,R,F,M,rfm_segment');
	expect(
		csv
			.slice(1)
			.map((line) => line.split(',')[0])
			.sort()
	).toEqual(['ben@example.com', 'eve@example.com', 'frank@example.com']);

	await page.getByRole('link', { name: 'Tactics for At risk' }).click();
	await expect(page).toHaveURL(/planner\?segment=at-risk/);
});

test('a data set deleted elsewhere is reported, not shown stale', async ({ page, context }) => {
	await importAndAnalyse(page, fixture('orders/uci_online_retail.csv'), 'UCI');
	await expect(page.getByTestId('kpi-orders-value')).toHaveText('5');
	const other = await context.newPage();
	await other.goto('./data');
	await other.getByRole('button', { name: 'Delete UCI' }).click();
	await other.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByText('There is no data set yet.')).toBeVisible();
});

/**
 * Issue 11 part 3: a figure whose basis is incomplete is never a plain fact. The key figures, the
 * retention chart's table and the period table read one rule (`crrBasis`), so they agree.
 */
test('a CRR only where measurable, alike on the card, the chart and the table; partial months and returning customers marked', async ({
	page
}) => {
	await importAndAnalyse(page, fixture(YEAR_PARTIAL.file), 'Year to 9 December');

	// 12-month window: every complete month's base is still building, and December 2011 has 9 days.
	await expect(page.getByTestId('kpi-crr-value')).toHaveText('not yet measurable');
	await expect(page.getByTestId('kpi-churn-value')).toHaveText('not yet measurable');
	await expect(page.getByTestId('kpi-crr-note')).toContainText(
		'The customer base at the start of Nov 2011 needs orders from 1 Nov 2010 on (one 12-month activity window), but the data begins on 1 Dec 2010'
	);
	await expect(page.getByText('No period has a measurable CRR yet')).toBeVisible();
	const rows = page.getByTestId('period-table').locator('tbody tr');
	await expect(rows).toHaveCount(13);
	await expect(rows.locator('td:nth-child(5)')).toHaveText(Array(13).fill('not yet measurable'));
	await expect(rows.last().locator('th')).toContainText('(partial: 9 of 31 days)');
	await expect(page.getByTestId('partial-period-note')).toContainText(
		'Dec 2011 is partial: the data covers 9 of its 31 days'
	);
	await expect(page.getByTestId('cohort-partial-note')).toContainText(
		'Dec 2011 is covered for only 9 of its 31 days'
	);
	// Cohorts of the months whose base is still building (Dec 2010 – Nov 2011) may count old customers as new.
	await expect(page.getByTestId('cohort-earlier-note')).toContainText(
		'The data begins on 1 Dec 2010. Cohorts up to Nov 2011 (marked “may include earlier buyers”)'
	);
	await page.getByText('Cohort table with counts').click();
	await expect(page.getByTestId('cohort-table').locator('td.partial').first()).toHaveText(/%\u00a0\*$/);
	const cohortRows = page.getByTestId('cohort-table').locator('tbody tr');
	await expect(cohortRows.first().locator('th')).toHaveText('Dec 2010 (may include earlier buyers)');
	await expect(cohortRows.last().locator('th')).toHaveText('Dec 2011 (partial: 9 of 31 days)');

	// 3-month window: measurable from March 2011. The card shows November, the last measurable month,
	// exactly as the period table and the chart's table show it.
	await page.getByLabel('Activity window (months)').fill('3');
	const november = rows.filter({ has: page.locator('th', { hasText: 'Nov 2011' }) }).locator('td');
	await expect(november.nth(3)).not.toHaveText('not yet measurable');
	const retention = page.locator('section[aria-labelledby="retention-heading"]');
	await retention.getByRole('button', { name: 'Show as table' }).click();
	const chartNovember = retention
		.locator('figure tbody tr')
		.filter({ has: page.locator('th', { hasText: 'Nov 2011' }) })
		.locator('td');
	await expect
		.poll(async () => {
			const shown = [
				await page.getByTestId('kpi-crr-value').textContent(),
				await november.nth(3).textContent(),
				await chartNovember.nth(0).textContent()
			].map((text) => text?.trim());
			return new Set(shown).size === 1 && /%$/.test(shown[0] ?? '') ? 'agree' : shown.join(' / ');
		})
		.toBe('agree');
	await expect(rows.last().locator('td:nth-child(5)')).toHaveText('not yet measurable');

	// CRR above 100 %: flagged and explained; no yearly churn from a negative churn.
	await importAndAnalyse(page, fixture(THREE_MONTH_WINDOW.file), 'Three-month window');
	await expect(page.getByTestId('kpi-crr-value')).toHaveText('not yet measurable');
	await page.getByLabel('Activity window (months)').fill('3');
	await expect(page.getByTestId('kpi-crr-value')).toHaveText('133.3%');
	await expect(page.getByTestId('kpi-churn-value')).toHaveText('−33.3%');
	await expect(page.getByTestId('kpi-crr-note')).toContainText(
		'CRR 133.3% for May 2023 is above 100 %: 2 customers came back after more than 3 months without buying.'
	);
	await page.getByTestId('kpi-churn').getByText('How is this computed?').click();
	await expect(page.getByTestId('kpi-churn-formula')).toContainText(
		'No yearly churn: it is measured over the last 12 whole months of the data (or of the date range) with a 12-month activity window'
	);
	// The data runs from 1 January to 31 May 2023: its last 12 whole months are Jun 2022 – May 2023.
	await expect(page.getByTestId('kpi-churn-formula')).toContainText(
		'Jun 2022 – May 2023 is the latest period and the data covers only 151 of its 365 days'
	);
	await expect(rows.last().locator('th')).toContainText('(above 100 %: 2 returning)');
	await expect(page.getByTestId('kpi-frequency-note')).toContainText('Extrapolated from 151 days to a year');
	await expect(page.getByTestId('several-currencies')).toHaveCount(0);

	// Issue 11 part 4: the import's several-currencies warning is repeated beside the figures.
	await importAndAnalyse(page, fixture(TWO_CURRENCIES.file), 'Two currencies');
	await expect(page.getByTestId('several-currencies')).toHaveText(
		`Orders are in several currencies (${TWO_CURRENCIES.counts}). Amounts were added up without conversion, so revenue, order values and CLV mix currencies.`
	);
	// 40 + 40 + 40 added up unconverted: in no one currency, so with no currency's sign.
	await expect(page.getByTestId('kpi-revenue-value')).toHaveText('120.00 mixed currencies');
});

test('orders of a status the import does not know are counted, and said so beside the figures', async ({ page }) => {
	await page.goto('./data');
	// Completed, Disputed ×2 and Manual Verification Required are kept; Incomplete, Awaiting Payment and Cancelled by customer are not.
	await importFiles(page, fixture('malformed/unknown_statuses.csv'), 'Statuses');
	await expect(page.getByTestId('report-warning-unknownStatuses')).toContainText(
		'3 orders have a status this app does not know (“Disputed” 2, “Manual Verification Required” 1)'
	);
	await page.getByRole('link', { name: 'Analyse this data set' }).click();
	await expect(page.getByTestId('kpi-orders-value')).toHaveText('4');
	await expect(page.getByTestId('unknown-statuses')).toHaveText(
		'Counted as purchases: 3 orders with a status this app does not know (“Disputed” 2 and “Manual Verification Required” 1). If a status means the order was not paid, was cancelled or was refunded, orders, revenue and repeat figures include orders that were no sale (see the data set’s import report).'
	);
});

test('revenue is named for what was summed (net sales), and its parts match the import report', async ({ page }) => {
	const expected = EXPECTED.find((e) => e.file === 'shopify_taxes_refunds.csv')!;
	const b = expected.breakdown!;
	const usd = (v: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'USD' }).format(v);
	await page.goto('./data');
	await importFiles(page, fixture('orders/shopify_taxes_refunds.csv'), 'Taxes and refunds');
	await expect(page.getByTestId('report-revenue').locator('xpath=preceding-sibling::dt')).toHaveText('Net sales');
	await expect(page.getByTestId('breakdown-netSales').locator('td').first()).toHaveText(
		usd(b.grossSales - (b.discounts ?? 0) - b.refunds - b.returns)
	);
	await page.getByRole('link', { name: 'Analyse this data set' }).click();

	// The card says "Net sales", holds the same sum as the report, and its formula leaves tax and shipping out.
	await expect(page.getByTestId('kpi-revenue').getByRole('heading')).toHaveText('Net sales');
	await expect(page.getByTestId('kpi-revenue-value')).toHaveText(usd(expected.revenue));
	await expect(page.getByTestId('kpi-revenue-formula')).toContainText('tax and shipping are not sales');
	const parts = page.getByTestId('analysis-revenue-parts');
	await parts.getByText('Revenue, part by part').click();
	await expect(parts.getByTestId('breakdown-grossSales').locator('td').first()).toHaveText(usd(b.grossSales));
	await expect(parts.getByTestId('breakdown-netSales').locator('td').first()).toHaveText(usd(expected.revenue));
	await expect(parts.getByTestId('breakdown-tax').locator('td').first()).toHaveText(usd(b.tax!));
	await expect(parts.getByTestId('breakdown-shipping').locator('td').first()).toHaveText(usd(b.shipping!));
	await expect(parts.getByTestId('breakdown-tax')).toContainText('Taxes');
});

/**
 * A date range on the Tea shop fixture (6 orders of 4 customers, 5 Jan – 10 Apr 2023), 5 Jan – 28 Feb:
 * anna 59.90 + 30.00 (her February order less its refund), ben 25.00 → €114.90. Ben's only order is
 * on 20 January: 39 days before the range ends, 80 before the data's last day (10 April).
 */
test('a range keeps the settings typed on reload and Back, says the revenue parts are all orders’, and names itself in exports', async ({
	page
}) => {
	await importAndAnalyse(page, fixture('orders/shopify_orders.csv'), 'Tea shop');
	await expect(page.getByTestId('kpi-orders-value')).toHaveText('6');
	// Its order of 0 (see expected.ts) counts as an order, and the page says so beside the figures.
	await expect(page.getByTestId('zero-value-orders')).toContainText(
		'Counted as orders: 1 order of the data set with a total of 0'
	);
	await page.getByTestId('range-from').fill('2023-01-05');
	await page.getByTestId('range-to').fill('2023-02-28');
	await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption('quarter');
	await page.getByLabel('Activity window (months)').fill('6');
	await page.getByLabel('Lifetime t for the CLV (years; empty = from churn)').fill('2.5');
	await expect(page).toHaveURL(/from=2023-01-05&to=2023-02-28&period=quarter&window=6&lifetime=2.5/);
	await expect(page.getByTestId('kpi-revenue-value')).toHaveText('€114.90');
	await page.getByLabel('High frequency: spend per month').fill('200');
	await expect(page).toHaveURL(/lifetime=2\.5&spend=200/);

	// Away and back by the menu, whose link names no analysis: the one shown, as typed (SPEC §8).
	const menu = page.getByRole('navigation', { name: 'Main' });
	await menu.getByRole('link', { name: 'Data', exact: true }).click();
	await expect(menu.getByRole('link', { name: 'Data', exact: true })).toHaveAttribute('aria-current', 'page');
	await menu.getByRole('link', { name: 'Analysis', exact: true }).click();
	await expect(page.getByTestId('kpi-revenue-value')).toHaveText('€114.90');
	await expect(page.getByTestId('range-from')).toHaveValue('2023-01-05');
	await expect(page.getByRole('combobox', { name: 'Period', exact: true })).toHaveValue('quarter');
	await expect(page.getByLabel('Activity window (months)')).toHaveValue('6');
	await expect(page.getByLabel('High frequency: spend per month')).toHaveValue('200');
	await expect(page).toHaveURL(/from=2023-01-05&to=2023-02-28&period=quarter&window=6&lifetime=2\.5&spend=200/);

	// Revenue part by part is recorded per data set: said to be all orders', beside the range's own net sales.
	const parts = page.getByTestId('analysis-revenue-parts');
	await parts.getByText('Revenue, part by part: all orders (5 Jan 2023 – 10 Apr 2023), not the range').click();
	await expect(parts.getByTestId('revenue-parts-all-orders')).toContainText(
		'only the total can be given: Net sales €114.90 (the card above)'
	);
	await expect(parts.getByTestId('breakdown-netSales')).toContainText(
		'Net sales of all orders (not the range)€257.40'
	);
	await expect(parts).not.toContainText('what the analysis uses');

	// Exports name the range in the file and in the columns; the whole history follows.
	let downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the customers of One-time buyers as CSV' }).click();
	let download = await downloadPromise;
	expect(download.suggestedFilename()).toBe('Tea shop-one-time-2023-01-05_to_2023-02-28.csv');
	const csv = readFileSync((await download.path())!, 'utf8')
		.trim()
		.split('\r\n');
	const header = csv[0].split(',');
	const ben = Object.fromEntries(
		csv
			.find((l) => l.startsWith('ben@'))!
			.split(',')
			.map((v, i) => [header[i], v])
	);
	expect(ben).toMatchObject({
		'orders_in_2023-01-05_to_2023-02-28': '1',
		'last_order_in_2023-01-05_to_2023-02-28': '2023-01-20',
		'days_from_last_order_in_range_to_2023-02-28': '39',
		orders_all_time: '1',
		'days_since_last_order_to_2023-04-10': '80'
	});
	downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export shares (CSV)' }).click();
	download = await downloadPromise;
	expect(download.suggestedFilename()).toBe('Tea shop-cohorts-share-2023-01-05_to_2023-02-28.csv');
	expect(readFileSync((await download.path())!, 'utf8').split('\r\n')[0]).toContain(
		'cohort_in_2023-01-05_to_2023-02-28,customers_in_2023-01-05_to_2023-02-28,month_0_in_2023-01-05_to_2023-02-28'
	);

	// A reload, and Back from another page, keep what was typed (§8), not only the range.
	const kept = async () => {
		await expect(page.getByRole('combobox', { name: 'Period', exact: true })).toHaveValue('quarter');
		await expect(page.getByLabel('Activity window (months)')).toHaveValue('6');
		await expect(page.getByLabel('Lifetime t for the CLV (years; empty = from churn)')).toHaveValue('2.5');
		await expect(page.getByTestId('range-from')).toHaveValue('2023-01-05');
	};
	await page.reload();
	await kept();
	// Each depth page opens on the data set analysed here, not on the newest one stored (QA 64).
	const analysed = new URL(page.url()).searchParams.get('dataset');
	const depthLink = page.getByRole('link', { name: 'Per-customer actions and audiences' });
	await expect(depthLink).toHaveAttribute('href', new RegExp(`analysis/customers\\?dataset=${analysed}$`));
	await depthLink.click();
	await expect(page).toHaveURL(new RegExp(`analysis/customers\\?dataset=${analysed}$`));
	await page.goBack();
	await kept();

	// A fresh load of the bare address reopens what was shown, with no error, and a range chosen
	// then is kept too (QA 64: the address was replaced before the router had started, which threw
	// on load and on every later choice, and the choice was lost).
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	await page.goto('./analysis');
	await kept();
	await page.getByTestId('range-from').fill('2023-01-20');
	await expect(page).toHaveURL(/from=2023-01-20/);
	await page.goto('./analysis');
	await expect(page.getByTestId('range-from')).toHaveValue('2023-01-20');
	expect(errors).toEqual([]);
});
