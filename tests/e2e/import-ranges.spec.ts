import { expect, test } from './support/test';
import { fileOnDisk, importFiles } from './support/import';

const ORDERS = 300_000;
/** The line of the one row whose date cannot be read: near the end, in the last byte range. */
const BAD_LINE = 290_001;

/** An export large enough (about 10 MB) to be read in parallel byte ranges. */
function largeExport(): string {
	const lines = ['Order ID,Customer ID,Order Date,Total'];
	for (let i = 1; i <= ORDERS; i++) {
		const month = String(1 + (i % 12)).padStart(2, '0');
		const day = String(1 + (i % 28)).padStart(2, '0');
		lines.push(`${i},C${String(i % 40_000).padStart(6, '0')},2023-${month}-${day},${(i % 997) / 10 + 1}`);
		if (lines.length === BAD_LINE - 1) lines.push(`x${i},C000001,31.02.2023,5`);
	}
	return lines.join('\n') + '\n';
}

test('a large file read in parallel ranges: counts and row numbers as in one piece', async ({ page }, testInfo) => {
	test.setTimeout(120_000);
	await page.goto('./data');
	const cores = await page.evaluate(() => navigator.hardwareConcurrency);
	test.skip(cores < 2, 'one core: the file is read in one piece');
	await importFiles(page, fileOnDisk(testInfo, 'large.csv', largeExport()));
	await expect(page.getByTestId('report-rowsRead')).toHaveText((ORDERS + 1).toLocaleString('en-GB'));
	await expect(page.getByTestId('report-ordersKept')).toHaveText(ORDERS.toLocaleString('en-GB'));
	await expect(page.getByTestId('report-customers')).toHaveText((40_000).toLocaleString('en-GB'));
	const skipped = page.getByTestId('skip-invalidDate');
	await expect(skipped.locator('td').nth(1)).toHaveText('1');
	await expect(skipped.locator('td').nth(2)).toContainText(`row ${BAD_LINE}`);
	// It was read in ranges, and they were merged (not read again in one piece).
	await expect
		.poll(() => page.evaluate(() => performance.getEntriesByName('import:parse:ranges', 'measure').length))
		.toBe(1);
});
