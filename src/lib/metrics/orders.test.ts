import { describe, expect, it } from 'vitest';
import { averageOrderValue, purchaseFrequency, repeatPurchaseRate } from './orders';

describe('averageOrderValue: revenue / orders', () => {
	it.each([
		[125_000, 2_500, 50],
		[99.99, 3, 33.33],
		[0, 10, 0]
	])('%d / %d = %d', (revenue, orders, expected) => {
		const outcome = averageOrderValue({ revenue, orders });
		expect(outcome.ok && outcome.value).toBeCloseTo(expected, 10);
	});

	it.each([
		[{ revenue: 100, orders: 0 }, 'noOrders', ['orders']],
		[{ revenue: -5, orders: 2 }, 'negative', ['revenue']]
	])('%j → %s', (totals, code, fields) => {
		expect(averageOrderValue(totals)).toEqual({ ok: false, problem: { code, fields } });
	});
});

describe('purchaseFrequency: orders / unique customers', () => {
	it.each([
		[2_500, 1_000, 2.5, []],
		[7, 7, 1, []],
		[900, 1_000, 0.9, ['fewerOrdersThanCustomers']]
	])('%d orders, %d customers → %d', (orders, customers, frequency, warnings) => {
		expect(purchaseFrequency({ orders, customers })).toEqual({ ok: true, value: { frequency, warnings } });
	});

	it('refuses zero customers', () => {
		expect(purchaseFrequency({ orders: 3, customers: 0 })).toEqual({
			ok: false,
			problem: { code: 'noCustomers', fields: ['customers'] }
		});
	});
});

describe('repeatPurchaseRate: customers with 2+ orders / customers', () => {
	it.each([
		[280, 1_000, 0.28],
		[0, 5, 0],
		[5, 5, 1]
	])('%d of %d → %d', (repeaters, customers, expected) => {
		expect(repeatPurchaseRate({ repeaters, customers })).toEqual({ ok: true, value: expected });
	});

	it.each([
		[{ repeaters: 0, customers: 0 }, 'noCustomers', ['customers']],
		[{ repeaters: 1_001, customers: 1_000 }, 'repeatersExceedCustomers', ['repeaters', 'customers']]
	])('%j → %s', (counts, code, fields) => {
		expect(repeatPurchaseRate(counts)).toEqual({ ok: false, problem: { code, fields } });
	});
});
