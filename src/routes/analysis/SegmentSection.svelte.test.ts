import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '$lib/analysis/analyse';
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
