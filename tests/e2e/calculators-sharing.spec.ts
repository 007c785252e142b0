import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/test';

/** The calculators as a whole: the index, links in and out, the address bar, settings. */

async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('[data-ready]')).toBeAttached();
}

const headline = (page: Page) => page.getByTestId('result').locator('output');

test('the index lists every calculator with a description, and each link opens it', async ({ page }) => {
	await page.goto('./calculators');
	const links = page.getByRole('main').getByRole('listitem').getByRole('link');
	await expect(links).toHaveCount(11);
	for (const group of [
		'Retention and churn',
		'Orders and customers',
		'Customer lifetime value',
		'Acquisition and loyalty'
	]) {
		await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
	}
	await expect(page.getByText('what Metrilo calls “retention rate”')).toBeVisible();
	await page.getByRole('link', { name: 'Net Promoter Score (NPS)' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Net Promoter Score (NPS)');
	await expect(page).toHaveURL(/\/calculators\/nps$/);
});

test('the home page’s educator link opens the CRR example with the math shown', async ({ page }) => {
	await page.goto('./');
	await page.getByRole('link', { name: 'Start with the CRR example' }).click();
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(headline(page)).toHaveText('82%');
	await expect(page.getByTestId('math')).toBeVisible();
	await expect(page.getByTestId('math')).toContainText('(10,200 − 2,000) / 10,000 × 100');
});

test('typing updates the address, and the copied link reopens the calculation elsewhere', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, './calculators/crr');
	await expect(page).toHaveURL(/\/calculators\/crr\?p=quarter$/);
	await page.getByLabel('Customers at the start (S)').fill('10 000');
	await page.getByLabel('Customers at the end (E)').fill('9,800');
	await page.getByLabel('New customers won in the period (N)').fill('2000');
	await page.getByLabel('Length of the period').selectOption('year');
	await expect(page).toHaveURL(/\?s=10000&e=9800&n=2000&p=year$/);

	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	// With the language it was shared in (the address itself stays without it).
	expect(copied).toMatch(/\/calculators\/crr\?s=10000&e=9800&n=2000&p=year&lang=en$/);

	const other = await context.newPage();
	await open(other, copied);
	await expect(headline(other)).toHaveText('78%');
	await expect(other.getByTestId('result')).toContainText('Customer retention rate for the year');
	await expect(other.getByLabel('Customers at the start (S)')).toHaveValue('10000');
});

test('two scenarios A and B travel in one copied link, with their difference', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, './calculators/crr?s=10000&e=10200&n=2000&p=year');
	await page.getByRole('checkbox', { name: 'Compare with scenario B' }).check();
	await expect(page.getByLabel('Scenario B — Customers at the end (E)')).toHaveValue('10200');
	await page.getByLabel('Scenario B — Customers at the end (E)').fill('9,800');
	await expect(page.getByTestId('compare-b')).toContainText('78%');
	await expect(page).toHaveURL(/\?s=10000&e=10200&n=2000&p=year&ab=1&b.s=10000&b.e=9800&b.n=2000$/);

	await page.getByRole('button', { name: 'Copy link' }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	const other = await context.newPage();
	await open(other, copied);
	await expect(other.getByLabel('Scenario A — Customers at the end (E)')).toHaveValue('10200');
	await expect(other.getByLabel('Scenario B — Customers at the end (E)')).toHaveValue('9800');
	await expect(other.getByTestId('compare-a')).toContainText('82%');
	await expect(other.getByTestId('compare-b')).toContainText('78%');
	await expect(other.getByTestId('compare-difference')).toContainText('−4 percentage points');
	// (78 − 82) / 82 = −4.878…%
	await expect(other.getByTestId('compare-relative')).toContainText('−4.9%');
	await other.getByRole('radio', { name: 'Scenario B' }).check();
	await other.locator('main summary', { hasText: 'Show the math' }).click();
	await expect(other.getByTestId('math')).toContainText('(9,800 − 2,000) / 10,000 × 100');
	await expect(other).toHaveURL(/math=b/);
	await expectAccessible(other, 'a calculator comparing two scenarios, B’s math open');
	// On a narrow screen (400 % zoom of 1280 px) B stacks under A, nothing wider than the screen.
	await other.setViewportSize({ width: 320, height: 640 });
	const boxA = await other.getByRole('group', { name: 'Scenario A' }).boundingBox();
	const boxB = await other.getByRole('group', { name: 'Scenario B' }).boundingBox();
	expect(boxB?.y).toBeGreaterThan((boxA?.y ?? 0) + (boxA?.height ?? 0) - 1);
	// The chart takes the new width a frame later, from its ResizeObserver: read until it has.
	await expect.poll(() => other.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the educator notes explain the seed’s 78 % and the variant loads with one click', async ({ page }) => {
	await open(page, './calculators/crr');
	await expect(page.getByRole('heading', { name: 'Notes' })).toBeVisible();
	await expect(page.getByText('says the rate is “about 78%”')).toBeVisible();
	await page.getByRole('button', { name: 'Load textbook example' }).click();
	await expect(headline(page)).toHaveText('82%');
	await page.getByRole('button', { name: 'Load the E = 9,800 variant' }).click();
	await expect(headline(page)).toHaveText('78%');
});

test('amounts follow the currency setting', async ({ page }) => {
	await open(page, './calculators/aov?r=125000&o=2500');
	await expect(headline(page)).toHaveText('€50.00');
	await page.getByLabel('Currency').selectOption('USD');
	await expect(headline(page)).toHaveText('US$50.00');
	await expect(page.getByLabel('Revenue', { exact: true })).toHaveAccessibleDescription(/USD/);
});

test('an ambiguous number says how it was read', async ({ page }) => {
	await open(page, './calculators/aov');
	await page.getByLabel('Revenue').fill('10.500');
	await expect(page.getByText('Read as 10.5')).toBeVisible();
	await page.getByLabel('Revenue').fill('10,500');
	await expect(page.getByText(/Read as/)).toHaveCount(0);
});

test('the math panel opens from the keyboard', async ({ page }) => {
	await open(page, './calculators/nps?pro=60&pas=25&det=15');
	await page.getByText('Show the math').focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('math')).toContainText('= 60 − 15 = +45');
	await expect(page).toHaveURL(/math=1/);
});

test('moving between calculators keeps each one’s own inputs', async ({ page }) => {
	await open(page, './calculators/crr?s=10000&e=10200&n=2000');
	await expect(headline(page)).toHaveText('82%');
	await page.getByRole('link', { name: 'All calculators' }).click();
	await page.getByRole('link', { name: 'Churn rate', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Churn rate');
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(page.getByLabel('Customers at the start (S)')).toHaveValue('');
	// Each step back is waited for on the page: the app navigates on popstate, and a second Back
	// taken while it still handles the first may leave it on the wrong page.
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calculators');
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer retention rate (CRR)');
	await expect(headline(page)).toHaveText('82%');
});

test('two quick Backs on a slow device: the calculator left behind does not write its inputs into the address Back reached', async ({
	page
}) => {
	await open(page, './calculators/crr?s=10000&e=10200&n=2000');
	await expect(headline(page)).toHaveText('82%');
	await page.getByRole('link', { name: 'All calculators' }).click();
	await page.getByRole('link', { name: 'Churn rate', exact: true }).click();
	await expect(page.locator('[data-ready]')).toBeAttached();
	// A slow device (the page's CPU slowed eightfold): the churn page, being left, stays on screen
	// for longer than its address write is delayed, with typing in it just before.
	await page.getByLabel('Customers at the start (S)').fill('500');
	const cpu = await page.context().newCDPSession(page);
	await cpu.send('Emulation.setCPUThrottlingRate', { rate: 8 });
	try {
		await page.evaluate(() => {
			history.back();
			setTimeout(() => history.back(), 5);
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer retention rate (CRR)');
		await expect(page.locator('[data-ready]')).toBeAttached();
		// Longer than the address write's delay, slowed: a write from the page left would have come.
		await page.waitForTimeout(1000);
	} finally {
		await cpu.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		await cpu.detach();
	}
	await expect(page.getByLabel('Customers at the start (S)')).toHaveValue('10000');
	await expect(headline(page)).toHaveText('82%');
	await expect(page).toHaveURL(/[?&]s=10000(&|$)/);
});

test('an unknown calculator is not found', async ({ page }) => {
	const response = await page.goto('./calculators/roi');
	expect(response?.status()).toBe(404);
});

test('typed numbers keep their value through languages, Back and reload; a scenario keeps its currency', async ({
	page
}) => {
	const field = (key: string) => page.locator(`#calc-clv-simple-${key}`);
	const language = page.locator('select:has(option[value="nl"])');
	await open(page, './calculators/clv-simple');
	await field('a').fill('1,250');
	await field('f').fill('2');
	await field('t').fill('3');
	await expect(headline(page)).toHaveText('€7,500.00');

	// Another language shows the same numbers its own way; the result does not move.
	await language.selectOption('nl');
	await expect(field('a')).toHaveValue('1.250');
	await expect(headline(page)).toHaveText(/^€\s7\.500,00$/);
	await language.selectOption('ru');
	await expect(field('a')).toHaveValue(/^1\s250$/);
	await expect(headline(page)).toHaveText(/^7\s500,00\s€$/);
	await language.selectOption('en');
	await expect(field('a')).toHaveValue('1,250');
	await expect(page).toHaveURL(/\?a=1250&f=2&t=3&p=year$/);

	// Away and Back, straight after typing (before the address has caught up), and a reload.
	await field('t').fill('4');
	await page.getByRole('link', { name: 'All calculators' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calculators');
	await page.goBack();
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(field('a')).toHaveValue('1250');
	await expect(field('t')).toHaveValue('4');
	await expect(headline(page)).toHaveText('€10,000.00');
	await page.reload();
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(field('t')).toHaveValue('4');
	await expect(headline(page)).toHaveText('€10,000.00');

	// Saved in dollars, the scenario loads in dollars whatever the setting, and the list says so.
	await page.getByLabel('Currency').selectOption('USD');
	await page.getByLabel('Scenario name').fill('In dollars');
	await page.getByRole('button', { name: 'Save scenario' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'In dollars' })).toContainText('amounts in USD');
	await page.getByLabel('Currency').selectOption('EUR');
	await expect(headline(page)).toHaveText('€10,000.00');
	await page.getByRole('button', { name: 'Load “In dollars”' }).click();
	await expect(headline(page)).toHaveText('US$10,000.00');
	await expect(page.getByText('Amounts are in USD, the currency of the scenario or link you opened.')).toBeVisible();
	await expect(page).toHaveURL(/&cur=USD/);
	await page.reload();
	await expect(headline(page)).toHaveText('US$10,000.00');
});

// QA: with euros set, a copied AOV link (`r=1234.5&o=3&lang=lv`) and its embed code showed "411,50 £"
// in a fresh browser. Each now names the currency, and the reader's own setting stays as it was.
test('a copied link, the embed code and an exercises link carry the currency they were made in', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, './calculators/aov');
	await page.locator('#calc-aov-r').fill('1,234.50');
	await page.locator('#calc-aov-o').fill('3');
	await expect(headline(page)).toHaveText('€411.50');
	await expect(page).toHaveURL(/\/calculators\/aov\?r=1234\.5&o=3$/);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/\/calculators\/aov\?r=1234\.5&o=3&cur=EUR&lang=en$/);
	const embedCode = await page.getByLabel('Embed code (HTML)').inputValue();
	const embedUrl = /src="([^"]+)"/.exec(embedCode)?.[1].replaceAll('&amp;', '&') ?? '';
	expect(embedUrl).toMatch(/\/embed\/aov\?r=1234\.5&o=3&cur=EUR&lang=en$/);
	await open(page, './calculators/aov/exercises?seed=7&n=1');
	await page.getByRole('button', { name: 'Copy link to this set' }).click();
	const exercisesLink = await page.evaluate(() => navigator.clipboard.readText());
	expect(exercisesLink).toMatch(/\/calculators\/aov\/exercises\?seed=7&n=1&cur=EUR&lang=en$/);

	// A fresh browser: a new visitor in en-US, whose currency is US dollars.
	const fresh = await browser.newContext();
	try {
		const reader = await fresh.newPage();
		await open(reader, copied);
		await expect(headline(reader)).toHaveText('€411.50');
		await expect(
			reader.getByText('Amounts are in EUR, the currency of the scenario or link you opened.')
		).toBeVisible();
		await expect(reader.getByLabel('Currency')).toHaveValue('USD');
		await reader.reload();
		await expect(headline(reader)).toHaveText('€411.50');
		await reader.getByRole('button', { name: 'Use USD instead' }).click();
		await expect(headline(reader)).toHaveText('US$411.50');

		await open(reader, embedUrl);
		await expect(headline(reader)).toHaveText('€411.50');

		await open(reader, exercisesLink);
		await expect(reader.getByRole('article')).toContainText('€');
		await expect(reader.getByLabel('Currency')).toHaveValue('USD');
	} finally {
		await fresh.close();
	}
});

test('a link naming a period the calculator does not know says so, and which period the figures are for', async ({
	page
}) => {
	await open(page, './calculators/clv-simple?a=50&f=2.5&t=2&p=decade');
	await expect(page.getByTestId('unknown-period')).toHaveText(
		'The link asked for a period “decade”, which this calculator does not know: the figures are per year; choose another above.'
	);
	await expect(headline(page)).toContainText('250');
	// A link with a period it knows: nothing to say.
	await open(page, './calculators/clv-simple?a=50&f=2.5&t=2&p=year');
	await expect(page.getByTestId('unknown-period')).toHaveCount(0);
});
