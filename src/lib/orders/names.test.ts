import { describe, expect, it } from 'vitest';
import { inspectSample } from './inspect';
import { NAME_SEPARATOR, readName } from './names';
import { runImport, type ImportSource } from './pipeline';
import { importWholeAndRanged, sampleOf, sourceOf } from './test-support';

const TODAY = 20_000; // 2024-10-04
const encoder = new TextEncoder();

function sourceOfText(name: string, text: string): ImportSource {
	const bytes = encoder.encode(text);
	return sourceOf(bytes, inspectSample(sampleOf(name, bytes)).plan);
}

/** Each customer's stored name, by customer id (null: the data set has no names). */
async function namesOf(...texts: string[]): Promise<Record<string, string | null> | null> {
	const result = await runImport(
		texts.map((text, i) => sourceOfText(`f${i}.csv`, text)),
		{ today: TODAY }
	);
	if (result.kind !== 'orders') throw new Error('not orders');
	const names = result.names ?? null;
	if (!names) return null;
	expect(names.index).toBeInstanceOf(Int32Array);
	expect(names.index.length).toBe(result.customers.length);
	return Object.fromEntries(
		result.customers.map((id, c) => [id, names.index[c] < 0 ? null : names.values[names.index[c]]])
	);
}

const parts = (first: string, last: string) => first + NAME_SEPARATOR + last;

describe('customers’ names on import', () => {
	it('keeps the latest order’s non-empty Shopify Billing Name (else Shipping Name), per customer', async () => {
		const shopify =
			'Name,Email,Financial Status,Created at,Total,Lineitem quantity,Lineitem name,Lineitem price,Cancelled at,Billing Name,Shipping Name\n' +
			'#1,a@x.io,paid,2023-01-05 10:00:00 +0100,30.00,1,Mug,30.00,,Anna Bērziņa,Anna B\n' +
			// a later order with another name: the latest wins
			'#2,a@x.io,paid,2023-02-05 10:00:00 +0100,10.00,1,Tea,10.00,,Anna Ozola,\n' +
			// a later order with no name: does not erase it
			'#3,a@x.io,paid,2023-03-05 10:00:00 +0100,10.00,1,Tea,10.00,,,\n' +
			// a cancelled order: not a purchase, its name is not kept
			'#4,a@x.io,paid,2023-04-05 10:00:00 +0100,10.00,1,Tea,10.00,2023-04-06 10:00:00 +0100,Mallory,\n' +
			// an earlier order listed later in the file: not the latest
			'#5,b@x.io,paid,2023-05-05 10:00:00 +0100,8.00,1,Honey,8.00,,"=HYPERLINK(""x"")",\n' +
			'#6,b@x.io,paid,2023-04-05 10:00:00 +0100,8.00,1,Honey,8.00,,Ben Old,\n' +
			'#7,c@x.io,paid,2023-04-05 10:00:00 +0100,8.00,1,Honey,8.00,,,\n';
		expect(await namesOf(shopify)).toEqual({
			'a@x.io': 'Anna Ozola',
			'b@x.io': '=HYPERLINK("x")',
			'c@x.io': null
		});
	});

	it('keeps WooCommerce first and last billing names as parts', async () => {
		const woo =
			'Order ID,Order Date,Order Total,Billing Email,First Name (Billing),Last Name (Billing),Status\n' +
			'501,2023-05-01,54.99,jane@shop.test,Jane,Doe,completed\n' +
			'502,2023-05-03,20.00,mike@shop.test,Mike,,processing\n' +
			'503,2023-05-04,20.00,li@shop.test,,,processing\n';
		expect(await namesOf(woo)).toEqual({
			'jane@shop.test': parts('Jane', 'Doe'),
			'mike@shop.test': parts('Mike', ''),
			'li@shop.test': null
		});
		expect(readName(parts('Mike', ''))).toEqual({ kind: 'parts', first: 'Mike', last: '' });
	});

	it.each([
		[
			'generic first_name / last_name',
			'order_id,email,date,total,first_name,last_name\n1,a@x.io,2023-01-01,5,Jan,de Vries\n',
			{ 'a@x.io': parts('Jan', 'de Vries') }
		],
		[
			'generic name beside an order id',
			'order_id,email,date,total,name\n1,a@x.io,2023-01-01,5,Jan de Vries\n',
			{ 'a@x.io': 'Jan de Vries' }
		],
		[
			'Latvian vārds / uzvārds',
			'Klients;Datums;Summa;Vārds;Uzvārds\nK1;2023-01-01;5;Anna;Liepa\n',
			{ K1: parts('Anna', 'Liepa') }
		],
		['Russian ФИО', 'Клиент;Дата;Сумма;ФИО\nK1;2023-01-01;5;Иван Петров\n', { K1: 'Иван Петров' }],
		['Chinese 姓名', '客户,日期,金额,姓名\nK1,2023-01-01,5,李伟\n', { K1: '李伟' }],
		[
			'Dutch voornaam / achternaam',
			'Klant;Datum;Bedrag;Voornaam;Achternaam\nK1;2023-01-01;5;Jan;Jansen\n',
			{ K1: parts('Jan', 'Jansen') }
		]
	])('reads %s', async (_, text, expected) => {
		expect(await namesOf(text)).toEqual(expected);
	});

	it('stores no names when the file has no name column', async () => {
		expect(await namesOf('customer,date,total\na,2023-01-01,5\n')).toBeNull();
	});

	it('keeps names across files, the latest order’s winning', async () => {
		const jan = 'order_id,email,date,total,name\n1,a@x.io,2023-02-01,5,Anna New\n';
		const feb = 'order_id,email,date,total\n2,a@x.io,2023-03-01,5\n3,b@x.io,2023-03-01,5\n';
		const old = 'order_id,email,date,total,name\n4,a@x.io,2023-01-01,5,Anna Old\n';
		expect(await namesOf(jan, feb, old)).toEqual({ 'a@x.io': 'Anna New', 'b@x.io': null });
	});

	it('gives the same names read in byte ranges as read whole', async () => {
		let text = 'order_id,email,date,total,name\n';
		for (let i = 0; i < 400; i++)
			text += `${i},c${i % 37}@x.io,2023-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)},5,Name ${i}\n`;
		const bytes = encoder.encode(text);
		const plan = inspectSample(sampleOf('f.csv', bytes)).plan;
		const { whole, ranged } = await importWholeAndRanged(bytes, plan, TODAY);
		const named = (r: typeof whole) =>
			r.customers.map((id, c) => [id, r.names!.values[r.names!.index[c]]] as const).sort();
		expect(named(ranged)).toEqual(named(whole));
		// c0 bought in orders 0, 37, 74, …: its latest (month 12 day 9 is i = 359; ties go to the later row)
		const latest = (c: number) => {
			let best = -1;
			let bestKey = '';
			for (let i = c; i < 400; i += 37) {
				const key = `${String(1 + (i % 12)).padStart(2, '0')}-${1 + (i % 9)}`;
				if (key >= bestKey) {
					best = i;
					bestKey = key;
				}
			}
			return `Name ${best}`;
		};
		expect(Object.fromEntries(named(whole))['c0@x.io']).toBe(latest(0));
		expect(Object.fromEntries(named(whole))['c5@x.io']).toBe(latest(5));
	});
});
