import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrdersResult } from '$lib/orders/accumulate';
import type { ImportReport } from '$lib/orders/report';
import { db } from './database';
import {
	CHUNK_ROWS,
	datasetNameProblem,
	deleteDataset,
	listDatasets,
	loadOrders,
	renameDataset,
	storeImport
} from './datasets';
import { exportOrdersCsv } from './export-orders';
import { recogniseLayout } from '$lib/orders/layouts';

function result(count: number, customers = ['anna@x.io', '=HYPERLINK("http://evil")', 'carl']): OrdersResult {
	return {
		kind: 'orders',
		columns: {
			count,
			customer: Int32Array.from({ length: count }, (_, i) => i % customers.length),
			day: Int32Array.from({ length: count }, (_, i) => 19000 + (i % 400)),
			amount: Float64Array.from({ length: count }, (_, i) => (i % 7) * 10.5)
		},
		customers,
		orderIds: Array.from({ length: count }, (_, i) => `o${i}`),
		dimensions: {},
		items: null,
		report: {
			customers: customers.length,
			firstDay: 19000,
			lastDay: 19399,
			revenue: 1,
			currency: null,
			warnings: []
		} as unknown as ImportReport
	};
}

beforeEach(async () => {
	vi.restoreAllMocks();
	await Promise.all(db().tables.map((t) => t.clear()));
});

describe('storing data sets', () => {
	it('stores orders in chunks and reads them back whole', async () => {
		const count = CHUNK_ROWS + 1000;
		const id = await storeImport(result(count), 'Big');
		expect(await db().orderChunks.where('datasetId').equals(id).count()).toBe(2);
		const stored = await loadOrders(id, { orderIds: true });
		expect(stored.columns.count).toBe(count);
		expect(stored.columns.day[CHUNK_ROWS + 5]).toBe(19000 + ((CHUNK_ROWS + 5) % 400));
		expect(stored.orderIds?.[count - 1]).toBe(`o${count - 1}`);
		expect(stored.dataset).toMatchObject({ name: 'Big', orderCount: count, kind: 'orders', chunkCount: 2 });
	});

	it('keeps the revenue breakdown on the data-set record, and leaves it out when the import had none', async () => {
		const breakdown = {
			basis: 'netSales',
			grossSales: 220,
			discounts: 4,
			refunds: 10,
			returns: 0,
			netSales: 206,
			tax: 29.24,
			shipping: 19.5,
			totalCharged: 264.74,
			returnsWithoutOrder: 0,
			names: { tax: 'Taxes' }
		} as const;
		const withParts = result(10);
		withParts.report = { ...withParts.report, revenueBreakdown: breakdown };
		const a = await storeImport(withParts, 'With parts');
		const b = await storeImport(result(10), 'Without');
		expect((await db().datasets.get(a))?.revenueBreakdown).toEqual(breakdown);
		expect((await db().datasets.get(b))?.revenueBreakdown).toBeUndefined();
	});

	it('is all or nothing: a failure while writing leaves no data set and keeps the others', async () => {
		await storeImport(result(10), 'Existing');
		vi.spyOn(db().datasetStrings, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
		await expect(storeImport(result(100), 'Failing')).rejects.toThrow('disk full');
		const all = await listDatasets();
		expect(all.map((d) => d.name)).toEqual(['Existing']);
		expect(await db().orderChunks.count()).toBe(1);
		expect(await db().datasetStrings.count()).toBe(1);
	});

	it('renames with validation and deletes everything of a data set only', async () => {
		const a = await storeImport(result(10), 'A');
		const b = await storeImport(result(10), 'B');
		await renameDataset(a, '  Shop 2024  ');
		await expect(renameDataset(a, '   ')).rejects.toThrow(/empty/);
		await deleteDataset(b);
		expect((await listDatasets()).map((d) => d.name)).toEqual(['Shop 2024']);
		expect(await db().orderChunks.where('datasetId').equals(b).count()).toBe(0);
		expect(await db().datasetStrings.where('datasetId').equals(b).count()).toBe(0);
	});

	it.each([
		['', 'empty'],
		['x'.repeat(81), 'tooLong'],
		['Shop', null]
	])('data set name %j → %s', (name, problem) => {
		expect(datasetNameProblem(name)).toBe(problem);
	});
});

describe('exporting normalised CSV', () => {
	it('writes one row per order and neutralises formula-like text', async () => {
		const id = await storeImport(result(3), 'Shop');
		const csv = (await exportOrdersCsv(id)).join('');
		expect(csv.split('\r\n')).toEqual([
			'order_id,customer_id,order_date,amount',
			'o0,anna@x.io,2022-01-08,0',
			`o1,"'=HYPERLINK(""http://evil"")",2022-01-09,10.5`,
			'o2,carl,2022-01-10,21',
			''
		]);
	});

	it('exports the discount code under a name the import reads back as the discount code', async () => {
		const stored = result(2);
		stored.dimensions = {
			country: { values: ['LV'], index: Int32Array.from([0, -1]) },
			discount: { values: ['SPRING'], index: Int32Array.from([-1, 0]) }
		};
		const id = await storeImport(stored, 'Shop');
		const lines = (await exportOrdersCsv(id)).join('').split('\r\n');
		expect(lines.slice(0, 3)).toEqual([
			'order_id,customer_id,order_date,amount,country,discount_code',
			'o0,anna@x.io,2022-01-08,0,LV,',
			`o1,"'=HYPERLINK(""http://evil"")",2022-01-09,10.5,,SPRING`
		]);
		const mapping = recogniseLayout([lines[0].split(',')], ',').mapping;
		expect(mapping.discountCode).toBe(5);
		expect(mapping.discount).toBeUndefined();
		expect(mapping.country).toBe(4);
	});
});
