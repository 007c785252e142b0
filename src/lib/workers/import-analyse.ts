import { analyse, wholeHistory, type Analysis, type CustomerDetail } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/cache';
import { prepareDefaultClv } from '$lib/analysis/clv-cache';
import { discard } from '$lib/orders/discard';
import type { FromImportHelper, HelperAnalyseMessage } from './import-protocol';
import { transferablesOf } from './transfer';

/**
 * What the import's helper worker does with the orders it is given (`import-analyse.worker.ts` posts
 * with `post`): the default analysis, answered with the customers' RFM segments; then, when asked
 * (`fitClv`), the default CLV fit, answered in a second message; a fit that is held (`holdFit`)
 * starts once `fitMayStart` resolves (the import worker's word that the page has drawn). The
 * columns go back with the analysis when no fit is asked for; else they stay here for the fit and
 * are freed once it has read them. The analysis and the fit are the same computations as the
 * import worker's own.
 */
export async function helpImport(
	message: HelperAnalyseMessage,
	post: (reply: FromImportHelper, transfer: ArrayBuffer[]) => void,
	fitMayStart: () => Promise<void>
): Promise<void> {
	const { columns, customerCount, fitClv } = message;
	const started = performance.now();
	let analysis: Analysis | null = null;
	let segments: Uint8Array | null = null;
	let detail: CustomerDetail | null = null;
	let analyseMs = 0;
	try {
		const result = analyse(columns, customerCount, DEFAULT_ANALYSIS_SETTINGS);
		analysis = result.analysis;
		detail = result.detail;
		segments = wholeHistory(result.detail)?.rfm.segment ?? null;
		analyseMs = performance.now() - started;
	} catch {
		// (No analysis: see below.)
	}
	// Without an analysis (it failed) the columns go back: the import worker analyses them itself.
	if (!fitClv || !analysis) {
		post({ type: 'analysed', analysis, analyseMs, columns, segments }, transferablesOf(columns));
		return;
	}
	// (The segments are copied with the message: the fit keeps them too.)
	post({ type: 'analysed', analysis, analyseMs, columns: null, segments }, []);
	// The analysis's per-customer arrays (all but the segments the fit reads) are freed before the fit,
	// beside the store, makes its own: not at the next garbage collection.
	if (detail) discardDetail(detail);
	if (message.holdFit) await fitMayStart();
	try {
		const fitStarted = performance.now();
		const clv = prepareDefaultClv(columns, customerCount, segments, () =>
			discard(columns.customer, columns.day, columns.amount)
		);
		post({ type: 'clvFitted', clv, fitMs: performance.now() - fitStarted }, transferablesOf(clv));
	} catch (error) {
		const failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		post({ type: 'clvFitted', clv: null, fitMs: 0, failure }, []);
	}
}

/** Frees a detail's per-customer arrays at once, but for the RFM segments (see `discard`). */
function discardDetail({ index, rfm, seedFlags }: CustomerDetail): void {
	discard(index.offset, index.order, index.firstDay, index.lastDay, index.orders, index.revenue);
	discard(rfm.recency, rfm.r, rfm.f, rfm.m, seedFlags);
}
