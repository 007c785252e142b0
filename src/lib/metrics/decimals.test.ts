import { describe, expect, it } from 'vitest';
import { decimalProduct, decimalSum, exactDecimals } from './decimals';

describe('exactDecimals', () => {
	it.each([
		[40.125, 3],
		[0.0123456 / 100, 9],
		[1000.12345, 5],
		[7, 0],
		[0.1 + 0.2, 1],
		[1 / 3, undefined],
		[Number.NaN, undefined]
	])('%d has %s decimals', (value, digits) => {
		expect(exactDecimals(value)).toBe(digits);
	});
});

describe('decimalSum', () => {
	it.each([
		// QA: 1 + 0 − 0.999999 is 0.000001, not 1.0000000000287557e-6.
		[[1, 0, -0.999999], 0.000001],
		[[1, 0.08, -0.857], 0.223],
		[[1, 0.1, -0.8], 0.3],
		// Not short decimals: as computed.
		[[1, 1 / 3, -0.5], 1 + 1 / 3 - 0.5]
	])('%j is %d', (terms, sum) => {
		expect(decimalSum(...terms)).toBe(sum);
	});
});

describe('decimalProduct', () => {
	it.each([
		// Review: 33.33 × 3 × 1.5 is 149.985 (shown US$149.99), not 149.98499999999999 (US$149.98).
		[[33.33, 3, 1.5], 149.985],
		[[99.99, 1.5], 149.985],
		[[0.1, 0.2], 0.02],
		[[46.12, 2.7343, 2], 252.211832],
		// Not short decimals, or too many decimals together: as computed.
		[[1 / 3, 3], (1 / 3) * 3],
		[[0.1234567, 0.1234567], 0.1234567 * 0.1234567]
	])('%j is %d', (factors, product) => {
		expect(decimalProduct(...factors)).toBe(product);
	});
});
