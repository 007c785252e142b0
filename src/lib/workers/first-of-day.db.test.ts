import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyse } from '$lib/analysis/analyse';
import { indexCustomers, type CustomerIndex } from '$lib/analysis/customers';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/settings';
import { chunkKey, db } from '$lib/db/database';
import { loadOrders, storeImport } from '$lib/db/datasets';
import { importOrdersText } from '$lib/orders/test-support';
import { firstOrderSummary } from './analysis-first-order';
import { NO_CUSTOMER_ACTIONS } from './analysis-worker.test-support';

/**
 * A Shopify export, newest order first. Each customer's orders of their first day, by time:
 * a: #1001 09:15 Tea before #1003 16:45 Coffee; b: #1002 10:00 Mug before #1004 18:30 Tea;
 * c: #1006 06:00 +0900 Mug (21:00 UTC the day before) before #1007 01:00 +0200 Coffee (23:00 UTC);
 * d: #1008 Coffee alone. By first product: Mug 2 (b, c), Coffee 1, Tea 1; in file order (as data sets
 * stored before the times were kept read): Coffee 3 (a, c, d), Mug 1 (a: #1003 has Coffee and Mug), Tea 1.
 */
const SHOPIFY =
	'Name,Email,Financial Status,Created at,Currency,Subtotal,Total,Lineitem quantity,Lineitem name,Lineitem price,Source\n' +
	'#1008,d@x.io,paid,2024-02-09 12:00:00 +0200,EUR,40.00,40.00,1,Coffee,40.00,web\n' +
	'#1007,c@x.io,paid,2024-02-05 01:00:00 +0200,EUR,25.00,25.00,1,Coffee,25.00,web\n' +
	'#1006,c@x.io,paid,2024-02-05 06:00:00 +0900,EUR,8.00,8.00,1,Mug,8.00,app\n' +
	'#1004,b@x.io,paid,2024-02-01 18:30:00 +0200,EUR,15.00,15.00,1,Tea,15.00,pos\n' +
	'#1003,a@x.io,paid,2024-02-01 16:45:00 +0200,EUR,30.00,30.00,1,Coffee,25.00,pos\n' +
	'#1003,a@x.io,,,,,,1,Mug,5.00,\n' +
	'#1002,b@x.io,paid,2024-02-01 10:00:00 +0200,EUR,12.00,12.00,1,Mug,12.00,web\n' +
	'#1001,a@x.io,paid,2024-02-01 09:15:00 +0200,EUR,10.00,10.00,1,Tea,10.00,web\n';

async function storedShopify(name: string) {
	const { result } = await importOrdersText(SHOPIFY);
	const expected = Array.from(result.columns.firstOfDay!);
	const id = await storeImport(result, name);
	return { id, expected };
}

async function groupsOf(id: number, index: (columns: Awaited<ReturnType<typeof loadOrders>>) => CustomerIndex) {
	const dataset = (await db().datasets.get(id))!;
	const orders = await loadOrders(id, { customers: false });
	const summary = await firstOrderSummary(
		dataset,
		orders,
		'product',
		() => index(orders),
		() => NO_CUSTOMER_ACTIONS
	);
	return summary.breakdown.groups.map((g) => [g.kind === 'value' ? g.value : g.kind, g.customers]);
}

describe('the first order of a day by time, stored with the data set', () => {
	it('is read back with the orders: the first-order breakdown of the reopened data set groups by the earlier order', async () => {
		const { id, expected } = await storedShopify('Newest first');
		expect(expected).toEqual([2, 5, 6]);
		const orders = await loadOrders(id, { customers: false });
		expect(Array.from(orders.columns.firstOfDay!)).toEqual(expected);
		const byTime = [
			['Mug', 2],
			['Coffee', 1],
			['Tea', 1]
		];
		// The worker's index: the one of the last analysis of the whole history, else (after an analysis
		// of a date range, whose index holds the range's orders alone) its own of all the orders.
		expect(await groupsOf(id, (o) => indexCustomers(o.columns, o.dataset.customerCount))).toEqual(byTime);
		const whole = (o: Awaited<ReturnType<typeof loadOrders>>) =>
			analyse(o.columns, o.dataset.customerCount, DEFAULT_ANALYSIS_SETTINGS).detail.index;
		expect(await groupsOf(id, whole)).toEqual(byTime);
	});

	it('is absent on a data set stored before it was kept: its first orders are in file order, as then', async () => {
		const { id } = await storedShopify('Stored before');
		const chunks = await db().keyedOrderChunks.where(':id').between([id, 0], [id, Infinity]).toArray();
		for (const chunk of chunks) {
			delete chunk.firstOfDay;
			await db().keyedOrderChunks.put(chunk, chunkKey(chunk));
		}
		const orders = await loadOrders(id, { customers: false });
		expect(orders.columns.firstOfDay).toBeUndefined();
		expect(await groupsOf(id, (o) => indexCustomers(o.columns, o.dataset.customerCount))).toEqual([
			['Coffee', 3],
			['Mug', 1],
			['Tea', 1]
		]);
	});

	it('keeps each listed order’s index across chunks', async () => {
		// 30,000 orders, every tenth one a second order of its customer's day, earlier in the day.
		let text = 'order_id,email,date,total\n';
		for (let i = 0; i < 30_000; i++) {
			const day = `2024-0${1 + (i % 9)}-1${i % 10}`;
			text += `${100_000 + i},c${i}@x.io,${day} 12:00:00,10\n`;
			if (i % 10 === 0) text += `${200_000 + i},c${i}@x.io,${day} 08:00:00,5\n`;
		}
		const { result } = await importOrdersText(text);
		const expected = Array.from(result.columns.firstOfDay!);
		expect(expected.length).toBe(3000);
		// In small chunks, as a large import is stored: many from these 33,000 orders.
		const id = await storeImport(result, 'Many chunks', { largeChunksMaxBytes: 0 });
		const dataset = (await db().datasets.get(id))!;
		expect(dataset.chunkCount).toBeGreaterThan(2);
		const orders = await loadOrders(id, { customers: false });
		expect(Array.from(orders.columns.firstOfDay!)).toEqual(expected);
	});
});
