import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWarning } from './report';
import { copiesOf, importOrdersBytes, importOrdersText as importText } from './test-support';

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
