import { describe, expect, it } from 'vitest';
import {
	ASSUMED_DEVICE_GB,
	BASELINE_BYTES,
	checkFileMemory,
	deviceMemoryGb,
	MIN_BYTES_PER_ORDER_ROW,
	PEAK_BYTES_PER_ORDER,
	USABLE_SHARE
} from './file-memory';

const MB = 2 ** 20;
const GB = 2 ** 30;

describe('checkFileMemory', () => {
	// [file size, navigator.deviceMemory, verdict]: sizes from the bench (37 MB = 1.15 M orders,
	// 168 MB = 5 M, 680–700 MB = 20 M orders) and beyond.
	it.each([
		[37 * MB, undefined, 'fits'],
		[168 * MB, undefined, 'fits'],
		[700 * MB, undefined, 'fits'],
		[700 * MB, 8, 'fits'],
		[168 * MB, 8, 'fits'],
		[168 * MB, 4, 'fits'],
		[37 * MB, 1, 'fits'],
		[37 * MB, 0.5, 'tooLarge'],
		// 5 M orders peaked at 722–816 MB: within the 1.2 GB a 2 GB device gives a tab, not within 1 GB's.
		[168 * MB, 2, 'fits'],
		[5 * MB, 0.25, 'fits'],
		[9 * MB, 0.5, 'fits'],
		[168 * MB, 1, 'tooLarge'],
		[168 * MB, 0.5, 'tooLarge'],
		[700 * MB, 4, 'tooLarge'],
		[400 * MB, 2, 'tooLarge'],
		[1200 * MB, 8, 'fits'],
		[1600 * MB, 8, 'tooLarge'],
		[1600 * MB, undefined, 'tooLarge'],
		[0, 0.25, 'fits']
	] as const)('%d bytes with deviceMemory %s: %s', (bytes, device, verdict) => {
		expect(checkFileMemory(bytes, device).verdict).toBe(verdict);
	});

	it('never flags a file an 8 GB machine holds: anything up to 20 million orders (700 MB) without deviceMemory saying less', () => {
		for (let mb = 0; mb <= 700; mb += 25) {
			expect(checkFileMemory(mb * MB).verdict, `${mb} MB`).toBe('fits');
			expect(checkFileMemory(mb * MB, 8).verdict, `${mb} MB at 8 GB`).toBe('fits');
		}
		// 20 M orders of the shortest rows (the generator's 34 bytes) are under 700 MB.
		expect(20e6 * MIN_BYTES_PER_ORDER_ROW).toBeLessThan(700 * MB);
	});

	it('flags more as the device has less memory, never less', () => {
		const devices = [0.25, 0.5, 1, 2, 4, 8];
		for (let mb = 0; mb <= 1500; mb += 10) {
			const verdicts = devices.map((d) => checkFileMemory(mb * MB, d).verdict);
			const firstFit = verdicts.indexOf('fits');
			if (firstFit >= 0)
				expect(
					verdicts.slice(firstFit).every((v) => v === 'fits'),
					`${mb} MB`
				).toBe(true);
		}
	});

	it('states its estimate: orders at most, memory needed and available', () => {
		const check = checkFileMemory(340 * MB, 2);
		expect(check.ordersAtMost).toBe(Math.ceil((340 * MB) / MIN_BYTES_PER_ORDER_ROW));
		expect(check.neededBytes).toBe(BASELINE_BYTES + check.ordersAtMost * PEAK_BYTES_PER_ORDER);
		expect(check.availableBytes).toBe(2 * GB * USABLE_SHARE);
		expect(check.deviceMemoryGb).toBe(2);
		expect(checkFileMemory(340 * MB).deviceMemoryGb).toBeNull();
		expect(checkFileMemory(340 * MB).availableBytes).toBe(ASSUMED_DEVICE_GB * GB * USABLE_SHARE);
	});

	it.each([[NaN], [0], [-4], [Infinity]])('a deviceMemory of %s counts as not told', (device) => {
		expect(checkFileMemory(100 * MB, device).deviceMemoryGb).toBeNull();
	});
});

describe('deviceMemoryGb', () => {
	it.each([
		[{ deviceMemory: 4 }, 4],
		[{ deviceMemory: '4' }, undefined],
		[{}, undefined],
		[undefined, undefined]
	])('%o gives %s', (nav, expected) => {
		expect(deviceMemoryGb(nav as unknown as Navigator | undefined)).toBe(expected);
	});
});
