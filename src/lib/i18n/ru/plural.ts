/**
 * Russian noun forms after a number: 1 месяц, 2 месяца, 5 месяцев, 1,5 месяца.
 * Only for messages whose number is a measurement shown beside its unit; counts in sentences
 * are written as «Строк: 12» instead, which reads right for any number.
 */
export interface RussianForms {
	one: string;
	few: string;
	many: string;
	/** Fractions: 1,5 месяца. */
	other: string;
}

const rules = new Intl.PluralRules('ru-RU');

/** The form for a number, rounded as the app shows it (at most two decimals). */
export function formFor(count: number, forms: RussianForms): string {
	return formOf(Math.round(Math.abs(count) * 100) / 100, forms);
}

/** The form for a number as it is. */
function formOf(value: number, forms: RussianForms): string {
	if (!Number.isFinite(value)) return forms.many;
	const category = rules.select(Math.abs(value));
	return category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other;
}

/** The form for a number already formatted for Russian ("1 234", "1,5"). */
export function formForText(text: string, forms: RussianForms): string {
	const value = Number(
		text
			.replace(/[\s\u00a0\u202f]/g, '')
			.replace(',', '.')
			.replace('−', '-')
	);
	// (As shown, to the last decimal written: "1,001 года", not "год".)
	return formOf(value, forms);
}

/** «1 заказ», «2 заказа», «5 заказов», «1,3 заказа». */
export const ORDER_FORMS: RussianForms = { one: 'заказ', few: 'заказа', many: 'заказов', other: 'заказа' };

/** Nominative and accusative: «1 день», «2 дня», «5 дней», «1,5 дня» (also after «за»). */
export const DAY_FORMS: RussianForms = { one: 'день', few: 'дня', many: 'дней', other: 'дня' };
/** Genitive, after «из»: «из 1 дня», «из 2 дней», «из 31 дня». */
export const DAY_GENITIVE_FORMS: RussianForms = { one: 'дня', few: 'дней', many: 'дней', other: 'дня' };
/** A count of days as shown, with its noun in the form given (nominative unless said). */
export const dayCount = (n: string, forms: RussianForms = DAY_FORMS) => `${n} ${formForText(n, forms)}`;
