import { describe, expect, it } from 'vitest';
import en from './en/firstOrder';
import lv from './lv/firstOrder';
import nl from './nl/firstOrder';
import ru from './ru/firstOrder';
import zh from './zh/firstOrder';

// QA: "1 different values on first orders", "1 dažādas vērtības", "1 verschillende waarden", "1 customers".
const basis = (catalogue: typeof en, customers: string, values: string) =>
	catalogue.basis({ customers, from: 'A', to: 'B', dimension: 'D', values });

describe('the first-order breakdown agrees with its numbers', () => {
	it.each([
		[en, ['1 customer with orders', 'One value on first orders'], ['1 customers', '1 different values']],
		[lv, ['Klienti ar pasūtījumiem no A līdz B: 1,', 'Dažādu vērtību pirmajos pasūtījumos: 1.'], ['1 dažādas']],
		[nl, ['1 klant met bestellingen', 'Eén waarde op eerste bestellingen'], ['1 klanten', '1 verschillende']],
		[ru, ['Клиентов с заказами с A по B: 1;', 'Различных значений в первых заказах: 1.'], ['1 клиентов']]
	])('%#: one customer, one value', (catalogue, said, notSaid) => {
		const text = basis(catalogue, '1', '1');
		for (const part of said) expect(text).toContain(part);
		for (const part of notSaid) expect(text).not.toContain(part);
	});

	it.each([
		[en, '21 customers with orders', '3 different values'],
		[nl, '21 klanten met bestellingen', '3 verschillende waarden']
	])('%#: many customers, many values', (catalogue, customers, values) => {
		const text = basis(catalogue, '21', '3');
		expect(text).toContain(customers);
		expect(text).toContain(values);
	});

	it.each([
		[en, '1', '€5 (1 customer)', '1 day (of 1)'],
		[en, '2', '€5 (2 customers)', '2 days (of 2)'],
		[lv, '1', '€5 (1 klients)', '1 diena (no 1)'],
		[lv, '21', '€5 (21 klients)', '21 diena (no 21)'],
		[lv, '10', '€5 (10 klientu)', '10 dienu (no 10)'],
		[lv, '2', '€5 (2 klienti)', '2 dienas (no 2)'],
		[nl, '1', '€5 (1 klant)', '1 dag (van 1)'],
		[nl, '2', '€5 (2 klanten)', '2 dagen (van 2)'],
		[ru, '1', '€5 (клиентов: 1)', '1 дн. (из 1)'],
		[zh, '1', '€5（1 位客户）', '1 天（共 1 人）']
	])('%#: CLV over %s customers, median days', (catalogue, n, clv, median) => {
		expect(catalogue.clvValue({ value: '€5', count: n })).toBe(clv);
		expect(catalogue.medianValue({ days: n, count: n })).toBe(median);
	});

	it.each([
		[en, '1 customer'],
		[lv, '1 klients'],
		[ru, '1 клиент'],
		[nl, '1 klant'],
		[zh, '1 位客户']
	])('%#: a curve point over one customer', (catalogue, text) => {
		expect(catalogue.ltvPoint({ customers: '1' })).toBe(text);
	});
});
