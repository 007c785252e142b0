import type { Locator } from '@playwright/test';
import en from '../../src/lib/i18n/en/exercises';
import calculators from '../../src/lib/i18n/en/calculators';
import lv from '../../src/lib/i18n/lv/exercises';
import lvCalculators from '../../src/lib/i18n/lv/calculators';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/test';

/**
 * Exercises (issue 15.5): a set's link opens the same exercises, a right answer (worked out here from
 * the inputs shown, by the CRR formula (E − N) / S) is accepted and a wrong one refused, each time with
 * the calculator's own math, and the page is accessible.
 */

const crr = calculators.crr.fields;

/** A count as shown on the page in English ("10,200"). */
async function countOf(exercise: Locator, label: string): Promise<number> {
	const row = exercise.locator('.row').filter({ hasText: label });
	const text = await row.getByRole('definition').textContent();
	return Number((text ?? '').replace(/[^\d]/g, ''));
}

test('a shared set of CRR exercises checks a right and a wrong answer and reopens the same', async ({ page }) => {
	await page.goto('./calculators/crr/exercises?seed=7&n=3');
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title({ calculator: calculators.crr.title }));
	const exercises = page.getByRole('article');
	await expect(exercises).toHaveCount(3);
	await expect(page).toHaveURL(/\/calculators\/crr\/exercises\?seed=7&n=3$/);

	// Exercise 1: the right answer, from the numbers on the page.
	const first = exercises.nth(0);
	await expect(first.getByRole('definition').first()).toHaveText(/\d/);
	const s = await countOf(first, crr.s.label);
	const e = await countOf(first, crr.e.label);
	const n = await countOf(first, crr.n.label);
	expect(s).toBeGreaterThan(0);
	const rate = ((e - n) / s) * 100;
	await first.getByRole('textbox', { name: en.yourAnswer }).fill(rate.toFixed(2));
	await first.getByRole('button', { name: en.check }).click();
	await expect(first.getByRole('status')).toContainText(en.right);
	const math = first.getByTestId('math');
	await expect(math).toContainText('CRR = (E − N) / S × 100');
	await expect(math).toContainText(`${s.toLocaleString('en-GB')} × 100`);

	// Exercise 2: a wrong answer by keyboard only (Enter submits).
	const second = exercises.nth(1);
	const rate2 =
		((await countOf(second, crr.e.label)) - (await countOf(second, crr.n.label))) /
		(await countOf(second, crr.s.label));
	const answer = second.getByRole('textbox', { name: en.yourAnswer });
	await answer.focus();
	await page.keyboard.type((rate2 * 100 + 10).toFixed(2));
	await page.keyboard.press('Enter');
	await expect(second.getByRole('status')).toContainText(en.notQuite);
	await expect(second.getByTestId('math')).toContainText('CRR = (E − N) / S × 100');
	// The right rate with a decimal comma, which English reads as grouping thousands: said so.
	await answer.fill((rate2 * 100).toFixed(3).replace('.', ','));
	await answer.press('Enter');
	await expect(second.getByRole('status')).toContainText(/was read as [\d,]+: in this language “,” groups thousands/);
	await expect(second.getByRole('heading', { name: en.solution })).toBeVisible();
	// Exercise 3 keeps its answer hidden.
	await expect(exercises.nth(2).getByTestId('math')).toHaveCount(0);

	await expectAccessible(page, 'exercises with a right and a wrong answer');

	// The same link reopens the same inputs.
	const before = await page.getByTestId('inputs').allTextContents();
	expect(before).toHaveLength(3);
	await page.reload();
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(page.getByTestId('inputs')).toHaveText(before);

	// "New set" draws other exercises under a new seed in the address, with as many exercises.
	await page.getByRole('button', { name: en.newSet }).click();
	await expect(page).not.toHaveURL(/seed=7&/);
	await expect(page).toHaveURL(/\?seed=\d+&n=3$/);
	await expect(page.getByTestId('inputs')).toHaveCount(3);
	await expect(page.getByTestId('inputs')).not.toHaveText(before);
	await expect(exercises.nth(0).getByRole('status')).toBeEmpty();
});

// QA (session 64): on the Latvian page the screen-reader announcement (SvelteKit's, made when the page
// writes its set into the address) was the English title, and "1,000" was read as 1 with no note.
test('in Latvian, the page is announced in Latvian and "1,000" is said to be read as 1', async ({ page }) => {
	await page.goto('./calculators/crr/exercises?lang=lv');
	await expect(page).toHaveURL(/\?seed=\d+&n=\d+$/);
	await expect(page.locator('#svelte-announcer')).toHaveText(
		`${lv.title({ calculator: lvCalculators.crr.title })} · Retention Lab`
	);
	const first = page.getByRole('article').first();
	await first.getByRole('textbox', { name: lv.yourAnswer }).fill('1,000');
	await first.getByRole('button', { name: lv.check }).click();
	await expect(first.getByRole('status')).toContainText('“1,000” tika nolasīts kā 1: šajā valodā “,” ir decimālzīme');
});
