import { describe, expect, it } from 'vitest';
import { guessDecimalSeparator, parseAmount } from './numbers';

describe('parseAmount with a decimal point', () => {
	it.each([
		['12.50', 12.5],
		['0', 0],
		['-3.2', -3.2],
		['+3.2', 3.2],
		['1,234.56', 1234.56],
		['1,234,567.5', 1234567.5],
		// Indian digit grouping (lakhs, crores), as Excel writes it for India.
		['1,23,456.00', 123456],
		['10,00,000', 1000000],
		['₹1,23,45,678.50', 12345678.5],
		['$1,234.56', 1234.56],
		['€ 12.50', 12.5],
		['USD 12.50', 12.5],
		['12.50 EUR', 12.5],
		['£7', 7],
		['(12.50)', -12.5],
		['-€ 10.00', -10],
		['€ -10.00', -10],
		['12.50-', -12.5],
		// The minus sign as typeset, and an en dash written for it
		['\u221212.50', -12.5],
		['\u2212€ 4.00', -4],
		['\u201312.50', -12.5],
		["1'234.50", 1234.5],
		['2’000.00', 2000],
		['1ʼ234.50', 1234.5],
		['1 234.50', 1234.5],
		['  7.10 ', 7.1],
		['1.5E+12', 1.5e12],
		['123456789012.345', 123456789012.345],
		['0.1', 0.1],
		['-0.07', -0.07]
	])('%j → %d', (raw, value) => {
		expect(parseAmount(raw, '.')).toBeCloseTo(value, 10);
	});

	it.each(['', 'abc', '12.5.3', '1,23.4', '0x10', 'N/A', '12abc34', '--5', '1,2,345', '1,23,45'])(
		'%j is not a number',
		(raw) => {
			expect(parseAmount(raw, '.')).toBeNaN();
		}
	);
});

describe('parseAmount with a decimal comma', () => {
	it.each([
		['12,50', 12.5],
		['1.234,56', 1234.56],
		['1 234,56', 1234.56],
		['1\u00a0234,56', 1234.56],
		['12,50 zł', 12.5],
		['12,50 €', 12.5],
		['₽ 1 250,00', 1250],
		['-7,1', -7.1],
		['980,5 руб.', 980.5],
		['15', 15]
	])('%j → %d', (raw, value) => {
		expect(parseAmount(raw, ',')).toBeCloseTo(value, 10);
	});

	it.each(['12,5,0', '1.23,4', 'x'])('%j is not a number', (raw) => {
		expect(parseAmount(raw, ',')).toBeNaN();
	});
});

// Review: a WooCommerce export of formatted prices had every total skipped as unreadable.
describe('parseAmount of a price cell written as the shop’s HTML', () => {
	const woo = (amount: string, symbol: string) =>
		`<span class="woocommerce-Price-amount amount"><bdi>${amount}<span class="woocommerce-Price-currencySymbol">${symbol}</span></bdi></span>`;
	it.each<[string, string, ',' | '.', number]>([
		['a euro price with a decimal comma', woo('20,00&nbsp;', '&euro;'), ',', 20],
		['the symbol first, as a numeric entity', woo('', '&#36;') + '1,234.50', '.', 1234.5],
		['the symbol by its hex code', `<bdi>&#x20AC;&#xa0;1.234,56</bdi>`, ',', 1234.56],
		['a pound sign', woo('7.10', '&pound;'), '.', 7.1],
		['a refund shown as a minus sign', `&minus;${woo('5.00', '&#36;')}`, '.', -5],
		['a minus as a numeric entity', `&#8722;${woo('5,00&nbsp;', '&euro;')}`, ',', -5],
		[
			'a price with WooCommerce’s tax note',
			`${woo('24,00&nbsp;', '&euro;')} <small class="includes_tax">(includes ${woo('4,00&nbsp;', '&euro;')} VAT)</small>`,
			',',
			24
		],
		[
			'a refunded total: the struck-out first value is not read',
			`<del>${woo('20.00', '&#36;')}</del> <ins>${woo('15.00', '&#36;')}</ins>`,
			'.',
			15
		]
	])('%s', (_name, raw, decimal, value) => {
		expect(parseAmount(raw, decimal)).toBe(value);
	});

	it('decides the decimal separator from such cells as from plain ones', () => {
		expect(guessDecimalSeparator([woo('20,00&nbsp;', '&euro;'), woo('3,5&nbsp;', '&euro;')], ',')).toEqual({
			decimal: ',',
			ambiguous: false
		});
	});

	it.each([
		['two prices, neither struck out', `${woo('20.00', '&#36;')} ${woo('15.00', '&#36;')}`],
		['markup with no number', '<span class="amount">&mdash;</span>'],
		['an entity that is no price', 'Tom &amp; Jerry']
	])('%s is not a number', (_name, raw) => {
		expect(parseAmount(raw, '.')).toBeNaN();
	});
});

describe('guessDecimalSeparator', () => {
	it.each([
		['decimal points', ['12.50', '3.99', '100'], ',', '.', false],
		['decimal commas', ['12,50', '3,99', '100'], ';', ',', false],
		['grouped with dot decimals', ['1,234.56', '12.00'], ',', '.', false],
		['grouped with comma decimals', ['1.234,56', '12,00'], ';', ',', false],
		['only integers in a comma file', ['12', '100'], ',', '.', true],
		['only integers in a semicolon file', ['12', '100'], ';', ',', true],
		['three decimals are ambiguous', ['1,234', '2,500'], ',', '.', true],
		['currency marks are ignored', ['€12,50', '€3,99'], ';', ',', false]
	])('%s', (_name, values, delimiter, decimal, ambiguous) => {
		expect(guessDecimalSeparator(values, delimiter)).toEqual({ decimal, ambiguous });
	});
});

describe('the fast path reads plain decimals exactly as Number does', () => {
	it('for 20,000 pseudo-random amounts with 0–8 decimals', () => {
		let seed = 99;
		const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
		// (Misreadings collected and checked once: 40,000 expect() calls take seconds on a busy machine.)
		const misread: [string, number, number][] = [];
		for (let i = 0; i < 20_000; i++) {
			const places = i % 9;
			const text = ((random() - 0.2) * 10 ** (i % 12)).toFixed(places);
			const withPoint = parseAmount(text, '.');
			const withComma = parseAmount(text.replace('.', ','), ',');
			if (withPoint !== Number(text)) misread.push([text, withPoint, Number(text)]);
			if (withComma !== Number(text)) misread.push([text.replace('.', ','), withComma, Number(text)]);
		}
		expect(misread).toEqual([]);
	});
});
