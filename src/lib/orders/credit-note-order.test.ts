import { describe, expect, it } from 'vitest';
import { indexCustomers } from '$lib/analysis/customers';
import type { OrdersResult } from './accumulate';
import type { ImportReport } from './report';
import { importOrdersText } from './test-support';

// UCI credit notes are netted into the customer's invoices once the whole file is read, so the
// rows' order does not change what a note gives back: each line goes to the latest invoice on or
// before the note that had that many of its product left, else that had its product and has that
// much left, else the latest with that much left, else the latest with anything left; with none
// left, it is a return of no order. Figures worked by hand.

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n';

/** 12600 buys 4 buntings (19.80) and 1 bunting (4.95) on 1 December, gives back 4 and then 1, and buys again on the 13th. */
const BUNTINGS = [
	'536372,47566,PARTY BUNTING,4,12/1/2010 9:01,4.95,12600,United Kingdom',
	'536373,47566,PARTY BUNTING,1,12/1/2010 9:02,4.95,12600,United Kingdom',
	'C536380,47566,PARTY BUNTING,-4,12/3/2010 10:00,4.95,12600,United Kingdom',
	'C536381,47566,PARTY BUNTING,-1,12/4/2010 10:00,4.95,12600,United Kingdom',
	'536390,22423,REGENCY CAKESTAND 3 TIER,2,12/13/2010 9:00,12.75,12600,United Kingdom'
];

const fileOf = (rows: string[]) => HEADER + rows.join('\n') + '\n';
const cents = (value: number) => Math.round(value * 100) / 100;

/** Each order kept, by invoice number, and its value. */
function valuesById(result: OrdersResult): Record<string, number> {
	const ids = result.orderIds!.toArray();
	return Object.fromEntries(ids.map((id, i) => [id, cents(result.columns.amount[i])]));
}

/** Each customer's first order's value, as the analysis finds it (`indexCustomers`). */
function firstOrderValues(result: OrdersResult): Record<string, number> {
	const index = indexCustomers(result.columns, result.customers.length);
	return Object.fromEntries(
		result.customers.map((id, c) => [id, cents(result.columns.amount[index.order[index.offset[c]]])])
	);
}

/** The report without its example rows (which rows come first is the file's order), amounts to the cent. */
function withoutExamples(value: unknown): unknown {
	if (typeof value === 'number') return cents(value);
	if (Array.isArray(value)) return value.map(withoutExamples);
	if (value instanceof Map) return withoutExamples(Object.fromEntries(value));
	if (value instanceof Set) return withoutExamples([...value].sort());
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value)
				// (And any row named: `dateOrderDecidedBy`, an order's first row.)
				.filter(([key, v]) => key !== 'examples' && !(v && typeof v === 'object' && 'row' in v))
				.map(([key, v]) => [key, withoutExamples(v)])
		);
	return value;
}

/** What an import of the rows gives, as far as the rows' order must not change it. */
async function outcome(rows: string[]) {
	const { result, report } = await importOrdersText(fileOf(rows));
	return {
		revenue: report.revenue,
		orders: report.ordersKept,
		values: valuesById(result),
		firstOrders: firstOrderValues(result),
		notes: {
			netted: report.creditNotes?.netted.count ?? 0,
			withoutOrder: report.creditNotes?.withoutOrder.count ?? 0,
			withoutOrderAmount: report.creditNotes?.withoutOrderAmount ?? 0
		},
		fullyRefunded: report.refunds.fullyRefunded.count,
		report: withoutExamples(report) as ImportReport
	};
}

describe('UCI credit notes: which invoice a note is netted into', () => {
	it.each([
		{
			name: 'an invoice netted to nothing: the next note falls back to the earlier invoice of the day with value left (−4, then −1)',
			rows: BUNTINGS,
			// −4 buntings (19.80) come off 536372, the latest with a bunting and 19.80 left; −1 (4.95)
			// off 536373. Both are returned in full; 536390 stands. (Before: 30.45, the −1 note counted
			// without order as 536373 had been taken to −14.85 when it was read.)
			revenue: 25.5,
			values: { '536390': 25.5 },
			fullyRefunded: 2,
			netted: 0,
			withoutOrder: 0
		},
		{
			name: 'the same notes the other way round (−1, then −4)',
			rows: [BUNTINGS[0], BUNTINGS[1], BUNTINGS[3], BUNTINGS[2], BUNTINGS[4]],
			// (Before: 45.30, the −4 note counted without order, 536372 standing whole.)
			revenue: 25.5,
			values: { '536390': 25.5 },
			fullyRefunded: 2,
			netted: 0,
			withoutOrder: 0
		},
		{
			name: 'notes listed before their invoices (a file not in date order)',
			rows: [BUNTINGS[4], BUNTINGS[2], BUNTINGS[3], BUNTINGS[0], BUNTINGS[1]],
			// (Before: 50.25, both notes counted without order.)
			revenue: 25.5,
			values: { '536390': 25.5 },
			fullyRefunded: 2,
			netted: 0,
			withoutOrder: 0
		},
		{
			name: 'a later invoice read before the note and the invoice it is of',
			rows: [
				BUNTINGS[4],
				'536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12600,United Kingdom',
				'C536380,22423,REGENCY CAKESTAND 3 TIER,-1,12/7/2010 10:00,12.75,12600,United Kingdom'
			],
			// 536370: 25.50 − 12.75. (Before: the note counted without order, 536390 of the 13th being
			// the latest invoice read: 51.00.)
			revenue: 38.25,
			values: { '536390': 25.5, '536370': 12.75 },
			fullyRefunded: 0,
			netted: 1,
			withoutOrder: 0
		},
		{
			name: 'two invoices of one minute, in either order: the later invoice number is the later invoice',
			rows: [
				'536373,47566,PARTY BUNTING,1,12/1/2010 9:01,4.95,12600,United Kingdom',
				'536372,47566,PARTY BUNTING,4,12/1/2010 9:01,4.95,12600,United Kingdom',
				'C536380,47566,PARTY BUNTING,-1,12/3/2010 10:00,4.95,12600,United Kingdom'
			],
			// 536373 had a bunting and 4.95: returned in full. (Before: the bunting came off 536372,
			// the later in the file: 14.85 and 4.95.)
			revenue: 19.8,
			values: { '536372': 19.8 },
			fullyRefunded: 1,
			netted: 0,
			withoutOrder: 0
		},
		{
			name: 'a product no invoice had: the latest invoice with that much left, not one it would take below nothing',
			rows: [
				'536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France',
				'536375,21731,RED TOADSTOOL LED NIGHT LIGHT,2,12/3/2010 9:00,1.65,12583,France',
				'C536390,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-5,12/7/2010 10:00,2.55,12583,France'
			],
			// 12.75 off 536370 (25.50 left), not 536375 (3.30 left). (Before: 536375 at −9.45.)
			revenue: 16.05,
			values: { '536370': 12.75, '536375': 3.3 },
			fullyRefunded: 0,
			netted: 1,
			withoutOrder: 0
		},
		{
			name: 'a note after every invoice of the customer was given back is of no order',
			rows: [
				'536372,47566,PARTY BUNTING,1,12/1/2010 9:01,4.95,12600,United Kingdom',
				'536375,22423,REGENCY CAKESTAND 3 TIER,1,12/10/2010 9:00,12.75,12600,United Kingdom',
				'C536380,47566,PARTY BUNTING,-1,12/3/2010 10:00,4.95,12600,United Kingdom',
				'C536381,47566,PARTY BUNTING,-1,12/4/2010 10:00,4.95,12600,United Kingdom'
			],
			// The first note returns 536372 in full; the second finds nothing left on or before its day.
			// (Before: 17.70, both notes counted without order, 536375 of the 10th, read before them,
			// taken for the customer's latest invoice.)
			revenue: 12.75,
			values: { '536375': 12.75 },
			fullyRefunded: 1,
			netted: 0,
			withoutOrder: 1
		}
	])('$name', async (t) => {
		const o = await outcome(t.rows);
		expect(o.revenue).toBe(t.revenue);
		expect(o.values).toEqual(t.values);
		expect(o.fullyRefunded).toBe(t.fullyRefunded);
		expect(o.notes.netted).toBe(t.netted);
		expect(o.notes.withoutOrder).toBe(t.withoutOrder);
	});
});

/** A mulberry32 generator: the same shuffles on every run. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffled<T>(items: T[], next: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

function permutations<T>(items: T[]): T[][] {
	if (items.length <= 1) return [items];
	return items.flatMap((item, i) =>
		permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest])
	);
}

/** Four customers' invoices and credit notes, each kind of decision among them. */
const FIXTURE = [
	...BUNTINGS,
	// 12583: a note split between two invoices by their products, with postage; a product no invoice had.
	'536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France',
	'536370,POST,POSTAGE,1,12/1/2010 8:45,18.00,12583,France',
	'536375,22423,REGENCY CAKESTAND 3 TIER,1,12/3/2010 9:00,12.75,12583,France',
	'536375,21731,RED TOADSTOOL LED NIGHT LIGHT,2,12/3/2010 9:00,1.65,12583,France',
	'C536391,22423,REGENCY CAKESTAND 3 TIER,-1,12/7/2010 10:00,12.75,12583,France',
	'C536391,21731,RED TOADSTOOL LED NIGHT LIGHT,-1,12/7/2010 10:00,1.65,12583,France',
	'C536391,POST,POSTAGE,-1,12/7/2010 10:00,18.00,12583,France',
	'C536392,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-1,12/8/2010 10:00,2.55,12583,France',
	// 17001: a note before any invoice; two invoices of one minute, a note of one of them.
	'C536300,71053,WHITE METAL LANTERN,-1,11/30/2010 9:00,3.39,17001,United Kingdom',
	'536400,71053,WHITE METAL LANTERN,2,12/2/2010 11:00,3.39,17001,United Kingdom',
	'536401,71053,WHITE METAL LANTERN,1,12/2/2010 11:00,3.39,17001,United Kingdom',
	'C536402,71053,WHITE METAL LANTERN,-1,12/6/2010 9:00,3.39,17001,United Kingdom',
	// 12662: an invoice of postage alone, and a note of more postage than it had.
	'536410,POST,POSTAGE,1,12/3/2010 10:00,5.00,12662,Germany',
	'536411,22720,SET OF 3 CAKE TINS PANTRY DESIGN,2,12/2/2010 9:00,4.95,12662,Germany',
	'C536412,POST,POSTAGE,-1,12/5/2010 10:00,18.00,12662,Germany'
];

describe('UCI credit notes: the same figures whatever the order of the rows', () => {
	it('of the fixture as listed, worked by hand', async () => {
		const o = await outcome(FIXTURE);
		// 12600 as above: 536390 25.50. 12583: C536391's cakestand (12.75) and toadstool (1.65) off
		// 536375 (16.05 − 14.40 = 1.65), its postage off 536370's; C536392's heart, which no invoice
		// had, off 536370 (25.50 − 2.55 = 22.95). 17001: C536300 is of no order (3.39); C536402 returns
		// 536401 (the later of the minute) in full: 536400 6.78. 12662: 536411 9.90; 536410 of
		// postage alone leaves.
		expect(o.values).toEqual({ '536390': 25.5, '536370': 22.95, '536375': 1.65, '536400': 6.78, '536411': 9.9 });
		expect(o.revenue).toBe(66.78);
		expect(o.orders).toBe(5);
		expect(o.firstOrders).toEqual({ '12600': 25.5, '12583': 22.95, '17001': 6.78, '12662': 9.9 });
		expect(o.notes).toEqual({ netted: 3, withoutOrder: 1, withoutOrderAmount: 3.39 });
		expect(o.fullyRefunded).toBe(3);
	});

	// (Many imports in one test: more time than one import's default.)
	it('of every order of 12600’s rows (120 files)', { timeout: 60_000 }, async () => {
		const first = await outcome(BUNTINGS);
		for (const rows of permutations(BUNTINGS)) {
			const o = await outcome(rows);
			expect({ rows, ...o }).toEqual({ rows, ...first });
		}
	});

	it('of 100 shuffles of the whole fixture (a fixed seed)', { timeout: 60_000 }, async () => {
		const first = await outcome(FIXTURE);
		const next = random(53);
		for (let run = 0; run < 100; run++) {
			const rows = shuffled(FIXTURE, next);
			const o = await outcome(rows);
			expect({ rows, ...o }).toEqual({ rows, ...first });
		}
	});
});
