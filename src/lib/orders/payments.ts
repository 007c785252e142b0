/**
 * A payment account's activity download (PayPal's "Activity download", all transactions): not an
 * orders export but the account's ledger, one row per movement of money in or out. Small shops
 * that take payment by PayPal buttons or invoices have no other list of their sales.
 *
 * Only some rows are purchases. A payment received ("Website Payment", "Express Checkout Payment",
 * "Mobile Payment", "Subscription Payment"…) is one, its payer in "From Email Address". A refund
 * ("Payment Refund", older downloads' "Refund"), a payment PayPal reversed ("Payment Reversal",
 * older "Reversal") and a chargeback (the buyer's card issuer took the money back) go out to the
 * buyer, who is then in "To Email Address", and name the payment they return in "Reference Txn
 * ID": each is taken off that payment. A "Chargeback Reversal" (the shop won the dispute) gives
 * that money back. Everything else is money moving that no customer bought anything with: currency
 * conversions, withdrawals to the bank, transfers, holds and their release, payments the shop
 * sent, payouts from a platform ("Mass Pay Payment"), fees, and memo rows (a payment not yet
 * completed, an invoice sent).
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

/**
 * What a ledger row is: a payment received, money returned to a buyer, a chargeback's money given
 * back to the shop (`restored`), or none of these.
 */
export type PaymentKind = 'received' | 'returned' | 'restored' | 'other';

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
	/refund|reversal|chargeback|hold|release|conversion|withdrawal|transfer|deposit|fee|reserve|cashback|reward|adjustment|bank|invoice sent|request|mass ?pay/i;
/** Words of the types of payments received. */
const PAYMENT = /payment|received|donation|purchase/i;
/**
 * Money paid back to a buyer: a refund, a payment PayPal reversed, a chargeback ("Payment Refund",
 * "Refund", "Payment Reversal", "Reversal", "Chargeback"); not a fee's refund, nor a hold's.
 */
const RETURNED = /^(?!.*\b(fee|hold)\b).*\b(refund|reversal)$|^chargeback$/i;
/** A chargeback undone: the money it took back is the shop's again. */
const RESTORED = /^chargeback reversal$|^reversal of chargeback$|^cancell?ation of chargeback$/i;

/**
 * What a ledger row is, from its type, its balance impact ('' where the file has no such column)
 * and its gross amount (NaN when it does not read): see the module's comment.
 */
export function paymentKind(type: string, impact: string, gross: number): PaymentKind {
	const direction = impact.trim().toLowerCase();
	const credit = direction ? direction === 'credit' : gross > 0;
	const debit = direction ? direction === 'debit' : gross < 0;
	const words = type.trim().replace(/\s+/g, ' ');
	if (credit && PAYMENT.test(words) && !NOT_A_PAYMENT.test(words)) return 'received';
	if (debit && RETURNED.test(words)) return 'returned';
	if (credit && RESTORED.test(words)) return 'restored';
	return 'other';
}
