import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { ActionRow } from '$lib/analysis/audiences';
import CustomerActionsTable from './CustomerActionsTable.svelte';
import { CustomersState } from './customers-state.svelte';
import { overviewWith } from './audience-cards.test-support';

const row = (customer: string, nextDay: number | null): ActionRow => ({
	customer,
	purchases: 2,
	value: 50,
	firstDay: 18_900,
	lastPurchase: 18_990,
	probabilityAlive: 0.6,
	expectedPurchases: 0.4,
	purchaseWithinHorizon: 0.3,
	nextDay,
	clv: 20
});

describe('CustomerActionsTable', () => {
	it('marks a predicted next order after the horizon as the extrapolation it is', () => {
		const view = new CustomersState(() => null);
		// The data end on day 19,000; the 12-month horizon on day 19,365 (365.25 days).
		view.rows = [row('near', 19_365), row('far', 19_366), row('never', null)];
		view.total = 3;
		render(CustomerActionsTable, { view, overview: overviewWith({ lastDay: 19_000 }), currency: 'EUR' });
		const cells = (customer: string) => within(screen.getByRole('row', { name: new RegExp(`^${customer}`) }));
		expect(cells('near').queryByTestId('after-horizon')).toBeNull();
		expect(cells('far').getByTestId('after-horizon')).toHaveTextContent(
			'after the 12-month horizon: an extrapolation, far from the data'
		);
		expect(cells('never').getByText('not expected (P(active) ≤ 50 %)')).toBeInTheDocument();
	});
});
