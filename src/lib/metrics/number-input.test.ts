import { describe, expect, it } from 'vitest';
import {
	canonicalNumberText,
	canonicalTextIn,
	decimalSeparatorOf,
	formatNumberInput,
	inputTextOf,
	isCanonicalNumberText,
	parseCanonicalNumber,
	parseNumberText,
	readNumberInRange
} from './number-input';

/** The five languages of the UI, by the Intl tag the app formats with. */
const TAGS = ['en-GB', 'lv-LV', 'ru-RU', 'zh-CN', 'nl-NL'] as const;

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
		['-0', '.', 0, false],
		// full-width, as a Chinese input method types in full-width mode
		['\uff11\uff10', '.', 10, false],
		['\uff11\uff12\uff0e\uff15', '.', 12.5, false],
		['\uff0d\uff13', '.', -3, false],
		['\uff11\uff0c\uff10\uff10\uff10\u3000', '.', 1000, true]
	] as const)('%j with decimal %j → %d (ambiguous: %s)', (text, decimal, value, ambiguous) => {
		expect(parseNumberText(text, decimal)).toEqual({ ok: true, value, ambiguous });
	});

	it.each(
		[
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
			['1 000,000.5', 'badSeparators'],
			['1e400 written out', '1' + '0'.repeat(400), 'tooLarge'],
			['309 nines and a half', '9'.repeat(309) + '.5', 'tooLarge']
		].map((row) => (row.length === 2 ? [JSON.stringify(row[0]), ...row] : row))
	)('%s → %s', (_name, text, problem) => {
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
		[1.5e-7, '0.00000015'],
		[-2.5e-10, '-0.00000000025'],
		[1e-25, '0.0000000000000000000000001'],
		[1e21, '1000000000000000000000'],
		[1e23, '100000000000000000000000'],
		[1.2345e25, '12345000000000000000000000'],
		[NaN, ''],
		[Infinity, '']
	])('%d is written %j', (value, text) => {
		expect(canonicalNumberText(value)).toBe(text);
	});

	it.each([1e-25, 1.5e-7, 0.1 + 0.2, 1 / 3, 1e21, 1e23, 123456789.125, Number.MAX_SAFE_INTEGER + 2])(
		'%d is written without an exponent and read back unchanged',
		(value) => {
			const text = canonicalNumberText(value);
			expect(text).not.toMatch(/e/i);
			expect(parseCanonicalNumber(text)).toBe(value);
		}
	);

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
		[10000, ',', '10000'],
		[1e-7, ',', '0,0000001']
	] as const)('%d is typed %j-style as %j', (value, decimal, text) => {
		expect(inputTextOf(value, decimal)).toBe(text);
	});

	it('keeps every digit of a canonical text that is too long for a number', () => {
		expect(parseCanonicalNumber('1' + '0'.repeat(400))).toBeNull();
		const huge = '1' + '0'.repeat(400) + '.5';
		expect(isCanonicalNumberText(huge)).toBe(true);
		expect(canonicalTextIn(huge, ',')).toBe('1' + '0'.repeat(400) + ',5');
		expect(isCanonicalNumberText('1e5')).toBe(false);
	});
});

describe('formatNumberInput writes a number as each language types it, and reads back unchanged', () => {
	// Grouping as Intl writes it: Latvian leaves four digits ungrouped; Russian and Latvian group
	// with a no-break space.
	const nb = '\u00a0';
	it.each([
		['en-GB', 1250, '1,250'],
		['lv-LV', 1250, '1250'],
		['ru-RU', 1250, `1${nb}250`],
		['zh-CN', 1250, '1,250'],
		['nl-NL', 1250, '1.250'],
		['en-GB', 10200.75, '10,200.75'],
		['lv-LV', 10200.75, `10${nb}200,75`],
		['ru-RU', 10200.75, `10${nb}200,75`],
		['zh-CN', 10200.75, '10,200.75'],
		['nl-NL', 10200.75, '10.200,75'],
		['nl-NL', 10.2, '10,2'],
		['ru-RU', 0.0000001, '0,0000001'],
		['en-GB', 1e12, '1,000,000,000,000'],
		['nl-NL', -3.5, '-3,5'],
		['en-GB', NaN, '']
	] as const)('%s: %d → %j', (tag, value, text) => {
		expect(formatNumberInput(value, tag)).toBe(text);
	});

	const values = [0, 2, 10, 10.2, 1250, 2000, 10000, 10200, 1.234, 1234.5, 999999.999, 0.1 + 0.2, 1 / 3, 1e-7, 1e12];
	const cases = TAGS.flatMap((tag) => values.map((value) => [tag, value] as const));
	it.each(cases)('%s: %d survives formatting and reading', (tag, value) => {
		const reading = parseNumberText(formatNumberInput(value, tag), decimalSeparatorOf(tag));
		expect(reading).toMatchObject({ ok: true, value });
	});

	// What issue 11 saw: a typed text re-read under another language's separators. The value read
	// in the language it was typed in, written for the new one, reads back as the same value.
	it.each([
		['1,250', 'en-GB', 'nl-NL', 1250],
		['10,000', 'en-GB', 'ru-RU', 10000],
		['10,200', 'zh-CN', 'lv-LV', 10200],
		['10,5', 'nl-NL', 'en-GB', 10.5],
		['1.250', 'nl-NL', 'zh-CN', 1250],
		['10 000,25', 'ru-RU', 'nl-NL', 10000.25]
	] as const)('%j typed in %s, shown in %s, still reads %d', (text, from, to, value) => {
		const typed = parseNumberText(text, decimalSeparatorOf(from));
		expect(typed).toMatchObject({ ok: true, value });
		if (!typed.ok) return;
		const shown = formatNumberInput(typed.value, to);
		expect(parseNumberText(shown, decimalSeparatorOf(to))).toMatchObject({ ok: true, value });
	});
});

describe('readNumberInRange', () => {
	it.each([
		['12', '.', { min: 1, max: 36, integer: true }, 12],
		['1,5', ',', { min: 0.1, max: 50 }, 1.5],
		['2 000', '.', { min: 0.01, max: 1e12 }, 2000],
		['1.5', '.', { min: 1, max: 36, integer: true }, null],
		['37', '.', { min: 1, max: 36 }, null],
		['0', '.', { min: 0.01, max: 1 }, null],
		['abc', '.', { min: 0, max: 1 }, null],
		['', '.', { min: 0, max: 1 }, null]
	] as const)('%j (decimal %j) in %o → %j', (text, decimal, range, value) => {
		expect(readNumberInRange(text, decimal, range)).toBe(value);
	});

	it('refuses digits beyond a number’s range even with no upper bound', () => {
		expect(readNumberInRange('1' + '0'.repeat(400), '.', { min: 0, max: Infinity })).toBeNull();
	});
});
