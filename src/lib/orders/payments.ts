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
 * E-Mail-Adresse"…), in Dutch ("Bruto", "Van e-mailadres", "Transactiereferentie"…), in Russian
 * ("Тип", "Брутто", "Адрес электронной почты отправителя", "Код транзакции"…) and in Chinese
 * ("类型", "总额", "发件人邮箱地址", "交易号", "参考交易号", "引起余额变动"…) is read alike.
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
 * The headers (as `normaliseHeader` writes them) of PayPal's activity download in English, German,
 * Dutch, Russian and Chinese, each with the names it has been seen under (PayPal's download is in
 * the account's language; "Auswirkung auf Guthaben", "Effect op saldo", "Влияние на баланс" and
 * "引起余额变动" are "Balance Impact"; the Dutch download keeps "Reference Txn ID" and "Item Title"
 * in English). The Chinese names are those of the simplified download ("发件人邮箱地址", "交易号",
 * "参考交易号"), with the traditional ones beside them; the Russian ones, with the other wordings
 * of the same field a download may have ("Эл. адрес отправителя").
 */
const HEADERS: Record<'type' | 'gross' | 'payer' | 'counterparty' | 'id' | 'impact' | 'reference', string[]>[] = [
	{
		type: ['type'],
		gross: ['gross'],
		payer: ['from email address'],
		counterparty: ['to email address'],
		id: ['transaction id'],
		impact: ['balance impact'],
		reference: ['reference txn id']
	},
	{
		type: ['typ'],
		gross: ['brutto'],
		payer: ['absender e mail adresse'],
		counterparty: ['empfänger e mail adresse'],
		id: ['transaktionscode'],
		impact: ['auswirkung auf guthaben'],
		reference: ['zugehöriger transaktionscode']
	},
	{
		type: ['type'],
		gross: ['bruto'],
		payer: ['van e mailadres'],
		counterparty: ['naar e mailadres'],
		id: ['transactiereferentie'],
		impact: ['effect op saldo'],
		reference: ['reference txn id']
	},
	{
		type: ['тип', 'тип транзакции'],
		gross: ['брутто', 'сумма брутто'],
		payer: ['адрес электронной почты отправителя', 'эл адрес отправителя', 'адрес эл почты отправителя'],
		counterparty: ['адрес электронной почты получателя', 'эл адрес получателя', 'адрес эл почты получателя'],
		id: ['код транзакции', 'идентификатор транзакции', 'номер транзакции'],
		impact: ['влияние на баланс'],
		reference: ['код связанной транзакции', 'идентификатор связанной транзакции', 'reference txn id']
	},
	{
		type: ['类型', '類型'],
		gross: ['总额', '總額'],
		payer: ['发件人邮箱地址', '寄件人電郵地址'],
		counterparty: ['收件人邮箱地址', '收件人電郵地址'],
		id: ['交易号', '交易號', '交易編號'],
		impact: ['引起余额变动', '引起餘額變動'],
		reference: ['参考交易号', '參考交易號', '參考交易編號']
	}
];

/** The mapped roles of a ledger's columns, in its languages: the payment's payer, id, date and gross amount… */
export const LEDGER_ROLES = {
	customer: HEADERS.flatMap((h) => h.payer),
	orderId: HEADERS.flatMap((h) => h.id),
	date: ['date', 'datum', 'дата', '日期'],
	amount: HEADERS.flatMap((h) => h.gross),
	status: ['status', 'статус', '状态', '狀態'],
	currency: ['currency', 'währung', 'valuta', 'валюта', '币种', '幣別'],
	fullName: ['name', 'naam', 'имя', '名称', '名稱'],
	product: ['item title', 'artikelbezeichnung', 'название товара', '物品名称', '物品名稱'],
	country: ['country code', 'ländercode', 'landcode', 'код страны', '国家 地区代码', '國家 地區代碼']
};

/** The ledger's columns, when `headers` (normalised) are those of a PayPal activity download; else null. */
export function paymentLedgerOf(headers: readonly string[]): PaymentLedger | null {
	const at = (names: readonly string[]) => {
		for (const name of names) {
			const index = headers.indexOf(name);
			if (index >= 0) return index;
		}
		return undefined;
	};
	const names = HEADERS.find((h) =>
		[h.type, h.gross, h.payer, h.counterparty, h.id].every((n) => at(n) !== undefined)
	);
	if (!names) return null;
	const impact = at(names.impact);
	const reference = at(names.reference);
	return {
		type: at(names.type)!,
		counterparty: at(names.counterparty)!,
		...(impact !== undefined && { impact }),
		...(reference !== undefined && { reference })
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
		'massabetaling|verzoek|factuur verzonden',
		// Russian: refunds and returns, cancellations (reversals), holds, blocks, conversions, currency
		// exchange, withdrawals, transfers, deposits, fees, reserves, cashback, rewards, corrections,
		// bank moves, requests, mass payments, invoices sent
		'возврат|отмен|удержан|блокир|конвертац|обмен валют|вывод|сняти|перевод|пополнен|комисси|резерв',
		'кэшбэк|вознагражд|корректир|банк|запрос|массов|сч[её]т отправлен',
		// Chinese (simplified and traditional): refunds, reversals, chargebacks, holds, releases,
		// reserves, withdrawals, transfers, conversions, fees, mass payments, deposits, requests, invoices sent
		'退款|撤销|撤銷|退单|退單|冻结|凍結|放款|准备金|準備金|提现|提現|提款|转账|转帐|轉帳|换算|換算|兑换|兌換',
		'费|費|集中付款|充值|存款|请求|請求|账单已发送|帳單已發送'
	].join('|'),
	'i'
);
/**
 * Words of the types of payments received ("Website-Zahlung", "Handyzahlung", "Spendenzahlung";
 * "Websitebetaling", "Express Checkout betaling", "Abonnementsbetaling"; "Платеж на веб-сайте",
 * "Мобильный платеж", "Пожертвование"; "网站付款", "快速结账付款", "移动支付", "订阅付款").
 */
const PAYMENT =
	/payment|received|donation|purchase|zahlung|erhalten|betaling|плат[её]ж|оплат|пожертвован|получен|付款|支付|捐/i;
/**
 * Money paid back to a buyer: a refund, a payment PayPal reversed, a chargeback ("Payment Refund",
 * "Refund", "Payment Reversal", "Reversal", "Chargeback"; German "Rückzahlung", "Rückerstattung",
 * "Zahlungsrückbuchung", "Rückbuchung"; Dutch "Terugbetaling", "Terugboeking" (a chargeback),
 * "Terugboeking betaling", "Terugbetaling van betaling"; Russian "Возврат платежа", "Возврат
 * средств", "Отмена платежа", "Возвратный платеж" (a chargeback); Chinese "付款退款", "退款",
 * "付款撤销", "退单" (a chargeback)); not the reversal of a fee, a hold, a reward, cashback, a
 * transfer, a withdrawal or another move of the shop's own money, which returns no sale.
 */
const RETURNED = new RegExp(
	`^(?!.*\\b(${OWN_MONEY_MOVES}|currency|payout|invoice|tax|gift card)s?\\b).*\\b(refund|reversal)$` +
		'|^chargeback$|^(zahlungs)?(rückzahlung|rückerstattung|rückbuchung)$' +
		'|^(terugbetaling|terugboeking)( (van )?(de )?betaling)?$' +
		'|^возврат( плат[её]жа| средств)?$|^отмена плат[её]жа$|^возвратный плат[её]ж$' +
		'|^(付款)?(退款|撤销|撤銷)$|^退[单單]$',
	'i'
);
/**
 * A chargeback undone: the money it took back is the shop's again ("Chargeback Reversal"; Dutch
 * "Annulering van terugboeking"; Russian "Отмена возвратного платежа"; Chinese "退单撤销").
 */
const RESTORED = new RegExp(
	'^chargeback reversal$|^reversal of chargeback$|^cancell?ation of chargeback$' +
		'|^annulering van (de )?terugboeking$|^terugboeking geannuleerd$' +
		'|^отмена возвратного плат[её]жа$|^退[单單](撤销|撤銷)$',
	'i'
);
/**
 * A chargeback, or its reversal ("Chargeback", "Chargeback Reversal"; Dutch "Terugboeking",
 * "Annulering van terugboeking", not "Terugboeking betaling", a payment reversal; Russian
 * "Возвратный платеж", "Отмена возвратного платежа"; Chinese "退单", "退单撤销").
 */
const CHARGEBACK = /chargeback|terugboeking(?! (van )?(de )?betaling)|возвратн\S* плат|退[单單]/i;
/**
 * A row that reverses a payment, or undoes that: a chargeback, a payment reversal, or either's
 * reversal (not a refund); German "Rückbuchung", "Zahlungsrückbuchung"; Russian "Отмена платежа";
 * Chinese "付款撤销".
 */
const DISPUTE = /chargeback|reversal|rückbuchung|terugboeking|возвратн\S* плат|отмена|退[单單]|撤销|撤銷/i;

/** Whether a ledger row's type (money returned or restored, see `paymentKind`) is a chargeback or its reversal. */
export function isChargeback(type: string): boolean {
	return CHARGEBACK.test(type.trim().replace(/\s+/g, ' '));
}

/** Whether a ledger row's type (money returned or restored) reverses a payment or undoes that, as a refund does not. */
export function isDispute(type: string): boolean {
	return DISPUTE.test(type.trim().replace(/\s+/g, ' '));
}

/**
 * The balance impact's words for money in and out, in English, German, Dutch, Russian and Chinese,
 * and for a memo (no money moved). A word of none of them (a language's word not listed) leaves
 * the direction to the gross amount's sign, as in older downloads without the column.
 */
const CREDIT = new Set(['credit', 'haben', 'bij', 'кредит', 'зачисление', 'поступление', '贷记', '貸記', '收入']);
const DEBIT = new Set(['debit', 'soll', 'af', 'дебет', 'списание', '借记', '借記', '支出']);
const MEMO = new Set(['memo', 'notiz', 'памятка', 'примечание', '备注', '備註', '备忘录']);

/**
 * What a ledger row is, from its type, its balance impact ('' where the file has no such column)
 * and its gross amount (NaN when it does not read): see the module's comment.
 */
export function paymentKind(type: string, impact: string, gross: number): PaymentKind {
	const direction = impact.trim().toLowerCase();
	const known = CREDIT.has(direction) || DEBIT.has(direction) || MEMO.has(direction);
	const credit = known ? CREDIT.has(direction) : gross > 0;
	const debit = known ? DEBIT.has(direction) : gross < 0;
	const words = type.trim().replace(/\s+/g, ' ');
	if (credit && PAYMENT.test(words) && !NOT_A_PAYMENT.test(words)) return 'received';
	if (debit && RETURNED.test(words)) return 'returned';
	if (credit && RESTORED.test(words)) return 'restored';
	return 'other';
}
