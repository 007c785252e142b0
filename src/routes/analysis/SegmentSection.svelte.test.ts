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
