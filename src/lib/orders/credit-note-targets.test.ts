import { describe, expect, it } from 'vitest';
import { headline, importOrdersText } from './test-support';

// A UCI credit note gives back products of one of the customer's invoices: it is netted into the
// latest invoice on or before its day that had the product (by StockCode), not into the latest
// invoice whatever it had. Figures worked by hand.

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n';
const INVOICES =
	'536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France\n' +
	'536375,22423,REGENCY CAKESTAND 3 TIER,1,12/3/2010 9:00,12.75,12583,France\n' +
	'536375,21731,RED TOADSTOOL LED NIGHT LIGHT,2,12/3/2010 9:00,1.65,12583,France\n' +
	'536380,47566,PARTY BUNTING,4,12/5/2010 9:00,4.95,12583,France\n';

const amounts = (amount: Float64Array) => Array.from(amount, (a) => Math.round(a * 100) / 100);

describe('UCI: a credit note is netted into the invoice that had its products', () => {
	it('a cakestand given back comes off the latest invoice with a cakestand, not the latest invoice', async () => {
		const { result, report } = await importOrdersText(
			HEADER + INVOICES + 'C536390,22423,REGENCY CAKESTAND 3 TIER,-1,12/7/2010 10:00,12.75,12583,France\n'
		);
		// 536370: 25.50; 536375: 12.75 + 3.30 = 16.05, less the cakestand: 3.30; 536380: 19.80.
		expect(amounts(result.columns.amount)).toEqual([25.5, 3.3, 19.8]);
		expect(headline(report)).toEqual({ orders: 3, customers: 1, revenue: 48.6 });
		expect(report.revenueBreakdown).toMatchObject({ returns: 12.75 });
		expect(report.creditNotes?.netted.count).toBe(1);
	});

	it('a note of a product the latest invoice had stays in it, though an earlier one had it too', async () => {
		// 536372: 4 buntings, 19.80; 536373, later: 1 bunting, 4.95. A note of one bunting comes off
		// 536373, the latest with a bunting and that much left: it is brought to nothing, refunded in
		// full, and 536372 stands whole (before, the note was moved to 536372 as if 536373 had
		// nothing left: 14.85 and 4.95 stood).
		const { result, report } = await importOrdersText(
			HEADER +
				'536372,47566,PARTY BUNTING,4,12/1/2010 9:01,4.95,12600,France\n' +
				'536373,47566,PARTY BUNTING,1,12/1/2010 9:02,4.95,12600,France\n' +
				'C536380,47566,PARTY BUNTING,-1,12/3/2010 10:00,4.95,12600,France\n'
		);
		expect(amounts(result.columns.amount)).toEqual([19.8]);
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 19.8 });
		expect(report.refunds.fullyRefunded.count).toBe(1);
	});

	it('a note comes off the latest invoice that had as many of the product, not a later one with fewer', async () => {
		// 537882 (11 Nov): 12 lanterns at 2.63 (31.56) and 6 teacups at 1.25 (7.50); 537893 (12 Nov):
		// 6 lanterns (15.78) and 20 cake stands at 6.50 (130.00). The note of 30 Nov gives back all of
		// 537882: 12 lanterns, 6 teacups. The later invoice had only 6 lanterns, so the 12 are
		// 537882's, which is returned in full; 537893 stands whole (before: the lanterns came off it,
		// 145.78 − 31.56 = 114.22, and 537882 kept 31.56 as a purchase: a return of goods never bought,
		// and a first order the customer did not keep).
		const { result, report } = await importOrdersText(
			HEADER +
				'537882,20003,BLUE LANTERN,12,11/11/2011 10:00,2.63,13885,Belgium\n' +
				'537882,20010,PINK TEACUP,6,11/11/2011 10:00,1.25,13885,Belgium\n' +
				'537893,20003,BLUE LANTERN,6,11/12/2011 10:00,2.63,13885,Belgium\n' +
				'537893,20020,GREEN CAKE STAND,20,11/12/2011 10:00,6.50,13885,Belgium\n' +
				'C538154,20003,BLUE LANTERN,-12,11/30/2011 10:00,2.63,13885,Belgium\n' +
				'C538154,20010,PINK TEACUP,-6,11/30/2011 10:00,1.25,13885,Belgium\n'
		);
		expect(amounts(result.columns.amount)).toEqual([145.78]);
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 145.78 });
		expect(report.refunds.fullyRefunded.count).toBe(1);
	});

	it('lines of one product share out by the quantity each invoice has left', async () => {
		// 4 lanterns on 1 Nov (10.52); 2 lanterns and 10 cake stands on 5 Nov (5.26 + 65.00). A note of
		// 3 lanterns on 10 Nov: 5 Nov had 2, so they are 1 Nov's (1 left, 2.63). A note of 2 on 20 Nov:
		// 5 Nov's 2, which leaves its 65.00 (before, both came off 5 Nov, which had the money but not
		// the lanterns: 57.11, and 1 Nov kept all 4, 10.52).
		const { result } = await importOrdersText(
			HEADER +
				'537001,20003,BLUE LANTERN,4,11/1/2011 10:00,2.63,13885,Belgium\n' +
				'537002,20003,BLUE LANTERN,2,11/5/2011 10:00,2.63,13885,Belgium\n' +
				'537002,20020,GREEN CAKE STAND,10,11/5/2011 10:00,6.50,13885,Belgium\n' +
				'C537010,20003,BLUE LANTERN,-3,11/10/2011 10:00,2.63,13885,Belgium\n' +
				'C537020,20003,BLUE LANTERN,-2,11/20/2011 10:00,2.63,13885,Belgium\n'
		);
		expect(amounts(result.columns.amount)).toEqual([2.63, 65]);
	});

	it('a note that gives back all of an earlier invoice leaves that invoice out, returned in full', async () => {
		const { result, report } = await importOrdersText(
			HEADER +
				INVOICES +
				'C536390,22423,REGENCY CAKESTAND 3 TIER,-1,12/7/2010 10:00,12.75,12583,France\n' +
				'C536390,21731,RED TOADSTOOL LED NIGHT LIGHT,-2,12/7/2010 10:00,1.65,12583,France\n'
		);
		// 536375 (16.05) is brought to nothing by its own products: refunded in full. Left: 25.50 and
		// 19.80 (before, 536380 was taken to 3.75 and 536375 kept whole).
		expect(amounts(result.columns.amount)).toEqual([25.5, 19.8]);
		expect(headline(report)).toEqual({ orders: 2, customers: 1, revenue: 45.3 });
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.creditNotes?.netted.count ?? 0).toBe(0);
	});

	it('a note of products of two invoices is split between them', async () => {
		const { result, report } = await importOrdersText(
			HEADER +
				INVOICES +
				'C536390,47566,PARTY BUNTING,-2,12/7/2010 10:00,4.95,12583,France\n' +
				'C536390,21731,RED TOADSTOOL LED NIGHT LIGHT,-1,12/7/2010 10:00,1.65,12583,France\n'
		);
		// 536375: 16.05 − 1.65 = 14.40; 536380: 19.80 − 9.90 = 9.90.
		expect(amounts(result.columns.amount)).toEqual([25.5, 14.4, 9.9]);
		expect(report.revenueBreakdown).toMatchObject({ returns: 11.55 });
		expect(report.creditNotes?.netted.count).toBe(1);
	});

	it('a product no invoice had comes off the latest invoice, as before; an invoice after the note takes none', async () => {
		const { result } = await importOrdersText(
			HEADER +
				INVOICES +
				'C536390,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-1,12/7/2010 10:00,2.55,12583,France\n' +
				// A cakestand given back before the invoice of 12/9: of 536375, not of 536395.
				'C536392,22423,REGENCY CAKESTAND 3 TIER,-1,12/8/2010 10:00,12.75,12583,France\n' +
				'536395,22423,REGENCY CAKESTAND 3 TIER,1,12/9/2010 9:00,12.75,12583,France\n'
		);
		// 536380: 19.80 − 2.55 = 17.25; 536375: 16.05 − 12.75 = 3.30; 536395: 12.75.
		expect(amounts(result.columns.amount)).toEqual([25.5, 3.3, 17.25, 12.75]);
	});
});
