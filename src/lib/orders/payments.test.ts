import { describe, expect, it } from 'vitest';
import { normaliseHeader } from './layouts';
import { paymentKind, paymentLedgerOf } from './payments';
import { copiesOf, importOrdersText as importText, importOrderTexts, headline } from './test-support';

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
		['Refund', '', -30, 'returned'],
		['Reversal', '', -30, 'returned'],
		['Chargeback', 'Debit', -40, 'returned'],
		// A chargeback undone: the shop won the dispute.
		['Chargeback Reversal', 'Credit', 40, 'restored'],
		['Reversal of Chargeback', '', 40, 'restored'],
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
		['Chargeback Fee Reversal', 'Credit', 20, 'other'],
		['Fee Reversal', 'Credit', 1.17, 'other'],
		// Reversals and refunds of the shop's own moves (a reward, cashback, a transfer) return no sale.
		['Reward Reversal', 'Debit', -5, 'other'],
		['Cashback Reversal', '', -2.5, 'other'],
		['Transfer Reversal', 'Debit', -100, 'other'],
		['Withdrawal Reversal', '', -50, 'other'],
		['Fee Reversal', 'Debit', -1.17, 'other'],
		['Tax Refund', 'Debit', -3, 'other'],
		['Fee Refund', 'Debit', -1.17, 'other'],
		['Reversal of General Account Hold', 'Credit', 30, 'other'],
		// A platform's payout (a marketplace, affiliate earnings): no customer's purchase.
		['Mass Pay Payment', 'Credit', 250, 'other'],
		['Payment Hold', 'Debit', -30, 'other'],
		['Payment Release', 'Credit', 30, 'other'],
		// The German download: its types, and "Haben" and "Soll" for credit and debit.
		['Website-Zahlung', 'Haben', 54, 'received'],
		['Express-Checkout-Zahlung', 'Haben', 30, 'received'],
		['Handyzahlung', 'Haben', 15, 'received'],
		['Spendenzahlung', 'Haben', 5, 'received'],
		['Rückzahlung', 'Soll', -30, 'returned'],
		['Zahlungsrückbuchung', 'Soll', -30, 'returned'],
		['Rückbuchung', 'Soll', -40, 'returned'],
		['Allgemeine Währungsumrechnung', 'Haben', 18.4, 'other'],
		['Bankgutschrift auf PayPal-Konto', 'Haben', 100, 'other'],
		['Rückbuchung allgemeiner Einbehaltung', 'Haben', 30, 'other'],
		['Einbehaltung für offene Autorisierung', 'Soll', -30, 'other'],
		['Allgemeine Abbuchung', 'Soll', -1000, 'other'],
		['Massenzahlung', 'Haben', 250, 'other'],
		['Website-Zahlung', 'Soll', -54, 'other'],
		// The Dutch download: its types (as PayPal writes them), and "Bij" and "Af".
		['Websitebetaling', 'Bij', 54, 'received'],
		['Express Checkout betaling', 'Bij', 100, 'received'],
		['Abonnementsbetaling', 'Bij', 9.99, 'received'],
		['Terugkerende betaling', 'Bij', 9.99, 'received'],
		['Betaling eBay-veiling', 'Bij', 20, 'received'],
		['Terugbetaling', 'Af', -30, 'returned'],
		['Terugboeking betaling', 'Af', -30, 'returned'],
		['Algemeen valutaomrekening', 'Bij', 18.4, 'other'],
		['Algemene creditcardopname', 'Af', -500, 'other'],
		['Algemene creditcardstorting', 'Bij', 500, 'other'],
		['Creditcardstorting ter aanvulling saldo verschuldigd bedrag', 'Bij', 50, 'other'],
		['Geblokkeerd saldo wegens onderzoek naar geschil', 'Af', -30, 'other'],
		['Annulering van blokkering voor geschillenoplossing', 'Bij', 30, 'other'],
		['Vastgehouden - algemeen', 'Af', -7.92, 'other'],
		['Vooraf goedgekeurde betaling gebruiker betaalfactuur', 'Af', -100, 'other'],
		['Websitebetaling', 'Af', -54, 'other'],
		['Autorisatie', 'Memo', -10, 'other'],
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
		// The German download.
		expect(
			paymentLedgerOf(
				header(
					'Datum,Uhrzeit,Zeitzone,Name,Typ,Status,Währung,Brutto,Gebühr,Netto,Absender E-Mail-Adresse,Empfänger E-Mail-Adresse,Transaktionscode,Zugehöriger Transaktionscode,Auswirkung auf Guthaben'
				)
			)
		).toEqual({ type: 4, counterparty: 11, reference: 13, impact: 14 });
		// An orders export with a type and an e-mail is none.
		expect(paymentLedgerOf(header('Order ID,Email,Type,Total,Date'))).toBeNull();
	});
});

// A PayPal activity download, abridged to its columns that matter: Ann pays twice, one payment
// refunded in part; Bo pays once and is refunded in full; the shop converts currency and withdraws.
const HEADER =
	'Date,Name,Type,Status,Currency,Gross,From Email Address,To Email Address,Transaction ID,Reference Txn ID,Balance Impact';
const ACTIVITY =
	HEADER +
	'\n' +
	'15/01/2024,Ann,Website Payment,Completed,GBP,40.00,ann@example.com,shop@example.com,T1,,Credit\n' +
	'16/01/2024,Bo,Website Payment,Completed,GBP,25.00,bo@example.com,shop@example.com,T2,,Credit\n' +
	'17/01/2024,,General Currency Conversion,Completed,GBP,-10.00,,,T3,,Debit\n' +
	'20/01/2024,Bo,Payment Refund,Completed,GBP,-25.00,shop@example.com,bo@example.com,T4,T2,Debit\n' +
	'01/03/2024,Ann,Express Checkout Payment,Completed,GBP,60.00,ann@example.com,shop@example.com,T5,,Credit\n' +
	'30/03/2024,Ann,Payment Refund,Completed,GBP,-15.00,shop@example.com,ann@example.com,T6,T5,Debit\n' +
	'31/03/2024,,General Withdrawal,Completed,GBP,-70.00,shop@example.com,,T7,,Debit\n';

// An older download: no balance impact, no reference to the payment a refund returns.
const OLDER_HEADER =
	'Date,Time,Time Zone,Name,Type,Status,Currency,Gross,From Email Address,To Email Address,Transaction ID\n';
const olderRow = (date: string, type: string, status: string, gross: string, from: string, to: string, id: string) =>
	`${date},10:00:00,PST,X,${type},${status},USD,${gross},${from},${to},${id}\n`;
/** Ann's payment of 30.00 on 15 January (T1), which most older-download tests start with. */
const ANN_PAID_T1 = olderRow(
	'1/15/2024',
	'Web Accept Payment Received',
	'Completed',
	'30.00',
	'ann@x.com',
	'shop@x.com',
	'T1'
);

describe('a PayPal activity download imported', () => {
	it('counts the payments received less their refunds, with no column chosen by hand', async () => {
		const { plan, report, result } = await importText(ACTIVITY);
		expect(plan.paymentLedger).toBeDefined();
		// Hand-worked: Ann 40.00 and 60.00 − 15.00 = 45.00; Bo's 25.00 refunded in full.
		expect(headline(report)).toEqual({
			orders: 2,
			customers: 1,
			revenue: 85
		});
		expect(result.customers).toEqual(['ann@example.com']);
		// The shop's own address is no customer, and nothing is a refund without an order.
		expect(report.skipped.notPayment?.examples.map((e) => e.row)).toEqual([4, 8]);
		expect(report.skipped.refundWithoutOrder).toBeUndefined();
		expect(report.refunds.fullyRefunded.count).toBe(1);
		// Ann's 15.00 refund names her payment T5 (row 6): that payment is partly refunded, not
		// netted as a return into her latest order. Refunded: Bo's 25.00 and Ann's 15.00.
		expect(report.refunds.partlyRefunded.count).toBe(1);
		expect(report.refunds.partlyRefunded.examples[0]).toMatchObject({ file: 0, row: 7 });
		expect(report.refunds.negativeRowsNetted.count).toBe(0);
		expect(report.refunds.refundedAmount).toBeCloseTo(40, 2);
		// Gross 40.00 + 60.00 − refunds 15.00 = net 85.00.
		expect(report.revenueBreakdown).toMatchObject({ grossSales: 100, refunds: 15, returns: 0, netSales: 85 });
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
		expect(ranged.report.refunds).toEqual(whole.report.refunds);
		expect(ranged.report.revenueBreakdown).toEqual(whole.report.revenueBreakdown);
		expect(whole.report.refunds.partlyRefunded.count).toBe(300);
	});

	it('gives the same figures when the download lists the newest rows first', async () => {
		const [header, ...rows] = ACTIVITY.trimEnd().split('\n');
		const { report, result } = await importText([header, ...rows.reverse()].join('\n') + '\n');
		expect(headline(report)).toEqual({
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
		expect(headline(report)).toEqual({
			orders: 2,
			customers: 1,
			revenue: 85
		});
		expect(report.skipped.refundWithoutOrder).toBeUndefined();
		expect(report.refunds.fullyRefunded.count).toBe(1);
		// Bo's refund (row 5) names his payment T2, left out by its status: it takes nothing off,
		// and is counted apart, with the payment it names.
		expect(report.skipped.refundOfPaymentLeftOut).toEqual({
			count: 1,
			examples: [{ file: 0, row: 5, value: 'T2' }]
		});
		expect(report.lineItemRows).toBe(0);
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
		const { report } = await importOrderTexts(january, february);
		// Ann 40.00 − 10.00, Cy 12.00.
		expect(headline(report)).toEqual({
			orders: 2,
			customers: 2,
			revenue: 42
		});
	});

	it('takes each refund off once from downloads that overlap', async () => {
		// The same refund in both files (T6 of T5), and the first file added again.
		const march =
			HEADER +
			'\n30/03/2024,Ann,Payment Refund,Completed,GBP,-15.00,shop@example.com,ann@example.com,T6,T5,Debit\n' +
			'31/03/2024,Cy,Website Payment,Completed,GBP,12.00,cy@example.com,shop@example.com,T8,,Credit\n';
		const { report } = await importOrderTexts(ACTIVITY, march, ACTIVITY);
		// Hand-worked: Ann 40.00 and 60.00 − 15.00 once; Cy 12.00; Bo refunded in full.
		expect(headline(report)).toEqual({
			orders: 3,
			customers: 2,
			revenue: 97
		});
		// The copies are named: March's T6, and the third file's payments and refunds.
		expect(report.duplicates.examples[0]).toMatchObject({ file: 1, row: 2, value: 'T6' });
		expect(report.duplicates.count).toBe(1 + 5);
	});

	it('takes a chargeback off its payment, and gives it back when the chargeback is reversed', async () => {
		const disputes =
			HEADER +
			'\n15/01/2024,Ann,Website Payment,Completed,GBP,40.00,ann@example.com,shop@example.com,T1,,Credit\n' +
			'16/01/2024,Bo,Website Payment,Completed,GBP,25.00,bo@example.com,shop@example.com,T2,,Credit\n' +
			'17/01/2024,Cy,Website Payment,Completed,GBP,30.00,cy@example.com,shop@example.com,T3,,Credit\n' +
			'20/02/2024,Ann,Chargeback,Completed,GBP,-40.00,shop@example.com,ann@example.com,C1,T1,Debit\n' +
			'20/02/2024,,Chargeback Fee,Completed,GBP,-20.00,shop@example.com,,C2,T1,Debit\n' +
			'21/02/2024,Cy,Chargeback,Completed,GBP,-30.00,shop@example.com,cy@example.com,C3,T3,Debit\n' +
			'10/03/2024,Cy,Chargeback Reversal,Completed,GBP,30.00,cy@example.com,shop@example.com,C4,T3,Credit\n';
		const { report } = await importText(disputes);
		// Hand-worked: Ann's 40.00 charged back in full, left out with her; Cy won back: Bo 25.00, Cy 30.00.
		expect(headline(report)).toEqual({
			orders: 2,
			customers: 2,
			revenue: 55
		});
		expect(report.refunds.fullyRefunded.count).toBe(1);
		// Cy's chargeback and its reversal are listed together; the fee is no payment.
		expect(report.skipped.chargebackReversed?.examples.map((e) => e.row).sort()).toEqual([7, 8]);
		expect(report.skipped.notPayment?.examples.map((e) => e.value)).toEqual(['Chargeback Fee']);
		// A reversal naming the chargeback itself (not its payment) undoes it the same.
		const byOwnId = await importText(disputes.replace('C4,T3,Credit', 'C4,C3,Credit'));
		expect(byOwnId.report.revenue).toBe(55);
		// And one naming nothing (an empty reference) undoes its buyer's chargeback before it.
		const unnamed = await importText(disputes.replace('C4,T3,Credit', 'C4,,Credit'));
		expect(unnamed.report.revenue).toBe(55);
	});

	it('counts a chargeback reversal whose chargeback is not in the files apart, giving nothing back', async () => {
		// Ann's chargeback came in December's download; its reversal, and Bo's of a chargeback here, in this one.
		const text =
			HEADER +
			'\n15/01/2024,Ann,Website Payment,Completed,GBP,40.00,ann@example.com,shop@example.com,T1,,Credit\n' +
			'16/01/2024,Bo,Website Payment,Completed,GBP,25.00,bo@example.com,shop@example.com,T2,,Credit\n' +
			'20/01/2024,Bo,Chargeback,Completed,GBP,-25.00,shop@example.com,bo@example.com,C2,T2,Debit\n' +
			'10/02/2024,Ann,Chargeback Reversal,Completed,GBP,30.00,ann@example.com,shop@example.com,C3,T0,Credit\n' +
			'11/02/2024,Bo,Chargeback Reversal,Completed,GBP,25.00,bo@example.com,shop@example.com,C4,T2,Credit\n';
		const { report } = await importText(text);
		// Hand-worked: Ann 40.00 (nothing taken off, nothing added), Bo 25.00 won back.
		expect(headline(report)).toEqual({
			orders: 2,
			customers: 2,
			revenue: 65
		});
		// Only Bo's chargeback and its reversal are a pair; Ann's reversal is named apart.
		expect(report.skipped.chargebackReversed?.examples.map((e) => e.row).sort()).toEqual([4, 6]);
		expect(report.skipped.chargebackNotFound?.examples).toEqual([{ file: 0, row: 5, value: 'T0' }]);
	});

	it('reads the Dutch download alike, with no column chosen by hand', async () => {
		// The header of PayPal's Dutch activity download, as PayPal writes it.
		const header =
			'Datum,Tijd,Tijdzone,Naam,Type,Status,Valuta,Bruto,Fee,Net,Van e-mailadres,Naar e-mailadres,' +
			'Transactiereferentie,Verzendadres,Status adres,Item Title,Objectreferentie,Verzendkosten,' +
			'Verzekeringsbedrag,Sales Tax,Naam optie 1,Waarde optie 1,Naam optie 2,Waarde optie 2,Reference Txn ID,' +
			'Factuurnummer,Custom Number,Hoeveelheid,Ontvangstbewijsreferentie,Saldo,Adresregel 1,' +
			'Adresregel 2/regio/omgeving,Plaats,Staat/Provincie/Regio/Gebied,Zip/Postal Code,Land,' +
			'Telefoonnummer contactpersoon,Onderwerp,Note,Landcode,Effect op saldo\n';
		const row = (
			date: string,
			name: string,
			type: string,
			status: string,
			gross: string,
			from: string,
			to: string,
			id: string,
			ref: string,
			impact: string
		) =>
			`${date},17:47:00,CEST,${name},${type},${status},EUR,"${gross}","0,00","${gross}",${from},${to},${id},` +
			`,,Mok,,"0,00",,"0,00",,,,,${ref},,,1,,"1.875,88",,,,,,,,,,NL,${impact}\n`;
		const text =
			header +
			row(
				'06-12-2023',
				'Pietje Puk',
				'Express Checkout betaling',
				'Voltooid',
				'100,00',
				'p@x.nl',
				'shop@x.nl',
				'T1',
				'',
				'Bij'
			) +
			row('07-12-2023', 'Ann', 'Websitebetaling', 'Voltooid', '40,00', 'ann@x.nl', 'shop@x.nl', 'T2', '', 'Bij') +
			row(
				'08-12-2023',
				'Bo',
				'Websitebetaling',
				'Terugbetaald',
				'25,00',
				'bo@x.nl',
				'shop@x.nl',
				'T3',
				'',
				'Bij'
			) +
			row('08-12-2023', '', 'Algemeen valutaomrekening', 'Voltooid', '18,40', '', '', 'T4', 'T2', 'Bij') +
			row('09-12-2023', 'Ann', 'Terugbetaling', 'Voltooid', '-10,00', 'shop@x.nl', 'ann@x.nl', 'T5', 'T2', 'Af') +
			row('10-12-2023', 'Bo', 'Terugbetaling', 'Voltooid', '-25,00', 'shop@x.nl', 'bo@x.nl', 'T6', 'T3', 'Af') +
			row('11-12-2023', '', 'Algemene creditcardopname', 'Voltooid', '-500,00', 'shop@x.nl', '', 'T7', '', 'Af');
		const { plan, report } = await importText(text);
		expect(plan.paymentLedger).toBeDefined();
		// Hand-worked: Pietje 100.00; Ann 40.00 − 10.00; Bo's 25.00 refunded in full (its refund not taken twice).
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 130 });
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.skipped.notPayment?.examples.map((e) => e.value)).toEqual([
			'Algemeen valutaomrekening',
			'Algemene creditcardopname'
		]);
		expect(report.firstDay).toBe(Date.UTC(2023, 11, 6) / 86_400_000);
	});

	it('takes no reward’s or transfer’s reversal off a buyer’s payment in an older download', async () => {
		const text =
			OLDER_HEADER +
			ANN_PAID_T1 +
			olderRow('1/20/2024', 'Reward Reversal', 'Completed', '-5.00', 'shop@x.com', 'ann@x.com', 'T2') +
			olderRow('1/21/2024', 'Transfer Reversal', 'Completed', '-30.00', 'shop@x.com', 'ann@x.com', 'T3');
		const { report } = await importText(text);
		expect(headline(report)).toEqual({
			orders: 1,
			customers: 1,
			revenue: 30
		});
		expect(report.skipped.notPayment?.examples.map((e) => e.value)).toEqual([
			'Reward Reversal',
			'Transfer Reversal'
		]);
	});

	it('counts a refund of a payment the files do not have apart, off no other payment', async () => {
		// T0 was paid in December, before this download's first day.
		const text =
			HEADER +
			'\n05/01/2024,Ann,Website Payment,Completed,GBP,30.00,ann@example.com,shop@example.com,T1,,Credit\n' +
			'06/01/2024,Bo,Website Payment,Completed,GBP,25.00,bo@example.com,shop@example.com,T2,,Credit\n' +
			'10/01/2024,Ann,Payment Refund,Completed,GBP,-30.00,shop@example.com,ann@example.com,T3,T0,Debit\n';
		const { report, result } = await importText(text);
		// Ann's own 5 January payment stands at 30.00.
		expect([...result.columns.amount]).toEqual([30, 25]);
		expect(report.customers).toBe(2);
		expect(report.skipped.refundWithoutOrder?.examples).toEqual([{ file: 0, row: 4, value: '-30' }]);
		expect(report.refunds.negativeRowsNetted.count).toBe(0);
	});

	it('takes a refund off the payment of its amount in an older download that names no payment', async () => {
		const text =
			'Date,Time,Time Zone,Name,Type,Status,Currency,Gross,Fee,Net,From Email Address,To Email Address,Transaction ID,Item Title\n' +
			'1/15/2024,10:00:00,PST,Ann,Web Accept Payment Received,Completed,USD,30.00,-1.17,28.83,ann@example.com,shop@example.com,T1,Mug\n' +
			'1/16/2024,10:00:00,PST,Bo,Web Accept Payment Received,Completed,USD,25.00,-1.17,23.83,bo@example.com,shop@example.com,T2,Mug\n' +
			'1/18/2024,10:00:00,PST,Bo,Web Accept Payment Received,Completed,USD,60.00,-2.04,57.96,bo@example.com,shop@example.com,T3,Tray\n' +
			'1/20/2024,10:00:00,PST,Ann,Refund,Completed,USD,-30.00,1.17,-28.83,shop@example.com,ann@example.com,T4,Mug\n' +
			'1/21/2024,10:00:00,PST,Bo,Refund,Completed,USD,-25.00,1.17,-23.83,shop@example.com,bo@example.com,T5,Mug\n' +
			'1/22/2024,10:00:00,PST,Bo,Reversal,Completed,USD,-10.00,0.30,-9.70,shop@example.com,bo@example.com,T6,Tray\n' +
			// Cy's second payment says it was refunded: his refund of it is its row, off no other payment.
			'1/14/2024,10:00:00,PST,Cy,Web Accept Payment Received,Completed,USD,15.00,-0.74,14.26,cy@example.com,shop@example.com,T7,Mug\n' +
			'1/17/2024,10:00:00,PST,Cy,Web Accept Payment Received,Refunded,USD,40.00,-1.47,38.53,cy@example.com,shop@example.com,T8,Tray\n' +
			'1/23/2024,10:00:00,PST,Cy,Refund,Completed,USD,-40.00,1.47,-38.53,shop@example.com,cy@example.com,T9,Tray\n';
		const { report, result } = await importText(text);
		// Hand-worked: Ann's 30.00 refunded in full, left out with her; Bo's 25.00 (the payment of
		// the refund's amount, not his latest) refunded in full; his 60.00 reversed in part: 50.00;
		// Cy's 15.00 untouched.
		expect(headline(report)).toEqual({
			orders: 2,
			customers: 2,
			revenue: 65
		});
		expect(result.customers).toEqual(['bo@example.com', 'cy@example.com']);
		// Ann's, Bo's and Cy's (by its status).
		expect(report.refunds.fullyRefunded.count).toBe(3);
		expect(report.skipped.refundWithoutOrder).toBeUndefined();
	});

	it('settles an older download’s refunds in the order they happened, newest or oldest row first', async () => {
		const rows = [
			olderRow('1/16/2024', 'Web Accept Payment Received', 'Completed', '25.00', 'bo@x.com', 'shop@x.com', 'T1'),
			olderRow('1/17/2024', 'Refund', 'Completed', '-10.00', 'shop@x.com', 'bo@x.com', 'T2'),
			olderRow('1/18/2024', 'Web Accept Payment Received', 'Completed', '60.00', 'bo@x.com', 'shop@x.com', 'T3'),
			olderRow('1/21/2024', 'Refund', 'Completed', '-15.00', 'shop@x.com', 'bo@x.com', 'T4')
		];
		// Hand-worked: 17 January's 10.00 comes off the 25.00 (the only payment before it), leaving
		// 15.00; 21 January's 15.00 then finds that payment of its amount, which is refunded in full.
		const expected = { orders: 1, customers: 1, revenue: 60 };
		for (const ordered of [rows, [...rows].reverse()]) {
			const { report } = await importText(OLDER_HEADER + ordered.join(''));
			expect(headline(report)).toEqual(expected);
		}
	});

	it('reads the German download alike, with no column chosen by hand', async () => {
		// ACTIVITY's rows, in German: its headers, types, "Haben"/"Soll", day-first dates and decimal commas.
		const german =
			'Datum,Uhrzeit,Zeitzone,Name,Typ,Status,Währung,Brutto,Gebühr,Netto,Absender E-Mail-Adresse,Empfänger E-Mail-Adresse,Transaktionscode,Zugehöriger Transaktionscode,Auswirkung auf Guthaben\n' +
			'15.01.2024,10:00:00,Europe/Berlin,Ann,Website-Zahlung,Abgeschlossen,EUR,"40,00","-1,71","38,29",ann@example.com,shop@example.de,T1,,Haben\n' +
			'16.01.2024,10:00:00,Europe/Berlin,Bo,Website-Zahlung,Abgeschlossen,EUR,"25,00","-1,22","23,78",bo@example.com,shop@example.de,T2,,Haben\n' +
			'17.01.2024,10:00:00,Europe/Berlin,,Allgemeine Währungsumrechnung,Abgeschlossen,EUR,"-10,00","0,00","-10,00",,,T3,,Soll\n' +
			'20.01.2024,10:00:00,Europe/Berlin,Bo,Rückzahlung,Abgeschlossen,EUR,"-25,00","1,22","-23,78",shop@example.de,bo@example.com,T4,T2,Soll\n' +
			'01.03.2024,10:00:00,Europe/Berlin,Ann,Express-Checkout-Zahlung,Abgeschlossen,EUR,"1.060,00","-36,39","1.023,61",ann@example.com,shop@example.de,T5,,Haben\n' +
			'30.03.2024,10:00:00,Europe/Berlin,Ann,Rückzahlung,Abgeschlossen,EUR,"-15,00","0,51","-14,49",shop@example.de,ann@example.com,T6,T5,Soll\n' +
			'31.03.2024,10:00:00,Europe/Berlin,,Allgemeine Abbuchung,Abgeschlossen,EUR,"-70,00","0,00","-70,00",shop@example.de,,T7,,Soll\n';
		const { plan, report, result } = await importText(german);
		expect(plan.paymentLedger).toBeDefined();
		// Hand-worked: Ann 40.00 and 1,060.00 − 15.00 = 1,045.00; Bo's 25.00 refunded in full.
		expect(headline(report)).toEqual({
			orders: 2,
			customers: 1,
			revenue: 1085
		});
		expect(result.customers).toEqual(['ann@example.com']);
		expect(report.skipped.notPayment?.examples.map((e) => e.value)).toEqual([
			'Allgemeine Währungsumrechnung',
			'Allgemeine Abbuchung'
		]);
	});

	it('takes a refund naming no payment as the row of the buyer’s payment marked refunded, before a kept one', async () => {
		const text =
			OLDER_HEADER +
			ANN_PAID_T1 +
			olderRow('1/17/2024', 'Web Accept Payment Received', 'Refunded', '30.00', 'ann@x.com', 'shop@x.com', 'T2') +
			olderRow('1/18/2024', 'Web Accept Payment Received', 'Completed', '20.00', 'bo@x.com', 'shop@x.com', 'T3') +
			olderRow('1/19/2024', 'Web Accept Payment Received', 'Completed', '40.00', 'cy@x.com', 'shop@x.com', 'T4') +
			olderRow('1/19/2024', 'Web Accept Payment Received', 'Pending', '15.00', 'cy@x.com', 'shop@x.com', 'T5') +
			olderRow('1/20/2024', 'Refund', 'Completed', '-30.00', 'shop@x.com', 'ann@x.com', 'T6') +
			olderRow('1/21/2024', 'Refund', 'Completed', '-15.00', 'shop@x.com', 'cy@x.com', 'T7');
		const { report } = await importText(text);
		// Hand-worked: Ann's refund is her refunded payment's row (her other 30.00 stands); Cy's
		// pending payment is no refunded one: his refund comes off his 40.00. 30 + 20 + 25.
		expect(headline(report)).toEqual({
			orders: 3,
			customers: 3,
			revenue: 75
		});
		// Ann's refund (row 7) is counted apart, as a refund of a payment left out, not as a
		// further row of an order counted; Cy's partly refunds his 40.00 payment.
		expect(report.skipped.refundOfPaymentLeftOut).toEqual({ count: 1, examples: [{ file: 0, row: 7 }] });
		expect(report.refunds.partlyRefunded).toEqual({ count: 1, examples: [{ file: 0, row: 8 }] });
		expect(report.lineItemRows).toBe(0);
	});
});

describe('a PayPal payment marked Reversed (charged back, or reversed by PayPal)', () => {
	// Ann's payment T1 of 40.00, marked Reversed, and Di's T4 of 20.00.
	const PAID =
		HEADER +
		'\n15/01/2024,Ann,Website Payment,Reversed,GBP,40.00,ann@x.com,shop@x.com,T1,,Credit\n' +
		'16/01/2024,Di,Website Payment,Completed,GBP,20.00,di@x.com,shop@x.com,T4,,Credit\n';
	const CHARGEBACK = '01/02/2024,Ann,Chargeback,Completed,GBP,-40.00,shop@x.com,ann@x.com,C1,T1,Debit\n';
	// PayPal's reversal names the chargeback it undoes.
	const WON = '01/03/2024,Ann,Chargeback Reversal,Completed,GBP,40.00,ann@x.com,shop@x.com,C2,C1,Credit\n';

	it('stands where its chargeback was reversed: the shop won the dispute', async () => {
		const { report } = await importText(PAID + CHARGEBACK + WON);
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 60 });
		expect(report.skipped.chargebackReversed?.examples).toEqual([
			{ file: 0, row: 4 },
			{ file: 0, row: 5 }
		]);
		expect(report.refunds.fullyRefunded.count).toBe(0);
	});

	it('is left out where its chargeback stands, refunded in full by the chargeback', async () => {
		const { report } = await importText(PAID + CHARGEBACK);
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 20 });
		// The chargeback's row (4) is the refund's, and nothing else counts it.
		expect(report.refunds.fullyRefunded).toEqual({ count: 1, examples: [{ file: 0, row: 4 }] });
		expect(report.refunds.refundedAmount).toBeCloseTo(40, 2);
		expect(report.refunds.negativeRowsNetted.count).toBe(0);
		expect(report.skipped.refundOfPaymentLeftOut).toBeUndefined();
	});

	it('keeps what a dispute won back in part left of it, partly refunded', async () => {
		const partWon = WON.replace('40.00', '10.00');
		const { report } = await importText(PAID + CHARGEBACK + partWon);
		// 40.00 − 40.00 + 10.00 = 10.00 of Ann's, and Di's 20.00.
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 30 });
		expect(report.refunds.partlyRefunded.count).toBe(1);
		expect(report.refunds.refundedAmount).toBeCloseTo(30, 2);
	});

	it('stands where the files have the chargeback’s reversal but not the chargeback (an earlier download’s)', async () => {
		const { report } = await importText(PAID + WON.replace(',C1,', ',T1,'));
		expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 60 });
		expect(report.skipped.chargebackNotFound?.count).toBe(1);
	});

	it('is left out as refunded, by its status, where the files have no row returning it', async () => {
		const { report } = await importText(PAID);
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 20 });
		expect(report.refunds.fullyRefunded).toEqual({ count: 1, examples: [{ file: 0, row: 2 }] });
		expect(report.refunds.refundedAmount).toBeCloseTo(40, 2);
	});

	it('gives the same figures whichever of two overlapping downloads is read first', async () => {
		// January's download, made before the dispute: T1 still Completed.
		const january = PAID.replace('Reversed', 'Completed');
		for (const [later, revenue] of [
			[PAID + CHARGEBACK, 20],
			[PAID + CHARGEBACK + WON, 60]
		] as const) {
			const [first, second] = [await importOrderTexts(january, later), await importOrderTexts(later, january)];
			for (const { report } of [first, second]) {
				expect(report.revenue).toBeCloseTo(revenue, 2);
				// The copies are duplicates; their outcomes do not disagree: the dispute settles T1.
				expect(report.duplicates.count).toBe(2);
				expect(report.warnings?.map((w) => w.code)).not.toContain('duplicateOutcomes');
			}
		}
	});

	it('in an older download, is the payment its chargeback returns, and a later refund another’s', async () => {
		const text =
			OLDER_HEADER +
			olderRow('1/15/2024', 'Web Accept Payment Received', 'Reversed', '30.00', 'ann@x.com', 'shop@x.com', 'T1') +
			olderRow(
				'1/16/2024',
				'Web Accept Payment Received',
				'Completed',
				'30.00',
				'ann@x.com',
				'shop@x.com',
				'T2'
			) +
			olderRow('2/01/2024', 'Chargeback', 'Completed', '-30.00', 'shop@x.com', 'ann@x.com', 'C1') +
			olderRow('3/01/2024', 'Chargeback Reversal', 'Completed', '30.00', 'ann@x.com', 'shop@x.com', 'C2') +
			olderRow('3/05/2024', 'Refund', 'Completed', '-30.00', 'shop@x.com', 'ann@x.com', 'R1');
		const { report, result } = await importText(text);
		// Hand-worked: the dispute over T1 was won (T1 stands); the refund of 30.00 returns T2.
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 30 });
		expect([...result.columns.day]).toEqual([19737]); // 15 January 2024: T1
		expect(report.refunds.fullyRefunded).toEqual({ count: 1, examples: [{ file: 0, row: 6 }] });
		expect(report.skipped.chargebackReversed?.count).toBe(2);
	});

	it('gives the same figures read in byte ranges', async () => {
		const big = copiesOf(PAID, 400, (row, copy) => row.replace(/,T(\d)/g, `,T${copy}-$1`));
		const whole = await importText(big);
		const ranged = await importText(big, 3);
		expect(whole.report.revenue).toBeCloseTo(400 * 20, 2);
		expect(headline(ranged.report)).toEqual(headline(whole.report));
		expect(ranged.report.refunds).toEqual(whole.report.refunds);
	});
});

describe('payments marked Reversed, where the rows of the files explain only some', () => {
	it('in an older download, one chargeback explains one payment: the other is refunded by its status', async () => {
		const text =
			OLDER_HEADER +
			olderRow('1/10/2024', 'Web Accept Payment Received', 'Completed', '50.00', 'bo@x.com', 'shop@x.com', 'T0') +
			olderRow('1/15/2024', 'Web Accept Payment Received', 'Reversed', '30.00', 'ann@x.com', 'shop@x.com', 'T1') +
			olderRow('1/16/2024', 'Web Accept Payment Received', 'Reversed', '30.00', 'ann@x.com', 'shop@x.com', 'T2') +
			olderRow('2/01/2024', 'Chargeback', 'Completed', '-30.00', 'shop@x.com', 'ann@x.com', 'C1');
		const { report } = await importText(text);
		// Hand-worked: Bo's 50.00; Ann's two payments both reversed (one by the chargeback, one by its status).
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 50 });
		expect(report.refunds.fullyRefunded.count).toBe(2);
		expect(report.refunds.refundedAmount).toBeCloseTo(60, 2);
	});

	it('a refund of a part alone does not explain the reversal: the status decides', async () => {
		const text =
			HEADER +
			'\n15/01/2024,Ann,Website Payment,Reversed,GBP,40.00,ann@x.com,shop@x.com,T1,,Credit\n' +
			'16/01/2024,Di,Website Payment,Completed,GBP,20.00,di@x.com,shop@x.com,T4,,Credit\n' +
			'20/01/2024,Ann,Payment Refund,Completed,GBP,-10.00,shop@x.com,ann@x.com,R1,T1,Debit\n';
		const { report } = await importText(text);
		expect(headline(report)).toEqual({ orders: 1, customers: 1, revenue: 20 });
		expect(report.refunds.fullyRefunded.count).toBe(1);
	});
});
