import { workerLoadFailure } from '$lib/db/worker-load';
import type { ImportErrorData } from '$lib/orders/errors';
import type { FromImportWorker, ToImportWorker } from './import-protocol';

/** A typed handle on a fresh import worker (one per import, terminated to cancel). */
export interface ImportWorkerHandle {
	send(message: ToImportWorker): void;
	terminate(): void;
}

/** Set once a worker could not start because the site was updated: every later one fails at once. */
let updatedUnder = false;

/**
 * Starts an import worker. `onCrash` hears why it stopped: the app was updated under this page
 * (its worker file is gone: the user must reload), or another failure, which nothing was saved by.
 */
export function createImportWorker(
	onMessage: (message: FromImportWorker) => void,
	onCrash: (error: ImportErrorData) => void
): ImportWorkerHandle {
	const updated: ImportErrorData = { code: 'appUpdated', params: {}, file: null };
	if (updatedUnder) {
		let stopped = false;
		queueMicrotask(() => stopped || onCrash(updated));
		return { send: () => {}, terminate: () => (stopped = true) };
	}
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (event: MessageEvent<FromImportWorker>) => onMessage(event.data);
	worker.onerror = async (event) => {
		event.preventDefault();
		const message = event instanceof ErrorEvent ? event.message : '';
		const load = await workerLoadFailure(event);
		if (load === 'updated') {
			updatedUnder = true;
			onCrash(updated);
		} else {
			onCrash({ code: 'storageFailed', params: { detail: message || 'worker error' }, file: null });
		}
	};
	return {
		send: (message) => worker.postMessage(message),
		terminate: () => worker.terminate()
	};
}
