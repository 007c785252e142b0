import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS, publishMeasures, readCachedAnalysis, settingsKey } from '$lib/analysis/cache';
import { dayFromYmd } from '$lib/format/date';
import { handOffAnalysis } from '$lib/workers/import-handoff';
import { INTL_TAG, LOCALES } from '$lib/i18n/locales';
import { decimalSeparatorOf } from '$lib/metrics/number-input';
import { AnalysisState, DECIMAL_SEPARATOR } from './analysis-state.svelte';

const request = vi.fn();
const clientsStarted = vi.fn();
const terminated = vi.fn();
vi.mock('$lib/workers/analysis-client', async (original) => ({
	...(await original<typeof import('$lib/workers/analysis-client')>()),
	AnalysisClient: class {
		request = request;
		constructor() {
			clientsStarted();
		}
		terminate() {
			terminated();
		}
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
	it.each(LOCALES)('knows the decimal separator of %s as Intl gives it', (code) => {
		expect(DECIMAL_SEPARATOR[code]).toBe(decimalSeparatorOf(INTL_TAG[code]));
	});

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

describe('the typed settings in the address (a reload or Back keeps them, §8)', () => {
	it.each([
		// period, window text, lifetime text → address
		['month', '12', '', ''],
		['quarter', '6', '2.5', 'period=quarter&window=6&lifetime=2.5'],
		['year', ' 7', '', 'period=year&window=+7'],
		['month', 'abc', '1,5', 'window=abc&lifetime=1%2C5']
	] as const)('%s, window %j, lifetime %j → ?%s, read back as typed', (period, windowText, lifetimeText, address) => {
		const state = new AnalysisState();
		Object.assign(state, { period, windowText, lifetimeText });
		const params = new URLSearchParams();
		for (const [key, value] of Object.entries(state.addressParams)) if (value !== null) params.set(key, value);
		expect(params.toString()).toBe(address);
		const reopened = new AnalysisState();
		reopened.readAddress(new URLSearchParams(address));
		expect([reopened.period, reopened.windowText, reopened.lifetimeText]).toEqual([
			period,
			windowText,
			lifetimeText
		]);
	});

	it('leaves a period it does not know at the default and cuts a long text', () => {
		const state = new AnalysisState();
		state.readAddress(new URLSearchParams(`period=decade&window=${'9'.repeat(40)}`));
		expect(state.period).toBe('month');
		expect(state.windowText).toBe('9'.repeat(20));
		expect(state.windowMonths).toBeNull();
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
		expect(state.resultFor).toBe(1);
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

describe('the date range', () => {
	const span = { minDay: dayFromYmd(2023, 1, 10), maxDay: dayFromYmd(2023, 5, 25) };

	it.each([
		// from, to, the range analysed (null: all orders; 'none': no analysis until corrected)
		['', '', null],
		['2023-04-01', '2023-05-25', { from: dayFromYmd(2023, 4, 1), to: dayFromYmd(2023, 5, 25) }],
		['2023-05-02', '2023-04-01', 'none'],
		['2022-12-31', '2023-04-01', 'none'],
		['2023-04-01', '', 'none']
	] as const)('from %j to %j', (from, to, expected) => {
		const state = new AnalysisState();
		state.span = span;
		state.fromText = from;
		state.toText = to;
		if (expected === 'none') expect(state.settings).toBeNull();
		else expect(state.settings?.range).toEqual(expected ?? undefined);
	});

	it('waits for the data span before analysing a range', () => {
		const state = new AnalysisState();
		state.fromText = '2023-04-01';
		state.toText = '2023-05-25';
		expect(state.settings).toBeNull();
		state.span = span;
		expect(state.settings?.range).toEqual({ from: dayFromYmd(2023, 4, 1), to: dayFromYmd(2023, 5, 25) });
	});

	it.each([
		['last90', '2023-02-25', '2023-05-25'],
		['thisYear', '2023-01-10', '2023-05-25'],
		['all', '', '']
	] as const)('preset %s fills %j to %j', (preset, from, to) => {
		const state = new AnalysisState();
		state.span = span;
		state.applyPreset(preset);
		expect([state.fromText, state.toText]).toEqual([from, to]);
	});

	it('records the figures for the other pages only without a range', async () => {
		vi.mocked(readCachedAnalysis).mockResolvedValue(analysis);
		vi.mocked(publishMeasures).mockClear();
		const state = new AnalysisState();
		state.datasetId = 1;
		state.span = span;
		state.fromText = '2023-04-01';
		state.toText = '2023-05-25';
		await state.run('EUR');
		expect(state.status).toBe('ready');
		expect(publishMeasures).not.toHaveBeenCalled();
		expect(state.published).toBe(false);
		state.applyPreset('all');
		await state.run('EUR');
		expect(publishMeasures).toHaveBeenCalledTimes(1);
		expect(state.published).toBe(true);
	});
});

describe('the analysis an import handed over', () => {
	const handed = { kpis: { marker: 'handed' } } as unknown as Analysis;
	const stored = { kpis: { marker: 'stored' } } as unknown as Analysis;

	beforeEach(() => {
		request.mockReset();
		vi.mocked(readCachedAnalysis).mockReset();
		vi.mocked(readCachedAnalysis).mockResolvedValue(stored);
		vi.mocked(publishMeasures).mockClear();
		handOffAnalysis({
			datasetId: 1,
			createdAt: 100,
			settingsKey: settingsKey(DEFAULT_ANALYSIS_SETTINGS),
			analysis: handed
		});
	});

	it('is shown for its data set, creation time and settings without reading IndexedDB, and published', async () => {
		const state = new AnalysisState();
		state.datasetId = 1;
		const running = state.run('EUR', 100);
		// Not in the task that asked (it drew the controls), but in the next one: nothing else is awaited.
		expect(state.result).toBeNull();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(state.status).toBe('ready');
		expect(state.result).toBe(handed);
		expect(state.resultFor).toBe(1);
		await running;
		expect(readCachedAnalysis).not.toHaveBeenCalled();
		expect(request).not.toHaveBeenCalled();
		expect(publishMeasures).toHaveBeenCalledTimes(1);
		expect(vi.mocked(publishMeasures).mock.calls[0][2]).toBe(handed);
		expect(state.published).toBe(true);
	});

	it.each([
		{ name: 'another data set', datasetId: 2, createdAt: 100, windowText: undefined },
		{ name: 'the same id created at another time', datasetId: 1, createdAt: 101, windowText: undefined },
		{
			name: 'a record whose creation time is not known',
			datasetId: 1,
			createdAt: undefined,
			windowText: undefined
		},
		{ name: 'other settings', datasetId: 1, createdAt: 100, windowText: '6' }
	])('is not served for $name (the stored analysis is read)', async ({ datasetId, createdAt, windowText }) => {
		const state = new AnalysisState();
		state.datasetId = datasetId;
		if (windowText !== undefined) state.windowText = windowText;
		await state.run('EUR', createdAt);
		expect(readCachedAnalysis).toHaveBeenCalledTimes(1);
		expect(state.result).toBe(stored);
		expect(state.result).not.toBe(handed);
	});
});

describe('the cached analysis read ahead (a page opened on a data set)', () => {
	const early = { kpis: { marker: 'early' } } as unknown as Analysis;
	const later = { kpis: { marker: 'later' } } as unknown as Analysis;

	beforeEach(() => {
		request.mockReset();
		vi.mocked(readCachedAnalysis).mockReset();
	});

	it('is what the run shows, without reading IndexedDB again, and only once', async () => {
		vi.mocked(readCachedAnalysis).mockResolvedValueOnce(early).mockResolvedValue(later);
		const state = new AnalysisState();
		state.datasetId = 3;
		state.readAhead(3);
		expect(readCachedAnalysis).toHaveBeenCalledTimes(1);
		expect(vi.mocked(readCachedAnalysis).mock.calls[0][0]).toBe(3);
		await state.run('EUR');
		expect(readCachedAnalysis).toHaveBeenCalledTimes(1);
		expect(state.result).toBe(early);
		expect(state.resultFor).toBe(3);
		// A second run (settings changed back and forth) reads again.
		await state.run('EUR');
		expect(readCachedAnalysis).toHaveBeenCalledTimes(2);
		expect(state.result).toBe(later);
	});

	it.each([
		{ name: 'another data set', datasetId: 4, windowText: undefined },
		{ name: 'other settings', datasetId: 3, windowText: '6' }
	])('is not taken for $name (read again with what is asked)', async ({ datasetId, windowText }) => {
		vi.mocked(readCachedAnalysis).mockResolvedValueOnce(early).mockResolvedValue(later);
		const state = new AnalysisState();
		state.datasetId = 3;
		state.readAhead(3);
		state.datasetId = datasetId;
		if (windowText !== undefined) state.windowText = windowText;
		await state.run('EUR');
		expect(readCachedAnalysis).toHaveBeenCalledTimes(2);
		expect(vi.mocked(readCachedAnalysis).mock.calls[1][0]).toBe(datasetId);
		expect(state.result).toBe(later);
	});

	it('fails the run as a read there would (the worker is not asked)', async () => {
		vi.mocked(readCachedAnalysis).mockRejectedValueOnce(new Error('IndexedDB closed'));
		const state = new AnalysisState();
		state.datasetId = 3;
		state.readAhead(3);
		await expect(state.run('EUR')).rejects.toThrow('IndexedDB closed');
		expect(request).not.toHaveBeenCalled();
	});

	it('is not made while a typed setting is invalid', () => {
		const state = new AnalysisState();
		state.windowText = '0';
		state.readAhead(3);
		expect(readCachedAnalysis).not.toHaveBeenCalled();
	});
});

describe('the page’s analysis worker', () => {
	it('is not started again once the page is gone: a request still under way then fails at once', async () => {
		const state = new AnalysisState();
		clientsStarted.mockClear();
		void state.client;
		expect(clientsStarted).toHaveBeenCalledTimes(1);
		state.dispose();
		// What a CLV fit that waited for the import's would ask after the page was left.
		const reply = await state.client.request({ type: 'clvRows' as never } as never);
		expect(reply).toMatchObject({ type: 'failed' });
		expect(clientsStarted).toHaveBeenCalledTimes(1);
	});
});

describe('ending the page’s worker when the page is left', () => {
	it('waits for a cache write under way (at most a few seconds), and ends it at once otherwise', async () => {
		vi.useFakeTimers();
		try {
			terminated.mockClear();
			const plain = new AnalysisState();
			void plain.client;
			plain.dispose();
			expect(terminated).toHaveBeenCalledTimes(1);

			let written!: () => void;
			const writing = new AnalysisState();
			void writing.client;
			writing.dispose(new Promise<void>((resolve) => (written = resolve)));
			await vi.advanceTimersByTimeAsync(1000);
			expect(terminated).toHaveBeenCalledTimes(1);
			written();
			await vi.advanceTimersByTimeAsync(0);
			expect(terminated).toHaveBeenCalledTimes(2);

			const stuck = new AnalysisState();
			void stuck.client;
			stuck.dispose(new Promise<void>(() => {}));
			await vi.advanceTimersByTimeAsync(4000);
			expect(terminated).toHaveBeenCalledTimes(2);
			await vi.advanceTimersByTimeAsync(1500);
			expect(terminated).toHaveBeenCalledTimes(3);
		} finally {
			vi.useRealTimers();
		}
	});
});
