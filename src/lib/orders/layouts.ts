/**
 * Known export layouts and the column roles of an orders file.
 *
 * A layout is recognised from the header row (or, for CDNOW, from the shape of header-less
 * whitespace columns) and brings a column mapping and the rules that go with that export:
 * Shopify's line-item rows with order totals on the first row only, WooCommerce statuses, UCI
 * Online Retail's quantity × unit price lines and `C` cancellation invoices, and so on.
 */

import type { Dimension } from './columns';
import { LEDGER_ROLES, paymentLedgerOf, type PaymentLedger } from './payments';
import { phoneCustomerId } from './phones';
import { timeOfDay } from './sniff/dates';

/**
 * `mollie`, `paddle` and `magento` are read as `generic` files are, but some of their statuses
 * mean something of their own (see `classifyStatus`); `stripe` too, with its "Captured" column
 * read as the payment's status (a payment never captured is unpaid); `etsy` too, its dates month
 * first (see `DATE_ORDER_OF_LAYOUT`).
 */
export type LayoutId =
	| 'shopify'
	| 'woocommerce'
	| 'uci'
	| 'cdnow'
	| 'summary'
	| 'mollie'
	| 'paddle'
	| 'magento'
	| 'stripe'
	| 'etsy'
	| 'generic';

/**
 * The order an export always writes its dates in, where the layout says it: Etsy's downloads write
 * "MM/DD/YY" (or "MM/DD/YYYY"), whatever the shop's country. A file of that layout whose sample has
 * no day above 12 is read so, not in the browser's order, and the user is not asked to check.
 */
export const DATE_ORDER_OF_LAYOUT: Partial<Record<LayoutId, 'dmy' | 'mdy'>> = { etsy: 'mdy' };

/** Whether a file of this layout is read as a generic file is (its rows may say how its amounts add up). */
export function readAsGeneric(layout: LayoutId): boolean {
	return (
		layout === 'generic' ||
		layout === 'mollie' ||
		layout === 'paddle' ||
		layout === 'magento' ||
		layout === 'stripe' ||
		layout === 'etsy'
	);
}

export const ORDER_ROLES = [
	'customer',
	'customerEmail',
	'customerPhone',
	'date',
	'time',
	'timeZone',
	'amount',
	'quantity',
	'unitPrice',
	'orderId',
	'status',
	'paymentStatus',
	'cancelledAt',
	'refundedAmount',
	'refundedInFull',
	'adjustedTotal',
	'subtotal',
	'tax',
	'shipping',
	'shippingDiscount',
	'discount',
	'currency',
	'product',
	'sku',
	'lineType',
	'category',
	'channel',
	'country',
	'discountCode',
	'fullName',
	'firstName',
	'lastName',
	'unitCost',
	'lineCost',
	'orderCost',
	'marketingConsent'
] as const;
export type OrderRole = (typeof ORDER_ROLES)[number];

/**
 * The column role each stored dimension is read from. The discount dimension holds the order's
 * discount (coupon) code; the `discount` role is the discount amount, a part of the revenue.
 */
export const DIMENSION_ROLE = {
	product: 'product',
	sku: 'sku',
	category: 'category',
	channel: 'channel',
	country: 'country',
	discount: 'discountCode'
} as const satisfies Record<Dimension, OrderRole>;

export const SUMMARY_ROLES = ['customer', 'frequency', 'recency', 'age', 'monetary'] as const;
export type SummaryRole = (typeof SUMMARY_ROLES)[number];

/**
 * The roles whose cells are read as numbers (`parseAmount`), so a cell written as the shop's HTML
 * (a WooCommerce price) is read as its text (`priceText`): the review's preview shows it so.
 */
export const NUMBER_ROLES: ReadonlySet<Role> = new Set<Role>([
	'amount',
	'quantity',
	'unitPrice',
	'refundedAmount',
	'adjustedTotal',
	'subtotal',
	'tax',
	'shipping',
	'shippingDiscount',
	'discount',
	'unitCost',
	'lineCost',
	'orderCost',
	'frequency',
	'recency',
	'age',
	'monetary'
]);

export type Role = OrderRole | SummaryRole;

/** Column index per role; a role absent from the file is absent here. */
export type ColumnMapping = Partial<Record<Role, number>>;

/**
 * How an order's amount is found: `orderTotal` takes one value per order (the first non-empty
 * one; later rows of the same order are its line items), `lineItems` sums quantity × unit price
 * over the order's rows, `lineAmounts` sums the amount column over the order's rows (a report with
 * one row per item, each with that item's amount: Amazon's, Etsy's sold items, many ERP exports).
 */
export type AmountMode = 'orderTotal' | 'lineItems' | 'lineAmounts';

/**
 * Amount headers that name one row's (one item's) amount, not the order's: an order's amount is
 * then the sum of its rows'. They come after every order-level name in the amount synonyms, so a
 * file with both takes the order's total.
 */
export const LINE_AMOUNT_HEADERS = [
	'line total',
	'line item total',
	'lineitem total',
	'line amount',
	'line subtotal',
	'item total',
	'item amount',
	'item subtotal',
	'product total'
];

/**
 * Whether the amount column's header (`header`, as `normaliseHeader` gives it) names one item's
 * amount, with an order id to sum the rows by: without one, each row is an order of its own.
 */
export function namesItemAmount(mapping: ColumnMapping, header: string): boolean {
	return mapping.orderId !== undefined && LINE_AMOUNT_HEADERS.includes(header);
}

export interface LayoutMatch {
	layout: LayoutId;
	hasHeader: boolean;
	mapping: ColumnMapping;
	amountMode: AmountMode;
	/** A payment account's activity, not an orders export: its ledger columns (see `payments.ts`). */
	paymentLedger?: PaymentLedger;
	/** The product column lists each order's items with quantities (see `quantityListColumn`). */
	productQuantities?: true;
}

/**
 * Currency signs and codes a header may end with. Only those: other capitals in brackets say what
 * the column is ("Total (VAT)" is the tax, not the total; "Created date (UTC)" a time zone).
 */
const CURRENCY_NAMES =
	'[$€£¥₽₹₩₴₸₺元円]|[A-Z]{2}\\$|' +
	'USD|EUR|GBP|JPY|CNY|RMB|RUB|RUR|UAH|BYN|KZT|PLN|CZK|HUF|RON|BGN|SEK|NOK|DKK|ISK|CHF|TRY|' +
	'CAD|AUD|NZD|MXN|BRL|ARS|CLP|COP|PEN|INR|KRW|SGD|HKD|TWD|THB|MYR|IDR|PHP|VND|ILS|AED|SAR|ZAR|' +
	'руб\\.?|р\\.|грн\\.?|тг|zł|Kč|lei|Ft';
/**
 * A currency named at a header's end, in brackets (Gumroad's "Sale Price ($)", "Amount (EUR)",
 * Pinduoduo's "商品总价(元)", full-width "（元）") or after a comma (Yandex Market's "Стоимость, руб.").
 */
const HEADER_CURRENCY = new RegExp(`\\s*(?:[([（【](?:${CURRENCY_NAMES})[)\\]）】]|,\\s*(?:${CURRENCY_NAMES}))\\s*$`);

/** ISO codes of `CURRENCY_NAMES`. */
const CURRENCY_CODES = CURRENCY_NAMES.split('|').filter((name) => /^[A-Z]{3}$/.test(name));
/**
 * A currency code at a header's end: in capitals after a space or in brackets ("Amount (EUR)",
 * "Total USD"), or after an underscore in any case ("total_usd"). (Not "Total try" or "Price php":
 * words, not codes.)
 */
const HEADER_CODE = new RegExp(`(?:^|[\\s(\\[（-])(${CURRENCY_CODES.join('|')})[)\\]）]?\\s*$`);
const HEADER_SUFFIX_CODE = new RegExp(`_(${CURRENCY_CODES.join('|')})\\s*$`, 'i');

/**
 * The currency a column's header says its amounts are in, by its ISO code at the header's end
 * (Lemon Squeezy's "total_usd", "Amount (EUR)"); null where it names none.
 */
export function headerCurrencyCode(header: string): string | null {
	const match = HEADER_CODE.exec(header.trim()) ?? HEADER_SUFFIX_CODE.exec(header.trim());
	return match ? match[1].toUpperCase() : null;
}

/**
 * Header text made comparable: lower case, no BOM, no currency in brackets at the end, the words of
 * a lower camel-case header apart, punctuation as spaces, single spaces.
 */
export function normaliseHeader(header: string): string {
	return splitLowerCamelCase(header.replace(/^\ufeff/, '').replace(HEADER_CURRENCY, ''))
		.toLowerCase()
		.replace(/[_\-#.:/()[\]]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * "statusName", "customerEmail", "createdAt" (Shoptet's export, and files written from a shop's API)
 * as "status Name", "customer Email", "created At". Only a header that starts in lower case and is
 * one word: the PascalCase of UCI's "InvoiceNo" and "CustomerID" is matched as written ("invoiceno").
 */
function splitLowerCamelCase(header: string): string {
	return /^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/.test(header) ? header.replace(/([a-z0-9])([A-Z])/g, '$1 $2') : header;
}

/** Headers of an e-mail column (normalised), in the seeds' languages and German. */
const EMAIL_HEADERS = [
	'customer email',
	'email',
	'contact email',
	'buyer email',
	'purchase email',
	'e mail',
	'email address',
	'billing email',
	'email billing',
	'e pasts',
	'email клиента',
	'e mail клиента',
	'почта',
	'邮箱',
	'klant e mail',
	'e mailadres',
	// Lemon Squeezy, Paddle ("user_email", "customer_email")
	'user email',
	'e mailadres facturering',
	'e mail adres',
	'e mail покупателя',
	'email покупателя',
	'電郵',
	'電子郵件',
	'kunden e mail'
];

/** Whether a column (by its normalised header) holds e-mail addresses. */
const isEmailHeader = (header: string) =>
	EMAIL_HEADERS.includes(header) || /e ?mail|почта|邮箱|郵箱|e pasts/.test(header);

/**
 * The payment statuses that are a yes/no "Paid" column: the import takes one for the payment
 * status only where its values are that (some exports' "Betaald" is the amount or day paid).
 */
const YES_NO_PAID_HEADERS = ['оплачен', 'apmaksāts', 'betaald', 'bezahlt'];
export const YES_NO_PAID = new Set(YES_NO_PAID_HEADERS);

/**
 * The traditional forms (Taiwan, Hong Kong) of the simplified characters the headers below are
 * written in: an export of a Traditional Chinese shop, or one Excel saved on such a Windows, writes
 * "訂單號", "買家", "下單時間", "金額".
 */
const TRADITIONAL: Record<string, string> = Object.fromEntries(
	(
		'买買产產价價优優会會创創别別单單号號后後员員国國宝寶实實币幣帐帳应應态態总總户戶数數时時机機来來' +
		'标標状狀码碼种種称稱税稅类類编編联聯订訂计計话話贝貝账賬货貨购購费費运運邮郵销銷间間际際电電顾顧题題额額昵暱'
	)
		.match(/../gu)!
		.map((pair) => [...pair])
);

/**
 * The headers, then the traditional forms of those written in simplified characters: after every
 * header written, so that a file's column the list names (Shopline's "電郵") is still chosen before
 * one only a form names (its "顧客", the customer's name).
 */
function withTraditionalForms(headers: string[]): string[] {
	const forms = headers
		.map((header) => [...header].map((c) => TRADITIONAL[c] ?? c).join(''))
		.filter((form) => !headers.includes(form));
	return [...headers, ...new Set(forms)];
}

/**
 * Header names per role in the seeds' languages (English, Latvian, Russian, Chinese, Dutch) and
 * German, most specific first. Matching is exact on the normalised header. Chinese headers are
 * written in simplified characters; each is matched in its traditional form too, after them all.
 */
const SYNONYMS_WRITTEN: Record<Role, string[]> = {
	customer: [
		'customer id',
		'customerid',
		'customer email',
		'email',
		// Wix ("Contact email"), Amazon ("buyer-email")
		'contact email',
		'buyer email',
		'e mail',
		'email address',
		'billing email',
		'email billing',
		'customer',
		'customer no',
		'customer number',
		// Lightspeed X-Series (Vend) sales
		'customer code',
		'client id',
		'client',
		'buyer',
		'user id',
		'member id',
		'id customer',
		'klients',
		// Latvian accounting ("Partneris": the invoice's customer)
		'partneris',
		'klienta id',
		'klienta nr',
		'e pasts',
		'pircējs',
		'клиент',
		'id клиента',
		'код клиента',
		'покупатель',
		// 1C's documents ("Контрагент": the other party, the buyer of a sale)
		'контрагент',
		// Shopee ("Username (Buyer)")
		'username buyer',
		'email клиента',
		'почта',
		'e mail клиента',
		'客户',
		'客户id',
		'客户编号',
		'顾客',
		'用户',
		'用户id',
		'会员',
		'邮箱',
		'买家',
		'klant',
		'klantnummer',
		'klant id',
		'klant e mail',
		'kunde',
		'kundennummer',
		'kunden id',
		'kundennr',
		// Taobao ("买家会员名": the buyer's account), Youzan (the buyer's phone, then nickname), Shopline
		'买家会员名',
		'买家手机号',
		'买家昵称',
		'顧客編號',
		'電郵',
		// JD.com POP ("下单帐号": the buyer's account)
		'下单帐号',
		'下单账号',
		'买家账号',
		'买家帐号',
		// Any e-mail column, where none of the names above is in the file (bol.com's "E-mailadres").
		...EMAIL_HEADERS
	],
	// The customer's e-mail where the customer column holds an id: it stands in for a row whose id is
	// empty or a guest checkout's ("0" in BigCommerce and Magento, none in Stripe), which would
	// otherwise be dropped or all be counted as one customer.
	customerEmail: EMAIL_HEADERS,
	// The customer's phone: it stands in where neither the customer column nor the e-mail says who
	// ordered (a Russian shop's one-click order asks for a phone only).
	customerPhone: [
		'phone',
		'billing phone',
		'phone billing',
		'customer phone',
		'phone number',
		'telephone',
		'tel',
		'телефон',
		'телефон покупателя',
		'телефон клиента',
		'тел',
		'tālrunis',
		'telefons',
		'telefoon',
		'telefoonnummer',
		'telefon',
		'手机',
		'手机号',
		'联系电话',
		'电话',
		'收货人手机',
		'收货人电话'
	],
	date: [
		'order date',
		// Shopee
		'order creation date',
		'created at',
		'date',
		'invoice date',
		'invoicedate',
		'purchase date',
		'order created',
		'date created',
		'created',
		'timestamp',
		'order time',
		'paid at',
		'transaction date',
		'datums',
		'dokumenta datums',
		'rēķina datums',
		'pasūtījuma datums',
		'дата',
		'дата заказа',
		'дата покупки',
		'дата создания',
		'日期',
		'订单日期',
		'下单时间',
		'创建时间',
		'购买日期',
		'付款时间',
		'datum',
		'besteldatum',
		'orderdatum',
		'bestelldatum',
		// Etsy ("Sale Date"), Stripe ("Created date (UTC)"), French shop systems
		'sale date',
		'created date',
		'created date utc',
		'date de commande',
		'date de la commande',
		// Taobao, Youzan ("订单创建时间"), Shopline ("訂單日期"), Lightspeed eCom ("Order - Datum")
		'订单创建时间',
		'訂單日期',
		'order datum',
		// OpenCart / ocStore ("Дата добавления"), Yandex Market ("Дата оформления"), Pinduoduo ("支付时间")
		'дата добавления',
		'дата оформления',
		'дата оформления заказа',
		'支付时间',
		'成交时间',
		// Douyin's shop backend (抖店, "订单提交时间": when the order was placed)
		'订单提交时间',
		// Stripe's older payments export ("Created (UTC)"), Shopware's ("orderDateTime"), order APIs ("placedAt")
		'created utc',
		'order date time',
		'placed at',
		'order placed at'
	],
	// The time of day in a column of its own, beside a date without one (PayPal's activity download:
	// "Date", "Time", "TimeZone"; Square's "Date", "Time", "Time Zone"; "Order date", "Order time"):
	// read as a time in the date cell is, only to tell which of a customer's orders of one day came
	// first. Taken only where the sample's values are times (see `keepTimeColumn`). German as PayPal
	// writes it ("Zeit", "Zeitzone").
	time: [
		'time',
		'order time',
		'purchase time',
		'transaction time',
		'time of day',
		'laiks',
		'pasūtījuma laiks',
		'darījuma laiks',
		'время',
		'время заказа',
		'время покупки',
		'时间',
		'订单时间',
		'下单时间',
		'交易时间',
		'tijd',
		'tijdstip',
		'besteltijd',
		'zeit',
		'uhrzeit',
		'bestellzeit'
	],
	// That time's zone: an offset ("+01:00", "UTC+1") is heeded, a named zone ("PST", "Eastern Time
	// (US & Canada)") is not (see `zoneSuffix` in accumulate.ts).
	timeZone: [
		'time zone',
		'timezone',
		'tz',
		'utc offset',
		'laika josla',
		'laika zona',
		'часовой пояс',
		'时区',
		'tijdzone',
		'zeitzone'
	],
	amount: [
		'order total',
		'total',
		'order total amount',
		'total amount',
		'amount',
		'order amount',
		'order value',
		'revenue',
		'net sales',
		'sales',
		'gross sales',
		'grand total',
		'value',
		'sum',
		'total price',
		'monetary value',
		'spend',
		'summa',
		'kopā',
		'pasūtījuma summa',
		'summa ar pvn',
		'kopā ar pvn',
		'сумма',
		'итого',
		'сумма заказа',
		// 1C ("Сумма документа")
		'сумма документа',
		'выручка',
		'стоимость',
		'金额',
		'总额',
		// JD.com ("应付金额": what the buyer pays, after discounts, before its "订单金额")
		'应付金额',
		'订单金额',
		'实付金额',
		'合计',
		'销售额',
		'bedrag',
		'totaal',
		'totaalbedrag',
		'omzet',
		'betrag',
		'gesamtbetrag',
		'summe',
		// BigCommerce ("Order Total (inc tax)"), French shop systems
		'order total inc tax',
		'total inc tax',
		'total ttc',
		'montant total',
		'montant',
		// Taobao ("买家实际支付金额": what the buyer paid), Youzan ("订单实付金额"), Shopline ("訂單合計"),
		// WooCommerce and Lightspeed eCom in Dutch ("Besteltotaal", "Order - Totaal incl. btw")
		'买家实际支付金额',
		// Pinduoduo ("商家实收金额": what the shop received for the goods and shipping, platform discounts included)
		'商家实收金额',
		'订单实付金额',
		// Douyin (抖店): what the buyer pays for the order, after discounts, shipping included
		'订单应付金额',
		'訂單合計',
		'besteltotaal',
		'order totaal incl btw',
		'totaal incl btw',
		// Magento 2's order grid ("Grand Total (Base)", "Grand Total (Purchased)"): the base currency's
		// first, the currency its Subtotal and Shipping columns are in. German.
		'grand total base',
		'grand total purchased',
		'gesamtsumme',
		// WooCommerce's order export in German, Shopware ("Bestellsumme": the order's total)
		'bestellsumme',
		...LINE_AMOUNT_HEADERS,
		// Gumroad ("Sale Price ($)": what the buyer paid, tax and shipping included). After an item's
		// amount: beside "Regular Price" and "Line Total" a sale price is one unit's.
		'sale price',
		// Shopware's export ("amountTotal"), PrestaShop's database export ("total_paid_tax_incl", "total_paid")
		'amount total',
		'total paid tax incl',
		'total paid'
	],
	quantity: [
		'quantity',
		'qty',
		'lineitem quantity',
		'item quantity',
		'item qty',
		'items sold',
		'daudzums',
		'количество',
		'кол во',
		'数量',
		'aantal',
		'menge',
		'anzahl'
	],
	unitPrice: [
		// Yandex Market ("Цена за шт., руб.")
		'цена за шт',
		'unitprice',
		'unit price',
		'price',
		'item cost',
		'lineitem price',
		'cena',
		'цена',
		'单价',
		'价格',
		'prijs',
		'stukprijs',
		'preis',
		'einzelpreis'
	],
	orderId: [
		'order id',
		'orderid',
		// Latvian accounting ("Dokumenta Nr.", "Rēķina Nr."), OpenCart / ocStore ("ID заказа")
		'dokumenta nr',
		'rēķina nr',
		'id заказа',
		'№ заказа',
		'order number',
		'order no',
		'order',
		// Magento's order number as its database and API name it (`sales_order.increment_id`)
		'increment id',
		'invoiceno',
		'invoice',
		'invoice no',
		'invoice number',
		// Point-of-sale exports (Lightspeed X-Series, Square): a sale is a receipt
		'receipt number',
		'receipt no',
		'receipt id',
		'transaction id',
		'pasūtījums',
		'pasūtījuma nr',
		'pasūtījuma numurs',
		'заказ',
		'номер заказа',
		'№ заказа',
		// 1C's documents ("Номер", "Номер документа": a sales document is the order)
		'номер документа',
		'номер',
		'订单号',
		'订单编号',
		'订单',
		'bestelling',
		'bestelnummer',
		'ordernummer',
		'bestellnummer',
		'auftragsnummer',
		// Their abbreviations ("Bestellnr.", "Bestell-Nr.", "Auftragsnr.", "Rechnungsnr.", Dutch "Bestelnr.", "Ordernr.")
		'bestellnr',
		'bestell nr',
		'auftragsnr',
		'auftrags nr',
		'rechnungsnummer',
		'rechnungsnr',
		'rechnungs nr',
		'bestelnr',
		'ordernr',
		'order nr',
		'factuurnummer',
		'factuurnr',
		// Lightspeed eCom ("Order - Nummer"), Shopline (Traditional Chinese), Youzan
		'order nummer',
		'訂單號碼',
		'訂單編號',
		// Last: a bare "ID" is the row's, in an orders export the order's (Magento, 1C-Bitrix); then
		// "Name", Shopify's order number (its layout says so), elsewhere mostly a person's name.
		'id',
		'name'
	],
	status: [
		'financial status',
		'order status',
		// CCV Shop ("Orderstatus")
		'orderstatus',
		'status',
		'payment status',
		'statuss',
		// Latvian ("Pasūtījuma statuss": the order's status, as WooCommerce's Latvian export names it)
		'pasūtījuma statuss',
		'статус',
		'статус заказа',
		'状态',
		'订单状态',
		'bestelstatus',
		'bestellstatus',
		'order state',
		// French (PrestaShop's "État")
		'état',
		'etat',
		'statut',
		'état de la commande',
		'statut de la commande',
		'訂單狀態',
		// Shopware ("stateMachineState", the order's state; its "transactionState" is the payment's)
		'state machine state'
	],
	// A second status, of the payment, beside the order's (InSales, Tilda, Lightspeed eCom, Shopline):
	// an order whose payment is unpaid, cancelled or refunded is no sale, whatever the order's says.
	// A yes/no "Paid" column (1C-Bitrix's "Оплачен": Да/Нет) is one too.
	paymentStatus: [
		'payment status',
		'financial status',
		'статус оплаты',
		'betaalstatus',
		'order betaalstatus',
		'付款状态',
		'支付状态',
		'付款狀態',
		// Pinduoduo's after-sales status ("退款成功": refunded)
		'售后状态',
		'maksājuma statuss',
		'apmaksas statuss',
		// A yes/no "Paid" column in Russian, Latvian, Dutch and German
		...YES_NO_PAID_HEADERS,
		'zahlungsstatus',
		'statut du paiement',
		'transaction state'
	],
	// A date, or a yes/no column (1C-Bitrix's "Отменен": Да/Нет): any value but a no cancels the order.
	cancelledAt: [
		'cancelled at',
		'canceled at',
		'cancelled',
		'canceled',
		'cancellation date',
		'отменен',
		'отменён',
		'geannuleerd'
	],
	refundedAmount: [
		'refunded amount',
		'order refund amount',
		'refund amount',
		'refunds',
		'refunded',
		'сумма возврата',
		'退款金额',
		'terugbetaald',
		// Squarespace, Magento 2, Gumroad ("Partial Refund ($)")
		'amount refunded',
		'total refunded',
		'partial refund',
		// WooCommerce's Customer/Order/Coupon Export (SkyVerge): "refunded_total"
		'refunded total',
		// Latvian, Dutch (Mollie, Lightspeed eCom), Chinese (Youzan, Shopline)
		'atmaksātā summa',
		'terugbetaald bedrag',
		'order terugbetaald',
		'订单已退款金额',
		'已退款金额',
		'已退款金額',
		'退款金額'
	],
	// A yes/no column of orders refunded in full (Gumroad's "Fully Refunded?": 1 or 0).
	refundedInFull: ['fully refunded?', 'fully refunded', 'refunded in full', 'is fully refunded?'],
	// The order's total after its refunds, where the file gives that instead of the refund (Etsy's
	// orders export and its Payments sales file).
	adjustedTotal: ['adjusted order total', 'adjusted gross', 'order total after refunds', 'total after refunds'],
	subtotal: [
		'subtotal',
		'sub total',
		'order subtotal',
		'order subtotal amount',
		'items total',
		'starpsumma',
		'подытог',
		'小计',
		'subtotaal',
		'subtotal ex tax',
		'sous total',
		// Youzan ("商品金额合计"), Shopline ("訂單小計"), Latvian, Lightspeed eCom
		'商品金额合计',
		'訂單小計',
		'summa bez pvn',
		'order subtotaal excl btw',
		'subtotaal excl btw'
	],
	tax: [
		'taxes',
		'tax',
		'tax amount',
		'total tax',
		'tax total',
		'order tax',
		'order total tax amount',
		'sales tax',
		'vat',
		'vat amount',
		'pvn',
		'nodokļi',
		'ндс',
		'налог',
		'税额',
		'税费',
		'btw',
		'belasting',
		'mwst',
		'steuer',
		'order btw',
		// Tax totals as WooCommerce's Dutch export ("BTW totaal") and other shops write them
		'total vat',
		'vat total',
		'gst',
		'btw totaal',
		'totaal btw',
		'btw bedrag',
		'mwst betrag',
		'mwst summe',
		'mehrwertsteuer',
		'umsatzsteuer',
		'ust',
		'steuerbetrag',
		'steuern',
		'pvn summa',
		'pvn kopā',
		'сумма ндс',
		'ндс сумма',
		'сумма налога',
		'налоги',
		'税金',
		'税款',
		'税额合计',
		'税费合计',
		// eBay's orders report: the tax eBay collects as marketplace (most US orders), in its Total Price
		'ebay collected tax',
		'seller collected tax'
	],
	shipping: [
		'shipping',
		'shipping amount',
		// Wix ("Shipping rate")
		'shipping rate',
		'shipping total',
		'shipping cost',
		'shipping costs',
		// BigCommerce (its "(inc tax)" twin includes the tax, which the file gives apart)
		'shipping cost ex tax',
		'order shipping amount',
		'shipping and handling',
		// (The cost before a bare "Доставка", which Tilda uses for the delivery method.)
		'стоимость доставки',
		'delivery cost',
		'delivery price',
		// (Latvian: the price before a bare "Piegāde", which may be the delivery method.)
		'piegādes cena',
		'piegādes maksa',
		'piegādes izmaksas',
		'delivery',
		'piegāde',
		'доставка',
		'运费',
		'运费金额',
		'买家应付邮费',
		'邮费',
		'運費',
		'order verzendkosten',
		'verzendkosten',
		'versandkosten'
	],
	// A discount on the shipping charged (Etsy's "Shipping Discount"), which the order total nets:
	// read only where the order's parts show it (see `OrderAccumulator.#parts`).
	shippingDiscount: ['shipping discount', 'shipping discount amount', 'discount on shipping'],
	discount: [
		'discount amount',
		'discount',
		'discounts',
		'discount total',
		'cart discount',
		'cart discount amount',
		'order discount',
		'atlaide',
		'скидка',
		'折扣',
		'优惠',
		'korting',
		'rabatt',
		'优惠金额',
		'優惠折扣',
		'order korting'
	],
	currency: [
		'currency',
		'order currency',
		'currency code',
		'order currency code',
		'valūta',
		'валюта',
		// 1C ("Валюта документа")
		'валюта документа',
		'币种',
		'货币',
		'valuta',
		'währung',
		'幣別'
	],
	product: [
		'lineitem name',
		'product',
		'product name',
		'products',
		'product s',
		'item name',
		'description',
		'item',
		'produkts',
		'prece',
		'товар',
		'наименование',
		'商品',
		'商品名称',
		'产品',
		'product naam',
		'artikel',
		// Taobao ("宝贝标题": the item's title), Shopline, Tilda, bol.com
		'宝贝标题',
		'商品名稱',
		'товары',
		'producttitel'
	],
	// A line item's SKU (stock code), beside its name. A file with a SKU column and no name column keeps
	// its line items by SKU alone, said to be codes (not read as product names: see `OrderItems`).
	sku: [
		'sku',
		// "Advanced Order Export for WooCommerce" lists an order's SKUs in one "SKUs" cell
		'skus',
		'lineitem sku',
		'item sku',
		'product sku',
		'variant sku',
		'stockcode',
		'stock code',
		'artikelnummer',
		'artikuls',
		'артикул',
		'货号',
		'商品编码'
	],
	// What each row of a file of one row per item is: an item, a discount, shipping or a fee (see `lineKindOf`).
	lineType: [
		'order item type',
		'item type',
		'line item type',
		'line type',
		'row type',
		'typ polozky',
		'positionstyp',
		'тип позиции',
		'行类型'
	],
	category: [
		'category',
		'product category',
		'product type',
		'kategorija',
		'категория',
		'类别',
		'分类',
		'categorie',
		'kategorie'
	],
	channel: [
		'source',
		'channel',
		'sales channel',
		'source name',
		'attribution',
		'kanāls',
		'avots',
		'канал',
		'источник',
		'渠道',
		'来源',
		'销售渠道',
		'kanaal',
		'bron',
		'verkoopkanaal',
		'kanal',
		'quelle'
	],
	country: [
		'country',
		'billing country',
		'shipping country',
		'country code billing',
		'country code',
		'valsts',
		'страна',
		'国家',
		'land'
	],
	discountCode: [
		'discount code',
		'discount codes',
		'coupon s',
		'coupon code',
		'coupon codes',
		'coupons',
		'coupon',
		'coupons used',
		'promo code',
		'promocode',
		'voucher',
		'voucher code',
		'atlaides kods',
		'kupons',
		'promokods',
		'промокод',
		'купон',
		'код скидки',
		'код купона',
		'优惠码',
		'优惠券',
		'折扣码',
		'优惠券码',
		'kortingscode',
		'kortingsbon',
		'waardebon',
		'gutschein',
		'gutscheincode',
		'rabattcode'
	],
	// The customer's name (kept per customer for the audience exports, never in a figure). A bare
	// `name` is Shopify's order number: it is a name only when another column holds the order id.
	fullName: [
		'billing name',
		'shipping name',
		'customer name',
		'full name',
		'name',
		'vārds uzvārds',
		'klienta vārds',
		'pircēja vārds',
		'фио',
		'имя клиента',
		'имя покупателя',
		'姓名',
		'客户姓名',
		'买家姓名',
		'收货人',
		'naam',
		'klantnaam',
		'volledige naam',
		'kundenname'
	],
	firstName: [
		'first name billing',
		'billing first name',
		'first name',
		'firstname',
		'given name',
		'first name shipping',
		'shipping first name',
		'vārds',
		'имя',
		'名',
		'名字',
		'voornaam',
		'vorname'
	],
	lastName: [
		'last name billing',
		'billing last name',
		'last name',
		'lastname',
		'surname',
		'family name',
		'last name shipping',
		'shipping last name',
		'uzvārds',
		'фамилия',
		'姓',
		'姓氏',
		'achternaam',
		'nachname'
	],
	// Cost of goods: per unit (× the row's quantity), per row (a line's total cost), or per order.
	// WooCommerce Cost of Goods keeps `_wc_cog_item_cost`, `_wc_cog_item_total_cost` and
	// `_wc_cog_order_total_cost`; export plugins write those keys or labels like "Cost of Goods".
	// ("Item Cost" stays a unit price: WooCommerce order exports use it for the item's price.)
	unitCost: [
		'wc cog item cost',
		'item cost of goods',
		'unit cost',
		'cost per item',
		'cost per unit',
		'cost price',
		'cost',
		'pašizmaksa',
		'vienības pašizmaksa',
		'себестоимость',
		'себестоимость единицы',
		'закупочная цена',
		'成本价',
		'单位成本',
		'kostprijs',
		'inkoopprijs',
		'einkaufspreis',
		'selbstkosten'
	],
	lineCost: [
		'wc cog item total cost',
		'item total cost',
		'item total cost of goods',
		'line cost',
		'lineitem cost',
		'cost of goods',
		'cogs',
		'cost of goods sold',
		'kopējā pašizmaksa',
		'себестоимость позиции',
		'成本',
		'商品成本',
		'regelkostprijs'
	],
	orderCost: [
		'wc cog order total cost',
		'order total cost',
		'order cost',
		'order cogs',
		'order cost of goods',
		'pasūtījuma pašizmaksa',
		'себестоимость заказа',
		'订单成本',
		'orderkostprijs'
	],
	// Whether the customer agreed to marketing e-mail (yes/no; see `consent.ts`): kept per customer to
	// leave those who declined out of the audience exports. E-mail only: Shopify's "Accepts SMS
	// Marketing" is another channel's consent and is not read.
	marketingConsent: [
		'accepts email marketing',
		'accepts marketing',
		'buyer accepts marketing',
		'email marketing consent',
		'marketing consent',
		'marketing opt in',
		'email opt in',
		'newsletter opt in',
		'newsletter',
		'newsletter subscription',
		'subscribed to newsletter',
		'piekrīt mārketingam',
		'jaunumu vēstule',
		'согласие на рассылку',
		'подписка на рассылку',
		'接受营销',
		'接受邮件营销',
		'订阅邮件',
		'nieuwsbrief',
		'accepteert marketing',
		'newsletter anmeldung'
	],
	frequency: ['frequency', 'x', 'repeat purchases'],
	recency: ['recency', 't x', 'tx'],
	age: ['t', 'age', 'customer age'],
	monetary: ['monetary value', 'monetary', 'zbar', 'm', 'average spend']
};

/** The headers of `SYNONYMS_WRITTEN` with their traditional forms. */
const SYNONYMS = Object.fromEntries(
	Object.entries(SYNONYMS_WRITTEN).map(([role, headers]) => [role, withTraditionalForms(headers)])
) as Record<Role, string[]>;

function findColumn(headers: string[], names: string[], taken: Set<number>): number | undefined {
	for (const name of names) {
		const index = headers.findIndex((h, i) => h === name && !taken.has(i));
		if (index >= 0) return index;
	}
	return undefined;
}

function mapRoles(
	headers: string[],
	roles: readonly Role[],
	preferred: Partial<Record<Role, string[]>> = {}
): ColumnMapping {
	const mapping: ColumnMapping = {};
	const taken = new Set<number>();
	for (const role of roles) {
		const index = findColumn(headers, [...(preferred[role] ?? []), ...SYNONYMS[role]], taken);
		if (index !== undefined) {
			mapping[role] = index;
			taken.add(index);
		}
	}
	// An e-mail stands in for an id only: a customer column of e-mails needs none.
	if (mapping.customer !== undefined && isEmailHeader(headers[mapping.customer])) delete mapping.customerEmail;
	return mapping;
}

const has = (headers: string[], ...names: string[]) => names.every((n) => headers.includes(n));

/**
 * Recognises the layout of a file from its first row (and, for header-less files, a few rows).
 * `rows` are already split into fields with the file's delimiter.
 */
export function recogniseLayout(rows: string[][], delimiter: string): LayoutMatch {
	const match = layoutOf(rows, delimiter);
	keepTimeColumn(match, rows);
	if (match.hasHeader) mapEmailColumn(match, rows);
	return match;
}

/**
 * Maps an e-mail column whose header no list names (WooCommerce's Dutch "Factuur e-mailadres")
 * by its header's word for e-mail and its values (most of the first 200 filled ones hold an "@"):
 * as the stand-in for a guest's shared id ("0"), where the customer column is no e-mail column,
 * or as the customer where the file has no customer column.
 */
function mapEmailColumn(match: LayoutMatch, rows: string[][]): void {
	const mapping = match.mapping;
	if (mapping.customerEmail !== undefined || match.paymentLedger) return;
	const headers = (rows[0] ?? []).map(normaliseHeader);
	if (mapping.customer !== undefined && isEmailHeader(headers[mapping.customer])) return;
	const taken = new Set(Object.values(mapping));
	const column = headers.findIndex((header, i) => !taken.has(i) && isEmailHeader(header) && holdsEmails(rows, i));
	if (column < 0) return;
	if (mapping.customer === undefined) mapping.customer = column;
	else mapping.customerEmail = column;
}

/**
 * What a column's values say of the customer, from the sample (the first 200 data rows, a guest's
 * placeholder and empty cells left out): `email` where most hold an "@"; `phone` where the header
 * names a phone and most are numbers of seven digits or more; `name` where at least three in four
 * are a person's (or a company's) name — words of letters only, two or more ("Ilze Kalniņa",
 * "Иванов Иван"), or two to four Chinese characters ("张伟"), unless the header names a
 * marketplace account ("买家会员名"); `id` where at least three in four are codes, numbers or
 * account names, with no space ("CU009", "10457"). Null for a column with none of them ("Klients 46").
 */
export type CustomerValues = 'email' | 'phone' | 'name' | 'id';

/** A person's or a company's name: two or more words of letters ("Berg, Ann", "J. Smith"). */
const WORDS_NAME = /^\p{L}[\p{L}\p{M}'’.,-]*(?:\s+\p{L}[\p{L}\p{M}'’.,-]*)+$/u;
/** A Chinese person's name: two to four characters (a surname and a given name). */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
/** Headers of a marketplace buyer's account (Taobao, JD.com, Youzan): account names, however they look. */
const ACCOUNT_HEADERS = new Set(
	withTraditionalForms([
		'买家会员名',
		'买家昵称',
		'下单帐号',
		'下单账号',
		'买家账号',
		'买家帐号',
		'用户',
		'用户id',
		'会员'
	])
);
/** A guest checkout's placeholder id, shared by every guest (as `isGuestId` in accumulate.ts reads it). */
const GUEST_ID = /^(0+|-1|-+|guest|n\/a|none|null)$/i;
const PHONE_HEADER = /phone|^tel$|телефон|^тел$|手机|电话|tālrun|telefo/;

/**
 * Whether a header (as `normaliseHeader` gives it) names a phone column: a customer column under
 * it holds phone numbers, to be read as such (see `phoneCustomerId`), however it was chosen.
 */
export function isPhoneHeader(header: string): boolean {
	return SYNONYMS_WRITTEN.customerPhone.includes(header) || PHONE_HEADER.test(header);
}

/** The sample's values of a column, trimmed, without empty cells and guests' placeholders. */
function sampleValues(rows: string[][], column: number): string[] {
	const values: string[] = [];
	for (const row of rows.slice(1, 201)) {
		const cell = (row[column] ?? '').trim();
		if (cell && !GUEST_ID.test(cell)) values.push(cell);
	}
	return values;
}

/** What a column's sampled values are (see `CustomerValues`); `header` normalised. */
export function customerValuesOf(rows: string[][], column: number, header: string): CustomerValues | null {
	const values = sampleValues(rows, column);
	if (values.length === 0) return null;
	const share = (test: (value: string) => boolean) => values.filter(test).length / values.length;
	if (share((v) => v.includes('@')) > 0.5) return 'email';
	if (isPhoneHeader(header) && share((v) => phoneCustomerId(v) !== '') > 0.5) return 'phone';
	if (!ACCOUNT_HEADERS.has(header) && share((v) => WORDS_NAME.test(v) || HAN_NAME.test(v)) >= 0.75) return 'name';
	if (share((v) => !/\s/.test(v)) >= 0.75) return 'id';
	return null;
}

/**
 * Whether an id column and an e-mail column tell the same customers apart, on the sample's rows
 * that fill both: an e-mail seen with several ids means the ids are per order (or per guest
 * checkout) and part one person, so at most one in twenty; an id seen with several e-mails is a
 * customer who changed address, or a label ("Retail") that lumps people together, so at most one
 * in four.
 */
function sameCustomers(rows: string[][], idColumn: number, emailColumn: number): boolean {
	const emailsOfId = new Map<string, Set<string>>();
	const idsOfEmail = new Map<string, Set<string>>();
	for (const row of rows.slice(1, 201)) {
		const id = (row[idColumn] ?? '').trim();
		const email = (row[emailColumn] ?? '').trim().toLowerCase();
		if (!id || GUEST_ID.test(id) || !email.includes('@')) continue;
		if (!emailsOfId.has(id)) emailsOfId.set(id, new Set());
		emailsOfId.get(id)!.add(email);
		if (!idsOfEmail.has(email)) idsOfEmail.set(email, new Set());
		idsOfEmail.get(email)!.add(id);
	}
	const several = (sets: Map<string, Set<string>>) => [...sets.values()].filter((set) => set.size > 1).length;
	return several(idsOfEmail) * 20 <= idsOfEmail.size && several(emailsOfId) * 4 <= emailsOfId.size;
}

/**
 * The customer column chosen by the values, not by the headers' order alone, in a file whose
 * layout no export names (see `CustomerValues`):
 * - a column of people's names is never the customer where the file has an e-mail, id or phone
 *   column: two people of one name would be one customer. It is kept as the customer's name.
 *   (Where only names tell customers apart, the review says so, see `FileInspection.nameColumns`.)
 * - an id column (one the customer headers name, "Customer", "Klantnummer") is the customer
 *   before an e-mail column, which stands in where the id is empty (`customerEmail`). Only that
 *   way round loses no row: the import reads the e-mail where the id is empty, but has no stand-in
 *   for an e-mail; and one person stays one customer, as a row told by the e-mail is joined to
 *   the customer whose id had that e-mail (see `#registeredOfGuests` in accumulate.ts). So even an
 *   id that fills fewer rows than the e-mail comes first, unless the two do not tell the same
 *   people apart (see `sameCustomers`): then the e-mail stays the customer.
 * In place of a column of names: such an id (with the e-mail as its stand-in), else the e-mail,
 * else a phone. Where no column is the customer, a phone column is.
 */
function chooseCustomerColumn(mapping: ColumnMapping, headers: string[], rows: string[][]): void {
	const current = mapping.customer;
	const kinds = new Map<number, CustomerValues | null>();
	const kindOf = (column: number) => {
		if (!kinds.has(column)) kinds.set(column, customerValuesOf(rows, column, headers[column]));
		return kinds.get(column);
	};
	if (current === undefined) {
		// No customer column at all (a shop whose orders ask for a phone only): the phone column is the
		// customer, read as phone numbers (see `isPhoneHeader`), as the customer phone role's label promises.
		const phone = mapping.customerPhone;
		if (phone !== undefined && mapping.customerEmail === undefined && kindOf(phone) === 'phone') {
			mapping.customer = phone;
			delete mapping.customerPhone;
		}
		return;
	}
	const kind = kindOf(current);
	if (kind !== 'name' && kind !== 'email') return;
	// The columns the customer headers name that no other role took, in the headers' order of preference.
	const taken = new Set(
		Object.entries(mapping)
			.filter(([role]) => !['customer', 'customerEmail', 'customerPhone'].includes(role))
			.map(([, column]) => column)
	);
	const candidates: number[] = [];
	for (const name of SYNONYMS.customer)
		headers.forEach((header, i) => {
			if (header === name && !taken.has(i) && !candidates.includes(i)) candidates.push(i);
		});
	const email = [current, mapping.customerEmail, ...candidates].find(
		(column) => column !== undefined && kindOf(column) === 'email'
	);
	const id = candidates.find(
		(column) =>
			column !== current && kindOf(column) === 'id' && (email === undefined || sameCustomers(rows, column, email))
	);
	const phone = [mapping.customerPhone, ...candidates].find(
		(column) => column !== undefined && kindOf(column) === 'phone'
	);
	const chosen = kind === 'email' ? (id ?? current) : (id ?? email ?? phone ?? current);
	if (chosen === current) return;
	mapping.customer = chosen;
	if (kind === 'name' && [mapping.fullName, mapping.firstName, mapping.lastName].every((c) => c === undefined))
		mapping.fullName = current;
	if (email !== undefined && email !== chosen) mapping.customerEmail = email;
	else delete mapping.customerEmail;
	if (mapping.customerPhone === chosen) delete mapping.customerPhone;
}

function holdsEmails(rows: string[][], column: number): boolean {
	let filled = 0;
	let emails = 0;
	for (const row of rows.slice(1, 201)) {
		const cell = (row[column] ?? '').trim();
		if (!cell) continue;
		filled++;
		if (cell.includes('@')) emails++;
	}
	return filled > 0 && emails * 2 > filled;
}

/**
 * Leaves a time column mapped only where the sample's values in it (the first 200 rows) are times
 * of day, or dates with one, and at least one is: a "Time" column of durations, of words or of
 * nothing is no order's time.
 */
function keepTimeColumn(match: LayoutMatch, rows: string[][]): void {
	const column = match.mapping.time;
	if (column === undefined) return;
	let times = 0;
	for (const row of rows.slice(match.hasHeader ? 1 : 0, 200)) {
		const cell = (row[column] ?? '').trim();
		if (!cell) continue;
		if (timeOfDay(cell) < 0) {
			times = 0;
			break;
		}
		times++;
	}
	if (times === 0) delete match.mapping.time;
}

function layoutOf(rows: string[][], delimiter: string): LayoutMatch {
	const first = rows[0] ?? [];
	const headers = first.map(normaliseHeader);

	if (has(headers, 'name', 'email', 'financial status', 'created at', 'total')) {
		return {
			layout: 'shopify',
			hasHeader: true,
			amountMode: 'orderTotal',
			mapping: mapRoles(headers, ORDER_ROLES, {
				customer: ['email'],
				orderId: ['name'],
				date: ['created at'],
				amount: ['total'],
				status: ['financial status'],
				product: ['lineitem name'],
				sku: ['lineitem sku'],
				quantity: ['lineitem quantity'],
				unitPrice: ['lineitem price'],
				subtotal: ['subtotal'],
				tax: ['taxes'],
				shipping: ['shipping'],
				discount: ['discount amount'],
				country: ['billing country', 'shipping country'],
				channel: ['source'],
				discountCode: ['discount code']
			})
		};
	}

	const analytics = isWooAnalyticsOrders(headers);
	const isWoo =
		(has(headers, 'order id', 'order date', 'order total') &&
			(headers.includes('billing email') || headers.includes('customer email'))) ||
		has(headers, 'order number', 'order status', 'order date', 'order total amount') ||
		analytics;
	if (isWoo) {
		const mapping = mapRoles(headers, ORDER_ROLES, {
			customer: ['billing email', 'customer email', 'email billing', 'customer', ...WOO_ANALYTICS.customer],
			orderId: ['order id', 'order number', 'order', ...WOO_ANALYTICS.order],
			amount: ['order total', 'order total amount', 'net sales', ...WOO_ANALYTICS.netSales],
			status: ['status', 'order status', ...WOO_ANALYTICS.status],
			// (Analytics' own words only in its report: another export's "Date" may be something else.)
			...(analytics ? { date: WOO_ANALYTICS.date, quantity: WOO_ANALYTICS.itemsSold } : {}),
			refundedAmount: ['order refund amount'],
			subtotal: ['order subtotal amount'],
			tax: ['order total tax amount'],
			shipping: ['order shipping amount', 'shipping total'],
			discount: ['cart discount amount'],
			currency: ['order currency'],
			country: ['billing country', 'country code billing'],
			product: ['item name', 'product s', 'products', 'product name', ...WOO_ANALYTICS.products],
			sku: ['sku', 'skus', 'item sku', 'product sku'],
			channel: ['attribution', 'source', 'channel'],
			discountCode: ['coupon s', 'coupon code', 'coupons', 'coupon', 'coupons used', ...WOO_ANALYTICS.coupons]
		});
		return {
			layout: 'woocommerce',
			hasHeader: true,
			amountMode: 'orderTotal',
			mapping,
			...(quantityListColumn(rows, mapping.product) ? { productQuantities: true as const } : {})
		};
	}

	const isUci =
		has(headers, 'invoiceno', 'stockcode', 'quantity', 'invoicedate', 'unitprice', 'customerid') ||
		has(headers, 'invoice', 'stockcode', 'quantity', 'invoicedate', 'price', 'customer id');
	if (isUci) {
		return {
			layout: 'uci',
			hasHeader: true,
			amountMode: 'lineItems',
			mapping: mapRoles(headers, ORDER_ROLES, {
				customer: ['customerid', 'customer id'],
				orderId: ['invoiceno', 'invoice'],
				date: ['invoicedate'],
				unitPrice: ['unitprice', 'price'],
				product: ['description', 'stockcode'],
				sku: ['stockcode'],
				country: ['country']
			})
		};
	}

	// Shoptet's orders export (Czech and Slovak shops) names its columns by their export codes, one
	// row per order item; its shipping and payment ("billing") items are rows too, told apart by
	// their type. Amounts without VAT first: they are the net sales.
	if (
		has(headers, 'code', 'order item type') &&
		(headers.includes('order item total price without vat') || headers.includes('order item total price with vat'))
	) {
		return {
			layout: 'generic',
			hasHeader: true,
			amountMode: 'lineAmounts',
			mapping: mapRoles(headers, ORDER_ROLES, {
				customer: ['email'],
				orderId: ['code'],
				date: ['date'],
				amount: ['order item total price without vat', 'order item total price with vat'],
				status: ['status name'],
				// 1 or 0: whether the payment came in.
				paymentStatus: ['paid'],
				lineType: ['order item type'],
				product: ['order item name', 'order item code'],
				currency: ['currency'],
				fullName: ['bill full name', 'delivery full name'],
				country: ['bill country name', 'delivery country name']
			})
		};
	}

	// Lemon Squeezy's orders export gives each order in its own currency ("currency", "total") and
	// converted to US dollars ("total_usd"). Where the sample's orders are in several currencies, the
	// dollar amounts are read (their headers name the currency), so that no currencies are added up.
	if (has(headers, 'identifier', 'order number', 'currency', 'total', 'total usd')) {
		const currency = headers.indexOf('currency');
		const currencies = new Set(rows.slice(1, 200).map((row) => (row[currency] ?? '').trim().toUpperCase()));
		currencies.delete('');
		const inDollars = currencies.size > 1;
		const mapping = mapRoles(
			headers,
			ORDER_ROLES,
			inDollars
				? {
						amount: ['total usd'],
						subtotal: ['subtotal usd'],
						tax: ['tax usd'],
						discount: ['discount total usd'],
						refundedAmount: ['refunded amount usd'],
						product: ['product name']
					}
				: { amount: ['total'], product: ['product name'] }
		);
		if (inDollars) delete mapping.currency;
		return { layout: 'generic', hasHeader: true, amountMode: 'orderTotal', mapping };
	}

	// PayPal's activity download: the account's ledger, of which only the payments received are
	// purchases, and refunds are rows of their own (see `payments.ts`). Each row is read with its
	// own amount, so that a refund row is taken off the payment it names.
	const paymentLedger = paymentLedgerOf(headers);
	if (paymentLedger) {
		return {
			layout: 'generic',
			hasHeader: true,
			amountMode: 'lineAmounts',
			paymentLedger,
			mapping: mapRoles(headers, ORDER_ROLES, LEDGER_ROLES)
		};
	}

	const etsy = etsyLayoutOf(headers);
	if (etsy) return etsy;

	// Amazon Seller Central's order reports: one row per item, whose item-price is that row's amount
	// (price × quantity), so an order is the sum of its rows.
	if (has(headers, 'amazon order id', 'purchase date', 'item price')) {
		return {
			layout: 'generic',
			hasHeader: true,
			amountMode: 'lineAmounts',
			mapping: mapRoles(headers, ORDER_ROLES, {
				customer: ['buyer email'],
				orderId: ['amazon order id'],
				date: ['purchase date'],
				amount: ['item price'],
				status: ['order status'],
				product: ['product name', 'sku'],
				country: ['ship country'],
				channel: ['sales channel']
			})
		};
	}

	const summary = mapRoles(headers, SUMMARY_ROLES, {
		customer: ['id', 'customer id', 'customer', 'cust'],
		age: ['t']
	});
	const isSummary =
		(has(headers, 'frequency', 'recency', 't') || has(headers, 'x', 't x', 't')) && summary.frequency !== undefined;
	if (isSummary) {
		return { layout: 'summary', hasHeader: true, amountMode: 'orderTotal', mapping: summary };
	}

	if (delimiter === 'whitespace') {
		const cdnow = recogniseCdnow(rows);
		if (cdnow) return cdnow;
	}

	const hasHeader = looksLikeHeader(first, rows.slice(1, 20));
	const dialect = hasHeader ? headerDialectOf(headers) : null;
	// Stripe's "Captured" (true/false) is the payment's status: false, a payment only authorised.
	const mapping = hasHeader
		? mapRoles(headers, ORDER_ROLES, dialect === 'stripe' ? { paymentStatus: ['captured'] } : {})
		: {};
	const layout = dialect ?? (hasHeader ? providerOf(rows, mapping) : null) ?? 'generic';
	const amountMode: AmountMode =
		mapping.amount === undefined
			? mapping.quantity !== undefined && mapping.unitPrice !== undefined
				? 'lineItems'
				: 'orderTotal'
			: namesItemAmount(mapping, headers[mapping.amount])
				? 'lineAmounts'
				: 'orderTotal';
	const match: LayoutMatch = { layout, hasHeader, mapping, amountMode };
	// (Only here, where the headers alone chose the customer: a recognised export's own columns stand.)
	if (hasHeader) {
		mapEmailColumn(match, rows);
		chooseCustomerColumn(mapping, headers, rows);
	}
	return match;
}

/**
 * The headers of WooCommerce Analytics' orders report (Analytics › Orders › Download) as its admin
 * writes them in each language (normalised): WooCommerce's own translations of "Date", "Order #",
 * "Status", "Customer", "Customer type", "Product(s)", "Items sold", "Coupon(s)" and "Net sales"
 * (translate.wordpress.org's language packs, woocommerce-<locale>-wc-admin-app.json: en, de, nl,
 * fr, es, ru, lv, zh_CN). German's "Order #" was "Bestellung #" before "Bestellnummer #"; Latvian's
 * pack has no words yet for "Customer type", "Product(s)", "Items sold" and "Net sales" (they stay
 * English).
 */
const WOO_ANALYTICS = {
	date: ['date', 'datum', 'fecha', 'дата', 'datums', '日期'],
	order: [
		'order',
		'bestellnummer',
		'bestellung',
		'bestelnummer',
		'commande n°',
		'pedido',
		'№ заказа',
		'pasūtījums',
		'订单号'
	],
	status: ['status', 'état', 'estado', 'статус', 'statuss', '状态'],
	customer: ['customer', 'kunde', 'klant', 'client', 'cliente', 'клиент', 'pircējs', '客户'],
	customerType: [
		'customer type',
		'kundentyp',
		'klanttype',
		'type de client',
		'tipo de cliente',
		'тип клиента',
		'客户类型'
	],
	products: ['product s', 'produkt e', 'product en', 'produit s', 'producto s', 'товары', '产品'],
	itemsSold: [
		'items sold',
		'verkaufte artikel',
		'verkochte artikelen',
		'articles vendus',
		'artículos vendidos',
		'продано единиц',
		'售出项目'
	],
	coupons: ['coupon s', 'gutschein e', 'waardebon nen', 'code s promo', 'cupón es', 'купон ы', 'kupons i', '优惠券'],
	netSales: ['net sales', 'nettoumsatz', 'netto omzet', 'ventes nettes', 'ventas netas', 'чистая выручка', '净销售额']
};

/** Whether the headers are WooCommerce Analytics' orders report's, in any of its languages (`WOO_ANALYTICS`). */
function isWooAnalyticsOrders(headers: string[]): boolean {
	const any = (names: string[]) => names.some((name) => headers.includes(name));
	return any(WOO_ANALYTICS.order) && any(WOO_ANALYTICS.customerType) && any(WOO_ANALYTICS.netSales);
}

/**
 * Whether a header (as `normaliseHeader` gives it) names a net sales amount: before tax and
 * shipping already (Square's "Net Sales", WooCommerce Analytics' in each of its languages).
 */
export function namesNetSales(header: string): boolean {
	return /net\s*sales/.test(header) || WOO_ANALYTICS.netSales.includes(header);
}

/**
 * Whether a WooCommerce file's product column is WooCommerce Analytics' "Product(s)" list (in any
 * of its languages), whose cells list each order's products (see `splitProductList`).
 */
export function namesProductList(header: string): boolean {
	return WOO_ANALYTICS.products.includes(header);
}

/**
 * Etsy's two CSV downloads of a shop's orders (Shop Manager › Settings › Options › Download Data):
 * - "EtsySoldOrders": one row per order, its items' total ("Order Value", read as the subtotal),
 *   "Discount Amount", "Shipping Discount", "Shipping", "Sales Tax", "Order Total" and, after a
 *   refund, "Adjusted Order Total"; its "SKU" cell lists the order's items' SKUs apart by ", ".
 *   The order value is what tells how a shipping discount is netted (see `OrderAccumulator.#parts`);
 * - "EtsySoldOrderItems": one row per item, "Item Total" its price × quantity, with the order's
 *   "Discount Amount", "Order Shipping" and "Order Sales Tax" repeated on each of its items' rows.
 * Both name the buyer by their Etsy user name ("Buyer"), the same in both.
 */
function etsyLayoutOf(headers: string[]): LayoutMatch | null {
	if (has(headers, 'sale date', 'order id', 'buyer user id', 'order value', 'order total'))
		return {
			layout: 'etsy',
			hasHeader: true,
			amountMode: 'orderTotal',
			mapping: mapRoles(headers, ORDER_ROLES, {
				customer: ['buyer'],
				orderId: ['order id'],
				date: ['sale date'],
				amount: ['order total'],
				adjustedTotal: ['adjusted order total'],
				subtotal: ['order value'],
				tax: ['sales tax'],
				shipping: ['shipping'],
				shippingDiscount: ['shipping discount'],
				discount: ['discount amount'],
				sku: ['sku'],
				discountCode: ['coupon code'],
				country: ['ship country']
			})
		};
	if (has(headers, 'sale date', 'item name', 'item total', 'transaction id', 'order id'))
		return {
			layout: 'etsy',
			hasHeader: true,
			amountMode: 'lineAmounts',
			mapping: mapRoles(headers, ORDER_ROLES, {
				customer: ['buyer'],
				orderId: ['order id'],
				date: ['sale date'],
				amount: ['item total'],
				quantity: ['quantity'],
				unitPrice: ['price'],
				discount: ['discount amount'],
				tax: ['order sales tax'],
				shipping: ['order shipping'],
				product: ['item name'],
				sku: ['sku'],
				discountCode: ['coupon code'],
				country: ['ship country']
			})
		};
	return null;
}

/** The ids a payment provider gives its payments: Mollie's payments, Paddle's transactions. */
const PROVIDER_IDS: [LayoutId, RegExp][] = [
	['mollie', /^tr_[A-Za-z0-9]{5,}$/],
	['paddle', /^txn_[a-z\d]{26}$/]
];

/**
 * The provider's own export a file is, where its statuses say something of their own (see
 * `classifyStatus`): Mollie's payments and Paddle Billing's transactions, told by their ids
 * ("tr_…", "txn_…") in the column read as the file's order ids, in every row of the sample, in a
 * file with one status only. A shop's export that carries a Mollie payment id beside its own order
 * number and order status (Shopware's "open" is a new order) is not Mollie's, and its statuses
 * keep their usual meaning. A Paddle report of one row per line item repeats a transaction's id:
 * still Paddle's (read as a generic file is, its rows summed per id where they differ).
 */
function providerOf(rows: string[][], mapping: Partial<Record<Role, number>>): LayoutId | null {
	const c = mapping.orderId;
	if (c === undefined || mapping.paymentStatus !== undefined) return null;
	const values = rows
		.slice(1, 50)
		.map((row) => (row[c] ?? '').trim())
		.filter((value) => value !== '');
	if (values.length === 0) return null;
	for (const [layout, id] of PROVIDER_IDS) if (values.every((value) => id.test(value))) return layout;
	return null;
}

/**
 * The export a file of otherwise generic columns is, by its headers, where its statuses say
 * something of their own (see `classifyStatus`): Stripe's payments export, by its "Captured" and
 * "Amount Refunded" beside "Created (UTC)" or "Created date (UTC)"; and Magento's order grid
 * (Magento 2's "Purchase Date" and "Grand Total (Purchased)" or "(Base)"; Magento 1's "Purchased
 * On" and "G.T. (Purchased)" or "(Base)") or its orders table (`increment_id`, `grand_total`).
 */
function headerDialectOf(headers: string[]): LayoutId | null {
	if (
		(headers.includes('purchase date') &&
			(headers.includes('grand total purchased') || headers.includes('grand total base'))) ||
		(headers.includes('purchased on') && (headers.includes('g t purchased') || headers.includes('g t base'))) ||
		// Its `sales_order` table as a database or API export writes it (QA: "closed", refunded in full,
		// was counted as a purchase in such a file).
		(headers.includes('increment id') && headers.includes('grand total'))
	)
		return 'magento';
	if (
		headers.includes('captured') &&
		headers.includes('amount refunded') &&
		(headers.includes('created utc') || headers.includes('created date utc'))
	)
		return 'stripe';
	return null;
}

/**
 * CDNOW-style files: whitespace columns `customer [sample_id] yyyymmdd count dollars`, with or
 * without a header line; the date is the 8-digit column.
 */
function recogniseCdnow(rows: string[][]): LayoutMatch | null {
	const hasHeader = rows.length > 0 && rows[0].some((f) => /[a-z]/i.test(f));
	const body = rows.slice(hasHeader ? 1 : 0, 40).filter((r) => r.length > 1);
	if (body.length === 0) return null;
	const width = body[0].length;
	if (width < 3 || width > 6 || body.some((r) => r.length !== width)) return null;
	const dateColumn = body[0].findIndex((_, c) => body.every((r) => /^(19|20)\d{6}$/.test(r[c])));
	if (dateColumn < 1) return null;
	const numeric = body.every((r) => r.every((f) => /^-?\d+(\.\d+)?$/.test(f)));
	if (!numeric) return null;
	const mapping: ColumnMapping = { customer: 0, date: dateColumn, amount: width - 1 };
	if (width - 2 > dateColumn) mapping.quantity = width - 2;
	return { layout: 'cdnow', hasHeader, mapping, amountMode: 'orderTotal' };
}

/** What a file's sample says of its amounts: orders with several rows, and those whose rows differ. */
export interface RowAmountEvidence {
	/** Orders of the sample with at least two rows that have an amount. */
	multiRow: number;
	/** Those whose rows' amounts are not all the same. */
	differing: number;
	/**
	 * Those of the differing orders whose first row is worth at least all the others together: the
	 * order's total above its items (an "order header + lines" export), not an item of its own.
	 */
	totalFirst: number;
	/** The first differing order: the indexes (in `body`) of its first two rows that differ. */
	example: { rows: [number, number]; orderId: string } | null;
}

/**
 * Whether the rows of one order id carry the order's total (repeated, or on the first row only,
 * as Shopify's, or on a row above its items) or each row's own amount (one row per item): the
 * sample's data rows decide. `amountOf` reads an amount as the file writes it (NaN if it cannot).
 */
export function rowAmountEvidence(
	body: string[][],
	mapping: ColumnMapping,
	amountOf: (text: string) => number = Number
): RowAmountEvidence {
	const evidence: RowAmountEvidence = { multiRow: 0, differing: 0, totalFirst: 0, example: null };
	const { orderId, amount, date } = mapping;
	if (orderId === undefined || amount === undefined) return evidence;
	interface Seen {
		first: number;
		value: string;
		rows: number;
		differs: boolean;
		firstAmount: number;
		others: number;
		/** The first row's date cell, and whether a further row's differs (a refund days later). */
		date: string;
		datesDiffer: boolean;
	}
	const byOrder = new Map<string, Seen>();
	body.forEach((row, index) => {
		const id = (row[orderId] ?? '').trim();
		const value = (row[amount] ?? '').trim();
		if (!id || !value) return;
		const seen = byOrder.get(id);
		const day = date === undefined ? '' : (row[date] ?? '').trim();
		if (!seen) {
			byOrder.set(id, {
				first: index,
				value,
				rows: 1,
				differs: false,
				firstAmount: amountOf(value),
				others: 0,
				date: day,
				datesDiffer: false
			});
			return;
		}
		seen.datesDiffer ||= day !== seen.date;
		if (++seen.rows === 2) evidence.multiRow++;
		seen.others += amountOf(value);
		if (!seen.differs && value !== seen.value) {
			seen.differs = true;
			evidence.differing++;
			evidence.example ??= { rows: [seen.first, index], orderId: id };
		}
	});
	for (const seen of byOrder.values())
		if (
			seen.differs &&
			((seen.firstAmount > 0 && firstRowCoversOthers(seen.firstAmount, seen.others)) ||
				saleAndItsRefund(seen.rows, seen.firstAmount, seen.others, seen.datesDiffer))
		)
			evidence.totalFirst++;
	return evidence;
}

/**
 * Whether an order's two rows are a sale and its refund, in either order (a till listing its
 * newest rows first puts the refund above the sale): no sign of item amounts. A refund of all of
 * it on any day; a part of it, dated apart (a discount line is dated as its item).
 */
function saleAndItsRefund(rows: number, first: number, other: number, datesDiffer: boolean): boolean {
	if (rows !== 2 || first === 0) return false;
	if (Math.abs(first + other) < 0.005) return true;
	const [sale, refund] = first > 0 ? [first, other] : [other, first];
	return datesDiffer && sale > 0 && refund < 0 && -refund <= sale + 0.005;
}

/**
 * Whether an order's first row is worth at least its other rows together (to the cent), as a row
 * holding the order's total above its items is: the review's sample and the import both ask it.
 */
export function firstRowCoversOthers(first: number, others: number): boolean {
	return others <= first + 0.005;
}

/**
 * Sums each order's rows when the sample shows it plainly: at least two orders whose rows have
 * different amounts, and they are at least half of the orders with several rows. One order whose
 * rows differ is more likely a slip than a layout; a report that repeats the order's total on every
 * row, or writes it on the first row only, never differs; one that writes it on a row above the
 * items has, in every such order, a first row worth at least the others together (a report with
 * one row per item seldom does, order after order; if it does, the import says its rows differ).
 */
export function rowsHoldItemAmounts(evidence: RowAmountEvidence): boolean {
	return (
		evidence.differing >= 2 &&
		evidence.differing * 2 >= evidence.multiRow &&
		evidence.totalFirst < evidence.differing
	);
}

/**
 * A UCI-style file's StockCode column (-1: none), read beside the mapped ones: its codes tell
 * postage and charges from products (see `OrderAccumulator`).
 */
export function uciStockCodeColumn(layout: LayoutId, headers: readonly string[] | undefined): number {
	return layout === 'uci' && headers ? headers.findIndex((h) => normaliseHeader(h) === 'stockcode') : -1;
}

/** A first row is a header when it has text where the rows below have numbers or dates. */
function looksLikeHeader(first: string[], body: string[][]): boolean {
	if (first.length === 0) return false;
	const numberLike = (v: string) => /^[-+(]?[\d\s.,'/:-]+\)?$/.test(v.trim()) && /\d/.test(v);
	const firstNumeric = first.filter(numberLike).length;
	if (firstNumeric === 0) return true;
	if (body.length === 0) return firstNumeric < first.length / 2;
	let columnsWhereBodyIsNumeric = 0;
	first.forEach((_, c) => {
		if (body.every((r) => r[c] !== undefined && numberLike(r[c]))) columnsWhereBodyIsNumeric++;
	});
	return firstNumeric < columnsWhereBodyIsNumeric;
}

/** The columns an import cannot do without, for a layout read with an amount mode. */
export function requiredRoles(layout: LayoutId, amountMode: AmountMode): readonly Role[] {
	if (layout === 'summary') return ['frequency', 'recency', 'age'];
	if (amountMode === 'lineItems') return ['customer', 'date', 'quantity', 'unitPrice', 'orderId'];
	// Rows are summed per order id: without one, each row would be an order of its own.
	if (amountMode === 'lineAmounts') return ['customer', 'date', 'amount', 'orderId'];
	return ['customer', 'date', 'amount'];
}

export function missingRoles(layout: LayoutId, mapping: ColumnMapping, amountMode: AmountMode): Role[] {
	return requiredRoles(layout, amountMode).filter((role) => mapping[role] === undefined);
}

/** An item's quantity after its name, in an order's list of items: "Mug x 2", "Mug × 2", "Mug ×2". */
const TRAILING_QUANTITY = / [x×] ?\d{1,5}$/;

/**
 * The item names of a cell that lists an order's items each with its quantity after it, as
 * WooCommerce order-export plugins write them: "Mug x 2, Tee x 1" (a ", " parts two items only
 * after a quantity, so a name may hold a comma) or "Mug × 2 | Tee × 1". Null when some piece has
 * no quantity after it: the cell is then one name as written.
 */
export function splitQuantityList(cell: string): string[] | null {
	const text = cell.trim();
	if (!text) return null;
	const pieces = text.includes('|') ? text.split('|') : text.split(/(?<= [x×] ?\d{1,5}), /);
	const names: string[] = [];
	for (const piece of pieces) {
		const item = piece.trim();
		if (!TRAILING_QUANTITY.test(item)) return null;
		const name = item.replace(TRAILING_QUANTITY, '').trim();
		if (!name) return null;
		names.push(name);
	}
	return names;
}

/**
 * Whether a WooCommerce file's product column lists each order's items with quantities: every
 * filled cell of the sample does (`splitQuantityList`), and at least one lists two or more. (A
 * file of one item a row whose names merely end in a number, "Poster 50 x 70", has no cell of two.)
 */
export function quantityListColumn(rows: string[][], column: number | undefined): boolean {
	if (column === undefined) return false;
	let several = false;
	for (const row of rows.slice(1, 200)) {
		const cell = (row[column] ?? '').trim();
		if (!cell) continue;
		const names = splitQuantityList(cell);
		if (names === null) return false;
		if (names.length > 1) several = true;
	}
	return several;
}

/**
 * The SKUs of a cell that lists an order's items' SKUs, in the order of its items: apart by "|"
 * where the cell has one, else by ",". Empty parts are dropped.
 */
export function splitSkuList(cell: string): string[] {
	const text = cell.trim();
	if (!text) return [];
	return text
		.split(text.includes('|') ? '|' : ',')
		.map((sku) => sku.trim())
		.filter((sku) => sku !== '');
}

/** "2× " before a product in WooCommerce Admin's list (its "%1$s× %2$s"). */
const LISTED_QUANTITY = /^\d+× /;
/** A variation's name: its product's, " - ", then its attributes (WooCommerce's variation title). */
const VARIATION = ' - ';

/**
 * The products of one cell of WooCommerce Analytics' "Product(s)" column, in order (a product
 * listed twice is there twice), names trimmed, empty ones left out. WooCommerce Admin's orders
 * report writes each item as "N× Name", apart by ", " (client/analytics/report/orders/table.js),
 * and older versions the names alone. A variation's name may hold a comma itself: its product's
 * name, " - ", then the values of at most two attributes apart by ", " ("Hoodie - Blue, Large";
 * WooCommerce names a variation by its attributes only where it has fewer than three). So:
 * - where the cell starts with a quantity, a ", " parts two products only before the next one's
 *   quantity, and the quantities are dropped;
 * - names alone cannot say whether "Hoodie - Blue, Large" is one variation or a variation and a
 *   product named "Large" (nor "Coffee - Dark Roast, Tea" one product or two): each ", " parts
 *   two products, unless that makes more products than the order's `itemsSold` (its "Items sold",
 *   where the file has it). Then a piece without " - " after a variation whose name has one
 *   attribute so far is its second attribute, not a product, as far as needed.
 */
export function splitProductList(cell: string, itemsSold = Number.POSITIVE_INFINITY): string[] {
	const text = cell.trim();
	if (LISTED_QUANTITY.test(text))
		return text
			.split(/, (?=\d+× )/)
			.map((item) => item.replace(LISTED_QUANTITY, '').trim())
			.filter((name) => name !== '');
	const pieces = text
		.split(', ')
		.map((piece) => piece.trim())
		.filter((piece) => piece !== '');
	let extra = pieces.length - itemsSold;
	if (!(extra > 0)) return pieces;
	const names: string[] = [];
	// Whether the last name is a variation with one attribute so far.
	let open = false;
	for (const name of pieces) {
		if (open && extra > 0 && !name.includes(VARIATION)) {
			names[names.length - 1] += ', ' + name;
			open = false;
			extra--;
		} else {
			names.push(name);
			open = name.includes(VARIATION);
		}
	}
	return names;
}
