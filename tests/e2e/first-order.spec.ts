import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { ALL, FIRST_ORDER_FIXTURES } from '../fixtures/first-order/expected';
import { expectAccessible } from './support/axe';
import { fileOnDisk, fixture, FIXTURES, importFiles } from './support/import';
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
		'SKU (each SKU of the first order)'
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

	// By SKU (every line item's, as by product): a's first order has TEA-1 and MUG-1, so a is in both.
	await by.selectOption('sku');
	await expect(page).toHaveURL(/[?&]by=sku/);
	await expect(table.locator('tr[data-group="v:MUG-1"]').locator('td').nth(1)).toHaveText('3');
	await expect(table.locator('tr[data-group="v:TEA-1"]').locator('td').nth(1)).toHaveText('2');
	await expect(page.getByTestId('first-order-overlap')).toContainText('several SKUs');
	await expectAccessible(page, 'first-order breakdown by SKU');

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
		'not predicted',
		// No predicted CLV, so no interval of it.
		'—'
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
	// The rank the page shows comes first; All customers has none.
	expect(lines[0]).toMatch(/^\ufeffRank,First order’s value,Customers,/);
	expect(lines[1]).toMatch(/^,All customers,6,3,0\.5,/);
	// web (a, c, f), then pos (b, e), then instagram (d); LTV month 0..3 with the customers behind each
	// month's increment and whether they are too few (all are: under 30): web m0 (30 + 40 + 30)/3,
	// m1 + (25 + 10 + 0)/3 = 45, m2 + 0/3, m3 + 0/2 (a, f) — the curve does not fall.
	expect(lines[2]).toMatch(/^1,web,3,2,/);
	expect(lines[2]).toMatch(/,45,3,yes,45,3,yes,45,2,yes$/);
	expect(lines[3]).toMatch(/^2,pos,2,0,0,/);
	expect(lines[4]).toMatch(/^3,instagram,1,1,1,/);

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

/** A money cell's amount ("€1,234.56" → 1234.56). */
const amount = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

test('first-order breakdowns: each group’s predicted CLV with its 95 % interval, in the table and its CSV', async ({
	page
}, testInfo) => {
	// The warehouse fixture's 1,000 customers (the CLV models fit them), each given a channel: web
	// (customers 1–600 but 7), pos (601–980), app (981–1000: 20, too few) and phone (customer 7 alone).
	const [head, ...rows] = readFileSync(`${FIXTURES}/warehouse/synthetic-orders.csv`, 'utf8').trim().split(/\r?\n/);
	const channel = (id: number) => (id === 7 ? 'phone' : id <= 600 ? 'web' : id <= 980 ? 'pos' : 'app');
	const text = [`${head},channel`, ...rows.map((r) => `${r},${channel(Number(r.split(',')[1].slice(1)))}`)].join(
		'\n'
	);
	await page.goto('./data');
	await importFiles(page, fileOnDisk(testInfo, 'channels.csv', text), 'Channels');
	await page.goto('./analysis/first-order?by=channel&sort=clv');
	const table = page.getByTestId('first-order-table');
	await expect(table.locator('tbody tr')).toHaveCount(5, { timeout: 60_000 });

	// The method says what the interval covers, and what it does not.
	await expect(page.getByTestId('first-order-clv-interval-help')).toContainText(
		'reflects the spread among the group’s customers'
	);
	await expect(page.getByTestId('first-order-clv-interval-help')).toContainText(
		'does not include the uncertainty of the fitted model’s parameters'
	);
	await expect(table.getByRole('columnheader', { name: '95 % interval of predicted CLV' })).toBeVisible();

	// Ranked by CLV: the certain groups (web, pos) first, then app (20) and phone (1), marked uncertain.
	const ranked = table.locator('tbody tr');
	await expect(ranked.nth(0)).toHaveAttribute('data-group', 'all');
	for (const k of [1, 2]) await expect(ranked.nth(k)).toHaveAttribute('data-group', /^v:(web|pos)$/);
	for (const k of [3, 4]) await expect(ranked.nth(k)).toHaveAttribute('data-group', /^v:(app|phone)$/);
	const order = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-group')));
	expect(order.slice(3).sort()).toEqual(['v:app', 'v:phone']);
	for (const key of ['v:app', 'v:phone'])
		await expect(table.locator(`tr[data-group="${key}"]`).getByTestId('clv-uncertain')).toBeVisible();
	for (const key of ['all', 'v:web', 'v:pos'])
		await expect(table.locator(`tr[data-group="${key}"]`).getByTestId('clv-uncertain')).toHaveCount(0);
	await expect(table.locator('tr[data-group="v:phone"]').getByTestId('clv-interval')).toHaveText(
		'none: one customer shows no spread to estimate it from'
	);

	// Each other group: an interval around its mean, as the CSV gives it (to the cent), with the page's rank.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the table (CSV)' }).click();
	const csv = Papa.parse<string[]>(
		readFileSync((await (await download).path())!, 'utf8')
			.replace('\ufeff', '')
			.trim()
	).data;
	const header = csv[0];
	const column = (name: string) => header.indexOf(name);
	expect(header[0]).toBe('Rank');
	const [low, high, mean, uncertain] = [
		column('Predicted CLV per customer, 95 % interval low'),
		column('Predicted CLV per customer, 95 % interval high'),
		header.findIndex((h) => h.startsWith('Predicted CLV per customer') && !h.includes('interval')),
		column('Predicted CLV uncertain (fewer than 30 customers with a predicted CLV)')
	];
	expect(Math.min(low, high, mean, uncertain)).toBeGreaterThan(0);
	for (const [k, key] of order.entries()) {
		const row = table.locator(`tr[data-group="${key}"]`);
		const cells = csv[k + 1];
		expect(cells[0]).toBe(k === 0 ? '' : String(k));
		await expect(row.locator('td').first()).toHaveText(k === 0 ? '' : String(k));
		expect(cells[uncertain]).toBe(key === 'v:app' || key === 'v:phone' ? 'yes' : 'no');
		if (key === 'v:phone') {
			expect([cells[low], cells[high]]).toEqual(['', '']);
			continue;
		}
		// (Read through a retrying assertion: the page's cell, not a one-shot read of it.)
		await expect
			.poll(async () => (await row.getByTestId('clv-interval').innerText()).split(' – ').map(amount))
			.toEqual([Number(cells[low]), Number(cells[high])]);
		expect(Number(cells[low])).toBeLessThan(Number(cells[mean]));
		expect(Number(cells[high])).toBeGreaterThan(Number(cells[mean]));
	}
	await expectAccessible(page, 'first-order breakdown with CLV intervals');
});
