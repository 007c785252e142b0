import type { FromAnalysisWorker, ToAnalysisWorker } from './protocol';

type Request = ToAnalysisWorker extends infer T ? (T extends { requestId: number } ? Omit<T, 'requestId'> : never) : never;

/**
 * A long-lived analysis worker with request/response matching: each request gets the reply
 * with its id; a newer analyse request makes older pending ones resolve as superseded.
 */
export class AnalysisClient {
	#worker: Worker;
	#next = 1;
	#pending = new Map<number, (reply: FromAnalysisWorker) => void>();
	#progress = new Map<number, (done: number, of: number) => void>();

	constructor() {
		this.#worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
		this.#worker.onmessage = (event: MessageEvent<FromAnalysisWorker>) => {
			const reply = event.data;
			if (reply.type === 'progress') {
				this.#progress.get(reply.requestId)?.(reply.done, reply.of);
				return;
			}
			const resolve = this.#pending.get(reply.requestId);
			this.#pending.delete(reply.requestId);
			this.#progress.delete(reply.requestId);
			resolve?.(reply);
		};
		this.#worker.onerror = (event) => {
			event.preventDefault();
			for (const [id, resolve] of this.#pending) resolve({ type: 'failed', requestId: id, reason: 'failed', detail: event.message });
			this.#pending.clear();
		};
	}

	/** Sends a request; `onProgress` hears the worker's progress reports for it, if any. */
	request(message: Request, onProgress?: (done: number, of: number) => void): Promise<FromAnalysisWorker> & { requestId: number } {
		const requestId = this.#next++;
		const promise = new Promise<FromAnalysisWorker>((resolve) => {
			this.#pending.set(requestId, resolve);
			if (onProgress) this.#progress.set(requestId, onProgress);
			this.#worker.postMessage({ ...message, requestId } as ToAnalysisWorker);
		});
		return Object.assign(promise, { requestId });
	}

	/** Asks the worker to stop a long request (a bootstrap); it answers that request as cancelled. */
	cancel(target: number, datasetId: number): void {
		this.#worker.postMessage({ type: 'cancel', requestId: this.#next++, datasetId, target } satisfies ToAnalysisWorker);
	}

	terminate(): void {
		this.#worker.terminate();
		this.#pending.clear();
	}
}
