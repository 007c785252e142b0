import { describe, expect, it } from 'vitest';
import { normaliseHeader } from './layouts';
import { paymentKind, paymentLedgerOf } from './payments';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import { copiesOf, importOrdersText as importText, sampleOf, sourceOf, TEST_TODAY } from './test-support';

describe('what a row of a PayPal activity download is', () => {
	it.each([
		// Payments received: credited, of a payment type.
		['Website Payment', 'Credit', 54, 'received'],
		['Express Checkout Payment', 'Credit', 30, 'received'],
		['Mobile Payment', 'Credit', 15, 'received'],
		['Subscription Payment', 'Credit', 9.99, 'received'],
		['Shopping Cart Payment Received', 'Credit', 20, 'received'],
		['Donation Payment', 'Credit', 5, 'received'],
		// Older downloads have no balance impact: the sign of the gross says.
		['Website Payment', '', 54, 'received'],
		['Payment Refund', '', -30, 'returned'],
		// Money back to a buyer.
		['Payment Refund', 'Debit', -30, 'returned'],
		['Payment Reversal', 'Debit', -30, 'returned'],
		// The same types the other way: the shop paid, or was refunded by a supplier.
		['Express Checkout Payment', 'Debit', -40, 'other'],
		['Payment Refund', 'Credit', 40, 'other'],
		['PreApproved Payment Bill User Payment', 'Debit', -12.5, 'other'],
		// Money moving, no purchase.
		['General Currency Conversion', 'Credit', 18.4, 'other'],
		['General Currency Conversion', 'Debit', -20, 'other'],
		['General Withdrawal', 'Debit', -1000, 'other'],
		['Bank Deposit to PP Account', 'Credit', 100, 'other'],
		['Hold on Balance for Dispute Investigation', 'Debit', -30, 'other'],
		['Cancellation of Hold for Dispute Resolution', 'Credit', 30, 'other'],
		['Chargeback Fee', 'Debit', -20, 'other'],
		['Payment Hold', 'Debit', -30, 'other'],
		['Payment Release', 'Credit', 30, 'other'],
		// Not completed: a memo moves no money.
		['Website Payment', 'Memo', 25, 'other'],
		['Invoice Sent', 'Memo', 80, 'other'],
		['Website Payment', '', Number.NaN, 'other']
	] as const)('%s (%s, %d) is %s', (type, impact, gross, kind) => {
		expect(paymentKind(type, impact, gross)).toBe(kind);
	});

	it('is read only from a download with its columns', () => {
		const header = (line: string) => line.split(',').map(normaliseHeader);
		expect(
			paymentLedgerOf(
				header(
					'Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,From Email Address,To Email Address,Transaction ID,Reference Txn ID,Balance Impact'
				)
			)
		).toEqual({ type: 4, counterparty: 11, reference: 13, impact: 14 });
		// An older download: no balance impact, no reference.
		expect(
			paymentLedgerOf(header('Date,Name,Type,Status,Gross,From Email Address,To Email Address,Transaction ID'))
		).toEqual({ type: 2, counterparty: 6 });
		// An orders export with a type and an e-mail is none.
		expect(paymentLedgerOf(header('Order ID,Email,Type,Total,Date'))).toBeNull();
	});
});

// A PayPal activity download, abridged to its columns that matter: Ann pays twice, one payment
// refunded in part; Bo pays once and is refunded in full; the shop converts currency and withdraws.
const ACTIVITY =
	'Date,Name,Type,Status,Currency,Gross,From Email Address,To Email Address,Transaction ID,Reference Txn ID,Balance Impact\n' +
	'15/01/2024,Ann,Website Payment,Completed,GBP,40.00,ann@example.com,shop@example.com,T1,,Credit\n' +
	'16/01/2024,Bo,Website Payment,Completed,GBP,25.00,bo@example.com,shop@example.com,T2,,Credit\n' +
	'17/01/2024,,General Currency Conversion,Completed,GBP,-10.00,,,T3,,Debit\n' +
	'20/01/2024,Bo,Payment Refund,Completed,GBP,-25.00,shop@example.com,bo@example.com,T4,T2,Debit\n' +
	'01/03/2024,Ann,Express Checkout Payment,Completed,GBP,60.00,ann@example.com,shop@example.com,T5,,Credit\n' +
	'30/03/2024,Ann,Payment Refund,Completed,GBP,-15.00,shop@example.com,ann@example.com,T6,T5,Debit\n' +
	'31/03/2024,,General Withdrawal,Completed,GBP,-70.00,shop@example.com,,T7,,Debit\n';

describe('a PayPal activity download imported', () => {
	it('counts the payments received less their refunds, with no column chosen by hand', async () => {
		const { plan, report, result } = await importText(ACTIVITY);
		expect(plan.paymentLedger).toBeDefined();
		// Hand-worked: Ann 40.00 and 60.00 − 15.00 = 45.00; Bo's 25.00 refunded in full.
		expect({ orders: report.ordersKept, customers: report.customers, revenue: report.revenue }).toEqual({
			orders: 2,
			customers: 1,
			revenue: 85
		});
		expect(result.customers).toEqual(['ann@example.com']);
		// The shop's own address is no customer, and nothing is a refund without an order.
		expect(report.skipped.notPayment?.examples.map((e) => e.row)).toEqual([4, 8]);
		expect(report.skipped.refundWithoutOrder).toBeUndefined();
		expect(report.refunds.fullyRefunded.count).toBe(1);
	});

	it('gives the same figures read in byte ranges', async () => {
		// Each copy its own transaction ids, refunds naming their copy's payments.
		const big = copiesOf(ACTIVITY, 300, (row, copy) => row.replace(/,T(\d)/g, `,T${copy}-$1`));
		const whole = await importText(big);
		const ranged = await importText(big, 3);
		expect(whole.report.revenue).toBeCloseTo(300 * 85, 2);
		expect([ranged.report.ordersKept, ranged.report.customers, ranged.report.revenue]).toEqual([
			whole.report.ordersKept,
			whole.report.customers,
			whole.report.revenue
		]);
		expect(ranged.report.skipped.notPayment?.count).toBe(600);
	});

	it('gives the same figures when the download lists the newest rows first', async () => {
		const [header, ...rows] = ACTIVITY.trimEnd().split('\n');
		const { report, result } = await importText([header, ...rows.reverse()].join('\n') + '\n');
		expect({ orders: report.ordersKept, customers: report.customers, revenue: report.revenue }).toEqual({
			orders: 2,
			customers: 1,
			revenue: 85
		});
		// Each payment on its own day, not its refund's: 15 January and 1 March 2024.
		expect([...result.columns.day].sort()).toEqual([19737, 19783]);
	});

	it('does not take a refund twice off a payment whose status says it was refunded', async () => {
		// PayPal marks the payment "Refunded" or "Partially Refunded" once its refund is made.
		const text = ACTIVITY.replace(
			'Website Payment,Completed,GBP,25.00',
			'Website Payment,Refunded,GBP,25.00'
		).replace('Express Checkout Payment,Completed', 'Express Checkout Payment,Partially Refunded');
		const { report } = await importText(text);
		expect({ orders: report.ordersKept, customers: report.customers, revenue: report.revenue }).toEqual({
			orders: 2,
			customers: 1,
			revenue: 85
		});
		expect(report.skipped.refundWithoutOrder).toBeUndefined();
		expect(report.refunds.fullyRefunded.count).toBe(1);
	});

	it('takes a refund in a later month’s download off its payment in an earlier one', async () => {
		const header = ACTIVITY.split('\n')[0];
		const january =
			header +
			'\n15/01/2024,Ann,Website Payment,Completed,GBP,40.00,ann@example.com,shop@example.com,T1,,Credit\n';
		const february =
			header +
			'\n02/02/2024,Ann,Payment Refund,Completed,GBP,-10.00,shop@example.com,ann@example.com,T9,T1,Debit\n' +
			'05/02/2024,Cy,Website Payment,Completed,GBP,12.00,cy@example.com,shop@example.com,T10,,Credit\n';
		const sources = [january, february].map((text, i) => {
			const bytes = new TextEncoder().encode(text);
			return sourceOf(bytes, inspectSample(sampleOf(`activity-${i}.csv`, bytes)).plan);
		});
		const { report } = await runImport(sources, { today: TEST_TODAY });
		// Ann 40.00 − 10.00, Cy 12.00.
		expect({ orders: report.ordersKept, customers: report.customers, revenue: report.revenue }).toEqual({
			orders: 2,
			customers: 2,
			revenue: 42
		});
	});
});
