import { readFileSync } from 'node:fs';
import { SHOPIFY_PROFIT as X } from '../fixtures/profit/expected';
import { expectAccessible } from './support/axe';
import { fixture, importFiles } from './support/import';
import { expect, test } from './support/test';

/** The month index the page marks a cohort's row with (year × 12 + month − 1). */
const cohort = (year: number, month: number) => String(year * 12 + month - 1);

test('profit: typed costs give the hand-computed gross-margin LTV, LTV:CAC only where observed, and the payback month', async ({
	page
}) => {
	await page.goto('./data');
	await importFiles(page, fixture(`orders/${X.file}`), 'Tea shop');
	await page.goto('./analysis');
	await page.getByRole('link', { name: 'Profit: gross-margin LTV, LTV:CAC and CAC payback' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profit: gross-margin LTV, LTV:CAC and payback');
	await expect(page.getByTestId('type-costs')).toBeVisible();
	// Shopify's Source column is stored as the channel: a CAC per channel of the first order is offered.
	await expect(page.locator('#cac-help')).toContainText('this data set stores the sales channel of each order');

	await page.getByTestId('cost-cogs').fill(X.costs.cogs);
	await page.getByTestId('cost-shipping').fill(X.costs.shipping);
	await page.getByTestId('cost-feeShare').fill(X.costs.feeShare);
	await page.getByTestId('cost-feeFixed').fill(X.costs.feeFixed);
	await page.getByTestId('cost-cac').fill(X.costs.cac);

	await expect(page.getByTestId('profit-basis')).toContainText('Based on 4 customers');
	await expect(page.getByTestId('profit-basis')).toContainText('Revenue here is net sales');
	await expect(page.getByTestId('profit-partial')).toContainText('10 of its 30 days');

	const summary = page.getByTestId('profit-summary');
	const jan = summary.locator(`tr[data-cohort="${cohort(2023, 1)}"]`);
	// Jan 2023: 22.721 per customer so far (April partial), payback in month 1 (19.321 < 20 ≤ 25.371).
	await expect(jan.locator('td[data-value]')).toContainText('€22.72');
	await expect(jan.locator('td[data-value]')).toContainText('(partial)');
	await expect(jan.locator('td[data-payback]')).toHaveAttribute('data-payback', String(X.cohorts[0].payback));
	await expect(jan.locator('td[data-payback]')).toHaveText('month 1');
	// Month 3 is April, partial: no LTV:CAC at 3 months, nor at 6 or 12.
	await expect(jan.locator('td[data-ratio]')).toHaveText([
		'not observed yet',
		'not observed yet',
		'not observed yet'
	]);
	const mar = summary.locator(`tr[data-cohort="${cohort(2023, 3)}"]`);
	await expect(mar.locator('td[data-payback]')).toHaveText('not yet (2 months observed)');
	const apr = summary.locator(`tr[data-cohort="${cohort(2023, 4)}"]`);
	await expect(apr.locator('td[data-payback]')).toHaveText('month 0');
	await expect(summary.locator('tr[data-cohort="all"] td[data-payback]')).toHaveText('month 1');

	// The chart's table: month 1 of the Jan 2023 cohort is 25.371, of all customers the same (Jan only).
	await page.getByRole('button', { name: 'Show as table' }).click();
	const month1 = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '1', exact: true }) });
	await expect(month1.first()).toContainText('€25.37');
	await expectAccessible(page, 'profit');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the table (CSV)' }).click();
	const lines = readFileSync((await (await download).path())!, 'utf8').split('\r\n');
	expect(lines[1]).toMatch(/^All customers,4,257\.4,/);
	expect(lines[2]).toContain(',1,19.32,25.37,25.37,22.72 (partial)');

	// A CAC for the web channel (every kept customer's first order came through it): 26 per customer.
	// Jan 2023 peaks at 25.371 < 26 → not yet within its 4 months; all customers too (3 months);
	// Apr 2023: 64.30 ≥ 26 → month 0.
	await page.getByLabel(/web\u2069 \(4 customers\)/).fill('26');
	await expect(jan.locator('td[data-cac]')).toHaveText('€26.00');
	await expect(jan.locator('td[data-payback]')).toHaveText('not yet (4 months observed)');
	await expect(summary.locator('tr[data-cohort="all"] td[data-payback]')).toHaveText('not yet (3 months observed)');
	await expect(apr.locator('td[data-payback]')).toHaveText('month 0');
	await expectAccessible(page, 'profit with a CAC per channel');

	// A typed cost never changes by itself: it is there again after a reload.
	await page.reload();
	await expect(page.getByTestId('cost-cac')).toHaveValue(X.costs.cac);
	await expect(page.getByTestId('cost-feeFixed')).toHaveValue('0.3');
	await expect(page.getByLabel(/web\u2069 \(4 customers\)/)).toHaveValue('26');
	await expect(jan.locator('td[data-payback]')).toHaveText('not yet (4 months observed)');
});
