import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import enHome from '../../src/lib/i18n/en/home';
import lvHome from '../../src/lib/i18n/lv/home';
import { expectAccessible } from './support/axe';
import { fixture, importAndAnalyse } from './support/import';

/** The page's own background colour, as painted. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
const DARK_PAPER = 'rgb(13, 17, 23)';
const LIGHT_PAPER = 'rgb(244, 246, 248)';

test('dark mode follows the system and is accessible: home, a calculator with its math, the analysis', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('./');
	expect(await background(page)).toBe(DARK_PAPER);
	await expectAccessible(page, 'dark home');

	await page.goto('./calculators/crr?s=10000&e=10200&n=2000&math=1');
	await expect(page.getByTestId('math')).toBeVisible();
	await expectAccessible(page, 'dark CRR calculator with its math');

	await importAndAnalyse(page, fixture('orders/uci_online_retail.csv'), 'Dark');
	await expect(page.getByTestId('kpi-orders-value')).toBeVisible();
	await expect(page.locator('main svg').first()).toBeVisible();
	await expectAccessible(page, 'dark analysis with charts');
});

test('the theme switch overrides the system, is remembered and applied before the first paint', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('./calculators');
	expect(await background(page)).toBe(LIGHT_PAPER);
	await page.getByLabel('Theme').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await background(page)).toBe(DARK_PAPER);
	await expectAccessible(page, 'dark calculators index chosen in a light system');

	// On the next load the theme is there before any of the app's code runs.
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			(window as unknown as { firstTheme: string }).firstTheme = getComputedStyle(
				document.documentElement
			).backgroundColor;
		});
	});
	await page.reload();
	expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe(DARK_PAPER);
	await expect(page.getByLabel('Theme')).toHaveValue('dark');

	await page.getByLabel('Theme').selectOption('system');
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
	expect(await background(page)).toBe(LIGHT_PAPER);
});

test('a page in Latvian never shows its English heading first', async ({ page }) => {
	// Every frame from the first on, record the main heading while the page is visible.
	await page.addInitScript(() => {
		localStorage.setItem('retention-lab:locale', 'lv');
		const seen: string[] = [];
		(window as unknown as { seenHeadings: string[] }).seenHeadings = seen;
		const record = () => {
			const h1 = document.querySelector('h1');
			if (h1 && getComputedStyle(h1).visibility === 'visible') {
				const text = h1.textContent?.trim() ?? '';
				if (seen.at(-1) !== text) seen.push(text);
			}
			if (seen.length < 5) requestAnimationFrame(record);
		};
		requestAnimationFrame(record);
	});
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lvHome.title);
	await expect(page.locator('html')).toHaveAttribute('lang', 'lv-LV');
	await expect(page.locator('html')).not.toHaveAttribute('data-lang-pending', /./);
	const seen = await page.evaluate(() => (window as unknown as { seenHeadings: string[] }).seenHeadings);
	expect(seen).toEqual([lvHome.title]);
	expect(seen).not.toContain(enHome.title);
});

test('calculator links on the index and the home page are targets of at least 24 px', async ({ page }) => {
	for (const [path, links] of [
		['./calculators', page.locator('main li.card a')],
		['./', page.locator('main a')]
	] as const) {
		await page.goto(path);
		await expect(links.first()).toBeVisible();
		const heights = await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().height));
		expect(heights.length).toBeGreaterThan(2);
		for (const height of heights) expect(height).toBeGreaterThanOrEqual(24);
	}
});
