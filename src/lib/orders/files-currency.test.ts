import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/messages';
import { warningText } from '../../routes/data/report-text';
import { findWarning } from './report';
import { importOrderTexts } from './test-support';

// QA 64: a Shopify export in EUR chosen with a UCI file (no currency anywhere) became one data set
// "in EUR", the UCI file's pounds counted as euros, and nothing said so.
const EUR_COLUMN =
	'Order ID,Customer Email,Order Date,Amount,Currency\nE-1,a@x.io,2024-03-01,40.00,EUR\nE-2,b@x.io,2024-03-02,25.00,EUR\n';
const EUR_MARKS =
	'Order ID,Customer Email,Order Date,Amount\nM-1,a@x.io,2024-03-01,€40.00\nM-2,b@x.io,2024-03-02,€25.00\n';
const NONE =
	'Order ID,Customer Email,Order Date,Amount\nN-1,c@x.io,2024-04-01,12.00\nN-2,d@x.io,2024-04-02,13.00\nN-3,c@x.io,2024-04-03,14.00\n';

describe('a file of several that names no currency', () => {
	it.each([
		['a currency column', EUR_COLUMN],
		['currency marks in its amounts', EUR_MARKS]
	])('beside one that names it by %s: its orders are said to be counted in that currency', async (_, named) => {
		const { report } = await importOrderTexts(named, NONE);
		expect(report.currency).toBe('EUR');
		expect(report.ordersKept).toBe(5);
		expect(findWarning(report.warnings, 'fileNamesNoCurrency')).toEqual({
			code: 'fileNamesNoCurrency',
			file: 1,
			orders: 3,
			currency: 'EUR'
		});
		const w = findWarning(report.warnings, 'fileNamesNoCurrency')!;
		expect(warningText(w, report, en, String)).toBe(
			'“orders-2.csv” names no currency (it has no currency column, and its amounts carry no currency sign or code), while the other files are in EUR: its 3 orders are counted as EUR, unconverted. If they are in another currency, import “orders-2.csv” as a data set of its own.'
		);
	});

	it('whichever comes first', async () => {
		const { report } = await importOrderTexts(NONE, EUR_COLUMN);
		expect(findWarning(report.warnings, 'fileNamesNoCurrency')).toMatchObject({ file: 0, orders: 3 });
	});

	it.each([
		['every file names it', [EUR_COLUMN, EUR_MARKS.replaceAll('M-', 'K-')]],
		['no file names one (the reader’s setting is used for all)', [NONE, NONE.replaceAll('N-', 'P-')]],
		['one file', [NONE]]
	])('is not said where %s', async (_, texts) => {
		const { report } = await importOrderTexts(...texts);
		expect(findWarning(report.warnings, 'fileNamesNoCurrency')).toBeNull();
	});
});
