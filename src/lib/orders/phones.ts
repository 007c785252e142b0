/**
 * Customer keys from phone numbers, for orders with no customer id or e-mail (a Russian shop's
 * one-click order, a Latvian shop's phone orders). One number is written many ways in real exports:
 * "+371 2912 3456", "0037129123456", "29123456"; "+44 (0)7911 123456", "07911 123456";
 * "8 (916) 123-45-67", "+7 916 123 45 67". A number with its country code ("+CC" or the international
 * prefix "00CC") becomes "tel:+" and its country code and national significant number (as E.164 writes
 * it); a number without one stays national, "tel:" and its digits as written, until the file says
 * which country it is from (`nationalToInternational`): a country column, or most of the file's
 * international numbers. Where nothing says so, it is kept apart: no country is guessed, as two
 * people's numbers could then be taken for one.
 */

/** A country's way of writing its numbers at home (ITU-T E.164 and the national numbering plans). */
interface NumberingPlan {
	/** The country calling code. */
	code: string;
	/** Trunk prefixes dialled before a national number at home ("0" in most of Europe); none in some countries. */
	trunk: readonly string[];
	/** The national significant number's length, without the trunk prefix. */
	min: number;
	max: number;
	/** ISO 3166 alpha-2 code and the names a country column writes (lower case, in English and its own language). */
	names: readonly string[];
}

/**
 * The countries whose national numbers are read: a number without a country code gets one only if
 * its country is here, and only if its length fits that country's numbers. (Italy, San Marino and
 * the countries without a trunk prefix keep a leading 0 as part of the number: it is never dropped.)
 */
const PLANS: readonly NumberingPlan[] = [
	{ code: '371', trunk: [], min: 8, max: 8, names: ['lv', 'latvia', 'latvija', 'латвия'] },
	{ code: '370', trunk: ['8', '0'], min: 8, max: 8, names: ['lt', 'lithuania', 'lietuva', 'литва'] },
	{ code: '372', trunk: [], min: 7, max: 8, names: ['ee', 'estonia', 'eesti', 'эстония'] },
	{ code: '358', trunk: ['0'], min: 6, max: 10, names: ['fi', 'finland', 'suomi'] },
	{ code: '46', trunk: ['0'], min: 7, max: 9, names: ['se', 'sweden', 'sverige'] },
	{ code: '47', trunk: [], min: 8, max: 8, names: ['no', 'norway', 'norge'] },
	{ code: '45', trunk: [], min: 8, max: 8, names: ['dk', 'denmark', 'danmark'] },
	{ code: '49', trunk: ['0'], min: 6, max: 11, names: ['de', 'germany', 'deutschland'] },
	{ code: '43', trunk: ['0'], min: 6, max: 13, names: ['at', 'austria', 'österreich'] },
	{ code: '41', trunk: ['0'], min: 9, max: 9, names: ['ch', 'switzerland', 'schweiz', 'suisse'] },
	{ code: '31', trunk: ['0'], min: 9, max: 9, names: ['nl', 'netherlands', 'the netherlands', 'nederland'] },
	{ code: '32', trunk: ['0'], min: 8, max: 9, names: ['be', 'belgium', 'belgië', 'belgique'] },
	{ code: '33', trunk: ['0'], min: 9, max: 9, names: ['fr', 'france'] },
	{ code: '34', trunk: [], min: 9, max: 9, names: ['es', 'spain', 'españa'] },
	{ code: '351', trunk: [], min: 9, max: 9, names: ['pt', 'portugal'] },
	{ code: '39', trunk: [], min: 6, max: 11, names: ['it', 'italy', 'italia'] },
	{ code: '44', trunk: ['0'], min: 9, max: 10, names: ['gb', 'uk', 'united kingdom', 'great britain'] },
	{ code: '353', trunk: ['0'], min: 7, max: 9, names: ['ie', 'ireland', 'éire'] },
	{ code: '48', trunk: [], min: 9, max: 9, names: ['pl', 'poland', 'polska'] },
	{ code: '420', trunk: [], min: 9, max: 9, names: ['cz', 'czechia', 'czech republic', 'česko'] },
	{ code: '421', trunk: ['0'], min: 9, max: 9, names: ['sk', 'slovakia', 'slovensko'] },
	{ code: '36', trunk: ['06'], min: 8, max: 9, names: ['hu', 'hungary', 'magyarország'] },
	{ code: '40', trunk: ['0'], min: 9, max: 9, names: ['ro', 'romania', 'românia'] },
	{ code: '30', trunk: [], min: 10, max: 10, names: ['gr', 'greece', 'ελλάδα'] },
	{ code: '380', trunk: ['0'], min: 9, max: 9, names: ['ua', 'ukraine', 'україна', 'украина'] },
	{ code: '375', trunk: ['80'], min: 9, max: 9, names: ['by', 'belarus', 'беларусь'] },
	{ code: '7', trunk: ['8'], min: 10, max: 10, names: ['ru', 'russia', 'россия', 'kz', 'kazakhstan', 'казахстан'] },
	{ code: '1', trunk: ['1'], min: 10, max: 10, names: ['us', 'usa', 'united states', 'ca', 'canada'] },
	{ code: '86', trunk: ['0'], min: 9, max: 11, names: ['cn', 'china', '中国'] },
	{ code: '61', trunk: ['0'], min: 9, max: 9, names: ['au', 'australia'] },
	{ code: '91', trunk: ['0'], min: 10, max: 10, names: ['in', 'india'] }
];
const PLAN_OF_CODE = new Map(PLANS.map((plan) => [plan.code, plan]));
const CODE_OF_NAME = new Map(PLANS.flatMap((plan) => plan.names.map((name) => [name, plan.code] as const)));

/** The two-digit country calling codes (ITU-T E.164); the others are 1 (North America), 7 (Russia) or three digits. */
const TWO_DIGIT_CODES = new Set(
	'20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(
		' '
	)
);

/** The calling code a number's digits after "+" start with. */
function callingCodeOf(digits: string): string {
	if (digits[0] === '1' || digits[0] === '7') return digits[0];
	return TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? digits.slice(0, 2) : digits.slice(0, 3);
}

/** A number of a country whose plan is known: its length fits, after a trunk prefix written by mistake after "+CC". */
function significantNumber(plan: NumberingPlan | undefined, rest: string): string {
	if (!plan || (rest.length >= plan.min && rest.length <= plan.max)) return rest;
	for (const trunk of plan.trunk) {
		const without = rest.slice(trunk.length);
		if (rest.startsWith(trunk) && without.length >= plan.min && without.length <= plan.max) return without;
	}
	return rest;
}

/** Digits hidden by a mask: "138****1234", "+7 916 ***-**-67", "06-xxxx5678", "•••• 1234". */
const MASKED = /[*•●∗]|[xX]{2,}/;

/** An extension after the number ("ext. 12", "доб. 3", "#12"): not part of who the customer is. */
const EXTENSION = /\s*(?:ext\.?|extension|x|доб\.?|#)\s*\d+\s*$/i;

/**
 * A customer key from a phone number (see the module's comment): "tel:+37129123456" for a number
 * with its country code, "tel:29123456" for one without (as written, with its trunk prefix), where
 * `countryCode` (the calling code of the row's country, where the file says it) does not give it one.
 * Empty where the cell holds no usable number: fewer than seven digits, a number ending in one
 * digit seven times over (a placeholder such as "+7 (000) 000-00-00"), or one with masked digits.
 */
export function phoneCustomerId(raw: string, countryCode?: string): string {
	let text = raw.trim().replace(/^tel:/i, '').replace(EXTENSION, '');
	// "+44 (0)20 7946 0000": the trunk prefix a number is written with for callers at home.
	text = text.replace(/^(\+\s*\d{1,3})\s*\(0\)/, '$1');
	// A number masked for privacy ("138****1234", as Pinduoduo and Douyin export them) is no one's
	// number: people whose numbers share the digits shown would be one customer.
	if (MASKED.test(text)) return '';
	let digits = text.replace(/\D+/g, '');
	if (digits.length < 7 || /(\d)\1{6}$/.test(digits)) return '';
	let international = /^\s*\+/.test(text);
	// The international prefix "00" (Europe, most of the world) as "+".
	if (!international && digits.startsWith('00') && digits[2] !== '0') {
		digits = digits.slice(2);
		international = true;
	}
	// Russia and Kazakhstan write their country code 7 as a leading 8 at home ("8 916 …" = "+7 916 …"):
	// an 11-digit number "8" with a Russian area or mobile code (3, 4, 8 or 9) is no other country's.
	if (!international && digits.length === 11 && /^8[3489]/.test(digits)) {
		digits = '7' + digits.slice(1);
		international = true;
	}
	if (!international) {
		const withCountry = countryCode ? nationalToInternational(digits, countryCode) : '';
		return withCountry || 'tel:' + digits;
	}
	const code = callingCodeOf(digits);
	return 'tel:+' + code + significantNumber(PLAN_OF_CODE.get(code), digits.slice(code.length));
}

/** Whether a key from `phoneCustomerId` is a number without its country code. */
export function isNationalPhoneKey(key: string): boolean {
	return key.startsWith('tel:') && key.charCodeAt(4) !== 43; /* + */
}

/** The country calling code of a key with one ("tel:+371…" → "371"), else ''. */
export function callingCodeOfKey(key: string): string {
	return key.startsWith('tel:+') ? callingCodeOf(key.slice(5)) : '';
}

/**
 * The key of a national number (its digits as written) in the country of `countryCode`, or '' where
 * it cannot be told to be one of that country's numbers: a country whose numbering is not known
 * here, a length that fits none of its numbers, with or without the trunk prefix, or digits that fit
 * both as a national number and as one written with the country code but without "+" or "00".
 */
export function nationalToInternational(digits: string, countryCode: string): string {
	const plan = PLAN_OF_CODE.get(countryCode);
	if (!plan) return '';
	const fits = (n: string) => n.length >= plan.min && n.length <= plan.max;
	let national = '';
	for (const trunk of plan.trunk)
		if (!national && digits.startsWith(trunk) && fits(digits.slice(trunk.length)))
			national = digits.slice(trunk.length);
	// Without its trunk prefix, as a spreadsheet writes "07911 123456" once it took it for a number.
	if (!national && fits(digits) && !plan.trunk.some((trunk) => digits.startsWith(trunk))) national = digits;
	const rest = digits.slice(plan.code.length);
	const withCode = digits.startsWith(plan.code) && fits(rest) ? rest : '';
	// (Both readings fit, "49301234567" in a German file: which one it is, nothing says. Kept apart.)
	if (national && withCode && national !== withCode) return '';
	const number = national || withCode;
	return number ? `tel:+${plan.code}${number}` : '';
}

/** The calling code of a country column's cell ("LV", "Latvia", "Latvija"), or '' for a country not known here. */
export function callingCodeOfCountry(cell: string): string {
	return CODE_OF_NAME.get(cell.trim().toLowerCase()) ?? '';
}

/**
 * The calling code most of the numbers with one have (`keys`, customer keys), where that tells the
 * file's country: more than half of them, and at least two numbers. Null otherwise.
 */
export function dominantCallingCode(keys: Iterable<string>): { code: string; count: number; of: number } | null {
	const counts = new Map<string, number>();
	let of = 0;
	for (const key of keys) {
		const code = callingCodeOfKey(key);
		if (!code) continue;
		of++;
		counts.set(code, (counts.get(code) ?? 0) + 1);
	}
	let best: { code: string; count: number; of: number } | null = null;
	for (const [code, count] of counts) if (!best || count > best.count) best = { code, count, of };
	return best && best.count >= 2 && best.count * 2 > of ? best : null;
}
