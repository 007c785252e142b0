/**
 * A payment account's activity download (PayPal's "Activity download", all transactions): not an
 * orders export but the account's ledger, one row per movement of money in or out. Small shops
 * that take payment by PayPal buttons or invoices have no other list of their sales.
 *
 * Only some rows are purchases. A payment received ("Website Payment", "Express Checkout Payment",
 * "Mobile Payment", "Subscription Payment"…) is one, its payer in "From Email Address". A refund
 * ("Payment Refund", and PayPal's "Payment Reversal") goes out to the buyer, who is then in "To
 * Email Address", and names the payment it returns in "Reference Txn ID": it is taken off that
 * payment. Everything else is money moving that no customer bought anything with: currency
 * conversions, withdrawals to the bank, transfers, holds and their release, payments the shop
 * sent, fees, and memo rows (a payment not yet completed, an invoice sent).
 */

/** Where the ledger's own columns are (indexes into a row); the payment's id, payer, date and amount are mapped roles. */
export interface PaymentLedger {
	/** The kind of movement ("Website Payment", "Payment Refund", "General Withdrawal"). */
	type: number;
	/** "Credit", "Debit" or "Memo"; older downloads have no such column (the amount's sign says). */
	impact?: number;
	/** "To Email Address": the buyer a refund is paid back to. */
	counterparty: number;
	/** "Reference Txn ID": the payment a refund returns. */
	reference?: number;
}

/** What a ledger row is: a payment received, money returned to a buyer, or neither. */
export type PaymentKind = 'received' | 'returned' | 'other';

/** Headers (as `normaliseHeader` writes them) that make a file a PayPal activity download. */
const REQUIRED = ['type', 'gross', 'from email address', 'to email address', 'transaction id'];

/** The ledger's columns, when `headers` (normalised) are those of a PayPal activity download; else null. */
export function paymentLedgerOf(headers: readonly string[]): PaymentLedger | null {
	if (!REQUIRED.every((h) => headers.includes(h))) return null;
	const at = (name: string) => {
		const index = headers.indexOf(name);
		return index < 0 ? undefined : index;
	};
	return {
		type: headers.indexOf('type'),
		counterparty: headers.indexOf('to email address'),
		...(at('balance impact') !== undefined && { impact: at('balance impact') }),
		...(at('reference txn id') !== undefined && { reference: at('reference txn id') })
	};
}

/** Movements that are money coming back or moving between accounts, whatever else their type says. */
const NOT_A_PAYMENT =
	/refund|reversal|chargeback|hold|release|conversion|withdrawal|transfer|deposit|fee|reserve|cashback|reward|adjustment|bank|invoice sent|request/i;
/** Words of the types of payments received. */
const PAYMENT = /payment|received|donation|purchase/i;
/** Money paid back to a buyer: a refund, or a payment PayPal reversed. */
const RETURNED = /refund|payment reversal/i;

/**
 * What a ledger row is, from its type, its balance impact ('' where the file has no such column)
 * and its gross amount (NaN when it does not read): see the module's comment.
 */
export function paymentKind(type: string, impact: string, gross: number): PaymentKind {
	const direction = impact.trim().toLowerCase();
	const credit = direction ? direction === 'credit' : gross > 0;
	const debit = direction ? direction === 'debit' : gross < 0;
	if (credit && PAYMENT.test(type) && !NOT_A_PAYMENT.test(type)) return 'received';
	if (debit && RETURNED.test(type)) return 'returned';
	return 'other';
}
