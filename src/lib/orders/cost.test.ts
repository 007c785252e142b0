import { describe, expect, it } from 'vitest';
import { inspectSample } from './inspect';
import { runImport, type ImportSource } from './pipeline';
import { findWarning } from './report';
import { importWholeAndRanged, sampleOf, sourceOf } from './test-support';

const TODAY = 20_000; // 2024-10-04
const encoder = new TextEncoder();

function sourceOfText(name: string, text: string): ImportSource {
	const bytes = encoder.encode(text);
	return sourceOf(bytes, inspectSample(sampleOf(name, bytes)).plan);
}

/** Each kept order's stored cost of goods (NaN unknown) and amount, by order id; null costs: none stored. */
async function costsOf(...texts: string[]) {
	const result = await runImport(
		texts.map((text, i) => sourceOfText(`f${i}.csv`, text)),
		{ today: TODAY }
	);
	if (result.kind !== 'orders') throw new Error('not orders');
	const cost = result.cost ?? null;
	if (cost) expect(cost.length).toBe(result.columns.count);
	const byOrder: Record<string, { cost: number | null; amount: number }> = {};
	for (let i = 0; i < result.columns.count; i++)
		byOrder[result.orderIds?.get(i) ?? String(i)] = {
			cost: cost ? cost[i] : null,
			amount: result.columns.amount[i]
		};
	return byOrder;
}

/**
 * A WooCommerce orders export, one row per line item, with WooCommerce Cost of Goods' unit cost
 * (`_wc_cog_item_cost`) per line. Hand-worked:
 * - 1001: 2 × 6.00 + 1 × 4.50 = 16.50;
 * - 1002: 1 × 20.00, refunded 10.00 of 40.00: net sales keep 3/4, so does the cost: 15.00;
 * - 1003 (cancelled) and 1005 (refunded in full) are not purchases: no cost;
 * - 1004: one line without a cost (Mug), the other 1 × 3.00 (Lid): the order's cost is the Lid's,
 *   3.00, and the report says it lacks a line's.
 */
const WOO =
	'Order ID,Order Date,Order Status,Billing Email,Order Total,Order Refund Amount,Item Name,Item Quantity,_wc_cog_item_cost\n' +
	'1001,2023-03-01,completed,ann@x.io,50.00,,Mug,2,6.00\n' +
	'1001,2023-03-01,completed,ann@x.io,,,Tea,1,4.50\n' +
	'1002,2023-03-02,completed,ben@x.io,40.00,10.00,Kettle,1,20.00\n' +
	'1003,2023-03-03,cancelled,ann@x.io,30.00,,Mug,1,6.00\n' +
	'1004,2023-03-04,processing,cara@x.io,25.00,,Mug,1,\n' +
	'1004,2023-03-04,processing,cara@x.io,,,Lid,1,3.00\n' +
	'1005,2023-03-05,refunded,ben@x.io,12.00,,Honey,1,5.00\n';

describe('cost of goods on import', () => {
	it('sums WooCommerce line costs × quantity per order, with the amounts’ rules', async () => {
		expect(await costsOf(WOO)).toEqual({
			'1001': { cost: 16.5, amount: 50 },
			'1002': { cost: 15, amount: 30 },
			'1004': { cost: 3, amount: 25 }
		});
	});

	it('takes a generic per-row cost (cogs) as the order’s cost', async () => {
		const generic = 'order_id,email,date,total,cogs\n1,a@x.io,2023-01-01,20,8.5\n2,b@x.io,2023-01-02,15,\n';
		expect(await costsOf(generic)).toEqual({ '1': { cost: 8.5, amount: 20 }, '2': { cost: NaN, amount: 15 } });
	});

	it('sums unit cost × quantity over generic line items, skipping the lines the amount skips', async () => {
		const lines =
			'invoice,customer,date,quantity,unit_price,unit_cost\n' +
			'I1,c1,2023-01-01,3,10,4\n' + // 12
			'I1,c1,2023-01-01,1,5,2\n' + // + 2 = 14
			'I2,c2,2023-01-02,0,9,1\n' + // quantity 0: not a line, no cost
			'I2,c2,2023-01-02,2,8,3\n' + // 6
			'I3,c1,2023-01-03,1,7,\n'; // no cost: unknown
		expect(await costsOf(lines)).toEqual({
			I1: { cost: 14, amount: 35 },
			I2: { cost: 6, amount: 16 },
			I3: { cost: NaN, amount: 7 }
		});
	});

	it('takes an order-level cost once per order (the first non-empty), not per row', async () => {
		const shopifyLike =
			'Name,Email,Financial Status,Created at,Total,Lineitem quantity,Lineitem name,Lineitem price,Order Cost\n' +
			'#1,a@x.io,paid,2023-01-05 10:00:00 +0100,30.00,1,Mug,10.00,11.00\n' +
			'#1,a@x.io,,2023-01-05 10:00:00 +0100,,2,Tea,10.00,\n' +
			'#2,b@x.io,paid,2023-01-06 10:00:00 +0100,15.00,1,Teapot,15.00,\n' +
			'#2,b@x.io,,2023-01-06 10:00:00 +0100,,1,Lid,0.00,4.00\n';
		expect(await costsOf(shopifyLike)).toEqual({
			'#1': { cost: 11, amount: 30 },
			'#2': { cost: 4, amount: 15 }
		});
	});

	it('takes a UCI credit note’s cost off the order it is netted into', async () => {
		const uci =
			'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country,Unit Cost\n' +
			'536365,A,Mug,6,12/01/2010 08:26,2.55,17850,United Kingdom,1.00\n' + // 6
			'536365,B,Lid,2,12/01/2010 08:26,3.00,17850,United Kingdom,1.50\n' + // + 3 = 9
			'C536379,A,Mug,-2,12/01/2010 09:41,2.55,17850,United Kingdom,1.00\n'; // − 2 = 7
		const costs = await costsOf(uci);
		expect(costs['536365'].cost).toBeCloseTo(7, 10);
		expect(costs['536365'].amount).toBeCloseTo(6 * 2.55 + 6 - 2 * 2.55, 10);
	});

	it('stores no costs without a cost column, and none for the orders of a file without one', async () => {
		expect((await costsOf('order_id,email,date,total\n1,a@x.io,2023-01-01,20\n'))['1'].cost).toBeNull();
		const withCost = 'order_id,email,date,total,cost\n1,a@x.io,2023-01-01,20,5\n';
		const without = 'order_id,email,date,total\n2,a@x.io,2023-02-01,20\n';
		expect(await costsOf(without, withCost)).toEqual({
			'2': { cost: NaN, amount: 20 },
			'1': { cost: 5, amount: 20 }
		});
	});

	it('gives the same costs read in byte ranges as read whole (partial refunds included)', async () => {
		let text =
			'Order ID,Order Date,Order Status,Billing Email,Order Total,Order Refund Amount,Item Name,Item Quantity,_wc_cog_item_cost\n';
		for (let i = 0; i < 300; i++) {
			const refund = i % 7 === 0 ? '5.00' : '';
			const cost = i % 11 === 0 ? '' : `${(i % 5) + 0.25}`;
			text += `${2000 + i},2023-0${1 + (i % 9)}-1${i % 10},completed,c${i % 23}@x.io,${20 + (i % 13)}.00,${refund},Mug,${1 + (i % 3)},${cost}\n`;
			text += `${2000 + i},2023-0${1 + (i % 9)}-1${i % 10},completed,c${i % 23}@x.io,,,Lid,1,1.50\n`;
		}
		const bytes = encoder.encode(text);
		const plan = inspectSample(sampleOf('f.csv', bytes)).plan;
		const { whole, ranged } = await importWholeAndRanged(bytes, plan, TODAY);
		expect(Array.from(ranged.cost!)).toEqual(Array.from(whole.cost!));
		// Order 2007 (i = 7): (7 % 5 + 0.25) × (1 + 7 % 3) + 1.50 = 2.25 × 2 + 1.5 = 6, refunded 5 of 20 + 7 % 13 = 27: × 22/27
		const at = whole.orderIds!.toArray().indexOf('2007');
		expect(whole.cost![at]).toBeCloseTo((6 * 22) / 27, 10);
		// Order 2011 (i = 11): its first line has no cost, its Lid 1.50
		expect(whole.cost![whole.orderIds!.toArray().indexOf('2011')]).toBe(1.5);
		// Orders i = 0, 11, …, 297 (28 of 300) lack their first line's cost; the first is row 2
		const partial = findWarning(whole.report.warnings, 'costPartial');
		expect(partial).toEqual({
			code: 'costPartial',
			count: 28,
			lines: 28,
			complete: 272,
			orders: 300,
			examples: [2, 24, 46, 68, 90].map((row) => ({ file: 0, row }))
		});
		expect(findWarning(ranged.report.warnings, 'costPartial')).toEqual(partial);
		// … and those 28 orders are listed, so the export can mark their costs.
		expect(whole.costPartial?.length).toBe(28);
		expect(whole.costPartial![1]).toBe(whole.orderIds!.toArray().indexOf('2011'));
		expect(Array.from(ranged.costPartial!)).toEqual(Array.from(whole.costPartial!));
	});

	/** Line-item files with a per-row cost; the rows are 2, 3, … (row 1 is the header). */
	const PARTIAL_CASES: {
		name: string;
		text: string;
		costs: Record<string, number>;
		partial: { count: number; lines: number; complete: number; orders: number; rows: number[] } | null;
	}[] = [
		{
			name: 'a line without a cost after one with: the known line’s cost, partial',
			text:
				'invoice,customer,date,quantity,unit_price,unit_cost\n' +
				'I1,c1,2023-01-01,3,10,4\n' + // 12
				'I1,c1,2023-01-01,1,5,\n', // none: 12 of 2 lines
			costs: { I1: 12 },
			partial: { count: 1, lines: 1, complete: 0, orders: 1, rows: [3] }
		},
		{
			name: 'a first line without a cost, then two with: theirs, partial',
			text:
				'invoice,customer,date,quantity,unit_price,unit_cost\n' +
				'I1,c1,2023-01-01,2,10,\n' + // none
				'I1,c1,2023-01-01,1,5,2\n' + // 2
				'I1,c1,2023-01-01,2,4,1.5\n' + // + 3 = 5
				'I2,c2,2023-01-02,1,9,3\n', // 3, complete
			costs: { I1: 5, I2: 3 },
			partial: { count: 1, lines: 1, complete: 1, orders: 2, rows: [2] }
		},
		{
			name: 'no line with a cost: not known (0 would be a made-up cost)',
			text:
				'invoice,customer,date,quantity,unit_price,unit_cost\n' +
				'I1,c1,2023-01-01,2,10,\n' +
				'I1,c1,2023-01-01,1,5,n/a\n' +
				'I2,c2,2023-01-02,1,9,3\n',
			costs: { I1: NaN, I2: 3 },
			partial: null
		},
		{
			name: 'two of three lines without a cost, and a row total cost column',
			text:
				'invoice,customer,date,quantity,unit_price,line_cost\n' +
				'I1,c1,2023-01-01,2,10,\n' +
				'I1,c1,2023-01-01,1,5,1.25\n' +
				'I1,c1,2023-01-01,1,6,\n' +
				'I2,c2,2023-01-02,1,9,\n' + // one line, none: not known
				'I3,c1,2023-01-03,1,7,2\n' +
				'I3,c1,2023-01-03,1,8,\n', // 2 of 2 lines
			costs: { I1: 1.25, I2: NaN, I3: 2 },
			partial: { count: 2, lines: 3, complete: 0, orders: 3, rows: [2, 7] }
		}
	];

	it.each(PARTIAL_CASES)('keeps the known lines’ costs: $name', async ({ text, costs, partial }) => {
		const result = await runImport([sourceOfText('lines.csv', text)], { today: TODAY });
		if (result.kind !== 'orders') throw new Error('not orders');
		const byOrder: Record<string, number> = {};
		for (let i = 0; i < result.columns.count; i++) byOrder[result.orderIds!.get(i)] = result.cost![i];
		expect(byOrder).toEqual(costs);
		const { rows, ...counts } = partial ?? { rows: [] };
		expect(findWarning(result.report.warnings, 'costPartial')).toEqual(
			partial && { code: 'costPartial', ...counts, examples: rows.map((row) => ({ file: 0, row })) }
		);
	});
});
