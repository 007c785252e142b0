import { expect, testInOwnContext as test } from './support/test';
import { fixture, importAndAnalyse } from './support/import';
import { installServiceWorker } from './support/service-worker';

// This file tests what the service worker does (offline, updates, its requests): let it register.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app works with the network off: calculators, import and analysis', async ({
	page,
	context,
	baseURL
}) => {
	await page.goto('./');
	// Install the service worker at once and wait until it has cached every file and controls the
	// page. That the app registers it itself, some seconds after a page has loaded, is the next
	// test's (after an import, deep in the site) and update.spec.ts's (on the home page): waiting
	// for it here too cost five seconds.
	await installServiceWorker(page, baseURL!);
	// The workers the import worker starts itself (range and helper workers) are cached too: they
	// are not in the list of files the pages load.
	const cachedWorkers = await page.evaluate(async () => {
		const names: string[] = [];
		for (const key of await caches.keys())
			for (const request of await (await caches.open(key)).keys())
				if (request.url.includes('/workers/'))
					names.push(
						request.url
							.split('/')
							.pop()!
							.replace(/\.worker-.*$/, '.worker')
					);
		return names.sort();
	});
	expect(cachedWorkers).toEqual([
		'analysis-intl.worker',
		'analysis.worker',
		'backup.worker',
		'import-analyse.worker',
		'import-range.worker',
		'import.worker'
	]);
	await context.setOffline(true);

	await page.goto('./calculators/crr?s=10000&e=10200&n=2000');
	await expect(page.getByText('82%').first()).toBeVisible();

	await importAndAnalyse(page, fixture('orders/woocommerce_orders.csv'), 'Offline import');
	await expect(page.getByTestId('kpi-orders-value')).toHaveText('4');
	await page.reload();
	await expect(page.getByTestId('kpi-orders-value')).toHaveText('4');

	// Settings changes make the worker analyse afresh, offline too.
	await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption('year');
	await expect(page.getByTestId('period-table').locator('tbody tr')).toHaveCount(1);
	await context.setOffline(false);
});

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
