import {
	expect,
	test as base,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Disposable,
	type Page
} from '@playwright/test';
import { randomUUID } from 'node:crypto';

/**
 * The specs run in an en-US browser (Playwright's default locale, which also gives US-style
 * month-first dates their fallback on import), and a new visitor's currency now follows the
 * browser's region: US dollars. The specs were written for a reader of euros, so every context
 * starts as one who chose euros in Settings (before the page's first script; a test that chooses
 * another currency keeps it). A spec that tests the browser's default removes the choice itself.
 * Once per test and tab: after "Delete everything" (which reloads) the reader is a new visitor. The
 * mark is the test's own: the shared tab's sessionStorage outlived the reset between tests, and a
 * plain mark left by the test before made the next one start with no currency chosen (USD).
 */
async function chooseEuros(context: BrowserContext): Promise<Disposable> {
	return context.addInitScript((test) => {
		try {
			if (sessionStorage.getItem('e2e:euros-chosen') === test) return;
			// The test's first document of the site in this tab: what the tab's sessionStorage holds is
			// the last test's (the shared tab keeps it; see SharedTab.reset).
			sessionStorage.clear();
			sessionStorage.setItem('e2e:euros-chosen', test);
			if (localStorage.getItem('retention-lab:currency') === null)
				localStorage.setItem('retention-lab:currency', 'EUR');
		} catch {
			// about:blank and opaque origins have no storage.
		}
	}, randomUUID());
}

/**
 * Makes a page's `goto` and `reload` return only once the app is live (hydrated: the root layout
 * marks `<html data-live>`). Until then the prerendered page shows controls whose handlers are not
 * attached yet, and an action on them would be lost — a race that a slower machine loses. Pages
 * opened with `context.newPage()` wait for it where they need to.
 */
function waitForLive(page: Page): Page {
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
	return page;
}

/**
 * Playwright's `test`, each test in a browser context of its own, whose page waits for the app to
 * be live. For the specs that change the context's options (`test.use`: service workers allowed,
 * another viewport), which a shared context cannot take.
 */
export const testInOwnContext = base.extend({
	context: async ({ context }, use) => {
		await chooseEuros(context);
		await use(context);
	},
	page: async ({ page }, use) => {
		await use(waitForLive(page));
	}
});

/** The options the shared context is made with: the project's, as Playwright makes each test's. */
const SHARED_DEFAULTS = {
	viewport: { width: 1280, height: 720 },
	locale: 'en-US',
	colorScheme: 'light',
	reducedMotion: 'no-preference',
	forcedColors: 'none',
	contrast: 'no-preference',
	acceptDownloads: true
} satisfies BrowserContextOptions;

/**
 * The events a test may listen to on its page or context. Only these are let go after a test:
 * Playwright listens to others of its own.
 */
const TEST_EVENTS = [
	'console',
	'dialog',
	'download',
	'filechooser',
	'page',
	'pageerror',
	'popup',
	'request',
	'requestfailed',
	'requestfinished',
	'response',
	'weberror'
] as const;

/**
 * One browser context and tab per test worker, handed to its tests one after the other and reset
 * between them to what a new context would be (see `reset`). A new context costs a new renderer
 * process and a cold start of the app's scripts: about 0.9 s of CPU per test on two cores, measured
 * over ten one-page tests (22 CPU-s each in a context of its own, 13 in the shared one), and the
 * e2e run is CPU-bound. A test that fails ends its worker, and with it the shared context, so a
 * failure never leaks into the next test.
 */
class SharedTab {
	private context: BrowserContext | undefined;
	private page: Page | undefined;
	/** Init scripts the test added: a shared page would run them in every later test. */
	private initScripts: Disposable[] = [];
	/** Opens about:blank in the page. */
	private leave: () => Promise<unknown> = async () => {};

	constructor(
		private readonly browser: Browser,
		private readonly options: BrowserContextOptions
	) {}

	async open(): Promise<{ context: BrowserContext; page: Page }> {
		if (!this.context) this.context = await this.browser.newContext(this.options);
		if (!this.page || this.page.isClosed()) {
			const page = await this.context.newPage();
			// Bound before waitForLive wraps it: a blank page is never live.
			this.leave = page.goto.bind(page, 'about:blank');
			this.page = this.track(waitForLive(page));
		}
		return { context: this.context, page: this.page };
	}

	/** Opens the tab for the next test, with euros chosen for that test (removed by `reset`). */
	async openForTest(): Promise<{ context: BrowserContext; page: Page }> {
		const opened = await this.open();
		// (Through `track`: the context's page is open, so the script is among those the reset removes.)
		await chooseEuros(opened.context);
		return opened;
	}

	/** Records the init scripts added to `page` or its context, to remove them after the test. */
	private track(page: Page): Page {
		const context = page.context();
		for (const target of [page, context] as const) {
			const add = target.addInitScript.bind(target) as (script: unknown, arg?: unknown) => Promise<Disposable>;
			target.addInitScript = (async (script: unknown, arg?: unknown) => {
				const added = await add(script, arg);
				this.initScripts.push(added);
				return added;
			}) as typeof target.addInitScript;
		}
		return page;
	}

	/**
	 * Leaves the context as a new one would be: no other tab, no listener, route or init script of the
	 * test, the page blank, the site's storage (IndexedDB, localStorage, sessionStorage, caches)
	 * empty, permissions and the network as at the start, the viewport and media emulation the
	 * defaults. Kept: the HTTP cache and the compiled scripts, which is what makes it cheaper.
	 *
	 * The tab's sessionStorage is the one thing cleared later, by the next test's first document of
	 * the site (chooseEuros): Storage.clearDataForOrigin's 'all' clears it in Chromium 156, not in
	 * Debian 12's Chromium 150 (shared-context.spec checks it), and clearing it from a page of the
	 * site before leaving cost one more navigation per test (0.5 CPU-s per test in all, with the rest
	 * of the reset, measured over twelve one-page tests).
	 */
	async reset(origin: string): Promise<void> {
		try {
			await this.tryReset(origin);
		} catch (error) {
			// What the test left could not be undone: the next test gets a new context, as by default.
			console.warn(`The shared browser context could not be reset, a new one is made: ${error}`);
			const context = this.context;
			this.context = this.page = undefined;
			this.initScripts = [];
			await context?.close().catch(() => {});
		}
	}

	private async tryReset(origin: string): Promise<void> {
		const context = this.context;
		if (!context) return;
		for (const other of context.pages()) if (other !== this.page) await other.close();
		await context.setOffline(false);
		await context.clearPermissions();
		await context.clearCookies();
		await context.unrouteAll({ behavior: 'ignoreErrors' });
		for (const event of TEST_EVENTS) context.removeAllListeners(event);
		for (const script of this.initScripts.splice(0)) await script.dispose();
		// A test that closed the tab still leaves the site's storage to clear: in a new tab.
		const { page } = await this.open();
		await page.unrouteAll({ behavior: 'ignoreErrors' });
		for (const event of TEST_EVENTS) page.removeAllListeners(event);
		// A page that asks before it is left (an unsaved note) must not keep the tab on it.
		page.on('dialog', (dialog) => (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
		await this.leave();
		page.removeAllListeners('dialog');
		// (The page wrote its own on leaving.)
		const session = await context.newCDPSession(page);
		await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
		await session.detach();
		await page.setViewportSize(SHARED_DEFAULTS.viewport);
		await page.emulateMedia({
			media: null,
			colorScheme: SHARED_DEFAULTS.colorScheme,
			reducedMotion: SHARED_DEFAULTS.reducedMotion,
			forcedColors: SHARED_DEFAULTS.forcedColors,
			contrast: SHARED_DEFAULTS.contrast
		});
	}

	async close(): Promise<void> {
		await this.context?.close();
	}
}

/**
 * The specs' `test`: its `context` and `page` are the worker's shared ones (see SharedTab), reset
 * after every test. With `E2E_TRACE` set each test gets a context of its own, which Playwright
 * records.
 */
export const test = process.env.E2E_TRACE
	? testInOwnContext
	: base.extend<object, { sharedTab: SharedTab }>({
			sharedTab: [
				async ({ browser }, use, workerInfo) => {
					const { baseURL, serviceWorkers } = workerInfo.project.use;
					const tab = new SharedTab(browser, { ...SHARED_DEFAULTS, baseURL, serviceWorkers });
					await use(tab);
					await tab.close();
				},
				{ scope: 'worker' }
			],
			context: async ({ sharedTab, serviceWorkers, viewport, contextOptions, baseURL }, use, testInfo) => {
				const projectUse = testInfo.project.use;
				const changed =
					serviceWorkers !== projectUse.serviceWorkers ||
					JSON.stringify(viewport) !== JSON.stringify(SHARED_DEFAULTS.viewport) ||
					Object.keys(contextOptions ?? {}).length > 0;
				if (changed) {
					throw new Error('This spec changes the context options: write it with testInOwnContext.');
				}
				const { context } = await sharedTab.openForTest();
				await use(context);
				await sharedTab.reset(new URL(baseURL!).origin);
			},
			// Asks for `context` only to be set up after it, so that the context's teardown (the reset)
			// runs once the test is done with its page.
			page: async ({ context, sharedTab }, use) => {
				void context;
				await use((await sharedTab.open()).page);
			}
		});

export { expect };
