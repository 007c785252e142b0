import { workerLoadFailure } from '$lib/db/worker-load';
import { msg } from '$lib/i18n/i18n.svelte';
import type { AnalysisRequestType, FromAnalysisWorker, ReplyTo, ToAnalysisWorker } from './analysis-protocol';

/** A request as the page writes it: the client adds the id. */
type Request<T extends AnalysisRequestType> = Omit<Extract<ToAnalysisWorker, { type: T }>, 'requestId'>;

/**
 * A long-lived analysis worker with request/response matching: each request gets the reply
 * with its id; a newer analyse request makes older pending ones resolve as superseded.
 *
 * A worker that cannot start (its file gone after a new version was deployed) fails every
 * request, those waiting and every later one, with one message: reload the page.
 */
export class AnalysisClient {
	#worker: Worker;
	#next = 1;
	#pending = new Map<number, (reply: FromAnalysisWorker) => void>();
	#progress = new Map<number, (done: number, of: number) => void>();
	/** Why the worker cannot start, once known: every request fails with it. */
	#broken: string | null = null;

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
		this.#worker.onerror = async (event) => {
			event.preventDefault();
			const message = event instanceof ErrorEvent ? event.message : '';
			const load = await workerLoadFailure(event);
			if (load)
				this.#broken =
					load === 'updated'
						? msg.common.update.workerGone
						: message || 'the analysis worker could not start';
			// (An error event with no message, from a worker that was running, still says what happened.)
			this.#failAll(this.#broken ?? (message || 'the analysis worker stopped'));
		};
	}

	#failAll(detail: string): void {
		for (const [id, resolve] of this.#pending) resolve({ type: 'failed', requestId: id, reason: 'failed', detail });
		this.#pending.clear();
		this.#progress.clear();
	}

	/**
	 * Sends a request; `onProgress` hears the worker's progress reports for it, if any. `transfer`:
	 * buffers in the message that are moved to the worker rather than copied (see `transferablesOf`).
	 */
	request<T extends AnalysisRequestType>(
		message: { type: T } & Request<T>,
		onProgress?: (done: number, of: number) => void,
		transfer: Transferable[] = []
	): Promise<ReplyTo<T>> & { requestId: number } {
		const requestId = this.#next++;
		const promise = new Promise<ReplyTo<T>>((resolve) => {
			if (this.#broken) return resolve({ type: 'failed', requestId, reason: 'failed', detail: this.#broken });
			// The worker answers a request of type T with its reply type or `failed` (AnalysisReplies).
			this.#pending.set(requestId, resolve as (reply: FromAnalysisWorker) => void);
			if (onProgress) this.#progress.set(requestId, onProgress);
			this.#worker.postMessage({ ...message, requestId } as ToAnalysisWorker, transfer);
		});
		return Object.assign(promise, { requestId });
	}

	/** Asks the worker to stop a long request (a bootstrap); it answers that request as cancelled. */
	cancel(target: number, datasetId: number): void {
		this.#worker.postMessage({
			type: 'cancel',
			requestId: this.#next++,
			datasetId,
			target
		} satisfies ToAnalysisWorker);
	}

	terminate(): void {
		this.#worker.terminate();
		this.#pending.clear();
	}
}

/**
 * A client whose worker is gone for good (its page was left): every request fails at once, and
 * nothing starts a worker again.
 */
export function stoppedClient(): AnalysisClient {
	const stopped: Pick<AnalysisClient, 'request' | 'cancel' | 'terminate'> = {
		request: () =>
			Object.assign(
				Promise.resolve({ type: 'failed', requestId: 0, reason: 'failed', detail: 'stopped' } as never),
				{
					requestId: 0
				}
			),
		cancel: () => {},
		terminate: () => {}
	};
	return stopped as AnalysisClient;
}
