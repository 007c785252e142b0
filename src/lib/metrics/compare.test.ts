import { describe, expect, it } from 'vitest';
import { difference, signed, valueAsShown } from './compare';

describe('difference B − A', () => {
	it.each([
		// a, b, absolute, relative
		[0.82, 0.86, 0.04, 0.04 / 0.82],
		[100, 75, -25, -0.25],
		[-20, 10, 30, 1.5],
		[-20, -30, -10, -0.5],
		[50, 50, 0, 0],
		[0, 5, 5, null],
		[0, 0, 0, null]
	])('A = %d, B = %d: %d, relative %s', (a, b, absolute, relative) => {
		const result = difference(a, b);
		expect(result?.absolute).toBeCloseTo(absolute, 12);
		if (relative === null) expect(result?.relative).toBeNull();
		else expect(result?.relative).toBeCloseTo(relative, 12);
	});

	it.each([
		[Number.NaN, 1],
		[1, Number.POSITIVE_INFINITY],
		[Number.NEGATIVE_INFINITY, 0]
	])('gives no difference for %d and %d', (a, b) => {
		expect(difference(a, b)).toBeNull();
	});
});

describe('signed', () => {
	it.each([
		[25, '€25.00', '+€25.00'],
		[-0.1, '10%', '\u221210%'],
		[0, '0', '0']
	])('%d with %j reads %j', (value, size, text) => {
		expect(signed(value, size)).toBe(text);
	});
});

describe('valueAsShown', () => {
	const twoDecimals = (value: number) => value.toFixed(2);
	const upToTwo = (value: number) => String(Math.round(value * 100) / 100);
	it.each([
		[38.888888, twoDecimals, 38.89],
		[266.666666, twoDecimals, 266.67],
		[2.0001, upToTwo, 2],
		[14.285714, upToTwo, 14.29],
		[0.5, upToTwo, 0.5]
	])('%d shown by its format is %d', (value, format, shown) => {
		expect(valueAsShown(value, format)).toBe(shown);
	});
});
