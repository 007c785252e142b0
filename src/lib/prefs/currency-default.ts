import type { Currency } from '$lib/format/currencies';

/** Regions whose currency the settings offer (the euro area's members among them). */
const REGION_CURRENCY: Readonly<Record<string, Currency>> = {
	US: 'USD',
	GB: 'GBP',
	CN: 'CNY',
	RU: 'RUB',
	PL: 'PLN',
	SE: 'SEK',
	DK: 'DKK',
	NO: 'NOK',
	CH: 'CHF',
	LI: 'CHF',
	CA: 'CAD',
	AU: 'AUD',
	JP: 'JPY',
	UA: 'UAH',
	...Object.fromEntries(
		[
			'AT',
			'BE',
			'CY',
			'DE',
			'EE',
			'ES',
			'FI',
			'FR',
			'GR',
			'HR',
			'IE',
			'IT',
			'LT',
			'LU',
			'LV',
			'MT',
			'NL',
			'PT',
			'SI',
			'SK'
		].map((region) => [region, 'EUR' as const])
	)
};

/**
 * Languages without a region whose speakers mostly pay in one currency the settings offer. English,
 * German, French, Spanish and Portuguese are left out: spoken in several currencies' countries.
 */
const LANGUAGE_CURRENCY: Readonly<Record<string, Currency>> = {
	lv: 'EUR',
	lt: 'EUR',
	et: 'EUR',
	nl: 'EUR',
	fi: 'EUR',
	it: 'EUR',
	el: 'EUR',
	sk: 'EUR',
	sl: 'EUR',
	ru: 'RUB',
	zh: 'CNY',
	ja: 'JPY',
	pl: 'PLN',
	sv: 'SEK',
	da: 'DKK',
	nb: 'NOK',
	nn: 'NOK',
	no: 'NOK',
	uk: 'UAH'
};

/**
 * The currency a new visitor most likely pays in, from the browser's languages (`navigator.languages`,
 * e.g. `en-US`): the first tag whose region (`US` → USD, `GB` → GBP, `DE` → EUR) or, without a region,
 * whose language (`lv` → EUR, `ja` → JPY) names one the settings offer; null when none does (the
 * default, EUR, then stands). Used only while the visitor has not chosen a currency.
 */
export function currencyForLocales(tags: readonly string[]): Currency | null {
	for (const tag of tags) {
		const [language = '', ...rest] = tag.split(/[-_]/);
		// The region subtag: two letters or three digits, after an optional four-letter script.
		const region = rest.find((part) => /^([a-z]{2}|\d{3})$/i.test(part));
		const currency = region ? REGION_CURRENCY[region.toUpperCase()] : LANGUAGE_CURRENCY[language.toLowerCase()];
		if (currency) return currency;
	}
	return null;
}
