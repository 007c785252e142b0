import { join } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, type AnalysisSettings } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/settings';
import { installResizeObserverStub } from '$lib/charts/test-support';
import { dayFromYmd } from '$lib/format/date';
import { readOrderCsv } from '$lib/test-support/order-csv';
import { retentionNotes } from '../basis-text';
import CompareRetention from './CompareRetention.svelte';

beforeAll(installResizeObserverStub);

const FIXTURES = join(import.meta.dirname, '../../../../tests/fixtures/trust');

// A: 1 Jul 2025 – 18 Nov 2026 (QA's partial_last_month.csv); B: 1 Dec 2010 – 9 Dec 2011.
const A = readOrderCsv(join(FIXTURES, 'partial_last_month.csv'), {
	customer: 'Customer ID',
	date: 'Order Date',
	amount: 'Order Total'
});
const B = readOrderCsv(join(FIXTURES, 'year_partial_last_month.csv'), {
	customer: 'Customer Email',
	date: 'Order Date',
	amount: 'Amount'
});
const analysed = (data: typeof A, settings: AnalysisSettings) =>
	analyse(data.columns, data.customers, settings).analysis;

function show(settings: AnalysisSettings) {
	const [a, b] = [analysed(A, settings), analysed(B, settings)];
	const side = (name: string, analysis: typeof a) => ({
		name,
		fileName: name,
		periods: analysis.periods,
		windowMonths: analysis.kpis.windowMonths
	});
	render(CompareRetention, { a: side('shop', a), b: side('old shop', b), unit: settings.period });
	return { a, b };
}
const rowOf = (label: string) =>
	within(screen.getByTestId('compare-periods'))
		.getAllByRole('row')
		.find((row) => within(row).queryByRole('rowheader')?.textContent?.trim().startsWith(label))!;

/** A side's marks beside a period (names are isolated for bidirectional text: the marks are left out). */
const flags = (row: HTMLElement, side: 'a' | 'b') =>
	within(row)
		.getByTestId(`compare-period-flags-${side}`)
		.textContent!.replace(/[\u2068\u2069]/g, '');
const plain = (text: string | null) =>
	text!
		.replace(/[\u2068\u2069]/g, '')
		.replace(/\s+/g, ' ')
		.trim();

describe("CompareRetention: each side's periods carry the Analysis page's marks and reasons", () => {
	const settings = { ...DEFAULT_ANALYSIS_SETTINGS, period: 'month' } as const;

	it("marks A's first month as base still building and its last as partial (18 of 30 days)", () => {
		show(settings);
		const first = rowOf('Jul 2025');
		expect(flags(first, 'a')).toBe('A: shop: (base still building)');
		// S 0, E 14, N 14: the N is explained by the mark, and the CRR says why it is missing.
		expect(within(first).getAllByRole('cell')[3].textContent).toBe('not yet measurable');
		const last = rowOf('Nov 2026');
		expect(flags(last, 'a')).toBe('A: shop: (partial: 18 of 30 days)');
		expect(within(last).queryByTestId('compare-period-flags-b')).toBeNull();
	});

	it("says the Analysis page's notes: those both would say once, a side's own under its name", () => {
		const { a, b } = show(settings);
		const ofA = retentionNotes(a.periods, 'month', a.kpis.windowMonths).map((n) => n.text);
		const ofB = retentionNotes(b.periods, 'month', b.kpis.windowMonths).map((n) => n.text);
		const text = plain(document.body.textContent);
		const shared = ofA.filter((n) => ofB.includes(n));
		expect(shared.length).toBeGreaterThan(0);
		for (const note of shared) expect(text.split(note).length - 1, note).toBe(1);
		const partial = screen.getAllByTestId('partial-period-note').map((p) => plain(p.textContent));
		expect(partial).toEqual([
			'A: shop: Nov 2026 is partial: the data covers 18 of its 30 days. Its counts are not comparable with full periods, and a low figure there is not a drop; it has no CRR.',
			expect.stringMatching(/^B: old shop: Dec 2011 is partial: the data covers 9 of its 31 days\./)
		]);
	});

	it('within a range, a period the range cuts is marked as cut and explained', () => {
		show({ ...settings, range: { from: dayFromYmd(2025, 9, 1), to: dayFromYmd(2025, 10, 15) } });
		expect(flags(rowOf('Oct 2025'), 'a')).toBe(
			'A: shop: (cut by the date range: 15 of 31 days in it) (base still building)'
		);
		expect(screen.getAllByTestId('range-cut-note')).toHaveLength(1);
	});
});
