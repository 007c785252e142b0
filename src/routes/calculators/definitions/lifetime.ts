import { msg } from '$lib/i18n/i18n.svelte';
import { expectedLifetime } from '$lib/metrics/lifetime';
import { MONTHS_PER_PERIOD } from '$lib/metrics/period';
import { defineCalculator } from '$lib/components/calculator/define';
import { spanAround } from '$lib/metrics/sensitivity';
import { show, TEXTBOOK } from './show';

/**
 * Beyond this many years no customer stays: a lifetime longer than that points at a churn rate typed
 * wrongly (per year taken as per month, or a fraction typed where a percentage is asked).
 */
export const IMPLAUSIBLE_LIFETIME_YEARS = 100;

/** t = 1 / churn, a rough estimate. Link: `?c=5&p=month`. */
export const lifetime = defineCalculator({
	id: 'lifetime',
	group: 'retention',
	fields: [{ key: 'c', kind: 'percent' }],
	defaultPeriod: 'month',
	examples: [{ id: TEXTBOOK, params: { c: '5', p: 'month' } }],
	texts: () => msg.calculators.lifetime,
	compute: (i) => expectedLifetime(i.value('c')),
	argumentFields: { churn: 'c' },
	present(periods, i) {
		const t = msg.calculators.lifetime;
		const months = periods * MONTHS_PER_PERIOD[i.period];
		const inPeriods = show.duration(periods, i.period);
		const math = [
			{
				steps: [
					t.formula,
					`1 / ${show.typedPercent(i.value('c'))}`,
					`1 / ${show.typedFraction(i.value('c'))}`,
					inPeriods
				]
			}
		];
		if (i.period !== 'year') {
			const perYear = 12 / MONTHS_PER_PERIOD[i.period];
			const years = show.duration(months / 12, 'year');
			// The periods carried with the decimals that make "÷ periods a year" read as the years shown
			// (QA: "2.34 / 4 = 0.58", from the unrounded 2.3368).
			const periodsShown = show.carriedDecimal(
				periods,
				2,
				(shown) => show.duration(shown / perYear, 'year') === years
			);
			math.push({ steps: [inPeriods, `${periodsShown} / ${perYear}`, years] });
		}
		return {
			headline: { label: t.result, value: inPeriods },
			details: [
				{ label: t.inMonths, value: show.duration(months, 'month') },
				{ label: t.inYears, value: show.duration(months / 12, 'year') }
			],
			math,
			warnings:
				months / 12 > IMPLAUSIBLE_LIFETIME_YEARS
					? [
							t.lifetimeImplausible({
								lifetime: show.duration(months / 12, 'year'),
								churn: show.typedPercent(i.value('c')),
								period: show.perPeriod(i.period)
							})
						]
					: [],
			remarks: []
		};
	},
	explain: (problem) =>
		problem.code === 'zeroChurn' ? msg.calculators.lifetime.zeroChurn : msg.calculators.genericProblem,
	measure: {
		value: (periods) => periods,
		format: (periods, i) => show.duration(periods, i.period),
		label: () => msg.calculators.lifetime.result
	},
	// t against churn, from half to twice the user's: halving churn doubles the lifetime.
	responses: [{ key: 'c', span: (c) => spanAround(c, { below: 0.5, above: 1, max: 1 }) }]
});
