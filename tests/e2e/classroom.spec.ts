import { expectAccessible } from './support/axe';
import { expect, test } from './support/test';

/** Classroom modes of a calculator page (issue 15.4): projector view, printed handout, phone. */

test('projector view shows the math first and large, hides the inputs, and is accessible at 1024×768', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('./calculators/crr?s=10000&e=10200&n=2000&p=year&view=projector');
	await expect(page.locator('[data-ready]')).toBeAttached();
	const math = page.getByTestId('math');
	await expect(math).toBeVisible();
	await expect(math).toContainText('(10,200 − 2,000) / 10,000 × 100');
	await expect(page.getByRole('textbox', { name: 'Customers at the start (S)' })).toBeHidden();
	await expect(page.getByRole('banner')).toBeHidden();
	// The math comes before the result, and its text is large.
	const mathBox = (await math.boundingBox())!;
	const resultBox = (await page.getByTestId('result').boundingBox())!;
	expect(mathBox.y).toBeLessThan(resultBox.y);
	expect(
		await math
			.locator('.math')
			.first()
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
	).toBeGreaterThanOrEqual(28);
	await expectAccessible(page, 'projector view');

	const toggle = page.getByRole('button', { name: 'Projector view' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Escape');
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByRole('textbox', { name: 'Customers at the start (S)' })).toBeVisible();
	await toggle.click();
	await expect(page.getByRole('textbox', { name: 'Customers at the start (S)' })).toBeHidden();
});

test('the printed handout has the inputs, result, math, the link and its QR code, and no buttons', async ({
	page,
	baseURL
}) => {
	await page.goto('./calculators/crr?s=10000&e=9800&n=2000&p=year');
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(page.getByTestId('handout')).toBeHidden();
	await page.getByText('Show the math').click();
	await page.emulateMedia({ media: 'print' });
	const handout = page.getByTestId('handout');
	await expect(handout).toBeVisible();
	await expect(handout.locator('.link')).toHaveText(
		new URL('calculators/crr?s=10000&e=9800&n=2000&p=year&math=1&lang=en', baseURL).href
	);
	const qr = page.getByRole('img', { name: 'QR code of the link to this calculation' });
	await expect(qr).toBeVisible();
	await expect(qr.locator('path')).toHaveAttribute('d', /^(M\d+ \d+h1v1h-1z)+$/);
	await expect(page.getByTestId('result').locator('output')).toHaveText('78%');
	await expect(page.getByTestId('math')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Customers at the start (S)' })).toHaveValue('10000');
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print handout' })).toBeHidden();
	await expectAccessible(page, 'printed handout');
	// The code follows the calculation.
	await page.getByRole('textbox', { name: 'Customers at the start (S)' }).fill('12000');
	await expect(handout).toContainText('s=12000');
});

test('on a phone the result stays in view while typing', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 640 });
	await page.goto('./calculators/clv-retention');
	await expect(page.locator('[data-ready]')).toBeAttached();
	const first = page.getByRole('main').getByRole('textbox').first();
	await first.scrollIntoViewIfNeeded();
	await first.fill('50');
	await expect(page.getByTestId('result')).toBeInViewport();
});
