import { describe, expect, it } from 'vitest';
import { importOrdersText as importText } from './test-support';

// Order totals with shipping apart, and the tax in a column of its own or in none.
const header = (tax: string) => `Order,Customer,Date,Shipping,${tax ? tax + ',' : ''}Total\n`;
const rows = (withTax: boolean) =>
	[
		['1', 'C-1', '2024-01-05', '4.95', '4.92', '28.37'],
		['2', 'C-2', '2024-01-06', '0.00', '12.60', '72.60'],
		['3', 'C-1', '2024-02-01', '4.95', '1.71', '9.86']
	]
		.map((r) => (withTax ? r : r.filter((_, i) => i !== 4)).join(','))
		.join('\n') + '\n';

describe('what the revenue of order totals with shipping apart is', () => {
	it.each([
		// Hand-worked: (28.37 − 4.95 − 4.92) + (72.60 − 12.60) + (9.86 − 4.95 − 1.71) = 18.50 + 60.00 + 3.20.
		{ name: 'tax in “BTW totaal”: net sales', tax: 'BTW totaal', basis: 'netSales', revenue: 81.7, taxSum: 19.23 },
		{
			name: 'tax in “MwSt-Betrag”: net sales',
			tax: 'MwSt-Betrag',
			basis: 'netSales',
			revenue: 81.7,
			taxSum: 19.23
		},
		// No tax column: 23.42 + 72.60 + 4.91, which may hold tax; not called net sales.
		{
			name: 'no tax column: totals less shipping',
			tax: '',
			basis: 'totalLessShipping',
			revenue: 100.93,
			taxSum: null
		}
	])('$name', async ({ tax, basis, revenue, taxSum }) => {
		const { report } = await importText(header(tax) + rows(tax !== ''));
		expect(report.revenue).toBeCloseTo(revenue, 2);
		expect(report.revenueBreakdown).toMatchObject({ basis, tax: taxSum, shipping: 9.9 });
	});
});

describe('a generic export with a subtotal and a shipping discount column', () => {
	// Hand-worked: order 1's total nets its shipping discount (80 + 6 − 6 + 8 = 88: free shipping);
	// order 2's shipping is given after it already (50 + 0 + 5 = 55); order 3 has none (30 + 4 + 3 = 37).
	const FILE =
		'Order ID,Customer,Date,Subtotal,Shipping,Shipping Discount,Tax,Total\n' +
		'1,C-1,2024-03-01,80.00,6.00,6.00,8.00,88.00\n' +
		'2,C-2,2024-03-02,50.00,0.00,4.00,5.00,55.00\n' +
		'3,C-1,2024-03-03,30.00,4.00,0.00,3.00,37.00\n';

	it.each([1, 2])(
		'counts each order at its subtotal, the shipping charged apart (%i byte ranges)',
		async (ranges) => {
			const { plan, report } = await importText(FILE, ranges);
			expect(plan.mapping.shippingDiscount).toBe(5);
			expect(report.revenue).toBeCloseTo(160, 2);
			expect(report.revenueBreakdown).toMatchObject({
				basis: 'netSales',
				shipping: 4,
				shippingDiscounts: 6,
				tax: 16
			});
			expect(report.revenueBreakdown?.impliedDiscounts).toBeUndefined();
		}
	);
});
