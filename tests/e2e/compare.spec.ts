import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { expectAccessible } from './support/axe';
import { fixture, importAndAnalyse, importFiles } from './support/import';

/**
 * Issue 13.5 in one journey, on the Shopify fixture (EUR, 6 orders of 4 customers, 5 Jan – 10 Apr 2023)
 * and the WooCommerce one (USD, 4 orders of 3 customers, May – June 2023). Hand-worked for the range
 * 1 Mar – 10 Apr 2023 (41 days): eve 22.50 on 31 Mar, anna 0.00 on 2 Apr, frank 120.00 on 10 Apr →
 * 3 orders, 3 customers, €142.50; anna bought in January, so she is returning, eve and frank are new.
 * The 41 days before (19 Jan – 28 Feb): ben 25.00, anna 30.00 → 2 customers, €55.00, so customers
 * +50 % and revenue +159.1 %. A year earlier lies before the data: not comparable.
 */
test('a date range with period-over-period figures, then two data sets side by side', async ({ page }) => {
	await page.goto('./data');
	await importFiles(page, fixture('orders/woocommerce_orders.csv'), 'Gadget shop');
	await importAndAnalyse(page, fixture('orders/shopify_orders.csv'), 'Tea shop');
	await expect(page.getByTestId('kpi-customers-value')).toHaveText('4');

	// A range typed in the fields goes into the address; the rule for new customers is said beside it.
	await page.getByTestId('range-from').fill('2023-03-01');
	await page.getByTestId('range-to').fill('2023-04-10');
	await expect(page).toHaveURL(/from=2023-03-01&to=2023-04-10/);
	await expect(page.getByTestId('range-summary')).toContainText('2 new to the shop, 1 returning');
	// The data begins on 5 Jan 2023: eve and frank, first seen within a 12-month window of it, may have bought before.
	await expect(page.getByTestId('range-new-may-be-earlier')).toContainText(
		'New customers first seen before 5 Jan 2024, less than one 12-month activity window after the data begins on 5 Jan 2023: 2 of the 2 (may include earlier buyers).'
	);
	await expect(page.getByTestId('kpi-customers-value')).toHaveText('3');
	await expect(page.getByTestId('kpi-revenue-value')).toHaveText('€142.50');
	await expect(page.getByTestId('kpi-customers-previous')).toContainText('2 (+50%)');
	await expect(page.getByTestId('kpi-revenue-previous')).toContainText('€55.00 (+159.1%)');
	await expect(page.getByTestId('kpi-revenue-yearAgo')).toContainText('not comparable');
	await expect(page.getByTestId('period-compare-yearAgo')).toContainText('the data begins on');
	await expectAccessible(page, 'analysis with a date range');

	// A link reopens the range; a start after the end is refused in words.
	await page.reload();
	await expect(page.getByTestId('kpi-revenue-value')).toHaveText('€142.50');
	await page.getByTestId('range-from').fill('2023-04-20');
	await expect(page.getByTestId('range-problem')).toHaveText('The start date is after the end date.');
	await page.getByTestId('range-preset-last90').click();
	await expect(page).toHaveURL(/from=2023-01-11&to=2023-04-10/);
	await page.getByTestId('range-preset-all').click();
	await expect(page.getByTestId('kpi-revenue-value')).toHaveText('€257.40');

	// The comparison opens with the settings that change its figures (QA: it took the defaults, and said
	// "the same settings" all the same).
	await page.getByLabel('Activity window (months)').fill('6');
	await page.getByRole('link', { name: 'Compare two data sets side by side' }).click();
	await expect(page.getByTestId('compare-window')).toHaveValue('6');
	await page.getByTestId('compare-a').selectOption({ label: '\u2068Tea shop\u2069' });
	await page.getByTestId('compare-b').selectOption({ label: '\u2068Gadget shop\u2069' });
	await expect(page.getByTestId('compare-currency-note')).toContainText('EUR');
	await expect(page.getByTestId('compare-currency-note')).toContainText('USD');
	await expect(page.getByTestId('compare-span-note')).toContainText('no day in common');
	await expect(page.getByTestId('compare-kpi-customers').locator('td')).toHaveText(['4', '3']);
	await expect(page.getByTestId('compare-kpi-revenue').locator('td').first()).toHaveText('€257.40');
	await expect(page.getByTestId('compare-kpi-revenue').locator('td').last()).toContainText('116.50');
	await expect(page.getByTestId('compare-periods').locator('tbody tr')).toHaveCount(6);
	// Each side's periods carry the Analysis page's marks and notes: A's data begins on 5 Jan 2023, its last month is partial.
	await expect(page.getByTestId('compare-period-flags-a').first()).toContainText('(base still building)');
	await expect(page.getByTestId('partial-period-note').first()).toContainText('Apr 2023 is partial');
	await expect(page).toHaveURL(/a=\d+.*&b=\d+/);
	await expect(page).toHaveURL(/window=6/);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the key figures (CSV)' }).click();
	const file = await download;
	// The file names its range, and says it in every row
	expect(file.suggestedFilename()).toMatch(/key-figures-all-orders\.csv$/);
	const csv = readFileSync((await file.path())!, 'utf8');
	expect(csv.split('\n')[0]).toMatch(/,range,note\r?$/);
	expect(csv).toContain(',all orders,');
	await expectAccessible(page, 'comparison of two data sets');

	// Its period and window are in its address: a reload (a link) keeps them.
	await page.getByTestId('compare-period').selectOption('quarter');
	await expect(page).toHaveURL(/period=quarter/);
	await page.reload();
	await expect(page.getByTestId('compare-period')).toHaveValue('quarter');
	await expect(page.getByTestId('compare-window')).toHaveValue('6');
	// Q1 and Q2 2023 (A: 5 Jan – 10 Apr, B: May – June).
	await expect(page.getByTestId('compare-periods').locator('tbody tr')).toHaveCount(2);
});
