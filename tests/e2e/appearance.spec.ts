import { expect, test, testInOwnContext } from './support/test';
import type { Page } from '@playwright/test';
import enHome from '../../src/lib/i18n/en/home';
import lvHome from '../../src/lib/i18n/lv/home';
import { expectAccessible } from './support/axe';
import { fixture, importAndAnalyse } from './support/import';
import { installServiceWorker } from './support/service-worker';

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

// The manifest's test checks what the service worker caches: it lets it register, in a context of
// its own. The others share the worker's context (a new one for each cost a cold start of the app).
testInOwnContext.describe('with the service worker', () => {
	testInOwnContext.use({ serviceWorkers: 'allow' });

	testInOwnContext(
		'the web app manifest is linked, served under the base path and cached for offline use',
		async ({ page, baseURL }) => {
			await page.goto('./calculators/crr');
			const href = await page.locator('link[rel="manifest"]').evaluate((link: HTMLLinkElement) => link.href);
			expect(href).toBe(new URL('manifest.webmanifest', baseURL).href);
			const response = await page.request.get(href);
			expect(response.ok()).toBe(true);
			const manifest = (await response.json()) as { start_url: string; scope: string; icons: { src: string }[] };
			expect(new URL(manifest.start_url, href).href).toBe(new URL('./', baseURL).href);
			expect(new URL(manifest.scope, href).href).toBe(new URL('./', baseURL).href);
			for (const icon of manifest.icons)
				expect((await page.request.get(new URL(icon.src, href).href)).ok()).toBe(true);
			await installServiceWorker(page, baseURL!);
			const cached = await page.evaluate(async (url) => Boolean(await caches.match(url)), href);
			expect(cached).toBe(true);
			// Chromium's own verdict: the manifest parses cleanly and the app could be installed (only
			// not from this private, incognito-like test profile).
			const cdp = await page.context().newCDPSession(page);
			const parsed = await cdp.send('Page.getAppManifest');
			expect(parsed.url).toBe(href);
			expect(parsed.errors).toEqual([]);
			const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
			expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
		}
	);
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
