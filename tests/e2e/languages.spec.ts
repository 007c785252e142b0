import { expect, testInOwnContext as test } from './support/test';
import { INTL_TAG, LOCALE_NAMES, LOCALES } from '../../src/lib/i18n/locales';
import lvPlanner from '../../src/lib/i18n/lv/planner';
import nlPlanner from '../../src/lib/i18n/nl/planner';
import ruPlanner from '../../src/lib/i18n/ru/planner';
import zhPlanner from '../../src/lib/i18n/zh/planner';
import { expectAccessible } from './support/axe';
import { chooseFiles, fixture } from './support/import';
import { installServiceWorker } from './support/service-worker';

// This file tests what the service worker does (offline, updates, its requests): let it register.
test.use({ serviceWorkers: 'allow' });

/**
 * The key journeys in every language, offline after the first visit, and with no request to any
 * other origin: calculators by shared link, an import, its analysis, the planner. Axe checks the
 * analysis page in each language (the page with the most translated text: cards, charts, tables,
 * the model's notes); every page and state is checked in English by a11y.spec.ts, and what axe
 * checks (roles, names, contrast, structure) is the same markup in every language.
 */
/** "Saved." in each language: the planner says so once a change is in IndexedDB. */
const SAVED = { lv: lvPlanner, nl: nlPlanner, ru: ruPlanner, zh: zhPlanner };

// English, the default language, has each of these journeys in a spec of its own: offline.spec.ts
// (a shared calculator link, an import and its analysis with the network off), privacy.spec.ts (no
// request to another origin), a11y.spec.ts (the analysis) and planner.spec.ts (a status kept across
// a reload). Here are the other four, whose translated pages those specs do not see.
for (const code of LOCALES.filter((c) => c !== 'en')) {
	test(`the key journeys in ${LOCALE_NAMES[code]}: offline, nothing sent anywhere, the analysis accessible`, async ({
		page,
		context,
		baseURL
	}) => {
		const origin = new URL(baseURL!).origin;
		const requests: string[] = [];
		context.on('request', (request) => requests.push(request.url()));
		const tag = INTL_TAG[code];
		const percent = (v: number) =>
			new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(v);

		await page.goto('./');
		await installServiceWorker(page, baseURL!);
		await page.getByLabel('Language').selectOption(code);
		await expect(page.locator('html')).toHaveAttribute('lang', tag);
		await context.setOffline(true);

		// The choice is remembered, and the calculators work from a shared link.
		await page.goto('./calculators/crr?s=10000&e=10200&n=2000');
		await expect(page.locator('html')).toHaveAttribute('lang', tag);
		await expect(page.getByText(percent(0.82), { exact: true }).first()).toBeVisible();

		await page.goto('./data');
		await expect(page.locator('html')).toHaveAttribute('lang', tag);
		await chooseFiles(page, fixture('orders/shopify_orders.csv'));
		await page.getByTestId('start-import').click();
		await expect(page.getByTestId('report-ordersKept')).toHaveText(new Intl.NumberFormat(tag).format(6));

		await page.getByTestId('analyse-link').click();
		await expect(page.getByTestId('kpi-repeat-value')).toHaveText(percent(0.25));
		await expect(page.getByTestId('clv-section')).toBeVisible();
		await expectAccessible(page, `${code} analysis`);

		await page.goto('./planner');
		const status = page.locator('#measure-retention-status');
		await status.selectOption('in-progress');
		await expect(page.locator('#tactic-measure-retention .save-state')).toHaveText(SAVED[code].form.saved);
		await page.reload();
		await expect(page.locator('#measure-retention-status')).toHaveValue('in-progress');
		await context.setOffline(false);

		expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
	});
}
