import { describe, expect, it } from 'vitest';
import {
	canonicalNumberText,
	decimalSeparatorOf,
	inputTextOf,
	parseCanonicalNumber,
	parseNumberText
} from './number-input';

describe('parseNumberText reads what people type', () => {
	it.each([
		// plain
		['10000', '.', 10000, false],
		['  42 ', '.', 42, false],
		['10.5', '.', 10.5, false],
		['10,5', '.', 10.5, false],
		['10,5', ',', 10.5, false],
		['10.25', ',', 10.25, false],
		['.5', '.', 0.5, false],
		[',5', ',', 0.5, false],
		['10.', '.', 10, false],
		['0,500', '.', 0.5, false],
		['1234,567', '.', 1234.567, false],
		// spaces and apostrophes group thousands
		['10 000', '.', 10000, false],
		['10\u00a0000', ',', 10000, false],
		['10\u202f000,75', ',', 10000.75, false],
		["1'250'000", '.', 1250000, false],
		['10 000,500', '.', 10000.5, false],
		// both separators: the last one is the decimal separator
		['10,000.5', ',', 10000.5, false],
		['10.000,5', '.', 10000.5, false],
		['1.234.567,89', '.', 1234567.89, false],
		// repeated separator: grouping
		['1,000,000', ',', 1000000, false],
		['1.000.000', '.', 1000000, false],
		// one separator and three digits: the language decides
		['10,000', '.', 10000, true],
		['10,000', ',', 10, true],
		['10.500', '.', 10.5, true],
		['10.500', ',', 10500, true],
		['999.999', ',', 999999, true],
		// signs
		['-5', '.', -5, false],
		['\u22125,5', ',', -5.5, false],
		['+7', '.', 7, false],
		['-0', '.', 0, false]
	] as const)('%j with decimal %j → %d (ambiguous: %s)', (text, decimal, value, ambiguous) => {
		expect(parseNumberText(text, decimal)).toEqual({ ok: true, value, ambiguous });
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['abc', 'notNumber'],
		['12abc', 'notNumber'],
		['1e5', 'notNumber'],
		['€50', 'notNumber'],
		['50%', 'notNumber'],
		['--5', 'notNumber'],
		['.', 'notNumber'],
		['1,00,000', 'badSeparators'],
		['1,2.3', 'badSeparators'],
		['1.000,000,5', 'badSeparators'],
		['1 0', 'badSeparators'],
		['10,000.000.5', 'badSeparators'],
		['1 000,000.5', 'badSeparators']
	])('%j → %s', (text, problem) => {
		expect(parseNumberText(text, '.')).toEqual({ ok: false, problem });
	});
});

describe('decimalSeparatorOf', () => {
	it.each([
		['en-GB', '.'],
		['zh-CN', '.'],
		['nl-NL', ','],
		['lv-LV', ','],
		['ru-RU', ',']
	])('%s writes decimals with %j', (tag, separator) => {
		expect(decimalSeparatorOf(tag)).toBe(separator);
	});
});

describe('canonical numbers for links and scenarios', () => {
	it.each([
		[10000, '10000'],
		[10.5, '10.5'],
		[-3, '-3'],
		[0.0000001, '0.0000001'],
		[NaN, '']
	])('%d is written %j', (value, text) => {
		expect(canonicalNumberText(value)).toBe(text);
	});

	it.each([
		['10000', 10000],
		['10.5', 10.5],
		['-3', -3],
		['10,5', null],
		['1e5', null],
		['abc', null],
		['', null]
	])('%j is read as %j', (text, value) => {
		expect(parseCanonicalNumber(text)).toBe(value);
	});

	it.each([
		[10.5, '.', '10.5'],
		[10.5, ',', '10,5'],
		[10000, ',', '10000']
	] as const)('%d is typed %j-style as %j', (value, decimal, text) => {
		expect(inputTextOf(value, decimal)).toBe(text);
	});
});
