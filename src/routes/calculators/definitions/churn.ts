import { msg } from '$lib/i18n/i18n.svelte';
import { churnRate, convertChurnRate } from '$lib/metrics/churn';
import { periodRatio, type Period } from '$lib/metrics/period';
import { defineCalculator } from '$lib/components/calculator/define';
import type { MathLine, ResultItem } from '$lib/components/calculator/types';
import { show, TEXTBOOK } from './show';

/** The other two periods, the yearly one first (the figure most often asked for). */
const OTHER_PERIODS: Record<Period, Period[]> = {
	month: ['year', 'quarter'],
	quarter: ['year', 'month'],
	year: ['month', 'quarter']
};

/** The churn of `period` in the other two periods, as result lines and math lines. */
export function churnConversions(rate: number, period: Period): { items: ResultItem[]; math: MathLine[] } {
	const items: ResultItem[] = [];
	const math: MathLine[] = [];
	for (const other of OTHER_PERIODS[period]) {
		const converted = convertChurnRate(rate, period, other);
		if (!converted.ok) continue;
		const k = periodRatio(period, other);
		const label = msg.calculators.periodChurn[other];
		const kept = (1 - rate) ** k;
		items.push({ label, value: show.percent(converted.value) });
		math.push({
			lead: `${label}, k = ${show.exponent(k)}:`,
			steps: [
				'1 − (1 − c)^k',
				`1 − (1 − ${show.decimal(rate)})${show.power(k)}`,
				`1 − ${show.decimal(kept)}`,
				show.percent(converted.value)
			]
		});
	}
	return { items, math };
}

/** churn = L / S, converted between periods. Link: `?s=10000&l=1800&p=quarter`. */
export const churn = defineCalculator({
	id: 'churn',
	group: 'retention',
	fields: [
		{ key: 's', kind: 'count' },
		{ key: 'l', kind: 'count' }
	],
	defaultPeriod: 'quarter',
	examples: [{ id: TEXTBOOK, params: { s: '10000', l: '1800', p: 'quarter' } }],
	texts: () => msg.calculators.churn,
	compute: (i) => churnRate({ start: i.value('s'), lost: i.value('l') }),
	argumentFields: { start: 's', lost: 'l' },
	present(rate, i) {
		const t = msg.calculators.churn;
		const period = show.forPeriod(i.period);
		const conversions = churnConversions(rate, i.period);
		return {
			headline: { label: t.result({ period }), value: show.percent(rate) },
			details: [{ label: t.retention({ period }), value: show.percent(1 - rate) }, ...conversions.items],
			math: [
				{
					steps: [
						t.formula,
						`${show.count(i.value('l'))} / ${show.count(i.value('s'))} × 100`,
						show.percent(rate)
					]
				},
				...conversions.math
			],
			warnings: [],
			remarks: []
		};
	},
	explain(problem, i) {
		const t = msg.calculators.churn;
		if (problem.code === 'startNotPositive') return t.startNotPositive;
		if (problem.code === 'lostExceedsStart')
			return t.lostExceedsStart({ l: show.count(i.value('l')), s: show.count(i.value('s')) });
		return msg.calculators.genericProblem;
	}
});

/** A churn rate of one period in the other two. Link: `?c=5&p=month`. */
export const churnConvert = defineCalculator({
	id: 'churn-convert',
	group: 'retention',
	fields: [{ key: 'c', kind: 'percent' }],
	defaultPeriod: 'month',
	examples: [{ id: TEXTBOOK, params: { c: '5', p: 'month' } }],
	texts: () => msg.calculators.churnConvert,
	compute: (i) => convertChurnRate(i.value('c'), i.period, i.period),
	argumentFields: { rate: 'c' },
	present(rate, i) {
		const t = msg.calculators.churnConvert;
		const conversions = churnConversions(rate, i.period);
		const [first, ...rest] = conversions.items;
		return {
			headline: first,
			details: [
				...rest,
				{ label: t.retention({ period: show.forPeriod(i.period) }), value: show.percent(1 - rate) }
			],
			math: conversions.math,
			warnings: [],
			remarks: []
		};
	},
	explain: () => msg.calculators.genericProblem
});
