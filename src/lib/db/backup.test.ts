import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OrderIdList } from '$lib/orders/id-list';
import { newPlanEntry } from '$lib/planner/plan';
import { readStash, stashEntries } from '$lib/planner/plan-stash';
import {
	BACKUP_FORMAT,
	BackupError,
	batchesOf,
	createBackup,
	decodeBackup,
	encodeBackup,
	parseBackup,
	restoreBackup
} from './backup';
import { db, RetentionDatabase } from './database';
import { listDatasets, loadConsent, loadNames, loadOrders, storeImport as storeImportOf } from './datasets';
import { listScenarios, saveScenario } from './scenarios';
import type { OrdersResult } from '$lib/orders/accumulate';
import { DIMENSIONS, type OrderItems } from '$lib/orders/columns';
import type { ImportReport } from '$lib/orders/report';

/** Line items of `count` orders: order i has products i % 3 and (i + 1) % 3, every 4th none. */
function itemsOf(count: number): OrderItems {
	const start = new Int32Array(count + 1);
	const product: number[] = [];
	for (let i = 0; i < count; i++) {
		if (i % 4 !== 3) product.push(i % 3, (i + 1) % 3);
		start[i + 1] = product.length;
	}
	return { values: ['Mug', 'Tea', 'Lid'], start, product: Int32Array.from(product) };
}

function ordersResult(
	count: number,
	withItems = false,
	withNames = false,
	withCost = false,
	withConsent = false
): OrdersResult {
	const customer = Int32Array.from({ length: count }, (_, i) => i % 3);
	const day = Int32Array.from({ length: count }, (_, i) => 19000 + i);
	const amount = Float64Array.from({ length: count }, (_, i) => i * 1.25);
	return {
		kind: 'orders',
		columns: { count, customer, day, amount },
		customers: ['a@x.io', 'b', '=c'],
		orderIds: OrderIdList.from(Array.from({ length: count }, (_, i) => `#${i}`)),
		dimensions: { country: { values: ['LV', 'EE'], index: Int32Array.from({ length: count }, (_, i) => i % 2) } },
		items: withItems ? itemsOf(count) : null,
		names: withNames ? { values: ['Anna Ozola', 'B\u001fC'], index: Int32Array.of(0, -1, 1) } : null,
		consent: withConsent
			? { columns: ['Accepts Marketing'], of: Uint8Array.of(2, 0, 1), others: ['gone@x.io'] }
			: null,
		cost: withCost ? Float64Array.from({ length: count }, (_, i) => (i % 3 === 2 ? NaN : i * 0.5)) : null,
		report: {
			customers: 3,
			firstDay: 19000,
			lastDay: 19000 + count - 1,
			revenue: ((count - 1) * count * 1.25) / 2,
			currency: 'EUR',
			warnings: []
		} as unknown as ImportReport
	};
}

async function bufferOf(blob: Blob): Promise<ArrayBuffer> {
	return blob.arrayBuffer();
}

/** Stores in chunks under 64 KiB, as a large import is (`chunkRowsFor`): many chunks from a few orders. */
const storeImport: typeof storeImportOf = (result, name, options = {}) =>
	storeImportOf(result, name, { largeChunksMaxBytes: 0, ...options });

beforeEach(async () => {
	await Promise.all(db().tables.map((t) => t.clear()));
});

/** A data set's order chunks as the store writes them since schema v9 (keyed out of line). */
const keyedChunks = (id: number) => db().keyedOrderChunks.where(':id').between([id, 0], [id, Infinity]).toArray();

describe('backup and restore', () => {
	it('round-trips data sets (typed arrays included) and scenarios exactly', async () => {
		await saveScenario('crr', 'Q1', { s: '10000', e: '10200', n: '2000' });
		const id = await storeImport(ordersResult(10), 'Shop');
		const before = await loadOrders(id, { orderIds: true, dimensions: true });
		const backup = await createBackup(db());

		await Promise.all(db().tables.map((t) => t.clear()));
		await saveScenario('crr', 'to be replaced', { s: '1' });

		const parsed = await parseBackup(await bufferOf(backup), db());
		expect(parsed.header.counts).toMatchObject({ datasets: 1, scenarios: 1, keyedOrderChunks: 1, orderChunks: 0 });
		await restoreBackup(parsed, db());

		const after = await loadOrders(id, { orderIds: true, dimensions: true });
		expect(after.columns.amount).toEqual(before.columns.amount);
		expect(after.columns.day).toBeInstanceOf(Int32Array);
		expect(Array.from(after.columns.day)).toEqual(Array.from(before.columns.day));
		expect(after.orderIds).toEqual(before.orderIds);
		expect(after.dimensions.country?.values).toEqual(['LV', 'EE']);
		expect((await listScenarios()).map((s) => s.name)).toEqual(['Q1']);
	});

	it('keeps the import report as stored, the count of orders refunded in full with their shipping kept included', async () => {
		// (QA A-19: the report's sentence on those orders reads this count.)
		const result = ordersResult(10);
		const refunds = {
			fullyRefunded: {
				count: 3,
				examples: [
					{ file: 0, row: 2 },
					{ file: 0, row: 4 },
					{ file: 0, row: 7 }
				]
			},
			fullyRefundedShippingKept: {
				count: 2,
				examples: [
					{ file: 0, row: 2 },
					{ file: 0, row: 4 }
				]
			},
			partlyRefunded: { count: 1, examples: [{ file: 0, row: 5 }] },
			refundedAmount: 69.8,
			negativeRowsNetted: { count: 0, examples: [] }
		};
		result.report = { ...result.report, refunds };
		const id = await storeImport(result, 'Shop');
		expect((await db().datasets.get(id))!.report.refunds).toEqual(refunds);
		const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
		await Promise.all(db().tables.map((t) => t.clear()));
		await restoreBackup(parsed, db());
		expect((await db().datasets.get(id))!.report.refunds).toEqual(refunds);
	});

	it("clears the planner's stash of changes made before the restore (it belongs to the plan replaced)", async () => {
		const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
		const storage = new Map<string, string>();
		const stash = {
			getItem: (key: string) => storage.get(key) ?? null,
			setItem: (key: string, value: string) => void storage.set(key, value),
			removeItem: (key: string) => void storage.delete(key)
		};
		stashEntries(stash, [{ ...newPlanEntry('win-back-email', Date.now()), status: 'done' }]);
		expect(readStash(stash)).toHaveLength(1);
		await restoreBackup(parsed, db(), stash);
		expect(readStash(stash)).toEqual([]);
	});

	it('carries a data set of many chunks, and one stored before chunks were sized (no chunkRows), through a backup', async () => {
		// Dates within 500 days (a backup's dates must lie in the past).
		const large = ordersResult(20_000);
		large.columns.day = Int32Array.from({ length: 20_000 }, (_, i) => 19000 + (i % 500));
		large.report.lastDay = 19499;
		const many = await storeImport(large, 'Many');
		const legacy = await storeImport(ordersResult(7), 'Legacy');
		await db().datasets.update(legacy, { chunkRows: undefined });
		const rows = (await db().datasets.get(many))!.chunkRows!;
		expect(rows).toBeLessThan(20_000 / 2);
		const before = [await loadOrders(many, { orderIds: true }), await loadOrders(legacy, { orderIds: true })];
		const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
		await Promise.all(db().tables.map((t) => t.clear()));
		await restoreBackup(parsed, db());
		expect((await db().datasets.get(many))!.chunkRows).toBe(rows);
		expect((await db().datasets.get(legacy))!.chunkRows).toBeUndefined();
		const after = [await loadOrders(many, { orderIds: true }), await loadOrders(legacy, { orderIds: true })];
		for (const [i, stored] of after.entries()) {
			expect(stored.columns).toEqual(before[i].columns);
			expect(stored.orderIds).toEqual(before[i].orderIds);
		}
	});

	it('stores each restored array in memory of its own, not with the whole backup file around it', async () => {
		const id = await storeImport(ordersResult(500, true, true, true, true), 'Shop');
		const before = await loadOrders(id, { orderIds: true, dimensions: true, items: true });
		const file = await bufferOf(await createBackup(db()));
		await Promise.all(db().tables.map((t) => t.clear()));
		await restoreBackup(await parseBackup(file, db()), db());

		const arrays: ArrayBufferView[] = [];
		const collect = (value: unknown): void => {
			if (ArrayBuffer.isView(value)) arrays.push(value);
			else if (value && typeof value === 'object') Object.values(value).forEach(collect);
		};
		for (const table of db().tables) (await table.toArray()).forEach(collect);
		expect(arrays.length).toBeGreaterThan(5);
		// (IndexedDB stores a view's whole buffer: a view into the file would store the file with it.)
		for (const array of arrays) expect(array.buffer.byteLength).toBe(array.byteLength);
		expect(await loadOrders(id, { orderIds: true, dimensions: true, items: true })).toEqual(before);
	});

	it('carries every dimension (the discount code included) through a backup', async () => {
		const result = ordersResult(12);
		result.dimensions = Object.fromEntries(
			DIMENSIONS.map((d, k) => [
				d,
				{
					values: [`${d}-a`, `${d}-b`, `${d}-c`],
					index: Int32Array.from({ length: 12 }, (_, i) => ((i + k) % 4) - 1)
				}
			])
		);
		const id = await storeImport(result, 'Shop');
		expect((await listDatasets())[0].dimensions).toEqual([...DIMENSIONS]);
		const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
		await Promise.all(db().tables.map((t) => t.clear()));
		await restoreBackup(parsed, db());
		const after = await loadOrders(id, { dimensions: true });
		expect(Object.keys(after.dimensions).sort()).toEqual([...DIMENSIONS].sort());
		for (const d of DIMENSIONS) {
			expect(after.dimensions[d]!.values).toEqual(result.dimensions[d]!.values);
			expect([...after.dimensions[d]!.index]).toEqual([...result.dimensions[d]!.index]);
		}
		expect(after.dimensions.discount!.index[3]).toBe(2);
	});

	it('carries the line items through a backup', async () => {
		const id = await storeImport(ordersResult(9, true), 'Shop');
		const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
		await Promise.all(db().tables.map((t) => t.clear()));
		await restoreBackup(parsed, db());
		const after = await loadOrders(id, { items: true });
		expect(after.dataset.hasItems).toBe(true);
		expect(after.items!.values).toEqual(['Mug', 'Tea', 'Lid']);
		expect([...after.items!.start]).toEqual([0, 2, 4, 6, 6, 8, 10, 12, 12, 14]);
		expect([...after.items!.product]).toEqual([...itemsOf(9).product]);
	});

	it('restores a backup made before v7 (Int32 dimension and line-item columns, every chunk with its starts) and reads it as before', async () => {
		const count = 9;
		const result = ordersResult(count, true);
		result.dimensions.country!.index[4] = -1;
		const id = await storeImport(result, 'Shop');
		// Its chunk as the code before v7 stored it, in the tables before v9.
		const [chunk] = await keyedChunks(id);
		const [idChunk] = await db().keyedOrderIdChunks.where(':id').between([id, 0], [id, Infinity]).toArray();
		await db().keyedOrderChunks.clear();
		await db().keyedOrderIdChunks.clear();
		chunk.country = result.dimensions.country!.index.slice();
		chunk.itemStart = result.items!.start.slice();
		chunk.itemProduct = result.items!.product.slice();
		// … and as before v8: customers and days Int32, amounts Float64, ids one string.
		chunk.customer = result.columns.customer.slice();
		chunk.day = result.columns.day.slice();
		chunk.amount = result.columns.amount.slice();
		delete chunk.customerBase;
		delete chunk.dayBase;
		idChunk.ids = result.orderIds!.joined(0, count);
		delete idChunk.bytes;
		await db().orderChunks.add(chunk);
		await db().orderIdChunks.add(idChunk);
		const { header, body } = await decodeBackup(await bufferOf(await createBackup(db())), db().verno);
		const { checksum, ...rest } = header;
		void checksum;
		// A backup made by v6 has no tables keyed out of line.
		delete rest.tables.keyedOrderChunks;
		delete rest.tables.keyedOrderIdChunks;
		delete rest.counts.keyedOrderChunks;
		delete rest.counts.keyedOrderIdChunks;
		const old = await encodeBackup({ ...rest, schemaVersion: 6 } as never, body);
		const kinds = (header.blobs as { kind: string }[]).map((b) => b.kind);
		expect(kinds).not.toContain('Uint8Array');
		expect(kinds).not.toContain('Uint16Array');
		await Promise.all(db().tables.map((t) => t.clear()));
		await restoreBackup(await parseBackup(old.buffer, db()), db());
		// Restored where it was backed up from, and read from there.
		expect(await db().orderChunks.count()).toBe(1);
		expect(await db().keyedOrderChunks.count()).toBe(0);
		const after = await loadOrders(id, { dimensions: true, items: true, orderIds: true });
		expect([...after.dimensions.country!.index]).toEqual([...result.dimensions.country!.index]);
		expect([...after.items!.start]).toEqual([...result.items!.start]);
		expect([...after.items!.product]).toEqual([...result.items!.product]);
		expect(after.columns).toEqual(ordersResult(count, true).columns);
		expect(after.orderIds).toEqual(result.orderIds!.toArray());
	});

	it('carries v8’s narrow customers, days and amounts and the order ids’ bytes through a backup', async () => {
		const result = ordersResult(8);
		const id = await storeImport(result, 'Shop');
		const [chunk] = await keyedChunks(id);
		expect(chunk.customer).toBeInstanceOf(Uint16Array);
		expect(chunk.day).toBeInstanceOf(Uint16Array);
		expect(chunk.dayBase).toBe(19000);
		expect(chunk.amount).toBeInstanceOf(Int32Array);
		expect((await db().keyedOrderIdChunks.get([id, 0]))!.bytes).toBeInstanceOf(Uint8Array);
		const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
		await Promise.all(db().tables.map((t) => t.clear()));
		await restoreBackup(parsed, db());
		const after = await loadOrders(id, { orderIds: true });
		expect(after.columns).toEqual(ordersResult(8).columns);
		expect(after.orderIds).toEqual(result.orderIds!.toArray());
	});

	it('carries narrow columns (Uint8 dimension and products, no starts where each order has one item) through a backup', async () => {
		const result = ordersResult(8);
		result.items = {
			values: ['Mug', 'Tea'],
			start: Int32Array.from({ length: 9 }, (_, i) => i),
			product: Int32Array.from({ length: 8 }, (_, i) => i % 2)
		};
		result.dimensions.country!.index[2] = -1;
		const id = await storeImport(result, 'Shop');
		const [chunk] = await keyedChunks(id);
		expect(chunk.country).toBeInstanceOf(Uint8Array);
		expect(chunk.itemProduct).toBeInstanceOf(Uint8Array);
		expect(chunk.itemStart).toBeUndefined();
		const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
		await Promise.all(db().tables.map((t) => t.clear()));
		await restoreBackup(parsed, db());
		const after = await loadOrders(id, { dimensions: true, items: true });
		expect([...after.dimensions.country!.index]).toEqual([...result.dimensions.country!.index]);
		expect([...after.items!.start]).toEqual([...result.items.start]);
		expect([...after.items!.product]).toEqual([...result.items.product]);
	});

	it('carries the customers’ names through a backup', async () => {
		const id = await storeImport(ordersResult(4, false, true), 'Shop');
		const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
		await Promise.all(db().tables.map((t) => t.clear()));
		await restoreBackup(parsed, db());
		expect((await db().datasets.get(id))?.hasNames).toBe(true);
		const names = await loadNames(id);
		expect(names?.values).toEqual(['Anna Ozola', 'B\u001fC']);
		expect([...names!.index]).toEqual([0, -1, 1]);
	});

	it('carries the customers’ marketing consent through a backup; a data set without it reads as none', async () => {
		const id = await storeImport(ordersResult(4, false, false, false, true), 'Shop');
		const without = await storeImport(ordersResult(4), 'Older');
		const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
		await Promise.all(db().tables.map((t) => t.clear()));
		await restoreBackup(parsed, db());
		expect((await db().datasets.get(id))?.hasConsent).toBe(true);
		const consent = await loadConsent(id);
		expect(consent?.columns).toEqual(['Accepts Marketing']);
		expect(consent?.of).toBeInstanceOf(Uint8Array);
		expect([...consent!.of]).toEqual([2, 0, 1]);
		expect(consent?.others).toEqual(['gone@x.io']);
		expect((await db().datasets.get(without))?.hasConsent).toBeUndefined();
		expect(await loadConsent(without)).toBeNull();
	});

	it('carries the files a data set was imported from (name, size, date, rows’ fingerprint) through a backup', async () => {
		const sourceFiles = [
			{ name: 'a_shopify_uk.csv', size: 1234, lastModified: 1_796_000_000_000, rows: '123:456' },
			{ name: 'b.csv', size: 0, lastModified: 0, rows: null }
		];
		const id = await storeImport(ordersResult(4), 'Shop', { sourceFiles });
		const older = await storeImport(ordersResult(4), 'Older');
		const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
		await Promise.all(db().tables.map((t) => t.clear()));
		await restoreBackup(parsed, db());
		expect((await db().datasets.get(id))?.sourceFiles).toEqual(sourceFiles);
		// One imported before they were kept has none, and restores so.
		expect((await db().datasets.get(older))?.sourceFiles).toBeUndefined();
	});

	it('carries the orders’ costs of goods (unknown ones included) through a backup', async () => {
		const id = await storeImport(ordersResult(5, false, false, true), 'Shop');
		const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
		await Promise.all(db().tables.map((t) => t.clear()));
		await restoreBackup(parsed, db());
		const after = await loadOrders(id, { cost: true });
		expect(after.dataset.hasCost).toBe(true);
		expect(Array.from(after.cost!)).toEqual([0, 0.5, NaN, 1.5, 2]);
		expect((await loadOrders(id)).cost).toBeNull();
	});

	it('refuses a file that is not a backup, changing nothing', async () => {
		await saveScenario('crr', 'keep', { s: '1' });
		const text = new TextEncoder().encode('order_id,customer_id\n1,a\n');
		await expect(parseBackup(text.buffer, db())).rejects.toMatchObject({ problem: 'notBackup' });
		expect(await listScenarios()).toHaveLength(1);
	});

	it('refuses a damaged backup', async () => {
		await storeImport(ordersResult(50), 'Shop');
		const bytes = new Uint8Array(await bufferOf(await createBackup(db())));
		bytes[bytes.length - 5] ^= 0xff;
		await expect(parseBackup(bytes.buffer, db())).rejects.toMatchObject({ problem: 'corrupt' });
		const truncated = bytes.slice(0, bytes.length - 100);
		await expect(parseBackup(truncated.buffer, db())).rejects.toThrow(BackupError);
	});

	it('checks the checksum in the file’s own bytes and leaves them as they were, whether it matches or not', async () => {
		await storeImport(ordersResult(50), 'Shop');
		const good = new Uint8Array(await bufferOf(await createBackup(db())));
		const damaged = good.slice();
		damaged[damaged.length - 5] ^= 0xff;
		for (const [bytes, outcome] of [
			[good, 'checked'],
			[damaged, 'corrupt']
		] as const) {
			const before = bytes.slice();
			const checked = await decodeBackup(bytes.buffer, db().verno).then(
				() => 'checked',
				(error: BackupError) => error.problem
			);
			expect(checked).toBe(outcome);
			// The checksum's digits, zeroed while the file was hashed, are written back.
			expect(bytes).toEqual(before);
		}
		// The same file checks again: nothing of it was left zeroed.
		await expect(decodeBackup(good.buffer, db().verno)).resolves.toMatchObject({
			header: { app: 'retention-lab' }
		});
	});

	it('refuses a backup from a newer format or schema, naming the version', async () => {
		const bytes = new Uint8Array(await bufferOf(await createBackup(db())));
		const cases = [
			{ change: { format: BACKUP_FORMAT + 1 }, refusal: { problem: 'newer', version: BACKUP_FORMAT + 1 } },
			{
				change: { schemaVersion: db().verno + 9 },
				refusal: { problem: 'newerDatabase', version: db().verno + 9 }
			}
		];
		for (const { change, refusal } of cases) {
			const edited = editInPlace(bytes, (header) => Object.assign(header, change));
			await expect(parseBackup(edited, db())).rejects.toMatchObject(refusal);
		}
	});
});

describe('backup format 3: the binary part hashed in 16 MB pieces, the file made of its arrays', () => {
	/** A backup whose binary part spans two 16 MB pieces: one array of 17.6 MB beside a data set. */
	async function largeBackup(): Promise<Uint8Array<ArrayBuffer>> {
		await storeImport(ordersResult(50), 'Shop');
		const big = new Float64Array(2_200_000);
		for (let i = 0; i < big.length; i += 997) big[i] = i;
		await db().keyedOrderChunks.put({ amount: big } as never, [999, 0]);
		return new Uint8Array(await bufferOf(await createBackup(db())));
	}
	const checked = (bytes: Uint8Array<ArrayBuffer>) =>
		decodeBackup(bytes.slice().buffer, db().verno).then(
			() => 'checked',
			(error: BackupError) => `${error.problem}: ${error.detail}`
		);

	it('notices a changed byte in any piece of the binary part, in the zeros between arrays, or in the header', async () => {
		const bytes = await largeBackup();
		const { header, body } = await decodeBackup(bytes.slice().buffer, db().verno);
		expect(header.format).toBe(3);
		expect(body.length).toBeGreaterThan(16 * 1024 * 1024 + 5);
		const bodyStart = bytes.length - body.length;
		const entries = header.blobs as { offset: number; length: number; kind: string }[];
		// A zero between two arrays: after an array whose bytes end off an 8-byte boundary.
		const size = { Float64Array: 8, Int32Array: 4, Uint32Array: 4, Float32Array: 4, Uint16Array: 2, Int16Array: 2 };
		const gapAt = entries
			.map((e) => e.offset + e.length * (size[e.kind as keyof typeof size] ?? 1))
			.find((end) => end % 8 !== 0);
		const places = {
			'the first piece': bodyStart + 10,
			'the second piece': bodyStart + 16 * 1024 * 1024 + 5,
			'the last byte': bytes.length - 1,
			'the header': 200,
			'a zero between arrays': bodyStart + gapAt!
		};
		expect(gapAt, 'an array whose bytes end off an 8-byte boundary').toBeDefined();
		expect(await checked(bytes)).toBe('checked');
		const outcomes = Object.fromEntries(
			await Promise.all(
				Object.entries(places).map(async ([place, at]) => {
					const damaged = bytes.slice();
					damaged[at] ^= 0x01;
					return [place, await checked(damaged)];
				})
			)
		);
		expect(outcomes).toEqual(
			Object.fromEntries(
				Object.keys(places).map((place) => [
					place,
					place === 'the header'
						? expect.stringMatching(/^(corrupt|notBackup)/)
						: 'corrupt: the checksum does not match the file'
				])
			)
		);
	});

	it('is the file a tamperer who knows the format writes from the same header and binary part', async () => {
		const bytes = await largeBackup();
		const { header, body } = await decodeBackup(bytes.slice().buffer, db().verno);
		const { checksum, ...rest } = header;
		void checksum;
		const written = await encodeBackup(rest, body);
		// (Compared as the first byte that differs: a diff of 40 MB would not be read.)
		const firstDifference = written.findIndex((byte, i) => byte !== bytes[i]);
		expect({ length: written.length, firstDifference }).toEqual({ length: bytes.length, firstDifference: -1 });
	});

	it('still reads a format-2 backup (the SHA-256 of the whole file) and notices a changed byte in it', async () => {
		await storeImport(ordersResult(50), 'Shop');
		const { header, body } = await decodeBackup(await bufferOf(await createBackup(db())), db().verno);
		const { checksum, ...rest } = header;
		void checksum;
		const old = await encodeBackup({ ...rest, format: 2 }, body);
		const parsed = await parseBackup(old.slice().buffer, db());
		expect(parsed.header.format).toBe(2);
		expect(parsed.header.counts.datasets).toBe(1);
		const damaged = old.slice();
		damaged[damaged.length - 5] ^= 0xff;
		await expect(parseBackup(damaged.buffer, db())).rejects.toMatchObject({ problem: 'corrupt' });
	});
});

describe('a restore writes the records in runs of at most so many bytes of arrays', () => {
	const record = (bytes: number, more = 0) => ({ id: bytes, a: new Uint8Array(bytes), b: [new Int32Array(more)] });
	it.each([
		{ sizes: [], max: 100, runs: [] },
		{ sizes: [40, 40, 20], max: 100, runs: [[40, 40, 20]] },
		{ sizes: [40, 40, 21], max: 100, runs: [[40, 40], [21]] },
		{ sizes: [150, 10, 10], max: 100, runs: [[150], [10, 10]] },
		{ sizes: [10, 150, 10], max: 100, runs: [[10], [150], [10]] },
		{ sizes: [0, 0, 100, 0], max: 100, runs: [[0, 0, 100, 0]] }
	])('array bytes $sizes, at most $max a run: $runs', ({ sizes, max, runs }) => {
		const batches = [
			...batchesOf(
				sizes.map((size) => record(size)),
				max
			)
		];
		expect(batches.map((batch) => batch.map((r) => (r as { a: Uint8Array }).a.length))).toEqual(runs);
	});
	it('counts every array of a record, nested ones included', () => {
		// 8 + 4 × 4 = 24 bytes each: three are 72, over 60.
		const batches = [...batchesOf([record(8, 4), record(8, 4), record(8, 4)], 60)];
		expect(batches.map((batch) => batch.length)).toEqual([2, 1]);
	});
});

describe('schema versions', () => {
	it('opens a version-1 database (scenarios only) and keeps its data in version 2', async () => {
		const name = 'migration-test';
		const { default: Dexie } = await import('dexie');
		const old = new Dexie(name);
		old.version(1).stores({ scenarios: '++id, calculator, &[calculator+name], updatedAt' });
		await old
			.table('scenarios')
			.add({ calculator: 'crr', name: 'old', inputs: { s: '5' }, createdAt: 1, updatedAt: 1 });
		old.close();

		const current = new RetentionDatabase(name);
		expect(await current.scenarios.toArray()).toMatchObject([{ name: 'old', inputs: { s: '5' } }]);
		expect(await current.datasets.count()).toBe(0);
		expect(current.verno).toBeGreaterThanOrEqual(2);
		current.close();
		expect(await listDatasets()).toEqual([]);
	});
});

describe('schema v4 migration', () => {
	it('moves order ids out of the v3 order chunks and keeps them readable', async () => {
		const name = 'migration-v3';
		const { default: Dexie } = await import('dexie');
		const v3 = new Dexie(name);
		v3.version(1).stores({ scenarios: '++id, calculator, &[calculator+name], updatedAt' });
		v3.version(2).stores({
			datasets: '++id, createdAt, name',
			orderChunks: '[datasetId+index], datasetId',
			datasetStrings: '[datasetId+key], datasetId',
			summaries: 'datasetId'
		});
		v3.version(3).stores({ plan: '&tacticId, status, updatedAt', datasetMetrics: 'datasetId, computedAt' });
		const id = (await v3.table('datasets').add({
			name: 'old',
			kind: 'orders',
			createdAt: 1,
			orderCount: 2,
			customerCount: 1,
			firstDay: 0,
			lastDay: 1,
			revenue: 3,
			currency: null,
			byteSize: 1,
			chunkCount: 1,
			dimensions: [],
			hasOrderIds: true,
			report: {}
		})) as number;
		await v3.table('orderChunks').add({
			datasetId: id,
			index: 0,
			count: 2,
			customer: Int32Array.of(0, 0),
			day: Int32Array.of(0, 1),
			amount: Float64Array.of(1, 2),
			orderIds: ['#1', '#2']
		});
		await v3.table('datasetStrings').add({ datasetId: id, key: 'customers', values: ['a'] });
		v3.close();

		const current = new RetentionDatabase(name);
		const chunk = await current.orderChunks.get([id, 0]);
		expect(chunk).toBeDefined();
		expect(chunk!.orderIds).toBeUndefined();
		expect(Array.from(chunk!.amount)).toEqual([1, 2]);
		expect(await current.orderIdChunks.get([id, 0])).toEqual({ datasetId: id, index: 0, ids: '#1\u0000#2' });
		current.close();
	});
});

type Header = Record<string, unknown> & {
	tables: Record<string, Record<string, unknown>[]>;
	counts: Record<string, number>;
};

/** A backup's header and binary part, as a tamperer who knows the format would read them. */
async function decoded(): Promise<{ header: Header; body: Uint8Array }> {
	const { header, body } = await decodeBackup(await bufferOf(await createBackup(db())), db().verno);
	return { header: structuredClone(header) as unknown as Header, body: body.slice() };
}

/** Writes an edited header back into the file without sealing it again (a plain edit). */
function editInPlace(file: Uint8Array, edit: (header: Header) => void): ArrayBuffer {
	const length = new DataView(file.buffer).getUint32(8, true);
	const header = JSON.parse(new TextDecoder().decode(file.subarray(12, 12 + length)));
	edit(header);
	const json = new TextEncoder().encode(JSON.stringify(header));
	const edited = new Uint8Array(12 + json.length + 8 + (file.length - 12 - length));
	edited.set(file.subarray(0, 8));
	new DataView(edited.buffer).setUint32(8, json.length, true);
	edited.set(json, 12);
	const padding = (8 - ((12 + json.length) % 8)) % 8;
	edited.fill(0x20, 12 + json.length, 12 + json.length + padding);
	const oldBodyStart = 12 + length + ((8 - ((12 + length) % 8)) % 8);
	edited.set(file.subarray(oldBodyStart), 12 + json.length + padding);
	return edited.slice(0, 12 + json.length + padding + file.length - oldBodyStart).buffer;
}

const chunk = (h: Header) => h.tables.keyedOrderChunks[0] as Record<string, { $typed: number }>;

/** Takes the arrays a record refers to out of the backup's list of arrays (the others renumbered). */
function dropArrays(h: Header, record: Record<string, unknown>): void {
	const dropped = Object.values(record)
		.filter((v): v is { $typed: number } => typeof v === 'object' && v !== null && '$typed' in v)
		.map((v) => v.$typed);
	const renumber = (value: unknown): void => {
		if (!value || typeof value !== 'object') return;
		const ref = value as { $typed?: number };
		if (typeof ref.$typed === 'number') ref.$typed -= dropped.filter((d) => d < ref.$typed!).length;
		else for (const v of Object.values(value)) renumber(v);
	};
	h.blobs = (h.blobs as unknown[]).filter((_, i) => !dropped.includes(i));
	for (const records of Object.values(h.tables)) for (const r of records) if (r !== record) renumber(r);
}
/** Writes a value into a typed array of the binary part. */
function poke(h: Header, body: Uint8Array, ref: { $typed: number }, index: number, value: number): void {
	const entry = (h.blobs as { kind: string; offset: number }[])[ref.$typed];
	const view = new DataView(body.buffer, body.byteOffset);
	if (entry.kind === 'Int32Array') view.setInt32(entry.offset + index * 4, value, true);
	else if (entry.kind === 'Uint16Array') view.setUint16(entry.offset + index * 2, value, true);
	else if (entry.kind === 'Uint8Array') view.setUint8(entry.offset + index, value);
	else view.setFloat64(entry.offset + index * 8, value, true);
}

describe('a tampered backup is refused and changes nothing', () => {
	beforeEach(async () => {
		await saveScenario('crr', 'Q1', { s: '10000', e: '10200', n: '2000' });
		await storeImport(ordersResult(6, true), 'Shop');
	});

	async function expectRefused(buffer: ArrayBuffer, detail: RegExp): Promise<void> {
		// Something else is stored now; a refused restore must leave it exactly so.
		await Promise.all(db().tables.map((t) => t.clear()));
		await saveScenario('crr', 'current', { s: '1' });
		const error = await parseBackup(buffer, db()).then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(BackupError);
		expect(error).toMatchObject({ problem: 'corrupt' });
		expect((error as BackupError).detail).toMatch(detail);
		expect((await listScenarios()).map((s) => s.name)).toEqual(['current']);
		expect(await listDatasets()).toEqual([]);
	}

	it.each([
		['a header field edited (order count 6 → 9)', (h: Header) => (h.tables.datasets[0].orderCount = 9)],
		['a header field edited (customer count 3 → 1)', (h: Header) => (h.tables.datasets[0].customerCount = 1)],
		['a record count changed', (h: Header) => (h.counts.keyedOrderChunks = 2)],
		['a record removed', (h: Header) => (h.tables.datasetStrings.splice(0, 1), (h.counts.datasetStrings -= 1))]
	])('%s without sealing the file again: the checksum fails', async (_, edit) => {
		const file = new Uint8Array(await bufferOf(await createBackup(db())));
		await expectRefused(editInPlace(file, edit), /checksum/);
	});

	it.each<[string, (h: Header, body: Uint8Array) => void, RegExp]>([
		[
			'orders per chunk changed (the chunks no longer match)',
			(h) => (h.tables.datasets[0].chunkRows = 2),
			/6 orders but 1 chunks/
		],
		['orders per chunk zero', (h) => (h.tables.datasets[0].chunkRows = 0), /bad chunk size/],
		['orders per chunk not a whole number', (h) => (h.tables.datasets[0].chunkRows = 2.5), /bad chunk size/],
		[
			'order count raised (6 → 9)',
			(h) => (h.tables.datasets[0].orderCount = 9),
			/6 orders|holds 6 orders, not 9|9 orders/
		],
		['order count lowered (6 → 2)', (h) => (h.tables.datasets[0].orderCount = 2), /holds 6 orders, not 2/],
		['customer count lowered (3 → 1)', (h) => (h.tables.datasets[0].customerCount = 1), /customer/],
		[
			'first day moved to 1 Jan 1970',
			(h) => ((h.tables.datasets[0].firstDay = 0), ((h.tables.datasets[0].report as Header).firstDay = 0)),
			/differ from its range/
		],
		[
			'first day moved before 1900',
			(h) => (
				(h.tables.datasets[0].firstDay = -30000),
				((h.tables.datasets[0].report as Header).firstDay = -30000)
			),
			/out of bounds/
		],
		['revenue edited', (h) => (h.tables.datasets[0].revenue = 1e6), /revenue/],
		[
			'date range narrowed (orders fall outside it)',
			(h) => ((h.tables.datasets[0].lastDay = 19002), ((h.tables.datasets[0].report as Header).lastDay = 19002)),
			/dates/
		],
		['record count changed', (h) => (h.counts.keyedOrderChunks = 2), /record count/],
		['a table counted but missing', (h) => (delete h.tables.plan, (h.counts.plan = 0)), /counted but missing/],
		[
			'an order chunk removed',
			(h) => (
				dropArrays(h, h.tables.keyedOrderChunks[0]),
				h.tables.keyedOrderChunks.splice(0, 1),
				(h.counts.keyedOrderChunks = 0)
			),
			/chunks/
		],
		[
			'the customer list removed',
			(h) => (h.tables.datasetStrings.splice(0, 1), (h.counts.datasetStrings -= 1)),
			/customer list/
		],
		[
			'the order ids removed',
			(h) => (
				dropArrays(h, h.tables.keyedOrderIdChunks[0]),
				h.tables.keyedOrderIdChunks.splice(0, 1),
				(h.counts.keyedOrderIdChunks = 0)
			),
			/order ids missing/
		],
		// The ids' bytes are #0, 0, #1, 0, …: the first separator made a letter joins #0 and #1.
		[
			'an order id removed',
			(h, body) => poke(h, body, h.tables.keyedOrderIdChunks[0].bytes as { $typed: number }, 2, 0x41),
			/5 order ids for 6/
		],
		[
			'order ids both as text and as bytes',
			(h) => (h.tables.keyedOrderIdChunks[0].ids = '#0'),
			/bad order-id chunk/
		],
		[
			'the data set removed (its orders left behind)',
			(h) => (h.tables.datasets.splice(0, 1), (h.counts.datasets = 0)),
			/of no data set/
		],
		['a data set id that is not a whole number', (h) => (h.tables.datasets[0].id = 1.5), /bad id/],
		['a data set id as text', (h) => (h.tables.datasets[0].id = 'abc'), /bad id/],
		['a chunk moved to another data set', (h) => (h.tables.keyedOrderChunks[0].datasetId = 99), /no data set/],
		[
			'the order ids moved to the table before v9, its chunk left in the one since',
			(h) => (
				h.tables.orderIdChunks.push(...h.tables.keyedOrderIdChunks.splice(0, 1)),
				(h.counts.orderIdChunks = 1),
				(h.counts.keyedOrderIdChunks = 0)
			),
			/tables of two schemas/
		],
		['an empty data set name', (h) => (h.tables.datasets[0].name = ' '), /bad name/],
		['a scenario without inputs', (h) => delete h.tables.scenarios[0].inputs, /bad inputs/],
		[
			'figures of a data set with a revenue that is not a number',
			(h) => (
				h.tables.datasetMetrics.push({
					datasetId: h.tables.datasets[0].id,
					datasetName: 'Shop',
					computedAt: 1,
					currency: null,
					customers: 3,
					orders: 6,
					revenuePerYear: 'x',
					measures: []
				}),
				(h.counts.datasetMetrics = 1)
			),
			/bad revenue/
		],
		[
			'a plan entry with an unknown status',
			(h) => (
				h.tables.plan.push({
					tacticId: 'win-back-email',
					status: 'x',
					notes: '',
					owner: '',
					targetDate: null,
					updatedAt: 1
				}),
				(h.counts.plan = 1)
			),
			/plan entry/
		],
		['a customer number out of range', (h, body) => poke(h, body, chunk(h).customer, 0, 7), /customers: value 7/],
		// Days are stored as Uint16 above the chunk's first day (19000), amounts as Int32 cents.
		['an order dated 1970', (h) => (chunk(h).dayBase = 0 as never), /dates: value 0/],
		['an order dated after the range', (h, body) => poke(h, body, chunk(h).day, 2, 60_000), /dates: value 79000/],
		['a day base that is not a whole number', (h) => (chunk(h).dayBase = 0.5 as never), /dates: not 6/],
		['a day base as text', (h) => (chunk(h).dayBase = 'x' as never), /dates: not 6/],
		// An Int32 would wrap these as they are read (19000 + 2³² reads as 19000).
		['a day base past 32 bits', (h) => (chunk(h).dayBase = (19000 + 2 ** 32) as never), /dates: not 6/],
		['a customer base past 32 bits', (h) => (chunk(h).customerBase = (2 ** 32) as never), /customers: not 6/],
		[
			'order-id bytes that are not UTF-8',
			(h, body) =>
				poke(h, body, (h.tables.keyedOrderIdChunks[0] as Record<string, { $typed: number }>).bytes, 1, 0xff),
			/order ids that are not UTF-8/
		],
		['an amount changed', (h, body) => poke(h, body, chunk(h).amount, 1, 999), /revenue differs/],
		['one array referred to twice', (h) => (chunk(h).day = chunk(h).customer), /array/],
		[
			'a line item naming no product',
			(h, body) => poke(h, body, chunk(h).itemProduct, 0, 3),
			/line-item products: value 3/
		],
		// Orders 0…5 have 2, 2, 2, 0, 2, 2 items: starts 0, 2, 4, 6, 6, 8, 10.
		['line items that do not add up', (h, body) => poke(h, body, chunk(h).itemStart, 6, 9), /do not add up/],
		['line-item starts going back', (h, body) => poke(h, body, chunk(h).itemStart, 2, 1), /go back at 1/],
		// The country column is Uint8, index + 1: 3 is index 2 of two values.
		[
			'a dimension value past its values',
			(h, body) => poke(h, body, chunk(h).country, 0, 3),
			/country: value 2 at 0/
		],
		[
			'the line items’ products removed',
			(h) => (
				h.tables.datasetStrings.splice(
					h.tables.datasetStrings.findIndex((s) => s.key === 'items'),
					1
				),
				(h.counts.datasetStrings -= 1)
			),
			/text lists do not match/
		],
		[
			'line items of a data set that says it has none',
			(h) => (h.tables.datasets[0].hasItems = false),
			/text lists do not match/
		],
		[
			'line items in the chunks of a data set without them',
			(h) => (
				(h.tables.datasets[0].hasItems = false),
				h.tables.datasetStrings.splice(
					h.tables.datasetStrings.findIndex((s) => s.key === 'items'),
					1
				),
				(h.counts.datasetStrings -= 1)
			),
			/undeclared line items/
		],
		[
			'a line-item flag that is not true or false',
			(h) => (h.tables.datasets[0].hasItems = 'yes'),
			/line-item flag/
		],
		['source files that are not a list', (h) => (h.tables.datasets[0].sourceFiles = 'a.csv'), /bad source files/],
		[
			'a source file without its size',
			(h) => (h.tables.datasets[0].sourceFiles = [{ name: 'a.csv', lastModified: 1, rows: null }]),
			/bad source files/
		],
		[
			'a source file whose fingerprint is not one',
			(h) => (h.tables.datasets[0].sourceFiles = [{ name: 'a.csv', size: 1, lastModified: 1, rows: '<b>' }]),
			/bad source files/
		]
	])('%s, even in a file sealed again: the records do not agree', async (_, edit, detail) => {
		const { header, body } = await decoded();
		edit(header, body);
		const { checksum, ...rest } = header;
		void checksum;
		const file = await encodeBackup(rest as never, body);
		await expectRefused(file.buffer, detail);
	});

	it.each<[string, (h: Header, body: Uint8Array) => void, RegExp]>([
		[
			'names of a data set that says it has none',
			(h) => (h.tables.datasets[0].hasNames = false),
			/text lists do not match/
		],
		[
			'a customer’s name pointing past the names',
			(h, body) =>
				poke(
					h,
					body,
					h.tables.datasetStrings.find((s) => s.key === 'names')!.index as { $typed: number },
					1,
					2
				),
			/names: value 2 at 1/
		],
		['a name flag that is not true or false', (h) => (h.tables.datasets[0].hasNames = 1), /name flag/],
		[
			'a consent value that is neither unknown, yes nor no',
			(h, body) =>
				poke(
					h,
					body,
					h.tables.datasetStrings.find((s) => s.key === 'consent')!.consent as { $typed: number },
					1,
					3
				),
			/consent: value 3 at 1 outside 0…2/
		],
		[
			'consent of a data set that says it has none',
			(h) => (h.tables.datasets[0].hasConsent = false),
			/text lists do not match/
		],
		[
			'consent on another text list',
			(h) => (h.tables.datasetStrings.find((s) => s.key === 'names')!.consent = [1, 0, 2]),
			/consent on the text list names/
		],
		[
			'addresses of others who declined that are not text',
			(h) => (h.tables.datasetStrings.find((s) => s.key === 'consent')!.others = [1]),
			/bad addresses of others who declined on the text list consent/
		],
		[
			'addresses of others who declined on another text list',
			(h) => (h.tables.datasetStrings.find((s) => s.key === 'names')!.others = ['a@x.io']),
			/bad addresses of others who declined on the text list names/
		],
		['a consent flag that is not true or false', (h) => (h.tables.datasets[0].hasConsent = 'no'), /consent flag/],
		[
			'an infinite cost of goods',
			(h, body) => poke(h, body, chunk(h).cost, 1, Infinity),
			/costs: value at 1 is infinite/
		],
		[
			'costs of a data set that says it has none',
			(h) => (h.tables.datasets[0].hasCost = false),
			/undeclared cost column/
		],
		[
			'first orders of their day that are not whole numbers',
			(h) => ((chunk(h) as Record<string, unknown>).firstOfDay = ['1']),
			/first orders of their day: not whole numbers/
		]
	])('%s (a data set with names), even sealed again: refused', async (_, edit, detail) => {
		await Promise.all(db().tables.map((t) => t.clear()));
		await storeImport(ordersResult(6, true, true, true, true), 'Shop');
		const { header, body } = await decoded();
		edit(header, body);
		const { checksum, ...rest } = header;
		void checksum;
		await expectRefused((await encodeBackup(rest as never, body)).buffer, detail);
	});

	it('still restores an untouched backup after all those checks', async () => {
		const { header, body } = await decoded();
		const { checksum, ...rest } = header;
		void checksum;
		const parsed = await parseBackup((await encodeBackup(rest as never, body)).buffer, db());
		await restoreBackup(parsed, db());
		expect((await listDatasets()).map((d) => d.orderCount)).toEqual([6]);
	});

	it('reads a format-1 backup (checksum of the binary part only) and checks its records all the same', async () => {
		const { header, body } = await decoded();
		let hash = 0x811c9dc5;
		for (const byte of body) hash = Math.imul(hash ^ byte, 0x01000193);
		const old = { ...header, format: 1, checksum: hash >>> 0 };
		const encode = (h: object) => {
			const json = new TextEncoder().encode(JSON.stringify(h));
			const padding = (8 - ((12 + json.length) % 8)) % 8;
			const file = new Uint8Array(12 + json.length + padding + body.length).fill(0x20);
			file.set(new TextEncoder().encode('RLBACKUP'));
			new DataView(file.buffer).setUint32(8, json.length, true);
			file.set(json, 12);
			file.set(body, 12 + json.length + padding);
			return file.buffer;
		};
		expect((await parseBackup(encode(old), db())).header.counts.datasets).toBe(1);
		const edited = structuredClone(old);
		edited.tables.datasets[0].orderCount = 9;
		await expectRefused(encode(edited), /not 9/);
	});
});

describe('text lists stored in parts (a list too long for one IndexedDB value)', () => {
	const load = (id: number) => loadOrders(id, { orderIds: true, dimensions: true, items: true });

	it('are stored, read, backed up and restored as the same lists as in one record', async () => {
		const whole = await storeImport(ordersResult(6, true, true), 'Whole');
		// 20 bytes a part: at most one text a part ('a@x.io' takes 2 × 6 + 8).
		const parted = await storeImport(ordersResult(6, true, true), 'Parted', { stringPartBytes: 20 });
		const recordsOf = (id: number) => db().datasetStrings.where('datasetId').equals(id).count();
		expect(await recordsOf(whole)).toBe(4);
		expect(await recordsOf(parted)).toBe(3 + 2 + 3 + 2);
		const expected = await load(whole);
		for (const stored of [
			await load(parted),
			await (async () => {
				const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
				await Promise.all(db().tables.map((t) => t.clear()));
				await restoreBackup(parsed, db());
				return load(parted);
			})()
		]) {
			expect(stored.customers).toEqual(['a@x.io', 'b', '=c']);
			expect(stored.dimensions).toEqual(expected.dimensions);
			expect(stored.items).toEqual(expected.items);
			expect(await loadNames(parted)).toEqual(await loadNames(whole));
		}
	});

	it.each<[string, (h: Header) => void, RegExp]>([
		[
			'a part removed',
			(h) =>
				h.tables.datasetStrings.splice(
					h.tables.datasetStrings.findIndex((s) => s.key === 'customers#2'),
					1
				),
			/lacks a part/
		],
		[
			'a part without its list',
			(h) =>
				h.tables.datasetStrings.push({
					...h.tables.datasetStrings[0],
					key: 'dimension:country#5',
					parts: undefined
				}),
			/part/
		],
		[
			'a part count of one',
			(h) => (h.tables.datasetStrings.find((s) => s.key === 'customers')!.parts = 1),
			/bad text list parts/
		]
	])('a backup with %s, sealed again, is refused', async (_, edit, detail) => {
		await Promise.all(db().tables.map((t) => t.clear()));
		await storeImport(ordersResult(6, true, true), 'Parted', { stringPartBytes: 20 });
		const { header, body } = await decoded();
		edit(header);
		header.counts.datasetStrings = header.tables.datasetStrings.length;
		const { checksum, ...rest } = header;
		void checksum;
		const file = await encodeBackup(rest as never, body);
		const error = await parseBackup(file.buffer, db()).then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(BackupError);
		expect((error as BackupError).detail).toMatch(detail);
	});
});

describe('SKUs per line item in backups', () => {
	/** `ordersResult` with a SKU per line item: the product's own (M-1, T-1, L-1), every 5th item none. */
	function withSkus(count: number): OrdersResult {
		const result = ordersResult(count, true);
		const items = result.items!;
		items.skus = {
			values: ['M-1', 'T-1', 'L-1'],
			index: Int32Array.from(items.product, (p, k) => (k % 5 === 4 ? -1 : p))
		};
		return result;
	}

	async function restoredFrom(file: ArrayBuffer): Promise<void> {
		const parsed = await parseBackup(file, db());
		await Promise.all(db().tables.map((t) => t.clear()));
		await restoreBackup(parsed, db());
	}

	it('carries each line item’s SKU through a backup', async () => {
		const result = withSkus(9);
		const id = await storeImport(result, 'Shop');
		const [stored] = await keyedChunks(id);
		expect(stored.itemSku).toBeInstanceOf(Uint8Array);
		await restoredFrom(await bufferOf(await createBackup(db())));
		const after = await loadOrders(id, { items: true });
		expect(after.dataset.hasItemSkus).toBe(true);
		expect(after.items!.skus!.values).toEqual(['M-1', 'T-1', 'L-1']);
		expect([...after.items!.skus!.index]).toEqual([...result.items!.skus!.index]);
		expect([...after.items!.product]).toEqual([...result.items!.product]);
	});

	it('stores and carries through a backup line items known by their SKU alone (no product name)', async () => {
		const result = withSkus(9);
		const items = result.items!;
		// Every third item has no name, only its SKU.
		items.product = Int32Array.from(items.product, (p, k) => (k % 3 === 0 ? -1 : p));
		items.skus!.index = Int32Array.from(items.skus!.index, (s, k) => (k % 3 === 0 ? k % 2 : s));
		const id = await storeImport(result, 'Shop');
		const [stored] = await keyedChunks(id);
		expect(stored.itemProduct).toBeInstanceOf(Uint8Array);
		const before = await loadOrders(id, { items: true });
		expect(before.dataset.hasUnnamedItems).toBe(true);
		expect([...before.items!.product]).toEqual([...items.product]);
		await restoredFrom(await bufferOf(await createBackup(db())));
		const after = await loadOrders(id, { items: true });
		expect([...after.items!.product]).toEqual([...items.product]);
		expect([...after.items!.skus!.index]).toEqual([...items.skus!.index]);
	});

	it('restores a backup made before SKUs per line item were kept: its items have none (the SKU views say so)', async () => {
		const id = await storeImport(ordersResult(9, true), 'Shop');
		const file = await bufferOf(await createBackup(db()));
		const { header } = await decodeBackup(file, db().verno);
		expect(JSON.stringify(header)).not.toMatch(/itemSku/);
		await restoredFrom(file);
		const after = await loadOrders(id, { items: true });
		expect(after.dataset.hasItems).toBe(true);
		expect(after.dataset.hasItemSkus).toBeUndefined();
		expect(after.items!.skus).toBeUndefined();
		expect([...after.items!.product]).toEqual([...itemsOf(9).product]);
	});

	describe('a tampered one is refused', () => {
		beforeEach(async () => {
			await storeImport(withSkus(6), 'Shop');
		});

		// Orders 0…5 have 2, 2, 2, 0, 2, 2 items: 10 SKUs, Uint8 holding index + 1 (0: none).
		it.each<[string, (h: Header, body: Uint8Array) => void, RegExp]>([
			[
				'a SKU past its values',
				(h, body) => poke(h, body, chunk(h).itemSku, 1, 4),
				/line-item SKUs: value 3 at 1/
			],
			[
				'a chunk without its SKUs',
				(h) => {
					const record = chunk(h);
					const only = { itemSku: record.itemSku };
					dropArrays(h, only);
					delete (record as Record<string, unknown>).itemSku;
				},
				/line-item SKUs: not 10 whole numbers/
			],
			[
				'the SKU texts removed',
				(h) => (
					h.tables.datasetStrings.splice(
						h.tables.datasetStrings.findIndex((s) => s.key === 'itemSkus'),
						1
					),
					(h.counts.datasetStrings -= 1)
				),
				/text lists do not match/
			],
			[
				'SKUs in the chunks of a data set that says it has none',
				(h) => (
					(h.tables.datasets[0].hasItemSkus = false),
					h.tables.datasetStrings.splice(
						h.tables.datasetStrings.findIndex((s) => s.key === 'itemSkus'),
						1
					),
					(h.counts.datasetStrings -= 1)
				),
				/undeclared line-item SKUs/
			],
			[
				'a SKU flag that is not true or false',
				(h) => (h.tables.datasets[0].hasItemSkus = 1),
				/line-item SKU flag/
			],
			[
				'SKUs without line items',
				(h) => ((h.tables.datasets[0].hasItems = false), (h.tables.datasets[0].hasItemSkus = true)),
				/line-item SKUs without line items/
			]
		])('%s', async (_, edit, detail) => {
			const { header, body } = await decoded();
			edit(header, body);
			const { checksum, ...rest } = header;
			void checksum;
			const file = await encodeBackup(rest as never, body);
			await Promise.all(db().tables.map((t) => t.clear()));
			const error = await parseBackup(file.buffer, db()).then(
				() => null,
				(e: unknown) => e
			);
			expect(error).toBeInstanceOf(BackupError);
			expect((error as BackupError).detail).toMatch(detail);
			expect(await listDatasets()).toEqual([]);
		});
	});
});

describe('a restore into storage that is full', () => {
	/** The table as the restore writes to it (`database.tables`). */
	const tableOf = (name: string) => db().tables.find((t) => t.name === name)!;
	const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

	it.each<[string, () => unknown]>([
		// As a write rejects at once (fake-indexeddb, Firefox).
		['a write refused', full],
		// As Dexie's bulkAdd reports the records it could not add.
		['a bulk write with failures', () => new Dexie.BulkError('bulkAdd failed', { 0: full() })],
		// As Chromium reports it: the transaction aborted at commit, the quota error inside.
		['the transaction aborted', () => new Dexie.AbortError('Transaction aborted', full())]
	])('says the storage is full and changes nothing (%s)', async (_, error) => {
		await saveScenario('crr', 'Q1', { s: '10000', e: '10200', n: '2000' });
		const id = await storeImport(ordersResult(6, true), 'Shop');
		const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
		await Promise.all(db().tables.map((t) => t.clear()));
		await saveScenario('crr', 'current', { s: '1' });
		const bulkAdd = vi.spyOn(tableOf('keyedOrderChunks'), 'bulkAdd').mockRejectedValueOnce(error());

		const failure = await restoreBackup(parsed, db()).then(
			() => null,
			(e: unknown) => e
		);
		bulkAdd.mockRestore();
		expect(failure).toBeInstanceOf(BackupError);
		expect(failure).toMatchObject({ problem: 'storageFull' });
		expect((await listScenarios()).map((s) => s.name)).toEqual(['current']);
		expect(await db().datasets.get(id)).toBeUndefined();
	});

	it('leaves other failures as they are', async () => {
		const parsed = await parseBackup(await bufferOf(await createBackup(db())), db());
		const bulkAdd = vi.spyOn(tableOf('scenarios'), 'bulkAdd');
		await saveScenario('crr', 'Q1', { s: '1' });
		const withScenario = await parseBackup(await bufferOf(await createBackup(db())), db());
		bulkAdd.mockRejectedValueOnce(new Error('disk on fire'));
		await expect(restoreBackup(withScenario, db())).rejects.toThrow('disk on fire');
		bulkAdd.mockRestore();
		await restoreBackup(parsed, db());
		expect(await listScenarios()).toEqual([]);
	});
});
