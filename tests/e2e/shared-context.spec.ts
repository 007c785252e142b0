import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/test';

/**
 * The specs' tests share their worker's browser context and tab (support/test.ts), reset between
 * tests: what one test leaves must not reach the next. These tests run in order in one worker; each
 * odd one leaves state behind, the even one after it checks that it starts as in a new context.
 */
test.describe.configure({ mode: 'serial' });

let previous: BrowserContext | undefined;

/** What a new context would show: nothing stored, nothing granted, online, the default screen. */
async function expectFresh(page: Page, context: BrowserContext) {
	expect(context, 'the worker shares one context').toBe(previous);
	expect(context.pages()).toEqual([page]);
	expect(page.url()).toBe('about:blank');
	await page.goto('./');
	const state = await page.evaluate(async () => ({
		localStorage: Object.keys(localStorage).filter((key) => key.startsWith('left')),
		// Less the fixture's own mark (support/test.ts: euros chosen once per tab).
		sessionStorage: Object.keys(sessionStorage).filter((key) => !key.startsWith('e2e:')).length,
		databases: (await indexedDB.databases()).map((db) => db.name).filter((name) => name?.startsWith('left')),
		initScript: 'leftBehind' in window,
		online: navigator.onLine,
		clipboard: (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state,
		dark: matchMedia('(prefers-color-scheme: dark)').matches,
		width: innerWidth
	}));
	expect(state).toEqual({
		localStorage: [],
		sessionStorage: 0,
		databases: [],
		initScript: false,
		online: true,
		clipboard: 'prompt',
		dark: false,
		width: 1280
	});
	// No listener of the last test answers dialogs: Playwright dismisses them when nobody listens.
	expect(await page.evaluate(() => confirm('Left behind?'))).toBe(false);
}

/** Stores a key in localStorage and sessionStorage and creates an IndexedDB database. */
async function leaveStorage(page: Page) {
	await page.evaluate(async () => {
		localStorage.setItem('left-behind', '1');
		sessionStorage.setItem('left-behind', '1');
		await new Promise((resolve, reject) => {
			const request = indexedDB.open('left-behind');
			request.onsuccess = () => resolve(request.result.close());
			request.onerror = () => reject(request.error);
		});
	});
}

test('a test leaves storage, a second tab, a permission, offline, an init script and a dark narrow screen', async ({
	page,
	context
}) => {
	previous = context;
	await page.goto('./');
	await leaveStorage(page);
	await context.grantPermissions(['clipboard-read']);
	await page.addInitScript(() => Object.assign(window, { leftBehind: true }));
	await page.setViewportSize({ width: 400, height: 500 });
	await page.emulateMedia({ colorScheme: 'dark' });
	page.on('dialog', (dialog) => dialog.accept());
	await (await context.newPage()).goto('./');
	await context.setOffline(true);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
});

test('the next test starts as in a new context', async ({ page, context }) => {
	await expectFresh(page, context);
});

test('a test that closes its tab leaves storage', async ({ page, context }) => {
	previous = context;
	await page.goto('./');
	await leaveStorage(page);
	await page.close();
});

test('the next test gets a new tab, and the storage is cleared all the same', async ({ page, context }) => {
	await expectFresh(page, context);
});
