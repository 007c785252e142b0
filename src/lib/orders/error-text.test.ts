import { describe, expect, it } from 'vitest';
import { en, type LocaleCatalogue } from '$lib/i18n/messages';
import type { ImportErrorCode } from './errors';
import { formatBytes, importErrorText } from './error-text';

const text = (code: ImportErrorCode, params: Record<string, string | number | string[]> = {}) =>
	importErrorText({ code, params, file: null }, en.data, 'en-GB', 'orders.csv');

describe('import error messages', () => {
	it.each([
		['binaryFile', { name: 'a.xlsx', kind: 'xlsx' }, /Excel workbook \(\.xlsx\).*Save As › CSV/],
		[
			'binaryFile',
			{ name: 'a.ods', kind: 'ods' },
			/OpenDocument spreadsheet \(\.ods\).*LibreOffice.*Save As › Text CSV/
		],
		['binaryFile', { name: 'a.zip', kind: 'zip' }, /^a\.zip is a ZIP archive\. Unpack it first/],
		['binaryFile', { name: 'x.bin', kind: 'unknown' }, /x\.bin is not a text file/],
		['notCsv', { name: 'p.csv', kind: 'html' }, /web page \(HTML\)/],
		['notCsv', { name: 'orders.xls', kind: 'htmlTable' }, /web page table \(HTML\).*save it as CSV/],
		['notCsv', { name: 'orders.xml', kind: 'spreadsheetXml' }, /Excel 2003 XML.*save it as CSV/],
		['notCsv', { name: 'shop.sql', kind: 'sql' }, /database dump \(SQL statements\).*Export the orders as CSV/],
		[
			'otherExport',
			{ name: 'payouts.csv', kind: 'payouts' },
			/payment transactions or payouts .* names no customer/
		],
		[
			'otherExport',
			{ name: 'customers_export.csv', kind: 'customers' },
			/customers_export\.csv is a customer list .* no order dates.*Orders → Export/
		],
		[
			'missingColumns',
			{ roles: ['customer', 'date'] },
			/No column could be found for: Customer \(id or e-mail\), Order date\./
		],
		['lineTooLong', { row: 1, limit: 1048576 }, /Row 1 of orders\.csv is longer than 1 MB/],
		['tooManyColumns', { row: 1, columns: 100000, max: 2000 }, /has 100,000 columns.*limit 2,000/],
		['unclosedQuote', { row: 3 }, /opened in row 3 of orders\.csv is never closed/],
		['unclosedQuote', { row: 3, line: 3, quoteAt: 40 }, /opened in row 3 of orders\.csv is never closed.*stray/],
		[
			'unclosedQuote',
			{ row: 32, line: 62, quoteAt: 2031, cutOff: 1 },
			/^orders\.csv ends inside a quoted field: the quotation mark \("\) opened in row 32 \(line 62 in a text editor\) is never closed\. The file looks cut off, as by an incomplete download or copy: export it again .* on line 62\.$/
		],
		['noDates', { rows: 1200, row: 2, value: 'soon' }, /None of the 1,200 rows.*“soon” in row 2/],
		[
			'noOrders',
			{ rows: 3, reasons: ['missingCustomer:2', 'invalidAmount:1'] },
			/No orders could be kept from 3 rows\. Rows were dropped because: no customer \(2\), the amount is not a number \(1\)\./
		],
		['noOrders', { rows: 2, reasons: [], cancelled: 2 }, /All 2 orders are cancelled, refunded or unpaid\./],
		[
			'noOrders',
			{ rows: 3, reasons: [], cancelled: 2, shippingKept: 2 },
			/All 2 orders are cancelled, refunded or unpaid\. Of them, 2 are only partly refunded according to the file: all their products were refunded with their tax, only their shipping kept, so they count as refunded in full\./
		],
		[
			'noOrders',
			{ rows: 2, reasons: [], cancelled: 2, shippingKept: 1 },
			/Of them, 1 is only partly refunded according to the file: all its products were refunded with their tax, only its shipping kept, so it counts as refunded in full\./
		],
		[
			'noOrders',
			{ rows: 2, reasons: [], apartOnly: 2 },
			/2 invoices or orders hold only postage, shipping, charges or tax, with no product: they are not purchases\./
		],
		[
			'noOrders',
			{ rows: 2, reasons: [], testOrders: 2 },
			/2 are Shopify test orders \(placed through its test gateway, the “Bogus Gateway”, or tagged “test”\): they are not sales\./
		],
		[
			'noOrders',
			{ rows: 1, reasons: [], testOrders: 1 },
			/1 is a Shopify test order \(placed through its test gateway, the “Bogus Gateway”, or tagged “test”\): it is not a sale\./
		],
		['quotaExceeded', {}, /no more storage space/],
		[
			'databaseClosed',
			{},
			/deleted, or changed by a newer version, in another tab while this import was being saved/
		]
	] as const)('%s', (code, params, pattern) => {
		expect(text(code, params as Record<string, string | number | string[]>)).toMatch(pattern);
	});
});

describe('formatBytes', () => {
	it.each([
		[512, '512 B'],
		[262144, '256 KB'],
		[1048576, '1 MB'],
		[36700160, '35 MB']
	])('%d → %s', (bytes, expected) => {
		expect(formatBytes(bytes, 'en-GB')).toBe(expected);
	});
});

// QA 64: a ZIP archive of a CSV was called an Excel workbook, with advice that Excel cannot follow.
describe('a file that is no text file is named for what it is, in every language', () => {
	const catalogues = import.meta.glob<{ default: LocaleCatalogue }>('../i18n/*/index.ts', { eager: true });
	const KINDS = ['xlsx', 'ods', 'zip', 'xls', 'pdf', 'image', 'gzip', 'sqlite', 'rtf'];
	const all: [string, LocaleCatalogue][] = [
		['en', en],
		...Object.entries(catalogues)
			.filter(([path]) => !path.includes('/en/'))
			.map(([path, module]): [string, LocaleCatalogue] => [path.split('/')[2], module.default])
	];
	it.each(all)('%s', (_, catalogue) => {
		const say = (kind: string) => catalogue.data.errors.binaryFile({ kind, name: 'f.csv' });
		const texts = KINDS.map(say);
		// Each kind its own words, none the words for binary data of no known kind.
		expect(new Set(texts).size).toBe(KINDS.length);
		expect(texts).not.toContain(say('unknown'));
	});
});
