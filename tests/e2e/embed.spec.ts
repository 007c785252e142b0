import { test as plainTest, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import en from '../../src/lib/i18n/en/calculators';
import lv from '../../src/lib/i18n/lv/calculators';
import nl from '../../src/lib/i18n/nl/calculators';
import ru from '../../src/lib/i18n/ru/calculators';
import zh from '../../src/lib/i18n/zh/calculators';
import { expectAccessible } from './support/axe';
import { startSwitchServer, type SwitchServer } from './support/switch-server';
import { expect, test } from './support/test';

/**
 * Embeds (issue 15.6): /embed/<calculator> shows one calculator without the site's chrome, opened
 * with the numbers of its link; each calculator page offers the iframe code for it; and under the
 * headers of static/_headers another site may frame the embed page but no other page.
 */

const headline = (page: Page) => page.getByTestId('result').locator('output');

test('the embed page shows the calculator alone, with its link’s numbers, computes, and is accessible', async ({
	page
}) => {
	await page.goto('./embed/crr?s=10000&e=9800&n=2000&p=year');
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer retention rate (CRR)');
	// No site header, navigation, skip link or footer.
	await expect(page.getByRole('banner')).toHaveCount(0);
	await expect(page.getByRole('navigation')).toHaveCount(0);
	await expect(page.getByRole('contentinfo')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveCount(0);

	await expect(headline(page)).toHaveText('78%');
	const end = page.getByRole('textbox', { name: 'Customers at the end (E)' });
	await expect(end).toHaveValue('9800');
	await end.fill('10200');
	await expect(headline(page)).toHaveText('82%');

	const open = page.getByRole('link', { name: /Open in Retention Lab/ });
	await expect(open).toHaveAttribute('target', '_blank');
	await expect(open).toHaveAttribute('rel', 'noopener');
	// In the language the embedded calculator is shown in.
	await expect(open).toHaveAttribute('href', /calculators\/crr\?s=10000&e=10200&n=2000&p=year&lang=en$/);
	await expectAccessible(page, 'embed page');
});

test('a calculator page offers the iframe code of its embed page under the base path, with its numbers', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('./calculators/crr');
	await expect(page.locator('[data-ready]')).toBeAttached();
	const embedUrl = new URL('embed/crr', baseURL).href;
	expect(embedUrl).toContain(`${process.env.BASE_PATH ?? ''}/embed/crr`);
	const code = page.getByLabel('Embed code (HTML)');
	await expect(code).toHaveValue(
		new RegExp(`^<iframe src="${embedUrl}\\?p=quarter&amp;lang=en" title="[^"]+" width="100%"`)
	);

	await page.getByLabel('Customers at the start (S)').fill('500');
	await expect(code).toHaveValue(new RegExp(`src="${embedUrl}\\?s=500&amp;p=quarter&amp;lang=en"`));
	await page.getByRole('button', { name: 'Copy embed code' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Embed code copied.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
});

// The host page is not the app: its goto must not wait for the app to be live.
plainTest.describe('framing under the headers of static/_headers', () => {
	let server: SwitchServer;
	let host: Server;
	let hostUrl = '';
	plainTest.beforeAll(async () => {
		server = await startSwitchServer(
			join(import.meta.dirname, '../../build'),
			(process.env.BASE_PATH ?? '').replace(/\/+$/, '')
		);
		// Another site (another origin: another port) whose page frames an embed page and a calculator page.
		const embed = new URL('embed/nps?pro=6&pas=2&det=2', server.url).href;
		const site = new URL('calculators/nps', server.url).href;
		host = createServer((_, response) => {
			response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
			response.end(
				`<!doctype html><title>Host</title><iframe id="embed" src="${embed}" title="Embed"></iframe><iframe id="site" src="${site}" title="Site"></iframe>`
			);
		});
		await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
		hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
	});
	plainTest.afterAll(async () => {
		await server?.close();
		await new Promise((resolve) => host?.close(resolve));
	});

	plainTest('another site can frame the embed page, and not a calculator page', async ({ page }) => {
		await page.goto(hostUrl);
		const framed = page.frameLocator('#embed');
		await expect(framed.getByRole('heading', { level: 1 })).toHaveText('Net Promoter Score (NPS)');
		await expect(framed.getByTestId('result').locator('output')).toHaveText('+40');
		// Chromium shows its error page in a frame that frame-ancestors refuses.
		const frameUrls = () => page.frames().map((frame) => frame.url());
		await expect.poll(frameUrls).toContain('chrome-error://chromewebdata/');
		expect(frameUrls().some((url) => url.includes('/calculators/nps'))).toBe(false);
		await expect(page.frameLocator('#site').getByRole('heading', { level: 1 })).toHaveCount(0);
	});
});

test('the embed page, the embed code and the classroom buttons speak each of the five languages', async ({ page }) => {
	const catalogues = { en, lv, ru, zh, nl };
	for (const [code, t] of Object.entries(catalogues)) {
		await page.addInitScript((wanted) => localStorage.setItem('retention-lab:locale', wanted), code);
		await page.goto('./embed/crr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.crr.title);
		await expect(page.getByRole('link', { name: t.openInApp })).toBeVisible();
		await page.goto('./calculators/crr');
		await expect(page.getByRole('heading', { level: 2, name: t.embedHeading })).toBeVisible();
		await expect(page.getByRole('button', { name: t.copyEmbed })).toBeVisible();
		await expect(page.getByRole('button', { name: t.projectorView })).toBeVisible();
		await expect(page.getByRole('button', { name: t.printHandout })).toBeVisible();
		await expect(page.getByLabel(t.embedCodeLabel)).toHaveValue(/title="[^"]+"/);
	}
});
