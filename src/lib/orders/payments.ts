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
 * completed, an invoice sent). The same download in German ("Typ", "Brutto", "Absender
 * E-Mail-Adresse"…) and in Dutch ("Bruto", "Van e-mailadres", "Transactiereferentie"…) is read
 * alike.
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

/**
 * The headers (as `normaliseHeader` writes them) of PayPal's activity download in English, German
 * and Dutch (PayPal's download is in the account's language; "Auswirkung auf Guthaben" and "Effect
 * op saldo" are "Balance Impact", their values "Haben" and "Soll", "Bij" and "Af" credit and debit;
 * the Dutch download keeps "Reference Txn ID" and "Item Title" in English).
 */
const HEADERS = [
	{
		type: 'type',
		gross: 'gross',
		payer: 'from email address',
		counterparty: 'to email address',
		id: 'transaction id',
		impact: 'balance impact',
		reference: 'reference txn id'
	},
	{
		type: 'typ',
		gross: 'brutto',
		payer: 'absender e mail adresse',
		counterparty: 'empfänger e mail adresse',
		id: 'transaktionscode',
		impact: 'auswirkung auf guthaben',
		reference: 'zugehöriger transaktionscode'
	},
	{
		type: 'type',
		gross: 'bruto',
		payer: 'van e mailadres',
		counterparty: 'naar e mailadres',
		id: 'transactiereferentie',
		impact: 'effect op saldo',
		reference: 'reference txn id'
	}
] as const;

/** The mapped roles of a ledger's columns, in its three languages: the payment's payer, id, date and gross amount. */
export const LEDGER_ROLES = {
	customer: ['from email address', 'absender e mail adresse', 'van e mailadres'],
	orderId: ['transaction id', 'transaktionscode', 'transactiereferentie'],
	date: ['date', 'datum'],
	amount: ['gross', 'brutto', 'bruto'],
	status: ['status'],
	currency: ['currency', 'währung', 'valuta'],
	fullName: ['name', 'naam'],
	product: ['item title', 'artikelbezeichnung'],
	country: ['country code', 'ländercode', 'landcode']
};

/** The ledger's columns, when `headers` (normalised) are those of a PayPal activity download; else null. */
export function paymentLedgerOf(headers: readonly string[]): PaymentLedger | null {
	const names = HEADERS.find((h) =>
		[h.type, h.gross, h.payer, h.counterparty, h.id].every((n) => headers.includes(n))
	);
	if (!names) return null;
	const at = (name: string) => {
		const index = headers.indexOf(name);
		return index < 0 ? undefined : index;
	};
	return {
		type: headers.indexOf(names.type),
		counterparty: headers.indexOf(names.counterparty),
		...(at(names.impact) !== undefined && { impact: at(names.impact) }),
		...(at(names.reference) !== undefined && { reference: at(names.reference) })
	};
}

/** The English words of moves of the shop's own money: holds, conversions, transfers, fees, rewards… */
const OWN_MONEY_MOVES =
	'hold|release|conversion|withdrawal|transfer|deposit|fee|reserve|cashback|reward|adjustment|bank|request|mass ?pay';

/** Movements that are money coming back or moving between accounts, whatever else their type says. */
const NOT_A_PAYMENT = new RegExp(
	[
		'refund|reversal|chargeback',
		OWN_MONEY_MOVES,
		'invoice sent',
		// German: returns and reversals (Rück-), holds, conversions, credits from the bank, debits,
		// withdrawals, fees, transfers, releases, refunds, mass payments, internal moves, requests
		'rück|einbehalt|umrechnung|gutschrift|abbuchung|auszahlung|gebühr|überweisung|freigabe',
		'erstattung|massenzahlung|kontobewegung|anfrage|rechnung gesendet|storno',
		// Dutch: refunds and reversals (terugbetaling, terugboeking), holds, conversions, deposits, withdrawals, transfers,
		// fees, mass payments, requests
		'terugbetal|terugboek|blokkering|geblokkeerd|vastgehouden|omrekening|storting|opname|overschrijving|kosten',
		'massabetaling|verzoek|factuur verzonden'
	].join('|'),
	'i'
);
/**
 * Words of the types of payments received ("Website-Zahlung", "Handyzahlung", "Spendenzahlung";
 * "Websitebetaling", "Express Checkout betaling", "Abonnementsbetaling").
 */
const PAYMENT = /payment|received|donation|purchase|zahlung|erhalten|betaling/i;
/**
 * Money paid back to a buyer: a refund, a payment PayPal reversed, a chargeback ("Payment Refund",
 * "Refund", "Payment Reversal", "Reversal", "Chargeback"; German "Rückzahlung", "Rückerstattung",
 * "Zahlungsrückbuchung", "Rückbuchung"; Dutch "Terugbetaling", "Terugboeking betaling"); not the reversal of a fee, a hold, a reward, cashback, a
 * transfer, a withdrawal or another move of the shop's own money, which returns no sale.
 */
const RETURNED = new RegExp(
	`^(?!.*\\b(${OWN_MONEY_MOVES}|currency|payout|invoice|tax|gift card)s?\\b).*\\b(refund|reversal)$` +
		'|^chargeback$|^(zahlungs)?(rückzahlung|rückerstattung|rückbuchung)$|^(terugbetaling|terugboeking)( betaling)?$',
	'i'
);
/** A chargeback undone: the money it took back is the shop's again. */
const RESTORED = /^chargeback reversal$|^reversal of chargeback$|^cancell?ation of chargeback$/i;
/** The balance impact's words for money in and out, in English, German and Dutch. */
const CREDIT = new Set(['credit', 'haben', 'bij']);
const DEBIT = new Set(['debit', 'soll', 'af']);

/**
 * What a ledger row is, from its type, its balance impact ('' where the file has no such column)
 * and its gross amount (NaN when it does not read): see the module's comment.
 */
export function paymentKind(type: string, impact: string, gross: number): PaymentKind {
	const direction = impact.trim().toLowerCase();
	const credit = direction ? CREDIT.has(direction) : gross > 0;
	const debit = direction ? DEBIT.has(direction) : gross < 0;
	const words = type.trim().replace(/\s+/g, ' ');
	if (credit && PAYMENT.test(words) && !NOT_A_PAYMENT.test(words)) return 'received';
	if (debit && RETURNED.test(words)) return 'returned';
	if (credit && RESTORED.test(words)) return 'restored';
	return 'other';
}
