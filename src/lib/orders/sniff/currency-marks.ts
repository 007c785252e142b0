/**
 * The currency an export's amounts are written in, where the file has no currency column but its
 * amounts carry a mark: "€12.50", "12,50 zł", "USD 12.50", "$24.50". A mark that only one currency
 * uses names the file's currency; "$", "¥" and "kr" are each used by several, so they only narrow it
 * down, and the figures must then say whose currency they are shown in (SPEC §8).
 */

import type { ImportReport, ImportWarning } from '../report';
import { priceText } from './numbers';

/** Marks that name one currency. Keys are as `currencyMark` returns them. */
const ONE_CURRENCY: Readonly<Record<string, string>> = {
	'€': 'EUR',
	'£': 'GBP',
	'₹': 'INR',
	'₽': 'RUB',
	РУБ: 'RUB',
	ZŁ: 'PLN',
	KČ: 'CZK',
	FT: 'HUF',
	'₴': 'UAH',
	ГРН: 'UAH',
	'₺': 'TRY',
	'₩': 'KRW',
	'₪': 'ILS',
	'₫': 'VND',
	'฿': 'THB',
	'₱': 'PHP',
	'₦': 'NGN',
	LEI: 'RON',
	ЛВ: 'BGN',
	RM: 'MYR',
	RP: 'IDR',
	元: 'CNY',
	RMB: 'CNY',
	'CN¥': 'CNY',
	円: 'JPY',
	'JP¥': 'JPY',
	R$: 'BRL',
	US$: 'USD',
	A$: 'AUD',
	AU$: 'AUD',
	C$: 'CAD',
	CA$: 'CAD',
	NZ$: 'NZD',
	HK$: 'HKD',
	S$: 'SGD',
	MX$: 'MXN',
	// Currencies' names and short forms as a currency column writes them ("руб.", "Euro", "人民币"):
	// compared as `currencyOfValue` reads them, upper-cased, without spaces and dots.
	Р: 'RUB',
	RUR: 'RUB',
	РУБЛЬ: 'RUB',
	РУБЛЕЙ: 'RUB',
	РУБЛИ: 'RUB',
	EURO: 'EUR',
	EUROS: 'EUR',
	EIRO: 'EUR',
	ЕВРО: 'EUR',
	ДОЛЛСША: 'USD',
	USD$: 'USD',
	ZL: 'PLN',
	ZŁOTY: 'PLN',
	ZLOTY: 'PLN',
	人民币: 'CNY',
	美元: 'USD',
	欧元: 'EUR',
	英镑: 'GBP',
	日元: 'JPY',
	卢布: 'RUB',
	港币: 'HKD'
};

/** Marks several currencies use, with the currencies a shop writing them most likely sells in. */
const SEVERAL_CURRENCIES: Readonly<Record<string, readonly string[]>> = {
	$: ['USD', 'CAD', 'AUD', 'NZD', 'MXN', 'SGD', 'HKD'],
	'¥': ['JPY', 'CNY'],
	'￥': ['JPY', 'CNY'],
	KR: ['SEK', 'NOK', 'DKK', 'ISK']
};

let isoCodes: ReadonlySet<string> | null = null;
/** ISO 4217 codes the runtime knows ("USD 12.50" names its currency). */
function isIsoCode(mark: string): boolean {
	if (!/^[A-Z]{3}$/.test(mark)) return false;
	isoCodes ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);
	return isoCodes.has(mark);
}

/**
 * How the report counts a currency cell's currency (`currencyOfValue`): its code, or the mark
 * several currencies share ("$") where it names no one of them.
 */
export function currencyLabelOf(read: { code: string } | { shared: string }): string {
	return 'code' in read ? read.code : read.shared;
}

/**
 * What a currency column's value names: an ISO code ("EUR", "eur"), or a sign or local name of one
 * currency ("€", "руб.", "US$", "zł", "元") as its code; a mark several currencies use ("$", "¥",
 * "kr") as that mark (`shared`), which names none of them; and null for a value that is no
 * currency the app knows ("N/A", "Cash").
 */
export function currencyOfValue(value: string): { code: string } | { shared: string } | null {
	const upper = value.trim().toUpperCase();
	if (isIsoCode(upper)) return { code: upper };
	const name = upper.replace(/[\s\u00a0\u202f.]+/g, '');
	const code = ONE_CURRENCY[name] ?? (isIsoCode(name) ? name : undefined);
	if (code) return { code };
	if (SEVERAL_CURRENCIES[name]) return { shared: name };
	return null;
}

/**
 * A data set's stored currency as a code: those stored from a currency column's value before such
 * values were read as codes ("€", "РУБ.") are given the code of the one currency they name. Any
 * other is kept as stored (its amounts are then shown beside it, see `formatCurrency`).
 */
export function storedCurrencyCode(currency: string | null): string | null {
	if (currency === null || /^[A-Z]{3}$/.test(currency)) return currency;
	const read = currencyOfValue(currency);
	return read && 'code' in read ? read.code : currency;
}

/** The currencies a mark several currencies use stands for ("¥": JPY, CNY), or null for any other. */
export function currenciesOfSharedMark(mark: string): readonly string[] | null {
	return SEVERAL_CURRENCIES[mark] ?? null;
}

/** Whether a character code is an ASCII digit. */
function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/**
 * Whether an amount as written may carry a currency mark: a cheap test, so that the plain "12.50"
 * of most exports costs two character reads and no string.
 */
export function mayHaveCurrencyMark(raw: string): boolean {
	const first = raw.charCodeAt(raw.charCodeAt(0) === 45 ? 1 : 0);
	return !isDigit(first) || !isDigit(raw.charCodeAt(raw.length - 1));
}

/**
 * The currency mark of an amount as written, upper-cased ("$", "€", "ZŁ", "USD"), or null when it
 * has none. Signs, brackets, digits, separators and spaces are not marks.
 */
export function currencyMark(raw: string): string | null {
	// (A shop's formatted HTML price is read as its text: "20,00&nbsp;&euro;" has the mark "€".)
	const mark = priceText(raw)
		.replace(/[\d\s\u00a0\u202f.,'()+-]+/g, ' ')
		.trim()
		.toUpperCase();
	if (!mark || mark.length > 4 || mark.includes(' ')) return null;
	return mark;
}

/** What the marks counted in a file's amounts say of its currency. */
export interface CurrencyFromMarks {
	/** Amounts by the currency their mark names alone (by ISO code). */
	codes: Record<string, number>;
	/** Amounts by a mark several currencies use ("$": 120), with those currencies. */
	shared: { mark: string; count: number; currencies: readonly string[] }[];
}

/** Sorts the marks counted in a file's amounts into named currencies and shared marks. */
export function currencyFromMarks(marks: ReadonlyMap<string, number>): CurrencyFromMarks {
	const codes: Record<string, number> = {};
	const shared: CurrencyFromMarks['shared'] = [];
	for (const [mark, count] of [...marks].sort((a, b) => b[1] - a[1])) {
		const code = ONE_CURRENCY[mark] ?? (isIsoCode(mark) ? mark : undefined);
		if (code) codes[code] = (codes[code] ?? 0) + count;
		else if (SEVERAL_CURRENCIES[mark]) shared.push({ mark, count, currencies: SEVERAL_CURRENCIES[mark] });
	}
	return { codes, shared };
}

/** Distinct currency marks counted in a file's amounts; past them, a column of text is not marks. */
const MAX_CURRENCY_MARKS = 16;

/** Counts the currency mark of an amount as written ("$24.50"), if it has one, in `marks`. */
export function countCurrencyMark(marks: Map<string, number>, raw: string): void {
	if (!mayHaveCurrencyMark(raw)) return;
	// "$24.50", "€12": a one-character mark before the digits, without the general scan.
	const first = raw.charCodeAt(0);
	const quick = isDigit(raw.charCodeAt(1)) && (first === 36 || first > 127);
	const mark = quick ? raw[0] : currencyMark(raw);
	if (mark === null || (!marks.has(mark) && marks.size >= MAX_CURRENCY_MARKS)) return;
	marks.set(mark, (marks.get(mark) ?? 0) + 1);
}

/**
 * An import's currencies, by count: from the currency column of the files that have one
 * (`fromColumn`, by code), and from the marks in the amounts of those that do not. A mark several
 * currencies use ("$") names none: a warning says so (pushed onto `warnings`), and it is counted
 * under the mark, after the currencies named, so that the first key is always a currency code.
 */
export function currenciesOfFile(
	fromColumn: ReadonlyMap<string, number>,
	marks: ReadonlyMap<string, number>,
	warnings: ImportWarning[]
): { currencyCounts: Record<string, number>; currencyFrom: ImportReport['currencyFrom'] | null } {
	const { codes, shared } = currencyFromMarks(marks);
	for (const { mark, count, currencies } of shared)
		warnings.push({ code: 'sharedCurrencyMark', mark, count, currencies });
	// A currency column's values are codes (see `currencyOfValue`), or a mark several currencies use.
	const named = new Map<string, number>();
	for (const [value, count] of fromColumn) {
		const currencies = SEVERAL_CURRENCIES[value];
		if (!currencies) named.set(value, count);
		else {
			shared.push({ mark: value, count, currencies });
			warnings.push({ code: 'sharedCurrencyMark', mark: value, count, currencies, inColumn: true });
		}
	}
	const fromColumnNamed = named.size > 0;
	for (const [code, n] of Object.entries(codes)) named.set(code, (named.get(code) ?? 0) + n);
	if (named.size === 0) return { currencyCounts: {}, currencyFrom: null };
	// "$" beside "€": several currencies, though which one the "$" amounts are in is not known.
	const currencyCounts = Object.fromEntries([
		...[...named].sort((a, b) => b[1] - a[1]),
		...shared.map((s) => [s.mark, s.count] as const)
	]);
	return { currencyCounts, currencyFrom: fromColumnNamed ? 'column' : 'amountMarks' };
}
