import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, type Dimension } from './columns';
import { inspectSample } from './inspect';
import { DIMENSION_ROLE, normaliseHeader, recogniseLayout } from './layouts';
import { runImport } from './pipeline';
import { sampleOf, sourceOf } from './test-support';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/orders');
const TODAY = 20_000; // 2024-10-04

/**
 * Per fixture: the header each dimension is read from, and each kept order's value (null = none),
 * worked out from the rows in make-fixtures.mjs (the first line item's product; a dimension
 * whose column is empty on every kept order is not stored).
 */
const CASES: {
	file: string;
	headers: Partial<Record<Dimension, string>>;
	values: Partial<Record<Dimension, (string | null)[]>>;
}[] = [
	{
		file: 'shopify_orders.csv',
		headers: { product: 'Lineitem name', channel: 'Source', country: 'Billing Country', discount: 'Discount Code' },
		values: {
			product: ['Mug "Classic"', 'Teapot', 'Black tea', 'Honey', 'Replacement lid', 'Matcha'],
			channel: ['web', 'web', 'web', 'web', 'web', 'web'],
			country: ['LV', 'LV', 'LV', 'LV', 'LV', 'LV']
		}
	},
	{
		file: 'shopify_taxes_refunds.csv',
		headers: { product: 'Lineitem name', channel: 'Source', country: 'Billing Country', discount: 'Discount Code' },
		values: {
			product: ['Tea', 'Teapot', 'Tea set', 'Honey'],
			channel: ['web', 'web', 'web', 'web'],
			country: ['LV', 'LV', 'LV', 'LV'],
			discount: ['WELCOME10', null, null, null]
		}
	},
	{
		file: 'woocommerce_orders.csv',
		headers: { country: 'billing_country' },
		values: { country: ['US', 'US', 'US', 'CA'] }
	},
	{
		file: 'woocommerce_analytics.csv',
		headers: { product: 'Product(s)', channel: 'Attribution', discount: 'Coupon(s)' },
		values: {
			product: ['Mug', 'Honey', 'Matcha'], // the first of the listed products
			channel: ['Direct', 'Organic: Google', 'Direct'],
			discount: [null, null, 'SUMMER']
		}
	},
	{
		file: 'uci_online_retail.csv',
		headers: { product: 'Description', country: 'Country' },
		values: {
			product: [
				'WHITE HANGING HEART T-LIGHT HOLDER',
				'HAND WARMER UNION JACK',
				'ASSORTED COLOUR BIRD ORNAMENT',
				'JAM MAKING SET PRINTED',
				'REGENCY CAKESTAND 3 TIER'
			],
			country: ['United Kingdom', 'United Kingdom', 'United Kingdom', 'United Kingdom', 'France']
		}
	},
	{
		file: 'uci_credit_notes.csv',
		headers: { product: 'Description', country: 'Country' },
		values: {
			product: ['MUG', 'LAMP', 'CUP', 'BOWL', 'KNIFE'],
			country: ['United Kingdom', 'United Kingdom', 'France', 'United Kingdom', 'United Kingdom']
		}
	},
	{
		file: 'lv_orders_1257.csv',
		headers: { country: 'Valsts' },
		values: { country: ['Latvija', 'Latvija', 'Latvija', 'Lietuva'] }
	},
	{ file: 'generic_us_bom.csv', headers: {}, values: {} }
];

describe.each(CASES)('dimensions of $file', ({ file, headers, values }) => {
	const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
	const { plan } = inspectSample(sampleOf(file, bytes));

	it('maps each dimension to its column', () => {
		const mapped: Partial<Record<Dimension, string>> = {};
		for (const dim of DIMENSIONS) {
			const column = plan.mapping[DIMENSION_ROLE[dim]];
			if (column !== undefined) mapped[dim] = plan.headers![column].replace(/^\ufeff/, '');
		}
		expect(mapped).toEqual(headers);
	});

	it('stores every kept order’s value, dictionary-encoded', async () => {
		const result = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		if (result.kind !== 'orders') throw new Error('not orders');
		const count = result.columns.count;
		const stored = Object.fromEntries(
			Object.entries(result.dimensions).map(([dim, column]) => {
				expect(column.index).toBeInstanceOf(Int32Array);
				expect(new Set(column.values).size).toBe(column.values.length);
				return [dim, [...column.index.subarray(0, count)].map((i) => (i < 0 ? null : column.values[i]))];
			})
		);
		expect(stored).toEqual(values);
	});
});

describe('the discount-code column in each language', () => {
	it.each([
		['Discount Code', 'discountCode'],
		['Coupon(s)', 'discountCode'],
		['coupon_code', 'discountCode'],
		['Coupons', 'discountCode'],
		['coupon', 'discountCode'],
		['Promo code', 'discountCode'],
		['Voucher', 'discountCode'],
		['Atlaides kods', 'discountCode'],
		['Промокод', 'discountCode'],
		['优惠码', 'discountCode'],
		['Kortingscode', 'discountCode'],
		// The amount of the discount is another role, a part of the revenue.
		['Discount Amount', 'discount'],
		['Discount', 'discount']
	])('%s is the %s', (header, role) => {
		const layout = recogniseLayout(
			[
				['Order ID', 'Customer ID', 'Order Date', 'Total', header],
				['1', 'c1', '2023-01-05', '10.00', 'X']
			],
			','
		);
		expect(layout.layout).toBe('generic');
		const found = Object.entries(layout.mapping).find(([, column]) => column === 4)?.[0];
		expect(found).toBe(role);
	});

	it('is stored per order, and kept apart from the discount amount', async () => {
		const text =
			'Order ID,Customer ID,Order Date,Total,Discount,Coupon code\n' +
			'1,c1,2023-01-05,10.00,2.00,SPRING\n' +
			'2,c2,2023-01-06,20.00,,\n' +
			'3,c1,2023-01-07,30.00,1.00,spring\n' +
			'4,c3,2023-01-08,5.00,3.00,SPRING\n';
		const bytes = new TextEncoder().encode(text);
		const { plan } = inspectSample(sampleOf('f.csv', bytes));
		const result = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		if (result.kind !== 'orders') throw new Error('not orders');
		const discount = result.dimensions.discount!;
		expect(discount.values).toEqual(['SPRING', 'spring']);
		expect([...discount.index.subarray(0, 4)]).toEqual([0, -1, 1, 0]);
		expect(result.report.revenueBreakdown?.discounts).toBe(6);
	});
});

it('header normalisation makes Coupon(s) the name the WooCommerce layout prefers', () => {
	expect(normaliseHeader('Coupon(s)')).toBe('coupon s');
});
