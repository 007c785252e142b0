import { describe, expect, it } from 'vitest';
import { dayFromYmd, formatDay, isoFromDay, ymdFromDay } from './date';
import {
	currencyDigits,
	factorDigits,
	formatCompact,
	formatCurrency,
	formatInteger,
	formatNumber,
	formatPercent,
	formatPercentFixed,
	formatPoints,
	formatRatio,
	isCurrencyCode,
	MINUS,
	NOT_A_NUMBER
} from './number';

describe('number formatting never shows NaN or Infinity', () => {
	it.each([NaN, Infinity, -Infinity])('%s becomes a dash', (value) => {
		expect(formatNumber(value, 'en-GB')).toBe(NOT_A_NUMBER);
		expect(formatInteger(value, 'en-GB')).toBe(NOT_A_NUMBER);
		expect(formatPercent(value, 'en-GB')).toBe(NOT_A_NUMBER);
		expect(formatPercentFixed(value, 'en-GB')).toBe(NOT_A_NUMBER);
		expect(formatCurrency(value, 'en-GB', 'EUR')).toBe(NOT_A_NUMBER);
		expect(formatRatio(value, 'en-GB')).toBe(NOT_A_NUMBER);
	});
});

describe('locale-aware output', () => {
	it.each([
		['en-GB', 10200, '10,200'],
		['de-DE', 10200, '10.200'],
		['lv-LV', 10200, '10 200'],
		['ru-RU', 10200, '10 200'],
		['zh-CN', 10200, '10,200']
	])('%s groups %d as %s', (tag, value, expected) => {
		// Some locales group with a no-break space; compare with plain spaces.
		expect(formatInteger(value, tag).replace(/\s/g, ' ')).toBe(expected);
	});

	it.each([
		['en-GB', 0.82, '82%'],
		['en-GB', 0.8234, '82.3%'],
		['nl-NL', 0.8234, '82,3%']
	])('%s shows %d as %s', (tag, ratio, expected) => {
		expect(formatPercent(ratio, tag).replace(/\s/g, '')).toBe(expected);
	});

	it.each([
		['en-GB', 0.9304, '93.0%'],
		['en-GB', 0.931, '93.1%'],
		['en-GB', 0.5, '50.0%'],
		['en-GB', -0.00001, '0.0%'],
		['en-GB', -0.333, '−33.3%'],
		['lv-LV', 0.9304, '93,0%'],
		['zh-CN', 0.9304, '93.0%']
	])('%s shows %d with exactly one decimal as %s', (tag, ratio, expected) => {
		expect(formatPercentFixed(ratio, tag).replace(/\s/g, '')).toBe(expected);
	});

	it.each([
		[4, 'en-GB', '4 : 1'],
		[3.5, 'en-GB', '3.5 : 1'],
		[2.99, 'en-GB', '2.99 : 1'],
		[2.994, 'en-GB', '2.99 : 1'],
		[2.996, 'en-GB', '2.996 : 1'],
		[2.9999, 'en-GB', '2.9999 : 1'],
		[2.99999999, 'en-GB', '2.999999 : 1'],
		[3.004, 'en-GB', '3 : 1'],
		[0.999, 'en-GB', '0.999 : 1'],
		[1, 'en-GB', '1 : 1'],
		[2.996, 'nl-NL', '2,996 : 1'],
		[1234.5, 'ru-RU', '1\u00a0234,5 : 1']
	])('the ratio %d judged against 1 and 3 reads in %s %j', (value, tag, text) => {
		expect(formatRatio(value, tag, [1, 3])).toBe(text);
	});

	it('shows the ratio with two decimals when nothing is judged', () => {
		expect(formatRatio(2.999, 'en-GB')).toBe('3 : 1');
	});

	it('formats currency with its symbol', () => {
		expect(formatCurrency(1234.5, 'en-GB', 'EUR')).toBe('€1,234.50');
		expect(formatCurrency(1234.5, 'en-US', 'USD')).toBe('$1,234.50');
	});
});

describe('negative numbers carry a true minus sign (U+2212), never a hyphen', () => {
	const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
	it.each([
		['number', () => formatNumber(-33.333, 'en-GB'), '−33.33'],
		['integer', () => formatInteger(-10200, 'en-GB'), '−10,200'],
		['percent', () => formatPercent(-0.333, 'en-GB'), '−33.3%'],
		['points', () => formatPoints(-5, 'en-GB'), '−5 pp'],
		['currency en', () => formatCurrency(-233.333, 'en-GB', 'EUR'), '−€233.33'],
		['currency lv', () => formatCurrency(-233.333, 'lv-LV', 'EUR'), '−233,33 €'],
		['currency nl', () => formatCurrency(-233.333, 'nl-NL', 'EUR'), '€ −233,33'],
		['compact', () => formatCompact(-12_345, 'en-GB'), '−12.3k'],
		['ratio', () => formatRatio(-2.5, 'en-GB'), '−2.5 : 1']
	])('%s', (_kind, format, expected) => {
		const text = format();
		expect(nbsp(text)).toBe(expected);
		expect(text).not.toContain('-');
	});

	it('leaves positive numbers and zero unsigned', () => {
		expect(formatNumber(33.3, 'en-GB')).toBe('33.3');
		expect(formatNumber(-0, 'en-GB')).toBe('0');
		expect(formatNumber(-0.001, 'en-GB')).toBe('0');
		expect(formatCurrency(-0.001, 'en-GB', 'EUR')).toBe('€0.00');
		expect(formatPercent(-0.00001, 'en-GB')).not.toContain(MINUS);
	});
});

describe('a step of a calculation never shows a non-zero amount as zero', () => {
	it.each([
		[0.000025, '€0.000025'],
		[1e-12, '€0.0000000000010'],
		[-3e-15, '−€0.0000000000000030'],
		[0, '€0.00'],
		[0.004, '€0.0040']
	])('%s', (value, expected) => {
		expect(formatCurrency(value, 'en-GB', 'EUR', 2, true)).toBe(expected);
	});
});

describe('each currency with its own number of decimals', () => {
	it.each([
		['EUR', 2],
		['USD', 2],
		['UAH', 2],
		['JPY', 0]
	])('%s has %d', (currency, digits) => {
		expect(currencyDigits(currency)).toBe(digits);
	});

	it.each([
		['en-GB', 'JPY', 1234.5, 2, 'JP¥1,235'],
		['en-GB', 'JPY', -233.33, 2, '−JP¥233'],
		['en-GB', 'EUR', 1234.5, 0, '€1,235'],
		['ru-RU', 'JPY', 1234.4, 2, '1 234 ¥'],
		['en-GB', 'GBP', 0.5, 2, '£0.50']
	])('%s %s %d (at most %d decimals) is %s', (tag, currency, value, digits, expected) => {
		expect(formatCurrency(value, tag, currency, digits).replace(/\u00a0/g, ' ')).toBe(expected);
	});
});

describe('calendar days', () => {
	it.each([
		[1970, 1, 1, 0, '1970-01-01'],
		[1997, 9, 30, 10134, '1997-09-30'],
		[2024, 2, 29, 19782, '2024-02-29']
	])('%d-%d-%d is day %d', (y, m, d, day, iso) => {
		expect(dayFromYmd(y, m, d)).toBe(day);
		expect(isoFromDay(day)).toBe(iso);
		expect(ymdFromDay(day)).toEqual({ year: y, month: m, day: d });
	});

	it('shows a day in the reader\u2019s language without shifting it by a time zone', () => {
		expect(formatDay(dayFromYmd(2023, 5, 31), 'en-GB')).toBe('31 May 2023');
	});
});

describe('formatters made once per locale and options', () => {
	it('never hands one call the formatter of another’s options', () => {
		const calls = () => [
			formatNumber(1.2345, 'en-GB', 2),
			formatNumber(1.2345, 'en-GB', 0),
			formatInteger(1234.5, 'de-DE'),
			formatPercent(0.1234, 'en-GB', 1),
			formatPercent(0.1234, 'en-GB', 0),
			formatCurrency(1234.5, 'en-GB', 'EUR'),
			formatCurrency(1234.5, 'en-GB', 'JPY'),
			formatCurrency(1234.5, 'en-GB', 'EUR', 0),
			formatCompact(12_345, 'en-GB'),
			formatPoints(1.25, 'en-GB')
		];
		const expected = ['1.23', '1', '1.235', '12.3%', '12%', '€1,234.50', 'JP¥1,235', '€1,235', '12.3k', '+1.3 pp'];
		expect(calls()).toEqual(expected);
		// Again, from the cache, in the same order and reversed.
		expect(calls()).toEqual(expected);
		expect(calls().reverse()).toEqual([...expected].reverse());
	});
});

describe('a factor shown in a formula keeps the decimals that make the formula add up', () => {
	// others: the product of the formula's other numbers; resultStep: the last unit of the result shown.
	it.each([
		[600, 0.01, 5], // AOV €200 × t 3, to the cent: 1.49285 (4 decimals were 3 cents off)
		[3683.52, 0.01, 6], // QA's €1,227.84 × 3: 1.001227
		[3, 0.01, 3], // small products need fewer …
		[0.3, 0.01, 2], // … but never under two decimals
		[1e9, 0.01, 6], // nor over six, where rounding shows instead
		[0, 0.01, 2], // nothing to multiply: the default
		[600, 0, 2]
	])('others %s, result step %s: %s decimals', (others, step, digits) => {
		expect(factorDigits(others, step)).toBe(digits);
	});

	it('with those decimals, the rounded factor gives the result to within its last unit', () => {
		for (const [aov, f, t] of [
			[200, 1.4928571, 3],
			[1227.84, 1.0012266, 3],
			[23.17, 0.9173554, 1.5]
		]) {
			const shown = Number(f.toFixed(factorDigits(aov * t, 0.01)));
			expect(Math.abs(aov * shown * t - aov * f * t)).toBeLessThanOrEqual(0.005);
		}
	});
});

describe('an amount in a currency Intl does not take is shown, never thrown', () => {
	// Data sets stored with a currency column's value as their currency ("€", "РУБ.").
	it.each([
		['en-GB', '€', 1234.5, '1,234.50 €'],
		['ru-RU', 'РУБ.', 17628.82, '17 628,82 РУБ.'],
		['en-GB', 'US$', -5, '−5.00 US$']
	])('%s %s %d is %s', (tag, currency, value, expected) => {
		expect(formatCurrency(value, tag, currency).replace(/[\u00a0\u202f]/g, ' ')).toBe(expected);
		expect(currencyDigits(currency)).toBe(2);
		expect(isCurrencyCode(currency)).toBe(false);
	});

	it('takes the codes Intl knows', () => {
		expect(isCurrencyCode('EUR')).toBe(true);
		expect(isCurrencyCode('RUB')).toBe(true);
	});
});

// QA (session 64), at allowed extremes: a ratio of 1e-14 read "0 : 1"; payback months of 1e18 read
// 999,999,999,999,999,900 and a CLV of 1.19988e20 read 119,987,999,999,999,980,000 (floating-point
// error shown as digits). A ratio that is not 0 now shows its first figures; past 15 significant
// digits a number is rounded to 15.
describe('numbers at the extremes are shown honestly', () => {
	it.each([
		['ratio 1e-14', () => formatRatio(0.01 / 1e12, 'en-GB', [1, 3]), '0.00000000000001 : 1'],
		['ratio 0.004', () => formatRatio(0.004, 'en-GB', [1, 3]), '0.004 : 1'],
		['ratio 3.5', () => formatRatio(3.5, 'en-GB', [1, 3]), '3.5 : 1'],
		['months', () => formatNumber(1e12 / (0.01 * 0.0001), 'en-GB', 2), '1,000,000,000,000,000,000'],
		['money', () => formatCurrency(1.1998799999999998e20, 'en-US', 'USD', 2), '$119,988,000,000,000,000,000.00'],
		['integer', () => formatInteger(999_999_999_999_999_900, 'en-GB'), '1,000,000,000,000,000,000'],
		['below 1e15 as it is', () => formatNumber(123_456_789_012.345, 'en-GB', 3), '123,456,789,012.345']
	])('%s', (_, format, text) => {
		expect(format()).toBe(text);
	});
});
