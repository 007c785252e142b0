import { afterEach, describe, expect, it, vi } from 'vitest';
import { CakeBox } from './cake-box.svelte';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('CakeBox', () => {
	it.each([
		{ name: 'nothing measured', width: undefined, height: undefined, measured: false },
		{ name: 'only the width', width: 640, height: undefined, measured: false },
		{ name: 'only the height', width: undefined, height: 260, measured: false },
		{ name: 'both sides', width: 640, height: 260, measured: true },
		{ name: 'both sides, zero (a box with no layout)', width: 0, height: 0, measured: true }
	])('is measured with $name, in the task after the measuring one', async ({ width, height, measured }) => {
		const box = new CakeBox();
		expect([box.width, box.height]).toEqual([100, 100]);
		if (width !== undefined) box.setWidth(width);
		if (height !== undefined) box.setHeight(height);
		// The task that measured the box draws no layers: they follow in a task of their own.
		expect(box.measured).toBe(false);
		expect([box.width, box.height]).toEqual([width ?? 100, height ?? 100]);
		await nextTask();
		expect(box.measured).toBe(measured);
	});

	it('stays measured when the box is measured again (resized), and follows its size at once', async () => {
		const box = new CakeBox();
		box.setWidth(640);
		box.setHeight(260);
		await nextTask();
		box.setWidth(320);
		expect(box.measured).toBe(true);
		expect(box.width).toBe(320);
	});
});

describe('CakeBox.slot', () => {
	/** A ResizeObserver whose reports the test makes (`report`), as the browser does after its layout. */
	function fakeObserver() {
		const observers: { callback: ResizeObserverCallback; targets: Element[]; connected: boolean }[] = [];
		vi.stubGlobal(
			'ResizeObserver',
			class {
				#entry = { callback: (() => {}) as ResizeObserverCallback, targets: [] as Element[], connected: true };
				constructor(callback: ResizeObserverCallback) {
					this.#entry.callback = callback;
					observers.push(this.#entry);
				}
				observe(target: Element) {
					this.#entry.targets.push(target);
				}
				unobserve() {}
				disconnect() {
					this.#entry.connected = false;
				}
			}
		);
		const report = () => {
			for (const o of observers)
				if (o.connected)
					o.callback(
						o.targets.map((target) => ({ target }) as ResizeObserverEntry),
						{} as ResizeObserver
					);
		};
		return { observers, report };
	}

	afterEach(() => vi.unstubAllGlobals());

	it('lets LayerCake mount only once the browser reports the slot laid out, and the layers in a task after it measured', async () => {
		const { observers, report } = fakeObserver();
		const box = new CakeBox();
		const element = document.createElement('div');
		box.slot(element);
		expect(observers[0].targets).toEqual([element]);
		await nextTask();
		expect(box.laidOut).toBe(false); // nothing reported: the slot is not laid out yet
		// Reported in the browser's rendering step, after its layout: LayerCake mounts right there.
		report();
		expect(box.laidOut).toBe(true);
		expect(observers[0].connected).toBe(false); // one report is all it needs
		// LayerCake measures its box as it mounts; the layers follow in a task of their own.
		box.setWidth(640);
		box.setHeight(260);
		expect(box.measured).toBe(false);
		await nextTask();
		expect(box.measured).toBe(true);
		expect([box.width, box.height]).toEqual([640, 260]);
	});

	it('stops watching, and never mounts LayerCake, when the chart goes before its slot is laid out', () => {
		const { observers, report } = fakeObserver();
		const box = new CakeBox();
		const stop = box.slot(document.createElement('div'));
		stop?.();
		expect(observers[0].connected).toBe(false);
		report();
		expect(box.laidOut).toBe(false);
	});

	it('lets LayerCake mount at once without a ResizeObserver, the layers a task after it measured', async () => {
		vi.stubGlobal('ResizeObserver', undefined);
		const box = new CakeBox();
		box.slot(document.createElement('div'));
		expect(box.laidOut).toBe(true);
		box.setWidth(640);
		box.setHeight(260);
		expect(box.measured).toBe(false);
		await nextTask();
		expect(box.measured).toBe(true);
	});
});
