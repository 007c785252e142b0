import { describe, expect, it } from 'vitest';
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
