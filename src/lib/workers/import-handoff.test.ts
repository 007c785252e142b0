import { describe, expect, it, vi } from 'vitest';
import type { Analysis } from '$lib/analysis/analyse';
import type { StoredClv } from '$lib/analysis/clv-cache';
import { DEFAULT_CLV_SETTINGS } from '$lib/analysis/clv-engine';
import {
	CLV_FAILURE_MARK,
	clvPrecomputeOf,
	handedOffAnalysis,
	handOffAnalysis,
	handOffClv,
	noteClvPrecompute,
	recordClvFailure,
	startClvPrecomputes,
	takeHandedOffClv
} from './import-handoff';

const analysis = { marker: 'a' } as unknown as Analysis;

describe('import handoff', () => {
	it.each([
		{ name: 'the same data set, time and settings', id: 1, createdAt: 10, key: 'k', found: true },
		{ name: 'another data set', id: 2, createdAt: 10, key: 'k', found: false },
		{
			name: 'the same id created at another time (deleted and restored)',
			id: 1,
			createdAt: 11,
			key: 'k',
			found: false
		},
		{ name: 'other settings', id: 1, createdAt: 10, key: 'other', found: false }
	])('hands the analysis over only for $name', ({ id, createdAt, key, found }) => {
		handOffAnalysis({ datasetId: 1, createdAt: 10, settingsKey: 'k', analysis });
		expect(handedOffAnalysis(id, createdAt, key)).toBe(found ? analysis : null);
	});

	it.each([
		{ name: 'the same data set, time and settings', id: 1, createdAt: 10, settings: {}, found: true },
		{ name: 'another data set', id: 2, createdAt: 10, settings: {}, found: false },
		{ name: 'the same id created at another time', id: 1, createdAt: 11, settings: {}, found: false },
		{ name: 'another unit', id: 1, createdAt: 10, settings: { unit: 'day' as const }, found: false },
		{ name: 'another horizon', id: 1, createdAt: 10, settings: { horizonMonths: 24 }, found: false },
		{ name: 'another discount rate', id: 1, createdAt: 10, settings: { annualDiscountRate: 0.2 }, found: false },
		{ name: 'another margin', id: 1, createdAt: 10, settings: { margin: 0.5 }, found: false }
	])('hands the CLV fit over only for $name, once, telling the import', ({ id, createdAt, settings, found }) => {
		const clv = { settings: { ...DEFAULT_CLV_SETTINGS } } as unknown as StoredClv;
		let taken = 0;
		handOffClv({ datasetId: 1, createdAt: 10, clv, fingerprints: null, taken: () => taken++ });
		const asked = { ...DEFAULT_CLV_SETTINGS, ...settings };
		expect(takeHandedOffClv(id, createdAt, asked)?.clv ?? null).toBe(found ? clv : null);
		expect(taken).toBe(found ? 1 : 0);
		// Given once; one not given stays for the page that asks for it.
		expect(takeHandedOffClv(1, 10, DEFAULT_CLV_SETTINGS)?.clv ?? null).toBe(found ? null : clv);
		expect(taken).toBe(1);
	});

	it('starts each held-back CLV fit once, and none that has settled', async () => {
		const started: number[] = [];
		let finish!: () => void;
		noteClvPrecompute(20, new Promise<void>((resolve) => (finish = resolve)), () => started.push(20));
		noteClvPrecompute(21, new Promise<void>(() => {}), () => started.push(21));
		finish();
		await Promise.resolve();
		await Promise.resolve();
		startClvPrecomputes();
		startClvPrecomputes();
		expect(started).toEqual([21]);
	});

	it('forgets a CLV precompute once it settles, and only its own', async () => {
		let finish!: () => void;
		const first = new Promise<void>((resolve) => (finish = resolve));
		noteClvPrecompute(7, first);
		expect(clvPrecomputeOf(7)).toBe(first);
		expect(clvPrecomputeOf(8)).toBeNull();
		const second = new Promise<void>(() => {});
		noteClvPrecompute(7, second);
		finish();
		await first;
		await Promise.resolve();
		expect(clvPrecomputeOf(7)).toBe(second);

		const third = Promise.resolve();
		noteClvPrecompute(9, third);
		await third;
		await Promise.resolve();
		expect(clvPrecomputeOf(9)).toBeNull();
	});

	it('says when an import’s CLV fit was not cached, and why (on the console and a mark the benchmark reads)', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			recordClvFailure('UnknownError: too large');
			expect(warn).toHaveBeenCalledWith(expect.stringContaining('UnknownError: too large'));
			const mark = performance.getEntriesByName(CLV_FAILURE_MARK, 'mark').at(-1) as PerformanceMark | undefined;
			expect(mark?.detail).toBe('UnknownError: too large');
		} finally {
			warn.mockRestore();
		}
	});
});
