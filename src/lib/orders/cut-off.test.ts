import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/messages';
import { ImportError, toErrorData } from './errors';
import { importErrorText } from './error-text';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import { LineCounter, RowReader } from './rows';
import { findWarning } from './report';
import { importOrdersBytes, importOrdersText, sampleOf, sourceOf } from './test-support';
import { warningText } from '../../routes/data/report-text';

const TODAY = 20_000;
const HEADER = 'order_id,customer_email,order_date,shipping_address,total';

/** `count` orders, each with a two-line quoted address (as b4_cut_in_quoted_field.csv of QA pass 55a). */
function ordersWithAddresses(count: number, newline = '\n'): string {
	const rows = [HEADER];
	for (let i = 0; i < count; i++)
		rows.push(`${100 + i},c${i % 15}@ex.com,2025-01-10,"${i} Long Road${newline}Apt ${i}, Springfield",20.50`);
	return rows.join(newline) + newline;
}

/** The error a text's reading ends with (rows pushed in pieces of `piece` characters). */
function readError(text: string, piece = 5): ImportError {
	const reader = new RowReader(',', text.includes('\r\n') ? '\r\n' : '\n', () => {});
	try {
		for (let at = 0; at < text.length; at += piece) reader.push(text.slice(at, at + piece));
		reader.end();
	} catch (error) {
		if (error instanceof ImportError) return error;
		throw error;
	}
	throw new Error('expected the read to fail');
}

async function importError(text: string): Promise<ImportError> {
	const bytes = new TextEncoder().encode(text);
	try {
		const { plan } = inspectSample(sampleOf('orders.csv', bytes));
		await runImport([sourceOf(bytes, plan, 4096)], { today: TODAY });
	} catch (error) {
		if (error instanceof ImportError) return error;
		throw error;
	}
	throw new Error('expected the import to fail');
}

const cut = ordersWithAddresses(30) + '130,c0@ex.com,2025-04-10,"30 Long';

describe('a quote never closed: where it opens', () => {
	it.each([
		{ name: 'cut off after its first word', text: cut, row: 32, quoteAt: cut.lastIndexOf('"'), cutOff: true },
		{
			name: 'cut off inside a two-line field',
			text: ordersWithAddresses(3) + '103,c0@ex.com,2025-04-10,"3 Long Road\nApt 3, Spr',
			row: 5,
			quoteAt: ordersWithAddresses(3).length + 25,
			cutOff: true
		},
		{
			name: 'a stray quote that takes in the rows after it',
			text: 'a,b,c\n1,"x,2\n3,y,4\n5,z,6\n',
			row: 2,
			quoteAt: 8,
			cutOff: false
		}
	])('$name', ({ text, row, quoteAt, cutOff }) => {
		for (const piece of [1, 7, text.length]) {
			const error = readError(text, piece);
			expect(error.code).toBe('unclosedQuote');
			expect(error.params).toMatchObject({ row, quoteAt });
			expect(error.params.cutOff === 1).toBe(cutOff);
		}
	});
});

describe('LineCounter', () => {
	it.each([
		['a\nb\nc', 5, 3],
		['a\r\nb\r\nc', 6, 3],
		['a\rb\rc', 4, 3],
		['a\n\nb', 3, 3],
		['abc', 2, 1]
	])('%j before %d: line %d', (text, end, line) => {
		const whole = new LineCounter();
		whole.add(text, end);
		expect(whole.line).toBe(line);
		// In pieces (a CRLF cut between two): the same.
		const pieces = new LineCounter();
		for (let at = 0; at < end; at++) pieces.add(text[at]);
		expect(pieces.line).toBe(line);
	});
});

describe('a file cut off inside a quoted field', () => {
	it('is said at the review (the sample is the whole file): looks cut off, row 32, line 62', () => {
		let error: unknown = null;
		try {
			inspectSample(sampleOf('b4_cut_in_quoted_field.csv', new TextEncoder().encode(cut)));
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ImportError);
		expect((error as ImportError).params).toMatchObject({ row: 32, line: 62, cutOff: 1 });
		expect(importErrorText(toErrorData(error), en.data, 'en-GB', 'b4_cut_in_quoted_field.csv')).toBe(
			'b4_cut_in_quoted_field.csv ends inside a quoted field: the quotation mark (") opened in row 32 (line 62 in a text editor) is never closed. The file looks cut off, as by an incomplete download or copy: export it again and choose the new file. If the file is complete, look for a stray quotation mark on line 62.'
		);
	});

	it.each([
		['\n', 6001, 12000],
		['\r\n', 6001, 12000]
	])(
		'is said by the import when only its start was sampled (line breaks %j): row %d, line %d',
		async (newline, row, line) => {
			// Past the sample (256 KB): the review cannot see the end, the import's read finds it.
			const text = ordersWithAddresses(5999, newline) + `6099,c0@ex.com,2025-04-10,"Cut${newline}off`;
			expect(text.length).toBeGreaterThan(300_000);
			const error = await importError(text);
			expect(error.code).toBe('unclosedQuote');
			expect(error.params).toMatchObject({ row, line, cutOff: 1 });
		}
	);
});

/** A UTF-16 download stopped short: 30 orders, the last bytes inside a character of row 26 (the 25th order). */
const UTF16_CUT = new Uint8Array(
	readFileSync(join(import.meta.dirname, '../../../tests/fixtures/orders/utf16_cut_download.txt'))
);

describe('a file that ends inside its last row, outside quotes', () => {
	it('a UTF-16 file of an odd number of bytes is said to be cut off', async () => {
		expect(UTF16_CUT.length % 2).toBe(1);
		const { report } = await importOrdersBytes(UTF16_CUT, 1, 'orders.txt');
		expect(report.ordersKept).toBe(24);
		expect(report.skipped.tooFewFields).toEqual({ count: 1, examples: [{ file: 0, row: 26 }] });
		const warning = findWarning(report.warnings, 'fileCutOff');
		expect(warning).toEqual({ code: 'fileCutOff', file: 0, row: 26, line: 26, halfCharacter: true });
		expect(warningText(warning!, report, en, String)).toBe(
			'“orders.txt” ends in the middle of a character, in row 26 (line 26 in a text editor). The file looks cut off, as by an incomplete download or copy: the rows before it were read. To read all of it, export it again and add the new file.'
		);
	});

	it('a UTF-16 file cut between two characters of its last row, and a UTF-8 one (read whole and in ranges), are said to be cut off', async () => {
		const even = await importOrdersBytes(UTF16_CUT.subarray(0, UTF16_CUT.length - 1), 1, 'orders.txt');
		const utf8Text = new TextDecoder('utf-16le').decode(UTF16_CUT.subarray(2, UTF16_CUT.length - 1));
		const utf8 = await importOrdersText(utf8Text.replaceAll('\r\n', '\n'));
		const inRanges = await importOrdersText(utf8Text.replaceAll('\r\n', '\n'), 3);
		for (const { report } of [even, utf8, inRanges]) {
			expect(report.ordersKept).toBe(24);
			expect(findWarning(report.warnings, 'fileCutOff')).toEqual({
				code: 'fileCutOff',
				file: 0,
				row: 26,
				line: 26,
				halfCharacter: false
			});
		}
		expect(warningText(findWarning(utf8.report.warnings, 'fileCutOff')!, utf8.report, en, String)).toMatch(
			/^“orders.csv” ends in the middle of row 26 \(line 26 in a text editor\), which has fewer columns than the header\. The file looks cut off/
		);
	});

	it('a UTF-8 file cut inside a letter of its last row is said to be cut off there', async () => {
		const bytes = new TextEncoder().encode(
			'id,email,date,total\n1,a@x.lv,2024-01-02,10\n2,b@x.lv,2024-01-03,11\n3,Bērziņš'
		);
		const { report } = await importOrdersBytes(bytes.subarray(0, bytes.length - 1));
		expect(findWarning(report.warnings, 'fileCutOff')).toMatchObject({ row: 4, line: 4, halfCharacter: true });
	});

	it.each([
		['a complete last row', 'id,email,date,total\n1,a@x.lv,2024-01-02,10\n2,b@x.lv,2024-01-03,11'],
		[
			'a line of text under the table',
			'id,email,date,total\n1,a@x.lv,2024-01-02,10\n2,b@x.lv,2024-01-03,11\nExported by Shop'
		],
		[
			'a short row that ends with a line break',
			'id,email,date,total\n1,a@x.lv,2024-01-02,10\n2,b@x.lv,2024-01-03\n'
		]
	])('%s without a line break after it is not', async (_name, text) => {
		const { report } = await importOrdersText(text);
		expect(findWarning(report.warnings, 'fileCutOff')).toBeNull();
	});
});
