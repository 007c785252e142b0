import { describe, expect, it } from 'vitest';
import { customerValuesOf, normaliseHeader, recogniseLayout, type CustomerValues } from './layouts';
import { headline, importOrdersText } from './test-support';

/** A file's rows from its lines (`;` or `,` apart, as its header is). */
const rowsOf = (lines: string[]) => {
	const delimiter = lines[0].includes(';') ? ';' : ',';
	return lines.map((line) => line.split(delimiter));
};

/** The headers a file's mapping gives the customer, its e-mail stand-in and the customer's name. */
function customerRoles(lines: string[]) {
	const rows = rowsOf(lines);
	const { mapping } = recogniseLayout(rows, lines[0].includes(';') ? ';' : ',');
	const header = (column: number | undefined) => (column === undefined ? undefined : rows[0][column]);
	return {
		customer: header(mapping.customer),
		customerEmail: header(mapping.customerEmail),
		fullName: header(mapping.fullName)
	};
}

describe('what a column’s values say of the customer', () => {
	it.each([
		['Email', ['ann@x.com', '', 'bo@x.com', '-'], 'email'],
		['Customer', ['CU009', 'CU007', 'CU009', '0'], 'id'],
		['Kundennummer', ['10457', '10458', '10457'], 'id'],
		['Klients', ['Kristīne Krūmiņa', 'Anna Bērziņš', 'Ilze Kalniņa'], 'name'],
		['Клиент', ['Иванов Иван', 'Петрова Анна Сергеевна', 'Сидоров Пётр'], 'name'],
		['Customer', ['Berg, Ann', 'J. Smith', 'Acme Ltd'], 'name'],
		['客户', ['张伟', '李娜', '欧阳小明'], 'name'],
		// A marketplace buyer's account, however much it looks like a name.
		['买家会员名', ['王小明', '李娜', '张伟'], 'id'],
		['Телефон', ['+7 (916) 123-45-67', '8 916 765 43 21'], 'phone'],
		// Digits in a phone column's place, but no phone header: a customer number.
		['Customer', ['29123456', '29123457'], 'id'],
		// Neither a code nor a name.
		['Klients', ['Klients 46', 'Klients 10'], null],
		['Customer', ['', '0', ' '], null]
	] as [string, string[], CustomerValues | null][])('%s holding %j: %s', (header, values, kind) => {
		const rows = [[header], ...values.map((value) => [value])];
		expect(customerValuesOf(rows, 0, normaliseHeader(header))).toBe(kind);
	});
});

describe('the customer column a file’s values choose, whatever the headers’ order', () => {
	it.each([
		{
			what: 'en: customer numbers beside an e-mail some phone orders leave empty: the id, with the e-mail as stand-in',
			lines: [
				'Invoice,Date,Customer,Email,Amount',
				'INV-1,2025-01-05,CU1,cu1@shop.test,10.00',
				'INV-2,2025-01-06,CU2,,20.00',
				'INV-3,2025-02-05,CU1,-,30.00',
				'INV-4,2025-02-06,CU3,cu3@shop.test,40.00'
			],
			expected: { customer: 'Customer', customerEmail: 'Email', fullName: undefined }
		},
		{
			what: 'en: the same under "Customer ID" (read so before)',
			lines: [
				'Invoice,Date,Customer ID,Email,Amount',
				'INV-1,2025-01-05,CU1,cu1@shop.test,10.00',
				'INV-2,2025-01-06,CU2,,20.00'
			],
			expected: { customer: 'Customer ID', customerEmail: 'Email', fullName: undefined }
		},
		{
			what: 'en: names in "Customer" beside "Email": the e-mail, as before',
			lines: [
				'Order,Date,Customer,Email,Total',
				'1,2025-01-05,Ann Berg,ann@x.com,10.00',
				'2,2025-01-06,Ann Berg,ann.berg@y.com,20.00',
				'3,2025-01-07,Bo Lind,bo@x.com,30.00'
			],
			expected: { customer: 'Email', customerEmail: undefined, fullName: undefined }
		},
		{
			what: 'en: a label that lumps people together ("Retail") is no id: the e-mail stays',
			lines: [
				'Order,Date,Customer,Email,Total',
				'1,2025-01-05,Retail,ann@x.com,10.00',
				'2,2025-01-06,Retail,bo@x.com,20.00',
				'3,2025-01-07,Wholesale,cy@x.com,30.00',
				'4,2025-01-08,Wholesale,dan@x.com,30.00'
			],
			expected: { customer: 'Email', customerEmail: undefined, fullName: undefined }
		},
		{
			what: 'en: an id per order (a new one each time one e-mail buys again) is no customer’s: the e-mail stays',
			lines: [
				'Order,Date,Customer,Email,Total',
				'1,2025-01-05,C1001,ann@x.com,10.00',
				'2,2025-01-06,C1002,ann@x.com,20.00',
				'3,2025-01-07,C1003,bo@x.com,30.00',
				'4,2025-01-08,C1004,bo@x.com,30.00'
			],
			expected: { customer: 'Email', customerEmail: undefined, fullName: undefined }
		},
		{
			what: 'en: names only: they stay the customer (the review says so)',
			lines: ['Order,Date,Customer,Total', '1,2025-01-05,Ann Berg,10.00', '2,2025-01-06,Bo Lind,20.00'],
			expected: { customer: 'Customer', customerEmail: undefined, fullName: undefined }
		},
		{
			what: 'lv: names in "Klients" before "E-pasts"',
			lines: [
				'Pasūtījuma nr.;Datums;Klients;E-pasts;Summa',
				'7001;05.02.2024;Kristīne Krūmiņa;klients046@inbox.lv;EUR 20,00',
				'7002;26.02.2024;Anna Bērziņš;klients010@inbox.lv;EUR 80,20',
				'7003;27.02.2024;Anna Bērziņš;klients011@inbox.lv;EUR 8,20'
			],
			expected: { customer: 'E-pasts', customerEmail: undefined, fullName: 'Klients' }
		},
		{
			what: 'lv: "Klients 46" is neither a name nor an id: as before',
			lines: [
				'Pasūtījuma nr.;Datums;Klients;E-pasts;Summa',
				'7001;05.02.2024;Klients 46;klients046@inbox.lv;EUR 20,00',
				'7002;26.02.2024;Klients 10;klients010@inbox.lv;EUR 80,20'
			],
			expected: { customer: 'Klients', customerEmail: 'E-pasts', fullName: undefined }
		},
		{
			what: 'nl: names in "Klant" before "Klant e-mail"',
			lines: [
				'Bestelnummer;Besteldatum;Klant;Klant e-mail;Totaal',
				'7001;05-02-2024;Jan de Vries;jan@voorbeeld.nl;€ 20,00',
				'7002;26-02-2024;Jan de Vries;jan.devries@elders.nl;€ 80,20'
			],
			expected: { customer: 'Klant e-mail', customerEmail: undefined, fullName: 'Klant' }
		},
		{
			what: 'zh: names in 客户 before 邮箱',
			lines: [
				'订单号,客户,邮箱,下单时间,金额',
				'1001,张伟,zw1@qq.com,2025-03-01 10:00,120.00',
				'1002,张伟,zw2@qq.com,2025-03-02 11:00,80.00',
				'1003,李娜,ln@qq.com,2025-03-05 09:00,99.00'
			],
			expected: { customer: '邮箱', customerEmail: undefined, fullName: '客户' }
		},
		{
			what: 'zh: a Taobao buyer account that looks like a name stays the customer',
			lines: [
				'订单编号,买家会员名,买家实际支付金额,订单创建时间',
				'1001,王小明,120.00,2025-03-01 10:00',
				'1002,李娜,80.00,2025-03-02 11:00'
			],
			expected: { customer: '买家会员名', customerEmail: undefined, fullName: undefined }
		},
		{
			what: 'ru: names in "Клиент" with a phone only: the phone',
			lines: [
				'Номер заказа;Дата;Клиент;Телефон;Сумма',
				'1;10.05.2025;Иванов Иван;+7 (916) 123-45-67;3 248,00',
				'2;11.05.2025;Иванов Иван;+7 (926) 555-44-33;1 200,00'
			],
			expected: { customer: 'Телефон', customerEmail: undefined, fullName: 'Клиент' }
		},
		{
			what: 'ru: names in "Покупатель" beside "Email клиента"',
			lines: [
				'Номер заказа;Дата;Покупатель;Email клиента;Сумма',
				'1;10.05.2025;Петрова Анна;anna@mail.ru;3 248,00',
				'2;11.05.2025;Сидоров Пётр;petr@mail.ru;1 200,00'
			],
			expected: { customer: 'Email клиента', customerEmail: undefined, fullName: 'Покупатель' }
		},
		{
			what: 'de: a customer number before the e-mail it comes after in the headers’ order',
			lines: [
				'Bestellnummer;Datum;E-Mail;Kundennummer;Betrag',
				'5001;05.02.2025;hans@beispiel.de;10457;20,00',
				'5002;06.02.2025;;10458;30,00',
				'5003;07.02.2025;hans.mueller@neu.de;10457;40,00',
				'5004;08.02.2025;eva@beispiel.de;10459;15,00',
				'5005;09.02.2025;jan@beispiel.de;10460;25,00',
				'5006;10.02.2025;ute@beispiel.de;10458;35,00'
			],
			expected: { customer: 'Kundennummer', customerEmail: 'E-Mail', fullName: undefined }
		},
		{
			what: 'de: names in "Kunde" beside "Kundennummer", no e-mail: the number',
			lines: [
				'Bestellnummer;Datum;Kunde;Kundennummer;Betrag',
				'5001;05.02.2025;Hans Müller;10457;20,00',
				'5002;06.02.2025;Hans Müller;10999;30,00'
			],
			expected: { customer: 'Kundennummer', customerEmail: undefined, fullName: 'Kunde' }
		}
	])('$what', ({ lines, expected }) => {
		expect(customerRoles(lines)).toEqual(expected);
	});

	it('leaves a recognised export’s customer as its layout says (WooCommerce Analytics’ "Customer" is a name)', () => {
		const lines = [
			'Date,Order #,Status,Customer,Customer type,Product(s),Items sold,Coupon(s),Net Sales (formatted),Attribution',
			'2024-03-01,1001,Completed,Ann Berg,new,Hoodie,1,,30.00,Direct'
		];
		expect(customerRoles(lines).customer).toBe('Customer');
	});
});

describe('an export whose customer numbers fill every row and whose e-mail some rows leave empty', () => {
	// Phone orders have no e-mail ("" or "-"); every row has its customer number.
	const rows = [
		'INV-1,2024-01-05,CU1,cu1@shop.test,10.00',
		'INV-2,2024-01-06,CU2,,20.00',
		'INV-3,2024-02-05,CU1,,30.00',
		'INV-4,2024-02-06,CU3,-,40.00',
		'INV-5,2024-03-01,CU2,cu2@shop.test,5.00'
	];

	it.each(['Customer', 'Customer ID', 'Customer no.'])(
		'counts every row, by its number, under "%s"',
		async (header) => {
			const { report } = await importOrdersText(`Invoice,Date,${header},Email,Amount\n` + rows.join('\n') + '\n');
			// Hand-worked: 5 orders of CU1 (10 + 30), CU2 (20 + 5) and CU3 (40); no row skipped (was 2
			// orders, 2 customers, 15.00: the e-mail was the customer, and three rows had none).
			expect(headline(report)).toEqual({ orders: 5, customers: 3, revenue: 105 });
			expect(report.skipped).toEqual({});
		}
	);

	it('still tells a row whose number is empty by its e-mail, and joins it to that customer', async () => {
		const { report } = await importOrdersText(
			'Invoice,Date,Customer,Email,Amount\n' + [...rows, 'INV-6,2024-03-02,,cu1@shop.test,7.00'].join('\n') + '\n'
		);
		// CU1's sixth order, by the e-mail of CU1's first: 6 orders, 3 customers, 112.
		expect(headline(report)).toEqual({ orders: 6, customers: 3, revenue: 112 });
	});
});

describe('a file whose customer column holds names beside an e-mail column', () => {
	it('counts two people of one name apart, by their e-mails', async () => {
		const { report, result } = await importOrdersText(
			'订单号,客户,邮箱,下单时间,金额\n' +
				'1001,张伟,zw1@qq.com,2024-03-01 10:00,120.00\n' +
				'1002,张伟,zw2@qq.com,2024-03-02 11:00,80.00\n' +
				'1003,李娜,ln@qq.com,2024-03-05 09:00,99.00\n' +
				'1004,张伟,zw1@qq.com,2024-04-01 10:00,50.00\n'
		);
		// Hand-worked: zw1 (120 + 50), zw2 (80), ln (99): 3 customers, one of them a repeat (was 2: both 张伟 one).
		expect(headline(report)).toEqual({ orders: 4, customers: 3, revenue: 349 });
		expect(result.customers).toEqual(['zw1@qq.com', 'zw2@qq.com', 'ln@qq.com']);
	});
});

describe('placeholders in both the customer id and the e-mail', () => {
	it('skip the row as a guest’s, not as one customer named "-"', async () => {
		const { report } = await importOrdersText(
			'Invoice,Date,Customer ID,Email,Amount\n' +
				'1,2024-01-05,CU1,cu1@shop.test,10.00\n' +
				'2,2024-01-06,-,-,20.00\n' +
				'3,2024-01-07,-,-,30.00\n' +
				'4,2024-01-08,-,cu1@shop.test,5.00\n'
		);
		// Hand-worked: CU1's 10 and, by its e-mail, 5; rows 3 and 4 are guests with nothing to tell
		// them apart (was 3 orders of 2 customers, 65.00: "-" one customer).
		expect(headline(report)).toEqual({ orders: 2, customers: 1, revenue: 15 });
		expect(report.skipped.guestCustomer?.count).toBe(2);
	});
});
