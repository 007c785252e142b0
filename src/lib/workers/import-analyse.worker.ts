/// <reference lib="webworker" />
/**
 * A helper of the import worker, on another core: it analyses the orders just read with the
 * Analysis page's default settings while the import worker stores them, and hands the analysis and
 * the customers' RFM segments back; with up to `HAND_OVER_MAX_CUSTOMERS` customers it then fits the
 * default CLV models too (see `helpImport`), and hands that fit back: on a device with fewer than
 * four cores once the import worker says so ('fitNow': at once when the store is still running,
 * else when the page has drawn the analysis), else at once, beside the store. Otherwise the columns (transferred to it, not copied) go back
 * with the analysis and the import worker fits them. The import worker then ends it: its heap (the
 * analysis's per-customer arrays) is let go.
 */
import type { ToImportHelper } from './import-protocol';
import { helpImport } from './import-analyse';

declare const self: DedicatedWorkerGlobalScope;

let fitNow = () => {};
const fitMayStart = new Promise<void>((resolve) => (fitNow = resolve));

self.onmessage = (event: MessageEvent<ToImportHelper>) => {
	const message = event.data;
	if (message.type === 'fitNow') return fitNow();
	void helpImport(
		message,
		(reply, transfer) => self.postMessage(reply, transfer),
		() => fitMayStart
	);
};
