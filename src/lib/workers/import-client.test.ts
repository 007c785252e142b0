import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createImportWorker } from './import-client';
import type { FromImportWorker } from './import-protocol';

/** Stands in for the browser's Worker: records what it is posted and whether it was terminated. */
class FakeWorker {
	static all: FakeWorker[] = [];
	posted: unknown[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: Event) => void) | null = null;
	constructor() {
		FakeWorker.all.push(this);
	}
	postMessage(message: unknown): void {
		this.posted.push(message);
	}
	terminate(): void {
		this.terminated = true;
	}
	reply(data: unknown): void {
		this.onmessage?.({ data } as MessageEvent);
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

beforeEach(() => {
	FakeWorker.all = [];
	vi.stubGlobal('Worker', FakeWorker);
	vi.stubGlobal('ErrorEvent', FakeErrorEvent);
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

function started() {
	const heard: FromImportWorker[] = [];
	const handle = createImportWorker(
		(message) => heard.push(message),
		() => {}
	);
	return { handle, heard, worker: FakeWorker.all.at(-1)! };
}

describe('the import worker warming locale data (warmIntl)', () => {
	it('asks the worker to warm the tags, and calls back once when it answers; its other replies go on', () => {
		const { handle, heard, worker } = started();
		let warm = 0;
		handle.warmIntl!(['nl-NL', 'en-GB'], () => warm++);
		expect(worker.posted).toEqual([{ type: 'warmIntl', tags: ['nl-NL', 'en-GB'] }]);
		worker.reply({ type: 'intlWarm' });
		worker.reply({ type: 'intlWarm' });
		expect(warm).toBe(1);
		// The answer is not a message of the import; the import's messages still reach the page.
		expect(heard).toEqual([]);
		const failed: FromImportWorker = { type: 'failed', error: { code: 'readFailed', params: {}, file: 0 } };
		worker.reply(failed);
		expect(heard).toEqual([failed]);
	});

	it('calls back whatever happens: the worker terminated, failing, or silent for the time allowed', () => {
		let warm = 0;
		const terminated = started();
		terminated.handle.warmIntl!(['en-GB'], () => warm++);
		terminated.handle.terminate();
		expect(warm).toBe(1);

		const failing = started();
		failing.handle.warmIntl!(['en-GB'], () => warm++);
		failing.worker.onerror?.(new FakeErrorEvent('error', { message: 'boom' }));
		expect(warm).toBe(2);

		const silent = started();
		silent.handle.warmIntl!(['en-GB'], () => warm++, 500);
		vi.advanceTimersByTime(499);
		expect(warm).toBe(2);
		vi.advanceTimersByTime(1);
		expect(warm).toBe(3);
		silent.worker.reply({ type: 'intlWarm' });
		expect(warm).toBe(3);
	});

	it('does not call back once cancelled (the page was left)', () => {
		const { handle, worker } = started();
		let warm = 0;
		const cancel = handle.warmIntl!(['en-GB'], () => warm++);
		cancel();
		worker.reply({ type: 'intlWarm' });
		handle.terminate();
		vi.advanceTimersByTime(5000);
		expect(warm).toBe(0);
	});
});
