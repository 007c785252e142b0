import { describe, expect, it } from 'vitest';
import { importOrdersText } from '$lib/orders/test-support';
import { basisNotes } from './basis-notes';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n';

describe('what the products page says beside its basis', () => {
	it.each([
		[
			'every row names its customer, nothing given back',
			['500001,M1,MUG,2,1/3/2011 10:00,5.00,12001,UK', '500002,T1,TEA,1,1/4/2011 10:00,10.00,12001,UK'],
			{ returned: null, customerless: null }
		],
		[
			// A guest's invoice of two lines (1 × 5.00 + 1 × 10.00), skipped: 2 rows, 15.00.
			'a guest’s order: its rows and sales, as the import skipped them',
			[
				'500001,M1,MUG,2,1/3/2011 10:00,5.00,12001,UK',
				'500040,M1,MUG,1,1/5/2011 10:00,5.00,,UK',
				'500040,T1,TEA,1,1/5/2011 10:00,10.00,,UK'
			],
			{ returned: null, customerless: { rows: 2, sales: 15 } }
		],
		[
			// MUG of 500001 given back in full (2 of 2); CANDLE of 500020 too, at 3.00 of 4.00: 2.00 left, no product.
			'products given back in full by credit notes',
			[
				'500001,M1,MUG,2,1/3/2011 10:00,5.00,12001,UK',
				'500001,T1,TEA,1,1/3/2011 10:00,10.00,12001,UK',
				'C500002,M1,MUG,-2,1/5/2011 10:00,5.00,12001,UK',
				'500020,C1,CANDLE,2,1/6/2011 10:00,4.00,12003,UK',
				'C500021,C1,CANDLE,-2,1/7/2011 10:00,3.00,12003,UK'
			],
			{ returned: { lines: 2, orders: 2, emptied: 1 }, customerless: null }
		]
	])('%s', async (_, rows, expected) => {
		const { report } = await importOrdersText(HEADER + rows.join('\n') + '\n');
		expect(basisNotes(report)).toEqual(expected);
	});
});
