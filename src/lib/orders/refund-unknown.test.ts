import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/messages';
import { warningText } from '../../routes/data/report-text';
import { findWarning } from './report';
import { headline, importOrdersText } from './test-support';

// QA 64: a Shopify-shaped file without its Refunded Amount column counted its partially_refunded
// orders at their whole value, and the report said 0 orders were partly refunded: nothing told
// that revenue could be too high.
const HEADER = 'Name,Email,Financial Status,Created at,Subtotal,Shipping,Taxes,Total';
const ROWS = [
	'#1001,a@x.io,paid,2024-01-05 10:00:00 +0100,40.00,5.00,0.00,45.00',
	'#1002,b@x.io,partially_refunded,2024-01-06 10:00:00 +0100,30.00,5.00,0.00,35.00',
	'#1003,a@x.io,partially_refunded,2024-02-05 10:00:00 +0100,20.00,0.00,0.00,20.00',
	'#1004,c@x.io,refunded,2024-02-06 10:00:00 +0100,10.00,0.00,0.00,10.00'
];

describe('orders whose status says partly refunded, in a file that gives no amount refunded', () => {
	it('count in full, and the report says revenue may be too high by their refunds', async () => {
		const { report } = await importOrdersText([HEADER, ...ROWS].join('\n') + '\n');
		// Hand-worked: #1001, #1002 and #1003 kept at their subtotals, 40 + 30 + 20 = 90; #1004 refunded.
		expect(headline(report)).toEqual({ orders: 3, customers: 2, revenue: 90 });
		const w = findWarning(report.warnings, 'refundAmountUnknown')!;
		expect(w).toMatchObject({
			count: 2,
			examples: [
				{ row: 3, value: 'partially_refunded' },
				{ row: 4, value: 'partially_refunded' }
			]
		});
		expect(warningText(w, report, en, String)).toBe(
			'2 orders’ statuses say they were partly refunded (row 3 (“partially_refunded”), row 4 (“partially_refunded”)), but the file gives no amount refunded: they count in full, so revenue, and the CLV and margin figures built on it, may be too high by those refunds. An export with a refunded-amount column (Shopify’s “Refunded Amount”) gives them.'
		);
	});

	it('is not said where the file gives the amounts refunded', async () => {
		const text = [
			HEADER + ',Refunded Amount',
			...ROWS.map((row, i) => row + (i === 1 ? ',5.00' : i === 2 ? ',10.00' : i === 3 ? ',10.00' : ',0.00'))
		].join('\n');
		const { report } = await importOrdersText(text + '\n');
		expect(findWarning(report.warnings, 'refundAmountUnknown')).toBeNull();
		expect(report.refunds.partlyRefunded.count).toBe(2);
	});
});
