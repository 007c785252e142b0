import { describe, expect, it } from 'vitest';
import { recogniseLayout, type Role } from './layouts';

describe('headers of real exports that name the columns their own way', () => {
	it.each([
		['Sale Date', 'date', 'Etsy sold orders'],
		['Created date (UTC)', 'date', 'Stripe payments'],
		['Created (UTC)', 'date', 'Stripe payments, older'],
		['total_paid_tax_incl', 'amount', 'PrestaShop database export'],
		['Date de commande', 'date', 'a French shop'],
		['État', 'status', 'PrestaShop'],
		['Statut', 'status', 'a French shop'],
		['Bestellstatus', 'status', 'German WooCommerce'],
		['Order Total (inc tax)', 'amount', 'BigCommerce'],
		['Total TTC', 'amount', 'a French shop'],
		['Subtotal (ex tax)', 'subtotal', 'BigCommerce'],
		['Grand Total (Purchased)', 'amount', 'Magento 2'],
		['Grand Total (Base)', 'amount', 'Magento 2'],
		['Total Refunded', 'refundedAmount', 'Magento 2'],
		['Shipping and Handling', 'shipping', 'Magento 2'],
		['Amount Refunded', 'refundedAmount', 'Squarespace'],
		['refunded_total', 'refundedAmount', 'WooCommerce Customer/Order/Coupon Export'],
		['Adjusted Order Total', 'adjustedTotal', 'Etsy sold orders'],
		['Adjusted Gross', 'adjustedTotal', 'Etsy Payments sales'],
		['Receipt Number', 'orderId', 'Lightspeed X-Series sales'],
		['Shipping Cost (ex tax)', 'shipping', 'BigCommerce'],
		['Order Currency Code', 'currency', 'BigCommerce'],
		['Gesamtsumme', 'amount', 'a German shop'],
		['Bestellsumme', 'amount', 'WooCommerce in German'],
		['Pasūtījuma statuss', 'status', 'WooCommerce in Latvian'],
		['Дата добавления', 'date', 'OpenCart / ocStore'],
		['Дата оформления', 'date', 'Yandex Market orders'],
		['ID заказа', 'orderId', 'OpenCart / ocStore'],
		['Bestellnr.', 'orderId', 'a German shop'],
		['Bestell-Nr.', 'orderId', 'a German shop'],
		['Bestellnr', 'orderId', 'a German shop'],
		['Auftragsnr.', 'orderId', 'a German ERP'],
		['Auftrags-Nr.', 'orderId', 'a German ERP'],
		['Rechnungsnr.', 'orderId', 'a German invoice list'],
		['Rechnungsnummer', 'orderId', 'a German invoice list'],
		['Bestelnr.', 'orderId', 'a Dutch shop'],
		['Ordernr.', 'orderId', 'a Dutch shop'],
		['Factuurnummer', 'orderId', 'a Dutch invoice list'],
		['Стоимость, руб.', 'amount', 'Yandex Market orders'],
		['Сумма документа', 'amount', '1C'],
		['Order Creation Date', 'date', 'Shopee']
	] as [string, Role, string][])('%s is the %s (%s)', (header, role) => {
		// Beside a customer and another column than the one tested: an amount beside a date, a date beside the rest.
		const headers = ['Buyer', role === 'date' ? 'Order Value' : 'Sale Date', header];
		const layout = recogniseLayout([headers, ['ann', '2024-01-05', '10']], ',');
		expect(Object.entries(layout.mapping).find(([, column]) => column === 2)?.[0]).toBe(role);
	});
});

describe('columns that two headers of one file could be', () => {
	const roleOf = (headers: string[], role: Role) => {
		const mapping = recogniseLayout([headers, headers.map(() => '1')], ',').mapping;
		const column = mapping[role];
		return column === undefined ? undefined : headers[column];
	};
	it.each([
		[['identifier', 'order_number', 'created_at', 'user_name', 'user_email', 'status', 'total'], 'user_email'],
		[['订单号', '商品ID', '下单时间', '订单金额', '订单状态', '下单帐号', '客户姓名'], '下单帐号'],
		[['ID заказа', 'Покупатель', 'E-Mail', 'Итого', 'Дата добавления'], 'E-Mail']
	])('the customer of %j is %j', (headers, expected) => {
		expect(roleOf(headers, 'customer')).toBe(expected);
	});
	it('a bare "ID" is the order id before a "Name", which is mostly a person’s', () => {
		expect(roleOf(['ID', 'Name', 'Email', 'Date', 'Total'], 'orderId')).toBe('ID');
	});
	it('Magento 2’s base-currency grand total before the purchased one: its Subtotal and Shipping are in it', () => {
		const headers = [
			'ID',
			'Purchase Date',
			'Customer Email',
			'Grand Total (Purchased)',
			'Grand Total (Base)',
			'Subtotal'
		];
		expect(roleOf(headers, 'amount')).toBe('Grand Total (Base)');
	});
});

describe('headers written in lower camel case (Shoptet, files written from a shop’s API)', () => {
	it('reads each word apart: an export of orderId, customerEmail, createdAt… is mapped unaided', () => {
		const headers = ['orderId', 'customerEmail', 'createdAt', 'totalPrice', 'financialStatus', 'currency'];
		const { mapping } = recogniseLayout([headers, ['1', 'a@x.com', '2024-01-02', '10.50', 'paid', 'EUR']], ',');
		expect(mapping).toMatchObject({ orderId: 0, customer: 1, date: 2, amount: 3, status: 4, currency: 5 });
	});

	it('maps Shopware’s order export unaided: orderNumber, orderDateTime, amountTotal, its two states', () => {
		const headers = [
			'orderNumber',
			'orderDateTime',
			'amountTotal',
			'customerEmail',
			'stateMachineState',
			'transactionState'
		];
		const { mapping } = recogniseLayout(
			[headers, ['10000', '2024-01-05 10:00:00', '45.00', 'a@x.com', 'completed', 'paid']],
			','
		);
		expect(mapping).toMatchObject({ orderId: 0, date: 1, amount: 2, customer: 3, status: 4, paymentStatus: 5 });
	});

	it('leaves PascalCase as written: UCI’s InvoiceNo, CustomerID and UnitPrice keep their layout', () => {
		const headers = [
			'InvoiceNo',
			'StockCode',
			'Description',
			'Quantity',
			'InvoiceDate',
			'UnitPrice',
			'CustomerID',
			'Country'
		];
		const match = recogniseLayout(
			[headers, ['536365', '85123A', 'MUG', '6', '12/1/2010 8:26', '2.55', '17850', 'UK']],
			','
		);
		expect(match.layout).toBe('uci');
		expect(match.mapping).toMatchObject({ orderId: 0, customer: 6, date: 4 });
	});
});

describe('a tax total column, as shops name it in the seeds’ languages and German', () => {
	it.each([
		['BTW totaal', 'WooCommerce (Dutch)'],
		['Totaal BTW', 'Dutch'],
		['BTW-bedrag', 'Dutch'],
		['MwSt.', 'German'],
		['MwSt-Betrag', 'German'],
		['Umsatzsteuer', 'German'],
		['Steuer', 'German'],
		['Tax total', 'English'],
		['Total tax', 'English'],
		['VAT total', 'English'],
		['НДС', 'Russian'],
		['Сумма НДС', 'Russian'],
		['税额', 'Chinese'],
		['税金', 'Chinese'],
		['PVN', 'Latvian'],
		['PVN summa', 'Latvian']
	])('“%s” (%s) is the tax', (header) => {
		const headers = ['Order', 'Customer', 'Date', 'Shipping', header, 'Total'];
		const { mapping } = recogniseLayout([headers, ['1', 'C-1', '2024-01-05', '4.95', '5.60', '32.25']], ',');
		expect(mapping.tax).toBe(4);
		expect(mapping.amount).toBe(5);
	});
});
