/**
 * Whether this device can likely hold an orders file while it is imported and analysed, decided
 * from the file's size alone, before a byte of it is read (a tab that runs out of memory is closed
 * by the browser, losing the work of minutes).
 *
 * The estimate is deliberately on the safe side for the user: it warns only where the file very
 * likely does not fit, and a warning never stops the import (the user may go on anyway).
 *
 * - Orders in the file: at most its size ÷ the shortest rows seen in practice (the project's
 *   generator writes `order_id,customer_id,YYYY-MM-DD,total`, 34 bytes a row; shop exports have
 *   far longer rows, hence fewer orders for their size).
 * - Tab memory needed: the page before any import (measured 359–401 MB by `npm run bench`) plus the
 *   peak per order while importing and analysing. Measured 176 bytes an order above the baseline at
 *   first (1,240 MB at 5,074,151 orders; 3,938 MB at 20,324,127 orders on 1 December 2026); since the
 *   import's memory work of 2 December (issue 14), 722–816 MB at 5,074,151 orders and 2,143 MB at
 *   20,324,127 (the tab's renderer; 82–86 bytes an order). 100 bytes leaves room for a device or
 *   browser that needs more than this machine's Chromium. Lower it when the import needs less.
 * - Memory a tab can use: a share of the device's memory. Browsers that tell it
 *   (`navigator.deviceMemory`, Chromium) round down to a power of two and report at most 8 (GB);
 *   where it is not told, 8 GB is assumed, so a file is only ever flagged on such a browser when it
 *   is larger than an 8 GB machine could hold.
 * - Files under 10 MB are never flagged: they add at most ~50 MB to the page already running.
 */

/** Bytes of the shortest order rows in practice (the generator's compact rows). */
export const MIN_BYTES_PER_ORDER_ROW = 34;
/** Peak tab memory per order while importing and analysing (measured, issue 14). */
export const PEAK_BYTES_PER_ORDER = 100;
/** Tab memory before anything is imported (measured by `npm run bench`). */
export const BASELINE_BYTES = 400 * 2 ** 20;
/** Device memory assumed when the browser does not tell it (GB). */
export const ASSUMED_DEVICE_GB = 8;
/** Share of the device's memory a tab can use before the browser or the system stops it. */
export const USABLE_SHARE = 0.6;
/** Files smaller than this are never flagged: they add little to the page already running. */
export const SMALL_FILE_BYTES = 10 * 2 ** 20;

export interface MemoryCheck {
	/** `tooLarge`: the file very likely does not fit; say so before reading it. */
	verdict: 'fits' | 'tooLarge';
	fileBytes: number;
	/** The most orders a file of this size can hold. */
	ordersAtMost: number;
	/** Tab memory the import and analysis would need at most (bytes). */
	neededBytes: number;
	/** Tab memory this device can likely give (bytes). */
	availableBytes: number;
	/** The device's memory as the browser tells it (GB), or null where it does not. */
	deviceMemoryGb: number | null;
}

/**
 * @param fileBytes total size of the files chosen for one data set
 * @param deviceMemoryGb `navigator.deviceMemory` where the browser has it, else undefined
 */
export function checkFileMemory(fileBytes: number, deviceMemoryGb?: number | null): MemoryCheck {
	const told = typeof deviceMemoryGb === 'number' && Number.isFinite(deviceMemoryGb) && deviceMemoryGb > 0;
	const deviceGb = told ? deviceMemoryGb : ASSUMED_DEVICE_GB;
	const bytes = Math.max(0, fileBytes);
	const ordersAtMost = Math.ceil(bytes / MIN_BYTES_PER_ORDER_ROW);
	const neededBytes = BASELINE_BYTES + ordersAtMost * PEAK_BYTES_PER_ORDER;
	const availableBytes = deviceGb * 2 ** 30 * USABLE_SHARE;
	return {
		verdict: bytes >= SMALL_FILE_BYTES && neededBytes > availableBytes ? 'tooLarge' : 'fits',
		fileBytes: bytes,
		ordersAtMost,
		neededBytes,
		availableBytes,
		deviceMemoryGb: told ? deviceMemoryGb : null
	};
}

/** `navigator.deviceMemory` where the browser has it (Chromium), else undefined. */
export function deviceMemoryGb(nav: Navigator | undefined = globalThis.navigator): number | undefined {
	const value = (nav as (Navigator & { deviceMemory?: unknown }) | undefined)?.deviceMemory;
	return typeof value === 'number' ? value : undefined;
}
