import type { FromImportWorker, ToImportWorker } from './protocol';

/** A typed handle on a fresh import worker (one per import, terminated to cancel). */
export interface ImportWorkerHandle {
	send(message: ToImportWorker): void;
	terminate(): void;
}

export function createImportWorker(onMessage: (message: FromImportWorker) => void, onCrash: (error: string) => void): ImportWorkerHandle {
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (event: MessageEvent<FromImportWorker>) => onMessage(event.data);
	worker.onerror = (event) => {
		event.preventDefault();
		onCrash(event.message || 'worker error');
	};
	return {
		send: (message) => worker.postMessage(message),
		terminate: () => worker.terminate()
	};
}
