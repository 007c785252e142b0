import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { RevenueBasis } from '$lib/orders/report';
import CostInputs from './CostInputs.svelte';
import { ProfitState } from './profit-state.svelte';

describe('CostInputs: the shipping cost asked for follows what the revenue counts (QA: counted twice)', () => {
	it.each<[RevenueBasis | undefined, string]>([
		// Net sales leave the shipping customers pay out: the cost asked for is net of it.
		['netSales', 'what you pay, less what the customer paid you for shipping (net sales leave that out)'],
		['lineItems', 'what you pay, less what the customer paid you for shipping (net sales leave that out)'],
		// Order totals include it: the whole cost.
		['orderTotal', 'what you pay (this data set’s order amounts may include what the customer paid for shipping)'],
		['lineAmounts', 'what you pay (this data set’s order amounts may include what the customer paid for shipping)'],
		// Not known (files read in different ways, or a data set stored before the basis was): both said.
		['mixed', 'less what the customer paid for shipping where this data set’s revenue leaves it out'],
		[undefined, 'less what the customer paid for shipping where this data set’s revenue leaves it out']
	])('%s', (basis, label) => {
		render(CostInputs, { view: new ProfitState(() => null), currency: 'EUR', hasChannel: false, basis });
		const field = screen.getByLabelText(/^Your shipping cost per order \(EUR\): /);
		expect(field.closest('label')?.textContent).toContain(label);
	});
});
