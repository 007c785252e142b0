import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { importOrdersBytes, importOrdersText } from '$lib/orders/test-support';
import ImportReportView from './ImportReportView.svelte';

const UCI =
	'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n' +
	'536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France\n' +
	'536371,POST,POSTAGE,1,12/3/2010 10:00,18.00,12583,France\n' +
	'536374,BANK CHARGES,Bank Charges,1,12/4/2010 11:00,15.00,12700,Germany\n';

describe('the import report on invoices of postage or charges alone', () => {
	it('says how many were not counted as orders, their first rows, and how much they held', async () => {
		const { report } = await importOrdersText(UCI);
		render(ImportReportView, { report });
		expect(screen.getByTestId('report-ordersKept')).toHaveTextContent('1');
		expect(screen.getByTestId('report-customers')).toHaveTextContent('1');
		const row = screen.getByTestId('treatment-apartOnly');
		// 18.00 + 15.00, by StockCode; rows 3 and 4.
		expect(row).toHaveTextContent(
			/Invoices or orders of postage, shipping, charges or tax alone, with no product \(their rows’ StockCode is POST, DOT, C2, BANK CHARGES, AMAZONFEE or CRUK.*\): not counted as orders \(their .*33\.00 of postage, charges and tax is not counted as sales, nor in the revenue breakdown\)/
		);
		const [, count, rows] = row.querySelectorAll('td');
		expect(count).toHaveTextContent(/^2$/);
		expect(rows).toHaveTextContent(/^row 3, row 4$/);
		expect(screen.queryByTestId('treatment-apartOnlyCreditNotes')).toBeNull();
		expect(screen.getByTestId('treatment-zeroValue')).toHaveTextContent('0');
	});

	it('counts a credit note that gave back only their postage', async () => {
		const { report } = await importOrdersText(UCI + 'C536390,POST,POSTAGE,-1,12/5/2010 10:00,18.00,12583,France\n');
		render(ImportReportView, { report });
		expect(screen.getByTestId('treatment-apartOnly')).toHaveTextContent(/their .*15\.00 of postage/);
		expect(screen.getByTestId('treatment-apartOnlyCreditNotes')).toHaveTextContent(
			/Credit notes giving back only their postage or charges, left out with them\s*1/
		);
	});

	it('has no such row when every order has a product', async () => {
		const { report } = await importOrdersText(UCI.split('\n').slice(0, 2).join('\n') + '\n');
		render(ImportReportView, { report });
		expect(screen.queryByTestId('treatment-apartOnly')).toBeNull();
	});
});

describe('the import report on guests who share the customer id 0, with no e-mail to tell them apart', () => {
	it('counts their rows, names the id and says how much they sold, apart from the figures', async () => {
		const { report } = await importOrdersText(
			'Order,Customer ID,Date,Total\n' +
				'1,0,2024-01-05,30.00\n' +
				'2,17,2024-01-06,20.00\n' +
				'3,0,2024-01-07,12.50\n'
		);
		render(ImportReportView, { report });
		expect(screen.getByTestId('report-customers')).toHaveTextContent(/^\D*1$/);
		const row = screen.getByTestId('skip-guestCustomer');
		expect(row).toHaveTextContent(
			/a guest checkout: its customer id \(such as “0”\) is the one every guest shares/
		);
		expect(row.querySelectorAll('td')[1]).toHaveTextContent(/^2$/);
		expect(row.querySelectorAll('td')[2]).toHaveTextContent(/row 2.*“0”.*row 4/);
		expect(screen.getByTestId('report-customerlessSales')).toHaveTextContent(
			/42\.50 of sales.*Of these, .*42\.50 are guest checkouts’ sales/
		);
	});
});

describe('the import report on Shopify test orders and orders whose payment was not complete', () => {
	const SHOPIFY =
		'Name,Email,Financial Status,Created at,Currency,Subtotal,Total,Payment Method,Tags\n' +
		'#1001,anna@example.com,paid,2024-03-01 10:00:00 +0100,EUR,30.00,30.00,Shopify Payments,\n' +
		'#1002,ben@example.com,paid,2024-03-02 10:00:00 +0100,EUR,40.00,40.00,bogus,\n' +
		'#1003,carl@example.com,paid,2024-03-03 10:00:00 +0100,EUR,25.00,25.00,Shopify Payments,"VIP, test"\n' +
		'#1004,dora@example.com,pending,2024-03-04 10:00:00 +0100,EUR,50.00,50.00,Cash on Delivery (COD),\n';

	it('says how many test orders were left out, their sales and order numbers', async () => {
		const { report } = await importOrdersText(SHOPIFY);
		render(ImportReportView, { report });
		// #1001 30.00 and #1004 50.00
		expect(screen.getByTestId('report-ordersKept')).toHaveTextContent('2');
		const row = screen.getByTestId('treatment-testOrders');
		const [label, count, rows] = row.querySelectorAll('td');
		// #1002 40.00 + #1003 25.00
		expect(label).toHaveTextContent(
			/^Test orders \(placed through Shopify’s test gateway, the “Bogus Gateway”, or tagged “test”\): not sales, not counted \(.*65\.00 of sales left out\)$/
		);
		expect(count).toHaveTextContent(/^2$/);
		expect(rows).toHaveTextContent(/^row 3 \(.#1002.\), row 4 \(.#1003.\)$/);
	});

	it('says the orders kept while their payment was not complete are counted as sales, and how much', async () => {
		const { report } = await importOrdersText(SHOPIFY);
		render(ImportReportView, { report });
		const [label, count, rows] = screen.getByTestId('treatment-awaitingPayment').querySelectorAll('td');
		expect(label).toHaveTextContent(
			/^Orders whose payment was not complete \(pending, authorized, partially paid or on hold\), .*50\.00 of sales: counted as sales, as Shopify’s and WooCommerce’s own reports count them.*filter them out of the file/
		);
		expect(count).toHaveTextContent(/^1$/);
		expect(rows).toHaveTextContent(/^row 5 \(.#1004.\)$/);
	});

	it('has neither row when there are none', async () => {
		const { report } = await importOrdersText(SHOPIFY.split('\n').slice(0, 2).join('\n') + '\n');
		render(ImportReportView, { report });
		expect(screen.queryByTestId('treatment-testOrders')).toBeNull();
		expect(screen.queryByTestId('treatment-awaitingPayment')).toBeNull();
	});
});

describe('the import report’s refunded total names where partial refunds came from', () => {
	const refunded = () => screen.getByTestId('treatment-refundedAmount').querySelectorAll('td');

	it.each([
		{
			file: 'a refund column under its own header',
			csv:
				'订单编号,买家会员名,订单创建时间,买家实际支付金额,订单状态,退款金额\n' +
				'1,li,2024-03-01,100.00,交易成功,20.00\n' +
				'2,wang,2024-03-02,50.00,交易成功,0\n',
			label: /^Refunded in all \(orders refunded in full included; partial refunds from the file’s “退款金额” column\)$/,
			amount: /20\.00/
		},
		{
			file: 'refunds told by the status alone',
			csv:
				'Order,Customer,Date,Total,Status\n' +
				'1,anna@example.com,2024-03-01,100.00,refunded\n' +
				'2,ben@example.com,2024-03-02,50.00,completed\n',
			label: /^Refunded in all \(orders refunded in full included\)$/,
			amount: /100\.00/
		}
	])('$file', async ({ csv, label, amount }) => {
		const { report } = await importOrdersText(csv);
		render(ImportReportView, { report });
		const [name, value] = refunded();
		expect(name).toHaveTextContent(label);
		expect(value).toHaveTextContent(amount);
	});
});

// QA A-19: a Shopify order marked partially_refunded whose products were all refunded, only its
// shipping kept, was counted as refunded in full with no word of how many such orders there were.
describe('the import report’s orders refunded in full', () => {
	const SHOPIFY =
		'Name,Email,Financial Status,Currency,Subtotal,Shipping,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Refunded Amount\n';
	// Refunds of exactly the products and their tax (30.00 + 2.40, 18.00 + 1.44), shipping kept.
	const SHIPPING_KEPT = [
		'#1001,ann@example.com,partially_refunded,USD,30.00,5.00,2.40,37.40,2023-06-03 12:00:00 -0400,1,Teapot,30.00,32.40\n',
		'#1002,bob@example.com,partially_refunded,USD,18.00,4.90,1.44,24.34,2023-06-04 12:00:00 -0400,1,Kettle,18.00,19.44\n'
	];
	const REFUNDED =
		'#1003,cat@example.com,refunded,USD,12.00,5.00,0.96,17.96,2023-06-05 12:00:00 -0400,1,Lid,12.00,17.96\n';
	const PAID = '#1004,dan@example.com,paid,USD,25.00,5.00,2.00,32.00,2023-06-06 12:00:00 -0400,1,Cup,25.00,0.00\n';

	it.each([
		{
			orders: 'two marked partially refunded, one refunded',
			rows: [...SHIPPING_KEPT, REFUNDED, PAID],
			label: /^Orders refunded in full \(not purchases\)\. Of these, 2 orders are only partly refunded according to the file \(row 2, row 3\): an order whose products were all refunded with their tax, only its shipping kept, is counted as refunded in full\.$/,
			count: '3'
		},
		{
			orders: 'one marked partially refunded',
			rows: [SHIPPING_KEPT[1], PAID],
			label: /^Orders refunded in full \(not purchases\)\. Of these, 1 order is only partly refunded according to the file \(row 2\):/,
			count: '1'
		},
		{
			orders: 'none marked partially refunded',
			rows: [REFUNDED, PAID],
			label: /^Orders refunded in full \(not purchases\)$/,
			count: '1'
		}
	])('say how many of them the file marks partly refunded: $orders', async ({ rows, label, count }) => {
		const { report } = await importOrdersText(SHOPIFY + rows.join(''));
		render(ImportReportView, { report });
		const [name, value] = screen.getByTestId('treatment-fullyRefunded').querySelectorAll('td');
		expect(name).toHaveTextContent(label);
		expect(value).toHaveTextContent(new RegExp(`^${count}$`));
	});
});

// QA 55a: a file of USD and CAD orders was reported as "Currency: USD".
describe('the import report on orders in several currencies', () => {
	const FILE = 'Order ID,Customer Email,Order Date,Amount,Currency\n';
	it.each([
		[
			'USD and CAD',
			'C-1,a@x.io,2024-03-01,40.00,USD\nC-2,b@x.io,2024-03-02,30.00,CAD\nC-3,c@x.io,2024-03-03,5.00,USD\n',
			'USD and CAD (mixed, not converted)'
		],
		['USD alone', 'C-1,a@x.io,2024-03-01,40.00,USD\n', 'USD']
	])('%s', async (_, rows, currency) => {
		const { report } = await importOrdersText(FILE + rows);
		render(ImportReportView, { report });
		expect(screen.getByTestId('report-currency')).toHaveTextContent(
			new RegExp(`^${currency.replace(/[()]/g, '\\$&')}$`)
		);
	});
});

// QA 56a: a Shopify export of EUR and USD orders said "Refunded in all €122.37", a USD refund included.
describe('the import report’s amounts where the orders are in several currencies', () => {
	const FILE =
		'Order ID,Customer Email,Order Date,Amount,Currency,Status\n' +
		'C-1,a@x.io,2024-03-01,80.00,EUR,refunded\n' +
		'C-2,b@x.io,2024-03-02,41.30,USD,refunded\n' +
		'C-3,c@x.io,2024-03-03,50.00,EUR,completed\n' +
		'C-4,a@x.io,2024-03-04,20.00,USD,completed\n';

	it('shows the refunds, the revenue and the breakdown under no one currency’s sign, and says they are mixed', async () => {
		const { report } = await importOrdersText(FILE);
		render(ImportReportView, { report });
		const [, refunded] = screen.getByTestId('treatment-refundedAmount').querySelectorAll('td');
		// 80.00 EUR + 41.30 USD, added up unconverted.
		expect(refunded).toHaveTextContent(/^121\.30 \(mixed currencies\)$/);
		expect(screen.getByTestId('report-revenue')).toHaveTextContent(/^70\.00 \(mixed currencies\)$/);
		expect(screen.getByTestId('report-currency')).toHaveTextContent('EUR and USD (mixed, not converted)');
		// Nor anywhere else in the report (the revenue breakdown's gross sales, refunds, net sales).
		expect(document.body.textContent).not.toMatch(/[€$]/);
	});

	it('keeps the currency’s sign where there is one', async () => {
		const { report } = await importOrdersText(FILE.replaceAll('USD', 'EUR'));
		render(ImportReportView, { report });
		const [, refunded] = screen.getByTestId('treatment-refundedAmount').querySelectorAll('td');
		expect(refunded).toHaveTextContent(/^€121\.30$/);
	});
});

describe('the import report of files chosen with one that could not be imported', () => {
	it('says that file was left out, and why', async () => {
		const { report } = await importOrdersText(UCI);
		render(ImportReportView, {
			report,
			leftOut: [
				{
					name: 'b1_excel_renamed.csv',
					error: { code: 'binaryFile', params: { name: 'b1_excel_renamed.csv', kind: 'xlsx' }, file: 1 }
				}
			]
		});
		expect(screen.getByTestId('report-left-out')).toHaveTextContent(
			/^“b1_excel_renamed\.csv” was left out of this data set: it could not be imported\. b1_excel_renamed\.csv is an Excel workbook \(\.xlsx\)/
		);
	});

	it('says nothing of it when no file was left out', async () => {
		const { report } = await importOrdersText(UCI);
		render(ImportReportView, { report });
		expect(screen.queryByTestId('report-left-out')).toBeNull();
	});
});

describe('the import report on rows with no customer', () => {
	it.each([
		{
			what: 'an id with the e-mail as its stand-in',
			text:
				'Invoice,Date,Customer,Email,Amount\n' +
				'1,2024-01-05,CU1,cu1@shop.test,10.00\n' +
				'2,2024-01-06,CU2,,20.00\n' +
				'3,2024-01-07,,,12.50\n',
			columns: '“Customer”, “Email”'
		},
		{
			what: 'the e-mail alone',
			text: 'Invoice,Date,Email,Amount\n1,2024-01-05,cu1@shop.test,10.00\n2,2024-01-06,,12.50\n',
			columns: '“Email”'
		}
	])('names the columns they have empty: $what', async ({ text, columns }) => {
		const { report } = await importOrdersText(text);
		render(ImportReportView, { report });
		// (Not "no id, e-mail or phone number": the file may have such a column the import did not read.)
		expect(screen.getByTestId('report-customerlessSales')).toHaveTextContent(
			`The rows with no customer (nothing in ${columns}: an anonymous sale or a guest) hold`
		);
		expect(screen.getByTestId('report-customerlessSales')).toHaveTextContent(/12\.50 of sales/);
	});

	it('says “nothing usable” where a row held a phone number that tells no customer, and why in the skipped rows', async () => {
		const { report } = await importOrdersText(
			'Order,Customer ID,Phone,Date,Amount\n' +
				'1,,+7 916 123-45-67,2024-03-01,10.00\n' +
				'2,,+7 900 000-00-00,2024-03-02,12.50\n' +
				'3,,+7 916 765-43-21,2024-03-03,10.00\n'
		);
		render(ImportReportView, { report });
		expect(screen.getByTestId('report-customerlessSales')).toHaveTextContent(
			'The rows with no customer (nothing usable in “Customer ID”, “Phone”: an anonymous sale or a guest) hold'
		);
		const row = screen.getByTestId('skip-unusablePhone');
		expect(row.querySelectorAll('td')[0]).toHaveTextContent(/^the phone number tells no customer: a placeholder/);
		expect(row.querySelectorAll('td')[2]).toHaveTextContent(/row 3.*\+7 900 000-00-00/);
		expect(screen.queryByTestId('skip-missingCustomer')).toBeNull();
	});
});

describe('the import report on a totals line below the data', () => {
	it('says it was a totals row, not an order, with its row', async () => {
		const { report } = await importOrdersText(
			'Invoice,Date,Customer,Amount\n' +
				'INV-1,2024-02-07,CU003,88.95\n' +
				'INV-2,2024-03-07,CU009,28.40\n' +
				'Total,,,117.35\n'
		);
		render(ImportReportView, { report });
		const row = screen.getByTestId('skip-totalsRow');
		expect(row.querySelectorAll('td')[0]).toHaveTextContent(/^a totals row, not an order$/);
		expect(row.querySelectorAll('td')[1]).toHaveTextContent(/^1$/);
		expect(row.querySelectorAll('td')[2]).toHaveTextContent(/row 4/);
		expect(screen.queryByTestId('skip-missingCustomer')).toBeNull();
	});
});

describe('the import report of orders of one currency chosen from several', () => {
	it('counts the orders of the others, left out, with their first rows', async () => {
		const text =
			'order_id,customer_id,order_date,total,currency\n' +
			'1,anna,2024-01-05,10,EUR\n2,ben,2024-01-06,200,SEK\n3,carl,2024-01-07,30,EUR\n4,dora,2024-01-08,150,SEK\n';
		const { report } = await importOrdersBytes(new TextEncoder().encode(text), 1, 'markets.csv', 7, undefined, {
			onlyCurrency: 'EUR'
		});
		render(ImportReportView, { report });
		expect(screen.getByTestId('report-ordersKept')).toHaveTextContent('2');
		const [label, count, rows] = screen.getByTestId('treatment-otherCurrencies').querySelectorAll('td');
		expect(label).toHaveTextContent(
			'Orders in other currencies than EUR: left out whole, as chosen in the review (amounts are never converted; import the file again to see them)'
		);
		expect(count).toHaveTextContent(/^2$/);
		expect(rows).toHaveTextContent(/^row 3 \(.2.\), row 5 \(.4.\)$/);
	});
});
