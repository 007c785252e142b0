import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '$lib/format/date';
import type { OrderColumns } from '$lib/orders/columns';
import { analyse, type AnalysisSettings, type SegmentId } from './analyse';
import { indexCustomers } from './customers';
import { exportFileName, inRange } from './export-basis';
import { RFM_SEGMENTS } from './rfm';
import { DEFAULT_SEED_SETTINGS } from './seed-segments';
import { segmentCsv } from './segment-export';

const d = (iso: string) => {
	const [y, m, day] = iso.split('-').map(Number);
	return dayFromYmd(y, m, day);
};
// ann (0) buys in January and twice in April; ben (1) in February; cat (2) is new in April and buys
// again on 2 May, after the range; the data's last order is eve's (3), 25 May.
const ROWS: [number, string, number][] = [
	[0, '2023-01-10', 100],
	[1, '2023-02-15', 200],
	[0, '2023-04-05', 50],
	[2, '2023-04-10', 80],
	[0, '2023-04-20', 30],
	[2, '2023-05-02', 40],
	[3, '2023-05-25', 70]
];
const ORDERS: OrderColumns = {
	count: ROWS.length,
	customer: Int32Array.from(ROWS.map((r) => r[0])),
	day: Int32Array.from(ROWS.map((r) => d(r[1]))),
	amount: Float64Array.from(ROWS.map((r) => r[2]))
};
const NAMES = ['ann', 'ben', 'cat', 'eve'];
const APRIL = { from: d('2023-04-01'), to: d('2023-04-30') };
const settings = (range?: typeof APRIL): AnalysisSettings => ({
	period: 'month',
	windowMonths: 1,
	seed: DEFAULT_SEED_SETTINGS,
	...(range ? { range } : {})
});

/** Each customer's row of every segment's export, by column name. */
function rowsOf(range?: typeof APRIL): Map<string, Record<string, string>> {
	const { detail } = analyse(ORDERS, NAMES.length, settings(range));
	const rows = new Map<string, Record<string, string>>();
	for (const segment of RFM_SEGMENTS as readonly SegmentId[]) {
		const [header, ...lines] = segmentCsv(detail, NAMES, segment, indexCustomers(ORDERS, NAMES.length))
			.parts.join('')
			.trim()
			.split('\r\n');
		const columns = header.split(',');
		for (const line of lines) {
			const cells = line.split(',');
			rows.set(cells[0], Object.fromEntries(columns.map((c, i) => [c, cells[i]])));
		}
	}
	return rows;
}

describe('a segment export carries its basis (a date range in its columns, the whole history beside)', () => {
	it('counts April only in columns that say so, and gives each customer’s whole history', () => {
		const rows = rowsOf(APRIL);
		// ann in April: 50 + 30 on 5 and 20 April, 10 days before the range ends; ever: 3 orders from 10 Jan,
		// last 20 April, 35 days before the data's last day (25 May).
		expect(rows.get('ann')).toMatchObject({
			'orders_in_2023-04-01_to_2023-04-30': '2',
			'net_spend_in_2023-04-01_to_2023-04-30': '80',
			'first_order_in_2023-04-01_to_2023-04-30': '2023-04-05',
			'last_order_in_2023-04-01_to_2023-04-30': '2023-04-20',
			'days_from_last_order_in_range_to_2023-04-30': '10',
			orders_all_time: '3',
			first_order_all_time: '2023-01-10',
			last_order_all_time: '2023-04-20',
			'days_since_last_order_to_2023-05-25': '35'
		});
		// cat looks 20 days lapsed at the range's end, but bought again on 2 May: 23 days before 25 May.
		expect(rows.get('cat')).toMatchObject({
			'orders_in_2023-04-01_to_2023-04-30': '1',
			'days_from_last_order_in_range_to_2023-04-30': '20',
			orders_all_time: '2',
			last_order_all_time: '2023-05-02',
			'days_since_last_order_to_2023-05-25': '23'
		});
		expect(Object.keys(rows.get('cat')!)).not.toContain('days_since_last_order');
		// Customers with no order in April are in no segment of it.
		expect([...rows.keys()].sort()).toEqual(['ann', 'cat']);
	});

	it('keeps the columns of all orders as they were without a range', () => {
		const rows = rowsOf();
		expect(rows.get('cat')).toEqual(
			expect.objectContaining({ orders: '2', first_order: '2023-04-10', last_order: '2023-05-02' })
		);
		expect(rows.get('cat')!.days_since_last_order).toBe('23');
		expect(Object.keys(rows.get('cat')!)).not.toContain('orders_all_time');
	});

	it.each([
		['shop-champions', undefined, 'shop-champions.csv', 'month_0'],
		['shop-champions', APRIL, 'shop-champions-2023-04-01_to_2023-04-30.csv', 'month_0_in_2023-04-01_to_2023-04-30']
	])('names %s under %j: %s, column %s', (base, range, file, column) => {
		expect(exportFileName(base, range)).toBe(file);
		expect(inRange('month_0', range)).toBe(column);
	});
});
