import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import ru from '$lib/i18n/ru';
import type { ImportReport, ImportWarning } from '$lib/orders/report';
import { warningText } from './report-text';

const integer = (n: number) => n.toLocaleString('en');
const report = (files: string[]) => ({ files: files.map((name) => ({ name })) }) as unknown as ImportReport;

describe('an import warning as the report writes it', () => {
	const fromEmail: ImportWarning = {
		code: 'customerFromEmail',
		count: 2,
		examples: [
			{ file: 0, row: 7 },
			{ file: 1, row: 9 }
		],
		column: 'Customer Email'
	};

	it('names the orders whose customer was read from the e-mail, and the column', () => {
		expect(warningText(fromEmail, report(['jan.csv', 'feb.csv']), en, integer)).toBe(
			'2 orders have no customer id, or a guest checkout’s shared id such as “0” (jan.csv row 7, feb.csv row 9): each customer is told by the e-mail in “Customer Email” instead, so guests are not all counted as one customer.'
		);
	});

	it('says it of one order in the singular, and in the user’s language', () => {
		const one = { ...fromEmail, count: 1, examples: [{ file: 0, row: 7 }] };
		expect(warningText(one, report(['orders.csv']), en, integer)).toMatch(/^1 order has no customer id.*\(row 7\)/);
		expect(warningText(one, report(['orders.csv']), ru as typeof en, integer)).toBe(
			'Заказов без ID клиента или с общим ID гостевого заказа, например «0»: 1 (строка 7). Клиент в них определён по e-mail из столбца «Customer Email», чтобы все гости не считались одним клиентом.'
		);
	});

	it('says how many guests were joined to a registered customer with the same e-mail, and whose orders moved', () => {
		const joined: ImportWarning = { code: 'guestsJoined', count: 1, orders: 3, column: 'Customer Email' };
		expect(warningText(joined, report(['orders.csv']), en, integer)).toBe(
			'1 guest checkout customer (3 orders) had the e-mail in “Customer Email” of a registered customer’s orders, and was counted as that customer: one person who once checked out as a guest and once signed in is one customer, not two.'
		);
		expect(warningText({ ...joined, count: 1200 }, report(['orders.csv']), en, integer)).toMatch(
			/^1,200 guest checkout customers \(3 orders\) .* were counted as that customer/
		);
	});

	it('says how many orders’ cost of goods lacks some lines’, and of how many orders it is whole', () => {
		const partial: ImportWarning = {
			code: 'costPartial',
			count: 2,
			lines: 3,
			examples: [
				{ file: 0, row: 5 },
				{ file: 0, row: 9 }
			],
			complete: 40,
			orders: 42
		};
		expect(warningText(partial, report(['orders.csv']), en, integer)).toBe(
			'2 orders have lines without a cost of goods in the file (3 lines; e.g. row 5, row 9), and lines with one: their cost of goods counts the lines with a cost only, so it is too low and their gross margin too high. The cost of goods is known for every line of 40 of the 42 orders.'
		);
		expect(warningText({ ...partial, count: 1, lines: 1 }, report(['orders.csv']), en, integer)).toMatch(
			/^1 order has lines without a cost of goods in the file \(1 line; .*its cost of goods counts/
		);
	});

	it('names the orders whose customer was told by the phone number, and the column', () => {
		const byPhone: ImportWarning = {
			code: 'customerFromPhone',
			count: 2,
			examples: [
				{ file: 0, row: 3 },
				{ file: 0, row: 4 }
			],
			column: 'Телефон'
		};
		expect(warningText(byPhone, report(['orders.csv']), en, integer)).toBe(
			'2 orders have neither a customer id nor an e-mail (row 3, row 4): each customer is told by the phone number in “Телефон” instead, so that these orders are not skipped.'
		);
	});

	it('says which country code numbers without one were given, and on what basis, or that they were kept apart', () => {
		const given: ImportWarning = {
			code: 'phonesGivenCountry',
			count: 2,
			callingCode: '371',
			international: 3,
			of: 4
		};
		expect(warningText(given, report(['orders.csv']), en, integer)).toMatch(
			/^2 phone numbers were written without a country code and read as \+371 numbers: 3 of the file’s 4 numbers that have a country code have this one\./
		);
		expect(warningText({ ...given, count: 1 }, report(['orders.csv']), en, integer)).toMatch(
			/^1 phone number was written without a country code and read as \+371 number:/
		);
		expect(warningText(given, report(['orders.csv']), ru as typeof en, integer)).toMatch(
			/^Номеров телефона без кода страны: 2\. .*\+371/
		);
		expect(warningText({ code: 'phonesKeptApart', count: 1 }, report(['orders.csv']), en, integer)).toMatch(
			/^1 phone number has no country code, .* Some customers may be counted twice\.$/
		);
	});

	it('names the rows whose amount a thousands separator not in quotes cut, mended, and the rows wider than the header', () => {
		const mended: ImportWarning = {
			code: 'thousandsMended',
			count: 2,
			examples: [
				{ file: 0, row: 3, value: '1,234.50' },
				{ file: 0, row: 5, value: '2,000.00' }
			]
		};
		expect(warningText(mended, report(['orders.csv']), en, integer)).toBe(
			'In 2 rows an amount written with thousands separators was not in quotes, so the commas cut it into several columns: its parts were joined again (row 3 (“1,234.50”), row 5 (“2,000.00”)). Please check these rows.'
		);
		const wider: ImportWarning = { code: 'widerRows', count: 1, examples: [{ file: 0, row: 3 }] };
		expect(warningText(wider, report(['orders.csv']), en, integer)).toMatch(
			/^1 row has more columns than the header \(row 3\), probably a delimiter inside a value/
		);
		expect(warningText(wider, report(['orders.csv']), ru as typeof en, integer)).toMatch(
			/^Строк, в которых столбцов больше/
		);
	});

	it('names the rows whose ids Excel wrote in scientific notation, and what to do', () => {
		const mangled: ImportWarning = {
			code: 'scientificIds',
			count: 2,
			examples: [
				{ file: 0, row: 2, value: '1.23457E+11' },
				{ file: 0, row: 4, value: '1.23457E+11' }
			]
		};
		expect(warningText(mangled, report(['orders.csv']), en, integer)).toMatch(
			/^In 2 rows the customer or order id is a number in scientific notation, as Excel shows and saves long numbers: row 2 \(“1\.23457E\+11”\), row 4 \(“1\.23457E\+11”\)\. Their last digits are lost, .* Export the file again/
		);
		expect(warningText({ ...mangled, count: 1 }, report(['orders.csv']), en, integer)).toMatch(/^In 1 row the/);
	});

	it('says which rows list items and another number of SKUs, and that their SKUs were not guessed', () => {
		const unpaired: ImportWarning = { code: 'unpairedSkus', count: 1, examples: [{ file: 0, row: 4 }] };
		expect(warningText(unpaired, report(['orders.csv']), en, integer)).toBe(
			'Rows that list several items and a different number of SKUs: 1 (e.g. row 4). Which SKU belongs to which item cannot be told, so those items are counted by product name but have no SKU (the SKU breakdown puts such a first order in “(none)”).'
		);
		expect(warningText(unpaired, report(['orders.csv']), ru as typeof en, integer)).toMatch(
			/^Строк, где перечислено несколько товаров и другое число SKU: 1 \(например, /
		);
	});
});
