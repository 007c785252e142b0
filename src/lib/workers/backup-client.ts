import type { CheckedBackupSummary, FromBackupWorker, ToBackupWorker } from '$lib/db/backup-protocol';
import { errorOf } from '$lib/db/backup-protocol';
import { workerLoadFailure } from '$lib/db/worker-load';

/** Whatever answers the requests when no worker does: `backupService` on the page. */
export type LocalBackupService = (
	reply: (message: FromBackupWorker) => void
) => Promise<(message: ToBackupWorker) => Promise<void>>;

export interface BackupClientOptions {
	/** Starts the worker (may throw: where there are no workers, or the browser refuses one). */
	startWorker?: () => Worker;
	/** Loads the service to run on the page instead (only when the worker cannot start). */
	loadLocal?: LocalBackupService;
}

/** A request ready to send, with the buffers it moves; made again for the page when the worker fails to start. */
type Outgoing = [message: ToBackupWorker, transfer: Transferable[]];

interface Pending {
	make: (requestId: number) => Promise<Outgoing>;
	resolve: (reply: FromBackupWorker) => void;
	reject: (error: unknown) => void;
	/** Posted to the worker (made again for the page, should the worker fail to start). */
	posted?: boolean;
}

const startBackupWorker = () => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });

/** The backup service on the page, loaded only when needed (it holds the whole analysis). */
const loadBackupService: LocalBackupService = async (reply) => {
	const [{ backupService }, { db }] = await Promise.all([
		import('$lib/db/backup-service'),
		import('$lib/db/database')
	]);
	return backupService(db, reply);
};

/**
 * The Data page's handle on one backup worker: one backup made, or one file checked and restored
 * (see `backup-protocol.ts`); `close` ends it. Requests reject with the error the worker threw (a
 * `BackupError` of the same problem, see `errorOf`), so the page says what it said when all this
 * ran on its main thread.
 *
 * Where no worker can start (no `Worker`, as under jsdom; or its file cannot load), the same
 * service runs on the page instead, a request under way included: slower to answer, the page
 * frozen meanwhile, but nothing refused. A worker that stops while it works (it ran out of memory)
 * fails what it was doing (a restore's one transaction is then undone) and every later request.
 */
export class BackupClient {
	#next = 1;
	#worker: Worker | null = null;
	#local: Promise<(message: ToBackupWorker) => Promise<void>> | null = null;
	#loadLocal: LocalBackupService;
	#pending = new Map<number, Pending>();
	/** Set once the worker has answered: an error after that is not a failure to start. */
	#started = false;
	#broken: Error | null = null;

	constructor({ startWorker = startBackupWorker, loadLocal = loadBackupService }: BackupClientOptions = {}) {
		this.#loadLocal = loadLocal;
		if (typeof Worker === 'undefined') return;
		try {
			const worker = startWorker();
			worker.onmessage = (event: MessageEvent<FromBackupWorker>) => {
				this.#started = true;
				this.#receive(event.data);
			};
			worker.onerror = (event) => {
				event.preventDefault();
				void this.#workerFailed(event);
			};
			this.#worker = worker;
		} catch (error) {
			console.warn('The backup worker could not start; the backup runs on the page.', error);
		}
	}

	/**
	 * Makes a backup of everything stored: the file's contents. `asStored`: of the database as it is
	 * stored, whatever its version (see `backupAsStored`).
	 */
	async create({ now = Date.now(), asStored = false } = {}): Promise<Blob> {
		const reply = await this.#request(async (requestId) => [{ type: 'create', requestId, now, asStored }, []]);
		if (reply.type !== 'created') throw new Error(`create: unexpected reply ${reply.type}`);
		return reply.file;
	}

	/** Reads and checks a backup file (its bytes are moved to the worker, not copied); nothing is written yet. */
	async check(file: Blob): Promise<CheckedBackupSummary> {
		const reply = await this.#request(async (requestId) => {
			// Read again should the request be made again on the page: the first buffer went to the worker.
			const buffer = await file.arrayBuffer();
			return [{ type: 'check', requestId, buffer }, [buffer]];
		});
		if (reply.type !== 'checked') throw new Error(`check: unexpected reply ${reply.type}`);
		return reply.summary;
	}

	/** Replaces everything stored with the backup last checked, in one transaction. */
	async restore(): Promise<void> {
		const reply = await this.#request(async (requestId) => [{ type: 'restore', requestId }, []]);
		if (reply.type !== 'restored') throw new Error(`restore: unexpected reply ${reply.type}`);
	}

	/** Ends the worker (what it checked goes with it); requests still waiting fail. */
	close(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#fail(new Error('the backup worker was closed'));
	}

	#request(make: Pending['make']): Promise<FromBackupWorker> {
		const requestId = this.#next++;
		return new Promise((resolve, reject) => {
			if (this.#broken) return reject(this.#broken);
			this.#pending.set(requestId, { make, resolve, reject });
			void this.#send(requestId);
		});
	}

	async #send(requestId: number): Promise<void> {
		const pending = this.#pending.get(requestId);
		if (!pending) return;
		try {
			const [message, transfer] = await pending.make(requestId);
			if (this.#worker) {
				pending.posted = true;
				return this.#worker.postMessage(message, transfer);
			}
			this.#local ??= this.#loadLocal((reply) => this.#receive(reply));
			await (
				await this.#local
			)(message);
		} catch (error) {
			this.#pending.delete(requestId);
			pending.reject(error);
		}
	}

	#receive(reply: FromBackupWorker): void {
		const pending = this.#pending.get(reply.requestId);
		if (!pending) return;
		this.#pending.delete(reply.requestId);
		if (reply.type === 'failed') pending.reject(errorOf(reply.failure));
		else pending.resolve(reply);
	}

	async #workerFailed(event: Event): Promise<void> {
		this.#worker?.terminate();
		this.#worker = null;
		// An error thrown inside a running worker has a message; a worker that could not load has none.
		const loadFailure = !this.#started && !(event instanceof ErrorEvent && event.message);
		if (!loadFailure) {
			const message = event instanceof ErrorEvent ? event.message : '';
			this.#broken = new Error(`the backup worker stopped: ${message || 'worker error'}`);
			return this.#fail(this.#broken);
		}
		// (Reports a new version of the site deployed under this page, which the page frame then says.)
		void workerLoadFailure(event);
		console.warn('The backup worker could not start; the backup runs on the page.');
		// (Those still being made go to the page by themselves.)
		for (const [requestId, pending] of this.#pending) if (pending.posted) void this.#send(requestId);
	}

	#fail(error: Error): void {
		const pending = [...this.#pending.values()];
		this.#pending.clear();
		for (const { reject } of pending) reject(error);
	}
}
