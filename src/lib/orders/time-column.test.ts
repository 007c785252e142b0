import { describe, expect, it } from 'vitest';
import { indexCustomers } from '$lib/analysis/customers';
import type { OrdersResult } from './accumulate';
import { inspectSample } from './inspect';
import { normaliseHeader, recogniseLayout } from './layouts';
import { runImport } from './pipeline';
import { zoneSuffix } from './sniff/dates';
import { importOrdersText, rangesOf, sampleOf, sourceOf, TEST_TODAY } from './test-support';

/** Each customer's first order id (`order[offset[c]]`), by customer. */
function firstOrderIds(result: OrdersResult): Record<string, string> {
	const index = indexCustomers(result.columns, result.customers.length);
	const ids = result.orderIds!;
	return Object.fromEntries(result.customers.map((c, k) => [c, ids.get(index.order[index.offset[k]])]));
}

/** Each customer's first order's product. */
function firstProducts(result: OrdersResult): Record<string, string> {
	const index = indexCustomers(result.columns, result.customers.length);
	const product = result.dimensions.product!;
	return Object.fromEntries(
		result.customers.map((c, k) => {
			const v = product.index[index.order[index.offset[k]]];
			return [c, v < 0 ? '' : product.values[v]];
		})
	);
}

const PAYPAL_HEADER =
	'"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","From Email Address","To Email Address","Transaction ID","Item Title","Reference Txn ID","Balance Impact"\n';
const paypal = (date: string, time: string, zone: string, payer: string, gross: string, id: string, item: string) =>
	`"${date}","${time}","${zone}","Buyer","Website Payment","Completed","USD","${gross}","-0.50","${gross}","${payer}","shop@x.io","${id}","${item}","","Credit"\n`;

const SQUARE_HEADER =
	'Date,Time,Time Zone,Item,Qty,Gross Sales,Discounts,Net Sales,Transaction ID,Event Type,Customer ID,Customer Name\n';

/**
 * Files with the time of day in a column of its own, newest order first (as Shopify and PayPal list
 * them). Hand-worked, each customer's orders of their first day:
 * - PayPal: a@x.io on 12/31/2023 pays TX3 at 18:40:00 PST (Mug) and, the row after, TX2 at
 *   14:05:09 PST (Tea): the first is TX2, Tea; b@x.io pays TX1 alone (Coffee).
 * - PayPal with 12-hour times: a@x.io's TX3 at "2:40:00 PM" (Mug) and TX2 at "9:05:09 AM" (Tea):
 *   the first is TX2.
 * - Square: C1 on 2024-03-01 buys T2 at 17:30:00 (Latte, two item rows) and T1 at 09:15:02
 *   (Croissant), Eastern Time both: the first is T1, Croissant; C2 buys T3 alone (Beans).
 * - "Order date" + "Order time" (day first): c1 on 05.03.2024 orders 1002 at 16:00 (Lamp) and
 *   1001 at 08:30 (Vase): the first is 1001, Vase; c2's 1003 (Rug) alone.
 * - A zone column of offsets: a's X at 01:00 "UTC+2" (23:00 UTC on the 4th, Coffee) then Y at
 *   06:00 "+09:00" (21:00 UTC on the 4th, Mug): the first is Y; read without the offsets it
 *   would be X (01:00 before 06:00).
 * Read without the time column (as before), each customer's first order was the first row of the day:
 * TX3, TX3, T2, 1002 and X.
 */
/** [what the file is, its header, its rows with `t` after every id of an order or a customer, first order ids, first products] */
const FILES: [string, string, (t: string) => string, Record<string, string>, Record<string, string>][] = [
	[
		'PayPal activity download ("Date", "Time", "TimeZone")',
		PAYPAL_HEADER,
		(t) =>
			paypal('12/31/2023', '18:40:00', 'PST', `a${t}@x.io`, '30.00', `TX3${t}`, 'Mug') +
			paypal('12/31/2023', '14:05:09', 'PST', `a${t}@x.io`, '12.00', `TX2${t}`, 'Tea') +
			paypal('12/30/2023', '10:00:00', 'PST', `b${t}@x.io`, '20.00', `TX1${t}`, 'Coffee'),
		{ 'a@x.io': 'TX2', 'b@x.io': 'TX1' },
		{ 'a@x.io': 'Tea', 'b@x.io': 'Coffee' }
	],
	[
		'PayPal activity download with 12-hour times',
		PAYPAL_HEADER,
		(t) =>
			paypal('12/31/2023', '2:40:00 PM', 'PDT', `a${t}@x.io`, '30.00', `TX3${t}`, 'Mug') +
			paypal('12/31/2023', '9:05:09 AM', 'PDT', `a${t}@x.io`, '12.00', `TX2${t}`, 'Tea') +
			paypal('12/30/2023', '10:00:00 AM', 'PDT', `b${t}@x.io`, '20.00', `TX1${t}`, 'Coffee'),
		{ 'a@x.io': 'TX2', 'b@x.io': 'TX1' },
		{ 'a@x.io': 'Tea', 'b@x.io': 'Coffee' }
	],
	[
		'Square item export ("Date", "Time", "Time Zone")',
		SQUARE_HEADER,
		(t) =>
			`2024-03-01,17:30:00,Eastern Time (US & Canada),Latte,1,$4.50,$0.00,$4.50,T2${t},Payment,C1${t},Ann Lee\n` +
			`2024-03-01,17:30:00,Eastern Time (US & Canada),Muffin,1,$3.00,$0.00,$3.00,T2${t},Payment,C1${t},Ann Lee\n` +
			`2024-03-01,09:15:02,Eastern Time (US & Canada),Croissant,2,$7.00,$0.00,$7.00,T1${t},Payment,C1${t},Ann Lee\n` +
			`2024-02-28,12:00:00,Eastern Time (US & Canada),Beans,1,$16.00,$0.00,$16.00,T3${t},Payment,C2${t},Bo Li\n`,
		{ C1: 'T1', C2: 'T3' },
		{ C1: 'Croissant', C2: 'Beans' }
	],
	[
		'"Order date" and "Order time"',
		'Order ID,Customer,Order date,Order time,Total,Product\n',
		(t) =>
			`1003${t},c2${t},06.03.2024,11:00,40.00,Rug\n` +
			`1002${t},c1${t},05.03.2024,16:00,25.00,Lamp\n` +
			`1001${t},c1${t},05.03.2024,08:30,15.00,Vase\n`,
		{ c2: '1003', c1: '1001' },
		{ c2: 'Rug', c1: 'Vase' }
	],
	[
		'a zone column of offsets ("UTC+2", "+09:00")',
		'order_id,email,date,time,time zone,total,product\n',
		(t) =>
			`X${t},a${t}@x.io,2024-02-05,01:00:00,UTC+2,25.00,Coffee\n` +
			`Y${t},a${t}@x.io,2024-02-05,06:00:00,+09:00,8.00,Mug\n`,
		{ 'a@x.io': 'Y' },
		{ 'a@x.io': 'Mug' }
	]
];

describe('a time of day in a column of its own', () => {
	it.each(FILES)(
		'is read in a %s: the earlier order of a day is the first',
		async (_, header, rows, ids, products) => {
			const { result } = await importOrdersText(header + rows(''));
			expect(firstOrderIds(result)).toEqual(ids);
			expect(firstProducts(result)).toEqual(products);
		}
	);

	it.each(FILES)('is read alike in byte ranges (%s)', async (_, header, rows) => {
		// 60 copies of the file's orders, each of customers and orders of their own, read in four ranges.
		let text = header;
		for (let copy = 0; copy < 60; copy++) text += rows(`-${copy}`);
		const bytes = new TextEncoder().encode(text);
		const { plan } = inspectSample(sampleOf('orders.csv', bytes));
		const whole = await runImport([sourceOf(bytes, plan, 4096)], { today: TEST_TODAY });
		const timings = { mergeMs: 0, merged: false };
		const ranged = await runImport([{ ...sourceOf(bytes, plan, 4096), ranges: rangesOf(bytes, 4, TEST_TODAY) }], {
			today: TEST_TODAY,
			timings
		});
		expect(timings.merged).toBe(true);
		if (whole.kind !== 'orders' || ranged.kind !== 'orders') throw new Error('not orders');
		// Each copy has one customer whose first order by time is not the first row of their day.
		expect(whole.columns.firstOfDay!.length).toBe(60);
		expect(Array.from(ranged.columns.firstOfDay!)).toEqual(Array.from(whole.columns.firstOfDay!));
		expect(firstOrderIds(ranged)).toEqual(firstOrderIds(whole));
	});

	it('where it is empty, leaves the order without a time (the date cell’s, where it has one)', async () => {
		// a: 2 at 15:00, 3 without a time, 1 at 09:00: the first is 1 (an order without a time is
		// passed over, the timed ones compared). b: 5 without a time first, then 4 at 12:00: an order
		// without a time keeps its place, so 5. c: 6's time cell is empty but its date cell has 18:00,
		// 7 at 07:00: the first is 7.
		const { result } = await importOrdersText(
			'order_id,email,date,time,total,product\n' +
				'2,a@x.io,2024-02-01,15:00,10.00,Late\n' +
				'3,a@x.io,2024-02-01,,10.00,NoTime\n' +
				'1,a@x.io,2024-02-01,09:00,10.00,Early\n' +
				'5,b@x.io,2024-02-02,,10.00,NoTime\n' +
				'4,b@x.io,2024-02-02,12:00,10.00,Noon\n' +
				'6,c@x.io,2024-02-03 18:00,,10.00,Evening\n' +
				'7,c@x.io,2024-02-03,07:00,10.00,Morning\n'
		);
		expect(firstOrderIds(result)).toEqual({ 'a@x.io': '1', 'b@x.io': '5', 'c@x.io': '7' });
		expect(firstProducts(result)).toEqual({ 'a@x.io': 'Early', 'b@x.io': 'NoTime', 'c@x.io': 'Morning' });
	});

	it.each([
		['ISO with seconds', '2023-12-31 00:00:00', '2023-12-30 00:00:00'],
		['month first, hours alone', '12/31/2023 0:00', '12/30/2023 0:00'],
		['ISO with a T', '2023-12-31T00:00:00', '2023-12-30T00:00:00']
	])('wins over a midnight the date cell carries on every row (%s)', async (_, day, dayBefore) => {
		// A database's DATETIME column beside its TIME column: a@x.io's orders of 31 Dec are 2 at
		// 18:40 and then 1 at 14:05:09, so the first is 1 (Early), not the first row.
		const { result } = await importOrdersText(
			'Order ID,Order date,Order time,Email,Total,Product\n' +
				`2,${day},18:40:00,a@x.io,30,Late\n` +
				`1,${day},14:05:09,a@x.io,12,Early\n` +
				`0,${dayBefore},10:00:00,b@x.io,5,Other\n`
		);
		expect(firstOrderIds(result)).toEqual({ 'a@x.io': '1', 'b@x.io': '0' });
		expect(firstProducts(result)).toEqual({ 'a@x.io': 'Early', 'b@x.io': 'Other' });
	});

	it('keeps files without times as they were: no time column made', async () => {
		const { result } = await importOrdersText(
			'order_id,email,date,time,total\n2,a@x.io,2024-02-01,,10.00\n1,a@x.io,2024-02-01,,10.00\n'
		);
		expect(result.columns.firstOfDay).toBeUndefined();
		expect(firstOrderIds(result)).toEqual({ 'a@x.io': '2' });
	});
});

describe('the time and time-zone columns, by their headers', () => {
	const times = ['09:15:02', '14:05'];
	it.each([
		// headers, the date, time and zone columns expected (-1: none)
		['Date,Time,TimeZone,Gross,Transaction ID,From Email Address', 0, 1, 2],
		['Date,Time,Time Zone,Net Sales,Transaction ID,Customer ID', 0, 1, 2],
		['Order date,Order time,Total,Customer', 0, 1, -1],
		['Datums,Laiks,Summa,Klients', 0, 1, -1],
		['Дата,Время,Часовой пояс,Сумма,Клиент', 0, 1, 2],
		['日期,时间,时区,金额,客户', 0, 1, 2],
		['Datum,Tijd,Tijdzone,Bedrag,Klant', 0, 1, 2],
		['Datum,Uhrzeit,Zeitzone,Betrag,Kunde', 0, 1, 2],
		// Shopify's "Created at" has the time itself: no column of its own.
		['Name,Email,Financial Status,Created at,Total', 3, -1, -1]
	])('%s: date %i, time %i, zone %i', (headers, date, time, zone) => {
		const header = headers.split(',');
		const rows = times.map((t) =>
			header.map((h) => (normaliseHeader(h).match(/^(time|order time|laiks|время|时间|tijd|uhrzeit)$/) ? t : 'x'))
		);
		const { mapping } = recogniseLayout([header, ...rows], ',');
		expect(mapping.date).toBe(date);
		expect(mapping.time ?? -1).toBe(time);
		expect(mapping.timeZone ?? -1).toBe(zone);
	});

	it.each([
		['durations', ['2 days', '3 days']],
		['words', ['morning', 'evening']],
		['nothing', ['', '']]
	])('are not a time column where its values are %s', (_, values) => {
		const { mapping } = recogniseLayout(
			[['Date', 'Time', 'Total', 'Customer'], ...values.map((v) => ['2024-02-01', v, '10', 'a'])],
			','
		);
		expect(mapping.time).toBeUndefined();
	});
});

describe('a time-zone cell', () => {
	it.each([
		['+01:00', ' +01:00'],
		['-0500', ' -05:00'],
		['UTC+1', ' +01:00'],
		['GMT-05:00', ' -05:00'],
		['UTC−3', ' -03:00'],
		['(UTC+02:00) Helsinki, Kyiv, Riga', ' +02:00'],
		['UTC+5:30', ' +05:30'],
		['UTC', ' +00:00'],
		['GMT', ' +00:00'],
		['Z', ' +00:00'],
		// Named zones: not resolved (their offset depends on the day's daylight saving), read as one zone.
		['PST', ''],
		['Eastern Time (US & Canada)', ''],
		['Europe/Riga', ''],
		['', ''],
		['+15:00', '']
	])('%j adds %j after a time', (zone, suffix) => {
		expect(zoneSuffix(zone)).toBe(suffix);
	});
});
