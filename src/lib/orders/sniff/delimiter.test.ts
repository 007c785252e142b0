import { describe, expect, it } from 'vitest';
import { guessDelimiter, guessNewline, splitWhitespace } from './delimiter';

describe('guessNewline', () => {
	it.each([
		['a\r\nb\r\n', '\r\n'],
		['a\nb\n', '\n'],
		['a\rb\r', '\r'],
		['no newline', '\n']
	])('%j', (text, newline) => {
		expect(guessNewline(text)).toBe(newline);
	});
});

describe('guessDelimiter', () => {
	it.each([
		['comma', 'id,customer,date,total\n1,a,2023-01-01,10.5\n2,b,2023-01-02,11\n', ',', 4],
		[
			'semicolon with decimal commas',
			'id;customer;date;total\n1;a;01.01.2023;10,5\n2;b;02.01.2023;11,25\n',
			';',
			4
		],
		['tab', 'id\tcustomer\tdate\ttotal\n1\ta\t2023-01-01\t10.5\n', '\t', 4],
		['pipe', 'id|customer|date|total\n1|a|2023-01-01|10.5\n2|b|2023-01-01|1\n', '|', 4],
		[
			'commas inside quotes do not count',
			'Name,Email,Lineitem name,Total\n#1001,a@x.io,"Mug, large",12.00\n#1002,b@x.io,"Tea, green, 100 g",8.00\n',
			',',
			4
		],
		[
			// (One space on every line, in the date and time; a comma more on the lines of large amounts.)
			'commas, with thousands apart by a comma outside quotes and a time in the dates',
			'order_id,email,created_at,total\n' +
				Array.from(
					{ length: 12 },
					(_, i) => `${1000 + i},c${i}@x.com,2024-06-${10 + i} 11:25:00,${i % 2 ? '219.44' : '1,629.08'}\n`
				).join(''),
			',',
			5
		],
		[
			'CDNOW whitespace columns',
			' 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n 00021 0002 19970101  3   63.34\r\n',
			'whitespace',
			5
		]
	])('%s', (_name, text, delimiter, fieldCount) => {
		const guess = guessDelimiter(text);
		expect(guess.delimiter).toBe(delimiter);
		expect(guess.fieldCount).toBe(fieldCount);
	});

	it('reports a single column when nothing splits the lines', () => {
		const guess = guessDelimiter('customer\nalice\nbob\n');
		expect(guess.fieldCount).toBe(1);
	});
});

describe('splitWhitespace', () => {
	it('splits on runs of spaces and ignores the margins', () => {
		expect(splitWhitespace('  00001 19970101  1   11.77 ')).toEqual(['00001', '19970101', '1', '11.77']);
	});
});
