/** Currencies offered in the settings: those of the seeds' markets and the common shop currencies. */
export const CURRENCIES = [
	'EUR',
	'USD',
	'GBP',
	'CNY',
	'RUB',
	'PLN',
	'SEK',
	'DKK',
	'NOK',
	'CHF',
	'CAD',
	'AUD',
	'JPY',
	'UAH'
] as const;
export type Currency = (typeof CURRENCIES)[number];
export const DEFAULT_CURRENCY: Currency = 'EUR';

export function isCurrency(value: unknown): value is Currency {
	return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}
