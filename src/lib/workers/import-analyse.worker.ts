/// <reference lib="webworker" />
/**
 * A helper of the import worker, on another core: it analyses the orders just read with the
 * Analysis page's default settings while the import worker stores them, and hands the analysis and
 * the customers' RFM segments back; with up to `HAND_OVER_MAX_CUSTOMERS` customers it then fits the
 * default CLV models too, still beside the store (see `helpImport`), and hands that fit back;
 * otherwise the columns (transferred to it, not copied) go back with the analysis and the import
 * worker fits them. The import worker then ends it: its heap (the analysis's per-customer arrays)
 * is let go.
 */
import type { ToImportHelper } from './import-protocol';
import { helpImport } from './import-analyse';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ToImportHelper>) => {
	helpImport(event.data, (reply, transfer) => self.postMessage(reply, transfer));
};
