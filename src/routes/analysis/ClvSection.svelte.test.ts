import { render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	actionsOverview,
	actionsPage,
	customerActions,
	type ActionsQuery,
	type AudienceRules
} from '$lib/analysis/audiences';
import { clvOverview, DEFAULT_CLV_SETTINGS, fitFromOrders, type ClvRun } from '$lib/analysis/clv-engine';
import { indexCustomers } from '$lib/analysis/customers';
import { installResizeObserverStub } from '$lib/charts/test-support';
import type { DataProblem } from '$lib/models';
import { syntheticOrderColumns } from '$lib/synthetic/orders';
import type { AnalysisClient } from '$lib/workers/analysis-client';
import ClvSection from './ClvSection.svelte';
import { ClvState } from './clv-state.svelte';

beforeAll(installResizeObserverStub);

/**
 * A real fit whose spend model (Gamma-Gamma) is then refused, as on QA's Shopify file (q ran off to
 * 6.4e7): BG/NBD fitted and trusted, so P(active), expected purchases and next orders stand.
 */
function spendFailedClient() {
	const { orders, customerCount } = syntheticOrderColumns(300);
	const fitted = fitFromOrders(orders, customerCount, DEFAULT_CLV_SETTINGS);
	const problems: DataProblem[] = [
		{ code: 'parameter-at-limit', model: 'gamma-gamma', parameter: 'q', value: 64_012_086 }
	];
	const run = {
		...fitted,
		models: { ...fitted.models, clv: null, ridge: null, readiness: { ok: false, problems, warnings: [] } }
	} as ClvRun;
	const actions = customerActions(run, indexCustomers(orders, customerCount));
	const names = Array.from({ length: customerCount }, (_, i) => `c${i}`);
	const asked: { type: string; query?: ActionsQuery }[] = [];
	const client = {
		request(message: { type: string; rules?: AudienceRules; query?: ActionsQuery }) {
			asked.push(message);
			const reply =
				message.type === 'fitClv'
					? { type: 'clvFitted', requestId: 1, overview: clvOverview(run, null), loadMs: 0 }
					: message.type === 'customerActions'
						? {
								type: 'customerActionsReady',
								requestId: 1,
								overview: actionsOverview(actions, names, message.rules!),
								...actionsPage(actions, names, message.rules!, message.query!)
							}
						: { type: 'failed', requestId: 1, reason: 'noFit' };
			return Object.assign(Promise.resolve(reply), { requestId: asked.length });
		}
	} as unknown as AnalysisClient;
	return { client, asked, actions };
}

describe('ClvSection when only the spend model failed', () => {
	it('shows the per-customer predictions that stand, as the customers page does, and why CLV is missing', async () => {
		const { client, asked, actions } = spendFailedClient();
		const clv = new ClvState(() => client);
		await clv.fit(1, 1);
		render(ClvSection, { clv, datasetId: 1, currency: 'EUR', dataRange: null });

		// Why there is no CLV: the spend model, named, and its problem.
		const refusal = screen.getByTestId('clv-refusal');
		expect(refusal).toHaveTextContent('Predicted CLV withheld: the spend model failed');
		expect(refusal).toHaveTextContent(/Gamma-Gamma/);
		// … and what still stands below it, the next order date included, and what is withheld.
		expect(refusal).toHaveTextContent(
			'what it predicts is shown below: P(active), the expected purchases and the chance of at least one purchase, and each customer’s predicted next order date'
		);
		expect(refusal).toHaveTextContent(/the predicted spend per purchase and the predicted CLV .* are withheld/);

		// The average P(active) says that one-time buyers count as active in BG/NBD (review: 230 of them at 100 %).
		expect(screen.getByTestId('clv-purchase-totals')).toHaveTextContent(
			'Average probability a customer is still active'
		);
		expect(screen.getByTestId('clv-alive-note')).toHaveTextContent(
			'a customer who bought once counts as active (P(active) = 100 %), however long ago: the average includes them'
		);

		// The customers page's table: P(active), expected purchases, next order; no CLV column or sort.
		const table = await screen.findByTestId('customer-actions', {}, { timeout: 5000 });
		const headers = within(table)
			.getAllByRole('columnheader')
			.map((h) => h.textContent);
		expect(headers).toEqual([
			'Customer',
			'Purchase days',
			'Value so far',
			'Last purchase',
			'P(active)',
			'Expected purchases, next 12 months',
			'P(at least one purchase), next 12 months',
			'Predicted next order'
		]);
		expect(screen.queryByRole('option', { name: 'Predicted CLV' })).toBeNull();
		// Sorted by value so far (no CLV to sort by), and the worker asked so.
		await waitFor(() => expect(asked.at(-1)?.query?.sort).toBe('value'));
		await waitFor(() => {
			const first = within(table).getAllByRole('row')[1];
			const top = Math.max(...Array.from(actions.facts.value));
			expect(first).toHaveTextContent(
				`€${top.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
			);
		});
		expect(within(table).getAllByRole('row')).toHaveLength(26);
		// The next-order date says how it is defined; no audience filter (its rules are set on the customers page).
		expect(screen.getByTestId('clv-next-definition')).toHaveTextContent(/Predicted next order: the date by which/);
		expect(screen.queryByTestId('audience-filter')).toBeNull();
		expect(screen.getByRole('heading', { level: 3, name: 'Customers' })).toBeInTheDocument();
	});
});
