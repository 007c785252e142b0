import { describe, expect, it } from 'vitest';
import { copiesOf, importOrdersText } from './test-support';

async function importText(text: string, ranges = 1) {
	return (await importOrdersText(text, ranges)).report;
}

// Magento 2's order grid: the subtotal is before discounts, and there is no discount or tax column.
const HEADER =
	'ID,"Purchase Date","Grand Total (Purchased)",Status,"Customer Email",Subtotal,"Shipping and Handling","Total Refunded"\n';
const MAGENTO =
	HEADER +
	// Tax (11.00) inside the total: 100 + 10 + 11 = 121, no discount.
	'000000101,"2024-01-15",$121.00,Complete,anna@example.com,$100.00,$10.00,\n' +
	// Partly refunded: 300 of a 1,200 total, its sales share 300 × 1,100 / 1,200 = 275.
	'000000104,"2024-02-10","$1,200.00",Complete,cara@example.com,"$1,100.00",$10.00,$300.00\n' +
	// Charged 108 for a 120 subtotal with free shipping: a 12.00 discount the grid has no column for.
	'000000108,"2024-03-20",$108.00,Complete,anna@example.com,$120.00,$0.00,\n';

describe('a subtotal before a discount the file has no column for (Magento’s order grid)', () => {
	it('counts the order at what was charged for its items, and shows the discount it implies', async () => {
		const report = await importText(MAGENTO);
		expect(report.ordersKept).toBe(3);
		// 100 + (1,100 − 275) + 108, hand-computed.
		expect(report.revenue).toBeCloseTo(1033, 2);
		expect(report.revenueBreakdown).toMatchObject({
			grossSales: 1320,
			discounts: 12,
			refunds: 275,
			netSales: 1033,
			impliedDiscounts: 12
		});
	});

	it('gives the same figures when read in byte ranges', async () => {
		const many = copiesOf(MAGENTO, 15, (row, k) => row.replace(/^0000001/, String(2000 + k)));
		const whole = await importText(many);
		const ranged = await importText(many, 3);
		expect(whole.revenueBreakdown?.discounts).toBeCloseTo(15 * 12, 2);
		expect(ranged.revenueBreakdown).toEqual(whole.revenueBreakdown);
	});

	it('implies no discount where the total covers the subtotal and shipping, or a refund explains the gap', async () => {
		const report = await importText(
			HEADER +
				'1,"2024-01-15",$110.00,Complete,a@x.io,$100.00,$10.00,\n' +
				// A total after its refund: 100 charged, 40 refunded, 60 left.
				'2,"2024-01-16",$60.00,Complete,b@x.io,$100.00,$0.00,$40.00\n'
		);
		expect(report.revenueBreakdown?.discounts).toBeNull();
		expect(report.revenueBreakdown?.impliedDiscounts).toBeUndefined();
	});

	it('adds a discount a second column gave (Ecwid’s coupon) to the discount column’s', async () => {
		const report = await importText(
			'order_number;order_date;customer_email;order_subtotal;discount;coupon_code;coupon_discount;shipping_cost;tax;order_total;refunded_amount;currency\n' +
				// 50 − 5 (coupon) + 5 shipping + 4.50 tax = 54.50: the items sold for 45.
				'1002;2024-01-20;ben@example.com;50.00;0.00;WELCOME10;5.00;5.00;4.50;54.50;0.00;USD\n' +
				// 200 − 20 (the discount column) + 10 + 18 = 208: adds up, nothing implied.
				'1004;2024-02-10;cara@example.com;200.00;20.00;;0.00;10.00;18.00;208.00;0.00;USD\n'
		);
		expect(report.revenue).toBeCloseTo(45 + 180, 2);
		expect(report.revenueBreakdown).toMatchObject({ grossSales: 250, discounts: 25, impliedDiscounts: 5 });
	});

	it('leaves a file with a discount column that adds up to that column', async () => {
		const report = await importText(
			'Order,Date,Email,Subtotal,Discount,Shipping,Total\n1,2024-01-15,a@x.io,120.00,12.00,0.00,108.00\n'
		);
		expect(report.revenue).toBeCloseTo(108, 2);
		expect(report.revenueBreakdown).toMatchObject({ discounts: 12 });
		expect(report.revenueBreakdown?.impliedDiscounts).toBeUndefined();
	});
});
