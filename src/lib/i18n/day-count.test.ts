import { describe, expect, it } from 'vitest';
import enAnalysis from './en/analysis';
import enDepth from './en/depth';
import lvAnalysis from './lv/analysis';
import lvDepth from './lv/depth';
import lvProfit from './lv/profit';
import nlAnalysis from './nl/analysis';
import nlDepth from './nl/depth';
import ruAnalysis from './ru/analysis';
import ruProfit from './ru/profit';
import zhAnalysis from './zh/analysis';
import zhDepth from './zh/depth';

// A count of days put into a sentence takes the noun its number asks for: “(1 day)”, not “(1 days)”;
// Latvian 1 diena, 2 dienas, 21 diena; Russian 1 день, 2 дня, 5 дней; Dutch 1 dag, 2 dagen.
const COUNTS = ['0', '1', '2', '5', '11', '21'] as const;
type Forms = Record<(typeof COUNTS)[number], string>;

const EN: Forms = { 0: 'days', 1: 'day', 2: 'days', 5: 'days', 11: 'days', 21: 'days' };
const NL: Forms = { 0: 'dagen', 1: 'dag', 2: 'dagen', 5: 'dagen', 11: 'dagen', 21: 'dagen' };
const LV: Forms = { 0: 'dienu', 1: 'diena', 2: 'dienas', 5: 'dienas', 11: 'dienu', 21: 'diena' };
/** After “aptver”, “vismaz … pirms”. */
const LV_ACC: Forms = { 0: 'dienu', 1: 'dienu', 2: 'dienas', 5: 'dienas', 11: 'dienu', 21: 'dienu' };
/** After “no”. */
const LV_FROM: Forms = { 0: 'dienām', 1: 'dienas', 2: 'dienām', 5: 'dienām', 11: 'dienām', 21: 'dienas' };
/** “1 dienā”, “2 dienās” (“… datu dienā” read without “datu”). */
const LV_LOC: Forms = { 0: 'dienās', 1: 'dienā', 2: 'dienās', 5: 'dienās', 11: 'dienās', 21: 'dienā' };
const RU: Forms = { 0: 'дней', 1: 'день', 2: 'дня', 5: 'дней', 11: 'дней', 21: 'день' };
const RU_GEN: Forms = { 0: 'дней', 1: 'дня', 2: 'дней', 5: 'дней', 11: 'дней', 21: 'дня' };
const ZH: Forms = { 0: '天', 1: '天', 2: '天', 5: '天', 11: '天', 21: '天' };

const other = { revenue: '€1', customers: '3', value: '€2', returning: '4', orders: '5', years: '0.5', f: '6' };
const rest = { ...other, perCustomer: '7', min: '90', full: '365.25', aov: '€3', rate: '8' };

type Message = (n: string) => string;
const cases: [string, Message, Forms][] = [];
function add(language: string, forms: Forms, messages: Record<string, Message>) {
	for (const [name, message] of Object.entries(messages)) cases.push([`${language} ${name}`, message, forms]);
}
const kpiMessages = (k: typeof enAnalysis.kpi) => ({
	revenuePerCustomerRangeFormula: (days: string) => k.revenuePerCustomerRangeFormula({ ...other, days }),
	revenuePerCustomerNoOrders: (days: string) => k.revenuePerCustomerNoOrders({ days }),
	aovNoOrders: (days: string) => k.aovNoOrders({ days }),
	repeatNoOrders: (days: string) => k.repeatNoOrders({ days }),
	frequencyFormula: (days: string) => k.frequencyFormula({ ...rest, days }),
	frequencyRefused: (days: string) => k.frequencyRefused({ ...rest, days })
});

add('en', EN, {
	...kpiMessages(enAnalysis.kpi),
	revenuePerCustomerFormula: (days) => enAnalysis.kpi.revenuePerCustomerFormula({ ...other, days }),
	frequencyExtrapolated: (days) => enAnalysis.kpi.frequencyExtrapolated({ ...rest, days }),
	clvExtrapolated: (days) => enAnalysis.kpi.clvExtrapolated({ days }),
	shortSpanRefused: (days) => enAnalysis.trust.shortSpanRefused({ ...rest, days }),
	shortSpanExtrapolated: (days) => enAnalysis.trust.shortSpanExtrapolated({ ...rest, days }),
	lapsed: (days) => enAnalysis.segments.definitions.lapsed({ days }),
	sendShortSpan: (span) => enDepth.sendShortSpan({ span, need: '180' }),
	sendShortSpanNeed: (need) => enDepth.sendShortSpan({ span: '180', need }),
	oneTimeDefaultShortSpan: (span) => enDepth.oneTimeDefaultShortSpan({ span }),
	oneTimeRule: (days) => enDepth.oneTimeRule({ days })
});
add('nl', NL, {
	...kpiMessages(nlAnalysis.kpi),
	revenuePerCustomerFormula: (days) => nlAnalysis.kpi.revenuePerCustomerFormula({ ...other, days }),
	frequencyExtrapolated: (days) => nlAnalysis.kpi.frequencyExtrapolated({ ...rest, days }),
	clvExtrapolated: (days) => nlAnalysis.kpi.clvExtrapolated({ days }),
	shortSpanRefused: (days) => nlAnalysis.trust.shortSpanRefused({ ...rest, days }),
	shortSpanExtrapolated: (days) => nlAnalysis.trust.shortSpanExtrapolated({ ...rest, days }),
	sendShortSpan: (span) => nlDepth.sendShortSpan({ span, need: '180' }),
	sendShortSpanNeed: (need) => nlDepth.sendShortSpan({ span: '180', need }),
	oneTimeDefaultShortSpan: (span) => nlDepth.oneTimeDefaultShortSpan({ span }),
	oneTimeRule: (days) => nlDepth.oneTimeRule({ days })
});
add('lv', LV, {
	revenuePerCustomerRangeFormula: (days) => lvAnalysis.kpi.revenuePerCustomerRangeFormula({ ...other, days }),
	revenuePerCustomerNoOrders: (days) => lvAnalysis.kpi.revenuePerCustomerNoOrders({ days }),
	aovNoOrders: (days) => lvAnalysis.kpi.aovNoOrders({ days }),
	repeatNoOrders: (days) => lvAnalysis.kpi.repeatNoOrders({ days })
});
add('lv', LV_ACC, {
	frequencyRefused: (days) => lvAnalysis.kpi.frequencyRefused({ ...rest, days }),
	shortSpanRefused: (days) => lvAnalysis.trust.shortSpanRefused({ ...rest, days }),
	sendShortSpan: (span) => lvDepth.sendShortSpan({ span, need: '180' }),
	sendShortSpanNeed: (need) => lvDepth.sendShortSpan({ span: '180', need }),
	oneTimeDefaultShortSpan: (span) => lvDepth.oneTimeDefaultShortSpan({ span }),
	oneTimeRule: (days) => lvDepth.oneTimeRule({ days })
});
add('lv', LV_FROM, {
	frequencyExtrapolated: (days) => lvAnalysis.kpi.frequencyExtrapolated({ ...rest, days }),
	clvExtrapolated: (days) => lvAnalysis.kpi.clvExtrapolated({ days }).replace('datu ', ''),
	shortSpanExtrapolated: (days) => lvAnalysis.trust.shortSpanExtrapolated({ ...rest, days }).replace('datu ', ''),
	retentionPartial: (days) => lvAnalysis.retention.partial({ covered: '9', days }),
	profitPartial: (days) => lvProfit.partial({ month: 'X', covered: '9', days })
});
add('lv', LV_LOC, {
	revenuePerCustomerFormula: (days) =>
		lvAnalysis.kpi.revenuePerCustomerFormula({ ...other, days }).replace('datu ', ''),
	frequencyFormula: (days) => lvAnalysis.kpi.frequencyFormula({ ...rest, days })
});
add('ru', RU, {
	...kpiMessages(ruAnalysis.kpi),
	revenuePerCustomerFormula: (days) => ruAnalysis.kpi.revenuePerCustomerFormula({ ...other, days }),
	frequencyExtrapolated: (days) => ruAnalysis.kpi.frequencyExtrapolated({ ...rest, days }),
	clvExtrapolated: (days) => ruAnalysis.kpi.clvExtrapolated({ days }),
	shortSpanRefused: (days) => ruAnalysis.trust.shortSpanRefused({ ...rest, days }),
	shortSpanExtrapolated: (days) => ruAnalysis.trust.shortSpanExtrapolated({ ...rest, days })
});
add('ru', RU_GEN, { profitPartial: (days) => ruProfit.partial({ month: 'X', covered: '9', days }) });
add('zh', ZH, {
	...kpiMessages(zhAnalysis.kpi),
	oneTimeDefaultShortSpan: (span) => zhDepth.oneTimeDefaultShortSpan({ span })
});

describe('a count of days takes the form its number asks for', () => {
	it.each(cases)('%s', (_, message, forms) => {
		for (const n of COUNTS) {
			const text = message(n);
			// The number, a space and the form, not followed by more letters (Chinese: no plural, no spaces).
			const end = forms === ZH ? '' : '(?![\\p{L}])';
			expect(text, `${n}: ${text}`).toMatch(new RegExp(`(^|[^\\d.,])${n} ?${forms[n]}${end}`, 'u'));
		}
	});
});

// The number of orders per customer is any decimal (“1”, “1.5”): written after a colon, where it
// needs no noun of its own (“Orders per customer over those days: 1”, not “1 orders per customer”).
// (Chinese nouns have no plural: “每位客户 1 笔订单” reads right as it is.)
describe('orders per customer, written so that any number reads right', () => {
	const catalogues = { en: enAnalysis, lv: lvAnalysis, nl: nlAnalysis, ru: ruAnalysis };
	it.each(Object.entries(catalogues))('%s', (_, catalogue) => {
		for (const perCustomer of ['1', '1.5', '21']) {
			const refused = catalogue.kpi.frequencyRefused({ days: '30', min: '90', perCustomer });
			const formula = catalogue.kpi.frequencyFormula({ ...rest, days: '30', perCustomer });
			for (const text of [refused, formula])
				expect(text).toMatch(new RegExp(`: ${perCustomer.replace('.', '\\.')}[.)]?$`));
		}
	});
});
