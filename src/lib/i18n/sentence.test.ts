import { describe, expect, it } from 'vitest';
import enAnalysis from './en/analysis';
import lvAnalysis from './lv/analysis';
import nlAnalysis from './nl/analysis';
import ruAnalysis from './ru/analysis';
import lvDepth from './lv/depth';
import ruDepth from './ru/depth';
import { withStop } from './sentence';

// Russian and Latvian dates end in a full stop of their own ("г.", "sept."): a sentence ending in
// one gets no second stop ("30 сент. 2026 г.." was shown).
const RU_DAY = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 8, 30));
const LV_DAY = new Intl.DateTimeFormat('lv-LV', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 8, 30));

describe('one full stop after a date that ends in one', () => {
	it.each([
		['30 сент. 2026 г.', '30 сент. 2026 г.'],
		['30 Sept 2026', '30 Sept 2026.'],
		['', '.']
	])('%j → %j', (text, sentence) => expect(withStop(text)).toBe(sentence));

	it.each([
		['ru range', ruAnalysis.range({ orders: '5', customers: '3', from: '1 июл.', to: RU_DAY })],
		['lv range', lvAnalysis.range({ orders: '5', customers: '3', from: '1. jūl.', to: LV_DAY })],
		['ru outside', ruAnalysis.dateRange.outside({ from: '1 июл.', to: RU_DAY })],
		['lv outside', lvAnalysis.dateRange.outside({ from: '1. jūl.', to: LV_DAY })],
		['ru basis', ruDepth.basisCustomers({ customers: '3', day: RU_DAY })],
		['lv basis', lvDepth.basisCustomers({ customers: '3', day: LV_DAY })]
	])('%s', (_, text) => {
		expect(text).not.toContain('..');
		expect(text).toMatch(/\.$|\. \S/);
	});
});

describe('a count of one order or customer in the range sentences', () => {
	const one = { orders: '1', customers: '1', from: 'a', to: 'b', newCustomers: '1', returning: '0' };
	it.each([
		[enAnalysis.range(one), '1 order of 1 customer, a – b.'],
		[enAnalysis.range({ ...one, orders: '2' }), '2 orders of 1 customer, a – b.'],
		[enAnalysis.dateRange.summary(one), '1 order of 1 customer from a to b:'],
		[nlAnalysis.dateRange.summary(one), '1 bestelling van 1 klant van a'],
		[lvAnalysis.dateRange.summary(one), '1 pasūtījums no 1 klienta laikā'],
		[lvAnalysis.dateRange.summary({ ...one, orders: '10', customers: '3' }), '10 pasūtījumu no 3 klientiem laikā']
	])('%s', (text, part) => expect(text).toContain(part));
});
