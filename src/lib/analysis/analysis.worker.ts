/// <reference lib="webworker" />
/**
 * The analysis worker: loads a data set's orders from IndexedDB (kept in memory while the same
 * data set is analysed again with other settings), computes the analysis off the page's thread,
 * stores the headline figures for the benchmarks and planner, and writes segment exports.
 */
import { db } from '$lib/db/database';
import { loadOrders, type StoredOrders } from '$lib/db/datasets';
import { analyse, type CustomerDetail } from './analyse';
import { writeCachedAnalysis } from './cache';
import { datasetMeasures } from './measures';
import type { FromAnalysisWorker, ToAnalysisWorker } from './protocol';
import { segmentCsv } from './segment-export';

declare const self: DedicatedWorkerGlobalScope;
const post = (message: FromAnalysisWorker) => self.postMessage(message);

let loaded: { id: number; orders: StoredOrders } | null = null;
let lastDetail: { key: string; detail: CustomerDetail } | null = null;

async function ordersOf(id: number): Promise<StoredOrders> {
	if (loaded?.id === id) {
		// A data set may have been deleted or replaced (restore) since: check it still exists.
		const current = await db().datasets.get(id);
		if (current && current.createdAt === loaded.orders.dataset.createdAt) return loaded.orders;
	}
	const orders = await loadOrders(id);
	loaded = { id, orders };
	lastDetail = null;
	return orders;
}

self.onmessage = async (event: MessageEvent<ToAnalysisWorker>) => {
	const message = event.data;
	const { requestId, datasetId } = message;
	try {
		const dataset = await db().datasets.get(datasetId);
		if (!dataset) return post({ type: 'failed', requestId, reason: 'notFound' });
		if (dataset.kind !== 'orders') return post({ type: 'failed', requestId, reason: 'summaryOnly' });
		const started = performance.now();
		const orders = await ordersOf(datasetId);
		const loadedAt = performance.now();
		const key = `${datasetId}:${JSON.stringify(message.settings)}`;
		if (message.type === 'exportSegment') {
			const detail = lastDetail?.key === key ? lastDetail.detail : analyse(orders.columns, orders.dataset.customerCount, message.settings).detail;
			lastDetail = { key, detail };
			const customers = (await db().datasetStrings.get([datasetId, 'customers']))?.values ?? [];
			const { parts, count } = segmentCsv(detail, customers, message.segment);
			return post({ type: 'segmentCsv', requestId, parts, count });
		}
		const { analysis, detail } = analyse(orders.columns, orders.dataset.customerCount, message.settings);
		lastDetail = { key, detail };
		const computedAt = performance.now();
		post({ type: 'analysed', requestId, datasetId, analysis, timings: { loadMs: loadedAt - started, computeMs: computedAt - loadedAt } });
		await writeCachedAnalysis(datasetId, dataset.createdAt, message.settings, analysis);
		await db().datasetMetrics.put(datasetMeasures(analysis, { id: datasetId, name: dataset.name }, dataset.currency ?? message.currency, Date.now()));
	} catch (error) {
		post({ type: 'failed', requestId, reason: 'failed', detail: error instanceof Error ? error.message : String(error) });
	}
};
