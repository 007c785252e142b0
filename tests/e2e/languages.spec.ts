import { expect, testInOwnContext as test } from './support/test';
import { INTL_TAG, LOCALE_NAMES, LOCALES, type Locale } from '../../src/lib/i18n/locales';
import enCommon from '../../src/lib/i18n/en/common';
import lvCommon from '../../src/lib/i18n/lv/common';
import nlCommon from '../../src/lib/i18n/nl/common';
import ruCommon from '../../src/lib/i18n/ru/common';
import zhCommon from '../../src/lib/i18n/zh/common';
import lvAnalysis from '../../src/lib/i18n/lv/analysis';
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
/** The language switch is labelled in the language shown. */
const COMMON: Record<Locale, { language: string }> = {
	en: enCommon,
	lv: lvCommon,
	nl: nlCommon,
	ru: ruCommon,
	zh: zhCommon
};

// English, the default language, has each of these journeys in a spec of its own: offline.spec.ts
// (the first visit deep in the site), privacy.spec.ts (no request to another origin), a11y.spec.ts
// (the analysis) and planner.spec.ts (a status kept across a reload). Here are the other four, whose
// translated pages those specs do not see, and what a visit with the network off does: each worker
// file cached, an analysis reloaded and computed again for other settings, a status kept (in the
// first language: what a reload keeps does not depend on the language).
//
// One visit installs the service worker, then the network goes off and each language is chosen and
// walked through in turn: installing the worker (it caches the whole site) in a new context for each
// language cost a third of this test's time and checked the same thing four times.
test('the key journeys in Latviešu, Русский, 简体中文 and Nederlands: offline, nothing sent anywhere, the analysis accessible', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(300_000);
	const origin = new URL(baseURL!).origin;
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));

	await page.goto('./');
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

	let shown: Locale = 'en';
	// Each language changes the planner's first status again: to one it did not have before.
	const statuses = ['in-progress', 'done'];
	for (const [index, code] of LOCALES.filter((c) => c !== 'en').entries()) {
		await test.step(LOCALE_NAMES[code], async () => {
			const tag = INTL_TAG[code];
			const percent = (v: number) =>
				new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(v);

			await page.getByLabel(new RegExp(`^${COMMON[shown].language}`)).selectOption(code);
			await expect(page.locator('html')).toHaveAttribute('lang', tag);
			shown = code;

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
			if (index === 0) {
				// Offline, the analysis is there after a reload, and other settings are computed afresh.
				await page.reload();
				await expect(page.getByTestId('kpi-repeat-value')).toHaveText(percent(0.25));
				await page.getByRole('combobox', { name: lvAnalysis.periodLabel, exact: true }).selectOption('year');
				await expect(page.getByTestId('period-table').locator('tbody tr')).toHaveCount(1);
			}

			await page.goto('./planner');
			const status = page.locator('#measure-retention-status');
			const next = statuses[index % statuses.length];
			await expect(status).not.toHaveValue(next);
			await status.selectOption(next);
			await expect(page.locator('#tactic-measure-retention .save-state')).toHaveText(SAVED[code].form.saved);
			if (index === 0) {
				await page.reload();
				await expect(page.locator('#measure-retention-status')).toHaveValue(next);
			}
		});
	}
	await context.setOffline(false);

	expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});
