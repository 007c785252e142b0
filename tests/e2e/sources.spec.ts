import { expect, test } from './support/test';
import { expectAccessible } from './support/axe';

const TITLES = [
	'Tips for building a great e-commerce customer retention strategy',
	'5 ways to improve customer retention on an e-commerce website',
	'9 e-commerce segmentation techniques to increase customer loyalty',
	'Find out which loyalty programmes there are…',
	'How to encourage repeat e-commerce sales in 2017'
];

test('the footer leads to the Sources page, which lists all five articles and is axe-clean', async ({ page }) => {
	await page.goto('./');
	await page
		.getByRole('contentinfo')
		.getByRole('link', { name: 'Sources: the five articles this app is built on' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
	await expect(page.getByRole('navigation', { name: 'The five articles' }).getByRole('link')).toHaveText(TITLES);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(TITLES);
	await expect(page.locator('section[data-source]')).toHaveCount(5);
	await expectAccessible(page, 'the Sources page');
});

test('a citation lands on the article it names, with focus on it', async ({ page }) => {
	await page.goto('./sources');
	const loyalty = page.locator('#source-003 [data-tactic="loyalty-program"]');
	await loyalty.getByRole('link', { name: 'the article on encouraging repeat e-commerce sales (Dutch)' }).click();
	await expect(page).toHaveURL(/\/sources#source-004$/);
	await expect(page.locator('#source-004')).toBeInViewport();
	await expect(page.getByRole('region', { name: TITLES[4] })).toBeFocused();
});

test('a citation on another page opens the Sources page at that article', async ({ page }) => {
	await page.goto('./');
	// Once the page is live (a node added before hydration would be dropped by it): a citation link
	// as other pages render it (SourceLink), followed by client-side navigation.
	await expect(page.locator('html[data-live]')).toBeAttached();
	await page.evaluate(() => {
		const link = document.createElement('a');
		link.href = 'sources#source-002';
		link.textContent = 'citation';
		document.querySelector('main')?.append(link);
	});
	await page.getByRole('link', { name: 'citation' }).click();
	await expect(page).toHaveURL(/\/sources#source-002$/);
	await expect(page.locator('#source-002')).toBeInViewport();
	await expect(page.getByRole('region', { name: TITLES[2] })).toBeFocused();
});
