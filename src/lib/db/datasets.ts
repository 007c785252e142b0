import type { OrderColumns } from '$lib/orders/columns';
import type { OrdersResult } from '$lib/orders/accumulate';
import {
	DIMENSIONS,
	type CustomerNames,
	type Dimension,
	type DimensionColumn,
	type OrderItems
} from '$lib/orders/columns';
import type { SummaryResult } from '$lib/orders/summary';
import {
	db,
	ID_SEPARATOR,
	type DatasetRecord,
	type DatasetStringsRecord,
	type OrderChunkRecord,
	type OrderIdChunkRecord
} from './database';

/** Orders per stored chunk: large enough for few records, small enough to read in pieces. */
export const CHUNK_ROWS = 1 << 18;
export const MAX_DATASET_NAME_LENGTH = 80;

export type DatasetNameProblem = 'empty' | 'tooLong';

export function datasetNameProblem(name: string): DatasetNameProblem | null {
	const trimmed = name.trim();
	if (!trimmed) return 'empty';
	if (trimmed.length > MAX_DATASET_NAME_LENGTH) return 'tooLong';
	return null;
}

function stringBytes(values: readonly string[]): number {
	let bytes = 0;
	for (const v of values) bytes += v.length * 2 + 8;
	return bytes;
}

export interface StoreOptions {
	/** The data set's creation time. */
	now?: number;
	/**
	 * Called once every write has been handed to IndexedDB (after the data-set record's id came
	 * back): from then on the transaction commits by itself in the browser, and the caller may use
	 * its thread for other work while it does (e.g. analyse the orders) before awaiting the result.
	 * Never called when storing fails before that.
	 */
	onIssued?: () => void;
}

/**
 * Stores an import as a new data set, all in one IndexedDB transaction: the data set appears
 * whole or not at all (a failure, a cancel, or a closed tab mid-write leaves nothing behind),
 * and no existing data set is touched. Resolves with its id once committed.
 *
 * The order columns (customer, day, amount) are copied into the stored chunks before this returns
 * its promise: the caller may then transfer their buffers to another worker (the import worker's
 * helper analyses them) instead of copying them once more.
 */
export function storeImport(
	result: OrdersResult | SummaryResult,
	name: string,
	options: StoreOptions = {}
): Promise<number> {
	const problem = datasetNameProblem(name);
	if (problem) return Promise.reject(new Error(`Invalid data set name (${problem})`));
	const chunks = result.kind === 'orders' ? orderChunks(result.columns) : [];
	return storeChunks(result, name, chunks, options);
}

/** The order columns cut into the stored chunks (copies), their data set not yet set. */
function orderChunks(columns: OrderColumns): OrderChunkRecord[] {
	const chunks: OrderChunkRecord[] = [];
	for (let start = 0, index = 0; start < columns.count; start += CHUNK_ROWS, index++) {
		const end = Math.min(columns.count, start + CHUNK_ROWS);
		chunks.push({
			datasetId: 0,
			index,
			count: end - start,
			customer: columns.customer.slice(start, end),
			day: columns.day.slice(start, end),
			amount: columns.amount.slice(start, end)
		});
	}
	return chunks;
}

async function storeChunks(
	result: OrdersResult | SummaryResult,
	name: string,
	chunks: OrderChunkRecord[],
	options: StoreOptions
): Promise<number> {
	const now = options.now ?? Date.now();
	const database = db();
	const report = result.report;
	const base = {
		name: name.trim(),
		createdAt: now,
		customerCount: report.customers,
		firstDay: report.firstDay,
		lastDay: report.lastDay,
		revenue: report.revenue,
		currency: report.currency,
		report,
		...(report.revenueBreakdown ? { revenueBreakdown: report.revenueBreakdown } : {})
	};
	return database.transaction('rw', [database.datasets, ...database.datasetContentTables], async () => {
		if (result.kind === 'summary') {
			const n = result.customers.length;
			const id = (await database.datasets.add({
				...base,
				kind: 'summary',
				orderCount: 0,
				byteSize: n * 32 + stringBytes(result.customers),
				chunkCount: 0,
				dimensions: [],
				hasOrderIds: false,
				summaryUnit: result.unit
			})) as number;
			const writes = [
				database.summaries.add({
					datasetId: id,
					frequency: result.frequency,
					recency: result.recency,
					age: result.age,
					monetary: result.monetary
				}),
				database.datasetStrings.add({ datasetId: id, key: 'customers', values: result.customers })
			];
			options.onIssued?.();
			await Promise.all(writes);
			return id;
		}

		const { customers, orderIds, dimensions, items } = result;
		const count = result.columns.count;
		const names = result.names ?? null;
		const cost = result.cost ?? null;
		const dims = DIMENSIONS.filter((d) => dimensions[d]);
		const chunkCount = chunks.length;
		let byteSize = count * 16 + stringBytes(customers) + (orderIds ? orderIds.byteSize() : 0);
		for (const d of dims) byteSize += count * 4 + stringBytes(dimensions[d]!.values);
		if (items) byteSize += (count + chunkCount) * 4 + items.product.length * 4 + stringBytes(items.values);
		if (names) byteSize += names.index.length * 4 + stringBytes(names.values);
		if (cost) byteSize += count * 8;
		const id = (await database.datasets.add({
			...base,
			kind: 'orders',
			orderCount: count,
			byteSize,
			chunkCount,
			dimensions: dims,
			hasOrderIds: orderIds !== null,
			hasItems: items !== null,
			...(names ? { hasNames: true } : {}),
			...(cost ? { hasCost: true } : {})
		})) as number;

		// Every write is issued at once, without waiting for the one before: each chunk (copied out
		// of the columns before the transaction) is cloned into IndexedDB as it is added, and the
		// transaction then commits in the browser while this thread is free (`onIssued`).
		const writes: Promise<unknown>[] = [];
		// Taken off the list as they are added: IndexedDB holds its own copy, this one can go.
		for (let index = 0, chunk = chunks.shift(); chunk; index++, chunk = chunks.shift()) {
			const start = index * CHUNK_ROWS;
			const end = start + chunk.count;
			chunk.datasetId = id;
			for (const d of dims) chunk[d] = dimensions[d]!.index.slice(start, end);
			if (cost) chunk.cost = cost.slice(start, end);
			if (items) {
				const from = items.start[start];
				chunk.itemStart = items.start.slice(start, end + 1).map((at) => at - from);
				chunk.itemProduct = items.product.slice(from, items.start[end]);
			}
			writes.push(database.orderChunks.add(chunk));
			if (orderIds) {
				const ids: OrderIdChunkRecord = {
					datasetId: id,
					index,
					ids: orderIds.joined(start, end)
				};
				writes.push(database.orderIdChunks.add(ids));
			}
		}
		const strings: DatasetStringsRecord[] = [{ datasetId: id, key: 'customers', values: customers }];
		for (const d of dims) strings.push({ datasetId: id, key: `dimension:${d}`, values: dimensions[d]!.values });
		if (items) strings.push({ datasetId: id, key: 'items', values: items.values });
		if (names) strings.push({ datasetId: id, key: 'names', values: names.values, index: names.index });
		writes.push(database.datasetStrings.bulkAdd(strings));
		options.onIssued?.();
		await Promise.all(writes);
		return id;
	});
}

export function listDatasets(): Promise<DatasetRecord[]> {
	return db().datasets.orderBy('createdAt').reverse().toArray();
}

export async function renameDataset(id: number, name: string): Promise<void> {
	const problem = datasetNameProblem(name);
	if (problem) throw new Error(`Invalid data set name (${problem})`);
	const updated = await db().datasets.update(id, { name: name.trim() });
	if (!updated) throw new Error(`No data set ${id}`);
}

/**
 * Deletes the data set an import cancelled by the user may have stored all the same: the import
 * worker is stopped, but its writes may have committed (or be committing) before it was. Run after
 * the worker is terminated: IndexedDB orders this transaction after the worker's own (they share the
 * data sets' store), so a commit still under way ends first and is then deleted. Gives how many.
 */
export async function deleteCancelledImport(createdAt: number, name: string): Promise<number> {
	const database = db();
	const ids = await database.transaction('rw', [database.datasets, ...database.datasetContentTables], async () => {
		const found = (await database.datasets
			.filter((d) => d.createdAt === createdAt && d.name === name)
			.primaryKeys()) as number[];
		for (const id of found) await deleteDataset(id);
		return found;
	});
	return ids.length;
}

/** Deletes a data set and everything stored for it, in one transaction. */
export async function deleteDataset(id: number): Promise<void> {
	const database = db();
	await database.transaction('rw', [database.datasets, ...database.datasetContentTables], async () => {
		await database.orderChunks.where('datasetId').equals(id).delete();
		await database.orderIdChunks.where('datasetId').equals(id).delete();
		await database.analysisCache.where('datasetId').equals(id).delete();
		await database.datasetStrings.where('datasetId').equals(id).delete();
		await database.summaries.where('datasetId').equals(id).delete();
		await database.datasetMetrics.delete(id);
		await database.datasets.delete(id);
	});
}

export interface StoredOrders {
	dataset: DatasetRecord;
	columns: OrderColumns;
	customers: string[];
	orderIds: string[] | null;
	dimensions: Partial<Record<Dimension, DimensionColumn>>;
	/** The orders' line items when asked for (`items: true`) and stored (`dataset.hasItems`), else null. */
	items: OrderItems | null;
	/** Each order's cost of goods (NaN unknown) when asked for (`cost: true`) and stored (`dataset.hasCost`), else null. */
	cost?: Float64Array | null;
}

/** A data set's customers' names (for the audience exports), or null when none were stored. */
export async function loadNames(id: number): Promise<CustomerNames | null> {
	const record = await db().datasetStrings.get([id, 'names']);
	return record?.index ? { values: record.values, index: record.index } : null;
}

/**
 * A data set's stored cost of goods per order (NaN unknown), or null when none was stored, without
 * building its other columns. IndexedDB hands back whole records, so each order chunk is still read,
 * but one at a time (a cursor) and only its cost is kept: no whole customer, day and amount columns
 * are made beside the ones an analysis already holds.
 */
export async function loadCost(id: number): Promise<Float64Array | null> {
	const database = db();
	return database.transaction('r', [database.datasets, database.orderChunks], async () => {
		const dataset = await database.datasets.get(id);
		if (!dataset || dataset.kind !== 'orders') throw new Error(`No orders data set ${id}`);
		if (!dataset.hasCost) return null;
		const cost = new Float64Array(dataset.orderCount).fill(NaN);
		await database.orderChunks
			.where('[datasetId+index]')
			.between([id, 0], [id, Infinity])
			.each((chunk) => {
				if (chunk.cost) cost.set(chunk.cost, chunk.index * CHUNK_ROWS);
			});
		return cost;
	});
}

/**
 * Reads a data set's orders back into whole columns. Customer ids, order ids, dimensions and
 * line items are read only when asked for (an analysis needs none of them).
 */
export async function loadOrders(
	id: number,
	options: { orderIds?: boolean; dimensions?: boolean; customers?: boolean; items?: boolean; cost?: boolean } = {}
): Promise<StoredOrders> {
	const database = db();
	return database.transaction(
		'r',
		[database.datasets, database.orderChunks, database.orderIdChunks, database.datasetStrings],
		async () => {
			const dataset = await database.datasets.get(id);
			if (!dataset || dataset.kind !== 'orders') throw new Error(`No orders data set ${id}`);
			const chunks = await database.orderChunks
				.where('[datasetId+index]')
				.between([id, 0], [id, Infinity])
				.toArray();
			const count = dataset.orderCount;
			const columns: OrderColumns = {
				count,
				customer: new Int32Array(count),
				day: new Int32Array(count),
				amount: new Float64Array(count)
			};
			const dims = options.dimensions ? dataset.dimensions : [];
			const cost = options.cost && dataset.hasCost ? new Float64Array(count).fill(NaN) : null;
			const dimensionIndex = Object.fromEntries(dims.map((d) => [d, new Int32Array(count)])) as Partial<
				Record<Dimension, Int32Array>
			>;
			for (const chunk of chunks) {
				const at = chunk.index * CHUNK_ROWS;
				columns.customer.set(chunk.customer, at);
				columns.day.set(chunk.day, at);
				columns.amount.set(chunk.amount, at);
				for (const d of dims) if (chunk[d]) dimensionIndex[d]!.set(chunk[d]!, at);
				if (cost && chunk.cost) cost.set(chunk.cost, at);
			}
			let orderIds: string[] | null = null;
			if (options.orderIds && dataset.hasOrderIds) {
				const idChunks = await database.orderIdChunks
					.where('[datasetId+index]')
					.between([id, 0], [id, Infinity])
					.toArray();
				orderIds = idChunks.flatMap((chunk) => chunk.ids.split(ID_SEPARATOR));
			}
			const customers =
				options.customers === false
					? []
					: ((await database.datasetStrings.get([id, 'customers']))?.values ?? []);
			const dimensions: StoredOrders['dimensions'] = {};
			for (const d of dims) {
				const values = (await database.datasetStrings.get([id, `dimension:${d}`]))?.values ?? [];
				dimensions[d] = { values, index: dimensionIndex[d]! };
			}
			let items: OrderItems | null = null;
			if (options.items && dataset.hasItems) {
				let total = 0;
				for (const chunk of chunks) total += chunk.itemProduct?.length ?? 0;
				const start = new Int32Array(count + 1);
				const product = new Int32Array(total);
				let base = 0;
				for (const chunk of chunks) {
					const at = chunk.index * CHUNK_ROWS;
					const local = chunk.itemStart!;
					for (let i = 1; i < local.length; i++) start[at + i] = base + local[i];
					product.set(chunk.itemProduct!, base);
					base += chunk.itemProduct!.length;
				}
				const values = (await database.datasetStrings.get([id, 'items']))?.values ?? [];
				items = { values, start, product };
			}
			return { dataset, columns, customers, orderIds, dimensions, items, cost };
		}
	);
}
