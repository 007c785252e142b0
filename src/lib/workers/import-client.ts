import { workerLoadFailure } from '$lib/db/worker-load';
import type { ImportErrorData } from '$lib/orders/errors';
import type { FromImportWorker, ToImportWorker } from './import-protocol';
import type { IntlWarmReply, WarmIntlMessage } from './import-warm';

/** A typed handle on a fresh import worker (one per import, terminated to cancel). */
export interface ImportWorkerHandle {
	send(message: ToImportWorker): void;
	terminate(): void;
	/**
	 * Has the worker load the locale data of `tags` (see import-warm.ts), then calls `then`: when
	 * it has, when it fails or is terminated, or after `timeoutMs` at most. Returns a function
	 * that cancels it (`then` not called). Absent: the caller warms the data another way.
	 */
	warmIntl?(tags: readonly string[], then: () => void, timeoutMs?: number): () => void;
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
	/** Ends the pending `warmIntl`, calling its `then` (null: none pending). */
	let warmed: (() => void) | null = null;
	worker.onmessage = (event: MessageEvent<FromImportWorker | IntlWarmReply>) => {
		if (event.data.type === 'intlWarm') return warmed?.();
		onMessage(event.data);
	};
	worker.onerror = async (event) => {
		event.preventDefault();
		warmed?.();
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
		terminate: () => {
			worker.terminate();
			warmed?.();
		},
		warmIntl: (tags, then, timeoutMs = 2000) => {
			warmed?.();
			const finish = (call: boolean) => {
				if (warmed !== end) return;
				warmed = null;
				clearTimeout(timer);
				if (call) then();
			};
			const end = () => finish(true);
			warmed = end;
			const timer = setTimeout(end, timeoutMs);
			const message: WarmIntlMessage = { type: 'warmIntl', tags: [...tags] };
			worker.postMessage(message);
			return () => finish(false);
		}
	};
}
