import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	holdRegistration,
	registerWhenQuiet,
	registrationHolds,
	SETTLE_MS,
	type RegistrationSteps
} from './registration';

/** Steps whose load and idle moments the test brings about, recording what happened in order. */
function steps() {
	const log: string[] = [];
	let load!: () => void;
	const loaded = new Promise<void>((resolve) => (load = resolve));
	const idles: (() => void)[] = [];
	let late!: () => void;
	const deadline = new Promise<void>((resolve) => (late = resolve));
	let settled!: () => void;
	const settling = new Promise<void>((resolve) => (settled = resolve));
	let fail = false;
	const given: RegistrationSteps = {
		loaded: () => loaded,
		idle: () => new Promise<void>((resolve) => idles.push(() => (log.push('idle'), resolve()))),
		after: (ms) =>
			ms === SETTLE_MS ? settling.then(() => void log.push('settled')) : (log.push(`deadline ${ms}`), deadline),
		register: async () => {
			log.push('registered');
			if (fail) throw new Error('storage blocked');
		}
	};
	return {
		given,
		log,
		/** Loads the page and lets the settling time pass. */
		load: () => (load(), settled()),
		/** Loads the page only. */
		loadOnly: load,
		late,
		failing: () => (fail = true),
		idle: () => idles.shift()?.(),
		idleAsked: () => idles.length
	};
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
		expect(s.log).toEqual(['deadline 30000', 'settled']);
		s.idle();
		await done;
		expect(s.log).toEqual(['deadline 30000', 'settled', 'idle', 'registered']);
	});

	it('not before the settling time after the load, even when idle: a file dropped in at once holds it first', async () => {
		const s = steps();
		const done = registerWhenQuiet(s.given);
		s.loadOnly();
		await settle();
		expect(s.idleAsked()).toBe(0);
		const release = holdRegistration();
		s.load();
		await settle();
		expect(s.idleAsked()).toBe(0);
		release();
		await settle();
		s.idle();
		await done;
		expect(s.log).toEqual(['deadline 30000', 'settled', 'idle', 'registered']);
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
		expect(s.log).toEqual(['deadline 30000', 'settled', 'idle', 'registered']);
	});

	it('waits again for a hold taken while it waited for the idle moment', async () => {
		const s = steps();
		const done = registerWhenQuiet(s.given);
		s.load();
		await settle();
		const release = holdRegistration();
		s.idle();
		await settle();
		expect(s.log).toEqual(['deadline 30000', 'settled', 'idle']);
		release();
		await settle();
		s.idle();
		await done;
		expect(s.log).toEqual(['deadline 30000', 'settled', 'idle', 'idle', 'registered']);
	});

	it('at the latest 30 s after the load, however long imports hold it back', async () => {
		const release = holdRegistration();
		const s = steps();
		const done = registerWhenQuiet(s.given);
		s.load();
		await settle();
		s.late();
		await done;
		expect(s.log).toEqual(['deadline 30000', 'settled', 'registered']);
		release();
	});

	it('gives up quietly when the browser refuses the registration (the site works online)', async () => {
		const s = steps();
		s.failing();
		const done = registerWhenQuiet(s.given);
		s.load();
		await settle();
		s.idle();
		await expect(done).resolves.toBeUndefined();
		expect(s.log.at(-1)).toBe('registered');
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
