import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/messages';
import { warningText } from '../../routes/data/report-text';
import { findWarning } from './report';
import { splitByDecimalComma } from './sniff/numbers';
import { importOrdersText } from './test-support';

// QA 64: "€ 9,99 EUR" unquoted in a file delimited by commas was read as €9.00 (its cents in a
// column of their own), and the report said only that the row had more columns than the header.
describe('an amount with a decimal comma, not quoted, in a file delimited by commas', () => {
	const FILE =
		'Order ID,Order Date,Customer Email,Order Total,Status\n' +
		'N1,2023-06-01,a@x.com,12.50,paid\n' +
		'N2,2023-06-02,b@x.com,€ 9,99 EUR,paid\n' +
		'N3,2023-06-03,a@x.com,1.234,50,refunded\n' +
		'N9,2023-06-09,h@x.com,2 345,60,paid\n' +
		'N4,2023-06-04,c@x.com,7,05,paid\n' +
		'N5,2023-06-05,d@x.com,20.00,paid\n' +
		'N6,2023-06-06,e@x.com,30.00,paid\n' +
		'N7,2023-06-07,f@x.com,40.00,paid\n' +
		'N8,2023-06-08,g@x.com,50.00,paid\n';

	it('is joined again and read as one amount, the columns after it back in place, and the report says so', async () => {
		const { report, result } = await importOrdersText(FILE);
		// Hand-worked: 12.50 + 9.99 + 2,345.60 + 7.05 + 20 + 30 + 40 + 50 = 2,515.14; N3 (1,234.50) is
		// refunded: its status is back in its column.
		expect(Array.from(result.columns.amount)).toEqual([12.5, 9.99, 2345.6, 7.05, 20, 30, 40, 50]);
		expect(report.revenue).toBe(2515.14);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		const w = findWarning(report.warnings, 'decimalCommaMended')!;
		expect(w).toMatchObject({
			count: 4,
			examples: [
				{ row: 3, value: '€ 9,99 EUR' },
				{ row: 4, value: '1.234,50' },
				{ row: 5, value: '2 345,60' },
				{ row: 6, value: '7,05' }
			]
		});
		expect(findWarning(report.warnings, 'widerRows')).toBeNull();
		expect(warningText(w, report, en, String)).toMatch(
			/^In 4 rows an amount written with a decimal comma was not in quotes, so the file’s commas cut it in two .* \(row 3 \(“€ 9,99 EUR”\), row 4/
		);
	});
});

describe('whether a money column was split at a decimal comma', () => {
	it.each([
		[['€ 9', '99 EUR'], true],
		[['9', '99'], true],
		[['1.234', '50'], true],
		[['-12', '05€'], true],
		[['(12', '05)'], true],
		[['1', '234.50'], false], // thousands (see splitByThousands)
		[['9', '9'], false],
		[['9', '999'], false],
		[['9.50', '99'], false],
		[['9', 'paid'], false],
		[['€ 9', ''], false]
	])('%j: %s', (fields, split) => {
		expect(splitByDecimalComma(fields, 0)).toBe(split);
	});
});
