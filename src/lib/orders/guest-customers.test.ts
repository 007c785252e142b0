import { describe, expect, it } from 'vitest';
import { isGuestId } from './accumulate';
import { findWarning } from './report';
import { headline, importOrdersText as importText } from './test-support';

describe('a guest checkout’s placeholder customer id', () => {
	it.each([
		['0', true],
		['000', true],
		['-1', true],
		['Guest', true],
		['n/a', true],
		['', false],
		['10', false],
		['00001', false],
		['guest-17', false],
		['anna@example.com', false]
	])('%j is a placeholder: %s', (id, expected) => {
		expect(isGuestId(id)).toBe(expected);
	});
});

// BigCommerce's orders export: guests have customer id 0; each has their own e-mail.
const BIGCOMMERCE =
	'"Order ID","Customer ID","Customer Name","Customer Email","Order Date","Order Status","Subtotal (ex tax)","Tax Total","Shipping Cost (ex tax)","Order Total (inc tax)","Order Currency Code"\n' +
	'"101","11","Anna Berg","anna@example.com","2024-01-15","Completed","100.00","10.00","10.00","120.00","USD"\n' +
	'"102","12","Ben Cole","ben@example.com","2024-01-20","Shipped","50.00","5.00","5.00","60.00","USD"\n' +
	'"103","0","Dan Evans","dan@example.com","2024-03-01","Completed","60.00","6.00","0.00","66.00","USD"\n' +
	'"104","0","Eve Fox","Eve@Example.com","2024-03-12","Completed","20.00","2.00","5.00","27.00","USD"\n' +
	'"105","11","Anna Berg","anna@example.com","2024-03-20","Completed","30.00","3.00","0.00","33.00","USD"\n' +
	'"106","0","Eve Fox","eve@example.com","2024-04-02","Completed","40.00","4.00","0.00","44.00","USD"\n';

describe('an export whose guests share the customer id 0', () => {
	it('maps the e-mail column as the stand-in for a guest’s id', async () => {
		const { plan } = await importText(BIGCOMMERCE);
		expect(plan.mapping.customer).toBe(1);
		expect(plan.mapping.customerEmail).toBe(3);
	});

	it('tells guests apart by their e-mail, and says so', async () => {
		const { report, result } = await importText(BIGCOMMERCE);
		// Anna (11: two orders), Ben (12), Dan and Eve (guests: one and two orders). Hand-counted.
		expect(report.ordersKept).toBe(6);
		expect(report.customers).toBe(4);
		expect(result.customers).toEqual(['11', '12', 'dan@example.com', 'eve@example.com']);
		expect(report.revenue).toBeCloseTo(100 + 50 + 60 + 20 + 30 + 40, 2);
		expect(findWarning(report.warnings, 'customerFromEmail')).toEqual({
			code: 'customerFromEmail',
			count: 3,
			examples: [
				{ file: 0, row: 4 },
				{ file: 0, row: 5 },
				{ file: 0, row: 7 }
			],
			column: 'Customer Email'
		});
	});

	it('gives the same customers and warning when read in byte ranges', async () => {
		const rows = BIGCOMMERCE.split('\n').slice(1, -1);
		const many = [BIGCOMMERCE.split('\n')[0], ...Array.from({ length: 12 }, () => rows).flat()]
			.map((line, i) => (i === 0 ? line : line.replace(/^"1(\d\d)"/, `"${1000 + i}"`)))
			.join('\n');
		const whole = await importText(many + '\n');
		const ranged = await importText(many + '\n', 3);
		expect(ranged.report.customers).toBe(4);
		expect(ranged.report.customers).toBe(whole.report.customers);
		expect(ranged.report.warnings).toEqual(whole.report.warnings);
		expect(findWarning(whole.report.warnings, 'customerFromEmail')?.count).toBe(36);
	});

	it('keeps an order’s further rows with it when only its first row has the customer id', async () => {
		const text =
			'Order ID,Customer ID,Email,Date,Product,Line Total\n' +
			'7,C-1,pat@example.com,2024-02-01,Mug,12.00\n' +
			'7,,pat@example.com,2024-02-01,Tea,8.00\n' +
			'8,,sam@example.com,2024-02-03,Mug,12.00\n';
		const { report } = await importText(text);
		expect(report.ordersKept).toBe(2);
		expect(report.customers).toBe(2);
		expect(report.revenue).toBeCloseTo(32, 2);
		expect(findWarning(report.warnings, 'orderIdReused')).toBeNull();
		expect(findWarning(report.warnings, 'customerFromEmail')?.count).toBe(1);
	});
});

describe('a payments export whose customer id is empty for some payments (Stripe)', () => {
	it('reads those payments’ customer from their e-mail instead of skipping them', async () => {
		const text =
			'id,Created date (UTC),Amount,Currency,Status,Customer ID,Customer Email\n' +
			'ch_1,2024-01-10 08:00:00,30.00,usd,Paid,,fay@example.com\n' +
			'ch_2,2024-01-15 10:23:11,100.00,usd,Paid,cus_A1,anna@example.com\n' +
			'ch_3,2024-03-20 10:00:00,60.00,usd,Paid,cus_A1,anna@example.com\n';
		const { report } = await importText(text);
		expect(report.skipped).toEqual({});
		expect(report.ordersKept).toBe(3);
		expect(report.customers).toBe(2);
	});
});

describe('a file whose customer column holds the e-mail', () => {
	it('needs no stand-in from a second e-mail column', async () => {
		const text =
			'Order,Email,Billing Email,Date,Total\n1,a@x.io,,2024-01-01,10.00\n2,b@x.io,b@x.io,2024-01-02,12.00\n';
		const { plan, report } = await importText(text);
		expect(plan.mapping.customer).toBe(1);
		expect(plan.mapping.customerEmail).toBeUndefined();
		expect(report.customers).toBe(2);
		expect(findWarning(report.warnings, 'customerFromEmail')).toBeNull();
	});
});

describe('a row with the customer id left empty, apart from its order’s other rows', () => {
	it('is a line of that order, not an order of another customer told by the e-mail', async () => {
		const { result, report } = await importText(
			'Order ID,Customer ID,Email,Date,Total,Lineitem name\n' +
				'1,123,a@x.io,2024-01-05,30.00,Mug\n' +
				'2,456,b@x.io,2024-01-06,20.00,Mug\n' +
				'1,,a@x.io,2024-01-05,30.00,Tea\n'
		);
		expect(result.columns.count).toBe(2);
		expect(report.customers).toBe(2);
		expect(report.revenue).toBe(50);
	});
});

// Anna checked out as a guest, then signed in; Ben signed in, then checked out as a guest; Dan
// only ever as a guest. Two registered customers of the shop's till share one placeholder address.
const GUESTS_WHO_REGISTERED =
	'Order ID,Customer ID,Customer Name,Customer Email,Order Date,Order Status,Order Total (inc tax)\n' +
	'201,0,Anna B,ANNA@example.com,2024-01-05,Completed,40.00\n' +
	'202,11,Anna Berg,anna@example.com,2024-02-10,Completed,50.00\n' +
	'203,12,Ben Cole,ben@example.com,2024-02-12,Completed,30.00\n' +
	'204,0,Benjamin Cole,ben@example.com,2024-03-01,Completed,20.00\n' +
	'205,0,Dan Evans,dan@example.com,2024-03-02,Completed,10.00\n' +
	'206,21,Till,till@shop.example,2024-03-03,Completed,15.00\n' +
	'207,22,Till 2,till@shop.example,2024-03-04,Completed,15.00\n' +
	'208,0,Walk-in,till@shop.example,2024-03-05,Completed,5.00\n';

describe('a guest with the e-mail of a registered customer’s orders', () => {
	it('is that customer, whether the guest order came first or last, and the report says so', async () => {
		const { result, report } = await importText(GUESTS_WHO_REGISTERED);
		// Hand-counted: 11 (201, 202), 12 (203, 204), Dan, 21, 22 and the till's address as a guest.
		expect(report.customers).toBe(6);
		expect(result.customers).toEqual(['11', '12', 'dan@example.com', '21', '22', 'till@shop.example']);
		expect([...result.columns.customer]).toEqual([0, 0, 1, 1, 2, 3, 4, 5]);
		expect(report.ordersKept).toBe(8);
		expect(report.revenue).toBeCloseTo(185, 2);
		expect(findWarning(report.warnings, 'guestsJoined')).toEqual({
			code: 'guestsJoined',
			count: 2,
			orders: 2,
			column: 'Customer Email'
		});
		expect(findWarning(report.warnings, 'customerFromEmail')?.count).toBe(4);
	});

	it('is not joined to either of two registered customers who share the e-mail', async () => {
		const { result } = await importText(GUESTS_WHO_REGISTERED);
		const till = result.customers.indexOf('till@shop.example');
		expect(result.columns.customer[7]).toBe(till);
		expect(result.columns.customer[5]).not.toBe(result.columns.customer[6]);
	});

	it('gives the joined customer the name of their latest order', async () => {
		const { result } = await importText(GUESTS_WHO_REGISTERED);
		const nameOf = (id: string) => {
			const names = result.names!;
			const index = names.index[result.customers.indexOf(id)];
			return index < 0 ? null : names.values[index];
		};
		expect(nameOf('11')).toBe('Anna Berg');
		expect(nameOf('12')).toBe('Benjamin Cole');
		expect(nameOf('dan@example.com')).toBe('Dan Evans');
	});

	it('is joined alike when the file is read in byte ranges, the guest and the registered orders in different ranges', async () => {
		const [header, ...rows] = GUESTS_WHO_REGISTERED.trimEnd().split('\n');
		const copies = Array.from({ length: 12 }, (_, copy) =>
			rows.map((row) =>
				row
					.replace(/^2(\d\d)/, (_, n) => `${copy}2${n}`)
					.replace(/,(11|12|21|22),/, (_, id) => `,${copy}${id},`)
					.replace(/@/, `${copy}@`)
			)
		).flat();
		const text = [header, ...copies].join('\n') + '\n';
		const whole = await importText(text);
		const ranged = await importText(text, 3);
		expect(whole.report.customers).toBe(6 * 12);
		expect(ranged.report.customers).toBe(whole.report.customers);
		expect(ranged.result.customers).toEqual(whole.result.customers);
		expect([...ranged.result.columns.customer]).toEqual([...whole.result.columns.customer]);
		expect(ranged.report.warnings).toEqual(whole.report.warnings);
		expect(findWarning(ranged.report.warnings, 'guestsJoined')).toMatchObject({ count: 24, orders: 24 });
	});
});

// Advantshop (abridged): a one-click order has a phone and no e-mail.
const ONE_CLICK =
	'Номер заказа;Статус;Дата;ФИО покупателя;Email;Телефон;Сумма заказа;Валюта\n' +
	'1501;Доставлен;05.01.2024 14:22;Новиков Дмитрий;d.novikov@mail.ru;+79161234567;3190,00;RUB\n' +
	'1502;Доставлен;07.01.2024 09:10;Лебедева Анна;;+7 (926) 555-44-33;8090,00;RUB\n' +
	'1503;Доставлен;01.02.2024 18:00;Лебедева Анна;;8 926 555 44 33;1200,00;RUB\n' +
	'1504;Доставлен;03.02.2024 18:00;Аноним;;-;500,00;RUB\n';

describe('an order with neither a customer id nor an e-mail, but a phone number', () => {
	it('is the customer of that number, one customer however the number is written, and the report says so', async () => {
		const { plan, report, result } = await importText(ONE_CLICK);
		expect(plan.mapping.customerPhone).toBe(5);
		// Hand-counted: Новиков, and Лебедева's two one-click orders; the order with no number is skipped.
		expect(report.ordersKept).toBe(3);
		expect(report.customers).toBe(2);
		expect(result.customers).toEqual(['d.novikov@mail.ru', 'tel:+79265554433']);
		expect(report.skipped.missingCustomer?.count).toBe(1);
		expect(findWarning(report.warnings, 'customerFromPhone')).toEqual({
			code: 'customerFromPhone',
			count: 2,
			examples: [
				{ file: 0, row: 3 },
				{ file: 0, row: 4 }
			],
			column: 'Телефон'
		});
	});

	it('gives the same customers when the file is read in byte ranges', async () => {
		const [header, ...rows] = ONE_CLICK.trimEnd().split('\n');
		const copies = Array.from({ length: 10 }, (_, copy) =>
			rows.map((row) => row.replace(/^15/, `${copy}5`).replace('555', `55${copy}`))
		).flat();
		const text = [header, ...copies].join('\n') + '\n';
		const whole = await importText(text);
		const ranged = await importText(text, 3);
		expect(whole.report.customers).toBe(11); // Новиков, and Лебедева in each copy
		expect(ranged.result.customers).toEqual(whole.result.customers);
		expect(ranged.report.warnings).toEqual(whole.report.warnings);
	});
});

describe('a guest checkout’s shared id in a file with a phone column and no e-mail', () => {
	it('is told apart by the phone number, not counted as one customer', async () => {
		const { report, result } = await importText(
			'Order ID,Customer ID,Phone,Date,Total\n' +
				'1,0,+7 916 111-22-33,2024-01-05,10.00\n' +
				'2,0,+7 903 222-33-44,2024-01-06,20.00\n' +
				'3,0,8 916 111 22 33,2024-02-05,30.00\n' +
				'4,41,,2024-02-06,40.00\n'
		);
		expect(report.ordersKept).toBe(4);
		expect(result.customers).toEqual(['tel:+79161112233', 'tel:+79032223344', '41']);
		expect(findWarning(report.warnings, 'customerFromPhone')?.count).toBe(3);
	});
});

// WooCommerce's Dutch line-item export (abridged): guests have "Klant-ID" 0, and the e-mail column's
// header, "Factuur e-mailadres", is on no list of e-mail headers.
const WOO_NL =
	'Bestelnummer,Besteldatum,Bestelstatus,Klant-ID,Factuur e-mailadres,Verzendkosten,BTW totaal,Besteltotaal,Productnaam\n' +
	'1,05-03-2024 01:09,Voltooid,0,gast1@voorbeeld.nl,4.95,4.92,28.37,Koffie\n' +
	'2,17-03-2024 02:55,Voltooid,0,gast2@voorbeeld.nl,4.95,5.60,32.25,Koffie\n' +
	'2,17-03-2024 02:55,Voltooid,0,gast2@voorbeeld.nl,4.95,5.60,32.25,Filters\n' +
	'3,24-03-2024 05:32,Voltooid,176,klant@voorbeeld.nl,4.95,1.71,9.86,Filters\n' +
	'4,02-04-2024 10:00,Voltooid,0,gast1@voorbeeld.nl,0.00,12.60,72.60,Molen\n' +
	'5,03-04-2024 11:00,Voltooid,176,klant@voorbeeld.nl,0.00,6.30,36.30,Molen\n';
/** The same without the e-mail column: nothing tells the guests apart. */
const WOO_NL_NO_EMAIL = WOO_NL.replace(/^([^,\n]*,[^,\n]*,[^,\n]*,[^,\n]*),[^,\n]*/gm, '$1');

describe('guests sharing the id 0', () => {
	it.each([
		{
			name: 'an e-mail column whose header no list names tells them apart',
			text: WOO_NL,
			// Hand-counted: guests gast1 (1, 4) and gast2 (2), customer 176 (3, 5); net = total − shipping − tax.
			figures: { orders: 5, customers: 3, revenue: 18.5 + 21.7 + 3.2 + 60 + 30 },
			guestSales: undefined,
			guestRows: undefined
		},
		{
			name: 'without an e-mail column, guests’ orders are left out, not one customer',
			text: WOO_NL_NO_EMAIL,
			// Only customer 176's orders 3 and 5; the guests' 1, 2 and 4 sold 18.50 + 21.70 + 60.00 (skipped:
			// each order's first row; order 2's second row is its further line item).
			figures: { orders: 2, customers: 1, revenue: 3.2 + 30 },
			guestSales: 18.5 + 21.7 + 60,
			guestRows: 3
		},
		{
			name: 'a placeholder other than 0 ("guest", "-1") is no customer either',
			text: WOO_NL_NO_EMAIL.replace(/^(1,[^,]*,[^,]*),0,/m, '$1,guest,').replace(
				/^(4,[^,]*,[^,]*),0,/m,
				'$1,-1,'
			),
			figures: { orders: 2, customers: 1, revenue: 3.2 + 30 },
			guestSales: 18.5 + 21.7 + 60,
			guestRows: 3
		}
	])('$name', async ({ text, figures, guestSales, guestRows }) => {
		for (const ranges of [1, 3]) {
			const { report } = await importText(text, ranges);
			expect(headline(report)).toEqual({ ...figures, revenue: expect.closeTo(figures.revenue, 2) });
			expect(report.guestSales).toEqual(guestSales === undefined ? undefined : expect.closeTo(guestSales, 2));
			expect(report.skipped.guestCustomer?.count).toBe(guestRows);
			expect(report.customerlessSales).toEqual(
				guestSales === undefined ? undefined : expect.closeTo(guestSales, 2)
			);
		}
	});

	it('maps the unlisted e-mail column only where its values are addresses', async () => {
		const { plan } = await importText(WOO_NL);
		expect(plan.mapping.customerEmail).toBe(4);
		const optIn = WOO_NL.replace('Factuur e-mailadres', 'E-mail opt-in').replace(/[a-z0-9]+@voorbeeld\.nl/g, 'ja');
		expect((await importText(optIn)).plan.mapping.customerEmail).toBeUndefined();
	});

	it('takes an unlisted e-mail column as the customer where the file has no customer column', async () => {
		const { plan, report } = await importText(WOO_NL.replace('Klant-ID', 'Notitie'));
		expect(plan.mapping.customer).toBe(4);
		expect(report.customers).toBe(3);
	});
});
