import { expect, test } from './support/test';
import { chooseFiles, fixture, importFiles } from './support/import';

// QA: importing a file imported already made a second data set of the same name, unsaid, that no
// selector could tell from the first.
test('a file imported again is said before Import; imported anyway, the two data sets are told apart', async ({
	page
}) => {
	await page.goto('./data');
	await importFiles(page, fixture('orders/shopify_orders.csv'));
	await page.getByRole('button', { name: 'Import another file' }).click();
	await chooseFiles(page, fixture('orders/shopify_orders.csv'));
	await expect(page.getByRole('heading', { name: 'Check how the file will be read' })).toBeVisible();

	// Said before Import, once the worker has read the file's rows.
	const notice = page.getByTestId('stored-copy');
	await expect(notice).toHaveCount(1);
	await expect(notice).toContainText(
		/“\W?shopify_orders\.csv\W?” has the same rows as the data set “\W?shopify_orders\W?”, imported /
	);
	await expect(notice.getByRole('link', { name: /Open \W?shopify_orders\W?$/ })).toHaveAttribute(
		'href',
		/\/analysis\?dataset=\d+$/
	);
	await expect(page.getByTestId('stored-copies')).toContainText('nothing is replaced or added to');
	// Never held back: Import itself stays on.
	await expect(page.getByTestId('start-import')).toBeEnabled();

	await page.getByRole('button', { name: 'Import anyway' }).click();
	await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 });

	// Newest first: the second import is numbered, in the Analysis selector and in the list.
	await page.goto('./analysis');
	await expect(page.getByTestId('dataset-select').locator('option')).toHaveText([
		/^\W*shopify_orders \(2\)\W*$/,
		/^\W*shopify_orders\W*$/
	]);
	await page.goto('./data');
	await expect(page.getByRole('rowheader')).toHaveText([/^\s*shopify_orders \(2\)\s*$/, /^\s*shopify_orders\s*$/]);
});
