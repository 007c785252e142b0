import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmFormatters, warmIntl } from './analysis-intl';

/** A worker stand-in: records what it is sent and whether it was ended; `answer`/`fail` reply. */
function fakeWorker() {
	const sent: unknown[] = [];
	let ended = false;
	const worker = {
		onmessage: null as ((event: MessageEvent) => void) | null,
		onerror: null as ((event: Event) => void) | null,
		postMessage: (message: unknown) => sent.push(message),
		terminate: () => (ended = true)
	};
	return {
		worker: worker as unknown as Worker,
		sent,
		ended: () => ended,
		answer: () => worker.onmessage?.({ data: 'warm' } as MessageEvent),
		fail: () => worker.onerror?.(new Event('error'))
	};
}

afterEach(() => vi.useRealTimers());

describe('warmIntl', () => {
	it('calls back once the worker has loaded the languages’ data, and ends it', () => {
		const fake = fakeWorker();
		const then = vi.fn();
		warmIntl(['lv-LV', 'en-GB'], then, { start: () => fake.worker });
		expect(fake.sent).toEqual([['lv-LV', 'en-GB']]);
		expect(then).not.toHaveBeenCalled();
		fake.answer();
		expect(then).toHaveBeenCalledTimes(1);
		expect(fake.ended()).toBe(true);
		// A late second answer changes nothing.
		fake.answer();
		expect(then).toHaveBeenCalledTimes(1);
	});

	it.each([
		['no worker can be started', () => null],
		[
			'starting one throws',
			() => {
				throw new Error('blocked');
			}
		]
	])('calls back at once when %s', (_, start) => {
		const then = vi.fn();
		warmIntl(['en-GB'], then, { start });
		expect(then).toHaveBeenCalledTimes(1);
	});

	it('calls back when the worker fails, or after the timeout at most', () => {
		vi.useFakeTimers();
		const failing = fakeWorker();
		const afterFailure = vi.fn();
		warmIntl(['en-GB'], afterFailure, { start: () => failing.worker });
		failing.fail();
		expect(afterFailure).toHaveBeenCalledTimes(1);
		expect(failing.ended()).toBe(true);

		const silent = fakeWorker();
		const afterTimeout = vi.fn();
		warmIntl(['en-GB'], afterTimeout, { start: () => silent.worker, timeoutMs: 500 });
		vi.advanceTimersByTime(499);
		expect(afterTimeout).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(afterTimeout).toHaveBeenCalledTimes(1);
		expect(silent.ended()).toBe(true);
	});

	it('when cancelled (the page left) ends the worker and does not call back', () => {
		vi.useFakeTimers();
		const fake = fakeWorker();
		const then = vi.fn();
		const cancel = warmIntl(['en-GB'], then, { start: () => fake.worker, timeoutMs: 500 });
		cancel();
		expect(fake.ended()).toBe(true);
		fake.answer();
		vi.advanceTimersByTime(1000);
		expect(then).not.toHaveBeenCalled();
	});
});

describe('warmFormatters', () => {
	it('builds the formatters of every language it is given, and passes over a tag the browser refuses', () => {
		const built: string[] = [];
		const NumberFormat = Intl.NumberFormat;
		const spy = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (
			tag?: string | string[],
			options?: Intl.NumberFormatOptions
		) {
			built.push(String(tag));
			return new NumberFormat(tag, options);
		} as unknown as typeof Intl.NumberFormat);
		try {
			expect(() => warmFormatters(['lv-LV', 'not a tag!', 'zh-CN'])).not.toThrow();
		} finally {
			spy.mockRestore();
		}
		expect(built).toEqual(['lv-LV', 'lv-LV', 'not a tag!', 'zh-CN', 'zh-CN']);
	});
});
