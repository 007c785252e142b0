import type { Page } from '@playwright/test';

/**
 * Registers the site's service worker at once and waits until it has cached the site and controls
 * the page. The app registers the same script itself, but only once the page has loaded and been
 * quiet for some seconds (src/lib/offline/registration.ts; offline.spec.ts tests that it does): a
 * test of what the installed worker does need not wait those seconds. The app's own registration,
 * when it comes, finds this one and changes nothing.
 */
export async function installServiceWorker(page: Page, baseURL: string): Promise<void> {
	await page.evaluate(async (script) => {
		await navigator.serviceWorker.register(script);
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	}, new URL('service-worker.js', baseURL).href);
}
