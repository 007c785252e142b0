/// <reference lib="webworker" />
/**
 * A helper of the import worker, on another core: it analyses the orders just read with the
 * Analysis page's default settings while the import worker stores them, and, once the data set
 * has committed, fits its default CLV models and caches the fit (`precomputeDefaultClv`). It gets
 * a copy of the columns (transferred); it writes nothing before the data set exists.
 */
import { analyse, wholeHistory, type CustomerDetail } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/cache';
import { precomputeDefaultClv } from '$lib/analysis/clv-cache';
import type { OrderColumns } from '$lib/orders/columns';
import type { FromImportHelper, ToImportHelper } from './import-protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromImportHelper) => self.postMessage(message);

let held: { columns: OrderColumns; customerCount: number; detail: CustomerDetail | undefined } | null = null;

self.onmessage = async (event: MessageEvent<ToImportHelper>) => {
	const message = event.data;
	if (message.type === 'analyse') {
		try {
			const started = performance.now();
			const { analysis, detail } = analyse(message.columns, message.customerCount, DEFAULT_ANALYSIS_SETTINGS);
			held = { columns: message.columns, customerCount: message.customerCount, detail };
			post({ type: 'analysed', analysis, analyseMs: performance.now() - started });
		} catch {
			post({ type: 'analysed', analysis: null, analyseMs: 0 });
		}
		return;
	}
	// The data set has committed: fit and cache its default CLV models.
	try {
		if (!held) throw new Error('no orders');
		const segments = wholeHistory(held.detail)?.rfm.segment ?? null;
		const timings = await precomputeDefaultClv(
			held.columns,
			held.customerCount,
			message.datasetId,
			message.createdAt,
			segments
		);
		post({ type: 'clvPrecomputed', fitMs: timings.fitMs + timings.writeMs });
	} catch {
		post({ type: 'clvPrecomputed', fitMs: null });
	}
	held = null;
};
