import { describe, expect, it } from 'vitest';
import { findWarning } from './report';
import { importOrderTexts, importOrdersText } from './test-support';

/**
 * The import keeps what it read from a column's last cell for the next cell of the same text
 * (rows of one customer follow each other). These files put the variants of a cell that must be
 * read apart, or as one, on rows next to each other, where such a shortcut would take the one
 * for the other.
 */
describe('a customer cell like the one on the row before', () => {
	it.each([
		{ name: 'the same id again', cells: ['C1', 'C1', 'C1'], customers: ['C1'] },
		{ name: 'with spaces around (trimmed)', cells: ['C1', ' C1', 'C1 ', 'C1'], customers: ['C1'] },
		{
			name: 'ids that differ in case (two accounts)',
			cells: ['abc01', 'ABC01', 'abc01'],
			customers: ['abc01', 'ABC01']
		},
		{
			name: 'e-mail addresses that differ in case (one person)',
			cells: ['Ann@X.com', 'ann@x.com', 'ANN@X.COM '],
			customers: ['ann@x.com']
		},
		{ name: 'a number Excel wrote with a decimal point', cells: ['1001', '1001.0', '1001'], customers: ['1001'] },
		{ name: 'a guest placeholder between', cells: ['C1', '0', '0', 'C1'], customers: ['C1'] },
		{ name: 'an empty cell between', cells: ['C1', '', '', 'C1'], customers: ['C1'] },
		{ name: 'ids alike but for the last character', cells: ['C10', 'C11', 'C10', 'C11'], customers: ['C10', 'C11'] }
	])('$name', async ({ cells, customers }) => {
		const rows = cells.map((cell, i) => `${i + 1},"${cell}",2024-01-0${i + 1},10.00`);
		const { result } = await importOrdersText('Order ID,Customer ID,Date,Total\n' + rows.join('\n') + '\n');
		expect(result.customers).toEqual(customers);
	});

	it('counts a control character on every row it is on, the same cell again or not', async () => {
		// (Other customers' rows after them: a file of more than 1% control characters is no text.)
		const others = Array.from({ length: 20 }, (_, i) => `${i + 5},C${i + 2},2024-01-05,10.00\n`).join('');
		const { report } = await importOrdersText(
			'Order ID,Customer ID,Date,Total\n' +
				'1,C1\u0007,2024-01-01,10.00\n' +
				'2,C1\u0007,2024-01-02,10.00\n' +
				'3,C1,2024-01-03,10.00\n' +
				'4,C1\u0007,2024-01-04,10.00\n' +
				others
		);
		expect(report.customers).toBe(21);
		const warning = findWarning(report.warnings, 'controlCharacters');
		expect(warning?.count).toBe(3);
		expect(warning?.examples.map((e) => e.row)).toEqual([2, 3, 5]);
	});

	it('reads names as names: in any case, one person', async () => {
		const { report } = await importOrdersText(
			'Invoice,Date,Customer,Total\n' +
				'INV-1,2024-04-01,Anna Bērziņa,10.00\n' +
				'INV-2,2024-04-02,Anna Bērziņa,10.00\n' +
				'INV-3,2024-04-03,ANNA BĒRZIŅA,10.00\n' +
				'INV-4,2024-04-04,Līga Liepa,10.00\n' +
				'INV-5,2024-04-05,Anna  Bērziņa,10.00\n'
		);
		expect(report.customers).toBe(2);
	});

	it('reads the next file by its own column: its first cell, the same text as the last file’s last, is a name there', async () => {
		const { result } = await importOrderTexts(
			'Order ID,Customer ID,Date,Total\n' +
				'1,C-1001,2024-01-01,10.00\n' +
				'2,C-1002,2024-01-02,10.00\n' +
				'3,C-1003,2024-01-03,10.00\n' +
				'4,Ann Berg,2024-01-04,10.00\n',
			'Invoice,Date,Customer,Total\n' +
				'INV-1,2024-02-01,Ann Berg,10.00\n' +
				'INV-2,2024-02-02,Bo Lind,10.00\n' +
				'INV-3,2024-02-03,Cy Moss,10.00\n'
		);
		// An id in the first file (as written), a name in the second (in lower case).
		expect(result.customers).toEqual(['C-1001', 'C-1002', 'C-1003', 'Ann Berg', 'ann berg', 'bo lind', 'cy moss']);
	});
});
