import { join } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { analyse, type AnalysisSettings } from '$lib/analysis/analyse';
import { DEFAULT_SEED_SETTINGS } from '$lib/analysis/seed-segments';
import { columnsOf } from '$lib/test-support/order-columns';
import { readOrderCsv } from '$lib/test-support/order-csv';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/settings';
import { dayFromYmd } from '$lib/format/date';
import { crrReasonText } from '../basis-text';
import CompareKpis from './CompareKpis.svelte';

const settings: AnalysisSettings = { period: 'month', windowMonths: 1, seed: DEFAULT_SEED_SETTINGS };
// A's last measurable month is March 2023 (S 1, E 2, N 1 → 100 %), B's April 2023 (S 2, E 2, N 1 → 50 %).
const A = analyse(
	columnsOf([
		[0, '2023-01-05', 10],
		[0, '2023-02-10', 10],
		[0, '2023-03-10', 10],
		[1, '2023-03-20', 10],
		[0, '2023-03-31', 10]
	]),
	2,
	settings
).analysis;
const B = analyse(
	columnsOf([
		[0, '2023-02-05', 10],
		[0, '2023-03-10', 10],
		[2, '2023-03-15', 10],
		[0, '2023-04-10', 10],
		[1, '2023-04-20', 10],
		[0, '2023-04-30', 10]
	]),
	3,
	settings
).analysis;
const side = (name: string, analysis: typeof A) => ({ name, fileName: name, currency: 'EUR', analysis });

describe('CompareKpis: a CRR beside another names both periods', () => {
	it.each([
		['crr', ['100.0%', '50.0%']],
		['churn', ['0.0%', '50.0%']]
	])('%s: each cell names its period with S, E and N, and the row says they differ', (id, values) => {
		render(CompareKpis, { a: side('a', A), b: side('b', B) });
		const row = screen.getByTestId(`compare-kpi-${id}`);
		const cells = within(row).getAllByRole('cell');
		expect(cells[0].textContent).toContain(values[0]);
		expect(cells[0].textContent).toContain('Mar 2023: S 1, E 2, N 1');
		expect(cells[1].textContent).toContain(values[1]);
		expect(cells[1].textContent).toContain('Apr 2023: S 2, E 2, N 1');
		expect(within(row).getByTestId(`compare-kpi-${id}-periods-differ`).textContent).toContain(
			'Not the same period: A’s latest measurable period is Mar 2023, B’s is Apr 2023.'
		);
	});

	it('the same period on both sides is named but not flagged', () => {
		render(CompareKpis, { a: side('a', A), b: side('b', A) });
		const row = screen.getByTestId('compare-kpi-crr');
		expect(
			within(row)
				.getAllByTestId('compare-kpi-period')
				.map((e) => e.textContent)
		).toEqual(['Mar 2023: S 1, E 2, N 1', 'Mar 2023: S 1, E 2, N 1']);
		expect(within(row).queryByTestId('compare-kpi-crr-periods-differ')).toBeNull();
	});
});

describe('CompareKpis: revenue named as the Analysis page names it, in the shown currency', () => {
	it('names net sales as net sales, and both measures when they differ', () => {
		render(CompareKpis, {
			a: { ...side('a', A), basis: 'netSales' as const },
			b: { ...side('b', B), basis: 'netSales' as const }
		});
		expect(screen.getByTestId('compare-kpi-revenue').querySelector('th')!.textContent!.trim()).toBe('Net sales');
	});

	it('says the two measures when they differ (QA: one “Revenue” over net sales and order totals)', () => {
		render(CompareKpis, {
			a: { ...side('a', A), basis: 'netSales' as const },
			b: { ...side('b', B), basis: 'orderTotal' as const, assumed: true }
		});
		const row = screen.getByTestId('compare-kpi-revenue');
		expect(row.querySelector('th')!.textContent!.trim()).toBe(
			'A: Net sales; B: Revenue (order totals) (measured differently, not comparable)'
		);
		// B's file names no currency: its amounts in the setting (here EUR), as on the Analysis page
		expect(within(row).getAllByRole('cell')[1].textContent).toContain('€60.00');
		expect(row.textContent).not.toContain('unknown currency');
	});
});

describe('CompareKpis: revenue per customer is named as on the Analysis page', () => {
	it.each([
		[null, 'Revenue per customer so far'],
		[{ from: 0, to: 1 }, 'Revenue per customer in these dates']
	])('range %o: %s', (range, name) => {
		render(CompareKpis, { a: side('a', A), b: side('b', B), range });
		const row = screen.getByTestId('compare-kpi-revenuePerCustomer');
		expect(within(row).getByRole('rowheader').textContent?.trim()).toBe(name);
	});
});

describe('CompareKpis: a CRR or churn that is not measurable says why, in the KPI cards’ words', () => {
	it('A within 1 Sep – 31 Oct 2025, less than a 12-month window after its data begins', () => {
		const shop = readOrderCsv(
			join(import.meta.dirname, '../../../../tests/fixtures/trust/partial_last_month.csv'),
			{
				customer: 'Customer ID',
				date: 'Order Date',
				amount: 'Order Total'
			}
		);
		const range = { from: dayFromYmd(2025, 9, 1), to: dayFromYmd(2025, 10, 31) };
		const inRange = analyse(shop.columns, shop.customers, { ...DEFAULT_ANALYSIS_SETTINGS, range }).analysis;
		const reason = crrReasonText(inRange.kpis)!;
		expect(reason).toContain('Oct 2025');
		render(CompareKpis, { a: side('a', inRange), b: side('b', B), range });
		for (const id of ['crr', 'churn']) {
			const cells = within(screen.getByTestId(`compare-kpi-${id}`)).getAllByRole('cell');
			expect(cells[0].textContent).toContain('not yet measurable');
			expect(within(cells[0]).getByTestId('compare-kpi-reason').textContent).toBe(reason);
			// B's CRR is measured: nothing to explain.
			expect(within(cells[1]).queryByTestId('compare-kpi-reason')).toBeNull();
		}
	});
});
