import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdRegistration, registerWhenQuiet, registrationHolds, type RegistrationSteps } from './registration';

/** Steps whose load and idle moments the test brings about, recording what happened in order. */
function steps() {
	const log: string[] = [];
	let load!: () => void;
	const loaded = new Promise<void>((resolve) => (load = resolve));
	const idles: (() => void)[] = [];
	const given: RegistrationSteps = {
		loaded: () => loaded,
		idle: () => new Promise<void>((resolve) => idles.push(() => (log.push('idle'), resolve()))),
		register: async () => void log.push('registered')
	};
	return { given, log, load, idle: () => idles.shift()?.(), idleAsked: () => idles.length };
}

/** Lets the promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the service worker is registered when the page is quiet', () => {
	afterEach(() => vi.useRealTimers());

	it('once the page has loaded and the browser is idle, when nothing holds it back', async () => {
		const s = steps();
		const done = registerWhenQuiet(s.given);
		await settle();
		expect(s.idleAsked()).toBe(0);
		s.load();
		await settle();
		expect(s.log).toEqual([]);
		s.idle();
		await done;
		expect(s.log).toEqual(['idle', 'registered']);
	});

	it('not while an import holds it back; then at the next idle moment', async () => {
		const release = holdRegistration();
		const s = steps();
		const done = registerWhenQuiet(s.given);
		s.load();
		await settle();
		expect(s.idleAsked()).toBe(0);
		release();
		await settle();
		s.idle();
		await done;
		expect(s.log).toEqual(['idle', 'registered']);
	});

	it('waits again for a hold taken while it waited for the idle moment', async () => {
		const s = steps();
		const done = registerWhenQuiet(s.given);
		s.load();
		await settle();
		const release = holdRegistration();
		s.idle();
		await settle();
		expect(s.log).toEqual(['idle']);
		release();
		await settle();
		s.idle();
		await done;
		expect(s.log).toEqual(['idle', 'idle', 'registered']);
	});

	it('counts each hold once: releasing one twice leaves another in place', () => {
		const first = holdRegistration();
		const second = holdRegistration();
		first();
		first();
		expect(registrationHolds()).toBe(1);
		second();
		expect(registrationHolds()).toBe(0);
	});

	it('lets a hold go by itself after its longest time (a review left open)', () => {
		vi.useFakeTimers();
		holdRegistration(60_000);
		vi.advanceTimersByTime(59_999);
		expect(registrationHolds()).toBe(1);
		vi.advanceTimersByTime(1);
		expect(registrationHolds()).toBe(0);
	});
});
