import { describe, expect, it } from 'vitest';
import enDepth from './en/depth';
import lvCalculators from './lv/calculators';
import lvDepth from './lv/depth';
import nlDepth from './nl/depth';
import ruCalculators from './ru/calculators';

// The noun after a number agrees with the number as shown, to its last decimal: a typed lifetime
// of 1,001 years is "1,001 года" in Russian (a fraction takes the form of fractions), not "год".
describe('Russian and Latvian forms after a number shown with decimals', () => {
	it.each([
		['1', 1, 'год'],
		['1,001', 1.001, 'года'],
		['5,001', 5.001, 'года'],
		['5', 5, 'лет'],
		['21', 21, 'год']
	])('ru: %s → %s', (n, count, form) => {
		expect(ruCalculators.duration.year({ n, count })).toBe(`${n} ${form}`);
	});

	it.each([
		['1', 1, 'gads'],
		['1,005', 1.005, 'gadi'],
		['10', 10, 'gadu'],
		['21', 21, 'gads']
	])('lv: %s → %s', (n, count, form) => {
		expect(lvCalculators.duration.year({ n, count })).toBe(`${n} ${form}`);
	});

	it.each([
		['1', 1, 'procentpunkts'],
		['0,005', 0.005, 'procentpunkti'],
		['2', 2, 'procentpunkti'],
		['11', 11, 'procentpunktu']
	])('lv percentage points: %s → %s', (n, count, form) => {
		expect(lvCalculators.percentagePoints({ n, count })).toBe(`${n} ${form}`);
	});
});

// The repurchase page's median sentence: its days are whole waits observed, so "1" is common.
describe('the repurchase median sentence after 1 day', () => {
	const p = { median: '1', count: '4', quarter: '1', half: '1', threeQuarters: '21' };
	it.each([
		[enDepth, ['Median 1 day,', 'within 1 day,']],
		[nlDepth, ['Mediaan 1 dag,', 'binnen 1 dag terug']],
		[lvDepth, ['Mediāna: 1 diena', 'atgriezās 1 dienas laikā', '21 dienas laikā']]
	])('%#', (catalogue, parts) => {
		const text = catalogue.median(p);
		for (const part of parts) expect(text).toContain(part);
	});

	it('keeps the plural after other numbers', () => {
		const text = enDepth.median({ median: '1.5', count: '4', quarter: '2', half: '3', threeQuarters: '5' });
		expect(text).toContain('Median 1.5 days,');
		expect(text).toContain('within 2 days,');
	});
});
