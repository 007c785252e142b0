import { describe, expect, it } from 'vitest';
import { isYes } from './status';
import { normaliseHeader } from './layouts';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import { sampleOf, sourceOf } from './test-support';

const TODAY = 20_000; // 2024-10-04
const encoder = new TextEncoder();

describe('a currency in brackets at a header’s end', () => {
	it.each([
		['Sale Price ($)', 'sale price'],
		['Amount (EUR)', 'amount'],
		['Total [€]', 'total'],
		['Price (US$)', 'price'],
		['Created date (UTC)', 'created date utc'],
		['商品总价(元)', '商品总价'],
		['用户实付金额（元）', '用户实付金额'],
		['Стоимость, руб.', 'стоимость'],
		['Цена за шт., руб.', 'цена за шт'],
		['Сумма (руб)', 'сумма'],
		// Capitals in brackets that are no currency say what the column is.
		['Total (VAT)', 'total vat'],
		['Total (GST)', 'total gst'],
		['Price (SKU)', 'price sku'],
		['Order Total (inc tax)', 'order total inc tax'],
		['Refunded?', 'refunded?']
	])('%j is read as %j', (header, expected) => {
		expect(normaliseHeader(header)).toBe(expected);
	});
});

describe('headers beside the ones a currency mark was taken off', () => {
	function amountOf(header: string) {
		const bytes = encoder.encode(header + '\n1,2024-01-05,a@x.io,Mug,2,10.00,8.00,16.00,120.00,20.00\n');
		const { plan } = inspectSample(sampleOf('orders.csv', bytes));
		return header.split(',')[plan.mapping.amount!];
	}
	it('a tax column named "Total (VAT)" is not the total', () => {
		expect(amountOf('Order ID,Date,Email,Product,Quantity,Regular Price,Sale Price,Total (VAT),Total,Weight')).toBe(
			'Total'
		);
	});
	it('beside an item’s line total, "Sale Price" is one unit’s price, not the amount', () => {
		expect(amountOf('Order ID,Date,Email,Product,Quantity,Regular Price,Sale Price,Line Total,Weight,Tax')).toBe(
			'Line Total'
		);
	});
});

describe('a yes in a yes/no column', () => {
	it.each([
		['1', true],
		['TRUE', true],
		['yes', true],
		['Jā', true],
		['да', true],
		['0', false],
		['false', false],
		['', false],
		['no', false]
	])('%j → %s', (text, expected) => {
		expect(isYes(text)).toBe(expected);
	});
});

// Gumroad's sales export: amounts in "($)" columns, refunds as yes/no flags and a partial amount.
const GUMROAD =
	'Purchase ID,Item Name,Buyer Name,Purchase Email,Buyer Email,Purchase Date,Subtotal ($),Taxes ($),Shipping ($),Sale Price ($),Fees ($),Net Total ($),Refunded?,Partial Refund ($),Fully Refunded?,Disputed?,Discount Code,Order Number,Currency\n' +
	'aBc1==,Notion Templates Pack,Anna Berg,anna@example.com,anna@example.com,2024-01-15,29.00,0.0,0.0,29.00,3.61,25.39,0,0.0,0,0,,118200001,usd\n' +
	'dEf2==,Lightroom Presets,Ben Cole,ben@example.com,ben@example.com,2024-01-20,15.00,2.85,0.0,17.85,2.29,15.56,0,0.0,0,0,LAUNCH,118200002,usd\n' +
	'gHi3==,Notion Templates Pack,Anna Berg,anna@example.com,anna@example.com,2024-02-03,29.00,0.0,0.0,29.00,3.61,25.39,1,0.0,1,0,,118200003,usd\n' +
	'jKl4==,Design Course,Cara Diaz,cara@example.com,cara@example.com,2024-02-10,200.00,0.0,0.0,200.00,20.30,179.70,1,50.0,0,0,,118200004,usd\n' +
	'sTu7==,Lightroom Presets,Ben Cole,ben@example.com,ben@example.com,2024-03-20,20.00,0.0,0.0,20.00,2.50,17.50,0,0.0,0,0,,118200007,usd\n';

describe('Gumroad’s sales export', () => {
	it('is read without any column mapped by hand', async () => {
		const bytes = encoder.encode(GUMROAD);
		const { plan, missing } = inspectSample(sampleOf('sales.csv', bytes));
		expect(missing).toEqual([]);
		const header = GUMROAD.split('\n')[0].split(',');
		const named = (role: keyof typeof plan.mapping) => header[plan.mapping[role]!];
		expect(named('amount')).toBe('Sale Price ($)');
		expect(named('subtotal')).toBe('Subtotal ($)');
		expect(named('tax')).toBe('Taxes ($)');
		expect(named('refundedAmount')).toBe('Partial Refund ($)');
		expect(named('refundedInFull')).toBe('Fully Refunded?');
		expect(named('orderId')).toBe('Order Number');
	});

	it('counts a fully refunded sale as no purchase, and a partial refund at its net value', async () => {
		const bytes = encoder.encode(GUMROAD);
		const { plan } = inspectSample(sampleOf('sales.csv', bytes));
		const { report } = await runImport([sourceOf(bytes, plan)], { today: TODAY });
		// Hand-worked: 29 + 15 + (200 − 50) + 20 = 214 from 4 sales of 3 buyers; 1 refunded in full.
		expect(report.ordersKept).toBe(4);
		expect(report.customers).toBe(3);
		expect(report.revenue).toBeCloseTo(214, 2);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.refunds.fullyRefunded.examples[0].row).toBe(4);
		expect(report.refunds.partlyRefunded.count).toBe(1);
		expect(report.revenueBreakdown).toMatchObject({ tax: 2.85, refunds: 50 });
	});
});
