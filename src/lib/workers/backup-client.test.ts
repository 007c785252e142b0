import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupError } from '$lib/db/backup-error';
import type { FromBackupWorker, ToBackupWorker } from '$lib/db/backup-protocol';
import { BackupClient, type LocalBackupService } from './backup-client';

/** Stands in for the backup worker: records what it is posted (and moved), answers when told. */
class FakeWorker {
	posted: { message: ToBackupWorker; transfer: Transferable[] }[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: Event) => void) | null = null;
	postMessage(message: ToBackupWorker, transfer: Transferable[] = []): void {
		this.posted.push({ message, transfer });
	}
	terminate(): void {
		this.terminated = true;
	}
	reply(data: FromBackupWorker): void {
		this.onmessage?.({ data } as MessageEvent);
	}
	fail(event: Event): void {
		this.onerror?.(event);
	}
}

/** Node has no ErrorEvent: an error thrown inside a running worker (it has a message). */
class FakeErrorEvent extends Event {
	message: string;
	constructor(type: string, init: { message?: string } = {}) {
		super(type);
		this.message = init.message ?? '';
	}
}

/** A service on the page that answers every check as `summary` and records what it was asked. */
function localService() {
	const asked: ToBackupWorker[] = [];
	const load: LocalBackupService = async (reply) => async (message) => {
		asked.push(message);
		if (message.type === 'check')
			reply({
				type: 'checked',
				requestId: message.requestId,
				summary: { createdAt: 1, counts: { datasets: message.buffer.byteLength }, recomputedFigures: [] }
			});
		else if (message.type === 'restore') reply({ type: 'restored', requestId: message.requestId });
	};
	return { asked, load };
}

const backupFile = () => new Blob([new Uint8Array([1, 2, 3, 4])]);
/** Lets the client's pending promises (reading the file, posting) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
	vi.stubGlobal('Worker', FakeWorker);
	vi.stubGlobal('ErrorEvent', FakeErrorEvent);
	vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

function started() {
	const worker = new FakeWorker();
	const local = localService();
	const client = new BackupClient({ startWorker: () => worker as unknown as Worker, loadLocal: local.load });
	return { client, worker, local };
}

describe('the backup client', () => {
	it("moves the file's bytes to the worker rather than copying them, and hands back its answer", async () => {
		const { client, worker, local } = started();
		const checking = client.check(backupFile());
		await settle();
		const [{ message, transfer }] = worker.posted;
		expect(message).toMatchObject({ type: 'check', requestId: 1 });
		const buffer = (message as Extract<ToBackupWorker, { type: 'check' }>).buffer;
		expect(buffer.byteLength).toBe(4);
		expect(transfer).toEqual([buffer]);
		const summary = { createdAt: 5, counts: { datasets: 1 }, recomputedFigures: ['QA shop'] };
		worker.reply({ type: 'checked', requestId: 1, summary });
		await expect(checking).resolves.toEqual(summary);

		const restoring = client.restore();
		await settle();
		expect(worker.posted[1].message).toEqual({ type: 'restore', requestId: 2 });
		worker.reply({ type: 'restored', requestId: 2 });
		await expect(restoring).resolves.toBeUndefined();
		expect(local.asked).toEqual([]);
	});

	it('rejects with the refusal the worker sent: a BackupError of the same problem', async () => {
		const { client, worker } = started();
		const checking = client.check(backupFile());
		await settle();
		worker.reply({
			type: 'failed',
			requestId: 1,
			failure: { kind: 'backup', problem: 'newer', version: 3, detail: 'format 3' }
		});
		const error = await checking.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BackupError);
		expect(error).toMatchObject({ problem: 'newer', version: 3 });
	});

	it('runs on the page where the worker cannot load, the request under way included', async () => {
		const { client, worker, local } = started();
		const checking = client.check(backupFile());
		await settle();
		// A worker whose script cannot load reports a plain error event, without a message.
		worker.fail(new Event('error'));
		await expect(checking).resolves.toMatchObject({ counts: { datasets: 4 } });
		expect(worker.terminated).toBe(true);
		// The file was read again: the first buffer went to the worker.
		expect(local.asked).toMatchObject([{ type: 'check', requestId: 1 }]);
		await client.restore();
		expect(local.asked.map((m) => m.type)).toEqual(['check', 'restore']);
		expect(worker.posted).toHaveLength(1);
	});

	it.each([
		{ name: 'there are no workers (jsdom)', noWorkers: true },
		{ name: 'the browser refuses to start one', noWorkers: false }
	])('runs on the page where $name', async ({ noWorkers }) => {
		if (noWorkers) vi.stubGlobal('Worker', undefined);
		const local = localService();
		const client = new BackupClient({
			startWorker: () => {
				throw new DOMException('refused', 'SecurityError');
			},
			loadLocal: local.load
		});
		await expect(client.check(backupFile())).resolves.toMatchObject({ counts: { datasets: 4 } });
		expect(local.asked).toHaveLength(1);
	});

	it('fails what a worker that stopped while working was doing, and every later request', async () => {
		const { client, worker, local } = started();
		const checking = client.check(backupFile());
		await settle();
		worker.reply({ type: 'checked', requestId: 1, summary: { createdAt: 1, counts: {}, recomputedFigures: [] } });
		await checking;
		const restoring = client.restore();
		await settle();
		worker.fail(new FakeErrorEvent('error', { message: 'Out of memory' }));
		await expect(restoring).rejects.toThrow('Out of memory');
		await expect(client.restore()).rejects.toThrow('Out of memory');
		// Not run again on the page: what the worker had checked went with it.
		expect(local.asked).toEqual([]);
	});

	it('ends the worker when closed; a request still waiting fails', async () => {
		const { client, worker } = started();
		const checking = client.check(backupFile());
		await settle();
		client.close();
		expect(worker.terminated).toBe(true);
		await expect(checking).rejects.toThrow('closed');
	});
});
