import { describe, expect, it } from 'vitest';
import { csvFileName } from './export-orders';
import { fileNamePart, isolate } from './user-text';

describe('fileNamePart', () => {
	it.each([
		['Shop 2024', 'Shop 2024'],
		['=HYPERLINK("http://evil.example/x")', 'HYPERLINK_http_evil.example_x_'],
		['../../etc/passwd', 'etc_passwd'],
		['report\u202Egnp.exe', 'report_gnp.exe'],
		['Veikals – Rīga', 'Veikals _ Rīga'],
		['商店', '商店'],
		['   ', 'data'],
		['\u0000\u0007', 'data'],
		['x'.repeat(200), 'x'.repeat(80)]
	])('%j → %j', (name, expected) => {
		expect(fileNamePart(name)).toBe(expected);
	});

	it('is what the orders export uses', () => {
		expect(csvFileName('=cmd|"/c calc"!A1')).toBe('cmd_c calc_A1.csv');
		expect(csvFileName('')).toBe('orders.csv');
	});
});

describe('isolate', () => {
	it.each([
		['abc', '\u2068abc\u2069'],
		['evil\u202Etxt.exe', '\u2068eviltxt.exe\u2069'],
		['\u2069break out\u2066', '\u2068break out\u2069']
	])('%j', (text, expected) => {
		expect(isolate(text)).toBe(expected);
	});
});
