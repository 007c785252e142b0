/**
 * For the analysis worker's tests over fake IndexedDB: a synthetic orders data set stored as the
 * import stores it since schema v9 (one chunk, keyed out of line), and the worker module driven in this thread, request by request.
 * Import 'fake-indexeddb/auto' in the test file before this module.
 */
import type { CustomerActions } from '$lib/analysis/audiences';
import { chunkKey, db } from '$lib/db/database';
import type { OrderColumns } from '$lib/orders/columns';
import type { FromAnalysisWorker, ToAnalysisWorker } from './analysis-protocol';

/** The customers' actions where no CLV model is fitted: a first-order summary then gives no predicted CLV. */
export const NO_CUSTOMER_ACTIONS = {
	customerOf: new Int32Array(0),
	unit: 'week',
	horizonMonths: 12,
	readiness: { ok: false, problems: [], warnings: [] },
	model: null
} as unknown as CustomerActions;

export interface SyntheticDataset {
	orders: OrderColumns;
	customerCount: number;
	lastDay: number;
	/** Each customer's id, by index. */
	customers: string[];
	/** Each order's cost of goods (NaN unknown), when the data set has costs. */
	cost?: Float64Array;
	/** Customers' names as the import stores them, when the data set has names. */
	names?: { values: string[]; index: Int32Array };
}

/** Stores `data` as an orders data set created at `createdAt` (one chunk, of a data set stored before chunks were sized: fewer orders than `LEGACY_CHUNK_ROWS`). */
export async function storeDataset(data: SyntheticDataset, createdAt: number): Promise<number> {
	const { orders, customerCount, cost, names } = data;
	const id = (await db().datasets.add({
		name: `d${createdAt}`,
		kind: 'orders',
		createdAt,
		orderCount: orders.count,
		customerCount,
		firstDay: null,
		lastDay: data.lastDay,
		revenue: 0,
		currency: null,
		byteSize: 0,
		chunkCount: 1,
		dimensions: [],
		hasOrderIds: false,
		...(cost ? { hasCost: true } : {}),
		...(names ? { hasNames: true } : {}),
		report: {} as never
	})) as number;
	const chunk = {
		datasetId: id,
		index: 0,
		count: orders.count,
		customer: orders.customer.slice(0, orders.count),
		day: orders.day.slice(0, orders.count),
		amount: orders.amount.slice(0, orders.count),
		...(cost ? { cost: cost.slice() } : {})
	};
	// In the table the import writes since schema v9 (keyed out of line), so the worker's tests read
	// the path new data sets take; the older table's path is tested in src/lib/db.
	await db().keyedOrderChunks.add(chunk, chunkKey(chunk));
	await db().datasetStrings.add({ datasetId: id, key: 'customers', values: data.customers });
	if (names) await db().datasetStrings.add({ datasetId: id, key: 'names', values: names.values, index: names.index });
	return id;
}

type Request = ToAnalysisWorker extends infer T ? (T extends unknown ? Omit<T, 'requestId'> : never) : never;

/**
 * The worker module, loaded once (call `start` in a beforeAll) with `self.postMessage` collecting
 * its replies; `ask` sends a request and returns the reply to it.
 */
export function analysisWorker() {
	const replies: FromAnalysisWorker[] = [];
	let nextId = 1;
	let handle: ((event: MessageEvent<ToAnalysisWorker>) => Promise<void>) | undefined;
	return {
		async start(): Promise<void> {
			const scope = globalThis as unknown as { self: { postMessage: (m: FromAnalysisWorker) => void } };
			scope.self = { postMessage: (m: FromAnalysisWorker) => replies.push(m) } as never;
			await import('./analysis.worker');
			handle = (scope.self as unknown as { onmessage: typeof handle }).onmessage;
		},
		async ask(request: Request): Promise<FromAnalysisWorker> {
			if (!handle) throw new Error('start the worker first');
			const requestId = nextId++;
			await handle({ data: { ...request, requestId } as ToAnalysisWorker } as MessageEvent<ToAnalysisWorker>);
			const reply = replies.find((r) => r.requestId === requestId);
			if (!reply) throw new Error(`no reply to ${request.type}`);
			return reply;
		}
	};
}
