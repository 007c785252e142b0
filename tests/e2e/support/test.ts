import { expect, test as base } from '@playwright/test';

/**
 * Playwright's `test` whose `page.goto` and `page.reload` return only once the app is live
 * (hydrated: the root layout marks `<html data-live>`). Until then the prerendered page shows
 * controls whose handlers are not attached yet, and an action on them would be lost — a race that
 * a slower machine loses. Pages opened with `context.newPage()` wait for it where they need to.
 */
export const test = base.extend({
	page: async ({ page }, use) => {
		const live = () => expect(page.locator('html[data-live]')).toBeAttached();
		const goto = page.goto.bind(page);
		const reload = page.reload.bind(page);
		page.goto = async (...args) => {
			const response = await goto(...args);
			await live();
			return response;
		};
		page.reload = async (...args) => {
			const response = await reload(...args);
			await live();
			return response;
		};
		await use(page);
	}
});

export { expect };
