import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { importOrdersText } from '$lib/orders/test-support';
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
