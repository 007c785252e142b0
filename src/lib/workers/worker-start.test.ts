import { describe, expect, it } from 'vitest';
import { hasFailed, watchStart } from './worker-start';

/** Stands in for a Worker: an event target that can be made to report an error. */
function fakeWorker(): Worker {
	return new EventTarget() as unknown as Worker;
}

describe('watchStart', () => {
	it('remembers an error that came before anyone listened', () => {
		const worker = watchStart(fakeWorker());
		expect(hasFailed(worker)).toBe(false);
		worker.dispatchEvent(new Event('error'));
		expect(hasFailed(worker)).toBe(true);
	});

	it('knows nothing of workers it did not watch, nor of the others', () => {
		const watched = watchStart(fakeWorker());
		const other = fakeWorker();
		other.dispatchEvent(new Event('error'));
		expect(hasFailed(other)).toBe(false);
		expect(hasFailed(watched)).toBe(false);
	});
});
