import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/messages';
import { ImportError } from './errors';
import { importErrorText } from './error-text';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import { partOf, readRange } from './ranges';
import type { ImportReport } from './report';
import { headline, importOrderTexts, sampleOf, sourceOf, TEST_TODAY } from './test-support';

// QA A-19: a Shopify order the file marks partially_refunded whose products were all refunded
// with their tax, only the shipping kept, is counted as refunded in full (`#itemsRefunded`); the
// report says how many orders are counted so, and which. Figures worked by hand.

const HEADER =
	'Name,Email,Financial Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Cancelled at,Refunded Amount,Payment Method\n';

/** An order's first row (its own cells) and its further item rows (`items` after the first). */
function order(
	name: string,
	email: string,
	status: string,
	[subtotal, shipping, taxes, total, refunded]: string[],
	items: [string, string][],
	payment = 'Shopify Payments'
): string {
	const day = '2023-06-03 12:00:00 -0400';
	const [[firstItem, firstPrice], ...more] = items;
	return (
		`${name},${email},${status},USD,${subtotal},${shipping},${taxes},${total},,0.00,${day},1,${firstItem},${firstPrice},,${refunded},${payment}\n` +
		more.map(([item, price]) => `${name},${email},,,,,,,,,${day},1,${item},${price},,,\n`).join('')
	);
}

/** Rows 2–3: 32.40 back = 30.00 of products + 2.40 of tax; the 5.00 shipping kept. */
const ALL_PRODUCTS_TWO_ITEMS = order(
	'#1001',
	'ann@example.com',
	'partially_refunded',
	['30.00', '5.00', '2.40', '37.40', '32.40'],
	[
		['Mug', '10.00'],
		['Teapot', '20.00']
	]
);
/** Row 4: 19.44 back = 18.00 + 1.44 of tax; the 4.90 shipping kept. */
const ALL_PRODUCTS_ONE_ITEM = order(
	'#1002',
	'bob@example.com',
	'partially_refunded',
	['18.00', '4.90', '1.44', '24.34', '19.44'],
	[['Kettle', '18.00']]
);
/** Rows 5–6: 21.60 back = the 20.00 teapot + its 1.60 of tax; the mug (10.00) kept. */
const ONE_PRODUCT_KEPT = order(
	'#1003',
	'cat@example.com',
	'partially_refunded',
	['30.00', '5.00', '2.40', '37.40', '21.60'],
	[
		['Mug', '10.00'],
		['Teapot', '20.00']
	]
);
/** Row 7: the status says refunded, all of it back: refunded in full by the file's word. */
const REFUNDED = order(
	'#1004',
	'dan@example.com',
	'refunded',
	['12.00', '5.00', '0.96', '17.96', '17.96'],
	[['Lid', '12.00']]
);
/** Row 8: a sale. */
const PAID = order('#1005', 'eve@example.com', 'paid', ['25.00', '5.00', '2.00', '32.00', '0.00'], [['Cup', '25.00']]);
/** Row 9: like #1002, but paid through Shopify's test gateway: a test order, left out whole. */
const TEST_ORDER = order(
	'#1006',
	'fay@example.com',
	'partially_refunded',
	['18.00', '4.90', '1.44', '24.34', '19.44'],
	[['Kettle', '18.00']],
	'bogus'
);

const ORDERS = [ALL_PRODUCTS_TWO_ITEMS, ALL_PRODUCTS_ONE_ITEM, ONE_PRODUCT_KEPT, REFUNDED, PAID, TEST_ORDER];

/** What the report says of refunds: the counts, and the rows of those refunded in full with their shipping kept. */
function refundsOf(report: ImportReport) {
	const shippingKept = report.refunds.fullyRefundedShippingKept;
	return {
		fullyRefunded: report.refunds.fullyRefunded.count,
		shippingKept: shippingKept?.count ?? 0,
		shippingKeptRows: shippingKept?.examples.map((e) => `${e.file}:${e.row}`) ?? [],
		partlyRefunded: report.refunds.partlyRefunded.count,
		testOrders: report.testOrders?.orders.count ?? 0
	};
}

/**
 * The file of `ranges`' rows under the header, read whole, and read in those byte ranges (each
 * a range of its own, the first with the header) merged as the import merges them.
 */
async function wholeAndInRanges(ranges: string[]) {
	const encoder = new TextEncoder();
	const bytes = encoder.encode(HEADER + ranges.join(''));
	const plan = inspectSample(sampleOf('orders_export.csv', bytes)).plan;
	const whole = await runImport([sourceOf(bytes, plan, 64)], { today: TEST_TODAY });
	const reads = async () => {
		const read = await Promise.all(
			ranges.map((range, k) =>
				readRange(sourceOf(encoder.encode(k === 0 ? HEADER + range : range), plan, 64).chunks(), plan, {
					first: k === 0,
					today: TEST_TODAY,
					expectedOrders: 16,
					keyHashes: k < ranges.length - 1
				})
			)
		);
		return { first: read[0], rest: read.slice(1).map((r) => structuredClone(partOf(r))) };
	};
	const timings = { mergeMs: 0, merged: false };
	const ranged = await runImport([{ ...sourceOf(bytes, plan, 64), ranges: reads }], { today: TEST_TODAY, timings });
	if (whole.kind !== 'orders' || ranged.kind !== 'orders') throw new Error('expected orders');
	return { whole: whole.report, ranged: ranged.report, merged: timings.merged };
}

describe('orders refunded in full with their shipping kept, the file saying partially refunded', () => {
	it.each([
		{
			name: 'each order a range of its own',
			ranges: ORDERS
		},
		{
			name: 'those orders in a range after the first',
			ranges: [PAID + REFUNDED, ALL_PRODUCTS_TWO_ITEMS + ONE_PRODUCT_KEPT + TEST_ORDER, ALL_PRODUCTS_ONE_ITEM]
		}
	])('are counted read whole and in byte ranges: $name', async ({ ranges }) => {
		const { whole, ranged, merged } = await wholeAndInRanges(ranges);
		const rowOf = (text: string) => 2 + ranges.join('').split('\n').indexOf(text.split('\n')[0]);
		const expected = {
			// #1001, #1002 (by the reading of their refund) and #1004 (by its status).
			fullyRefunded: 3,
			shippingKept: 2,
			shippingKeptRows: [ALL_PRODUCTS_TWO_ITEMS, ALL_PRODUCTS_ONE_ITEM]
				.map(rowOf)
				.sort((a, b) => a - b)
				.map((row) => `0:${row}`),
			// #1003, at 30.00 − 21.60 × 30.00 / 32.40 = 10.00.
			partlyRefunded: 1,
			// #1006: not counted among the refunds.
			testOrders: 1
		};
		expect(refundsOf(whole)).toEqual(expected);
		expect(refundsOf(ranged)).toEqual(expected);
		// (Not read whole again: the ranges' counts were merged.)
		expect(merged).toBe(true);
		// #1003 at 10.00 and #1005 at 25.00.
		expect(headline(ranged)).toEqual({ orders: 2, customers: 2, revenue: 35 });
	});

	it('are absent from the report when there are none', async () => {
		const { whole } = await wholeAndInRanges([ONE_PRODUCT_KEPT + REFUNDED + PAID]);
		expect(whole.refunds.fullyRefundedShippingKept).toBeUndefined();
		expect(whole.refunds.fullyRefunded.count).toBe(1);
	});
});

describe('orders refunded in full with their shipping kept, in two exports that overlap', () => {
	const paidThen = (name: string, email: string) =>
		order(name, email, 'paid', ['18.00', '4.90', '1.44', '24.34', '0.00'], [['Kettle', '18.00']]);
	const refundedSince = (name: string, email: string) =>
		order(name, email, 'refunded', ['18.00', '4.90', '1.44', '24.34', '24.34'], [['Kettle', '18.00']]);

	it.each([
		{
			name: 'the same order in both: counted once',
			files: [ALL_PRODUCTS_ONE_ITEM + PAID, ALL_PRODUCTS_ONE_ITEM],
			fullyRefunded: 1,
			shippingKept: ['0:2']
		},
		{
			name: 'paid in the older, its products refunded in the newer: counted, at the newer copy’s row',
			files: [paidThen('#1002', 'bob@example.com') + PAID, ALL_PRODUCTS_ONE_ITEM],
			fullyRefunded: 1,
			shippingKept: ['1:2']
		},
		{
			name: 'its products refunded in the older, refunded outright in the newer: by the file’s word',
			files: [ALL_PRODUCTS_ONE_ITEM + PAID, refundedSince('#1002', 'bob@example.com')],
			fullyRefunded: 1,
			shippingKept: []
		},
		{
			name: 'the newer first, refunded outright; the older, its products refunded: by the file’s word',
			files: [refundedSince('#1002', 'bob@example.com') + PAID, ALL_PRODUCTS_ONE_ITEM],
			fullyRefunded: 1,
			shippingKept: []
		},
		{
			name: 'a test order in both: in neither count',
			files: [TEST_ORDER + PAID, TEST_ORDER],
			fullyRefunded: 0,
			shippingKept: []
		}
	])('$name', async ({ files, fullyRefunded, shippingKept }) => {
		const { report } = await importOrderTexts(...files.map((rows) => HEADER + rows));
		expect(refundsOf(report)).toMatchObject({
			fullyRefunded,
			shippingKept: shippingKept.length,
			shippingKeptRows: shippingKept
		});
		// #1005 alone is a sale.
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 25 });
	});
});

describe('WooCommerce orders whose refund, below their total, took all their products and tax', () => {
	const WOO =
		'order_id,order_number,order_date,status,shipping_total,tax_total,discount_total,order_total,refunded_total,order_currency,customer_id,billing_email\n';
	it.each([
		// 21.44 = 18.00 of products, 1.44 of tax and 2.00 of the 5.00 shipping: below the 24.44 total.
		[
			'completed, 3.00 of the shipping kept',
			'1004,1004,2023-06-03 12:00:00,completed,5.00,1.44,0.00,24.44,21.44',
			1
		],
		// All of it back: refunded in full by the amounts the file gives.
		['completed, all of it refunded', '1004,1004,2023-06-03 12:00:00,completed,5.00,1.44,0.00,24.44,24.44', 0],
		['refunded by its status', '1004,1004,2023-06-03 12:00:00,refunded,5.00,1.44,0.00,24.44,24.44', 0]
	])('%s', async (_, row, shippingKept) => {
		const { report } = await importOrderTexts(
			WOO +
				`${row},USD,12,a@x.com\n` +
				'1005,1005,2023-06-04 12:00:00,completed,5.00,2.00,0.00,27.00,0.00,USD,14,b@x.com\n'
		);
		expect(report.files[0].layout).toBe('woocommerce');
		expect(refundsOf(report)).toMatchObject({ fullyRefunded: 1, shippingKept });
	});
});

describe('a file whose orders are all refunded, some only by the reading of their refund', () => {
	it('is refused with a message that says how many the file gives as partly refunded', async () => {
		const error = await importOrderTexts(HEADER + ALL_PRODUCTS_TWO_ITEMS + ALL_PRODUCTS_ONE_ITEM + REFUNDED).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(ImportError);
		// #1001 and #1002 by the reading of their refund, #1004 by its status.
		expect((error as ImportError).params).toMatchObject({ cancelled: 3, shippingKept: 2 });
		expect(importErrorText(error as ImportError, en.data, 'en-GB')).toMatch(
			/All 3 orders are cancelled, refunded or unpaid\. Of them, 2 are only partly refunded according to the file/
		);
	});
});
