// What any page pays on its first load in a fresh browser, in the bench's own setup: a trivial page of
// the site's origin (a heading and a paragraph, no script, no stylesheet) loaded as the bench loads the
// Data page, its main-thread tasks over 50 ms read the same way. The bench prints them beside the Data
// page's own, so that a task of the run that a page of plain text also has (the navigation's commit in
// a fresh renderer, on a busy machine) is told apart from the site's; the goal counts every task.
import { launch } from './browser.mjs';

/** The trivial page's path: answered by the bench itself (Playwright's route), not by the site. */
export const TRIVIAL_PATH = '__bench-trivial-page';

const TRIVIAL_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A trivial page</title></head>
<body><h1>A trivial page</h1><p>A paragraph of plain text, with no script and no stylesheet.</p></body></html>`;

/**
 * The trivial page's first load in a fresh browser: its main-thread tasks over 50 ms (start: ms after
 * the navigation started; duration: ms), with the init scripts the bench gives its pages.
 * @param {string} siteUrl the preview's URL (the page is of its origin)
 * @param {string[]} initScripts
 * @returns {Promise<{ start: number, duration: number }[]>}
 */
export async function trivialPageTasks(siteUrl, initScripts) {
	const browser = await launch();
	try {
		const context = await browser.newContext();
		for (const script of initScripts) await context.addInitScript(script);
		await context.route(`${siteUrl}${TRIVIAL_PATH}`, (route) =>
			route.fulfill({ contentType: 'text/html; charset=utf-8', body: TRIVIAL_HTML })
		);
		const page = await context.newPage();
		// As the bench does before the Data page: Chromium's start-up is over when the page is loaded.
		await new Promise((r) => setTimeout(r, 1000));
		await page.goto(`${siteUrl}${TRIVIAL_PATH}`, { waitUntil: 'load' });
		// Its first layout and paint are done within a few frames; a second covers a busy machine.
		await new Promise((r) => setTimeout(r, 1000));
		return await page.evaluate(() => window.__longTasks);
	} finally {
		await browser.close();
	}
}
