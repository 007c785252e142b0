import { expect, test } from './support/test';
import { expectAccessible } from './support/axe';
import { fixture, importAndAnalyse } from './support/import';

// Fits the models cannot pin down, as a merchant meets them (issue 11): a year of customers who
// never drop out (tests/fixtures/clv/no-dropout.csv, written by tests/fixtures/clv/no-dropout.ts:
// BG/NBD runs to a → 0) and a one-day export (tests/fixtures/clv/one-day.csv).

test('a fit that runs to a → 0 is explained in words, with the CLV range along the ridge, and the hold-out check runs', async ({
	page
}) => {
	await importAndAnalyse(page, fixture('clv/no-dropout.csv'), 'No drop-out');
	await expect(page.getByTestId('clv-total')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('clv-refusal')).toHaveCount(0);

	const explanation = page.getByTestId('clv-ridge-explanation');
	await expect(explanation).toContainText('Almost no drop-out is visible in this history');
	await expect(explanation).toContainText('near 100 % for everyone');
	await expect(page.getByTestId('clv-ridge-range')).toContainText(/between \D?[\d,]+ and \D?[\d,]+\./);
	await expect(page.getByTestId('clv-ridge-table').locator('tbody tr').first()).toContainText('none (a → 0)');
	await expect(page.getByText(/ran off to/)).toHaveCount(0);
	await expectAccessible(page, 'the Analysis page with a fit at a → 0');

	// The hold-out check at the default split runs with the degenerate fit, and says so.
	await page.getByRole('button', { name: 'Run the check' }).click();
	await expect(page.getByTestId('holdout-errors')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('holdout-fit-note')).toContainText(/no-drop-out limit|barely pin down drop-out/);

	// Too early a split: refused, with a split that works offered — and it works.
	await page.getByLabel('Split date').fill('2025-01-04');
	await page.getByRole('button', { name: 'Run the check' }).click();
	const suggestion = page.getByTestId('holdout-suggestion');
	await expect(suggestion).toContainText('Run the check with the split on');
	await suggestion.click();
	await expect(page.getByTestId('holdout-errors')).toBeVisible({ timeout: 60_000 });

	await page.getByLabel('Replicates').fill('20');
	await page.getByRole('button', { name: 'Compute uncertainty ranges' }).click();
	await expect(page.getByTestId('bootstrap-result')).toContainText('90% range', { timeout: 60_000 });
	await expect(page.getByTestId('bootstrap-result')).toContainText('at the no-drop-out limit');
	await expect(page.getByTestId('bootstrap-result')).not.toContainText('did not converge');
});

test('a one-day export: no empty date range, the hold-out check says the history is too short', async ({ page }) => {
	await importAndAnalyse(page, fixture('clv/one-day.csv'), 'One day');
	await expect(page.getByTestId('clv-refusal')).toContainText(
		'Every customer made their first purchase on the last day',
		{ timeout: 60_000 }
	);
	await expect(page.getByTestId('holdout-too-short')).toContainText('The orders cover only 7 Dec 2025');
	await expect(page.getByText(/Choose a date between/)).toHaveCount(0);
	await expect(page.getByLabel('Split date')).toHaveCount(0);
	await expectAccessible(page, 'the Analysis page of a one-day export');
});
