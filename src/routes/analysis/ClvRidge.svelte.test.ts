import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { clvOverview, DEFAULT_CLV_SETTINGS, fitFromOrders } from '$lib/analysis/clv-engine';
import { noDropoutOrders } from '../../../tests/fixtures/clv/no-dropout';
import ClvRidge from './ClvRidge.svelte';

function overviewOf(seed: number) {
	const { orders, customerCount } = noDropoutOrders(600, seed);
	return clvOverview(fitFromOrders(orders, customerCount, DEFAULT_CLV_SETTINGS), null);
}
const pounds = (v: number) => `£${Math.round(v).toLocaleString('en-GB')}`;

describe('ClvRidge', () => {
	it('a fit run off to a → 0: says in words that no drop-out is visible, and shows the total along the ridge', () => {
		const overview = overviewOf(12);
		expect(overview.readiness.ok).toBe(true);
		render(ClvRidge, { overview, currency: 'GBP' });
		const text = screen.getByTestId('clv-ridge-explanation').textContent!;
		expect(text).toContain('Almost no drop-out is visible in this history');
		expect(text).toContain('near 100 % for everyone');
		expect(text).toContain('rests on purchase rates alone');
		const { low, high } = overview.ridge!;
		expect(screen.getByTestId('clv-ridge-range').textContent).toContain(
			`between ${pounds(low)} and ${pounds(high)}`
		);
		const rows = within(screen.getByTestId('clv-ridge-table')).getAllByRole('row').slice(1);
		expect(rows).toHaveLength(overview.ridge!.points.length);
		expect(rows[0].textContent).toContain('none (a → 0)');
		expect(rows[0].textContent).toContain('used for the predictions');
		expect(rows[0].textContent).toContain('∞');
	});

	it('a flat ridge inside the parameter space: the estimates beside their standard errors and the gap to no drop-out', () => {
		const overview = overviewOf(11);
		render(ClvRidge, { overview, currency: 'GBP' });
		const text = screen.getByTestId('clv-ridge-explanation').textContent!;
		expect(text).toContain('The data barely pin down how many customers drop out');
		expect(text).toMatch(/a = 0\.01\d* ± 0\.01\d*, b = 1\.\d+ ± 1\.\d+/);
		expect(text).toMatch(/A model with no drop-out at all fits only 0\.\d\d log-likelihood units worse/);
		expect(screen.getByTestId('clv-ridge-table')).toHaveTextContent('used for the predictions');
	});

	it('shows nothing for a well-determined fit', () => {
		const overview = { ...overviewOf(12), readiness: { ok: true, problems: [], warnings: [] }, ridge: null };
		render(ClvRidge, { overview, currency: 'GBP' });
		expect(screen.queryByTestId('clv-ridge')).toBeNull();
	});
});
