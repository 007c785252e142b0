import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '$lib/analysis/analyse';
import { readCachedAnalysis } from '$lib/analysis/cache';
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

	it('counts presets back from the last day both cover', () => {
		const state = new CompareState();
		state.spans = spans;
		state.applyPreset('thisYear');
		expect([state.fromText, state.toText]).toEqual(['2023-03-01', '2023-06-30']);
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
		['the period changes', (s: CompareState) => (s.period = 'quarter')]
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
