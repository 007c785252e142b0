import { describe, expect, it } from 'vitest';
import { headerCurrencyCode } from './layouts';
import { findWarning } from './report';
import { importOrdersText as importText } from './test-support';

describe('the currency a header names', () => {
	it.each([
		['total_usd', 'USD'],
		['refunded_amount_usd', 'USD'],
		['Amount (EUR)', 'EUR'],
		['Total USD', 'USD'],
		['Bedrag [EUR]', 'EUR'],
		['Total', null],
		['Sale Price ($)', null],
		['Last Try', null],
		['Total php', null],
		['Status', null],
		['USD rate', null]
	])('%j: %s', (header, code) => {
		expect(headerCurrencyCode(header)).toBe(code);
	});
});

// Lemon Squeezy's orders export (abridged): each order in its currency and converted to US dollars.
const HEADER =
	'identifier,order_number,created_at,user_name,user_email,status,product_name,currency,subtotal,discount_total,tax,total,subtotal_usd,discount_total_usd,tax_usd,total_usd,refunded,refunded_amount,refunded_amount_usd\n';
const LEMON_SQUEEZY =
	HEADER +
	'a1,1001,2024-01-03T15:04:05.000000Z,Alice,alice@example.com,paid,Pro,USD,99.00,0.00,0.00,99.00,99.00,0.00,0.00,99.00,false,0.00,0.00\n' +
	'a2,1002,2024-01-05T09:30:00.000000Z,Jonas,jonas@web.de,paid,Pro,EUR,49.00,0.00,9.31,58.31,53.66,0.00,10.19,63.85,false,0.00,0.00\n' +
	'a3,1004,2024-01-09T09:30:00.000000Z,Alice,alice@example.com,paid,Pro,USD,29.00,5.80,0.00,23.20,29.00,5.80,0.00,23.20,false,0.00,0.00\n' +
	'a4,1006,2024-01-20T09:30:00.000000Z,Jonas,jonas@web.de,partial_refund,Pro,EUR,99.00,0.00,18.81,117.81,108.90,0.00,20.69,129.59,true,59.50,65.45\n';

describe('Lemon Squeezy’s orders export in several currencies', () => {
	it('reads the US-dollar amounts, so that euros and dollars are not added up', async () => {
		const { plan, report } = await importText(LEMON_SQUEEZY);
		const header = HEADER.trimEnd().split(',');
		expect(header[plan.mapping.amount!]).toBe('total_usd');
		expect(header[plan.mapping.subtotal!]).toBe('subtotal_usd');
		expect(header[plan.mapping.refundedAmount!]).toBe('refunded_amount_usd');
		expect(plan.mapping.currency).toBeUndefined();
		// Hand-worked, net of tax and discounts, the refund's sales share taken out:
		// 99 + 53.66 + (29 − 5.80) + 108.90 × (1 − 65.45 / 129.59) = 99 + 53.66 + 23.20 + 53.90.
		expect(report.ordersKept).toBe(4);
		expect(report.revenue).toBeCloseTo(229.76, 2);
		expect(report.currency).toBe('USD');
		expect(findWarning(report.warnings, 'severalCurrencies')).toBeNull();
		expect(report.revenueBreakdown?.names.amount).toBe('total_usd');
	});

	it('reads a shop’s own currency where all its orders are in one', async () => {
		const oneCurrency = LEMON_SQUEEZY.split('\n')
			.filter((line) => !line.includes(',EUR,'))
			.join('\n');
		const { plan, report } = await importText(oneCurrency);
		const header = HEADER.trimEnd().split(',');
		expect(header[plan.mapping.amount!]).toBe('total');
		expect(header[plan.mapping.currency!]).toBe('currency');
		expect(report.currency).toBe('USD');
		expect(report.revenue).toBeCloseTo(99 + 23.2, 2);
	});
});
