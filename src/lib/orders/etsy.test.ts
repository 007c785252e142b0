import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoFromDay } from '$lib/format/date';
import { inspectSample } from './inspect';
import { importOrdersBytes, sampleOf } from './test-support';

/** Etsy's two order downloads (Shop Manager › Settings › Options › Download Data), as Etsy writes them. */
const fixture = (name: string) =>
	new Uint8Array(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/orders', name)));
/** EtsySoldOrders: 6 orders of 2024, every day 12 or less ("01/05/24" … "07/05/24"). */
const MONTH_FIRST = fixture('etsy_sold_orders_month_first.csv');
/** EtsySoldOrderItems and EtsySoldOrders of the same 25 orders (January – November 2024). */
const ITEMS = fixture('etsy_sold_order_items_2024.csv');
const ORDERS = fixture('etsy_sold_orders_2024.csv');

describe('Etsy’s sold orders and sold order items downloads', () => {
	it.each([
		['EtsySoldOrders2024-03.csv', MONTH_FIRST],
		['EtsySoldOrderItems2024.csv', ITEMS],
		['EtsySoldOrders2024.csv', ORDERS]
	])('are recognised as Etsy’s (%s)', (name, bytes) => {
		expect(inspectSample(sampleOf(name, bytes)).plan.layout).toBe('etsy');
	});

	it('are read month first (Etsy writes MM/DD/YY) where no date tells, without asking', async () => {
		const { plan, report } = await importOrdersBytes(MONTH_FIRST, 1, 'EtsySoldOrders2024-03.csv');
		expect(plan.dateOrder).toBe('mdy');
		expect(plan.dateOrderBasis).toBe('layout');
		// 01/05/24 is 5 January, 07/05/24 5 July (day first they would be 1 May and 7 May… 3 October).
		expect([isoFromDay(report.firstDay!), isoFromDay(report.lastDay!)]).toEqual(['2024-01-05', '2024-07-05']);
	});
});
