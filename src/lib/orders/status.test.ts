import { describe, expect, it } from 'vitest';
import { classifyStatus, holdsPaymentStatuses, isNo, isYes } from './status';

describe('classifyStatus', () => {
	it.each([
		['shopify', 'paid', 'kept'],
		['shopify', 'partially_refunded', 'kept'],
		['shopify', 'pending', 'kept'],
		['shopify', 'voided', 'cancelled'],
		['shopify', 'refunded', 'refunded'],
		['woocommerce', 'wc-completed', 'kept'],
		['woocommerce', 'processing', 'kept'],
		['woocommerce', 'on-hold', 'kept'],
		['woocommerce', 'pending', 'unpaid'],
		['woocommerce', 'Pending payment', 'unpaid'],
		['woocommerce', 'wc-cancelled', 'cancelled'],
		['woocommerce', 'failed', 'cancelled'],
		['woocommerce', 'Refunded', 'refunded'],
		['generic', '', 'kept'],
		['generic', 'Отменен', 'cancelled'],
		['generic', '已取消', 'cancelled'],
		['generic', 'Geannuleerd', 'cancelled'],
		// 1C's document states: posted is a completed sale; not posted (a draft) and marked for
		// deletion are not.
		['generic', 'Проведен', 'kept'],
		['generic', 'Проведён', 'kept'],
		['generic', 'Не проведен', 'unpaid'],
		['generic', 'Помечен на удаление', 'cancelled'],
		['generic', 'delivered', 'kept'],
		['shopify', 'authorized', 'kept'],
		['shopify', 'partially_paid', 'kept'],
		['shopify', 'expired', 'cancelled'],
		['woocommerce', 'wc-checkout-draft', 'unpaid'],
		// PrestaShop's default statuses, in English, French and Spanish.
		['generic', 'Awaiting bank wire payment', 'unpaid'],
		['generic', 'Awaiting check payment', 'unpaid'],
		['generic', 'En attente de virement bancaire', 'unpaid'],
		['generic', 'En attente de paiement par chèque', 'unpaid'],
		['generic', 'En espera de pago por transferencia bancaria', 'unpaid'],
		['generic', 'Payment error', 'cancelled'],
		['generic', 'Erreur de paiement', 'cancelled'],
		['generic', 'Payment accepted', 'kept'],
		['generic', 'Remote payment accepted', 'kept'],
		['generic', 'Processing in progress', 'kept'],
		// A subscription renewal not paid (Paddle, Stripe).
		['generic', 'past_due', 'unpaid'],
		// BigCommerce: an abandoned checkout, a failed payment and a customer's cancellation are not sales.
		['generic', 'Incomplete', 'cancelled'],
		['generic', 'Cancelled by customer', 'cancelled'],
		['generic', 'Payment failed', 'cancelled'],
		['generic', 'Declined', 'cancelled'],
		['generic', 'Awaiting Payment', 'unpaid'],
		['generic', 'Awaiting Fulfillment', 'kept'],
		['generic', 'Partially Refunded', 'kept'],
		['generic', 'Shipped', 'kept'],
		['generic', 'Completed', 'kept'],
		['generic', 'Disputed', 'unknown'],
		// PayPal's statuses of a payment: reversed (charged back) is money returned; denied moved none;
		// unclaimed is not accepted yet; held is received, kept a while.
		['generic', 'Reversed', 'refunded'],
		['generic', 'Denied', 'cancelled'],
		['generic', 'Unclaimed', 'unpaid'],
		['generic', 'Held', 'kept'],
		['generic', 'Refund denied', 'kept'],
		['generic', 'Chargeback reversed', 'kept'],
		['generic', 'Reversal canceled', 'kept'],
		// PayPal's one-word statuses mean themselves only as whole words: a chargeback denied to the
		// buyer keeps the sale, one upheld returns the money, an authorisation reversed took none.
		['generic', 'Chargeback denied', 'kept'],
		['generic', 'Chargeback won', 'kept'],
		['generic', 'Chargeback upheld', 'refunded'],
		['generic', 'Charged back', 'refunded'],
		['woocommerce', 'wc-chargeback', 'refunded'],
		['generic', 'Authorization reversed', 'cancelled'],
		['generic', 'Payment denied', 'cancelled'],
		['generic', 'Payment held', 'kept'],
		// Not paid, in the words of German, French and Latvian "paid" columns.
		['generic', 'Nicht bezahlt', 'unpaid'],
		['generic', 'Pas payé', 'unpaid'],
		['generic', 'Nav apmaksāts', 'unpaid'],
		['generic', 'new', 'unknown'],
		// Central European shops (windows-1250 exports): Shoptet, Polish and Hungarian systems.
		['generic', 'Vyřízena', 'kept'],
		['generic', 'Odesláno', 'kept'],
		['generic', 'Zaplaceno', 'kept'],
		['generic', 'Nezaplaceno', 'unpaid'],
		['generic', 'Zrušena', 'cancelled'],
		['generic', 'Stornována', 'cancelled'],
		['generic', 'Vrácena', 'refunded'],
		['generic', 'Zrealizowane', 'kept'],
		['generic', 'W realizacji', 'kept'],
		['generic', 'Wysłane', 'kept'],
		['generic', 'Opłacone', 'kept'],
		['generic', 'Nieopłacone', 'unpaid'],
		['generic', 'Oczekuje na płatność', 'unpaid'],
		['generic', 'Anulowane', 'cancelled'],
		['generic', 'Zwrócone', 'refunded'],
		['generic', 'Teljesítve', 'kept'],
		['generic', 'Fizetésre vár', 'unpaid'],
		['generic', 'Törölve', 'cancelled'],
		['generic', 'Visszatérítve', 'refunded'],
		// "Pending" alone is not paid yet (OpenCart's "Ожидание", Lemon Squeezy, BigCommerce, Magento),
		// but Shopify's pending financial status is kept; "pending shipment" is paid.
		['generic', 'Ожидание', 'unpaid'],
		['generic', 'pending', 'unpaid'],
		['generic', 'Pending', 'unpaid'],
		['generic', 'In afwachting', 'unpaid'],
		['generic', 'Pending shipment', 'kept'],
		['generic', 'Pending fulfillment', 'kept'],
		['generic', 'В обработке', 'kept'],
		['generic', 'Ожидание оплаты', 'unpaid'],
		// German WooCommerce
		['woocommerce', 'Rückerstattet', 'refunded'],
		['woocommerce', 'Zahlung ausstehend', 'unpaid'],
		['woocommerce', 'Fehlgeschlagen', 'cancelled'],
		['woocommerce', 'Storniert', 'cancelled'],
		['woocommerce', 'Abgeschlossen', 'kept'],
		['woocommerce', 'In Bearbeitung', 'kept'],
		['woocommerce', 'Teilweise erstattet', 'kept'],
		// French PrestaShop
		['generic', 'Annulé', 'cancelled'],
		['generic', 'Remboursé', 'refunded'],
		['generic', 'Erreur de paiement', 'cancelled'],
		['generic', 'En attente du paiement par chèque', 'unpaid'],
		['generic', 'Paiement accepté', 'kept'],
		['generic', 'Livré', 'kept'],
		['generic', 'Expédié', 'kept'],
		// Latvian, Russian, Chinese, Dutch
		['generic', 'Atcelts', 'cancelled'],
		['generic', 'Atmaksāts', 'refunded'],
		['generic', 'Apmaksāts', 'kept'],
		['generic', 'Gaida apmaksu', 'unpaid'],
		['generic', 'Отменён', 'cancelled'],
		['generic', 'Возврат', 'refunded'],
		['generic', 'Частичный возврат', 'kept'],
		['generic', 'Выполнен', 'kept'],
		['generic', 'Ожидает оплаты', 'unpaid'],
		['generic', '已退款', 'refunded'],
		['generic', '部分退款', 'kept'],
		['generic', '交易成功', 'kept'],
		['generic', '待付款', 'unpaid'],
		['generic', '交易关闭', 'cancelled'],
		// Youzan's closed order, in Simplified and Traditional Chinese
		['generic', '已关闭', 'cancelled'],
		['generic', '已關閉', 'cancelled'],
		// A return or refund that did not happen: the sale stands
		['generic', 'Retour geweigerd', 'kept'],
		['generic', 'Return rejected', 'kept'],
		['generic', 'Refund failed', 'kept'],
		['generic', 'Возврат отклонён', 'kept'],
		// OpenCart / ocStore in Russian; Pinduoduo's after-sales status
		['generic', 'Неудавшийся', 'cancelled'],
		['generic', 'Возмещенный', 'refunded'],
		['generic', 'Сделка завершена', 'kept'],
		['generic', '无售后或售后取消', 'kept'],
		['generic', '退款成功', 'refunded'],
		['generic', 'Anulēts', 'cancelled'],
		['generic', 'Невыкуп принят на складе', 'cancelled'],
		['generic', 'В доставке', 'kept'],
		['generic', 'Vyřízena', 'kept'],
		['generic', 'Stornována', 'cancelled'],
		['generic', 'Afgehandeld', 'kept'],
		['generic', '等待出库', 'kept'],
		['generic', '等待买家付款', 'unpaid'],
		['generic', '交易成功', 'kept'],
		['generic', '已付款', 'kept'],
		['generic', '[N] Принят, ожидается оплата', 'unpaid'],
		['generic', 'Retour', 'refunded'],
		['woocommerce', 'In de wacht', 'kept'],
		// WooCommerce's own statuses in Russian, Latvian, Chinese and Dutch (pending payment, processing,
		// on hold, completed, failed, checkout draft)
		['woocommerce', 'В ожидании оплаты', 'unpaid'],
		['woocommerce', 'Обработка', 'kept'],
		['woocommerce', 'На удержании', 'kept'],
		['woocommerce', 'Выполнен', 'kept'],
		['woocommerce', 'Не удался', 'cancelled'],
		['woocommerce', 'Черновик', 'unpaid'],
		['woocommerce', 'Gaida maksājumu', 'unpaid'],
		['woocommerce', 'Apstrādā', 'kept'],
		['woocommerce', 'Aizturēts', 'kept'],
		['woocommerce', 'Pabeigts', 'kept'],
		['woocommerce', 'Neizdevās', 'cancelled'],
		['woocommerce', 'Melnraksts', 'unpaid'],
		['woocommerce', '处理中', 'kept'],
		['woocommerce', '保留', 'kept'],
		['woocommerce', '草稿', 'unpaid'],
		['woocommerce', 'Concept', 'unpaid'],
		['woocommerce', 'Concept verzonden', 'kept'],
		['generic', 'Terugbetaald', 'refunded'],
		['generic', 'Voltooid', 'kept'],
		['generic', 'In afwachting van betaling', 'unpaid'],
		// Magento 2: "holded" is on hold; a payment under review is not captured yet; "fraud" is for the merchant to say
		['generic', 'holded', 'kept'],
		['generic', 'payment_review', 'unpaid'],
		['generic', 'fraud', 'unknown'],
		// Stripe: a charge or PaymentIntent that was not captured (or is not paid yet) is no sale yet
		['generic', 'Uncaptured', 'unpaid'],
		['generic', 'requires_capture', 'unpaid'],
		['generic', 'requires_payment_method', 'unpaid'],
		['generic', 'succeeded', 'kept'],
		['generic', 'Paid', 'kept']
	] as const)('%s %j → %s', (layout, status, expected) => {
		expect(classifyStatus(layout, status)).toBe(expected);
	});
});

describe('a yes/no column', () => {
	it.each([
		['Ja', true, false],
		['J', true, false],
		['N', false, true],
		['Jā', true, false],
		// Typed without its accent, or with it as a combining mark (decomposed, as macOS writes it)
		['Ne', false, true],
		['Ne\u0304', false, true],
		['Ja\u0304', true, false],
		['NĒ', false, true],
		['Tak', true, false],
		['Nie', false, true],
		['Sí', true, false],
		['Maybe', false, false]
	])('%s: yes %s, no %s', (text, yes, no) => {
		expect([isYes(text), isNo(text)]).toEqual([yes, no]);
	});
});

describe('holdsPaymentStatuses', () => {
	it.each([
		// German J/N, Latvian without accents: yes/no columns.
		[['J', 'N', 'J'], true],
		[['Jā', 'Ne', 'Nē'], true],
		// A shop's own word among yes and no: still the column, the word listed as unknown.
		[['Ja', 'Nee', 'Ja', 'Op rekening'], true],
		[['Bezahlt', 'Nicht bezahlt', ''], true],
		// Amounts and dates paid: no status.
		[['49,95', '0,00'], false],
		[['05.01.2024', ''], false],
		// A sample all blank says nothing: not taken.
		[['', '', ' '], false],
		[[], false]
	])('%j: %s', (values, expected) => {
		expect(holdsPaymentStatuses('generic', values)).toBe(expected);
	});
});
