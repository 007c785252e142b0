/// <reference lib="webworker" />
/**
 * A helper of the import worker, on another core. Two are started for a large import:
 * - one analyses the orders just read with the Analysis page's default settings while the import
 *   worker stores them ('analyse', `helpImport`), and hands the analysis, the customers' RFM
 *   segments and the columns (transferred to it, not copied) back;
 * - with up to `HAND_OVER_MAX_CUSTOMERS` customers, the other fits the default CLV models ('fit',
 *   `fitForImport`): with four cores or more a copy of the orders beside that analysis, with fewer
 *   the analysed orders once the store has ended; the segments it stores with the fit follow
 *   ('segments').
 * The import worker ends each once it has answered: its heap is let go.
 */
import type { FromImportHelper, ToImportHelper } from './import-protocol';
import { fitForImport, helpImport } from './import-analyse';

declare const self: DedicatedWorkerGlobalScope;

let segmentsKnown: (segments: Uint8Array | null) => void = () => {};
const segments = new Promise<Uint8Array | null>((resolve) => (segmentsKnown = resolve));
const post = (reply: FromImportHelper, transfer: ArrayBuffer[]) => self.postMessage(reply, transfer);

self.onmessage = (event: MessageEvent<ToImportHelper>) => {
	const message = event.data;
	if (message.type === 'segments') return segmentsKnown(message.segments);
	if (message.type === 'fit') {
		void fitForImport(message, post, () => segments);
		return;
	}
	helpImport(message, post);
};
