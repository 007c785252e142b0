import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/messages';
import { warningText } from '../../routes/data/report-text';
import { inspectSample } from './inspect';
import { decimalStyleOf, guessDecimalSeparator, isAmbiguousAmount, parseAmount } from './sniff/numbers';
import { findWarning } from './report';
import { importOrdersText, sampleOf } from './test-support';

/** Two shops' exports pasted together: amounts with a decimal comma and with a decimal point. */
const MIXED = readFileSync(
	join(import.meta.dirname, '../../../tests/fixtures/orders/mixed_decimal_styles.csv'),
	'utf8'
);

describe('amounts read by their own shape (a column written with both decimal separators)', () => {
	it.each([
		['1.234,56', 1234.56],
		['1,234.56', 1234.56],
		['12,50', 12.5],
		['12.50', 12.5],
		['2.000,00', 2000],
		['45.5', 45.5],
		['€ 3.100,00', 3100],
		['1.234.567', 1234567],
		['1,234,567', 1234567],
		['-1.234,5', -1234.5],
		['20', 20],
		// Three digits after a single separator: thousands or decimals, not known.
		['1,500', NaN],
		['1.250', NaN],
		['(1,234)', NaN],
		['abc', NaN]
	])('%s reads as %d', (raw, expected) => {
		expect(parseAmount(raw, 'either')).toBe(expected);
	});

	it('tells an amount that reads two ways from one that is no number', () => {
		expect(['1,500', '1.250', '1.234,56', '12', 'abc'].map(isAmbiguousAmount)).toEqual([
			true,
			true,
			false,
			false,
			false
		]);
	});

	it.each([
		['1.234,56', ','],
		['1,234.56', '.'],
		['12,5', ','],
		['45.5', '.'],
		['1,234', null],
		['12', null]
	])('%s can only be written with %s', (raw, style) => {
		expect(decimalStyleOf(raw)).toBe(style);
	});

	it('a column with values only either way reads each as written; one way, with that separator', () => {
		expect(guessDecimalSeparator(['1.234,56', '1,234.56', '12'], ',').decimal).toBe('either');
		expect(guessDecimalSeparator(['1.234,56', '1,234', '12,5'], ',').decimal).toBe(',');
		expect(guessDecimalSeparator(['1,234.56', '1,234', '45.5'], ',').decimal).toBe('.');
	});

	it('the review names the rows written each way before the import', () => {
		const { plan } = inspectSample(sampleOf('orders.csv', new TextEncoder().encode(MIXED)));
		expect(plan.decimal).toBe('either');
		expect(findWarning(plan.warnings, 'mixedDecimals')).toEqual({
			code: 'mixedDecimals',
			point: [
				{ file: 0, row: 3, value: '1,234.56' },
				{ file: 0, row: 5, value: '12.50' },
				{ file: 0, row: 8, value: '1,050.00' }
			],
			comma: [
				{ file: 0, row: 2, value: '1.234,56' },
				{ file: 0, row: 4, value: '12,50' },
				{ file: 0, row: 6, value: '2.000,00' }
			]
		});
	});

	it('keeps every amount that reads one way, and leaves out with a reason those that read two', async () => {
		const { report } = await importOrdersText(MIXED);
		expect(report.ordersKept).toBe(10);
		// 1234.56 × 2 + 12.50 × 2 + 2000 + 980 + 1050 + 45.50 + 3100 + 20
		expect(report.revenue).toBeCloseTo(9689.62, 6);
		expect(report.skipped.invalidAmount).toBeUndefined();
		expect(report.skipped.ambiguousAmount).toEqual({
			count: 2,
			examples: [
				{ file: 0, row: 10, value: '1,500' },
				{ file: 0, row: 13, value: '1.250' }
			]
		});
		const warning = findWarning(report.warnings, 'mixedDecimals')!;
		expect(warning.ambiguous).toBe(2);
		expect(warningText(warning, report, en, String)).toBe(
			'The amounts are written with both decimal separators: with a point (row 3 (“1,234.56”), row 5 (“12.50”), row 8 (“1,050.00”)) and with a comma (row 2 (“1.234,56”), row 4 (“12,50”), row 6 (“2.000,00”)); each was read by its own separators, but 2 of them read two ways (thousands or decimals, such as 1,234) and were left out (see Rows skipped).'
		);
	});
});
