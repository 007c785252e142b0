import { describe, expect, it } from 'vitest';
import { normaliseCustomerName } from './accumulate';
import { importOrdersText as importText } from './test-support';

describe('a customer name as a customer key', () => {
	it.each([
		['Anna Bērziņa', 'anna bērziņa'],
		['ANNA BĒRZIŅA', 'anna bērziņa'],
		['  Anna   Bērziņa ', 'anna bērziņa'],
		// The same letters written decomposed (as macOS writes file names and some exports): one name.
		['Anna Be\u0304rzin\u0327a', 'anna bērziņa'],
		['Иван Петров', 'иван петров'],
		['张伟', '张伟']
	])('%j → %j', (raw, key) => {
		expect(normaliseCustomerName(raw)).toBe(key);
	});
});

// QA's names_only.csv (dates a year earlier): customers told apart by their names alone, one of
// them written "Anna Bērziņa", "Anna Bērziņa " and "ANNA BĒRZIŅA". Hand-counted: 4 people.
const NAMES_ONLY =
	'Invoice,Date,Customer,Total\n' +
	'INV-300,2024-04-01,Anna Bērziņa,33.20\n' +
	'INV-301,2024-04-07,Anna Bērziņa,22.85\n' +
	'INV-302,2024-04-13,Līga Liepa,13.14\n' +
	'INV-303,2024-04-19,ANNA BĒRZIŅA,26.95\n' +
	'INV-304,2024-04-25,Pēteris Kalniņš,26.75\n' +
	'INV-305,2024-05-01,ANNA BĒRZIŅA,12.18\n' +
	'INV-306,2024-05-07,Līga Liepa,45.83\n' +
	'INV-307,2024-05-13,Pēteris Kalniņš,56.21\n' +
	'INV-308,2024-05-19,Pēteris Kalniņš,10.19\n' +
	'INV-309,2024-05-25,ANNA BĒRZIŅA,55.82\n' +
	'INV-310,2024-05-31,Līga Liepa,57.32\n' +
	'INV-311,2024-06-06,Anna Bērziņa,11.21\n' +
	'INV-312,2024-06-12,Jānis Ozols,15.36\n' +
	'INV-313,2024-06-18,Līga Liepa,57.84\n' +
	'INV-314,2024-06-24,Anna Bērziņa ,49.49\n' +
	'INV-315,2024-06-30,Anna Bērziņa ,50.74\n' +
	'INV-316,2024-07-06,Jānis Ozols,56.40\n' +
	'INV-317,2024-07-12,Jānis Ozols,10.44\n';

describe('customers told apart by their names alone', () => {
	it('counts names that differ only in letter case or spaces as one customer', async () => {
		const { report } = await importText(NAMES_ONLY);
		expect(report.ordersKept).toBe(18);
		expect(report.customers).toBe(4);
	});

	it('keeps customer ids that differ in letter case apart: they may be different customers', async () => {
		const { report } = await importText(
			'Order,Date,Customer ID,Total\n' +
				'1,2024-04-01,abc01,10.00\n' +
				'2,2024-04-02,ABC01,10.00\n' +
				'3,2024-04-03,Abc01,10.00\n'
		);
		expect(report.customers).toBe(3);
	});

	it('takes e-mail addresses that differ only in letter case as one customer', async () => {
		const { report } = await importText(
			'Order,Date,Email,Total\n' +
				'1,2024-04-01,Anna@Example.com,10.00\n' +
				'2,2024-04-02,anna@example.com ,10.00\n'
		);
		expect(report.customers).toBe(1);
	});

	it('gives the same customers when the file is read in byte ranges', async () => {
		const [header, ...rows] = NAMES_ONLY.trimEnd().split('\n');
		const text =
			[header, ...Array.from({ length: 8 }, (_, k) => rows.map((r) => `${k}${r}`)).flat()].join('\n') + '\n';
		const whole = await importText(text);
		const ranged = await importText(text, 3);
		expect(whole.report.customers).toBe(4);
		expect(ranged.result.customers).toEqual(whole.result.customers);
	});
});
