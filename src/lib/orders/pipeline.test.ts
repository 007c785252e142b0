import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoFromDay } from '$lib/format/date';
import { EXPECTED } from '../../../tests/fixtures/orders/expected';
import { inspectSample } from './inspect';
import { OrderAccumulator } from './accumulate';
import { runImport } from './pipeline';
import type { FilePlan } from './plan';
import { headline, rangesOf, sampleOf, sourceOf } from './test-support';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/orders');
const TODAY = 20_000; // 2024-10-04

describe.each(EXPECTED)('importing $file', (expected) => {
	const bytes = new Uint8Array(readFileSync(join(FIXTURES, expected.file)));

	it('recognises layout, encoding and delimiter', () => {
		const inspection = inspectSample(sampleOf(expected.file, bytes));
		expect(inspection.layout.layout).toBe(expected.layout);
		expect(inspection.encoding.encoding).toBe(expected.encoding);
		expect(inspection.delimiter.delimiter).toBe(expected.delimiter);
		expect(inspection.missing).toEqual([]);
		if (expected.dateOrder) expect(inspection.plan.dateOrder).toBe(expected.dateOrder);
		if (expected.dateOrderDecidedByRow) {
			expect(inspection.plan.dateOrderBasis).toBe('data');
			expect(inspection.plan.dateOrderDecidedBy?.row).toBe(expected.dateOrderDecidedByRow);
		}
	});

	it('reports exactly what was kept and dropped', async () => {
		const { plan } = inspectSample(sampleOf(expected.file, bytes));
		const result = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		const report = result.report;
		expect(report.rowsRead).toBe(expected.rowsRead);
		expect(report.ordersKept).toBe(expected.ordersKept);
		expect(report.customers).toBe(expected.customers);
		expect(report.revenue).toBeCloseTo(expected.revenue, 2);
		if (expected.firstDay) expect(isoFromDay(report.firstDay!)).toBe(expected.firstDay);
		if (expected.lastDay) expect(isoFromDay(report.lastDay!)).toBe(expected.lastDay);
		const skipped = Object.fromEntries(
			Object.entries(report.skipped).map(([reason, tally]) => [
				reason,
				{ count: tally!.count, rows: tally!.examples.map((e) => e.row) }
			])
		);
		expect(skipped).toEqual(expected.skipped ?? {});
		expect(report.customerlessSales ?? 0).toBeCloseTo(expected.customerlessSales ?? 0, 2);
		expect(report.cancelled.count).toBe(expected.cancelled ?? 0);
		expect(report.unpaid.count).toBe(expected.unpaid ?? 0);
		const awaiting = report.awaitingPayment;
		expect(awaiting && { count: awaiting.orders.count, sales: awaiting.sales }).toEqual(expected.awaitingPayment);
		// (No fixture has a Shopify test order: see test-orders.test.ts.)
		expect(report.testOrders).toBeUndefined();
		expect(report.refunds.fullyRefunded.count).toBe(expected.fullyRefunded ?? 0);
		expect(report.refunds.partlyRefunded.count).toBe(expected.partlyRefunded ?? 0);
		expect(report.refunds.refundedAmount).toBeCloseTo(expected.refundedAmount ?? 0, 2);
		expect(report.refunds.negativeRowsNetted.count).toBe(expected.negativeRowsNetted ?? 0);
		expect(report.duplicates.count).toBe(expected.duplicates ?? 0);
		expect(report.zeroValueOrders).toBe(expected.zeroValueOrders ?? 0);
		if (expected.lineItemRows !== undefined) expect(report.lineItemRows).toBe(expected.lineItemRows);
		if (expected.currency !== undefined) expect(report.currency).toBe(expected.currency);
		if (expected.creditNotes) {
			const notes = report.creditNotes!;
			expect({
				netted: notes.netted.count,
				nettedAmount: notes.nettedAmount,
				withoutOrder: notes.withoutOrder.count,
				withoutOrderAmount: notes.withoutOrderAmount
			}).toEqual(expected.creditNotes);
		}
		if (expected.breakdown) {
			const { names, ...sums } = expected.breakdown;
			expect(report.revenueBreakdown).toMatchObject({ ...sums, netSales: expected.revenue });
			if (names) expect(report.revenueBreakdown!.names).toEqual(names);
		}
		// The parts add up: gross − discounts − refunds − returns = net sales = the orders' amounts.
		const b = report.revenueBreakdown;
		if (b) expect(b.grossSales - (b.discounts ?? 0) - b.refunds - b.returns).toBeCloseTo(report.revenue, 2);
	});
});

describe('orders come out as columns', () => {
	it('keeps Shopify orders with net amounts, lower-cased e-mails and the shop-local day', async () => {
		const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'shopify_orders.csv')));
		const { plan } = inspectSample(sampleOf('shopify_orders.csv', bytes));
		const result = await runImport([sourceOf(bytes, plan, 100)], { today: TODAY });
		if (result.kind !== 'orders') throw new Error('expected orders');
		const rows = Array.from({ length: result.columns.count }, (_, i) => [
			result.orderIds?.get(i),
			result.customers[result.columns.customer[i]],
			isoFromDay(result.columns.day[i]),
			result.columns.amount[i]
		]);
		expect(rows).toEqual([
			['#1001', 'anna@example.com', '2023-01-05', 59.9],
			['#1002', 'ben@example.com', '2023-01-20', 25],
			['#1003', 'anna@example.com', '2023-02-14', 30],
			['#1008', 'eve@example.com', '2023-03-31', 22.5],
			['#1009', 'anna@example.com', '2023-04-02', 0],
			['#1010', 'frank@example.com', '2023-04-10', 120]
		]);
		expect(result.dimensions.product?.values[result.dimensions.product.index[0]]).toBe('Mug "Classic"');
		expect(result.dimensions.country?.values).toEqual(['LV']);
	});

	it('sums UCI line items per invoice', async () => {
		const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'uci_online_retail.csv')));
		const { plan } = inspectSample(sampleOf('uci_online_retail.csv', bytes));
		const result = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		if (result.kind !== 'orders') throw new Error('expected orders');
		expect(Array.from(result.columns.amount).map((a) => Math.round(a * 100) / 100)).toEqual([
			35.64, 11.1, 66.68, 34.8, 34
		]);
		expect(result.orderIds?.toArray()).toEqual(['536365', '536366', '536367', '536380', '536382']);
	});

	it('reads a per-customer summary into model inputs', async () => {
		const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'summary_lifetimes.csv')));
		const { plan } = inspectSample(sampleOf('summary_lifetimes.csv', bytes));
		const result = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		if (result.kind !== 'summary') throw new Error('expected a summary');
		expect(result.customers).toEqual(['c1', 'c2', 'c3', 'c6']);
		expect(Array.from(result.frequency)).toEqual([2, 0, 5, 3]);
		expect(Array.from(result.recency)).toEqual([30, 0, 120, 88]);
		expect(Array.from(result.age)).toEqual([60, 45, 130, 200]);
		expect(Array.from(result.monetary)).toEqual([22.35, 0, 41.2, 15.75]);
	});
});

describe('several files make one data set', () => {
	it('shares customers across monthly exports and drops orders seen in both', async () => {
		const text = (rows: string[]) =>
			new TextEncoder().encode(['order_id,customer_id,order_date,total', ...rows].join('\n') + '\n');
		const january = text(['1,a,2023-01-05,10.00', '2,b,2023-01-20,20.00']);
		const february = text(['2,b,2023-01-20,20.00', '3,a,2023-02-02,30.00']);
		const sources = [january, february].map((bytes, i) =>
			sourceOf(bytes, inspectSample(sampleOf(`m${i}.csv`, bytes)).plan)
		);
		const result = await runImport(sources, { today: TODAY });
		expect(result.report.ordersKept).toBe(3);
		expect(result.report.customers).toBe(2);
		expect(result.report.duplicates.count).toBe(1);
		expect(result.report.duplicates.examples[0]).toMatchObject({ file: 1, row: 2 });
	});
});

describe('day/month order', () => {
	it('starts again with the other order when the data contradicts a default, and says so', async () => {
		const rows = ['customer,date,total', 'a,01/02/2023,1', 'b,03/04/2023,2', 'c,05/20/2023,3'];
		const bytes = new TextEncoder().encode(rows.join('\n') + '\n');
		const { plan } = inspectSample(sampleOf('us.csv', bytes));
		// The whole file was sampled, so the inspection already knows; force the default to test the restart.
		const guessed: FilePlan = { ...plan, dateOrder: 'dmy', dateOrderBasis: 'default', dateOrderDecidedBy: null };
		const result = await runImport([sourceOf(bytes, guessed)], { today: TODAY });
		expect(result.report.ordersKept).toBe(3);
		expect(result.report.files[0].dateOrder).toBe('mdy');
		expect(result.report.warnings).toContainEqual({
			code: 'dateOrderSwitched',
			from: 'dmy',
			to: 'mdy',
			decidedBy: { file: 0, row: 4, value: '05/20/2023' }
		});
	});
});

describe('row estimate', () => {
	it('is close to the real number of rows of a large file', () => {
		const lines = ['order_id,customer_id,order_date,total'];
		for (let i = 0; i < 50_000; i++)
			lines.push(`${i},C${i % 977},2023-01-${String((i % 28) + 1).padStart(2, '0')},${(i % 500) / 4}`);
		const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
		const { plan } = inspectSample(sampleOf('big.csv', bytes));
		expect(plan.estimatedRows).toBeGreaterThan(50_000 * 0.9);
		expect(plan.estimatedRows).toBeLessThan(50_000 * 1.1);
	});
});

describe('a date text repeated row after row (read once, counted each time)', () => {
	const header = 'Order ID,Customer ID,Order Date,Total\n';
	it.each([
		{
			name: 'an empty date first, then the same date twice',
			rows: ['1,a,,5', '2,a,2023-03-01,5', '3,b,2023-03-01,6', '4,b,,7'],
			orders: 2,
			skipped: { missingDate: { count: 2, rows: [2, 5] } }
		},
		{
			name: 'an invalid date twice in a row, then a valid one twice',
			rows: ['1,a,31/02/2023,5', '2,a,31/02/2023,5', '3,b,01/03/2023,6', '4,b,01/03/2023,7'],
			orders: 2,
			skipped: { invalidDate: { count: 2, rows: [2, 3] } }
		},
		{
			name: 'an out-of-range date, then valid ones',
			rows: ['1,a,1899-01-01,5', '2,a,1899-01-01,5', '3,b,2023-03-01,6', '4,c,2023-03-01,7', '5,c,2023-03-02,7'],
			orders: 3,
			skipped: { dateOutOfRange: { count: 2, rows: [2, 3] } }
		}
	])('$name', async ({ rows, orders, skipped }) => {
		const bytes = new TextEncoder().encode(header + rows.join('\n') + '\n');
		const { plan } = inspectSample(sampleOf('f.csv', bytes));
		const result = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		expect(result.report.ordersKept).toBe(orders);
		const got = Object.fromEntries(
			Object.entries(result.report.skipped).map(([reason, t]) => [
				reason,
				{ count: t!.count, rows: t!.examples.map((e) => e.row) }
			])
		);
		expect(got).toEqual(skipped);
	});

	it('counts day-first evidence on every row, repeated or not', () => {
		// 13/03 and 14/03 can only be day-first: four rows of them (each text twice in a row) are four pieces of evidence.
		const rows = [
			'1,a,01/03/2023,5',
			'2,a,13/03/2023,5',
			'3,b,13/03/2023,6',
			'4,b,14/03/2023,6',
			'5,c,14/03/2023,6'
		];
		const bytes = new TextEncoder().encode(header + rows.join('\n') + '\n');
		const plan: FilePlan = { ...inspectSample(sampleOf('f.csv', bytes)).plan, dateOrder: 'dmy' };
		const orders = new OrderAccumulator(TODAY);
		orders.beginFile(plan, 0);
		rows.forEach((r, i) => orders.addRow(r.split(','), i + 2));
		expect(orders.orderCount).toBe(5);
		expect(orders.evidence[0]).toMatchObject({ dmy: 4, mdy: 0, firstDmy: { row: 3 } });
	});
});

describe('a status read in the layout of its own file', () => {
	it('a WooCommerce "pending" order is unpaid, the same word in a Shopify export after it is not', async () => {
		const woo = new TextEncoder().encode(
			'Order Number,Order Status,Order Date,Customer Email,Order Total Amount\n' +
				'1,pending,2024-01-02,a@example.com,10.00\n' +
				'2,pending,2024-01-03,b@example.com,20.00\n'
		);
		const shopify = new TextEncoder().encode(
			'Name,Email,Financial Status,Created at,Total\n' +
				'#1001,c@example.com,pending,2024-02-01 10:00:00 +0100,30.00\n' +
				'#1002,d@example.com,pending,2024-02-02 10:00:00 +0100,40.00\n'
		);
		const wooPlan = inspectSample(sampleOf('woo.csv', woo)).plan;
		const shopifyPlan = inspectSample(sampleOf('shopify.csv', shopify)).plan;
		expect([wooPlan.layout, shopifyPlan.layout]).toEqual(['woocommerce', 'shopify']);
		const result = await runImport([sourceOf(woo, wooPlan), sourceOf(shopify, shopifyPlan)], { today: TODAY });
		expect(result.report.unpaid.count).toBe(2);
		expect(result.kind === 'orders' && result.columns.count).toBe(2);
	});
});

describe('exports that overlap: an order in two files, a sale in one and not in the other', () => {
	const header = 'order_id,customer_id,order_date,total,status\n';
	const january = header + '#1001,a,2024-01-05,10,paid\n#1003,c,2024-02-01,5,paid\n#1005,d,2024-02-10,50,paid\n';
	// Exported later: #1005 was refunded in full since, and #2001 is new.
	const february = header + '#1003,c,2024-02-01,5,paid\n#1005,d,2024-02-10,50,refunded\n#2001,e,2024-03-01,15,paid\n';
	const importInOrder = async (...texts: string[]) => {
		const sources = texts.map((text, i) => {
			const bytes = new TextEncoder().encode(text);
			return sourceOf(bytes, inspectSample(sampleOf(`export-${i}.csv`, bytes)).plan);
		});
		return (await runImport(sources, { today: TODAY })).report;
	};

	it.each([
		// The paid copy read first: its refunded copy, read next, says what became of #1005.
		{ files: [january, february], conflict: { file: 1, row: 3 } },
		// The refunded copy read first: the paid copy is a duplicate, and #1005 stays no sale.
		{ files: [february, january], conflict: { file: 1, row: 4 } }
	])(
		'each is counted once, by its later outcome whichever file is read first, and the report says which',
		async ({ files, conflict }) => {
			const report = await importInOrder(...files);
			// Hand-worked: #1001 10, #1003 5, #2001 15; #1005 refunded, and its buyer d no customer.
			expect(report.ordersKept).toBe(3);
			expect(report.revenue).toBe(30);
			expect(report.customers).toBe(3);
			expect(report.refunds.fullyRefunded.count).toBe(1);
			expect(report.refunds.refundedAmount).toBe(50);
			expect(report.duplicates.count).toBe(2);
			expect(report.warnings).toContainEqual({
				code: 'duplicateOutcomes',
				count: 1,
				examples: [{ ...conflict, value: '#1005' }]
			});
		}
	);

	it.each([0, 1])(
		'a sale cancelled since, in a later export, is a cancelled order, not a sale (that file read %i-th)',
		async (at) => {
			const cancelled = header + '#1005,d,2024-02-10,50,cancelled\n';
			const report = await importInOrder(...(at === 1 ? [january, cancelled] : [cancelled, january]));
			expect(report.ordersKept).toBe(2);
			expect(report.revenue).toBe(15);
			expect(report.cancelled).toEqual({ count: 1, examples: [{ file: at === 1 ? 1 : 0, row: 2 }] });
			expect(report.refunds.fullyRefunded.count).toBe(0);
			expect(report.duplicates.count).toBe(1);
			expect(report.warnings.find((w) => w.code === 'duplicateOutcomes')).toMatchObject({ count: 1 });
		}
	);

	it.each([0, 1])(
		'an order unpaid in one export and paid in the other counts once, as paid (the paid file read %i-th)',
		async (at) => {
			const pending = header + '#1005,d,2024-02-10,50,pending\n';
			const paid = header + '#1005,d,2024-02-10,50,paid\n';
			const report = await importInOrder(...(at === 0 ? [paid, pending] : [pending, paid]));
			expect(report.ordersKept).toBe(1);
			expect(report.revenue).toBe(50);
			expect(report.unpaid.count).toBe(0);
			// The unpaid copy is the duplicate, whichever file it is in.
			expect(report.duplicates).toEqual({
				count: 1,
				examples: [{ file: at === 0 ? 1 : 0, row: 2, value: '#1005' }]
			});
			expect(report.warnings.find((w) => w.code === 'duplicateOutcomes')).toMatchObject({ count: 1 });
		}
	);

	it.each([
		[0, 1, 2],
		[0, 2, 1],
		[1, 0, 2],
		[1, 2, 0],
		[2, 0, 1],
		[2, 1, 0]
	])('three copies, unpaid, refunded and paid, in any order (%i, %i, %i): refunded', async (...order) => {
		const copies = [
			header + '#1005,d,2024-02-10,50,pending\n#1001,a,2024-01-05,10,paid\n',
			header + '#1005,d,2024-02-10,50,refunded\n',
			header + '#1005,d,2024-02-10,50,paid\n'
		];
		const report = await importInOrder(...order.map((i) => copies[i]));
		expect([report.ordersKept, report.customers, report.revenue]).toEqual([1, 1, 10]);
	});

	it('a sale of several rows refunded since leaves its products with it', async () => {
		const lines = 'order_id,customer_id,order_date,product,amount,status\n';
		const before =
			lines +
			'#1,a,2024-01-05,Mug,10,paid\n#1,a,2024-01-05,Tea,4,paid\n#2,a,2024-02-05,Tea,4,paid\n#2,a,2024-02-05,Cup,6,paid\n';
		const after = lines + '#1,a,2024-01-05,Mug,10,refunded\n#1,a,2024-01-05,Tea,4,refunded\n';
		const sources = [before, after].map((text, i) => {
			const bytes = new TextEncoder().encode(text);
			return sourceOf(bytes, inspectSample(sampleOf(`export-${i}.csv`, bytes)).plan);
		});
		const result = await runImport(sources, { today: TODAY });
		if (result.kind !== 'orders') throw new Error('orders expected');
		// Rows are items here (#1 and #2 each have rows of different amounts): #1 14.00, #2 10.00.
		expect(sources[0].plan.amountMode).toBe('lineAmounts');
		expect([...result.columns.amount]).toEqual([10]);
		const items = result.items!;
		expect(Array.from(items.product.subarray(items.start[0], items.start[1]), (p) => items.values[p])).toEqual([
			'Tea',
			'Cup'
		]);
		expect(result.report.refunds.fullyRefunded.count).toBe(1);
		expect(result.report.refunds.refundedAmount).toBe(14);
	});

	it('copies that agree (both sales, or both not) are duplicates with no warning', async () => {
		const report = await importInOrder(january, january);
		expect(report.ordersKept).toBe(3);
		expect(report.duplicates.count).toBe(3);
		expect(report.warnings.map((w) => w.code)).not.toContain('duplicateOutcomes');
		const refundedTwice = header + '#1005,d,2024-02-10,50,refunded\n#1006,d,2024-02-11,20,paid\n';
		const again = await importInOrder(refundedTwice, refundedTwice);
		expect(again.ordersKept).toBe(1);
		expect(again.refunds.fullyRefunded.count).toBe(1);
		expect(again.duplicates.count).toBe(2);
		expect(again.warnings.map((w) => w.code)).not.toContain('duplicateOutcomes');
	});

	it.each([
		{
			what: 'a Shopify order whose every item was refunded, its shipping kept (partially_refunded)',
			file:
				'Name,Email,Financial Status,Subtotal,Shipping,Taxes,Total,Created at,Refunded Amount\n' +
				'#1077,a@example.com,partially_refunded,6.95,3.95,1.16,10.90,2024-09-06 14:45:36 +0100,6.95\n' +
				'#1078,b@example.com,paid,20.00,0.00,0.00,20.00,2024-09-07 10:00:00 +0100,0.00\n'
		},
		{
			what: 'an order whose refund reaches its total, its status still paid',
			file: 'order_id,customer_id,order_date,total,status,refunded\n#1005,d,2024-02-10,50,paid,50\n#1006,d,2024-02-11,20,paid,0\n'
		}
	])('the same file twice never disagrees with itself: $what', async ({ file }) => {
		const once = await importInOrder(file);
		const twice = await importInOrder(file, file);
		expect(twice.warnings.map((w) => w.code)).not.toContain('duplicateOutcomes');
		expect([twice.ordersKept, twice.customers, twice.revenue]).toEqual([
			once.ordersKept,
			once.customers,
			once.revenue
		]);
		expect(twice.refunds.fullyRefunded.count).toBe(1);
		expect(twice.refunds.refundedAmount).toBe(once.refunds.refundedAmount);
		expect(twice.duplicates.count).toBe(2);
	});

	const withParts = 'order_id,customer_id,order_date,total,tax,shipping,discount,status\n';
	it.each([0, 1])(
		'an order refunded since keeps no tax, shipping or discount in the breakdown (the refunded copy read %i-th)',
		async (at) => {
			const paid = withParts + '#1,a,2024-01-05,110,10,5,4,paid\n#2,b,2024-01-06,55,5,0,0,paid\n';
			const refunded = withParts + '#1,a,2024-01-05,110,10,5,4,refunded\n';
			const report = await importInOrder(...(at === 1 ? [paid, refunded] : [refunded, paid]));
			// Hand-worked: only #2 is a sale, 55.00 charged, of which 5.00 tax; #1's parts are no sale's.
			expect(report.revenue).toBe(50);
			expect(report.revenueBreakdown).toMatchObject({
				grossSales: 50,
				discounts: 0,
				tax: 5,
				shipping: 0,
				totalCharged: 55
			});
		}
	);

	it.each([0, 1])(
		'a partly refunded order refunded in full since counts as the refunded copy says (that copy read %i-th)',
		async (at) => {
			const shopify =
				'Name,Email,Financial Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Cancelled at,Refunded Amount\n';
			const paid =
				shopify +
				'#1,a@x.com,partially_refunded,USD,50.00,10.00,5.00,65.00,,0.00,2023-06-03 12:00:00 -0400,1,Teapot,50.00,,13.20\n' +
				'#2,b@x.com,paid,USD,20.00,5.00,2.00,27.00,,0.00,2023-06-04 12:00:00 -0400,1,Kettle,20.00,,0.00\n';
			const refunded =
				shopify +
				'#1,a@x.com,refunded,USD,50.00,10.00,5.00,65.00,,0.00,2023-06-03 12:00:00 -0400,1,Teapot,50.00,,65.00\n';
			const report = await importInOrder(...(at === 1 ? [paid, refunded] : [refunded, paid]));
			// Hand-worked, either way: only #2 (20.00 of items, 2.00 tax, 5.00 shipping); #1 refunded
			// in full, 65.00, and no partial refund of it is left in the figures.
			expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 20 });
			expect(report.refunds.fullyRefunded.count).toBe(1);
			expect(report.refunds.partlyRefunded.count).toBe(0);
			expect(report.refunds.refundedAmount).toBeCloseTo(65, 9);
			expect(report.revenueBreakdown).toMatchObject({
				grossSales: 20,
				refunds: 0,
				tax: 2,
				shipping: 5,
				totalCharged: 27
			});
		}
	);

	it.each([0, 1])(
		'a return netted into an order a later export says was refunded is a return of no order (that export read %i-th)',
		async (at) => {
			const first =
				header + '#1,a,2024-01-05,100.00,paid\n#2,b,2024-01-06,40.00,paid\n#9,a,2024-01-20,-30.00,paid\n';
			const later = header + '#1,a,2024-01-05,100.00,refunded\n#3,b,2024-02-06,10.00,paid\n';
			const report = await importInOrder(...(at === 1 ? [first, later] : [later, first]));
			expect(headline(report)).toEqual({ orders: 2, customers: 1, revenue: 50 });
			expect(report.revenueBreakdown).toMatchObject({ grossSales: 50, returns: 0, returnsWithoutOrder: 30 });
			expect(report.refunds.refundedAmount).toBe(100);
			expect(report.refunds.negativeRowsNetted.count).toBe(0);
			expect(report.skipped.refundWithoutOrder?.count).toBe(1);
		}
	);

	it.each([0, 1])(
		'an order of free items with paid shipping refunded since leaves its shipping and discount (that copy read %i-th)',
		async (at) => {
			const paid = withParts + '#1,a,2024-01-05,10,0,10,20,paid\n#2,b,2024-01-06,27,2,5,0,paid\n';
			const refunded = withParts + '#1,a,2024-01-05,10,0,10,20,refunded\n';
			const report = await importInOrder(...(at === 1 ? [paid, refunded] : [refunded, paid]));
			expect(report.revenueBreakdown).toMatchObject({ discounts: 0, shipping: 5, tax: 2, totalCharged: 27 });
		}
	);

	it.each([0, 1])(
		'a return after an order refunded since is taken off no order (the refunded copy read %i-th)',
		async (at) => {
			const paid = header + '#1,a,2024-01-05,100,paid\n#0,a,2024-01-01,30,paid\n';
			const refunded = header + '#1,a,2024-01-05,100,refunded\n#9,a,2024-02-01,-20,paid\n';
			const report = await importInOrder(...(at === 1 ? [paid, refunded] : [refunded, paid]));
			// Before, with the paid copy first, the return went into #1 and left with it: counted among
			// the returns and taken off nothing. Now it is a return of no order, either way.
			expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 30 });
			expect(report.revenueBreakdown).toMatchObject({ returns: 0, returnsWithoutOrder: 20, totalCharged: 30 });
			expect(report.skipped.refundWithoutOrder?.count).toBe(1);
		}
	);
});

describe('an order whose further rows have another total (a report with one row per item)', () => {
	it('counts the first row’s total, as before, and says which orders had other totals', async () => {
		const text =
			'order_id,customer_id,order_date,total\n' +
			'A1,ann,2024-01-05,19.99\n' +
			'A1,ann,2024-01-05,24.99\n' + // another item's total: said, once for the order
			'A1,ann,2024-01-05,5.00\n' +
			'A2,ben,2024-01-06,30.00\n' +
			'A2,ben,2024-01-06,30.00\n' + // the order's total repeated on each row: nothing to say
			'A3,cy,2024-01-07,9.99\n' +
			'A3,cy,2024-01-07,\n'; // no total on a further row (Shopify): nothing to say
		const bytes = new TextEncoder().encode(text);
		const { plan } = inspectSample(sampleOf('per-item.csv', bytes));
		const { report } = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		expect(report.ordersKept).toBe(3);
		expect(report.revenue).toBeCloseTo(59.98, 2);
		expect(report.warnings).toContainEqual({
			code: 'differingTotals',
			count: 1,
			examples: [{ file: 0, row: 3, value: '24.99' }]
		});
	});
});

describe('an order row above its items, each with its own total (eBay)', () => {
	const header = 'order_id,customer_id,order_date,total\n';
	// Read as one total per order, as recognised (or as chosen in the review).
	const importText = async (text: string) => {
		const bytes = new TextEncoder().encode(text);
		const { plan } = inspectSample(sampleOf('ebay.csv', bytes));
		return (await runImport([sourceOf(bytes, { ...plan, amountMode: 'orderTotal' })], { today: TODAY })).report;
	};

	it('counts the order row’s total and says nothing: its items add up to no more than it', async () => {
		const text =
			header +
			'E1,val,2024-01-08,45.00\nE1,val,2024-01-08,15.00\nE1,val,2024-01-08,25.00\n' + // 40 of items, 5 of shipping
			'E2,sam,2024-02-20,34.00\nE2,sam,2024-02-20,10.00\nE2,sam,2024-02-20,10.00\nE2,sam,2024-02-20,8.00\n' +
			'E3,pat,2024-02-11,16.98\n';
		// Recognised as one total per order: no order's items are worth more than its first row.
		expect(inspectSample(sampleOf('ebay.csv', new TextEncoder().encode(text))).plan.amountMode).toBe('orderTotal');
		const report = await importText(text);
		expect(report.revenue).toBeCloseTo(95.98, 2);
		expect(report.warnings.map((w) => w.code)).not.toContain('differingTotals');
	});

	it('still warns of every order with other totals once one order’s further rows are worth more than its first', async () => {
		const report = await importText(
			header +
				'E1,val,2024-01-08,45.00\nE1,val,2024-01-08,15.00\nE1,val,2024-01-08,25.00\n' +
				'A1,ann,2024-01-05,19.99\nA1,ann,2024-01-05,24.99\n' // 24.99 more than the first row: items
		);
		expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'differingTotals', count: 2 }));
	});

	it('decides the same read in byte ranges, where the order worth more than its first row is in the last', async () => {
		const rows = Array.from({ length: 60 }, (_, i) => {
			const order = `E${i},c${i},2024-01-${String(1 + (i % 28)).padStart(2, '0')}`;
			return `${order},45.00\n${order},15.00\n`;
		});
		const text = header + rows.join('') + 'A1,ann,2024-01-05,19.99\nA1,ann,2024-01-05,24.99\n';
		const bytes = new TextEncoder().encode(text);
		const plan = { ...inspectSample(sampleOf('ebay.csv', bytes)).plan, amountMode: 'orderTotal' as const };
		const ranged = await runImport([{ ...sourceOf(bytes, plan), ranges: rangesOf(bytes, 3, TODAY) }], {
			today: TODAY
		});
		expect(ranged.report.warnings).toContainEqual(expect.objectContaining({ code: 'differingTotals', count: 61 }));
		const withoutIt = new TextEncoder().encode(header + rows.join(''));
		const none = await runImport([{ ...sourceOf(withoutIt, plan), ranges: rangesOf(withoutIt, 3, TODAY) }], {
			today: TODAY
		});
		expect(none.report.warnings.map((w) => w.code)).not.toContain('differingTotals');
	});
});

describe('an order total after refunds (Etsy’s “Adjusted Order Total”)', () => {
	it('takes a partly refunded order at its net value and leaves out one refunded in full', async () => {
		const text =
			'Sale Date,Order ID,Buyer,Order Value,Discount Amount,Shipping,Sales Tax,Order Total,Adjusted Order Total,Currency\n' +
			'01/03/24,3012345601,jsmith88,43.00,4.30,5.95,1.72,46.37,,USD\n' + // nothing refunded
			'01/05/24,3012345602,craftylady,35.00,0.00,0.00,2.45,37.45,27.45,USD\n' + // 10.00 refunded
			'03/20/24,3012345608,annak,25.00,0.00,4.00,1.75,30.75,0.00,USD\n'; // refunded in full
		const bytes = new TextEncoder().encode(text);
		const { plan } = inspectSample(sampleOf('EtsySoldOrders2024.csv', bytes));
		expect(plan.headers?.[plan.mapping.adjustedTotal!]).toBe('Adjusted Order Total');
		const { report } = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		expect(report.ordersKept).toBe(2);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.refunds.partlyRefunded.count).toBe(1);
		expect(report.refunds.refundedAmount).toBeCloseTo(10 + 30.75, 2);
		// Net sales: 46.37 − 5.95 − 1.72 = 38.70, and 37.45 − 2.45 = 35.00 less the refund's sales
		// share (10.00 × 35.00 / 37.45 = 9.35): 25.65.
		expect(report.revenue).toBeCloseTo(38.7 + 35 - (10 * 35) / 37.45, 2);
		expect(report.revenueBreakdown?.names.refundedAmount).toBe('Adjusted Order Total');
	});
});

describe('a point-of-sale export: a sale row, its lines and its payment (Lightspeed X-Series)', () => {
	it('reads each receipt as one order of its customer, at the sale row’s net amount', async () => {
		const header =
			'Date,Receipt Number,Line Type,Customer Code,Customer Name,Note,Quantity,Subtotal,Sales Tax,Discount,Loyalty,Total,Paid,Details,Status\n';
		const sale = (date: string, receipt: string, customer: string, subtotal: string, tax: string, total: string) =>
			`${date},${receipt},Sale,${customer},,,1,${subtotal},${tax},0.00,0.00,${total},${total},,CLOSED\n`;
		const line = (date: string, receipt: string, subtotal: string, tax: string, total: string) =>
			`${date},${receipt},Sale Line,,,,1,${subtotal},${tax},0.00,0.00,${total},,Mug,\n`;
		const payment = (date: string, receipt: string, paid: string) =>
			`${date},${receipt},Payment,,,,,,,,,,${paid},Credit Card,\n`;
		const text =
			header +
			sale('2024-01-05 10:12:00', '1001', 'C-0001', '45.00', '6.75', '51.75') +
			line('2024-01-05 10:12:00', '1001', '30.00', '4.50', '34.50') +
			line('2024-01-05 10:12:00', '1001', '15.00', '2.25', '17.25') +
			payment('2024-01-05 10:12:00', '1001', '51.75') +
			sale('2024-01-06 14:30:00', '1002', 'C-0002', '22.00', '3.30', '25.30') +
			line('2024-01-06 14:30:00', '1002', '22.00', '3.30', '25.30') +
			payment('2024-01-06 14:30:00', '1002', '25.30') +
			sale('2024-02-10 11:00:00', '1003', 'C-0001', '70.00', '10.50', '80.50') +
			line('2024-02-10 11:00:00', '1003', '60.00', '9.00', '69.00') +
			line('2024-02-10 11:00:00', '1003', '10.00', '1.50', '11.50') +
			payment('2024-02-10 11:00:00', '1003', '80.50');
		const bytes = new TextEncoder().encode(text);
		const { plan } = inspectSample(sampleOf('sales.csv', bytes));
		expect(plan.amountMode).toBe('orderTotal');
		const { report } = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		expect(report.ordersKept).toBe(3);
		expect(report.customers).toBe(2);
		expect(report.revenue).toBeCloseTo(45 + 22 + 70, 2);
		expect(report.skipped).toEqual({});
		expect(report.warnings.map((w) => w.code)).not.toContain('differingTotals');
	});
});

describe('lines of text in a row of empty cells (eBay’s trailer)', () => {
	it('are skipped as text, not as orders without a customer or a date', async () => {
		const text =
			'"Order Number","Buyer Email","Sale Date","Total Price"\n' +
			'"12-1","pat@example.com","2024-01-05","24.50"\n' +
			'"","","",""\n' +
			'"8 record(s) downloaded, from Jan-01-24 to Mar-31-24","","",""\n' +
			'"","Seller ID : retro_kitchen_finds","",""\n' +
			'"12-2","","2024-01-06","10.00"\n'; // no customer: said as such
		const bytes = new TextEncoder().encode(text);
		const { plan } = inspectSample(sampleOf('ebay.csv', bytes));
		const { report } = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		expect(report.ordersKept).toBe(1);
		expect(report.skipped.textLine).toEqual({
			count: 2,
			examples: [
				{ file: 0, row: 4, value: '8 record(s) downloaded, from Jan-01-24 to Mar-31-24' },
				{ file: 0, row: 5, value: 'Seller ID : retro_kitchen_finds' }
			]
		});
		expect(report.skipped.missingCustomer).toEqual({ count: 1, examples: [{ file: 0, row: 6 }] });
	});
});

describe('rows with only delimiters (a spreadsheet’s empty rows)', () => {
	it('are blank rows, not rows without a customer', async () => {
		const text =
			'order_id,customer,order_date,total\nA1,ann,2024-01-05,10.00\n,,,\nA2,ben,2024-01-06,20.00\n , ,,\n,,,\n';
		const bytes = new TextEncoder().encode(text);
		const { plan } = inspectSample(sampleOf('commas.csv', bytes));
		const { report } = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		expect(report.ordersKept).toBe(2);
		expect(report.rowsRead).toBe(2);
		expect(report.blankRows).toBe(3);
		expect(report.skipped.missingCustomer).toBeUndefined();
	});
});
