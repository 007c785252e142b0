import { describe, expect, it } from 'vitest';
import { CakeBox } from './cake-box.svelte';

describe('CakeBox', () => {
	it.each([
		{ name: 'nothing measured', width: undefined, height: undefined, measured: false },
		{ name: 'only the width', width: 640, height: undefined, measured: false },
		{ name: 'only the height', width: undefined, height: 260, measured: false },
		{ name: 'both sides', width: 640, height: 260, measured: true },
		{ name: 'both sides, zero (a box with no layout)', width: 0, height: 0, measured: true }
	])('is measured with $name', ({ width, height, measured }) => {
		const box = new CakeBox();
		expect([box.width, box.height]).toEqual([100, 100]);
		if (width !== undefined) box.setWidth(width);
		if (height !== undefined) box.setHeight(height);
		expect(box.measured).toBe(measured);
		expect([box.width, box.height]).toEqual([width ?? 100, height ?? 100]);
	});
});
