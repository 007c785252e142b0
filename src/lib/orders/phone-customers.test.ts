import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWarning } from './report';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import {
	copiesOf,
	importOrdersBytes,
	importOrdersText as importText,
	sampleOf,
	sourceOf,
	TEST_TODAY
} from './test-support';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/orders');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

// A Latvian shop's phone orders: 4 people, whose numbers are written "+371 2888 7777",
// "0037128887777" and (at home, without the country code) "29123456". Hand-counted: Marta Liepa
// +371 20001234 (3 orders), Edgars Ozols +371 28887777 (9), Ilze Kalna 29123456 (4), Roberts
// Zariņš 26550011 (4); each of them ordered again.
describe('a file whose customers are told by their phone numbers, written in several ways', () => {
	it('counts each number as one customer (name column and phone column)', async () => {
		const { plan, report, result } = await importText(
			new TextDecoder().decode(fixture('lv_phone_and_name.csv')),
			1,
			'lv_phone_and_name.csv'
		);
		expect(plan.mapping.customer).toBe(3);
		expect(report.ordersKept).toBe(20);
		expect(report.customers).toBe(4);
		expect([...result.customers].sort()).toEqual([
			'tel:+37120001234',
			'tel:+37126550011',
			'tel:+37128887777',
			'tel:+37129123456'
		]);
	});

	it('says that the numbers without a country code were given the file’s', async () => {
		const { report } = await importOrdersBytes(fixture('lv_phone_and_name.csv'));
		expect(findWarning(report.warnings, 'phonesGivenCountry')).toEqual({
			code: 'phonesGivenCountry',
			count: 2, // 29123456 and 26550011
			callingCode: '371',
			international: 3,
			of: 3
		});
		expect(findWarning(report.warnings, 'phonesKeptApart')).toBeNull();
	});

	it('gives the same customers when the file is read in byte ranges', async () => {
		const text = copiesOf(new TextDecoder().decode(fixture('lv_phone_and_name.csv')), 8);
		const whole = await importText(text);
		const ranged = await importText(text, 3);
		expect(whole.report.customers).toBe(4);
		expect(ranged.result.customers).toEqual(whole.result.customers);
		expect(ranged.report.warnings).toEqual(whole.report.warnings);
	});

	it('imports a file whose only customer column is a phone, each number one customer', async () => {
		const { plan, report } = await importOrdersBytes(fixture('lv_phone_orders.csv'), 1, 'lv_phone_orders.csv');
		expect(plan.mapping.customer).toBe(2);
		expect(report.ordersKept).toBe(20);
		expect(report.customers).toBe(4);
		// The 8-digit numbers are given the +371 of the file's other numbers, and the report says so.
		expect(findWarning(report.warnings, 'phonesGivenCountry')).toEqual({
			code: 'phonesGivenCountry',
			count: 2,
			callingCode: '371',
			international: 3,
			of: 3
		});
	});

	it('gives the same customers when a file of phone numbers only is read in byte ranges', async () => {
		const bytes = fixture('lv_phone_orders.csv');
		const whole = await importOrdersBytes(bytes, 1);
		const ranged = await importOrdersBytes(bytes, 3);
		expect(ranged.result.customers).toEqual(whole.result.customers);
		expect(ranged.report.warnings).toEqual(whole.report.warnings);
	});

	it('reads a phone column chosen by hand as the customer as phone numbers', async () => {
		// QA's lv_phone_spacing.csv: two people, each number once with and once without spaces.
		const bytes = new TextEncoder().encode(
			'Pasūtījuma nr.;Datums;Tālrunis;Summa\n' +
				'1;01.02.2024;+371 2912 3456;10,00\n' +
				'2;05.03.2024;+37129123456;12,00\n' +
				'3;07.03.2024;+371 2655 0011;9,00\n' +
				'4;09.04.2024;+371 26550011;9,00\n'
		);
		const { plan } = inspectSample(sampleOf('lv_phone_spacing.csv', bytes));
		const { customerPhone: _, ...others } = plan.mapping;
		const chosen = { ...plan, mapping: { ...others, customer: 2 } };
		const result = await runImport([sourceOf(bytes, chosen)], { today: TEST_TODAY });
		expect(result.kind === 'orders' && result.report.customers).toBe(2);
	});

	it('keeps numbers without a country code apart where the file does not say their country, and says so', async () => {
		const { report, result } = await importText(
			'Order,Date,Customer,Phone,Total\n' +
				'1,2024-02-01,Ilze Kalna,+371 2912 3456,10.00\n' +
				'2,2024-02-02,Jonas Petraitis,+370 612 34567,10.00\n' +
				'3,2024-02-03,Ilze Kalna,29123456,10.00\n' +
				'4,2024-02-04,John Smith,+44 7911 123456,10.00\n'
		);
		expect(report.customers).toBe(4);
		expect(result.customers).toContain('tel:29123456');
		expect(findWarning(report.warnings, 'phonesKeptApart')).toEqual({ code: 'phonesKeptApart', count: 1 });
	});

	it('gives a number the country of its row’s country column', async () => {
		const { report } = await importText(
			'Order,Date,Customer,Phone,Country,Total\n' +
				'1,2024-02-01,John Smith,+44 7911 123456,GB,10.00\n' +
				'2,2024-02-02,John Smith,07911 123456,GB,10.00\n' +
				'3,2024-02-03,Marie Dubois,06 12 34 56 78,FR,10.00\n' +
				'4,2024-02-04,Marie Dubois,+33 6 12 34 56 78,FR,10.00\n'
		);
		expect(report.customers).toBe(2);
		expect(findWarning(report.warnings, 'phonesKeptApart')).toBeNull();
	});
});

// QA 64: rows whose phone number was a placeholder were skipped as having nothing in the phone
// column. They hold a number, one that tells no customer: the report says so, and shows it.
describe('rows whose phone number tells no customer', () => {
	const NAMES = ['Анна Петрова', 'Сергей Васильев', 'Ольга Иванова', 'Игорь Смирнов', 'Мария Козлова', 'Пётр Орлов'];
	it.each([
		[
			'the phone column is the customer column (beside a name column)',
			'Номер заказа,Дата заказа,Покупатель,Телефон,Сумма',
			(k: number, phone: string) => `${k},2024-03-0${k},${NAMES[k - 1]},${phone},10.00`
		],
		[
			'the phone column stands beside a customer id column left empty',
			'Order,Customer ID,Phone,Date,Amount',
			(k: number, phone: string) => `${k},,${phone},2024-03-0${k},10.00`
		]
	])('are skipped for that, with the number, where %s', async (_, header, row) => {
		const phones = [
			'+7 916 123-45-67',
			'+7 900 000-00-00',
			'138****1234',
			'',
			'+7 916 765-43-21',
			'+7 916 765-43-22'
		];
		const text = [header, ...phones.map((phone, i) => row(i + 1, phone))].join('\n');
		const { report } = await importText(text + '\n');
		expect(report.ordersKept).toBe(3);
		expect(report.skipped.unusablePhone).toMatchObject({
			count: 2,
			examples: [
				{ row: 3, value: '+7 900 000-00-00' },
				{ row: 4, value: '138****1234' }
			]
		});
		expect(report.skipped.missingCustomer).toMatchObject({ count: 1, examples: [{ row: 5 }] });
	});
});
