import { readFileSync } from 'node:fs';
import { ALL, FIRST_ORDER_FIXTURES } from '../fixtures/first-order/expected';
import { expectAccessible } from './support/axe';
import { fixture, importFiles } from './support/import';
import { expect, test } from './support/test';

const SHOPIFY = FIRST_ORDER_FIXTURES.find((f) => f.layout === 'shopify')!;

test('first-order breakdowns: the hand-computed groups of a Shopify file by product, then by channel, their CSV, and a file without such columns', async ({
	page
}) => {
	await page.goto('./data');
	await importFiles(page, fixture(`first-order/${SHOPIFY.file}`), 'First orders');
	await page.goto('./analysis');
	await page.getByRole('link', { name: /^Breakdowns by what the first order had/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Breakdowns by first-order attribute');

	// The first stored dimension (product) is shown first; the file stores five.
	const by = page.getByTestId('first-order-by');
	await expect(by.locator('option')).toHaveText([
		'Product (each product of the first order)',
		'Sales channel / source',
		'Country',
		'Discount (coupon) code',
		'SKU (first line item)'
	]);
	await expect(page.getByTestId('first-order-basis')).toContainText(`${ALL.customers} customers with orders`);
	// Six customers are too few for the CLV models: they are refused, and said so.
	await expect(page.getByTestId('first-order-refused')).toBeVisible();

	const table = page.getByTestId('first-order-table');
	// Tea: a, c (f's first order is its 08:00 Mug, listed after its 09:00 Tea): both came back.
	const tea = table.locator('tr[data-group="v:Tea"]');
	await expect(tea.locator('td').nth(1)).toHaveText('2');
	await expect(tea.locator('td').nth(2)).toHaveText('100% (2)');
	// Mug: b, f, and a, whose first order has Tea and Mug: the groups overlap, and the page says so.
	await expect(table.locator('tr[data-group="v:Mug"]').locator('td').nth(1)).toHaveText('3');
	await expect(page.getByTestId('first-order-overlap')).toContainText('groups overlap');
	await expect(page.getByTestId('first-order-no-sku')).toHaveCount(0);

	// By SKU (the first line item's): a is in TEA-1 only; no group overlaps.
	await by.selectOption('sku');
	await expect(page).toHaveURL(/[?&]by=sku/);
	await expect(table.locator('tr[data-group="v:MUG-1"]').locator('td').nth(1)).toHaveText('2');
	await expect(table.locator('tr[data-group="v:TEA-1"]').locator('td').nth(1)).toHaveText('2');
	await expect(page.getByTestId('first-order-overlap')).toHaveCount(0);

	// Switch to the channel: kept in the address, and the groups are the channel's.
	await by.selectOption('channel');
	await expect(page).toHaveURL(/[?&]by=channel/);
	const web = table.locator('tr[data-group="v:web"]');
	// web: a, c, f; a and c came back (27 and 36 days); of a and f (observed ≥ 90 days) a within 90.
	await expect(web.locator('td')).toHaveText([
		'1',
		'3',
		'66.7% (2)',
		// Wilson 95 % interval of 2 of 3.
		'20.8% – 93.9%',
		// A median of two customers' waits: too few, said.
		'31.5 days (of 2) (uncertain: few customers came back)',
		// Two customers observed 90 days: too few, said with the Wilson interval of 1 of 2.
		'50% (1 of 2) (uncertain: few customers observed that long; 95 % interval 9.5% – 90.5%)',
		'not predicted'
	]);
	await expect(web.getByTestId('uncertain')).toBeVisible();
	await expect(web.getByTestId('median-uncertain')).toBeVisible();
	await expect(table.locator('tbody tr')).toHaveCount(4);
	await expect(page.getByTestId('first-order-ltv')).toContainText(
		'web: customers behind month 0: 3; behind month 3: 2. From month 0 on, each month rests on fewer than 30 customers: uncertain.'
	);
	await expectAccessible(page, 'first-order breakdown by channel');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the table (CSV)' }).click();
	const lines = readFileSync((await (await download).path())!, 'utf8').split('\r\n');
	expect(lines[1]).toMatch(/^All customers,6,3,0\.5,/);
	// web (a, c, f), then pos (b, e), then instagram (d); LTV month 0..3 with the customers behind each
	// month's increment and whether they are too few (all are: under 30): web m0 (30 + 40 + 30)/3,
	// m1 + (25 + 10 + 0)/3 = 45, m2 + 0/3, m3 + 0/2 (a, f) — the curve does not fall.
	expect(lines[2]).toMatch(/^web,3,2,/);
	expect(lines[2]).toMatch(/,45,3,yes,45,3,yes,45,2,yes$/);
	expect(lines[3]).toMatch(/^pos,2,0,0,/);
	expect(lines[4]).toMatch(/^instagram,1,1,1,/);

	// The table's ranking is kept in the address too: a reload (or a link) reopens the same view.
	await page.getByTestId('first-order-sort').selectOption('repeatRate');
	await expect(page).toHaveURL(/[?&]sort=repeatRate/);
	await expect(page).toHaveURL(/[?&]by=channel/);
	await page.reload();
	await expect(page.getByTestId('first-order-sort')).toHaveValue('repeatRate');
	await expect(page.getByTestId('first-order-by')).toHaveValue('channel');
	// web (2 of 3 back) and instagram (every customer back) rank above pos (none back).
	await expect(table.locator('tbody tr').last()).toHaveAttribute('data-group', 'v:pos');

	// An address without a ranking reached without a reload (a link here; back and forward alike): the
	// default ranking, as the dimension follows the address, not the ranking shown before.
	await page.evaluate(() => {
		const link = document.createElement('a');
		link.href = '?by=country';
		link.textContent = 'By country';
		link.dataset.testid = 'by-country';
		document.querySelector('main')!.append(link);
	});
	await page.getByTestId('by-country').click();
	await expect(page.getByTestId('first-order-by')).toHaveValue('country');
	await expect(page.getByTestId('first-order-sort')).toHaveValue('customers');
	await expect(page).toHaveURL(/[?&]sort=customers/);
	await page.goBack();
	await expect(page.getByTestId('first-order-by')).toHaveValue('channel');
	await expect(page.getByTestId('first-order-sort')).toHaveValue('repeatRate');
	await page.goForward();
	await expect(page.getByTestId('first-order-by')).toHaveValue('country');
	await expect(page.getByTestId('first-order-sort')).toHaveValue('customers');

	// A file with none of these columns: the page says which columns would give them.
	await page.goto('./data');
	await importFiles(page, fixture('orders/generic_pipe_compact.csv'), 'No attributes');
	await page.goto('./analysis/first-order');
	await expect(page.getByTestId('first-order-none')).toContainText('Lineitem name (product), Source (channel)');
	await expect(page.getByTestId('first-order-by')).toHaveCount(0);
});
