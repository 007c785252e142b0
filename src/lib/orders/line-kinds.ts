/**
 * What a row of a file of one row per order item is, by the file's row-type column: an item or a
 * discount (sales), or shipping, a payment or other fee, or tax, which are not sales. Shoptet
 * writes "product", "discount-coupon", "shipping" and "billing" (the payment method's fee);
 * WooCommerce's item exports "line_item", "coupon", "shipping", "fee" and "tax".
 */
export type LineKind = 'sale' | 'shipping' | 'fee' | 'tax';

/** Words in English, Czech, Slovak, Polish, Hungarian, German, Dutch, Latvian, Russian and Chinese, accents dropped. */
const SHIPPING = new Set([
	'shipping',
	'delivery',
	'freight',
	'postage',
	'carriage',
	'doprava',
	'dopravne',
	'postovne',
	'wysylka',
	'dostawa',
	'szallitas',
	'versand',
	'versandkosten',
	'verzending',
	'verzendkosten',
	'piegade',
	'доставка',
	'运费',
	'配送费'
]);
const FEE = new Set([
	'billing',
	'payment',
	'fee',
	'fees',
	'surcharge',
	'handling',
	'cod',
	'platba',
	'poplatek',
	'dobirka',
	'oplata',
	'dij',
	'gebuhr',
	'toeslag',
	'maksa',
	'комиссия',
	'сбор',
	'手续费'
]);
const TAX = new Set(['tax', 'vat', 'dph', 'btw', 'mwst', 'pvn', 'ндс', '税', '税费']);
/** An item or a discount is a sale whatever else its type says ("shipping-protection product"). */
const SALE = new Set(['product', 'item', 'discount', 'coupon', 'voucher', 'gift']);

export function lineKindOf(raw: string): LineKind {
	const words = raw
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/ł/g, 'l')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	if (words.length === 0 || words.some((w) => SALE.has(w))) return 'sale';
	if (words.some((w) => SHIPPING.has(w))) return 'shipping';
	if (words.some((w) => FEE.has(w))) return 'fee';
	if (words.some((w) => TAX.has(w))) return 'tax';
	return 'sale';
}
