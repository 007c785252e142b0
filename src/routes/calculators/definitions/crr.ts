import { msg } from '$lib/i18n/i18n.svelte';
import { customerRetentionRate } from '$lib/metrics/retention';
import { spanBetween } from '$lib/metrics/sensitivity';
import { defineCalculator } from '$lib/components/calculator/define';
import { show, TEXTBOOK } from './show';

/** CRR = (E − N) / S (seeds 000, 001). Link: `?s=10000&e=10200&n=2000&p=quarter`. */
export const crr = defineCalculator({
	id: 'crr',
	group: 'retention',
	fields: [
		{ key: 's', kind: 'count' },
		{ key: 'e', kind: 'count' },
		{ key: 'n', kind: 'count' }
	],
	defaultPeriod: 'quarter',
	examples: [
		{ id: TEXTBOOK, params: { s: '10000', e: '10200', n: '2000', p: 'quarter' } },
		{ id: 'seedVariant', params: { s: '10000', e: '9800', n: '2000', p: 'quarter' } }
	],
	texts: () => msg.calculators.crr,
	compute: (i) => customerRetentionRate({ start: i.value('s'), end: i.value('e'), acquired: i.value('n') }),
	argumentFields: { start: 's', end: 'e', acquired: 'n' },
	present(r, i) {
		const t = msg.calculators.crr;
		const [s, e, n] = [show.count(i.value('s')), show.count(i.value('e')), show.count(i.value('n'))];
		const period = show.forPeriod(i.period);
		return {
			headline: { label: t.result({ period }), value: show.percent(r.rate) },
			details: [
				{ label: t.retained, value: show.count(r.retained) },
				{ label: t.lost, value: show.count(r.lost) },
				{ label: t.churn({ period }), value: show.percent(r.churn) }
			],
			math: [
				{
					steps: [
						t.formula,
						`(${e} − ${n}) / ${s} × 100`,
						`${show.count(r.retained)} / ${s} × 100`,
						show.percent(r.rate)
					]
				},
				{
					steps: [
						t.churnFormula,
						// The CRR with the decimals 100 % − CRR needs to give the churn shown (65.625 %, not 65.63 %).
						`${show.percent(1)} − ${show.carriedPercent(r.rate, (shown) => show.percent(1 - shown) === show.percent(r.churn))}`,
						show.percent(r.churn)
					]
				}
			],
			warnings: r.warnings.map(() => t.retainedExceedsStart({ retained: show.count(r.retained), s })),
			remarks: []
		};
	},
	explain(problem, i) {
		const t = msg.calculators.crr;
		if (problem.code === 'startNotPositive') return t.startNotPositive;
		if (problem.code === 'endBelowAcquired')
			return t.endBelowAcquired({
				e: show.count(i.value('e')),
				n: show.count(i.value('n')),
				wouldBe: show.percent(problem.wouldBe ?? 0)
			});
		return msg.calculators.genericProblem;
	},
	measure: {
		value: (r) => r.rate,
		format: (rate) => show.percent(rate),
		// B − A of two rates is a change in percentage points, not a percentage of A.
		formatDifference: (change) => show.points(change),
		label: (i) => msg.calculators.crr.result({ period: show.forPeriod(i.period) })
	},
	// CRR against E: from E = N (nobody kept, 0 %) to E = N + S (everybody kept, 100 %).
	responses: [{ key: 'e', span: (e, i) => spanBetween(i.value('n'), i.value('n') + i.value('s'), e) }]
});
