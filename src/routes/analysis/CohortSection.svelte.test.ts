import { cleanup, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { installResizeObserverStub } from '$lib/charts/test-support';
import CohortSection from './CohortSection.svelte';
import { QA_COHORTS } from './cohorts.test-support';

const cohorts = QA_COHORTS;

beforeAll(installResizeObserverStub);

describe('CohortSection', () => {
	// QA: Mar 2024 (data from 4 Mar) was not marked partial, and nothing said its "new" customers may be old.
	it('marks the partial first and last cohorts as the CRR table does, and the early cohorts’ new customers', async () => {
		render(CohortSection, { cohorts, currency: 'GBP', datasetName: 'uk', showCurves: false });
		expect(screen.getByTestId('cohort-partial-first-note')).toHaveTextContent(
			'The data begins on 4 Mar 2024, so Mar 2024 is covered for only 28 of its 31 days'
		);
		expect(screen.getByTestId('cohort-earlier-note')).toHaveTextContent(
			'The data begins on 4 Mar 2024. Cohorts up to May 2024 (marked “may include earlier buyers”) start less than one 12-month activity window after it'
		);
		screen.getByText('Cohort table with counts').click();
		const heads = await screen.findAllByRole('rowheader');
		expect(heads.map((th) => th.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'Mar 2024 (partial: 28 of 31 days) (may include earlier buyers)',
			'Apr 2024 (may include earlier buyers)',
			'May 2024 (partial: 20 of 31 days) (may include earlier buyers)'
		]);
	});

	it('says nothing of earlier buyers when no cohort starts within a window of the data’s start', () => {
		render(CohortSection, {
			cohorts: { ...cohorts, mayIncludeEarlierBuyers: [false, false, false], partialFirstMonth: null },
			currency: 'GBP',
			datasetName: 'uk',
			showCurves: false
		});
		expect(screen.queryByTestId('cohort-earlier-note')).toBeNull();
		expect(screen.queryByTestId('cohort-partial-first-note')).toBeNull();
	});

	// Review: cohorts of 5–8 customers were shown as plain shares, where the first-order page marks such groups.
	it('says how many cohorts are too small for more than rough shares, and nothing when none is', () => {
		render(CohortSection, { cohorts, currency: 'GBP', datasetName: 'uk', showCurves: false });
		expect(screen.getByTestId('cohort-small-note')).toHaveTextContent(
			'3 of the 3 cohorts have fewer than 30 customers (the size column): one customer more or less moves their shares by 3.3 points or more'
		);
		cleanup();
		render(CohortSection, {
			cohorts: { ...cohorts, sizes: [30, 45, 120] },
			currency: 'GBP',
			datasetName: 'uk',
			showCurves: false
		});
		expect(screen.queryByTestId('cohort-small-note')).toBeNull();
	});
});
