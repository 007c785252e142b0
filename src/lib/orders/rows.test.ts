import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { ImportError } from './errors';
import { DECODE_PIECE_BYTES, isBlankRow, MAX_ROW_CHARS, RowReader } from './rows';

function readAll(chunks: string[], delimiter: ',' | ';' | 'whitespace' = ',', newline: '\n' | '\r\n' = '\n') {
	const rows: [string[], number][] = [];
	const reader = new RowReader(delimiter, newline, (fields, row) => rows.push([fields, row]));
	for (const chunk of chunks) reader.push(chunk);
	reader.end();
	return rows;
}

/** A file of `rows` rows with multi-byte characters (and quoted line breaks when `quoted`), as text. */
function sampleText(rows: number, newline: '\n' | '\r\n', quoted: boolean): string {
	const lines = ['id,name,city,total'];
	for (let i = 1; i <= rows; i++) {
		const name = quoted && i % 7 === 0 ? `"Zoë ${i},${newline}Ølsen ""😀"""` : `Zoë ${i} 😀`;
		lines.push(`${i},${name},Москва ${i % 13},${(i * 1.37).toFixed(2)}`);
	}
	return lines.join(newline) + newline;
}

function encode(text: string, encoding: 'utf-8' | 'utf-16le'): Uint8Array {
	return encoding === 'utf-8' ? new TextEncoder().encode(text) : new Uint8Array(Buffer.from(text, 'utf16le'));
}

describe('RowReader.pushBytes', () => {
	// Over two pieces' worth of bytes, cut into chunks that end inside characters, inside CRLF and
	// inside quoted fields (0: the whole file as one chunk): the rows are those of the text pushed whole.
	it.each([
		['utf-8', '\n', false, 0],
		['utf-8', '\r\n', false, 1_001],
		['utf-8', '\r\n', true, 65_537],
		['utf-8', '\n', true, 3 * DECODE_PIECE_BYTES + 5],
		['utf-8', '\n', false, 1 << 21],
		['utf-16le', '\r\n', false, 777],
		['utf-16le', '\n', true, DECODE_PIECE_BYTES + 1],
		['utf-16le', '\n', false, 0]
	] as const)(
		'reads %s text with %j line breaks (quoted: %s) in chunks of %i bytes as pushed whole',
		(encoding, newline, quoted, chunk) => {
			const text = sampleText(6_000, newline, quoted);
			const bytes = encode(text, encoding);
			expect(bytes.length).toBeGreaterThan(2 * DECODE_PIECE_BYTES);
			const whole: [string[], number][] = [];
			const wholeReader = new RowReader(',', newline, (fields, row) => whole.push([fields, row]));
			wholeReader.push(text);
			wholeReader.end();
			const read: [string[], number][] = [];
			const reader = new RowReader(',', newline, (fields, row) => read.push([[...fields], row]));
			const decoder = new TextDecoder(encoding);
			const size = chunk || bytes.length;
			for (let at = 0; at < bytes.length; at += size) reader.pushBytes(decoder, bytes.subarray(at, at + size));
			reader.push(decoder.decode());
			reader.end();
			expect(read.length).toBe(6_001);
			expect(read).toEqual(whole);
			expect([reader.malformedQuotes, reader.pending]).toEqual([0, 0]);
		}
	);
});

describe('RowReader: a row cut between pushes', () => {
	// Every way of cutting the text in three: the rows (and their quotes' count) are those of the
	// text pushed whole, whether the fields come in one reused array or a new array each row.
	it.each([
		['\n', false],
		['\n', true],
		['\r\n', false],
		['\r\n', true]
	] as const)('reads rows with %j line breaks as pushed whole (fields in one reused array: %s)', (newline, reuse) => {
		const text = [
			'id,name',
			'1,a',
			'2,"b',
			'c"',
			'3,d',
			'4,"e""f"',
			'5,"Mug"x,2',
			'6,ok',
			'7,"a"b",c',
			'',
			'8,i'
		].join(newline);
		const read = (chunks: string[]) => {
			const rows: [string[], number][] = [];
			const reader = new RowReader(',', newline, (fields, row) => rows.push([[...fields], row]), 0, reuse);
			for (const chunk of chunks) reader.push(chunk);
			const pending = reader.pending;
			reader.end();
			return { rows, pending, quotes: [reader.malformedQuotes, reader.firstMalformedQuoteRow] };
		};
		const whole = read([text]);
		expect(whole.rows.length).toBeGreaterThan(7);
		expect(whole.quotes[0]).toBeGreaterThan(0);
		for (let i = 0; i <= text.length; i++) {
			for (let j = i; j <= text.length; j++) {
				const cut = read([text.slice(0, i), text.slice(i, j), text.slice(j)]);
				expect(cut.rows, `cut at ${i} and ${j}`).toEqual(whole.rows);
				expect(cut.quotes).toEqual(whole.quotes);
			}
		}
	});

	it('hands the fields of unquoted rows in one array when asked to, a new one each row otherwise', () => {
		for (const reuse of [false, true]) {
			const arrays = new Set<string[]>();
			const reader = new RowReader(',', '\n', (fields) => arrays.add(fields), 0, reuse);
			reader.push('a,b\n1,2\n3');
			reader.push(',4\n5,6,7\n8\n');
			reader.end();
			expect(arrays.size).toBe(reuse ? 1 : 5);
		}
	});
});

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

describe('RowReader against PapaParse on random text (quotes, doubled quotes, stray quotes, spaces)', () => {
	/** A small deterministic generator (tests that fail say their seed). */
	function random(seed: number): () => number {
		return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
	}
	const pieces = ['a', 'bc', ',', ',', '"', '"', '""', ' ', '\n', '\n', '\r\n', ';', 'Zoë', '😀'];

	function randomText(next: () => number): string {
		let text = '';
		const length = Math.floor(next() * 60);
		for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
		return text;
	}

	/** What PapaParse makes of the whole text at once: its rows, its malformed quotes, or the unclosed quote. */
	function papaWhole(text: string, newline: '\n' | '\r\n') {
		const result = new Papa.Parser({ delimiter: ',', newline, quoteChar: '"' }).parse(
			text,
			0,
			false
		) as Papa.ParseResult<string[]>;
		if (result.errors.some((e) => e.code === 'MissingQuotes')) return { unclosed: true };
		const rows = text.endsWith(newline) ? result.data.slice(0, -1) : result.data;
		return { unclosed: false, rows, malformed: result.errors.filter((e) => e.code === 'InvalidQuotes').length };
	}

	function readInChunks(text: string, newline: '\n' | '\r\n', sizes: () => number, columns: number[] | null) {
		const rows: string[][] = [];
		const reader = new RowReader(',', newline, (fields) => rows.push([...fields]), 0, true, columns);
		try {
			for (let i = 0; i < text.length;) {
				const size = 1 + Math.floor(sizes() * 12);
				reader.push(text.slice(i, i + size));
				i += size;
			}
			reader.end();
		} catch (error) {
			if (error instanceof ImportError && error.code === 'unclosedQuote') return { unclosed: true };
			throw error;
		}
		return { unclosed: false, rows, malformed: reader.malformedQuotes };
	}

	it.each([1, 2, 3, 4, 5, 6, 7, 8])('reads 400 random texts as PapaParse does (seed %i)', (seed) => {
		const next = random(seed);
		for (let n = 0; n < 400; n++) {
			const newline = next() < 0.5 ? '\n' : '\r\n';
			const text = randomText(next);
			const expected = papaWhole(text, newline);
			const whole = readInChunks(text, newline, () => 1e9, null);
			expect(whole, JSON.stringify(text)).toEqual(expected);
			const cut = readInChunks(text, newline, next, null);
			expect(cut.unclosed, JSON.stringify(text)).toBe(expected.unclosed);
			if (!expected.unclosed) expect(cut.rows, JSON.stringify(text)).toEqual(expected.rows);
		}
	});

	it('cuts out only the columns asked for (and the first), quoted or not', () => {
		const rows: string[][] = [];
		const reader = new RowReader(',', '\n', (fields) => rows.push([...fields]), 0, true, [2]);
		reader.push('id,name,total,note\n1,"Liepa, Anna",9.50,x\n2,Ben,"1,5","a ""b"""\nonly\n');
		reader.end();
		expect(rows).toEqual([['id', '', 'total', ''], ['1', '', '9.50', ''], ['2', '', '1,5', ''], ['only']]);
	});

	it.each([1, 2, 3])(
		'hands the columns asked for as PapaParse reads them, and the others empty (seed %i)',
		(seed) => {
			const next = random(seed);
			const columns = [2, 4];
			for (let n = 0; n < 400; n++) {
				const text = randomText(next);
				const expected = papaWhole(text, '\n');
				const read = readInChunks(text, '\n', next, columns);
				expect(read.unclosed, JSON.stringify(text)).toBe(expected.unclosed);
				if (expected.unclosed || !expected.rows) continue;
				// The columns asked for as PapaParse reads them; the others empty (or, in rows whose
				// quotes are left to PapaParse, as it reads them).
				const asked = (rows: string[][]) =>
					rows.map((row) => row.map((f, k) => (k === 0 || columns.includes(k) ? f : '')));
				expect(asked(read.rows!), JSON.stringify(text)).toEqual(asked(expected.rows));
				read.rows!.forEach((row, r) =>
					row.forEach((f, k) =>
						expect(f === '' || f === expected.rows[r][k], JSON.stringify(text)).toBe(true)
					)
				);
			}
		}
	);
});

describe('isBlankRow', () => {
	it.each([
		[[''], true],
		[['', '', '', ''], true], // ",,,", a spreadsheet's empty row
		[[' ', '\t', ''], true],
		[['', '', 'x'], false],
		[['a@x.io', '', ''], false],
		[['', ' 0 '], false],
		[['\u00a0', '\u3000'], true], // no-break and ideographic spaces, as trim() reads them
		[['', '€'], false]
	])('%j → %s', (fields, blank) => {
		expect(isBlankRow(fields)).toBe(blank);
	});
});
