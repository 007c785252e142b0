import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Analysis, SegmentSummary } from '$lib/analysis/analyse';
import { dayFromYmd } from '$lib/format/date';
import { AnalysisState } from './analysis-state.svelte';
import SegmentSection from './SegmentSection.svelte';

describe('the segment section says when segments count only a range', () => {
	it.each([
		['with a range', { from: dayFromYmd(2024, 3, 1), to: dayFromYmd(2024, 3, 31) }, true],
		['all orders', null, false]
	])('%s', (_, range, noted) => {
		const view = new AnalysisState();
		view.result = { range } as unknown as Analysis;
		render(SegmentSection, { view, rfmSegments: [], seedSegments: [], currency: 'EUR', datasetName: 'shop' });
		const note = screen.queryByTestId('segments-range-note');
		expect(note !== null).toBe(noted);
		if (note) expect(note.textContent).toMatch(/only the orders from .*2024.* to .*2024/);
	});
});

// A date range without orders leaves every segment empty: a share of no customers is no figure, not 0 %.
describe('segments without any customer show no shares', () => {
	const segment = (id: SegmentSummary['id'], customers: number, share: number): SegmentSummary =>
		({
			id,
			customers,
			customerShare: share,
			revenue: 0,
			revenueShare: share,
			meanOrders: 0,
			meanRecencyDays: 0
		}) as SegmentSummary;
	const shares = () =>
		[...document.querySelectorAll('tbody tr')].map((row) =>
			[...row.querySelectorAll('td')].slice(1, 3).map((td) => td.textContent)
		);

	it.each([
		[
			'no customers',
			[segment('champions', 0, 0), segment('lost', 0, 0)],
			[
				['—', '—'],
				['—', '—']
			]
		],
		[
			'some customers',
			[segment('champions', 1, 1), segment('lost', 0, 0)],
			[
				['100%', '100%'],
				['0%', '0%']
			]
		]
	])('%s', (_, rfmSegments, expected) => {
		const view = new AnalysisState();
		view.result = { range: null } as unknown as Analysis;
		render(SegmentSection, { view, rfmSegments, seedSegments: [], currency: 'EUR', datasetName: 'shop' });
		expect(shares().slice(0, 2)).toEqual(expected);
	});
});

// Data (or a range) shorter than the window: the averages and "lapsed" say what they were measured over.
describe('the seed segments say what they were measured over', () => {
	const seedSegment = (id: SegmentSummary['id']): SegmentSummary =>
		({
			id,
			customers: 0,
			customerShare: 0,
			revenue: 0,
			revenueShare: 0,
			meanOrders: 0,
			meanRecencyDays: 0
		}) as SegmentSummary;
	it.each([
		[
			'91 days of data',
			{ months: 91 / 30.4375, windowCovered: false, spanDays: 91, lapsedMeasurable: false },
			'a month on average over the last 3 months. The data cover only 91 days of the 12-month window',
			'Not measurable here: the data cover 91 days, fewer than 365'
		],
		[
			'years of data',
			{ months: 12, windowCovered: true, spanDays: 1000, lapsedMeasurable: true },
			'over the last 12 months.',
			null
		]
	])('%s', (_, seedBasis, frequent, lapsed) => {
		const view = new AnalysisState();
		view.result = { range: null, seedBasis } as unknown as Analysis;
		render(SegmentSection, {
			view,
			rfmSegments: [],
			seedSegments: [seedSegment('high-frequency'), seedSegment('lapsed')],
			currency: 'EUR',
			datasetName: 'shop'
		});
		const text = [...document.querySelectorAll('tbody th')].map((th) => th.textContent).join(' ');
		expect(text).toContain(frequent);
		if (lapsed) expect(text).toContain(lapsed);
		else expect(text).not.toContain('Not measurable');
	});
});
