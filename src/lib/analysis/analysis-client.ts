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

	constructor() {
		this.#worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
		this.#worker.onmessage = (event: MessageEvent<FromAnalysisWorker>) => {
			const resolve = this.#pending.get(event.data.requestId);
			this.#pending.delete(event.data.requestId);
			resolve?.(event.data);
		};
		this.#worker.onerror = (event) => {
			event.preventDefault();
			for (const [id, resolve] of this.#pending) resolve({ type: 'failed', requestId: id, reason: 'failed', detail: event.message });
			this.#pending.clear();
		};
	}

	request(message: Request): Promise<FromAnalysisWorker> {
		const requestId = this.#next++;
		return new Promise((resolve) => {
			this.#pending.set(requestId, resolve);
			this.#worker.postMessage({ ...message, requestId } as ToAnalysisWorker);
		});
	}

	terminate(): void {
		this.#worker.terminate();
		this.#pending.clear();
	}
}
