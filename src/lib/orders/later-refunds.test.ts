import { describe, expect, it } from 'vitest';
import { importOrdersText as importText } from './test-support';

// Square's item sales export (abridged): a refund is a row of the sale's transaction, dated on
// the day of the refund, with negative sales.
const SQUARE =
	'Date,Time,Item,Qty,Gross Sales,Discounts,Net Sales,Transaction ID,Event Type,Customer ID,Customer Name\n' +
	'2024-01-05,09:12:03,Latte,1,$4.50,$0.00,$4.50,T1,Payment,ALICE,Alice Wong\n' +
	'2024-01-05,09:12:03,Croissant,2,$7.00,$0.00,$7.00,T1,Payment,ALICE,Alice Wong\n' +
	'2024-01-12,11:00:00,Logo Mug,1,$18.00,$0.00,$18.00,T4,Payment,BOB,Bob Lee\n' +
	'2024-01-12,11:00:00,Beans,1,$16.00,$0.00,$16.00,T4,Payment,BOB,Bob Lee\n' +
	'2024-01-15,08:00:00,Cold Brew,1,$5.00,$0.00,$5.00,T5,Payment,CARLA,Carla Diaz\n' +
	'2024-01-15,08:30:00,Logo Mug,1,$18.00,$0.00,$18.00,T6,Payment,DAN,Dan Ek\n' +
	// Bob's mug back a day later: part of T4; Carla's second visit, refunded in full the next day.
	'2024-01-13,10:00:00,Logo Mug,1,-$18.00,$0.00,-$18.00,T4,Refund,BOB,Bob Lee\n' +
	'2024-02-20,12:00:00,Logo Mug,1,$18.00,$0.00,$18.00,T8,Payment,CARLA,Carla Diaz\n' +
	'2024-02-20,12:05:00,Latte,1,$4.50,$0.00,$4.50,T9,Payment,ALICE,Alice Wong\n' +
	'2024-02-21,09:00:00,Logo Mug,1,-$18.00,$0.00,-$18.00,T8,Refund,CARLA,Carla Diaz\n' +
	// Dan's only purchase, refunded in full.
	'2024-02-22,09:00:00,Logo Mug,1,-$18.00,$0.00,-$18.00,T6,Refund,DAN,Dan Ek\n';

describe('refund rows of a sale, dated after it', () => {
	it('leave out a sale refunded in full, and count it as refunded', async () => {
		const { report, result } = await importText(SQUARE);
		// Hand-worked: T1 11.50 and T9 4.50 (Alice), T4 34 − 18 = 16 (Bob), T5 5 (Carla); T8 and T6 refunded in full.
		expect(report.ordersKept).toBe(4);
		expect([...result.columns.amount]).toEqual([11.5, 16, 5, 4.5]);
		expect(report.revenue).toBeCloseTo(37, 2);
		expect(report.refunds.fullyRefunded.count).toBe(2);
		expect(report.refunds.fullyRefunded.examples).toEqual([
			{ file: 0, row: 11 },
			{ file: 0, row: 12 }
		]);
		expect(report.refunds.refundedAmount).toBeCloseTo(36, 2);
		expect(report.zeroValueOrders).toBe(0);
		// Dan's refund, read apart from his sale and netted into it, is no return of the orders left.
		expect(report.refunds.negativeRowsNetted.count).toBe(0);
		expect(report.revenueBreakdown).toMatchObject({ returns: 0, netSales: 37, grossSales: 37 });
	});

	it('no longer count a customer whose only purchase was refunded, nor a refunded visit as a repeat', async () => {
		const { report, result } = await importText(SQUARE);
		expect(report.customers).toBe(3);
		expect(result.customers).toEqual(['ALICE', 'BOB', 'CARLA']);
		expect([...result.columns.customer]).toEqual([0, 1, 2, 0]);
		const names = result.names!;
		expect(result.customers.map((_, i) => names.values[names.index[i]])).toEqual([
			'Alice Wong',
			'Bob Lee',
			'Carla Diaz'
		]);
	});

	it('keep the products of the orders left, and only theirs', async () => {
		const { result } = await importText(SQUARE);
		const items = result.items!;
		const bought = (order: number) => {
			const out: string[] = [];
			for (let k = items.start[order]; k < items.start[order + 1]; k++) out.push(items.values[items.product[k]]);
			return out;
		};
		expect([0, 1, 2, 3].map(bought)).toEqual([
			['Latte', 'Croissant'],
			['Logo Mug', 'Beans'],
			['Cold Brew'],
			['Latte']
		]);
		expect(result.orderIds?.toArray().slice(0, 4)).toEqual(['T1', 'T4', 'T5', 'T9']);
	});

	it('give the same orders when the file is read in byte ranges', async () => {
		// Each refund next to its sale: a refund row in a later range than its sale's, or one netted
		// into an earlier order, makes the import read the file whole (tested apart).
		const header = SQUARE.slice(0, SQUARE.indexOf('\n'));
		const visit = (copy: number) =>
			`2024-01-05,09:12:03,Latte,1,$4.50,$0.00,$4.50,A${copy},Payment,ALICE${copy},Alice\n` +
			`2024-01-05,09:12:03,Croissant,2,$7.00,$0.00,$7.00,A${copy},Payment,ALICE${copy},Alice\n` +
			`2024-02-20,12:00:00,Logo Mug,1,$18.00,$0.00,$18.00,C${copy},Payment,CARLA${copy},Carla\n` +
			`2024-02-21,09:00:00,Logo Mug,1,-$18.00,$0.00,-$18.00,C${copy},Refund,CARLA${copy},Carla\n` +
			`2024-02-22,10:00:00,Latte,1,$4.50,$0.00,$4.50,D${copy},Payment,ALICE${copy},Alice\n`;
		const text = header + '\n' + Array.from({ length: 12 }, (_, copy) => visit(copy)).join('');
		const whole = await importText(text);
		const ranged = await importText(text, 3);
		expect(whole.report.ordersKept).toBe(24);
		expect(ranged.report.ordersKept).toBe(24);
		expect([...ranged.result.columns.amount]).toEqual([...whole.result.columns.amount]);
		expect(ranged.report.customers).toBe(12);
		expect(ranged.report.refunds).toEqual(whole.report.refunds);
		expect(ranged.report.refunds.fullyRefunded.count).toBe(12);
	});
});

describe('a refund row of a sale, read apart from it, that takes a part of it', () => {
	it('counts the sale as partly refunded, its refund among the refunds, not as a return', async () => {
		const { report, result } = await importText(
			SQUARE.slice(0, SQUARE.indexOf('\n') + 1) +
				'2024-01-05,09:12:03,Latte,1,$4.50,$0.00,$4.50,T1,Payment,ALICE,Alice Wong\n' +
				'2024-01-05,09:12:03,Croissant,2,$7.00,$0.00,$7.00,T1,Payment,ALICE,Alice Wong\n' +
				'2024-01-15,08:30:00,Logo Mug,1,$18.00,$0.00,$18.00,T6,Payment,DAN,Dan Ek\n' +
				'2024-01-15,08:30:00,Beans,1,$16.00,$0.00,$16.00,T6,Payment,DAN,Dan Ek\n' +
				'2024-02-20,12:05:00,Latte,1,$4.50,$0.00,$4.50,T9,Payment,ALICE,Alice Wong\n' +
				// Dan's mug back five weeks later: a refund of T6, read after Alice's next visit.
				'2024-02-22,09:00:00,Logo Mug,1,-$18.00,$0.00,-$18.00,T6,Refund,DAN,Dan Ek\n'
		);
		// Hand-worked: T1 11.50, T6 34 − 18 = 16, T9 4.50.
		expect([...result.columns.amount]).toEqual([11.5, 16, 4.5]);
		expect(report.refunds.partlyRefunded).toEqual({ count: 1, examples: [{ file: 0, row: 7 }] });
		expect(report.refunds.refundedAmount).toBeCloseTo(18, 2);
		expect(report.refunds.negativeRowsNetted.count).toBe(0);
		expect(report.revenueBreakdown).toMatchObject({ grossSales: 50, refunds: 18, returns: 0, netSales: 32 });
	});
});

describe('a negative row of an order on the order’s own day', () => {
	it('is a discount: an order it brings to nothing is a free order, kept', async () => {
		const { report } = await importText(
			'Order ID,Date,Email,Item,Line Total\n' +
				'1,2024-03-01,a@x.io,Mug,20.00\n' +
				'1,2024-03-01,a@x.io,Voucher FREE,-20.00\n' +
				'2,2024-03-09,a@x.io,Tea,12.00\n'
		);
		expect(report.ordersKept).toBe(2);
		expect(report.zeroValueOrders).toBe(1);
		expect(report.refunds.fullyRefunded.count).toBe(0);
	});
});

describe('a later negative row where leaving the order out would leave some of its money behind', () => {
	it('in a file of one row per order, is a return netted into it, and the order stays', async () => {
		const { report } = await importText(
			'Order ID,Customer,Date,Discount,Total\n' +
				'1,A,2024-03-01,10,90\n' +
				'2,B,2024-03-02,0,50\n' +
				'1,A,2024-03-10,0,-90\n'
		);
		expect(report.ordersKept).toBe(2);
		expect(report.refunds.fullyRefunded.count).toBe(0);
		const b = report.revenueBreakdown!;
		expect(b.grossSales).toBeCloseTo(b.netSales + b.returns + b.refunds + (b.discounts ?? 0), 2);
	});

	it('in a file with a row-type column, is a return netted into it, and the order stays', async () => {
		const { report } = await importText(
			'Order ID,Date,Email,Item Type,Line Total\n' +
				'1,2024-03-01,a@x.io,line_item,20.00\n' +
				'1,2024-03-01,a@x.io,shipping,5.00\n' +
				'1,2024-03-02,a@x.io,line_item,-20.00\n'
		);
		expect(report.ordersKept).toBe(1);
		expect(report.revenueBreakdown?.shipping).toBe(5);
	});
});

describe('a guest whose only purchase was refunded later', () => {
	it('joins no registered customer, and the report does not say it did', async () => {
		const { report, result } = await importText(
			'Order ID,Customer ID,Email,Date,Item,Line Total\n' +
				'1,11,anna@x.io,2024-01-05,Mug,20.00\n' +
				'2,0,anna@x.io,2024-02-05,Tea,20.00\n' +
				'3,12,ben@x.io,2024-02-06,Tea,12.00\n' +
				'2,0,anna@x.io,2024-02-09,Tea,-20.00\n'
		);
		expect(report.ordersKept).toBe(2);
		expect(result.customers).toEqual(['11', '12']);
		expect(report.warnings.find((w) => w.code === 'guestsJoined')).toBeUndefined();
	});
});

describe('a refund row of an earlier sale, after the customer’s next one', () => {
	it('is netted into its own sale, not into the latest', async () => {
		const { plan, report, result } = await importText(
			SQUARE +
				'2024-03-05,09:12:03,Latte,1,$4.50,$0.00,$4.50,Z1,Payment,ZOE,Zoe\n' +
				'2024-03-05,09:12:03,Croissant,2,$7.00,$0.00,$7.00,Z1,Payment,ZOE,Zoe\n' +
				'2024-04-20,12:05:00,Latte,1,$4.50,$0.00,$4.50,Z9,Payment,ZOE,Zoe\n' +
				'2024-04-25,10:00:00,Croissant,2,-$7.00,$0.00,-$7.00,Z1,Refund,ZOE,Zoe\n' +
				'2024-05-01,10:00:00,Latte,1,-$4.50,$0.00,-$4.50,Z1,Refund,ZOE,Zoe\n'
		);
		expect(plan.amountMode).toBe('lineAmounts');
		const zoe = result.customers.indexOf('ZOE');
		const hers = [...result.columns.customer].flatMap((c, i) => (c === zoe ? [i] : []));
		// Z1 (11.50) refunded in full by its two rows; Z9 kept whole (before: Z9 at 4.50 − 11.50).
		expect(hers.map((i) => result.columns.amount[i])).toEqual([4.5]);
		expect(hers.map((i) => result.orderIds?.get(i))).toEqual(['Z9']);
		expect(report.refunds.fullyRefunded.count).toBe(3); // T8 and T6 of SQUARE, and Z1
		expect(report.revenue).toBeCloseTo(37 + 4.5, 2);
	});
});
