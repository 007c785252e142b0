import { describe, expect, it } from 'vitest';
import { importOrdersText as importText } from './test-support';

// Shoptet's orders export (abridged): one row per order item, its shipping ("shipping") and the
// payment method's fee ("billing") among them, amounts with a decimal comma.
const SHOPTET =
	'code;date;statusName;currency;totalPriceWithVat;paid;email;billFullName;billCountryName;orderItemType;orderItemName;orderItemAmount;orderItemTotalPriceWithVat;orderItemTotalPriceWithoutVat\n' +
	'2024000001;2024-01-04 10:05:11;Vyřízena;CZK;641,30;1;jan.novak@seznam.cz;Jan Novák;Česká republika;product;Hrnek keramický;2;484,00;400,00\n' +
	'2024000001;2024-01-04 10:05:11;Vyřízena;CZK;641,30;1;jan.novak@seznam.cz;Jan Novák;Česká republika;shipping;PPL;1;121,00;100,00\n' +
	'2024000001;2024-01-04 10:05:11;Vyřízena;CZK;641,30;1;jan.novak@seznam.cz;Jan Novák;Česká republika;billing;Dobírka;1;36,30;30,00\n' +
	// The shipping row first: the order's sales are still its items and discount.
	'2024000002;2024-01-07 18:30:00;Vyřízena;CZK;1168,00;1;petra@email.cz;Petra Svobodová;Slovensko;shipping;Zásilkovna;1;79,00;65,29\n' +
	'2024000002;2024-01-07 18:30:00;Vyřízena;CZK;1168,00;1;petra@email.cz;Petra Svobodová;Slovensko;product;Čajová konvice;1;1210,00;1000,00\n' +
	'2024000002;2024-01-07 18:30:00;Vyřízena;CZK;1168,00;1;petra@email.cz;Petra Svobodová;Slovensko;discount-coupon;Slevový kupón SLEVA10;1;-121,00;-100,00\n' +
	'2024000003;2024-01-10 07:45:00;Stornována;CZK;605,00;0;tomas@gmail.com;Tomáš Dvořák;Česká republika;product;Hrnek keramický;2;484,00;400,00\n' +
	'2024000003;2024-01-10 07:45:00;Stornována;CZK;605,00;0;tomas@gmail.com;Tomáš Dvořák;Česká republika;shipping;PPL;1;121,00;100,00\n' +
	'2024000004;2024-01-15 21:00:00;Nevyřízená;CZK;726,00;0;lucie@centrum.cz;Lucie Černá;Česká republika;product;Talíř mělký;1;605,00;500,00\n' +
	'2024000004;2024-01-15 21:00:00;Nevyřízená;CZK;726,00;0;lucie@centrum.cz;Lucie Černá;Česká republika;shipping;PPL;1;121,00;100,00\n' +
	'2024000005;2024-01-22 12:12:12;Vyřizuje se;CZK;363,00;1;jan.novak@seznam.cz;Jan Novák;Česká republika;product;Hrnek keramický;1;242,00;200,00\n' +
	'2024000005;2024-01-22 12:12:12;Vyřizuje se;CZK;363,00;1;jan.novak@seznam.cz;Jan Novák;Česká republika;shipping;PPL;1;121,00;100,00\n';

describe('Shoptet’s orders export', () => {
	it('is read without a column mapped by hand', async () => {
		const { plan } = await importText(SHOPTET);
		expect(plan.amountMode).toBe('lineAmounts');
		const header = SHOPTET.slice(0, SHOPTET.indexOf('\n')).split(';');
		const column = (role: keyof typeof plan.mapping) => header[plan.mapping[role]!];
		expect(column('orderId')).toBe('code');
		expect(column('customer')).toBe('email');
		expect(column('date')).toBe('date');
		expect(column('status')).toBe('statusName');
		expect(column('paymentStatus')).toBe('paid');
		expect(column('amount')).toBe('orderItemTotalPriceWithoutVat');
		expect(column('lineType')).toBe('orderItemType');
		expect(column('product')).toBe('orderItemName');
	});

	it('counts items and discounts as sales, and shipping and the payment fee apart', async () => {
		const { report, result } = await importText(SHOPTET);
		// Hand-worked: 001 400; 002 1000 − 100 = 900; 005 200 (003 cancelled, 004 unpaid).
		expect(report.ordersKept).toBe(3);
		expect(report.customers).toBe(2);
		expect(report.revenue).toBeCloseTo(1500, 2);
		expect([...result.columns.amount]).toEqual([400, 900, 200]);
		expect(report.cancelled.count).toBe(1);
		expect(report.unpaid.count).toBe(1);
		expect(report.revenueBreakdown).toMatchObject({
			basis: 'lineTyped',
			netSales: 1500,
			shipping: 265.29, // 100 + 65.29 + 100, the kept orders’ only
			fees: 30,
			tax: null
		});
		expect(report.revenueBreakdown?.names).toMatchObject({
			amount: 'orderItemTotalPriceWithoutVat',
			shipping: 'orderItemType'
		});
		expect(report.currency).toBe('CZK');
	});

	it('takes no shipping or fee row for a product of the order', async () => {
		const { result } = await importText(SHOPTET);
		const products = result.dimensions.product!;
		const firstProduct = [...products.index.subarray(0, 3)].map((k) => products.values[k]);
		expect(firstProduct).toEqual(['Hrnek keramický', 'Čajová konvice', 'Hrnek keramický']);
		const items = result.items!;
		const named = new Set(items.values);
		expect(named.has('PPL')).toBe(false);
		expect(named.has('Zásilkovna')).toBe(false);
		expect(named.has('Dobírka')).toBe(false);
	});

	it('gives the same orders and breakdown when read in byte ranges', async () => {
		const [header, ...rows] = SHOPTET.trimEnd().split('\n');
		const copies = Array.from({ length: 10 }, (_, copy) =>
			rows.map((row) => row.replace(/^20240000/, `2024${String(copy).padStart(2, '0')}00`))
		).flat();
		const text = [header, ...copies].join('\n') + '\n';
		const whole = await importText(text);
		const ranged = await importText(text, 3);
		expect(whole.report.ordersKept).toBe(30);
		expect(ranged.report.ordersKept).toBe(30);
		expect([...ranged.result.columns.amount]).toEqual([...whole.result.columns.amount]);
		expect(ranged.report.revenueBreakdown).toEqual(whole.report.revenueBreakdown);
		expect(whole.report.revenueBreakdown?.shipping).toBeCloseTo(2652.9, 2);
		expect(whole.report.revenueBreakdown?.fees).toBeCloseTo(300, 2);
	});
});

describe('a file of item rows with a row-type column', () => {
	it('counts only items and discounts as sales, with tax rows apart too', async () => {
		const { plan, report, result } = await importText(
			'Order ID,Date,Email,Item Type,Item Name,Line Total\n' +
				'1,2024-03-01,a@x.io,line_item,Mug,20.00\n' +
				'1,2024-03-01,a@x.io,coupon,SPRING,-2.00\n' +
				'1,2024-03-01,a@x.io,shipping,Flat rate,5.00\n' +
				'1,2024-03-01,a@x.io,fee,Gift wrap fee,1.50\n' +
				'1,2024-03-01,a@x.io,tax,VAT,3.60\n' +
				'2,2024-03-09,b@x.io,line_item,Tea,12.00\n'
		);
		expect(plan.amountMode).toBe('lineAmounts');
		expect(plan.mapping.lineType).toBe(3);
		expect([...result.columns.amount]).toEqual([18, 12]);
		expect(report.revenueBreakdown).toMatchObject({ basis: 'lineTyped', shipping: 5, fees: 1.5, tax: 3.6 });
	});

	it('changes nothing in a file of one row per order', async () => {
		const { plan, report } = await importText(
			'Order ID,Date,Email,Item Type,Total\n1,2024-03-01,a@x.io,shipping,20.00\n2,2024-03-09,b@x.io,Physical,12.00\n'
		);
		expect(plan.amountMode).toBe('orderTotal');
		expect(report.revenue).toBe(32);
		expect(report.revenueBreakdown?.shipping).toBeNull();
	});
});

describe('an order whose first row is shipping or a fee', () => {
	const TEXT =
		'Order ID,Date,Email,Item Type,Item Name,Country,Line Total\n' +
		'1,2024-03-01,a@x.io,line_item,Mug,DE,20.00\n' +
		'2,2024-03-02,b@x.io,shipping,Flat rate,FR,5.00\n' +
		'2,2024-03-02,b@x.io,line_item,Tea,FR,12.00\n' +
		'3,2024-03-03,c@x.io,shipping,Flat rate,NL,5.00\n' +
		'4,2024-03-04,d@x.io,line_item,Cup,IT,7.00\n';

	it('keeps every order’s dimensions its own, filled from its items', async () => {
		const { result } = await importText(TEXT);
		const country = result.dimensions.country!;
		const product = result.dimensions.product!;
		const valueOf = (dim: typeof country, order: number) =>
			dim.index[order] < 0 ? null : dim.values[dim.index[order]];
		// Order 3 has no item, only shipping: no purchase, left out (see apart-only.test.ts); the
		// orders after it keep their own values.
		expect(result.columns.count).toBe(3);
		expect([0, 1, 2].map((order) => valueOf(country, order))).toEqual(['DE', 'FR', 'IT']);
		expect([0, 1, 2].map((order) => valueOf(product, order))).toEqual(['Mug', 'Tea', 'Cup']);
		expect([...result.columns.amount]).toEqual([20, 12, 7]);
	});

	it('gives the same dimensions when read in byte ranges', async () => {
		const [header, ...rows] = TEXT.trimEnd().split('\n');
		const copies = Array.from({ length: 12 }, (_, copy) => rows.map((row) => `${copy}${row}`)).flat();
		const text = [header, ...copies].join('\n') + '\n';
		const whole = await importText(text);
		const ranged = await importText(text, 3);
		expect(whole.result.columns.count).toBe(36);
		expect(ranged.result.columns.count).toBe(36);
		expect(
			[...ranged.result.dimensions.country!.index.subarray(0, 36)].map(
				(k) => ranged.result.dimensions.country!.values[k] ?? null
			)
		).toEqual(
			[...whole.result.dimensions.country!.index.subarray(0, 36)].map(
				(k) => whole.result.dimensions.country!.values[k] ?? null
			)
		);
	});

	it('is refunded in full at the same amount whichever row comes first', async () => {
		const order = (first: string, second: string) =>
			importText(
				'Order ID,Date,Email,Status,Item Type,Line Total\n' +
					first +
					second +
					'2,2024-03-09,b@x.io,completed,line_item,12.00\n'
			);
		const shippingFirst = await order(
			'1,2024-03-01,a@x.io,refunded,shipping,5.00\n',
			'1,2024-03-01,a@x.io,refunded,line_item,20.00\n'
		);
		const itemFirst = await order(
			'1,2024-03-01,a@x.io,refunded,line_item,20.00\n',
			'1,2024-03-01,a@x.io,refunded,shipping,5.00\n'
		);
		expect(shippingFirst.report.refunds.fullyRefunded.count).toBe(1);
		expect(shippingFirst.report.refunds.refundedAmount).toBe(25);
		expect(itemFirst.report.refunds.refundedAmount).toBe(25);
	});
});
