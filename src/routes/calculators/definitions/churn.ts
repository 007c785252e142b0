import { fmt } from '$lib/format/formatters.svelte';
import { msg } from '$lib/i18n/i18n.svelte';
import { churnRate, compoundChurn, convertChurnRate } from '$lib/metrics/churn';
import { MONTHS_PER_PERIOD, periodRatio, type Period } from '$lib/metrics/period';
import type { Measured } from '$lib/components/calculator/types';
import { defineCalculator } from '$lib/components/calculator/define';
import type { MathLine, ResultItem } from '$lib/components/calculator/types';
import { show, TEXTBOOK } from './show';

/** The other two periods, the yearly one first (the figure most often asked for). */
const OTHER_PERIODS: Record<Period, Period[]> = {
	month: ['year', 'quarter'],
	quarter: ['year', 'month'],
	year: ['month', 'quarter']
};

/** How far the compounding chart runs: two years, month by month. */
const COMPOUNDING_MONTHS = 24;

/** The share of the starting customers lost after `months` at churn `rate` per `period`: 1 − (1 − c)^k. */
function lostAfter(rate: number, months: number, period: Period): number | null {
	const lost = compoundChurn(rate, months / MONTHS_PER_PERIOD[period]);
	return lost.ok ? lost.value : null;
}

/** The compounding chart's quantity: the customers lost since the start, a share. */
const lostSoFar: Measured<string, number> = {
	value: (rate) => rate,
	format: (share) => show.percent(share),
	label: () => msg.calculators.response.lostSoFar
};

/** The churn of `period` in the other two periods, as result lines and math lines. */
export function churnConversions(
	rate: number,
	period: Period,
	typed = false
): { items: ResultItem[]; math: MathLine[] } {
	const items: ResultItem[] = [];
	const math: MathLine[] = [];
	for (const other of OTHER_PERIODS[period]) {
		const converted = convertChurnRate(rate, period, other);
		if (!converted.ok) continue;
		const k = periodRatio(period, other);
		const label = msg.calculators.periodChurn[other];
		const kept = (1 - rate) ** k;
		const result = show.percent(converted.value);
		items.push({ label, value: result });
		// Each number carried with the decimals the next step needs to give what it shows: the share
		// kept so that 1 − it reads as the result, c so that (1 − c)^k reads as the share kept (QA:
		// "1 − (1 − 0.1429)^12 = 1 − 0.1573", where 0.8571^12 is 0.1572).
		const keptDigits = show.carriedDigits(kept, 4, (shown) => show.percent(1 - shown) === result);
		const keptShown = fmt.number(kept, keptDigits);
		// A typed c reads as typed, the same on every line (QA: 0.347 on one, 0.34696 on the next).
		const rateShown = typed
			? show.typedFraction(rate)
			: show.carriedDecimal(rate, 4, (shown) => fmt.number((1 - shown) ** k, keptDigits) === keptShown);
		math.push({
			lead: `${label}, k = ${show.exponent(k)}:`,
			steps: ['1 − (1 − c)^k', `1 − (1 − ${rateShown})${show.power(k)}`, `1 − ${keptShown}`, result]
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
	},
	measure: {
		value: (rate) => rate,
		format: (rate) => show.percent(rate),
		// B − A of two rates is a change in percentage points, not a percentage of A.
		formatDifference: (change) => show.points(change),
		label: (i) => msg.calculators.churn.result({ period: show.forPeriod(i.period) })
	},
	// Churn compounding: the user's point is the end of their own period.
	responses: [
		{ months: COMPOUNDING_MONTHS, at: lostAfter, mark: (period) => MONTHS_PER_PERIOD[period], of: lostSoFar }
	]
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
		const conversions = churnConversions(rate, i.period, true);
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
	explain: () => msg.calculators.genericProblem,
	// Churn compounding: the user's point is the end of the headline's period (a year for a monthly rate).
	responses: [
		{
			months: COMPOUNDING_MONTHS,
			at: lostAfter,
			mark: (period) => MONTHS_PER_PERIOD[OTHER_PERIODS[period][0]],
			of: lostSoFar
		}
	]
});
