import { readFileSync } from 'node:fs';
import { AFFINITY_EXPECTED as E, AFFINITY_FIXTURES } from '../fixtures/affinity/expected';
import { expectAccessible } from './support/axe';
import { fixture, importFiles } from './support/import';
import { expect, test } from './support/test';

const SHOPIFY = AFFINITY_FIXTURES[0];
const name = SHOPIFY.names;

test('product affinity: the Shopify fixture gives the hand-computed pairs, kept in the address and exported; a file without products says which columns give them', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	await page.goto('./data');
	await importFiles(page, fixture('orders/woocommerce_orders.csv'), 'No products');
	await page.goto('./data');
	await importFiles(page, fixture(`affinity/${SHOPIFY.file}`), 'Tea shop');
	await page.goto('./analysis');
	await page.getByRole('link', { name: 'Product affinity: bought together and bought next (cross-sell)' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Product affinity: bought together and bought next'
	);

	// The figures are of all orders, and the page says so (the Analysis page's date range is not carried here).
	await expect(page.getByTestId('subpage-all-orders')).toContainText('Computed from all orders of the data set,');
	// The newest data set is chosen; at the default minimum of 5 orders no pair of this small shop qualifies.
	const together = page.getByTestId('affinity-together');
	await expect(page.getByTestId('affinity-together-basis')).toHaveAttribute('data-orders', String(E.together.orders));
	await expect(page.getByTestId('affinity-together-none')).toContainText('in 5 orders together');

	await page.getByTestId('affinity-min').fill(String(E.minCount));
	await expect(page).toHaveURL(/[?&]min=2(&|$)/);
	await expect(page).toHaveURL(/[?&]sort=lift(&|$)/);
	// Honey → Teapot: 2 of 11 orders, 2 of the 3 with honey, lift 2·11/(3·3) = 2.44; the first by lift.
	const rows = page.getByTestId('affinity-together-rules').locator('tbody tr');
	const first = rows.first();
	await expect(first).toHaveAttribute('data-from', name.H);
	await expect(first).toHaveAttribute('data-to', name.P);
	await expect(first.locator('td[data-count]')).toContainText('2');
	await expect(first.locator('td[data-count]')).toContainText('uncertain');
	await expect(first.locator('td[data-support]')).toHaveText('18.2%');
	await expect(first.locator('td[data-confidence]')).toContainText('66.7%');
	await expect(first.locator('td[data-lift]')).toHaveText('2.44');
	await expect(rows).toHaveCount(4);
	// The chart of the four rules' lift, with chance (lift 1) marked.
	await expect(together.getByRole('heading', { name: 'Lift of the first 4 rules' })).toBeVisible();

	// Bought next: Mug → Teapot for 2 of the 5 returning customers, lift 1.25.
	const next = page.getByTestId('affinity-next');
	await expect(page.getByTestId('affinity-next-basis')).toHaveAttribute('data-customers', String(E.next.customers));
	const mugTeapot = next
		.getByTestId('affinity-next-rules')
		.locator(`tbody tr[data-from="${name.M}"][data-to="${name.P}"]`);
	await expect(mugTeapot.locator('td[data-lift]')).toHaveText('1.25');
	await expect(mugTeapot.locator('td[data-support]')).toHaveText('40%');
	await expect(page.getByTestId('affinity-tactic')).toHaveAttribute('href', /\/planner#tactic-cross-sell$/);
	await expectAccessible(page, 'product affinity');

	// Ranked by count: Mug → Green tea (4 orders) comes first; the choice survives a reload.
	await page.getByTestId('affinity-sort').selectOption('count');
	await expect(page).toHaveURL(/[?&]sort=count(&|$)/);
	await expect(first).toHaveAttribute('data-from', name.M);
	await page.reload();
	await expect(page.getByTestId('affinity-min')).toHaveValue('2');
	await expect(first).toHaveAttribute('data-to', name.T);

	const download = page.waitForEvent('download');
	await page.getByTestId('affinity-together-csv').click();
	const lines = readFileSync((await (await download).path())!, 'utf8').split('\r\n');
	expect(lines[0]).toMatch(/^\uFEFFProduct,Also in the order,Orders with both,/);
	expect(lines[1]).toMatch(/^Mug,"Green tea, 100 g",4,5,7,0\.3636,0\.8,[\d.]+,[\d.]+,1\.257,yes$/);
	expect(lines.filter((l) => l !== '')).toHaveLength(5);

	// A data set without a product column: the page says which columns give line items.
	const other = page.getByTestId('dataset-select').locator('option', { hasText: 'No products' });
	await expect(other).toHaveAttribute('value', /^\d+$/);
	await page.getByTestId('dataset-select').selectOption((await other.getAttribute('value'))!);
	await expect(page.getByTestId('affinity-no-items')).toContainText('Lineitem name');
	await expect(page.getByTestId('affinity-no-items')).toContainText('StockCode');
	// Opened directly (the address written before the router was live threw once): no error on the page.
	expect(errors).toEqual([]);
});
