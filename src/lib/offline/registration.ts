/**
 * When the service worker is registered: once the page has loaded, no import is holding it back,
 * and the browser is idle.
 *
 * Installing it fetches every file of the site into the cache, and Chromium compiles each script
 * it caches then: about 1.8 s of CPU in the first 2.5 s of a first visit. A merchant who drops a
 * file in at once (as the benchmark does) had that competing with the import's workers on a
 * 2-core machine: file chosen → analysis on screen took 0.2–0.9 s longer than without it. An
 * import holds the registration back from the moment its file is chosen until its work is done
 * (`holdRegistration`). Holds keep it back at most `MAX_WAIT_MS` after the page has loaded in
 * all (one review left open, or imports one after another, do not keep the site from working
 * offline), and each at most `MAX_HOLD_MS`. Nothing else changes: the worker, once registered,
 * caches the same files.
 *
 * It also waits `SETTLE_MS` after the load before it looks for a quiet moment: a page that has
 * just loaded is idle, so a merchant who drops a file in within a second or two of opening the
 * Data page (the benchmark does at once) had the install start just before the import's hold,
 * and run beside it: 0.7 s of CPU in the service worker's thread alone, measured per thread,
 * between the file chosen and the analysis on screen.
 */

/** How long after the load the registration waits before it looks for a quiet moment. */
export const SETTLE_MS = 5_000;

/** The longest one hold keeps the registration back. */
export const MAX_HOLD_MS = 60_000;
/** The longest holds keep the registration back in all, from the page's load. */
export const MAX_WAIT_MS = 30_000;

let holds = 0;
const onReleased: (() => void)[] = [];

/** Holds the registration back until the returned function is called (once is enough; later calls do nothing). */
export function holdRegistration(maxMs = MAX_HOLD_MS): () => void {
	holds++;
	let held = true;
	const release = () => {
		if (!held) return;
		held = false;
		clearTimeout(timer);
		holds--;
		if (holds === 0) for (const resolve of onReleased.splice(0)) resolve();
	};
	const timer = setTimeout(release, maxMs);
	return release;
}

/** How many holds keep the registration back now. */
export function registrationHolds(): number {
	return holds;
}

function released(): Promise<void> {
	return holds === 0 ? Promise.resolve() : new Promise((resolve) => onReleased.push(resolve));
}

export interface RegistrationSteps {
	/** Resolves once the page has loaded. */
	loaded: () => Promise<void>;
	/** Resolves at the browser's next idle moment. */
	idle: () => Promise<void>;
	/** Resolves after `ms` (`SETTLE_MS`, and the deadline `MAX_WAIT_MS`). */
	after: (ms: number) => Promise<void>;
	register: () => Promise<unknown>;
}

/**
 * Registers once loaded, `SETTLE_MS` later, unheld and idle (a hold that begins while waiting for idle is waited for
 * too), or at the latest `MAX_WAIT_MS` after the load whatever holds it. A failed registration
 * (storage blocked, a private window) leaves the site working online, as before.
 */
export async function registerWhenQuiet(steps: RegistrationSteps): Promise<void> {
	await steps.loaded();
	let late = false;
	const deadline = steps.after(MAX_WAIT_MS).then(() => void (late = true));
	await steps.after(SETTLE_MS);
	for (;;) {
		await Promise.race([released(), deadline]);
		if (late) break;
		await steps.idle();
		if (holds === 0 || late) break;
	}
	await steps.register().catch(() => undefined);
}

/** The steps in a browser: the window's load event, `requestIdleCallback` (at most 2 s), `register`. */
export function browserRegistrationSteps(scriptUrl: string, type: WorkerType): RegistrationSteps {
	return {
		loaded: () =>
			document.readyState === 'complete'
				? Promise.resolve()
				: new Promise((resolve) => addEventListener('load', () => resolve(), { once: true })),
		idle: () =>
			new Promise((resolve) =>
				'requestIdleCallback' in window
					? requestIdleCallback(() => resolve(), { timeout: 2000 })
					: setTimeout(resolve, 200)
			),
		after: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
		register: () => navigator.serviceWorker.register(scriptUrl, { type })
	};
}
