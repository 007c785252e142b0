import { describe, expect, it } from 'vitest';
import en from './en/profit';
import lv from './lv/profit';
import nl from './nl/profit';
import ru from './ru/profit';
import zh from './zh/profit';

// QA: "not yet (1 months observed)".
describe('the payback not yet reached agrees with its months', () => {
	it.each([
		[en, 'not yet (1 month observed)', 'not yet (2 months observed)'],
		[nl, 'nog niet (1 maand waargenomen)', 'nog niet (2 maanden waargenomen)'],
		[lv, 'vēl ne (novērotie mēneši: 1)', 'vēl ne (novērotie mēneši: 2)'],
		[ru, 'ещё нет (наблюдалось месяцев: 1)', 'ещё нет (наблюдалось месяцев: 2)'],
		[zh, '尚未回收（已观察 1 个月）', '尚未回收（已观察 2 个月）']
	])('%#', (catalogue, one, two) => {
		expect(catalogue.paybackNotYet({ months: '1' })).toBe(one);
		expect(catalogue.paybackNotYet({ months: '2' })).toBe(two);
	});
});

describe('a channel’s CAC field names its customers in agreement with their number', () => {
	it.each([
		[en, 'web (1 customer)', 'web (2 customers)'],
		[nl, 'web (1 klant)', 'web (2 klanten)']
	])('%#', (catalogue, one, two) => {
		expect(catalogue.channelLabel({ channel: 'web', customers: '1' })).toBe(one);
		expect(catalogue.channelLabel({ channel: 'web', customers: '2' })).toBe(two);
	});
});
