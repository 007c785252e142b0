import { describe, expect, it } from 'vitest';
import { isoFromDay } from '$lib/format/date';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import { sampleOf, sourceOf } from './test-support';

const TODAY = 20_000;

async function importText(lines: string[]) {
	const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
	const { plan } = inspectSample(sampleOf('orders.csv', bytes));
	const result = await runImport([sourceOf(bytes, plan, 13)], { today: TODAY });
	if (result.kind !== 'orders') throw new Error('expected orders');
	const orders = Array.from({ length: result.columns.count }, (_, i) => [
		result.orderIds?.get(i),
		result.customers[result.columns.customer[i]],
		isoFromDay(result.columns.day[i]),
		result.columns.amount[i]
	]);
	return { result, orders, warning: (code: string) => result.report.warnings.find((w) => w.code === code) };
}

describe('rows of one order id', () => {
	it.each([
		{
			name: 'same customer and day: one order of several line items',
			rows: ['1,a,2023-01-05,10', '1,a,2023-01-05,', '1,a,2023-01-06,'],
			orders: [['1', 'a', '2023-01-05', 10]],
			reused: 0,
			lineItems: 2
		},
		{
			name: 'another customer: another order, keyed by id and customer',
			rows: ['1,a,2023-01-05,10', '1,b,2023-01-05,20', '1,c,2023-01-05,30'],
			orders: [
				['1', 'a', '2023-01-05', 10],
				['1', 'b', '2023-01-05', 20],
				['1', 'c', '2023-01-05', 30]
			],
			reused: 2,
			lineItems: 0
		},
		{
			name: 'the same customer two days later: another order',
			rows: ['7,a,2023-01-05,10', '7,a,2023-01-07,15'],
			orders: [
				['7', 'a', '2023-01-05', 10],
				['7', 'a', '2023-01-07', 15]
			],
			reused: 1,
			lineItems: 0
		},
		{
			name: 'a line with no customer stays with its order',
			rows: ['1,a,2023-01-05,10', '1,,2023-01-05,'],
			orders: [['1', 'a', '2023-01-05', 10]],
			reused: 0,
			lineItems: 1
		},
		{
			name: 'a customer coming back to the id later: a duplicate of that customer’s order, not a new one',
			rows: ['1,a,2023-01-05,10', '1,b,2023-01-05,20', '1,a,2023-01-05,10'],
			orders: [
				['1', 'a', '2023-01-05', 10],
				['1', 'b', '2023-01-05', 20]
			],
			reused: 1,
			lineItems: 0,
			duplicates: 1
		}
	])('$name', async ({ rows, orders, reused, lineItems, duplicates }) => {
		const got = await importText(['order_id,customer_id,order_date,total', ...rows]);
		expect(got.orders).toEqual(orders);
		expect(got.result.report.lineItemRows).toBe(lineItems);
		expect(got.result.report.duplicates.count).toBe(duplicates ?? 0);
		const warning = got.warning('orderIdReused');
		if (reused === 0) expect(warning).toBeUndefined();
		else expect(warning).toMatchObject({ count: reused, ids: 1 });
	});

	it('adds line items of a reused id to the right customer’s order (quantity × price)', async () => {
		const got = await importText([
			'order_id,customer_id,order_date,quantity,unit_price',
			'1,a,2023-01-05,1,10',
			'1,a,2023-01-05,2,5',
			'1,b,2023-01-05,1,7',
			'1,b,2023-01-05,1,3',
			'1,a,2023-01-05,1,1'
		]);
		expect(got.orders).toEqual([
			['1', 'a', '2023-01-05', 21],
			['1', 'b', '2023-01-05', 10]
		]);
	});
});

describe('control characters', () => {
	it('are removed from customer ids, order ids and labels, and the rows are counted', async () => {
		const got = await importText([
			'order_id,customer_id,order_date,total,country',
			'1,C1,2023-01-05,10,LV',
			'2\u0000,C1\u0000,2023-01-06,10,L\u0007V',
			'3,C2,2023-01-07,10,EE',
			// (enough ordinary rows that three control characters do not make the file look binary)
			...Array.from({ length: 30 }, (_, i) => `${i + 4},C3,2023-02-01,1,EE`)
		]);
		expect(got.orders.slice(0, 3).map((o) => o[1])).toEqual(['C1', 'C1', 'C2']);
		expect(got.orders.slice(0, 3).map((o) => o[0])).toEqual(['1', '2', '3']);
		expect(got.result.report.customers).toBe(3);
		expect(got.result.dimensions.country?.values).toEqual(['LV', 'EE']);
		expect(got.warning('controlCharacters')).toMatchObject({ count: 1, examples: [{ row: 3 }] });
	});

	it('are not said of a quoted cell written on two lines: its line break is a space', async () => {
		const got = await importText([
			'order_id,customer_id,order_date,total,product',
			'1,C1,2023-01-05,10,"Linen apron\r\nnatural"',
			'2,C1,2023-01-06,10,"Tea\ttowel"',
			'3,C2,2023-01-07,10,Mug'
		]);
		const items = got.result.items!;
		expect([...items.product.subarray(0, 3)].map((p) => items.values[p])).toEqual([
			'Linen apron natural',
			'Tea towel',
			'Mug'
		]);
		expect(got.warning('controlCharacters')).toBeUndefined();
	});
});

describe('negative rows are returns', () => {
	it('are netted into the latest earlier order and counted as returns, not refunds', async () => {
		const got = await importText([
			'customer_id,order_date,total',
			'a,2023-01-05,100',
			'a,2023-01-10,-40',
			'b,2023-01-11,-5'
		]);
		expect(got.orders).toEqual([[undefined, 'a', '2023-01-05', 60]]);
		expect(got.result.report.refunds.refundedAmount).toBe(0);
		expect(got.result.report.revenueBreakdown).toMatchObject({
			grossSales: 100,
			returns: 40,
			netSales: 60,
			returnsWithoutOrder: 5
		});
	});
});
