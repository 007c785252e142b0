/// <reference lib="webworker" />
/**
 * A helper of the import worker, on another core: it analyses the orders just read with the
 * Analysis page's default settings while the import worker stores them, and hands the columns
 * (transferred to it, not copied) back with the analysis and the customers' RFM segments, which
 * the import worker fits the default CLV models with. The import worker then ends it: its heap
 * (the analysis's per-customer arrays) is let go before the fit, which the import worker runs in
 * the heap it already has.
 */
import { analyse, wholeHistory } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/cache';
import type { FromImportHelper, ToImportHelper } from './import-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ToImportHelper>) => {
	const { columns, customerCount } = event.data;
	const started = performance.now();
	let reply: FromImportHelper;
	try {
		const { analysis, detail } = analyse(columns, customerCount, DEFAULT_ANALYSIS_SETTINGS);
		const segments = wholeHistory(detail)?.rfm.segment ?? null;
		reply = { type: 'analysed', analysis, analyseMs: performance.now() - started, columns, segments };
	} catch {
		reply = { type: 'analysed', analysis: null, analyseMs: 0, columns, segments: null };
	}
	const buffers = new Set([columns.customer.buffer, columns.day.buffer, columns.amount.buffer]);
	self.postMessage(reply, [...buffers] as ArrayBuffer[]);
};
