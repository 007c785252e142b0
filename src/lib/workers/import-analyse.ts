import { analyse, wholeHistory, type Analysis } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/cache';
import { fitDefaultClv, segmentsOfOrders, storeDefaultClv } from '$lib/analysis/clv-cache';
import { discard } from '$lib/orders/discard';
import type { FromImportHelper, HelperAnalyseMessage, HelperFitMessage } from './import-protocol';
import { transferablesOf } from './transfer';

/**
 * What the import's helper worker does with the orders it is given (`import-analyse.worker.ts` posts
 * with `post`): the default analysis, answered with the customers' RFM segments and the columns
 * (transferred back). The same computation as the import worker's own.
 */
export function helpImport(
	message: HelperAnalyseMessage,
	post: (reply: FromImportHelper, transfer: ArrayBuffer[]) => void
): void {
	const { columns, customerCount } = message;
	const started = performance.now();
	let analysis: Analysis | null = null;
	let segments: Uint8Array | null = null;
	let analyseMs = 0;
	try {
		const result = analyse(columns, customerCount, DEFAULT_ANALYSIS_SETTINGS);
		analysis = result.analysis;
		segments = wholeHistory(result.detail)?.rfm.segment ?? null;
		analyseMs = performance.now() - started;
	} catch {
		// (No analysis: the import worker analyses the columns itself.)
	}
	post({ type: 'analysed', analysis, analyseMs, columns, segments }, transferablesOf(columns));
}

/**
 * What the import's second helper does (asked with 'fit'): the default CLV fit of the orders, on a
 * core of its own (see `analyseBeside` in import.worker.ts for when it is asked). The fit is stored
 * with the customers' segments that the analysis gives (`segments`), or computed here from the
 * orders where it gave none. The same computations as `prepareDefaultClv`.
 */
export async function fitForImport(
	message: HelperFitMessage,
	post: (reply: FromImportHelper, transfer: ArrayBuffer[]) => void,
	segments: () => Promise<Uint8Array | null>
): Promise<void> {
	const { columns, customerCount } = message;
	try {
		const fitStarted = performance.now();
		const fit = fitDefaultClv(columns, customerCount);
		const fitMs = performance.now() - fitStarted;
		const segmentOfCustomer = (await segments()) ?? segmentsOfOrders(columns, customerCount);
		discard(columns.customer, columns.day, columns.amount);
		const clv = storeDefaultClv(fit, segmentOfCustomer);
		post({ type: 'clvFitted', clv, fitMs }, transferablesOf(clv));
	} catch (error) {
		const failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		post({ type: 'clvFitted', clv: null, fitMs: 0, failure }, []);
	}
}
