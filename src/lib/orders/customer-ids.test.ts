import { describe, expect, it } from 'vitest';
import { isScientificNumber, normaliseCustomerId } from './accumulate';
import { findWarning } from './report';
import { importOrdersText, headline } from './test-support';

describe('a customer id as the import keeps it', () => {
	it.each([
		['C-1001', 'C-1001'],
		['  C-1001 ', 'C-1001'],
		// E-mail addresses are one customer whatever their case.
		['Ann@Example.COM', 'ann@example.com'],
		// As a mail program writes an address, with a name: the address.
		['Ann Berg <Ann@Example.com>', 'ann@example.com'],
		['"Berg, Ann" <ann@example.com>', 'ann@example.com'],
		['<ann@example.com>', 'ann@example.com'],
		// A list of them: the first, the buyer's (the second a copy to someone else).
		['Ann <Ann@Example.com>, Bo <bo@example.com>', 'ann@example.com'],
		['Ann <ann@example.com>; Bo <bo@example.com>', 'ann@example.com'],
		// Angle brackets around no address are part of the id.
		['Ann <VIP> x@y.z', 'ann <vip> x@y.z'],
		['Shop <no address>', 'Shop <no address>'],
		// A number Excel wrote with a decimal point.
		['1001.0', '1001'],
		['1001.5', '1001.5']
	])('%s is %s', (raw, id) => {
		expect(normaliseCustomerId(raw)).toBe(id);
	});

	it('counts a buyer once whether or not their name is written with the address', async () => {
		const { report, result } = await importOrdersText(
			'Order ID,Email,Date,Total\n' +
				'1,"Ann Berg <ann@example.com>",2024-01-05,10.00\n' +
				'2,ANN@example.com,2024-01-07,5.00\n' +
				'3,bo@example.com,2024-01-06,20.00\n'
		);
		expect(report.customers).toBe(2);
		expect(result.customers).toEqual(['ann@example.com', 'bo@example.com']);
	});
});

describe('exports joined one after another into one file', () => {
	const HEADER = 'Order ID,Email,Date,Total\n';
	const JANUARY = HEADER + '1,a@x.com,2024-01-05,10.00\n2,b@x.com,2024-01-06,20.00\n';
	const FEBRUARY = HEADER + '3,a@x.com,2024-02-05,30.00\n4,c@x.com,2024-02-06,40.00\n';

	it('skip each repeated header row as that, not as a date that cannot be read', async () => {
		const { report } = await importOrdersText(JANUARY + FEBRUARY + '\n' + FEBRUARY.replace(/\b([34]),/g, '$1$1,'));
		// Hand-worked: 6 orders of 3 customers, 10 + 20 + 30 + 40 + 30 + 40.
		expect(headline(report)).toEqual({
			orders: 6,
			customers: 3,
			revenue: 170
		});
		expect(report.skipped.repeatedHeader?.examples.map((e) => e.row)).toEqual([4, 8]);
		expect(report.skipped.invalidDate).toBeUndefined();
	});

	it('gives the same read in byte ranges', async () => {
		const joined = Array.from({ length: 300 }, (_, copy) => FEBRUARY.replace(/\b([34]),/g, `${copy}-$1,`)).join('');
		const whole = await importOrdersText(joined);
		const ranged = await importOrdersText(joined, 3);
		expect(whole.report.skipped.repeatedHeader?.count).toBe(299);
		expect(ranged.report.skipped.repeatedHeader?.count).toBe(299);
		expect([ranged.report.ordersKept, ranged.report.revenue]).toEqual([600, 300 * 70]);
	});
});

describe('ids Excel wrote in scientific notation', () => {
	it.each([
		['1.23457E+11', true],
		['7E+12', true],
		['9.87654e+15', true],
		// A decimal comma, as Excel writes it where the comma is the decimal mark.
		['1,23457E+11', true],
		['1234567890123', false],
		// Shorter than Excel's General format shortens: a code, or a value typed so.
		['9E+1', false],
		['1E+10', false],
		['1.5E+10', false],
		['E+11', false],
		['1.2E-5', false],
		['A1E+11', false],
		['1.23457E+11x', false],
		['ann@example.com', false]
	])('%s: %s', (id, scientific) => {
		expect(isScientificNumber(id)).toBe(scientific);
	});

	const MANGLED =
		'Order ID,Customer ID,Date,Total\n' +
		'1,1.23457E+11,2024-01-05,10.00\n' +
		'2,123456789013,2024-01-06,20.00\n' +
		'3,1.23457E+11,2024-02-05,30.00\n';

	it('are named in a warning with their rows, as what may join customers', async () => {
		const { report } = await importOrdersText(MANGLED);
		expect(findWarning(report.warnings, 'scientificIds')).toEqual({
			code: 'scientificIds',
			count: 2,
			examples: [
				{ file: 0, row: 2, value: '1.23457E+11' },
				{ file: 0, row: 4, value: '1.23457E+11' }
			]
		});
		// An order id too.
		const orders = await importOrdersText(MANGLED.replace('\n2,', '\n5.1234E+12,'));
		expect(findWarning(orders.report.warnings, 'scientificIds')?.count).toBe(3);
	});

	it('are counted the same read in byte ranges', async () => {
		const body = Array.from({ length: 400 }, (_, copy) =>
			MANGLED.split('\n')
				.slice(1, -1)
				.map((row) => row.replace(/^(\d),/, `${copy}-$1,`))
				.join('\n')
		).join('\n');
		const text = MANGLED.split('\n')[0] + '\n' + body + '\n';
		const ranged = await importOrdersText(text, 3);
		expect(findWarning(ranged.report.warnings, 'scientificIds')?.count).toBe(800);
	});

	it('give no warning where no id is such a number', async () => {
		const { report } = await importOrdersText(MANGLED.replaceAll('1.23457E+11', '123456789012'));
		expect(findWarning(report.warnings, 'scientificIds')).toBeNull();
	});
});
