import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleWorkPending, LONG_IDLE_MS, whenIdle } from './idle';

/** A hand-driven requestIdleCallback: each call waits until the test gives an idle period. */
let waiting: { callback: IdleRequestCallback; timeout?: number }[] = [];
function idlePeriod(ms: number, didTimeout = false): void {
	const due = waiting;
	waiting = [];
	for (const { callback } of due) callback({ timeRemaining: () => ms, didTimeout });
}

beforeEach(() => {
	waiting = [];
	vi.useFakeTimers({ toFake: ['performance'] });
	vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
		waiting.push({ callback, timeout: options?.timeout });
		return waiting.length;
	});
});

afterEach(() => {
	idlePeriod(50);
	idlePeriod(50);
	idlePeriod(50);
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('whenIdle', () => {
	it('runs nothing in the short gaps between frames, and one piece per long idle period, in order', () => {
		const ran: string[] = [];
		whenIdle(() => ran.push('a'));
		whenIdle(() => ran.push('b'));
		idlePeriod(LONG_IDLE_MS - 1);
		idlePeriod(8);
		expect(ran).toEqual([]);
		expect(idleWorkPending()).toBe(2);
		idlePeriod(LONG_IDLE_MS);
		expect(ran).toEqual(['a']);
		idlePeriod(50);
		expect(ran).toEqual(['a', 'b']);
		expect(idleWorkPending()).toBe(0);
	});

	it('runs a piece that has waited too long at the next idle moment, however short', () => {
		const ran: string[] = [];
		whenIdle(() => ran.push('late'));
		idlePeriod(1, true);
		expect(ran).toEqual(['late']);

		whenIdle(() => ran.push('overdue'));
		idlePeriod(1);
		expect(ran).toEqual(['late']);
		vi.advanceTimersByTime(3000);
		idlePeriod(1);
		expect(ran).toEqual(['late', 'overdue']);
	});

	it('skips a cancelled piece and goes on with the next', () => {
		const ran: string[] = [];
		const cancel = whenIdle(() => ran.push('cancelled'));
		whenIdle(() => ran.push('kept'));
		cancel();
		expect(idleWorkPending()).toBe(1);
		idlePeriod(50);
		expect(ran).toEqual(['kept']);
	});

	it('goes on with the queue after a piece that throws', () => {
		const ran: string[] = [];
		whenIdle(() => {
			throw new Error('broken chart');
		});
		whenIdle(() => ran.push('next'));
		expect(() => idlePeriod(50)).toThrow('broken chart');
		idlePeriod(50);
		expect(ran).toEqual(['next']);
	});
});
