import type { LayoutId } from './layouts';

/**
 * What an order's status means for the analysis:
 * - `kept`: a purchase (paid, completed, processing, shipped, partly refunded, …);
 * - `cancelled`: cancelled, voided, failed, declined, deleted, abandoned: never a purchase;
 * - `refunded`: refunded in full, so not a purchase either (but counted apart, as refunds);
 * - `unpaid`: awaiting payment (WooCommerce's "pending payment": an abandoned checkout until paid)
 *   and drafts;
 * - `unknown`: a status this module does not know: counted as a purchase, as the order was placed,
 *   but the import report lists these statuses, for the user to check (a shop system's word for a
 *   failed or cancelled order would otherwise be counted as a sale without anyone knowing).
 * A status that says only "pending" is unpaid: WooCommerce's and Lemon Squeezy's pending payment,
 * BigCommerce's checkout left unfinished, Magento's and OpenCart's order not yet invoiced or paid
 * (each moves on to "processing" or "paid" once paid). Shopify's "pending" financial status (a
 * manual payment, such as cash on delivery, not yet marked paid) is kept, as Shopify's own reports
 * count it: the customer did place the order. "Pending shipment" and the like are kept everywhere.
 */
export type StatusClass = 'kept' | 'cancelled' | 'refunded' | 'unpaid' | 'unknown';

/** Trimmed, lower case, accents and marks dropped: "Jā", "JĀ" and "ja" are one; "Nē" and "ne". */
function foldCase(text: string): string {
	return text
		.trim()
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}+/gu, '');
}

/**
 * Lower case, accents and marks dropped (annulé → annule, отменён → отменен, atmaksāts →
 * atmaksats), WooCommerce's "wc-" prefix dropped, and separators as single spaces: the words below
 * are written the same way.
 */
function normalise(raw: string): string {
	return foldCase(raw)
		.replace(/^wc-/, '')
		.replace(/[\s_\-–—:;.,…!()/]+/g, ' ')
		.trim();
}

/** Parts of words, in English, Latvian, Russian, Chinese, Dutch, German and French exports. */
const words = (list: string[]) => list.map(normalise);

/** A return or refund that did not happen: the order stands. */
const NOT_RETURNED = words([
	'return rejected',
	'return declined',
	'return refused',
	'refund rejected',
	'refund declined',
	'refund failed',
	'refund denied',
	'return denied',
	// A chargeback or reversal undone, or refused to the buyer: the money came back or stayed
	// ("reversed" alone says refunded)
	'chargeback reversed',
	'chargeback denied',
	'chargeback rejected',
	'chargeback declined',
	'chargeback cancelled',
	'chargeback canceled',
	'chargeback won',
	'dispute won',
	'reversal cancelled',
	'reversal canceled',
	'retour geweigerd',
	'retour afgewezen',
	'retour afgekeurd',
	'возврат отклонен',
	'в возврате отказано',
	'退款失败',
	'拒绝退款',
	// Pinduoduo's after-sales status: none, or withdrawn ("售后取消" is no cancelled order)
	'无售后',
	'售后取消'
]);

/** A partial refund, payment or shipment: the order stands (partly refunded orders count at their net value). */
const PARTIAL = words([
	'partial',
	'partly',
	'teilweise',
	'teilerstatt',
	'partiel',
	'gedeeltelijk',
	'daļēj',
	'частичн',
	'部分'
]);
const REFUNDED = words([
	'refund',
	'returned',
	// A chargeback the buyer won (PayPal's "Reversed", a whole word, and a status of only
	// "Chargeback", below; "Chargeback pending" is still open)
	'charged back',
	'chargeback upheld',
	'chargeback lost',
	'chargeback accepted',
	'dispute lost',
	'retourné',
	'geretourneerd',
	'retourniert',
	'rembours',
	'erstattet',
	'terugbetaald',
	// Dutch "Teruggeboekt": booked back to the buyer (PayPal's "Reversed", Mollie's "charged back")
	'teruggeboekt',
	'atmaksāts',
	'atmaksāta',
	'возврат',
	// OpenCart / ocStore ("Возмещенный": refunded)
	'возмещ',
	// Dutch and French ("Retour": bol.com's returned order line)
	'retour',
	'возвращ',
	'退款',
	'已退',
	// Czech ("Vrácena"), Polish ("Zwrócone"), Hungarian ("Visszatérítve")
	'vracen',
	'zwrócon',
	'visszatérít'
]);
const CANCELLED = words([
	'cancel',
	'void',
	'fail',
	'declin',
	'reject',
	'expired',
	'trash',
	'deleted',
	'incomplete',
	'abandon',
	'annul',
	// Latvian ("Anulēts")
	'anulet',
	// Yandex Market ("Невыкуп": the buyer did not collect the order)
	'невыкуп',
	'erreur',
	// PrestaShop's "Payment error"
	'payment error',
	'échec',
	'échoué',
	'storn',
	'fehlgeschlagen',
	'abgelehnt',
	'abgebrochen',
	'geannuleerd',
	'mislukt',
	'afgewezen',
	'verlopen',
	'atcelt',
	'neizdev',
	'noraidīt',
	'отмен',
	'отказ',
	'ошибк',
	'неудач',
	// OpenCart / ocStore ("Неудавшийся": failed)
	'неудавш',
	// WooCommerce in Russian: "Не удался" (failed); "Неуспешный" elsewhere
	'не удал',
	'неуспеш',
	// 1C: a document marked for deletion
	'помечен на удаление',
	// Czech ("Zrušena"), Polish ("Anulowane"), Hungarian ("Törölve", "Sikertelen")
	'zrušen',
	'anulowan',
	'törölve',
	'sikertelen',
	'取消',
	'失败',
	// Taobao's and Youzan's "交易关闭": a trade closed unpaid, or after a full refund: no sale either way
	'交易关闭',
	'交易關閉',
	'已關閉',
	'已关闭'
]);
const UNPAID = words([
	'pending payment',
	'payment pending',
	'awaiting payment',
	// PrestaShop's own statuses ("Awaiting bank wire payment", "Awaiting check payment"), in French
	// and Spanish too; Paddle's and Stripe's "past_due" (a renewal not paid)
	'awaiting bank wire',
	'awaiting check payment',
	'awaiting cheque payment',
	'en attente de virement',
	'en espera de pago',
	'past due',
	// Magento's "payment_review": the payment is not captured yet
	'payment review',
	// Stripe: a payment authorised but not captured, or one that needs the customer to act
	'uncaptured',
	'not captured',
	'requires payment',
	'requires capture',
	'requires action',
	'requires confirmation',
	// PayPal: a payment the shop has not accepted yet
	'unclaimed',
	'unpaid',
	'not paid',
	// 1C: a document not posted is a draft, no sale yet (its posted state is a sale, see KEPT)
	'не проведен',
	'nicht bezahlt',
	'nicht gezahlt',
	'pas payé',
	'nav apmaksāt',
	'draft',
	'zahlung ausstehend',
	'ausstehende zahlung',
	'warten auf zahlung',
	'unbezahlt',
	'entwurf',
	'en attente de paiement',
	'en attente du paiement',
	'en attente de règlement',
	'non payé',
	'brouillon',
	'in afwachting van betaling',
	'wacht op betaling',
	'niet betaald',
	'onbetaald',
	'gaida apmaksu',
	// WooCommerce in Latvian ("Gaida maksājumu": pending payment; "Melnraksts": a checkout draft)
	'gaida maksājum',
	'melnrakst',
	'neapmaksāt',
	'ожидает оплаты',
	'ожидание оплаты',
	'ожидается оплата',
	// WooCommerce in Russian ("В ожидании оплаты": pending payment; "Черновик": a checkout draft)
	'в ожидании оплаты',
	'черновик',
	'не оплачен',
	'неоплачен',
	// Czech ("Nezaplaceno"), Polish ("Nieopłacone", "Oczekuje na płatność"), Hungarian ("Fizetésre vár")
	'nezaplacen',
	'nieopłacon',
	'oczekuje na płatność',
	'fizetésre vár',
	'待付款',
	'待买家付款',
	'等待付款',
	'待付款項',
	'未付款項',
	'未付款',
	'待支付',
	'未支付',
	// WooCommerce in Chinese: a checkout draft
	'草稿'
]);
/**
 * Whole statuses that say only that the order is pending (not paid yet, see `StatusClass`):
 * OpenCart's "Pending" in Russian is "Ожидание".
 */
const PENDING_ONLY = new Set(
	words([
		'pending',
		'ожидание',
		'в ожидании',
		'in afwachting',
		'ausstehend',
		'en attente',
		'gaida',
		// WooCommerce's checkout draft in Dutch: as a whole status only ("Concept")
		'concept'
	])
);

/** Words of a placed, paid or delivered order: a purchase, and known to be one. */
const KEPT = words([
	'complete',
	'paid',
	'process',
	'ship',
	'deliver',
	'fulfil',
	'authoriz',
	'authoris',
	'hold',
	'pending',
	'open',
	'success',
	'succeeded',
	'settled',
	'captured',
	'approved',
	'accepted',
	'confirmed',
	'awaiting pickup',
	'ready',
	'picked up',
	'in progress',
	'invoiced',
	'dispatched',
	'sent',
	'abgeschlossen',
	'bezahlt',
	'versandt',
	'versendet',
	'bearbeitung',
	'zugestellt',
	'geliefert',
	'bestätigt',
	'livré',
	'expédié',
	'accepté',
	'préparation',
	'terminé',
	'validé',
	'confirmé',
	'voltooid',
	'afgerond',
	'afgehandeld',
	'betaald',
	'verzonden',
	'in behandeling',
	// WooCommerce in Dutch: "In de wacht" is its "on hold", kept as in English
	'in de wacht',
	'afgeleverd',
	'geleverd',
	'bevestigd',
	'apmaksāt',
	'izpildīt',
	'piegādāt',
	'nosūtīt',
	'apstiprināt',
	'apstrād',
	// WooCommerce in Latvian: completed, and on hold (awaiting a bank transfer, as in English)
	'pabeigt',
	'aizturēt',
	'выполнен',
	// 1C: a posted document ("Проведен") is a completed sale
	'проведен',
	'завершен',
	'доставлен',
	'в доставке',
	// WooCommerce in Russian: "На удержании" (on hold, as in English)
	'на удержании',
	// Shoptet ("Vyřízena", "Vyřizuje se"); JD.com ("等待出库": paid, awaiting dispatch)
	'vyriz',
	'出库',
	'оплачен',
	'отправлен',
	'обработк',
	'подтвержден',
	'完成',
	'发货',
	// WooCommerce in Chinese: processing, on hold
	'处理中',
	'保留',
	'已付款',
	'已支付',
	'成功',
	'签收',
	'收货',
	'已确认',
	// Traditional Chinese (Shopline): confirmed, paid, completed
	'已確認',
	'已付款',
	// Russian (InSales): shipped
	'отгружен',
	// Czech: sent, delivered, paid
	'odeslán',
	'doručen',
	'zaplacen',
	// Polish: completed, in progress, sent, delivered, paid
	'zrealizowan',
	'w realizacji',
	'wysłan',
	'dostarczon',
	'opłacon',
	// Hungarian: completed, shipped, paid
	'teljesítve',
	'kiszállítva',
	'fizetve'
]);

const has = (status: string, list: readonly string[]) => list.some((word) => status.includes(word));

/**
 * PayPal's one-word statuses, matched as whole words: inside other words or statuses they say
 * something else ("upheld" is no payment held, "Chargeback denied" no payment denied).
 */
const PAYPAL_REFUNDED = 'reversed'; // a payment reversed or charged back: its money returned to the buyer
const PAYPAL_CANCELLED = 'denied'; // a payment denied: no money moved
const PAYPAL_KEPT = 'held'; // a payment received, held for a while
const hasWord = (status: string, word: string) => status.split(' ').includes(word);

/** An authorisation let go before any money was taken: no sale, and nothing refunded either. */
const AUTHORIZATION_UNDONE = words([
	'authorization reversed',
	'authorisation reversed',
	'authorization voided',
	'authorisation voided',
	'authorization released',
	'authorisation released'
]);

/**
 * Whether a payment account's status says only that the payment was reversed (PayPal's
 * "Reversed": charged back, or reversed by PayPal). Whether its money stayed returned is told by
 * the chargeback and its reversal, where the files have them (see `OrderAccumulator`).
 */
export function saysReversed(raw: string): boolean {
	const status = normalise(raw);
	// (The Dutch download's "Teruggeboekt".)
	return status === PAYPAL_REFUNDED || status === 'teruggeboekt';
}

/**
 * Whole statuses that mean something else in one export than the word lists below say:
 * - Mollie's payments: "open" is a payment created and not paid yet, "authorized" one whose
 *   money is held but not captured yet (pay later, a card's hold before the shop ships; captured,
 *   it becomes "paid"; Dutch dashboards write "geautoriseerd")
 *   (https://docs.mollie.com/docs/handling-payment-status): neither is a sale yet, as a Stripe
 *   payment not captured is not; elsewhere (Shopify) an open order is a placed one, and an
 *   authorised one kept (its shop takes the money as it ships);
 * - Paddle Billing's transactions: "ready" has all it needs to be billed or paid, "billed" is an
 *   invoice issued, not paid yet (https://developer.paddle.com/build/finance/reports/transactions):
 *   neither is paid ("paid" and "completed" are); elsewhere "ready" (for pickup) is a kept order;
 * - Magento's orders: "closed" is an order with nothing left to refund, as its credit memos
 *   refunded it (Magento's `Sales/Model/ResourceModel/Order/Handler/State`); elsewhere a closed
 *   order may be a completed one, so it is left unknown. Its "fraud" ("Suspected Fraud") is left
 *   unknown too, and so flagged: Magento sets it both on payments held in review and on payments
 *   captured (an order in its "processing" state), which the status alone does not tell apart.
 */
const BY_LAYOUT: Partial<Record<LayoutId, ReadonlyMap<string, StatusClass>>> = {
	mollie: new Map(
		words(['open', 'authorized', 'authorised', 'geautoriseerd']).map((status) => [status, 'unpaid'] as const)
	),
	paddle: new Map([
		['ready', 'unpaid'],
		['billed', 'unpaid']
	]),
	magento: new Map([['closed', 'refunded']])
};

export function classifyStatus(layout: LayoutId, raw: string): StatusClass {
	const status = normalise(raw);
	if (!status) return 'kept';
	const own = BY_LAYOUT[layout]?.get(status);
	if (own) return own;
	// A return or refund refused or failed: the sale stands ("rejected", "failed" would say cancelled).
	if (has(status, NOT_RETURNED)) return 'kept';
	// In this order: "partially refunded" is a purchase, "payment failed" and "unpaid" are not.
	if (has(status, PARTIAL)) return 'kept';
	if (has(status, AUTHORIZATION_UNDONE)) return 'cancelled';
	if (has(status, REFUNDED) || hasWord(status, PAYPAL_REFUNDED) || status === 'chargeback') return 'refunded';
	if (has(status, CANCELLED) || hasWord(status, PAYPAL_CANCELLED)) return 'cancelled';
	if (has(status, UNPAID)) return 'unpaid';
	if (layout !== 'shopify' && PENDING_ONLY.has(status)) return 'unpaid';
	if (has(status, KEPT) || hasWord(status, PAYPAL_KEPT)) return 'kept';
	return 'unknown';
}

/**
 * Whole statuses of an order kept as a purchase whose payment was not complete yet (see
 * `awaitsPayment`): Shopify's financial statuses "pending" (a manual payment, such as cash on
 * delivery, not marked paid), "authorized" (the card's money held, captured as the shop ships) and
 * "partially_paid"; WooCommerce's "on-hold" (awaiting a bank transfer or cheque; "In de wacht" in
 * Dutch). WooCommerce's "pending" (pending payment) is no purchase at all (`unpaid`).
 */
const AWAITING_PAYMENT = new Set(
	words([
		'pending',
		'authorized',
		'authorised',
		'partially paid',
		'on hold',
		'in de wacht',
		'на удержании',
		'aizturēts',
		'保留'
	])
);

/**
 * Whether a status kept as a purchase (`classifyStatus` gives `kept`) says its payment was not
 * complete: such orders are counted as sales, as Shopify's and WooCommerce's own reports count them
 * (the customer did place the order), and the import report says how many and how much. Whole
 * statuses only: "Pending shipment" or "Authorized, shipped" say nothing of that kind.
 */
export function awaitsPayment(layout: LayoutId, raw: string): boolean {
	const status = normalise(raw);
	return AWAITING_PAYMENT.has(status) && classifyStatus(layout, raw) === 'kept';
}

/**
 * A yes in a yes/no column, in the seeds' languages, German, French, Spanish, Polish and Czech: "1",
 * "true", "yes", "ja", "jā", "да", "是", "J" (German exports' J/N)…
 */
const YES = new Set(['1', 'true', 'yes', 'y', 'x', 'j', 'ja', 'да', '是', 'oui', 'si', 'tak', 'ano', 'waar', 'wahr']);
export function isYes(text: string): boolean {
	return YES.has(foldCase(text));
}

/** A no in a yes/no column: "0", "false", "no", "nee", "nē", "ne", "нет", "否"… */
const NO = new Set(['0', 'false', 'no', 'n', 'nee', 'nein', 'ne', 'нет', '否', 'non', 'nie', 'onwaar', 'falsch']);
export function isNo(text: string): boolean {
	return NO.has(foldCase(text));
}

/**
 * Whether a column named as a yes/no "Paid" ("Betaald", "Bezahlt", "Apmaksāts", "Оплачен") holds
 * that: yes/no values or payment statuses. Some exports use such a header for the amount paid or
 * the day it was paid, which are no status (a "0,00" would not say unpaid, a date would be unknown).
 * A sample with no value at all says nothing either way: not taken. Values of other words are
 * allowed while most are known: a shop's own word among its yes and no is listed in the report as
 * an unknown status, where leaving the column out would count every "no" as paid; an amount or a
 * date column has (nearly) no value known.
 */
export function holdsPaymentStatuses(layout: LayoutId, values: readonly string[]): boolean {
	let known = 0;
	let other = 0;
	for (const raw of values) {
		const value = raw.trim();
		if (!value) continue;
		if (isYes(value) || isNo(value) || classifyStatus(layout, value) !== 'unknown') known++;
		else other++;
	}
	return known > other;
}
