import { fireEvent } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { tick } from 'svelte';
import { onTestFinished, vi } from 'vitest';
import { idleWorkPending } from './idle';
/**
 * jsdom has no layout and no ResizeObserver, which Svelte's `bind:clientWidth` (inside
 * LayerCake) and a chart's `CakeBox.slot` need. This stand-in reports each element it is given
 * once, in a task after it was given (as a browser does after its layout), with the size jsdom
 * gives every element (0 × 0): enough to check structure, not geometry (that is Playwright's job).
 */
export function installResizeObserverStub(): void {
	if (typeof globalThis.ResizeObserver !== 'undefined') return;
	globalThis.ResizeObserver = class {
		#callback: ResizeObserverCallback;
		#timers = new Set<ReturnType<typeof setTimeout>>();
		constructor(callback: ResizeObserverCallback) {
			this.#callback = callback;
		}
		observe(target: Element) {
			const timer = setTimeout(() => {
				this.#timers.delete(timer);
				const entry = { target, contentRect: target.getBoundingClientRect() } as ResizeObserverEntry;
				this.#callback([entry], this as unknown as ResizeObserver);
			}, 0);
			this.#timers.add(timer);
		}
		unobserve() {}
		disconnect() {
			for (const timer of this.#timers) clearTimeout(timer);
			this.#timers.clear();
		}
	} as unknown as typeof ResizeObserver;
}

/** Every attribute value in a subtree, to check that no NaN or Infinity reached the DOM. */
export function attributeValues(root: Element): string[] {
	return [root, ...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
}

/** A table's text, row by row and cell by cell (headers included), whitespace collapsed. */
export function tableText(table: HTMLElement): string[][] {
	return [...table.querySelectorAll('tr')].map((tr) =>
		[...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
	);
}

/**
 * Waits for a chart's layers (`CakeBox`): its slot is reported laid out in a task after it was
 * mounted, and LayerCake and the layers are drawn in the task after that.
 */
export async function layersDrawn(): Promise<void> {
	for (let task = 0; task < 2; task++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
	await tick();
}

/** Waits until charts have built their keyboard and pointer targets (once the page is quiet: `whenIdle`). */
export async function targetsBuilt(): Promise<void> {
	await layersDrawn(); // the targets are queued as the layers are drawn
	do await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
	while (idleWorkPending() > 0);
	await tick();
}

/**
 * Holds back idle work (`whenIdle`), as a busy page does, until the test gives the browser an idle
 * period: `idlePeriod()` runs the piece that waits (one chart's batch of targets), `release()` runs
 * the rest and puts the browser back (also done when the test finishes, pass or fail).
 */
export async function holdIdleWork(): Promise<{ idlePeriod: () => Promise<void>; release: () => Promise<void> }> {
	await targetsBuilt(); // nothing queued by an earlier test is left waiting for a frame
	let waiting: IdleRequestCallback[] = [];
	vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => waiting.push(callback));
	const idlePeriod = async () => {
		const due = waiting;
		waiting = [];
		for (const callback of due) callback({ timeRemaining: () => 50, didTimeout: false });
		await tick();
	};
	let held = true;
	const release = async () => {
		if (!held) return;
		while (waiting.length) await idlePeriod();
		vi.unstubAllGlobals();
		held = false;
	};
	onTestFinished(release);
	return { idlePeriod, release };
}

/**
 * Time limit of a test that draws a chart of hundreds of targets twice and walks it with the
 * keyboard (`focusNamesAlong`): about a second alone, but five times that on a machine whose two
 * cores are busy with other work (the suite's build and browsers), past vitest's default 5 s.
 */
export const WALK_TIMEOUT_MS = 20_000;

/** Tabs into a chart and presses `keys` one by one: the accessible name of what has focus after each. */
export async function focusNamesAlong(user: UserEvent, keys: string[]): Promise<(string | null)[]> {
	await user.tab();
	const names: (string | null)[] = [];
	for (const key of keys) {
		await user.keyboard(key);
		names.push(document.activeElement?.getAttribute('aria-label') ?? null);
	}
	return names;
}

/**
 * The names `focusNamesAlong(keys)` reads in a chart that `mount` draws, with its keyboard targets
 * partly built (one idle period: the first batch) or all built (a pointer passed over `group`):
 * a partly built chart must be walked as a whole one is. `checkBuilt` checks what was built before
 * the walk; the chart is unmounted after it.
 */
export async function walkChartBuilt(
	partly: boolean,
	mount: () => { unmount: () => void; group: () => HTMLElement },
	keys: string[],
	checkBuilt: (partly: boolean) => void
): Promise<(string | null)[]> {
	const user = userEvent.setup();
	const idle = await holdIdleWork();
	const { unmount, group } = mount();
	await layersDrawn();
	if (partly) await idle.idlePeriod();
	else {
		await fireEvent.pointerEnter(group());
		await fireEvent.pointerLeave(group());
	}
	checkBuilt(partly);
	const names = await focusNamesAlong(user, keys);
	unmount();
	await idle.release();
	return names;
}
