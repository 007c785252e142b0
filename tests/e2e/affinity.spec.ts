import { readFileSync } from 'node:fs';
import { AFFINITY_EXPECTED as E, AFFINITY_FIXTURES } from '../fixtures/affinity/expected';
import { expectAccessible } from './support/axe';
import { fileFromText, fixture, importFiles } from './support/import';
import { forgetItemSkus } from './support/item-skus';
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

// A UCI file whose credit notes give back the whole quantity of a product: A's two mugs of 500001 (MUG,
// TEA, HONEY; one of three honeys given back too, which stays) and C's two candles of 500020, given back at
// 3.00 of 4.00 (2.00 left, no product); a guest's order 500040 (two rows, 15.00) names no customer.
const RETURNS = [
	'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
	'500001,M1,MUG,2,1/3/2011 10:00,5.00,12001,United Kingdom',
	'500001,T1,TEA,1,1/3/2011 10:00,10.00,12001,United Kingdom',
	'500001,H1,HONEY,3,1/3/2011 10:00,2.00,12001,United Kingdom',
	'C500002,M1,MUG,-2,1/5/2011 10:00,5.00,12001,United Kingdom',
	'C500002,H1,HONEY,-1,1/5/2011 10:00,2.00,12001,United Kingdom',
	'500003,M1,MUG,1,2/1/2011 10:00,5.00,12001,United Kingdom',
	'500003,T1,TEA,1,2/1/2011 10:00,10.00,12001,United Kingdom',
	'500010,M1,MUG,1,1/4/2011 10:00,5.00,12002,United Kingdom',
	'500010,T1,TEA,1,1/4/2011 10:00,10.00,12002,United Kingdom',
	'500011,H1,HONEY,2,2/2/2011 10:00,2.00,12002,United Kingdom',
	'500020,C1,CANDLE,2,1/6/2011 10:00,4.00,12003,United Kingdom',
	'C500021,C1,CANDLE,-2,1/7/2011 10:00,3.00,12003,United Kingdom',
	'500022,T1,TEA,1,3/1/2011 10:00,10.00,12003,United Kingdom',
	'500040,M1,MUG,1,1/8/2011 10:00,5.00,,United Kingdom',
	'500040,T1,TEA,1,1/8/2011 10:00,10.00,,United Kingdom'
].join('\n');

test('product affinity and first-order products: a product given back in full is not bought, and the orders with no customer are said', async ({
	page
}) => {
	await page.goto('./data');
	await importFiles(page, fileFromText('uci_returns.csv', RETURNS + '\n'), 'Returns');
	await page.goto('./analysis/products?min=2');
	// Orders with products: 500001 {TEA, HONEY}, 500003 and 500010 {MUG, TEA}, 500011 {HONEY}, 500022 {TEA};
	// 500020 has none left. (With the mugs counted: 6 orders, MUG–TEA in 3, lift 3·6/(3·4) = 1.5.)
	await expect(page.getByTestId('affinity-together-basis')).toHaveAttribute('data-orders', '5');
	await expect(page.getByTestId('affinity-returned')).toContainText('whole quantity of 2 line items (on 2 orders)');
	await expect(page.getByTestId('affinity-returned')).toContainText('1 of those orders have no product left');
	await expect(page.getByTestId('affinity-customerless')).toContainText('skipped their 2 rows');
	// MUG → TEA: 2 of 5 orders, both orders with MUG, TEA in 4: lift 2·5/(2·4) = 1.25.
	const mugTea = page.getByTestId('affinity-together-rules').locator('tbody tr[data-from="MUG"][data-to="TEA"]');
	await expect(mugTea.locator('td[data-support]')).toHaveText('40%');
	await expect(mugTea.locator('td[data-lift]')).toHaveText('1.25');
	// Came back with products on both days: A and B; C's first purchase has none left.
	await expect(page.getByTestId('affinity-next-basis')).toHaveAttribute('data-customers', '2');

	// By product of the first order: A's {TEA, HONEY}, B's {MUG, TEA}, C in "(none)", all three in All customers.
	await page.goto('./analysis/first-order?by=product');
	await expect(page.getByTestId('first-order-returned')).toContainText('2 line items on 2 orders');
	const table = page.getByTestId('first-order-table');
	await expect(table.locator('tr[data-group="v:TEA"]').locator('td').nth(1)).toHaveText('2');
	await expect(table.locator('tr[data-group="v:MUG"]').locator('td').nth(1)).toHaveText('1');
	await expect(table.locator('tr[data-group="none"]').locator('td').nth(1)).toHaveText('1');
	await expectAccessible(page, 'first-order products with returns');
});

test('product affinity by SKU: the toggle counts pairs of SKUs where the file has them, says so where it has none, and where the data set was imported before SKUs per item were kept', async ({
	page
}) => {
	await page.goto('./data');
	await importFiles(page, fixture('first-order/woocommerce_first_order.csv'), 'No SKUs');
	await page.goto('./data');
	await importFiles(page, fixture('first-order/shopify_skus.csv'), 'SKU shop');
	await page.goto('./analysis/products?min=2');
	const byChoice = page.getByTestId('affinity-by');
	// Names by default. T-shirt and Mug: 2 of 8 orders, 4 orders each: lift 2·8/(4·4) = 1 (a's two
	// T-shirt SKUs are one T-shirt).
	await expect(byChoice).toHaveValue('product');
	await expect(page.getByTestId('affinity-together-basis')).toHaveAttribute('data-orders', '8');
	const rows = page.getByTestId('affinity-together-rules').locator('tbody tr');
	await expect(rows.first().locator('td[data-lift]')).toHaveAttribute('data-lift', '1');
	await expect(page).not.toHaveURL(/[?&]by=/);

	// By SKU: TS-S → MUG-1 in 2 of the 7 orders with a SKU, both orders with TS-S, MUG-1 in 4:
	// support 28.6%, confidence 100%, lift 2·7/(2·4) = 1.75.
	await byChoice.selectOption('sku');
	await expect(page).toHaveURL(/[?&]by=sku(&|$)/);
	await expect(page.getByTestId('affinity-by-sku')).toContainText('Counted by SKU');
	await expect(page.getByTestId('affinity-together-basis')).toHaveAttribute('data-orders', '7');
	const tsMug = page.getByTestId('affinity-together-rules').locator('tbody tr[data-from="TS-S"][data-to="MUG-1"]');
	await expect(tsMug.locator('td[data-support]')).toHaveText('28.6%');
	await expect(tsMug.locator('td[data-confidence]')).toContainText('100%');
	await expect(tsMug.locator('td[data-lift]')).toHaveText('1.75');
	await expect(rows).toHaveCount(2);
	await expectAccessible(page, 'product affinity by SKU');
	// The choice survives a reload.
	await page.reload();
	await expect(byChoice).toHaveValue('sku');
	await expect(tsMug.locator('td[data-lift]')).toHaveText('1.75');

	// A data set without a SKU column: no choice, a plain sentence, pairs of names.
	const other = page.getByTestId('dataset-select').locator('option', { hasText: 'No SKUs' });
	await page.getByTestId('dataset-select').selectOption((await other.getAttribute('value'))!);
	await expect(page.getByTestId('affinity-no-sku-column')).toContainText('no SKU column');
	await expect(byChoice).toHaveCount(0);
	await expect(page.getByTestId('affinity-together-basis')).toBeVisible();

	// Imported before SKUs per item were kept: said, with what to do; names still counted.
	await forgetItemSkus(page, 'SKU shop');
	await page.goto('./analysis/products?min=2&by=sku');
	await expect(page.getByTestId('affinity-sku-not-per-item')).toContainText('import the file again', {
		ignoreCase: true
	});
	await expect(page.getByTestId('affinity-together-rules')).toHaveCount(0);
	await expectAccessible(page, 'product affinity by SKU of a data set imported before');
	await byChoice.selectOption('product');
	await expect(page.getByTestId('affinity-together-basis')).toHaveAttribute('data-orders', '8');

	// The breakdown by first-order SKU says the same instead of grouping by the first line item's SKU.
	await page.goto('./analysis/first-order?by=sku');
	await expect(page.getByTestId('first-order-sku-not-per-item')).toContainText('Import the file again');
	await expect(page.getByTestId('first-order-table')).toHaveCount(0);
	await expectAccessible(page, 'first-order breakdown by SKU of a data set imported before');
});

test('a file with SKUs and no product names: its first orders are grouped by SKU and its pairs are of SKUs, both said to be codes', async ({
	page
}) => {
	await page.goto('./data');
	await importFiles(page, fixture('first-order/generic_skus.csv'), 'Codes only');
	// Pairs: of SKUs only (no choice of names), said so. MUG-1 with TEE-9 in 2 of the 8 orders.
	await page.goto('./analysis/products?min=2');
	await expect(page.getByTestId('affinity-no-names')).toContainText('no product names');
	await expect(page.getByTestId('affinity-by')).toHaveCount(0);
	await expect(page.getByTestId('affinity-together-basis')).toHaveAttribute('data-orders', '8');
	const mugTee = page.getByTestId('affinity-together-rules').locator('tbody tr[data-from="MUG-1"][data-to="TEE-9"]');
	await expect(mugTee.locator('td[data-support]')).toHaveText('25%');
	await expectAccessible(page, 'product affinity of SKUs without names');

	// First orders by SKU, the one dimension stored: MUG-1 ann, cai, dan, eve; TEE-9 ann, ben, eve.
	await page.goto('./analysis/first-order');
	await expect(page.getByTestId('first-order-by').locator('option')).toHaveText([
		'SKU (each SKU of the first order)'
	]);
	await expect(page.getByTestId('first-order-no-names')).toContainText('no product names');
	const table = page.getByTestId('first-order-table');
	await expect(table.locator('tr[data-group="v:MUG-1"]').locator('td').nth(1)).toHaveText('4');
	await expect(table.locator('tr[data-group="v:TEE-9"]').locator('td').nth(1)).toHaveText('3');
	await expectAccessible(page, 'first-order breakdown by SKU without names');
});
