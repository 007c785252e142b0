import { expect, test } from './support/test';

// One journey on one page load: the home page read, then every section reached from its navigation.
test('the home page explains the three uses and the privacy promise; its navigation reaches every section and marks the current one', async ({
	page
}) => {
	await page.goto('./');
	await test.step('the home page explains the three uses and the privacy promise', async () => {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer retention, measured and improved');
		for (const title of ['Calculate', 'Analyse your orders', 'Teach the formulas']) {
			await expect(page.getByRole('heading', { name: title })).toBeVisible();
		}
		await expect(page.getByRole('heading', { name: 'Your data never leaves this browser' })).toBeVisible();
	});
	await test.step('the navigation reaches every section and marks the current one', async () => {
		const nav = page.getByRole('navigation', { name: 'Main' });
		for (const name of ['Calculators', 'Data', 'Analysis', 'Benchmarks', 'Planner']) {
			await nav.getByRole('link', { name }).click();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
		}
	});
});

test('on a phone the navigation folds into a menu button', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('./');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Data' })).toBeHidden();
	await page.getByRole('button', { name: 'Menu' }).click();
	await nav.getByRole('link', { name: 'Data' }).click();
	await expect(page).toHaveURL(/\/data$/);
	await expect(nav.getByRole('link', { name: 'Data' })).toBeHidden();
});

test('the currency setting is remembered across visits', async ({ page }) => {
	await page.goto('./');
	await page.getByLabel('Currency').selectOption('USD');
	await page.reload();
	await expect(page.getByLabel('Currency')).toHaveValue('USD');
});

test('an unknown address shows a clear not-found page', async ({ page }) => {
	const response = await page.goto('./calculators/nope');
	expect(response?.status()).toBe(404);
});
