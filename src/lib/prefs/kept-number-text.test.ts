import { describe, expect, it } from 'vitest';
import { retypedIn, typedFromKept } from './kept-settings';

const PERCENT = { min: 0, max: 100 };
const DAYS = { min: 1, max: 365, integer: true };

describe('typedFromKept: a kept canonical number, as typed in the language', () => {
	it.each([
		['12.5', 'en-GB', '12.5'],
		['12.5', 'lv-LV', '12,5'],
		['1234.5', 'en-GB', '1,234.5'],
		['30', 'nl-NL', '30'],
		['12,5', 'en-GB', null],
		['', 'en-GB', null],
		[12.5, 'en-GB', null],
		[undefined, 'en-GB', null]
	] as const)('%j in %s → %j', (kept, tag, typed) => {
		expect(typedFromKept(kept, tag)).toBe(typed);
	});
});

describe('retypedIn: a valid typed number rewritten in another language, the same number', () => {
	it.each([
		['12.5', '.', PERCENT, 'lv-LV', '12,5'],
		['12,5', ',', PERCENT, 'en-GB', '12.5'],
		['30', '.', DAYS, 'ru-RU', '30'],
		['150', '.', PERCENT, 'lv-LV', null],
		['7.5', '.', DAYS, 'lv-LV', null],
		['abc', '.', PERCENT, 'lv-LV', null]
	] as const)('%j (typed with %j) in %s → %j', (text, before, range, tag, typed) => {
		expect(retypedIn(text, before, range, tag)).toBe(typed);
	});
});
