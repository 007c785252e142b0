import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '$lib/analysis/analyse';
import { readCachedAnalysis } from '$lib/analysis/cache';
import type { RangeProblem } from '$lib/analysis/date-range';
import { dayFromYmd } from '$lib/format/date';
import { CompareState } from './compare-state.svelte';

const request = vi.fn();
vi.mock('$lib/workers/analysis-client', () => ({
	AnalysisClient: class {
		request = request;
		terminate() {}
	}
}));
vi.mock('$lib/analysis/cache', async (original) => ({
	...(await original<typeof import('$lib/analysis/cache')>()),
	readCachedAnalysis: vi.fn()
}));
// Each test starts from fresh mocks: no calls counted and no answer queued by another test.
beforeEach(() => {
	vi.mocked(readCachedAnalysis).mockReset();
	request.mockReset();
});

const spans = {
	a: { minDay: dayFromYmd(2023, 1, 1), maxDay: dayFromYmd(2023, 6, 30) },
	b: { minDay: dayFromYmd(2023, 3, 1), maxDay: dayFromYmd(2023, 12, 31) }
};

describe('the range of a comparison lies in the days both data sets cover', () => {
	it.each([
		['', '', 'all'],
		['2023-03-01', '2023-06-30', 'range'],
		['2023-02-01', '2023-06-30', 'invalid'],
		['2023-03-01', '2023-07-01', 'invalid']
	])('%j to %j: %s', (from, to, kind) => {
		const state = new CompareState();
		state.spans = spans;
		state.fromText = from;
		state.toText = to;
		expect(state.rangeChoice.kind).toBe(kind);
		expect(state.settings === null).toBe(kind === 'invalid');
	});

	// QA: "its orders run from 7 Mar 2025 to 31 Aug 2026" did not say those were data set B's orders.
	it('names the data set whose orders a range reaches outside', async () => {
		const { rangeProblemText } = await import('../basis-text');
		const state = new CompareState();
		state.spans = {
			a: { minDay: dayFromYmd(2024, 10, 1), maxDay: dayFromYmd(2026, 11, 20) },
			b: { minDay: dayFromYmd(2025, 3, 7), maxDay: dayFromYmd(2026, 8, 31) }
		};
		state.names = { a: 'A: shopA', b: 'B: generic' };
		state.fromText = '2025-01-04';
		state.toText = '2026-10-25';
		const choice = state.rangeChoice;
		expect(choice.kind === 'invalid' && choice.problem).toEqual({
			kind: 'outside',
			dataFrom: dayFromYmd(2025, 3, 7),
			dataTo: dayFromYmd(2026, 8, 31),
			limits: { from: 'B: generic', to: 'B: generic' }
		});
		expect(rangeProblemText((choice as { problem: RangeProblem }).problem)).toBe(
			'The range reaches outside the data of B: generic: its orders run from 7 Mar 2025 to 31 Aug 2026, and the range must lie in days both data sets cover. Choose dates within those.'
		);
		// A starts later, B ends earlier: each end is named
		state.spans = spans;
		state.fromText = '2023-02-01';
		state.toText = '2023-06-30';
		expect(rangeProblemText((state.rangeChoice as { problem: RangeProblem }).problem)).toBe(
			'The range reaches outside the days both data sets cover: from 1 Mar 2023 (the first order of B: generic) to 30 Jun 2023 (the last order of A: shopA). Choose dates within those.'
		);
	});

	it('counts presets back from the last day both cover', () => {
		const state = new CompareState();
		state.spans = spans;
		state.applyPreset('thisYear');
		expect([state.fromText, state.toText]).toEqual(['2023-03-01', '2023-06-30']);
	});
});

describe('the settings of a comparison', () => {
	// QA: the comparison took the default settings whatever the Analysis page had, and lost its period on a reload.
	it('are read from the address as the Analysis page writes them, and written back the same', () => {
		const state = new CompareState();
		state.spans = spans;
		state.readAddress(
			new URLSearchParams('a=1&b=2&period=quarter&window=6&lifetime=2.5&from=2023-03-01&to=2023-06-30')
		);
		expect(state.settings).toMatchObject({
			period: 'quarter',
			windowMonths: 6,
			seed: { windowMonths: 6 },
			lifetimeYears: 2.5,
			range: { from: dayFromYmd(2023, 3, 1), to: dayFromYmd(2023, 6, 30) }
		});
		expect(state.addressParams()).toEqual({ period: 'quarter', window: '6', lifetime: '2.5' });
	});

	it('are the defaults without any, and left out of the address', () => {
		const state = new CompareState();
		state.readAddress(new URLSearchParams('a=1&b=2'));
		expect(state.settings).toMatchObject({ period: 'month', windowMonths: 12 });
		expect(state.settings).not.toHaveProperty('lifetimeYears');
		expect(state.addressParams()).toEqual({ period: null, window: null, lifetime: null });
	});

	it.each([
		['window=0', 'window'],
		['window=abc', 'window'],
		['window=2.5', 'window'],
		['lifetime=-1', 'lifetime']
	])('give nothing to compare while one is invalid (%s), and keep it as typed', (query, key) => {
		const state = new CompareState();
		state.readAddress(new URLSearchParams(query));
		expect(state.settings).toBeNull();
		expect(state.addressParams()[key as 'window' | 'lifetime']).toBe(query.split('=')[1]);
	});
});

describe('run', () => {
	it('analyses both with the same settings and shows them together', async () => {
		const a = { kpis: { customers: 1 } } as unknown as Analysis;
		const b = { kpis: { customers: 2 } } as unknown as Analysis;
		vi.mocked(readCachedAnalysis).mockResolvedValueOnce(a).mockResolvedValueOnce(null);
		request.mockResolvedValue({ type: 'analysed', requestId: 1, datasetId: 2, analysis: b, timings: {} });
		const state = new CompareState();
		state.aId = 1;
		state.bId = 2;
		state.spans = spans;
		state.fromText = '2023-03-01';
		state.toText = '2023-06-30';
		await state.run('EUR');
		expect(state.status).toMatchObject({ kind: 'ready', aId: 1, bId: 2, a, b });
		expect(state.shown).toBe(state.status);
		const range = { from: dayFromYmd(2023, 3, 1), to: dayFromYmd(2023, 6, 30) };
		expect(vi.mocked(readCachedAnalysis).mock.calls.map((call) => call[1].range)).toEqual([range, range]);
		expect(request).toHaveBeenCalledWith(
			expect.objectContaining({ datasetId: 2, settings: expect.objectContaining({ range }) })
		);
	});

	it.each([
		['B is another data set the range does not fit', (s: CompareState) => ((s.bId = 3), (s.spans = null))],
		['B is another data set, range still valid', (s: CompareState) => (s.bId = 3)],
		['A is another data set', (s: CompareState) => (s.aId = 4)],
		['the range changes', (s: CompareState) => (s.toText = '2023-05-31')],
		['the range becomes invalid', (s: CompareState) => (s.toText = '2023-07-31')],
		['the period changes', (s: CompareState) => (s.period = 'quarter')],
		['the activity window changes', (s: CompareState) => (s.windowText = '6')]
	])('shows no figures once the selection changes: %s', async (_, change) => {
		const analysis = { kpis: { customers: 1 } } as unknown as Analysis;
		vi.mocked(readCachedAnalysis).mockResolvedValue(analysis);
		const state = new CompareState();
		state.aId = 1;
		state.bId = 2;
		state.spans = spans;
		state.fromText = '2023-03-01';
		state.toText = '2023-06-30';
		await state.run('EUR');
		expect(state.shown).not.toBeNull();
		change(state);
		expect(state.shown).toBeNull();
	});

	it('a new run drops the figures of the previous one while it computes', async () => {
		const analysis = { kpis: { customers: 1 } } as unknown as Analysis;
		vi.mocked(readCachedAnalysis).mockResolvedValue(analysis);
		const state = new CompareState();
		state.aId = 1;
		state.bId = 2;
		await state.run('EUR');
		expect(state.status.kind).toBe('ready');
		state.bId = 3;
		vi.mocked(readCachedAnalysis).mockReturnValue(new Promise(() => {}));
		void state.run('EUR');
		expect(state.status).toEqual({ kind: 'computing' });
	});

	it('says why when one of them fails', async () => {
		vi.mocked(readCachedAnalysis).mockResolvedValue(null);
		request.mockResolvedValue({ type: 'failed', requestId: 1, reason: 'summaryOnly' });
		const state = new CompareState();
		state.aId = 1;
		state.bId = 2;
		await state.run('EUR');
		expect(state.status).toMatchObject({ kind: 'failed', aId: 1, bId: 2, detail: 'summaryOnly' });
		expect(state.failure).toBe('summaryOnly');
	});

	it.each([
		['B is another data set', (s: CompareState) => (s.bId = 3)],
		['the range becomes invalid', (s: CompareState) => ((s.spans = spans), (s.toText = '2023-07-31'))],
		['the period changes', (s: CompareState) => (s.period = 'quarter')]
	])('does not say an earlier selection failed once it changes: %s', async (_, change) => {
		vi.mocked(readCachedAnalysis).mockResolvedValue(null);
		request.mockResolvedValue({ type: 'failed', requestId: 1, reason: 'summaryOnly' });
		const state = new CompareState();
		state.aId = 1;
		state.bId = 2;
		await state.run('EUR');
		expect(state.failure).toBe('summaryOnly');
		change(state);
		expect(state.failure).toBeNull();
	});
});
