import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '$lib/analysis/analyse';
import { readCachedAnalysis } from '$lib/analysis/cache';
import { AnalysisState } from './analysis-state.svelte';

const request = vi.fn();
vi.mock('$lib/workers/analysis-client', () => ({
	AnalysisClient: class {
		request = request;
		terminate() {}
	}
}));
vi.mock('$lib/analysis/cache', async (original) => ({
	...(await original<typeof import('$lib/analysis/cache')>()),
	readCachedAnalysis: vi.fn(),
	publishMeasures: vi.fn(() => Promise.resolve())
}));

const analysis = { kpis: {} } as unknown as Analysis;
const measured = (name: string) => performance.getEntriesByName(name, 'measure').map((m) => m.duration);

describe('the typed settings, read by the one rule for typed numbers (metrics/number-input)', () => {
	it.each([
		// window text, lifetime text, window months, lifetime years (undefined: none asked for)
		['12', '', 12, undefined],
		[' 3 ', '2.5', 3, 2.5],
		['0', '', null, undefined],
		['37', '', null, undefined],
		['2.5', '', null, undefined],
		['12', 'abc', 12, null],
		['12', '60', 12, null],
		['12', '1,5', 12, 1.5]
	] as const)('window %j, lifetime %j → %s months, %s years', (windowText, lifetimeText, months, years) => {
		const state = new AnalysisState();
		state.windowText = windowText;
		state.lifetimeText = lifetimeText;
		expect(state.windowMonths).toBe(months);
		expect(state.lifetimeYears).toBe(years);
		expect(state.settings === null).toBe(months === null || years === null);
	});
});

describe('timings for the benchmark', () => {
	beforeEach(() => {
		performance.clearMeasures();
		request.mockReset();
		vi.mocked(readCachedAnalysis).mockReset();
	});

	it('records none for a cached result: nothing was loaded or computed', async () => {
		vi.mocked(readCachedAnalysis).mockResolvedValue(analysis);
		const state = new AnalysisState();
		state.datasetId = 1;
		await state.run('EUR');
		expect(state.status).toBe('ready');
		expect(state.result).toBe(analysis);
		expect(request).not.toHaveBeenCalled();
		expect(measured('analysis:load')).toEqual([]);
		expect(measured('analysis:compute')).toEqual([]);
	});

	it('records the worker’s load and compute times for a computed result', async () => {
		vi.mocked(readCachedAnalysis).mockResolvedValue(null);
		request.mockResolvedValue({
			type: 'analysed',
			requestId: 1,
			datasetId: 1,
			analysis,
			timings: { loadMs: 12, computeMs: 34 }
		});
		const state = new AnalysisState();
		state.datasetId = 1;
		await state.run('EUR');
		expect(state.status).toBe('ready');
		expect(measured('analysis:load')).toEqual([12]);
		expect(measured('analysis:compute')).toEqual([34]);
	});
});
