import { describe, expect, it } from 'vitest';
import { inspectSample } from './inspect';
import { recogniseLayout, rowAmountEvidence, rowsHoldItemAmounts, type ColumnMapping } from './layouts';
import { runImport, type ImportResult } from './pipeline';
import type { FilePlan } from './plan';
import { rangesOf, sampleOf, sourceOf } from './test-support';

const TODAY = 20_000; // 2024-10-04
const encoder = new TextEncoder();

describe('whether an order’s rows hold each item’s amount', () => {
	const mapping: ColumnMapping = { orderId: 0, amount: 1 };
	it.each([
		{
			name: 'two orders of two whose rows differ',
			rows: [
				['A', '10'],
				['A', '15'],
				['B', '7'],
				['B', '3']
			],
			multiRow: 2,
			differing: 2,
			sums: true
		},
		{
			name: 'the order’s total repeated on every row',
			rows: [
				['A', '15'],
				['A', '15'],
				['B', '10'],
				['B', '10']
			],
			multiRow: 2,
			differing: 0,
			sums: false
		},
		{
			name: 'the total on the first row only (Shopify)',
			rows: [
				['A', '15'],
				['A', ''],
				['B', '10'],
				['B', '']
			],
			multiRow: 0,
			differing: 0,
			sums: false
		},
		{
			name: 'one order whose rows differ: more likely a slip than a layout',
			rows: [
				['A', '10'],
				['A', '5'],
				['B', '7'],
				['B', '7'],
				['C', '1']
			],
			multiRow: 2,
			differing: 1,
			sums: false
		},
		{
			name: 'two orders of five whose rows differ: fewer than half',
			rows: [
				['A', '1'],
				['A', '2'],
				['B', '1'],
				['B', '2'],
				['C', '3'],
				['C', '3'],
				['D', '4'],
				['D', '4'],
				['E', '5'],
				['E', '5']
			],
			multiRow: 5,
			differing: 2,
			sums: false
		},
		{
			// eBay-style: a row with the order's total (items and shipping) above its item rows.
			name: 'the order’s total on a row above its items',
			rows: [
				['A', '60'],
				['A', '45'],
				['A', '15'],
				['B', '25'],
				['B', '20']
			],
			multiRow: 2,
			differing: 2,
			sums: false
		},
		{
			name: 'items of which the first happens to be the dearest in one order only',
			rows: [
				['A', '50'],
				['A', '10'],
				['B', '5'],
				['B', '20']
			],
			multiRow: 2,
			differing: 2,
			sums: true
		},
		{
			name: 'rows of an order apart from each other',
			rows: [
				['A', '10'],
				['B', '7'],
				['A', '12'],
				['B', '3']
			],
			multiRow: 2,
			differing: 2,
			sums: true
		}
	])('$name', ({ rows, multiRow, differing, sums }) => {
		const evidence = rowAmountEvidence(rows, mapping);
		expect(evidence.multiRow).toBe(multiRow);
		expect(evidence.differing).toBe(differing);
		expect(rowsHoldItemAmounts(evidence)).toBe(sums);
	});

	it('names the first order whose rows differ, by its rows', () => {
		const evidence = rowAmountEvidence(
			[
				['A', '4'],
				['A', '4'],
				['B', '7'],
				['C', '1'],
				['B', '3']
			],
			mapping
		);
		expect(evidence.example).toEqual({ orderId: 'B', rows: [2, 4] });
	});

	it('has nothing to say without an order id or an amount column', () => {
		const rows = [
			['A', '10'],
			['A', '5'],
			['B', '7'],
			['B', '3']
		];
		expect(rowAmountEvidence(rows, { amount: 1 }).multiRow).toBe(0);
		expect(rowAmountEvidence(rows, { orderId: 0 }).multiRow).toBe(0);
	});
});

describe('an amount header that names one item’s amount', () => {
	const layoutOf = (header: string) => recogniseLayout([header.split(','), ['1', 'a@x.io', '2024-01-05', '5']], ',');
	it.each([
		['Order ID,Email,Date,Line Total', 'lineAmounts'],
		['Order ID,Email,Date,Item Total', 'lineAmounts'],
		['Order ID,Email,Date,Item Subtotal', 'lineAmounts'],
		// A file with the order's total as well: the order's total is taken.
		['Order ID,Email,Date,Item Total,Order Total', 'orderTotal'],
		// No order id: each row is an order of its own, its amount the order's.
		['Transaction,Email,Date,Line Total', 'orderTotal'],
		['Order ID,Email,Date,Total', 'orderTotal']
	])('%s → %s', (header, mode) => {
		expect(layoutOf(header).amountMode).toBe(mode);
	});
});

/** A report with one row per item, each with that item's amount, under a header that says no more than "Amount". */
const PER_ITEM =
	'order_id,customer,order_date,product,amount,status\n' +
	'A1,ann,2024-01-05,Mug,19.99,paid\n' +
	'A1,ann,2024-01-05,Teapot,24.99,paid\n' +
	'A1,ann,2024-01-05,Spoon,5.00,paid\n' + // A1: 49.98
	'A2,ben,2024-01-06,Mug,19.99,paid\n' +
	'A3,ann,2024-02-01,Tea,8.00,paid\n' +
	'A2,ben,2024-01-06,Tray,12.00,paid\n' + // A2's row apart from the others: A2 is 31.99
	'A3,ann,2024-02-01,Tea,-8.00,paid\n' + // an item taken back within its order: A3 is 0
	'A4,cy,2024-02-03,Mug,19.99,refunded\n' +
	'A4,cy,2024-02-03,Tea,8.00,\n' + // a further row of a refunded order: not a sale either
	'A5,cy,2024-02-04,Mug,19.99,paid\n' +
	'A5,cy,2024-02-04,Tea,,paid\n'; // an item with no amount: said, and the order counts its other rows

function inspectText(text: string) {
	const bytes = encoder.encode(text);
	return { bytes, inspection: inspectSample(sampleOf('per-item.csv', bytes)) };
}

async function importWith(bytes: Uint8Array, plan: FilePlan, ranges = 1) {
	const source = sourceOf(bytes, plan);
	return runImport(ranges > 1 ? [{ ...source, ranges: rangesOf(bytes, ranges, TODAY) }] : [source], {
		today: TODAY
	});
}

const amountsById = (result: ImportResult) => {
	if (result.kind !== 'orders') throw new Error('not orders');
	const { count, amount } = result.columns;
	return Object.fromEntries(
		Array.from({ length: count }, (_, i) => [result.orderIds!.get(i), Math.round(amount[i] * 100) / 100])
	);
};

describe('a report with one row per item, recognised from its rows', () => {
	it('is read with each order worth the sum of its rows, and the review is told which rows showed it', () => {
		const { inspection } = inspectText(PER_ITEM);
		expect(inspection.plan.amountMode).toBe('lineAmounts');
		expect(inspection.itemAmountRows).toEqual([
			{ file: 0, row: 2, value: '19.99' },
			{ file: 0, row: 3, value: '24.99' }
		]);
	});

	it('sums each order’s rows, wherever they are in the file, and says what it skipped', async () => {
		const { bytes, inspection } = inspectText(PER_ITEM);
		const result = await importWith(bytes, inspection.plan);
		expect(amountsById(result)).toEqual({ A1: 49.98, A2: 31.99, A3: 0, A5: 19.99 });
		const { report } = result;
		expect(report.ordersKept).toBe(4);
		expect(report.revenue).toBeCloseTo(101.96, 2);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		// A4 refunded in full: both of its items (19.99 + 8.00).
		expect(report.refunds.refundedAmount).toBeCloseTo(27.99, 2);
		expect(report.skipped.missingAmount).toMatchObject({ count: 1, examples: [{ row: 12 }] });
		expect(report.revenueBreakdown).toMatchObject({ basis: 'lineAmounts', netSales: 101.96, totalCharged: null });
		expect(report.warnings.map((w) => w.code)).not.toContain('differingTotals');
	});

	it('counts an order in two overlapping files once as a duplicate, however many rows it has', async () => {
		const { bytes, inspection } = inspectText(PER_ITEM);
		const second = encoder.encode(PER_ITEM.split('\n').slice(0, 4).join('\n') + '\n'); // A1's three rows again
		const result = await runImport(
			[sourceOf(bytes, inspection.plan), sourceOf(second, inspectSample(sampleOf('again.csv', second)).plan)],
			{ today: TODAY }
		);
		expect(result.report.duplicates.count).toBe(1);
		expect(amountsById(result).A1).toBe(49.98);
	});

	it('gives the same orders read in byte ranges', async () => {
		const { bytes, inspection } = inspectText(
			PER_ITEM.repeat(1).concat(
				Array.from(
					{ length: 300 },
					(_, i) =>
						`B${i},c${i % 40},2024-03-${String(1 + (i % 28)).padStart(2, '0')},Mug,${i % 7}.50,paid\nB${i},c${i % 40},2024-03-${String(1 + (i % 28)).padStart(2, '0')},Tea,1.25,paid\n`
				).join('')
			)
		);
		const whole = amountsById(await importWith(bytes, inspection.plan));
		expect(whole.B7).toBe(1.75);
		expect(amountsById(await importWith(bytes, inspection.plan, 3))).toEqual(whole);
	});

	it('read as one total per order instead (the user’s choice), takes the first row’s and says so', async () => {
		// (A1's further rows are said; the rows of A2 and A3 apart from their first are read as copies.)
		const { bytes, inspection } = inspectText(PER_ITEM);
		const result = await importWith(bytes, { ...inspection.plan, amountMode: 'orderTotal' });
		expect(amountsById(result)).toMatchObject({ A1: 19.99, A2: 19.99 });
		expect(result.report.warnings.find((w) => w.code === 'differingTotals')).toMatchObject({ count: 1 });
	});
});

describe('reports whose rows carry the order’s total stay one total per order', () => {
	it.each([
		[
			'repeated on every row',
			'A1,ann,2024-01-05,Mug,30.00\nA1,ann,2024-01-05,Tea,30.00\nA2,ben,2024-01-06,Mug,12.00\nA2,ben,2024-01-06,Tea,12.00\n'
		],
		[
			'on the first row only',
			'A1,ann,2024-01-05,Mug,30.00\nA1,ann,2024-01-05,Tea,\nA2,ben,2024-01-06,Mug,12.00\nA2,ben,2024-01-06,Tea,\n'
		]
	])('the total %s', async (_, rows) => {
		const { bytes, inspection } = inspectText('order_id,customer,order_date,product,total\n' + rows);
		expect(inspection.plan.amountMode).toBe('orderTotal');
		expect(inspection.itemAmountRows).toBeNull();
		expect(amountsById(await importWith(bytes, inspection.plan))).toEqual({ A1: 30, A2: 12 });
	});
});

describe('Amazon Seller Central’s order report', () => {
	const AMAZON =
		[
			'amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\tproduct-name\tsku\tasin\titem-status\tquantity\tcurrency\titem-price\titem-tax\tshipping-price\tship-country\tbuyer-email',
			'114-1111111-1111111\t\t2024-03-01T10:15:00+00:00\t2024-03-02T08:00:00+00:00\tShipped\tAmazon\tAmazon.com\tTea tin\tTT-1\tB000000001\tShipped\t2\tUSD\t39.98\t3.20\t0.00\tUS\tann@example.com',
			'114-1111111-1111111\t\t2024-03-01T10:15:00+00:00\t2024-03-02T08:00:00+00:00\tShipped\tAmazon\tAmazon.com\tTea spoon\tTS-1\tB000000002\tShipped\t1\tUSD\t15.00\t1.20\t0.00\tUS\tann@example.com',
			'114-2222222-2222222\t\t2024-03-05T09:00:00+00:00\t2024-03-06T08:00:00+00:00\tShipped\tMerchant\tAmazon.com\tTea tin\tTT-1\tB000000001\tShipped\t1\tUSD\t19.99\t1.60\t4.99\tUS\tben@example.com',
			'114-3333333-3333333\t\t2024-03-07T09:00:00+00:00\t2024-03-07T12:00:00+00:00\tCancelled\tAmazon\tAmazon.com\tTea tin\tTT-1\tB000000001\tCancelled\t1\tUSD\t19.99\t0.00\t0.00\tUS\tann@example.com'
		].join('\n') + '\n';

	it('is recognised: each order is the sum of its rows’ item-price (the line’s price × quantity)', async () => {
		const { bytes, inspection } = inspectText(AMAZON);
		const { plan, columns } = inspection;
		expect(plan.amountMode).toBe('lineAmounts');
		const named = (role: keyof typeof plan.mapping) => columns[plan.mapping[role]!];
		expect([named('customer'), named('orderId'), named('date'), named('amount'), named('status')]).toEqual([
			'buyer-email',
			'amazon-order-id',
			'purchase-date',
			'item-price',
			'order-status'
		]);
		const result = await importWith(bytes, plan);
		expect(amountsById(result)).toEqual({ '114-1111111-1111111': 54.98, '114-2222222-2222222': 19.99 });
		expect(result.report.cancelled.count).toBe(1);
	});
});

describe('Wix’s orders export', () => {
	it('finds the customer in “Contact email” and the shipping in “Shipping rate”', () => {
		const header =
			'Order number,Date created,Contact email,Payment status,Subtotal,Shipping rate,Total tax,Total'.split(',');
		const { mapping } = recogniseLayout(
			[header, ['10001', '2024-01-05', 'a@x.io', 'Paid', '40', '10', '0', '50']],
			','
		);
		expect(header[mapping.customer!]).toBe('Contact email');
		expect(header[mapping.shipping!]).toBe('Shipping rate');
	});
});

describe('an order’s net sales from its subtotal, discount, shipping and tax', () => {
	const header = 'Order ID,Email,Paid at,Subtotal,Discount Amount,Shipping,Taxes,Total\n';
	it.each([
		// Squarespace: the subtotal is before the discount (30 − 3 + 5 + 2 = 34).
		['a subtotal before the discount', 'S1,a@x.io,2024-01-05,30.00,3.00,5.00,2.00,34.00\n', 27],
		// Shopify: the subtotal is after it (27 + 5 + 2 = 34).
		['a subtotal after the discount', 'S1,a@x.io,2024-01-05,27.00,3.00,5.00,2.00,34.00\n', 27],
		// Prices with tax inside, subtotal before the discount (30 − 3 + 5 = 32, tax 2 inside).
		['a subtotal before the discount, with tax inside', 'S1,a@x.io,2024-01-05,30.00,3.00,5.00,2.00,32.00\n', 25],
		// Nothing adds up: the subtotal as the file gives it.
		['parts that do not add up', 'S1,a@x.io,2024-01-05,30.00,3.00,5.00,2.00,50.00\n', 30]
	])('%s', async (_, row, sales) => {
		const { bytes, inspection } = inspectText(header + row);
		const result = await importWith(bytes, inspection.plan);
		expect(amountsById(result)).toEqual({ S1: sales });
		expect(result.report.revenueBreakdown?.discounts).toBe(3);
	});
});

describe('the rows the review keeps to decide again', () => {
	it('are kept for a generic file, not for a Shopify export (its rows are known)', () => {
		expect(inspectText(PER_ITEM).inspection.amountSample.rows).toHaveLength(11);
		const shopify =
			'Name,Email,Financial Status,Created at,Total\n#1,a@x.io,paid,2024-01-05 10:00:00 +0100,30.00\n';
		expect(inspectText(shopify).inspection.amountSample.rows).toEqual([]);
	});
});

describe('a negative row that opens an order in a file of item amounts (Shopware’s discount line)', () => {
	const header = 'Order number,Order date,Customer email,Product name,Quantity,Unit price,Line total\n';
	const text =
		header +
		'SW1,2024-01-04,e1@example.de,Coffee Beans,2,19.95,39.90\n' +
		'SW1,2024-01-04,e1@example.de,Discount WINTER,1,-5.00,-5.00\n' +
		'SW2,2024-01-15,e2@example.de,Grinder,1,59.00,59.00\n' +
		// A repeat order whose discount line comes first: it is this order's, not SW1's.
		'SW3,2024-02-03,e1@example.de,Discount LOYAL,1,-3.00,-3.00\n' +
		'SW3,2024-02-03,e1@example.de,Gift card,1,-1.00,-1.00\n' +
		'SW3,2024-02-03,e1@example.de,Coffee Beans 1kg,1,24.95,24.95\n' +
		// A first order whose discount line comes first: no return without an order.
		'SW4,2024-02-20,e3@example.de,Discount NEWCUSTOMER,1,-2.99,-2.99\n' +
		'SW4,2024-02-20,e3@example.de,Filter Papers,3,9.95,29.85\n' +
		// A return of its own (its own id, no items after it): netted into SW2.
		'R1,2024-02-25,e2@example.de,Grinder returned,1,-59.00,-59.00\n' +
		'SW5,2024-03-01,e2@example.de,Filter Papers,1,9.95,9.95\n';

	it('counts the line in the order whose items follow it', async () => {
		const { bytes, inspection } = inspectText(text);
		expect(inspection.plan.amountMode).toBe('lineAmounts');
		const result = await importWith(bytes, inspection.plan);
		// Hand-worked: SW1 39.90 − 5, SW3 24.95 − 3 − 1, SW4 29.85 − 2.99, SW5 9.95; SW2's 59 all returned
		// (R1): refunded in full, and left out as a refunded order is.
		expect(amountsById(result)).toEqual({ SW1: 34.9, SW3: 20.95, SW4: 26.86, SW5: 9.95 });
		expect(result.report.skipped).toEqual({});
		expect(result.report.refunds.negativeRowsNetted).toEqual({ count: 0, examples: [] });
		expect(result.report.refunds.fullyRefunded).toEqual({ count: 1, examples: [{ file: 0, row: 10 }] });
		expect(result.report.lineItemRows).toBe(4);
	});

	it('gives the same orders when read in byte ranges', async () => {
		const many =
			header +
			Array.from({ length: 8 }, (_, k) =>
				text.slice(header.length).replaceAll('SW', `S${k}W`).replaceAll('R1', `R${k}`)
			).join('');
		const { bytes, inspection } = inspectText(many);
		const whole = await importWith(bytes, inspection.plan);
		const ranged = await importWith(bytes, inspection.plan, 3);
		expect(amountsById(ranged)).toEqual(amountsById(whole));
		expect(ranged.report).toEqual(whole.report);
	});

	it('drops the line with its order when that order is no sale', async () => {
		const { bytes, inspection } = inspectText(
			'Order number,Order date,Customer email,Product name,Line total,Status\n' +
				'A1,2024-01-04,a@x.io,Mug,10.00,paid\nA1,2024-01-04,a@x.io,Tea,8.00,paid\n' +
				'B1,2024-01-05,b@x.io,Mug,10.00,paid\nB1,2024-01-05,b@x.io,Tea,6.00,paid\n' +
				// B2's discount line, then its item, cancelled: not a return of B1.
				'B2,2024-01-09,b@x.io,Discount,-3.00,\nB2,2024-01-09,b@x.io,Mug,10.00,cancelled\n'
		);
		const result = await importWith(bytes, inspection.plan);
		expect(amountsById(result)).toEqual({ A1: 18, B1: 16 });
		expect(result.report.cancelled.count).toBe(1);
		expect(result.report.refunds.negativeRowsNetted.count).toBe(0);
		expect(result.report.skipped).toEqual({});
	});

	it('still counts a negative row with nothing after it as a return without an order', async () => {
		const { bytes, inspection } = inspectText(
			header +
				'A1,2024-01-04,a@x.io,Mug,1,10.00,10.00\nA1,2024-01-04,a@x.io,Tea,1,8.00,8.00\n' +
				'B1,2024-01-05,b@x.io,Mug,1,10.00,10.00\nB1,2024-01-05,b@x.io,Tea,1,6.00,6.00\n' +
				'R9,2024-01-06,c@x.io,Refund,1,-4.00,-4.00\n'
		);
		const result = await importWith(bytes, inspection.plan);
		expect(result.report.skipped.refundWithoutOrder).toEqual({
			count: 1,
			examples: [{ file: 0, row: 6, value: '-4' }]
		});
		expect(amountsById(result)).toEqual({ A1: 18, B1: 16 });
	});
});
