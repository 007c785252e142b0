import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CohortTable } from '$lib/analysis/cohorts';
import { installResizeObserverStub } from '$lib/charts/test-support';
import { dayOfIso } from '$lib/test-support/order-columns';
import CohortSection from './CohortSection.svelte';

const mar2024 = 2024 * 12 + 2;

/** Three cohorts, Mar – May 2024, the data from 4 Mar 2024 (QA a_shopify_uk) to 20 May 2024. */
const cohorts: CohortTable = {
	months: [mar2024, mar2024 + 1, mar2024 + 2],
	sizes: [10, 8, 5],
	share: [
		[1, 0.2, 0.1],
		[1, 0.25, null],
		[1, null, null]
	],
	active: [
		[10, 2, 1],
		[8, 2, 0],
		[5, 0, 0]
	],
	cumulativeRevenuePerCustomer: [
		[20, 24, 26],
		[20, 25, null],
		[20, null, null]
	],
	ages: 3,
	partialLastMonth: { month: mar2024 + 2, coveredDays: 20, days: 31, lastDay: dayOfIso('2024-05-20') },
	partialFirstMonth: { month: mar2024, coveredDays: 28, days: 31, firstDay: dayOfIso('2024-03-04') },
	mayIncludeEarlierBuyers: [true, true, true],
	dataFrom: dayOfIso('2024-03-04'),
	windowMonths: 12
};

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
});
