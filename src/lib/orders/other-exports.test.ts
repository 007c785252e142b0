import { describe, expect, it } from 'vitest';
import { inspectSample } from './inspect';
import { normaliseHeader } from './layouts';
import { isPayoutsList, otherExportOf } from './other-exports';
import { sampleOf } from './test-support';

const headersOf = (line: string) => line.split(',').map(normaliseHeader);

// The header rows of the real exports.
const SHOPIFY_CUSTOMERS =
	'Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address Address1,Default Address Address2,Default Address City,Default Address Province Code,Default Address Country Code,Default Address Zip,Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags';
const SHOPIFY_CUSTOMERS_OLD =
	'First Name,Last Name,Email,Company,Address1,Address2,City,Province,Province Code,Country,Country Code,Zip,Phone,Accepts Marketing,Total Spent,Total Orders,Tags,Note,Tax Exempt';
const SHOPIFY_PRODUCTS =
	'Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Price,Image Src,Status';
const WOO_PRODUCTS =
	'ID,Type,SKU,Name,Published,Is featured?,Visibility in catalog,Short description,Description,Regular price,Sale price,Categories';

describe('a customer or product list chosen instead of the orders', () => {
	it.each([
		[SHOPIFY_CUSTOMERS, 'customers'],
		[SHOPIFY_CUSTOMERS_OLD, 'customers'],
		[SHOPIFY_PRODUCTS, 'products'],
		[WOO_PRODUCTS, 'products'],
		// Orders exports, and per-customer summaries with their dates, are none.
		['Name,Email,Financial Status,Created at,Total,Lineitem name', null],
		['customer_id,total_orders,total_spent,first_order_date,last_order_date', null],
		['Customer ID,Email,Total Spent,Total Orders,Created At', null],
		['customer_id,frequency,recency,T,monetary_value', null]
	])('%s is %s', (header, kind) => {
		expect(otherExportOf(headersOf(header))).toBe(kind);
	});

	it('is refused at once, saying what the file is', () => {
		const text =
			SHOPIFY_CUSTOMERS +
			"\n'7071234567890,Anna,Berg,anna@example.com,yes,,1 Main St,,Portland,OR,US,'97201,,,no,1258.00,3,,no,vip\n";
		expect(() => inspectSample(sampleOf('customers_export.csv', new TextEncoder().encode(text)))).toThrow(
			expect.objectContaining({
				code: 'otherExport',
				params: { name: 'customers_export.csv', kind: 'customers' }
			})
		);
	});
});

// The header rows of payment providers' transactions and payouts.
const SHOPIFY_PAYMENTS =
	'Transaction Date,Type,Order,Card Brand,Card Source,Payout Status,Payout Date,Payout ID,Available On,Amount,Fee,Net,Checkout,Payment Method Name,Presentment Amount,Presentment Currency,Currency,VAT';
const STRIPE_BALANCE =
	'id,Type,Source,Amount,Fee,Net,Currency,Created (UTC),Available On (UTC),Description,Customer Facing Amount,Customer Facing Currency';
const STRIPE_PAYOUTS =
	'id,Amount,Arrival Date (UTC),Created (UTC),Currency,Description,Destination,Failure Code,Method,Source Type,Status,Type';

describe('a list of payment transactions or payouts chosen instead of the orders', () => {
	it.each([
		[SHOPIFY_PAYMENTS, true],
		[STRIPE_BALANCE, true],
		[STRIPE_PAYOUTS, true],
		// Stripe's payments export names the customer: it is read as orders.
		['id,Created (UTC),Amount,Amount Refunded,Currency,Captured,Customer ID,Customer Email,Status', false],
		['Name,Email,Financial Status,Created at,Total', false],
		[SHOPIFY_PAYMENTS + ',Customer Email', false]
	])('%s: %s', (header, payouts) => {
		expect(isPayoutsList(headersOf(header))).toBe(payouts);
	});

	it('is refused at once, saying what the file is', () => {
		const text =
			SHOPIFY_PAYMENTS +
			'\n2024-01-05 10:00:00 +0100,charge,#1001,visa,online,paid,2024-01-08,123,2024-01-08,40.00,-1.46,38.54,c1,visa,40.00,EUR,EUR,0.00\n';
		expect(() =>
			inspectSample(sampleOf('payment_transactions_export.csv', new TextEncoder().encode(text)))
		).toThrow(
			expect.objectContaining({
				code: 'otherExport',
				params: { name: 'payment_transactions_export.csv', kind: 'payouts' }
			})
		);
	});
});
