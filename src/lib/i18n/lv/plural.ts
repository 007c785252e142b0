/**
 * Latvian noun forms after a number, as CLDR and Intl write them: 1 mēnesis, 2 mēneši, 10 mēnešu.
 * Only for messages whose number is a measurement shown beside its unit; counts in sentences
 * are written as “Rindas: 12” instead, which reads right for any number.
 */
export interface LatvianForms {
	/** 0, 10–20, 30, 40 …: 10 mēnešu. */
	zero: string;
	/** 1, 21, 31 …: 21 mēnesis. */
	one: string;
	/** Everything else, fractions included: 2 mēneši, 1,5 mēneši. */
	other: string;
}

const rules = new Intl.PluralRules('lv-LV');

/** The form for a number, rounded as the app shows it (at most two decimals). */
export function formFor(count: number, forms: LatvianForms): string {
	return formOf(Math.round(Math.abs(count) * 100) / 100, forms);
}

/** The form for a number as it is. */
function formOf(value: number, forms: LatvianForms): string {
	if (!Number.isFinite(value)) return forms.other;
	const category = rules.select(Math.abs(value));
	return category === 'zero' || category === 'one' ? forms[category] : forms.other;
}

/** The form for a number already formatted for Latvian ("1 234", "1,5"). */
export function formForText(text: string, forms: LatvianForms): string {
	const value = Number(
		text
			.replace(/[\s\u00a0\u202f]/g, '')
			.replace(',', '.')
			.replace('−', '-')
	);
	// (As shown, to the last decimal written: "1,001 года", not "год".)
	return formOf(value, forms);
}

/** “1 pasūtījums”, “2 pasūtījumi”, “10 pasūtījumu”, “1,3 pasūtījumi”. */
export const ORDER_FORMS: LatvianForms = { zero: 'pasūtījumu', one: 'pasūtījums', other: 'pasūtījumi' };

/** Nominative: “(1 diena)”, “(2 dienas)”, “(10 dienu)”. */
export const DAY_FORMS: LatvianForms = { zero: 'dienu', one: 'diena', other: 'dienas' };
/** Accusative, after “aptver” or “vismaz … pirms”: “1 dienu”, “2 dienas”, “10 dienu”. */
export const DAY_ACCUSATIVE_FORMS: LatvianForms = { zero: 'dienu', one: 'dienu', other: 'dienas' };
/** Locative: “1 dienā”, “2 dienās”. */
export const DAY_LOCATIVE_FORMS: LatvianForms = { zero: 'dienās', one: 'dienā', other: 'dienās' };
/** After “no”: “no 1 dienas”, “no 21 dienas”, “no 2 dienām”. */
export const DAY_FROM_FORMS: LatvianForms = { zero: 'dienām', one: 'dienas', other: 'dienām' };
/** A count of days as shown, with its noun in the form given (nominative unless said). */
export const dayCount = (n: string, forms: LatvianForms = DAY_FORMS) => `${n} ${formForText(n, forms)}`;
