import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { ImportError } from './errors';
import { MAX_ROW_CHARS, RowReader } from './rows';

function readAll(chunks: string[], delimiter: ',' | ';' | 'whitespace' = ',', newline: '\n' | '\r\n' = '\n') {
	const rows: [string[], number][] = [];
	const reader = new RowReader(delimiter, newline, (fields, row) => rows.push([fields, row]));
	for (const chunk of chunks) reader.push(chunk);
	reader.end();
	return rows;
}

describe('RowReader', () => {
	it('joins rows cut between chunks', () => {
		const rows = readAll(['a,b\n1,', '2\n3,4', '\n']);
		expect(rows).toEqual([
			[['a', 'b'], 1],
			[['1', '2'], 2],
			[['3', '4'], 3]
		]);
	});

	it('keeps delimiters and line breaks inside quotes, even across chunks', () => {
		const rows = readAll(['id,name\n1,"Mug, ', 'large\nblue"\n2,"say ""hi"""\n']);
		expect(rows.map((r) => r[0])).toEqual([
			['id', 'name'],
			['1', 'Mug, large\nblue'],
			['2', 'say "hi"']
		]);
	});

	it.each([1, 2, 3, 5, 8])('counts malformed quotes as in one piece when read in chunks of %i characters', (size) => {
		const text = 'id,name\n1,"Mug"x,2\n2,ok\n3,"a"b",c\n';
		const count = (chunk: number) => {
			const reader = new RowReader(',', '\n', () => {});
			for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
			reader.end();
			return [reader.malformedQuotes, reader.firstMalformedQuoteRow];
		};
		expect(count(text.length)).toEqual([3, 2]);
		expect(count(size)).toEqual(count(text.length));
	});

	it('reads a last row without a final line break', () => {
		expect(readAll(['a;b\r\n1;2'], ';', '\r\n').map((r) => r[0])).toEqual([
			['a', 'b'],
			['1', '2']
		]);
	});

	it('splits whitespace-aligned lines (CDNOW)', () => {
		const rows = readAll(
			[' 00004 0001 19970101  2   29.33\r\n 00004 00', '01 19970118  2   29.73\r\n'],
			'whitespace',
			'\r\n'
		);
		expect(rows.map((r) => r[0])).toEqual([
			['00004', '0001', '19970101', '2', '29.33'],
			['00004', '0001', '19970118', '2', '29.73']
		]);
	});

	it('stops at a quote that never closes, naming its row', () => {
		try {
			readAll(['a,b\n1,2\n3,"open\n4,5\n']);
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ImportError);
			expect((error as ImportError).code).toBe('unclosedQuote');
			expect((error as ImportError).params.row).toBe(3);
		}
	});

	it('stops at a row longer than the limit', () => {
		const reader = new RowReader(',', '\n', () => {});
		reader.push('a,b\n');
		const chunk = 'x'.repeat(1 << 16);
		expect(() => {
			for (let i = 0; i <= MAX_ROW_CHARS / chunk.length + 1; i++) reader.push(chunk);
		}).toThrow(expect.objectContaining({ code: 'lineTooLong' }));
	});

	it('refuses a row with more columns than any orders export has', () => {
		expect(() => readAll([Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',') + '\n'])).toThrow(
			expect.objectContaining({ code: 'tooManyColumns' })
		);
	});
});

describe('RowReader on text without quotes (split by hand, as PapaParse splits it)', () => {
	const texts: [string, ',' | ';' | '\t' | '|', '\n' | '\r\n' | '\r'][] = [
		['a,b\n1,2\n3,4\n', ',', '\n'],
		['a,b\n1,2\n3,4', ',', '\n'],
		['a;b\r\n1;2\r\n\r\n3;4\r\n', ';', '\r\n'],
		// A lone line feed in a CRLF file is text, not a line break.
		['a;b\r\n1;x\ny\r\n', ';', '\r\n'],
		['a\tb\r1\t2\r', '\t', '\r'],
		['a|b||\n|\n\n', '|', '\n'],
		['Ķēniņš,北京市 😀,Zoë\nŁódź,Ñandú,x\n', ',', '\n'],
		// Lines without a delimiter before, between and after lines with one.
		['x\ny\na,b\n\n,\nz', ',', '\n'],
		['a|b\r\nno delimiter\r\n|\r\nlast', '|', '\r\n'],
		[',,\n\n\nq', ',', '\n']
	];

	/** PapaParse's rows of the whole text at once (less the empty row after a final line break). */
	function papa(text: string, delimiter: string, newline: '\n' | '\r\n' | '\r'): string[][] {
		const rows = (
			new Papa.Parser({ delimiter, newline, quoteChar: '"' }).parse(text, 0, false) as Papa.ParseResult<string[]>
		).data;
		return text.endsWith(newline) ? rows.slice(0, -1) : rows;
	}

	it.each(texts.flatMap(([text, d, nl]) => [1, 2, 3, 7, 1000].map((size) => ({ text, d, nl, size }))))(
		'$text in chunks of $size',
		({ text, d, nl, size }) => {
			const rows: string[][] = [];
			const reader = new RowReader(d, nl, (fields, row) => {
				expect(row).toBe(rows.length + 1);
				rows.push(fields);
			});
			for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
			reader.end();
			expect(rows).toEqual(papa(text, d, nl));
		}
	);

	it('reads many lines without a delimiter in one chunk in linear time', () => {
		// Looking for the next delimiter again on each line would scan ~10^12 characters here.
		let rows = 0;
		let last: string[] = [];
		const reader = new RowReader(',', '\n', (fields) => {
			rows++;
			last = fields;
		});
		reader.push('x\n'.repeat(1_000_000) + 'a,b\n');
		reader.end();
		expect(rows).toBe(1_000_001);
		expect(last).toEqual(['a', 'b']);
	}, 3000);

	it.each([1, 2, 4, 9, 16])('reads chunks with and without quotes alike (chunks of %i)', (size) => {
		const text = 'id,name\n1,plain\n2,"quoted, with comma"\n3,after\n4,"x ""y"""\n5,last';
		expect(readAll(chunked(text, size))).toEqual(readAll([text]));
	});
});

function chunked(text: string, size: number): string[] {
	const chunks: string[] = [];
	for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
	return chunks;
}
