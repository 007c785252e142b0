import { describe, expect, it } from 'vitest';
import { indexCustomers } from '$lib/analysis/customers';
import { importOrdersText } from './test-support';

// A customer's invoices of their first day at the very same minute (UCI dates have no seconds): the
// first order is the one with the lower invoice number ("999" before "1000"), however the rows are
// ordered; with dates alone (no time), the first in the file, as before. Worked by hand.

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n';

/** Each customer's first order id, as the analysis takes it (`indexCustomers`). */
async function firstOrders(rows: string[]): Promise<Record<string, string>> {
	const { result } = await importOrdersText(HEADER + rows.join('\n') + '\n');
	const index = indexCustomers(result.columns, result.customers.length);
	const ids = result.orderIds!;
	return Object.fromEntries(result.customers.map((c, k) => [c, ids.get(index.order[index.offset[k]])]));
}

/** Every order of the rows (an invoice's lines kept together), in each of its orders. */
function shuffles(invoices: string[][]): string[][] {
	const out: string[][] = [];
	const permute = (left: string[][], done: string[][]) => {
		if (left.length === 0) out.push(done.flat());
		left.forEach((invoice, k) => permute([...left.slice(0, k), ...left.slice(k + 1)], [...done, invoice]));
	};
	permute(invoices, []);
	return out;
}

describe('the first order among invoices of the same minute', () => {
	it.each([
		[
			'two invoices at 10:00: the lower number',
			[
				['536380,T1,TEA,1,1/3/2011 10:00,10.00,12001,UK'],
				['536379,M1,MUG,1,1/3/2011 10:00,5.00,12001,UK', '536379,H1,HONEY,1,1/3/2011 10:00,2.00,12001,UK'],
				['536400,T1,TEA,1,2/3/2011 10:00,10.00,12001,UK']
			],
			{ '12001': '536379' }
		],
		[
			'numbers of different lengths: 999 before 1000',
			[['1000,T1,TEA,1,1/3/2011 10:00,10.00,12001,UK'], ['999,M1,MUG,1,1/3/2011 10:00,5.00,12001,UK']],
			{ '12001': '999' }
		],
		[
			'an earlier minute still comes first, whatever its number',
			[
				['536390,T1,TEA,1,1/3/2011 9:59,10.00,12001,UK'],
				['536379,M1,MUG,1,1/3/2011 10:00,5.00,12001,UK'],
				['536385,H1,HONEY,1,1/3/2011 10:00,2.00,12001,UK']
			],
			{ '12001': '536390' }
		]
	])('%s, in every order of the rows', async (_, invoices, expected) => {
		for (const rows of shuffles(invoices)) expect(await firstOrders(rows)).toEqual(expected);
	});

	it('with dates alone, the first in the file (no time to tell them apart)', async () => {
		const a = ['536380,T1,TEA,1,1/3/2011,10.00,12001,UK'];
		const b = ['536379,M1,MUG,1,1/3/2011,5.00,12001,UK'];
		expect(await firstOrders([...a, ...b])).toEqual({ '12001': '536380' });
		expect(await firstOrders([...b, ...a])).toEqual({ '12001': '536379' });
	});
});
