import { describe, expect, it } from 'vitest';
import { hasText, trimCell } from './cell-text';

/** Every UTF-16 code unit, as a one-character string. */
const EVERY_CHARACTER = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

describe('trimCell', () => {
	it.each([
		{ name: 'an empty cell', cell: '', trimmed: '' },
		{ name: 'spaces only', cell: '   ', trimmed: '' },
		{ name: 'a plain id', cell: 'C0000001', trimmed: 'C0000001' },
		{ name: 'one character', cell: '7', trimmed: '7' },
		{ name: 'spaces inside kept', cell: 'Slim Pillow', trimmed: 'Slim Pillow' },
		{ name: 'a space before', cell: ' 202.19', trimmed: '202.19' },
		{ name: 'a space after', cell: '202.19 ', trimmed: '202.19' },
		{ name: 'a tab and a line break', cell: '\t#1001\r\n', trimmed: '#1001' },
		{ name: 'a no-break space after (Excel)', cell: '12.50\u00a0', trimmed: '12.50' },
		{ name: 'a byte-order mark before', cell: '\ufeffC1', trimmed: 'C1' },
		{ name: 'an ideographic space after', cell: '合计\u3000', trimmed: '合计' },
		{ name: 'a line separator after', cell: 'x\u2028', trimmed: 'x' },
		{ name: 'letters beyond ASCII at the ends', cell: 'Ēriks Bērziņš', trimmed: 'Ēriks Bērziņš' },
		{ name: 'a control character at an end (removed elsewhere, not here)', cell: '\u0007x', trimmed: '\u0007x' }
	])('$name', ({ cell, trimmed }) => {
		expect(trimCell(cell)).toBe(trimmed);
		expect(trimCell(cell)).toBe(cell.trim());
	});

	it('trims as String.prototype.trim does, whatever character starts or ends the cell', () => {
		const differing = EVERY_CHARACTER.filter(
			(ch) => trimCell(ch + 'x') !== (ch + 'x').trim() || trimCell('x' + ch) !== ('x' + ch).trim()
		);
		expect(differing).toEqual([]);
	});
});

describe('hasText', () => {
	it.each([
		{ name: 'an empty cell', cell: '', text: false },
		{ name: 'spaces only', cell: '   ', text: false },
		{ name: 'tabs and no-break spaces only', cell: '\t\u00a0 \u3000', text: false },
		{ name: 'a date', cell: '2022-08-04', text: true },
		{ name: 'a date after spaces', cell: '  2022-08-04', text: true },
		{ name: 'a letter beyond ASCII', cell: 'Ā', text: true },
		{ name: 'a control character (not white space)', cell: '\u0007', text: true }
	])('$name', ({ cell, text }) => {
		expect(hasText(cell)).toBe(text);
		expect(hasText(cell)).toBe(cell.trim() !== '');
	});

	it('says what a trim says of every one-character cell', () => {
		expect(EVERY_CHARACTER.filter((ch) => hasText(ch) !== (ch.trim() !== ''))).toEqual([]);
	});
});
