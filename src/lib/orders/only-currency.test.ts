import { describe, expect, it } from 'vitest';
import { sampledCurrencies } from './currency-choice';
import { en } from '$lib/i18n/messages';
import { importErrorText } from './error-text';
import { ImportError } from './errors';
import { inspectSample } from './inspect';
import { findWarning } from './report';
import { headline, importOrdersBytes, sampleOf } from './test-support';

/** Shopify's orders export header, as it writes it. */
const SHOPIFY_HEADER =
	'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References';
const COLUMNS = SHOPIFY_HEADER.split(',');
const shopifyRow = (cells: Record<string, string>) => COLUMNS.map((name) => cells[name] ?? '').join(',');

/** An order's first row (its currency, money and first line), as a shop selling in several currencies may export it: amounts in the order's currency. */
const order = (name: string, email: string, currency: string, subtotal: string, day: string) =>
	shopifyRow({
		Name: name,
		Email: email,
		'Financial Status': 'paid',
		Currency: currency,
		Subtotal: subtotal,
		Shipping: '0.00',
		Taxes: '0.00',
		Total: subtotal,
		'Created at': `2024-03-${day} 10:00:00 +0100`,
		'Lineitem quantity': '1',
		'Lineitem name': 'Tea',
		'Lineitem price': subtotal
	});
/** A further line of an order: Shopify leaves the order-level cells (the currency too) empty. */
const line = (name: string, email: string, day: string) =>
	shopifyRow({
		Name: name,
		Email: email,
		'Created at': `2024-03-${day} 10:00:00 +0100`,
		'Lineitem quantity': '1',
		'Lineitem name': 'Cup',
		'Lineitem price': '10.00'
	});

const FILE = new TextEncoder().encode(
	[
		SHOPIFY_HEADER,
		order('#1001', 'anna@example.com', 'EUR', '30.00', '01'), // row 2
		line('#1001', 'anna@example.com', '01'),
		order('#1002', 'ben@example.com', 'SEK', '400.00', '02'), // row 4
		line('#1002', 'ben@example.com', '02'),
		order('#1003', 'anna@example.com', 'EUR', '20.00', '03'), // row 6
		order('#1004', 'carl@example.com', 'SEK', '300.00', '04'), // row 7
		// No currency written: kept, in whichever currency is chosen.
		order('#1005', 'dora@example.com', '', '50.00', '05'), // row 8
		order('#1006', 'eve@example.com', 'eur', '60.00', '06') // row 9
	].join('\n') + '\n'
);

describe('an export whose orders are in several currencies, one of them chosen', () => {
	it.each([1, 3])('all of them, added up unconverted, when none is chosen (%i byte ranges)', async (ranges) => {
		const { report } = await importOrdersBytes(FILE, ranges, 'orders_export.csv');
		expect(headline(report)).toEqual({ orders: 6, customers: 5, revenue: 860 });
		expect(findWarning(report.warnings, 'severalCurrencies')?.counts).toEqual({ EUR: 3, SEK: 2 });
		expect(report.otherCurrencies).toBeUndefined();
	});

	it.each([
		// Hand-worked: #1001 30 + #1003 20 + #1005 50 (no currency) + #1006 60 ("eur"): anna, dora, eve.
		['EUR', 1, { orders: 4, customers: 3, revenue: 160 }, [4, 7]],
		['EUR', 3, { orders: 4, customers: 3, revenue: 160 }, [4, 7]],
		// #1002 400 + #1004 300 + #1005 50: ben, carl, dora.
		['SEK', 1, { orders: 3, customers: 3, revenue: 750 }, [2, 6, 9]],
		['SEK', 3, { orders: 3, customers: 3, revenue: 750 }, [2, 6, 9]]
	] as const)(
		'only %s (%i byte ranges): the others left out whole, and counted',
		async (only, ranges, figures, rows) => {
			const { report } = await importOrdersBytes(FILE, ranges, 'orders_export.csv', 7, undefined, {
				onlyCurrency: only
			});
			expect(headline(report)).toEqual(figures);
			// Their further rows go with them: no line item is read as an order of its own.
			expect(report.otherCurrencies?.kept).toBe(only);
			expect(report.otherCurrencies?.orders.count).toBe(rows.length);
			expect(report.otherCurrencies?.orders.examples.map((e) => e.row)).toEqual(rows);
			// One currency is left: no warning that amounts of several were added up.
			expect(findWarning(report.warnings, 'severalCurrencies') ?? null).toBeNull();
			expect(report.currency).toBe(only);
		}
	);
});

describe('the currencies a review offers to choose from', () => {
	it('are those of the sampled rows, by their currency column, most orders first', () => {
		const inspection = inspectSample(sampleOf('orders_export.csv', FILE));
		// The further lines' empty cells and #1005's are no currency; "eur" is EUR.
		expect(inspection.currencies).toEqual({
			column: 7,
			counts: [
				['EUR', 3],
				['SEK', 2]
			]
		});
	});

	it.each([
		['one currency', 'Order,Customer,Date,Total,Currency\n1,a,2024-01-01,10,EUR\n2,b,2024-01-02,12,EUR\n'],
		['no currency column', 'Order,Customer,Date,Total\n1,a,2024-01-01,10\n']
	])('are none with %s', (_, text) => {
		expect(inspectSample(sampleOf('orders.csv', new TextEncoder().encode(text))).currencies).toBeNull();
	});

	it('are none where the amount’s header names the currency of every amount (the currency column is not read)', () => {
		const cells = () => ['EUR', 'SEK', 'EUR'];
		const headers = (amount: string) => ['Order', 'Customer', 'Date', amount, 'Currency'];
		const mapping = { amount: 3, currency: 4 };
		expect(sampledCurrencies(mapping, 'orderTotal', headers('total_usd'), cells)).toBeNull();
		expect(sampledCurrencies(mapping, 'orderTotal', headers('Total'), cells)?.counts).toEqual([
			['EUR', 2],
			['SEK', 1]
		]);
	});
});

describe('a file none of whose orders is in the currency chosen', () => {
	it('is refused with a message that says why, and what to do', async () => {
		// The file without #1005, whose currency cell is empty (kept, in whichever currency is chosen).
		const named = new TextDecoder()
			.decode(FILE)
			.split('\n')
			.filter((row) => !row.startsWith('#1005'))
			.join('\n');
		const error = await importOrdersBytes(new TextEncoder().encode(named), 1, 'orders_export.csv', 7, undefined, {
			onlyCurrency: 'USD'
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ImportError);
		const refused = error as ImportError;
		expect(refused.params).toMatchObject({ otherCurrencies: 5, onlyCurrency: 'USD' });
		expect(importErrorText(refused, en.data, 'en-GB', 'orders_export.csv')).toContain(
			'Orders in other currencies than USD, left out as chosen in the review: 5. Choose all currencies, or another one, and import again.'
		);
	});
});
