import { describe, expect, it } from 'vitest';
import { indexCustomers } from '$lib/analysis/customers';
import { affinityCounts } from '$lib/analysis/affinity';
import { firstOrderBreakdown, type FirstOrderGroup } from '$lib/analysis/first-order';
import type { OrdersResult } from './accumulate';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import { readRange } from './ranges';
import { importOrdersText, importOrderTexts, rangesOf, sampleOf, sourceOf, TEST_TODAY } from './test-support';

/**
 * A Shopify orders export, newest order first (as Shopify lists them), one row per line item.
 * Hand-worked, each customer's orders of their first day:
 * - a@x.io, 2024-02-01: #1003 at 16:45 (Coffee, then a Mug line) and #1001 at 09:15 (Tea): the
 *   first order is #1001, Tea, though #1003 is the earlier row (and a's next purchase day is
 *   2024-02-20, #1009, Lid);
 * - b@x.io, 2024-02-01: #1004 at 18:30 (Tea) and #1002 at 10:00 (Mug): the first is #1002, Mug;
 * - c@x.io, 2024-02-05: #1007 at 01:00 +0200 (Coffee; 23:00 UTC on the 4th) and #1006 at
 *   06:00 +0900 (Mug; 21:00 UTC on the 4th): the first is #1006, Mug; read as written, without
 *   the offsets, it would be #1007;
 * - d@x.io: one order (#1008, Feb 9, Coffee): nothing to decide.
 * So by first product: Mug 2 (b, c), Tea 1 (a), Coffee 1 (d). In file order (as before):
 * Coffee 3 (a, c, d), Tea 1 (b).
 */
const HEADER =
	'Name,Email,Financial Status,Created at,Currency,Subtotal,Total,Lineitem quantity,Lineitem name,Lineitem price,Source\n';
const ROWS = [
	'#1009,a@x.io,paid,2024-02-20 10:00:00 +0200,EUR,20.00,20.00,1,Lid,20.00,web',
	'#1008,d@x.io,paid,2024-02-09 12:00:00 +0200,EUR,40.00,40.00,1,Coffee,40.00,web',
	'#1007,c@x.io,paid,2024-02-05 01:00:00 +0200,EUR,25.00,25.00,1,Coffee,25.00,web',
	'#1006,c@x.io,paid,2024-02-05 06:00:00 +0900,EUR,8.00,8.00,1,Mug,8.00,app',
	'#1004,b@x.io,paid,2024-02-01 18:30:00 +0200,EUR,15.00,15.00,1,Tea,15.00,pos',
	'#1003,a@x.io,paid,2024-02-01 16:45:00 +0200,EUR,30.00,30.00,1,Coffee,25.00,pos',
	'#1003,a@x.io,,,,,,1,Mug,5.00,',
	'#1002,b@x.io,paid,2024-02-01 10:00:00 +0200,EUR,12.00,12.00,1,Mug,12.00,web',
	'#1001,a@x.io,paid,2024-02-01 09:15:00 +0200,EUR,10.00,10.00,1,Tea,10.00,web'
];
const NEWEST_FIRST = HEADER + ROWS.join('\n') + '\n';
/** The same orders oldest first (each order's line items kept together, its first line first). */
const OLDEST_FIRST = HEADER + [8, 7, 5, 6, 4, 3, 2, 1, 0].map((k) => ROWS[k]).join('\n') + '\n';
/** The newest-first file with dates alone. */
const DATES_ONLY = NEWEST_FIRST.replace(/ \d\d:\d\d:\d\d [+-]\d{4}/g, '');

const nameOf = (g: FirstOrderGroup) => (g.kind === 'value' ? g.value : g.kind);

/** Customers by their first order's product: [product, customers], most first. */
function byFirstProduct(result: OrdersResult): [string, number][] {
	const index = indexCustomers(result.columns, result.customers.length);
	const product = result.dimensions.product!;
	const b = firstOrderBreakdown(result.columns, index, product, null, { minCustomers: 1 });
	return b.groups.map((g) => [nameOf(g), g.customers]);
}

/** Each customer's first order id (`order[offset[c]]`), by e-mail. */
function firstOrderIds(result: OrdersResult): Record<string, string> {
	const index = indexCustomers(result.columns, result.customers.length);
	const ids = result.orderIds!;
	return Object.fromEntries(result.customers.map((c, k) => [c, ids.get(index.order[index.offset[k]])]));
}

describe("a customer's first order among several of their first day", () => {
	it('is the earliest by time in a newest-first Shopify export (offsets heeded)', async () => {
		const { result } = await importOrdersText(NEWEST_FIRST);
		expect(firstOrderIds(result)).toEqual({
			'a@x.io': '#1001',
			'd@x.io': '#1008',
			'c@x.io': '#1006',
			'b@x.io': '#1002'
		});
		expect(byFirstProduct(result)).toEqual([
			['Mug', 2],
			['Coffee', 1],
			['Tea', 1]
		]);
		// Listed: #1006 (order 3), #1002 (6) and #1001 (7), by order index; not d's.
		const ids = result.orderIds!;
		expect(Array.from(result.columns.firstOfDay!, (o) => ids.get(o))).toEqual(['#1006', '#1002', '#1001']);
	});

	it('is unchanged, and nothing listed, in an oldest-first export', async () => {
		const { result } = await importOrdersText(OLDEST_FIRST);
		expect(result.columns.firstOfDay).toBeUndefined();
		expect(firstOrderIds(result)).toEqual({
			'a@x.io': '#1001',
			'b@x.io': '#1002',
			'c@x.io': '#1006',
			'd@x.io': '#1008'
		});
		expect(byFirstProduct(result)).toEqual([
			['Mug', 2],
			['Coffee', 1],
			['Tea', 1]
		]);
	});

	it('is the first row of the day, as before, where the dates have no time', async () => {
		const { result } = await importOrdersText(DATES_ONLY);
		expect(result.columns.firstOfDay).toBeUndefined();
		expect(byFirstProduct(result)).toEqual([
			['Coffee', 3],
			['Tea', 1]
		]);
	});

	it('leaves the affinity of the next purchase as it was: whole first days, whatever their order', async () => {
		// a's first purchase day (Feb 1) holds Tea, Coffee and Mug, its next (Feb 20) the Lid: the
		// basis is a alone, whichever of the day's orders is first.
		const countsOf = async (text: string) => {
			const { result } = await importOrdersText(text);
			const counts = affinityCounts(result.columns, result.customers.length, result.items!, { floor: 1 });
			const named = (of: Int32Array) =>
				Object.fromEntries(counts.products.map((p, k) => [p, of[k]]).filter(([, n]) => n));
			const { returning, customers } = counts.next;
			return { returning, customers, first: named(counts.next.firstCount), next: named(counts.next.nextCount) };
		};
		const expected = { returning: 1, customers: 1, first: { Tea: 1, Coffee: 1, Mug: 1 }, next: { Lid: 1 } };
		expect(await countsOf(NEWEST_FIRST)).toEqual(expected);
		expect(await countsOf(OLDEST_FIRST)).toEqual(expected);
	});

	it('is the same read in byte ranges as read whole', async () => {
		// Many customers, each with two orders of one day listed newest first, and some of one.
		let text = 'order_id,email,date,total,product\n';
		for (let i = 0; i < 400; i++) {
			const c = i % 150;
			const hour = 10 + (i % 3);
			text += `${9000 - i},c${c}@x.io,2024-0${1 + (c % 9)}-1${c % 10} ${hour}:00:00,${10 + (i % 7)},P${i % 5}\n`;
			if (i % 4 === 0)
				text += `${5000 - i},c${c}@x.io,2024-0${1 + (c % 9)}-1${c % 10} 0${hour - 3}:30:00,5,Q${i % 3}\n`;
		}
		const bytes = new TextEncoder().encode(text);
		const { plan } = inspectSample(sampleOf('orders.csv', bytes));
		const whole = await runImport([sourceOf(bytes, plan, 4096)], { today: TEST_TODAY });
		const timings = { mergeMs: 0, merged: false };
		const source = { ...sourceOf(bytes, plan, 4096), ranges: rangesOf(bytes, 4, TEST_TODAY) };
		const ranged = await runImport([source], { today: TEST_TODAY, timings });
		expect(timings.merged).toBe(true);
		if (whole.kind !== 'orders' || ranged.kind !== 'orders') throw new Error('not orders');
		// Customer c's rows are i = c, c + 150, c + 300 (< 400), all on one day at the same hour; an
		// order 2.5 hours earlier follows each i % 4 = 0 in the file. Of orders at the very same time
		// the lowest number is first: of c's at the hour, 9000 − c − 150 (or − 300), never c's first
		// row (9000 − c), and an earlier order is earlier still, so every customer's first order is
		// listed: 150 (by file order at the same time, 75: the 38 + 37 with an earlier order).
		expect(whole.columns.firstOfDay!.length).toBe(150);
		expect(Array.from(ranged.columns.firstOfDay!)).toEqual(Array.from(whole.columns.firstOfDay!));
		expect(firstOrderIds(ranged)).toEqual(firstOrderIds(whole));
	});

	it('keeps file order across files: an earlier file’s order of the day comes first, whatever the times', async () => {
		const first = 'order_id,email,date,total,product\n1,a@x.io,2024-02-01 18:00:00,10,Late\n';
		const second = 'order_id,email,date,total,product\n2,a@x.io,2024-02-01 08:00:00,10,Early\n';
		const { result } = await importOrderTexts(first, second);
		expect(result.columns.firstOfDay).toBeUndefined();
		expect(firstOrderIds(result)).toEqual({ 'a@x.io': '1' });
		// Within one file, the time decides (and "DD/MM/YYYY HH:MM" is read).
		const one = 'order_id,email,date,total\n1,a@x.io,03/06/2023 14:22,10\n2,a@x.io,03/06/2023 09:05,10\n';
		expect(firstOrderIds((await importOrdersText(one)).result)).toEqual({ 'a@x.io': '2' });
	});

	it('keeps no times for a file whose dates have none (no column made)', async () => {
		const timesOf = async (text: string) => {
			const bytes = new TextEncoder().encode(text);
			const { plan } = inspectSample(sampleOf('orders.csv', bytes));
			const chunks = async function* () {
				yield bytes;
			};
			const read = await readRange(chunks(), plan, { first: false, today: TEST_TODAY, expectedOrders: 16 });
			const part = read.part.rangePart();
			return { count: part.count, time: part.time, onlyTime: part.onlyTime };
		};
		const dated = await timesOf(DATES_ONLY);
		expect(dated.count).toBe(8);
		expect(dated.time).toBeNull();
		const timed = await timesOf(NEWEST_FIRST);
		expect(timed.count).toBe(8);
		expect(timed.time).not.toBeNull();
		// A date-only export written with midnight on every row: all its orders tie, no column.
		const midnight = await timesOf(DATES_ONLY.replace(/(\d{4}-\d\d-\d\d),/g, '$1 00:00:00,'));
		expect(midnight.time).toBeNull();
		expect(midnight.onlyTime).not.toBeNull();
	});

	it('keeps each order its time when an earlier order is left out (refunded later)', async () => {
		// a's 09:00 order is refunded by its own row days later, so it leaves the columns and the
		// orders after it move up; c's two orders of Feb 3 are listed 18:00 first: c's first is 4.
		const text =
			'order_id,email,date,total\n' +
			'1,a@x.io,2024-02-01 09:00:00,10.00\n' +
			'2,b@x.io,2024-02-02 10:00:00,12.00\n' +
			'5,c@x.io,2024-02-03 18:00:00,20.00\n' +
			'4,c@x.io,2024-02-03 08:00:00,15.00\n' +
			'1,a@x.io,2024-02-05 11:00:00,-10.00\n';
		const { result, report } = await importOrdersText(text);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(firstOrderIds(result)).toEqual({ 'b@x.io': '2', 'c@x.io': '4' });
	});

	it('reads ranges of one time each as one file: the times of both are kept', async () => {
		// Every order before the middle at 18:00, every one after at 08:00, each customer with one
		// order in each half, all on one day: read in two ranges, each range saw one time only.
		let text = 'order_id,email,date,total\n';
		for (let i = 0; i < 200; i++) text += `${1000 + i},c${i}@x.io,2024-02-01 18:00:00,10.00\n`;
		for (let i = 0; i < 200; i++) text += `${2000 + i},c${i}@x.io,2024-02-01 08:00:00,10.00\n`;
		const bytes = new TextEncoder().encode(text);
		const { plan } = inspectSample(sampleOf('orders.csv', bytes));
		const whole = await runImport([sourceOf(bytes, plan, 4096)], { today: TEST_TODAY });
		const timings = { mergeMs: 0, merged: false };
		const source = { ...sourceOf(bytes, plan, 4096), ranges: rangesOf(bytes, 2, TEST_TODAY) };
		const ranged = await runImport([source], { today: TEST_TODAY, timings });
		expect(timings.merged).toBe(true);
		if (whole.kind !== 'orders' || ranged.kind !== 'orders') throw new Error('not orders');
		// Each customer's 08:00 order (200 + c) is their first.
		expect(whole.columns.firstOfDay!.length).toBe(200);
		expect(Array.from(ranged.columns.firstOfDay!)).toEqual(Array.from(whole.columns.firstOfDay!));
	});
});
