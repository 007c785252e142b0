import { describe, expect, it } from 'vitest';
import analysis from '$lib/i18n/en/analysis';
import { revenueMessages } from './revenue-text';

describe('the revenue card is named for what the import summed', () => {
	it.each([
		['netSales', 'Net sales', 'net sales'],
		['netSalesColumn', 'Net sales', 'net sales'],
		['totalLessShipping', 'Revenue (order totals less shipping)', 'may include tax'],
		['lineItems', 'Sales (quantity × price)', 'quantity × unit price'],
		['orderTotal', 'Revenue (order totals)', 'orders’ totals'],
		['mixed', 'Revenue (order totals)', 'orders’ totals'],
		[undefined, 'Revenue (order totals)', 'orders’ totals'],
		// A basis this version does not know (an edited or newer backup's report): order totals, never a crash.
		['fromTheFuture' as never, 'Revenue (order totals)', 'orders’ totals'],
		['constructor' as never, 'Revenue (order totals)', 'orders’ totals']
	] as const)('%s: “%s”, with the formula of the same sum', (basis, label, summed) => {
		const names = revenueMessages(basis);
		expect(analysis.kpi[names.label]).toBe(label);
		expect(analysis.kpi[names.formula]({ revenue: '€1.00' })).toContain(summed);
	});
});

describe('a revenue card says tax is not in it only where the import took it off', () => {
	it.each([
		['netSales', true],
		['totalLessShipping', false],
		['orderTotal', false],
		['lineAmounts', false]
	] as const)('%s: says tax is left out: %s', (basis, taxOut) => {
		const formula = analysis.kpi[revenueMessages(basis).formula]({ revenue: '€1.00' });
		expect(/tax and shipping are not sales and are not in it/.test(formula)).toBe(taxOut);
	});
});
