import { expect, testInOwnContext as test } from './support/test';
import { fixture, importAndAnalyse } from './support/import';

// This file tests what the service worker does (offline, updates, its requests): let it register.
test.use({ serviceWorkers: 'allow' });

// What a visit with the network off does after the worker is installed (the calculators, an import,
// its analysis reloaded and computed again, every worker file cached) is tested in the other
// languages by languages.spec.ts, which installs the worker once for all of them.
test('a first visit that starts with an import deep in the site still leaves the app working offline', async ({
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
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('kpi-orders-value')).toHaveText('4');
	await page.goto('./calculators/crr?s=10000&e=10200&n=2000');
	await expect(page.getByText('82%').first()).toBeVisible();
	await context.setOffline(false);
});
