import { render } from '@testing-library/svelte';
import { DEFAULT_AUDIENCE_RULES, type ActionsOverview } from '$lib/analysis/audiences';
import type { AnalysisClient } from '$lib/workers/analysis-client';
import AudienceCards from './AudienceCards.svelte';
import { CustomersState } from './customers-state.svelte';

/** The cards' tests: an overview of 40 customers with e-mail ids and a fitted model, changed by `changes`. */
export function overviewWith(changes: Partial<ActionsOverview>): ActionsOverview {
	return {
		customers: 40,
		lastDay: 19_000,
		unit: 'week',
		horizonMonths: 12,
		readiness: { ok: true, problems: [], warnings: [] },
		params: { r: 1, alpha: 2, a: 0.5, b: 3 },
		clvWithheld: false,
		rules: { ...DEFAULT_AUDIENCE_RULES, oneTimeDays: 40 },
		valueCut: 120,
		sizes: { slipping: 3, oneTime: 5, champions: 0 },
		emails: 40,
		names: null,
		consent: null,
		...changes
	};
}

/** The cards of data set 1 ("shop"), asking `client` (null: no worker running). */
export function renderCards(overview: ActionsOverview, client: AnalysisClient | null = null) {
	render(AudienceCards, {
		view: new CustomersState(() => client),
		overview,
		datasetId: 1,
		datasetName: 'shop',
		currency: 'EUR'
	});
}
