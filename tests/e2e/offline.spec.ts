import { expect, testInOwnContext as test } from './support/test';
import { fixture, importAndAnalyse } from './support/import';

// This file tests what the service worker does (offline, updates, its requests): let it register.
test.use({ serviceWorkers: 'allow' });

// What a visit with the network off does after the worker is installed (the calculators, an import,
// its analysis reloaded and computed again, every worker file cached) is tested in the other
// languages by languages.spec.ts, which installs the worker once for all of them. The web app
// manifest is checked here, once the worker the app registered itself has cached the site.
test('a first visit that starts with an import deep in the site still leaves the app working offline, its manifest cached', async ({
	page,
	context,
	baseURL
}) => {
	// The service worker is registered only once the import is done (it would compete with it).
	await importAndAnalyse(page, fixture('orders/woocommerce_orders.csv'), 'First visit');
	await expect(page.getByTestId('kpi-orders-value')).toHaveText('4');
	const scope = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
		return registration.scope;
	});
	// The same scope SvelteKit's own registration had: the site's base path, whatever page it began on.
	expect(scope).toBe(new URL(baseURL!).href.replace(/\/?$/, '/'));

	// The web app manifest: linked, served under the base path, and cached for offline use with the rest.
	const href = await page.locator('link[rel="manifest"]').evaluate((link: HTMLLinkElement) => link.href);
	expect(href).toBe(new URL('manifest.webmanifest', baseURL).href);
	const response = await page.request.get(href);
	expect(response.ok()).toBe(true);
	const manifest = (await response.json()) as { start_url: string; scope: string; icons: { src: string }[] };
	expect(new URL(manifest.start_url, href).href).toBe(new URL('./', baseURL).href);
	expect(new URL(manifest.scope, href).href).toBe(new URL('./', baseURL).href);
	for (const icon of manifest.icons) expect((await page.request.get(new URL(icon.src, href).href)).ok()).toBe(true);
	expect(await page.evaluate(async (url) => Boolean(await caches.match(url)), href)).toBe(true);
	// Chromium's own verdict: the manifest parses cleanly and the app could be installed (only not
	// from this private, incognito-like test profile).
	const cdp = await page.context().newCDPSession(page);
	const parsed = await cdp.send('Page.getAppManifest');
	expect(parsed.url).toBe(href);
	expect(parsed.errors).toEqual([]);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('kpi-orders-value')).toHaveText('4');
	await page.goto('./calculators/crr?s=10000&e=10200&n=2000');
	await expect(page.getByText('82%').first()).toBeVisible();
	await context.setOffline(false);
});
