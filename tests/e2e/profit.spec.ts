import { readFileSync } from 'node:fs';
import { SHOPIFY_PROFIT as X } from '../fixtures/profit/expected';
import { expectAccessible } from './support/axe';
import { fileFromText, fixture, importFiles } from './support/import';
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
	// The data begin on 5 Jan 2023: every cohort starts within the 12-month activity window of that day.
	await expect(page.getByTestId('profit-earlier')).toContainText(
		'The cohorts from Jan 2023 to Apr 2023 (4 customers)'
	);

	const summary = page.getByTestId('profit-summary');
	const jan = summary.locator(`tr[data-cohort="${cohort(2023, 1)}"]`);
	// Jan 2023: 22.721 per customer so far (April partial), payback in month 1 (19.321 < 20 ≤ 25.371).
	await expect(jan.locator('td[data-value]')).toContainText('€22.72');
	await expect(jan.locator('td[data-value]')).toContainText('(partial)');
	await expect(jan.locator('td[data-payback]')).toHaveAttribute('data-payback', String(X.cohorts[0].payback));
	await expect(jan.locator('td[data-payback]')).toHaveText('month 1');
	// Month 3 is April, partial: no LTV:CAC after months 0–3, nor 0–6 or 0–12.
	await expect(jan.locator('td[data-ratio]')).toHaveText([
		'not observed yet',
		'not observed yet',
		'not observed yet'
	]);
	const mar = summary.locator(`tr[data-cohort="${cohort(2023, 3)}"]`);
	await expect(mar.locator('td[data-payback]')).toHaveText('not yet (2 months observed)');
	const apr = summary.locator(`tr[data-cohort="${cohort(2023, 4)}"]`);
	await expect(apr.locator('td[data-payback]')).toHaveText('month 0');
	// So all customers have no payback: every cohort may include customers who bought before.
	const allPayback = summary.locator('tr[data-cohort="all"] td[data-payback]');
	await expect(allPayback).toHaveText('none: every cohort may include customers who bought before the data begins');
	await expect(jan.locator('th')).toContainText('may include customers who bought before the data begins');

	// The chart's table: month 1 of the Jan 2023 cohort is 25.371, of all customers the same (Jan only).
	await page.getByRole('button', { name: 'Show as table' }).click();
	const month1 = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '1', exact: true }) });
	await expect(month1.first()).toContainText('€25.37');
	await expectAccessible(page, 'profit');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the table (CSV)' }).click();
	const lines = readFileSync((await (await download).path())!, 'utf8').split('\r\n');
	expect(lines[1]).toMatch(/^All customers,4,257\.4,/);
	expect(lines[2]).toMatch(
		/^Jan 2023 \(may include customers who bought before the data begins\) \(fewer than 30 customers: rough\),/
	);
	expect(lines[2]).toContain(',1,19.32,25.37,25.37,22.72 (partial)');

	// A CAC for the web channel (every kept customer's first order came through it): 26 per customer.
	// Jan 2023 peaks at 25.371 < 26 → not yet within its 4 months; Apr 2023: 64.30 ≥ 26 → month 0.
	await page.getByLabel(/web\u2069 \(4 customers\)/).fill('26');
	await expect(jan.locator('td[data-cac]')).toHaveText('€26.00');
	await expect(jan.locator('td[data-payback]')).toHaveText('not yet (4 months observed)');
	await expect(allPayback).toHaveText('none: every cohort may include customers who bought before the data begins');
	await expect(apr.locator('td[data-payback]')).toHaveText('month 0');
	await expectAccessible(page, 'profit with a CAC per channel');

	// A typed cost never changes by itself: it is there again after a reload.
	await page.reload();
	await expect(page.getByTestId('cost-cac')).toHaveValue(X.costs.cac);
	await expect(page.getByTestId('cost-feeFixed')).toHaveValue('0.3');
	await expect(page.getByLabel(/web\u2069 \(4 customers\)/)).toHaveValue('26');
	await expect(jan.locator('td[data-payback]')).toHaveText('not yet (4 months observed)');
});

/**
 * A WooCommerce-shaped export, one row per line item, with WooCommerce Cost of Goods' unit cost and
 * the billing names. Hand-worked (cost of goods 40 % typed, every other cost 0):
 *   order 1 (ann, 10 Jan): 50.00, cost 2 × 6.00 + 1 × 4.00 = 16.00 → margin 34.00
 *   order 2 (ben, 20 Jan): 30.00, no cost in the file → 40 %: 30 × 0.60 = 18.00
 *   order 3 (ann, 5 Feb): 40.00, cost 6.00 → 34.00
 *   order 4 (cara, 28 Feb): 20.00, cost 2.00 → 18.00
 * Jan cohort (ann, ben): month 0 (34 + 18) / 2 = 26.00, month 1 (52 + 34) / 2 = 43.00; Feb (cara): 18.00.
 * Three orders have a cost, one has none.
 */
const WOO_COST =
	'Order ID,Order Date,Order Status,Billing Email,First Name (Billing),Last Name (Billing),Order Total,Item Name,Item Quantity,_wc_cog_item_cost\n' +
	'1,2023-01-10,completed,ann@x.io,Ann,Lee,50.00,Mug,2,6.00\n' +
	'1,2023-01-10,completed,ann@x.io,Ann,Lee,,Tea,1,4.00\n' +
	'2,2023-01-20,completed,ben@x.io,Ben,Ng,30.00,Kettle,1,\n' +
	'3,2023-02-05,completed,ann@x.io,Ann,Lee,40.00,Mug,1,6.00\n' +
	'4,2023-02-28,completed,cara@x.io,Cara,Ozola,20.00,Lid,1,2.00\n';

test('profit with the file’s cost of goods: stored costs where given, the percentage for the rest, said with the count; names go into the audience files', async ({
	page
}) => {
	await page.goto('./data');
	await importFiles(page, fileFromText('woo-cost.csv', WOO_COST), 'Woo with costs');
	await page.goto('./analysis/profit');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profit: gross-margin LTV, LTV:CAC and payback');
	await expect(page.getByTestId('cost-column-note')).toContainText('a cost of goods for 3 orders');
	await expect(page.getByTestId('cost-column-note')).toContainText('1 orders have none in the file');

	await page.getByTestId('cost-cogs').fill('40');
	await page.getByTestId('cost-shipping').fill('0');
	await page.getByTestId('cost-feeShare').fill('0');
	await page.getByTestId('cost-feeFixed').fill('0');

	const basis = page.getByTestId('cogs-basis');
	await expect(basis).toContainText('the file’s own cost for 3 orders; 1 orders have no cost in the file');
	await expect(basis).toContainText('40');
	const summary = page.getByTestId('profit-summary');
	const jan = summary.locator(`tr[data-cohort="${cohort(2023, 1)}"]`);
	await expect(jan.locator('td[data-value]')).toContainText('43.00');
	const feb = summary.locator(`tr[data-cohort="${cohort(2023, 2)}"]`);
	await expect(feb.locator('td[data-value]')).toContainText('18.00');
	await expectAccessible(page, 'profit with stored costs');

	// The same names reach the customers page's exports, in the tools' own headers.
	await page.goto('./analysis/customers');
	await expect(page.getByTestId('names-note')).toContainText('“First Name” and “Last Name”');
	await expect(page.getByTestId('names-note')).toContainText('3 of 3 customers have a name.');
	await page.getByTestId('one-time-days').fill('30');
	// ben: one purchase, 39 days before the data's last day (28 Feb); cara bought on that day.
	await expect(page.getByTestId('audience-oneTime').getByTestId('audience-size')).toHaveAttribute('data-count', '1');
	const klaviyo = page.waitForEvent('download');
	await page
		.getByRole('button', { name: 'CSV for Klaviyo: One-time buyers, N or more days since their order' })
		.click();
	expect((await klaviyo).suggestedFilename()).toMatch(/-one-time-buyers-klaviyo\.csv$/);
	const text = readFileSync((await (await klaviyo).path())!, 'utf8');
	expect(text).toBe('Email,First Name,Last Name\r\nben@x.io,Ben,Ng\r\n');
	await expectAccessible(page, 'customer actions with names');
});
