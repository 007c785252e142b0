import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Comparisons } from '$lib/analysis/comparison';
import { previousRange, yearAgoRange, type DayRange } from '$lib/analysis/date-range';
import { dayFromYmd } from '$lib/format/date';
import PeriodCompare from './PeriodCompare.svelte';

const d = (iso: string) => {
	const [y, m, day] = iso.split('-').map(Number);
	return dayFromYmd(y, m, day);
};
const comparisonsOf = (range: DayRange) =>
	({
		previous: { kind: 'comparable', range: previousRange(range), kpis: {} },
		yearAgo: { kind: 'comparable', range: yearAgoRange(range), kpis: {} }
	}) as unknown as Comparisons;

describe('which earlier days a range is compared with, said', () => {
	it.each([
		// QA: the quarter to date 1 Oct – 20 Nov 2026 against 1 Jul – 20 Aug, not the 51 days before.
		['2026-10-01', '2026-11-20', 'The same days of the quarter before: 1 Jul 2026 – 20 Aug 2026'],
		['2026-11-01', '2026-11-20', 'The same days of the month before: 1 Oct 2026 – 20 Oct 2026'],
		['2026-01-01', '2026-11-20', 'The same dates of the year before: 1 Jan 2025 – 20 Nov 2025'],
		// A quarter or year to date of whole months (data ending on 31 May): the same months of the one before.
		['2025-04-01', '2025-05-31', 'The same months of the quarter before: 1 Jan 2025 – 28 Feb 2025'],
		['2025-01-01', '2025-05-31', 'The same months of the year before: 1 Jan 2024 – 31 May 2024'],
		// A whole quarter: the quarter before.
		['2025-04-01', '2025-06-30', 'Previous period: 1 Jan 2025 – 31 Mar 2025'],
		// Not from a period's first day: the 47 days just before.
		['2026-10-05', '2026-11-20', 'Previous period: 19 Aug 2026 – 4 Oct 2026']
	])('%s – %s: %s', (from, to, text) => {
		const range = { from: d(from), to: d(to) };
		render(PeriodCompare, { comparisons: comparisonsOf(range), range });
		expect(screen.getByTestId('period-compare-previous').textContent?.trim()).toBe(text);
		expect(screen.getByTestId('period-compare-yearAgo').textContent).toContain('A year earlier');
	});
});
