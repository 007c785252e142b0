import { msg } from '$lib/i18n/i18n.svelte';
import { netPromoterScore, npsSteps } from '$lib/metrics/nps';
import { defineCalculator } from '$lib/components/calculator/define';
import { spanAround } from '$lib/metrics/sensitivity';
import { fmt } from '$lib/format/formatters.svelte';
import { digitsToTell, show, TEXTBOOK } from './show';

/** NPS = % promoters (9–10) − % detractors (0–6). Link: `?pro=60&pas=25&det=15`. */
export const nps = defineCalculator({
	id: 'nps',
	group: 'acquisition',
	fields: [
		{ key: 'pro', kind: 'count' },
		{ key: 'pas', kind: 'count' },
		{ key: 'det', kind: 'count' }
	],
	examples: [{ id: TEXTBOOK, params: { pro: '60', pas: '25', det: '15' } }],
	texts: () => msg.calculators.nps,
	compute: (i) =>
		netPromoterScore({ promoters: i.value('pro'), passives: i.value('pas'), detractors: i.value('det') }),
	argumentFields: { promoters: 'pro', passives: 'pas', detractors: 'det' },
	present(r, i) {
		const t = msg.calculators.nps;
		const total = show.count(r.responses);
		const share = (key: 'pro' | 'pas' | 'det', fraction: number) =>
			`${show.count(i.value(key))} (${show.percent(fraction)})`;
		// Two decimals throughout (more where the score or a share would read 0 and is not), and the
		// shares with more where the subtraction shown needs them to add up.
		const isZero = (shown: number) => shown === 0;
		const digits = Math.max(
			...[r.score, r.promoterShare * 100, r.detractorShare * 100].map((value) => digitsToTell(value, 2, isZero))
		);
		const step = npsSteps(r, digits);
		// (The headline as the math ends: "+33.33" in both, not "+33.3" above "+33.33".)
		const score = (step.score > 0 ? '+' : '') + fmt.number(step.score, digits);
		return {
			headline: { label: t.result, value: score },
			details: [
				{ label: t.responses, value: total },
				{ label: t.promoters, value: share('pro', r.promoterShare) },
				{ label: t.passives, value: share('pas', r.passiveShare) },
				{ label: t.detractors, value: share('det', r.detractorShare) }
			],
			math: [
				{
					steps: [
						t.formula,
						`${show.count(i.value('pro'))} / ${total} × 100 − ${show.count(i.value('det'))} / ${total} × 100`,
						`${fmt.number(step.promoterPercent, step.shareDigits)} − ${fmt.number(step.detractorPercent, step.shareDigits)}`,
						score
					]
				}
			],
			warnings: [],
			remarks: []
		};
	},
	explain: (problem) =>
		problem.code === 'noResponses' ? msg.calculators.nps.noResponses : msg.calculators.genericProblem,
	measure: {
		value: (r) => r.score,
		// With the headline's two decimals (+38.89), so that B − A reads the difference of the scores shown.
		format: (score) => {
			const digits = digitsToTell(score, 2, (shown) => shown === 0);
			return (Math.round(score * 10 ** digits) > 0 ? '+' : '') + fmt.number(score, digits);
		},
		// A size of a difference, without a sign (the comparison puts its own: +15, not ++15), with
		// the score's two decimals (QA: +42.11 − +38.89 read +3.2).
		formatDifference: (change) =>
			fmt.number(
				change,
				digitsToTell(change, 2, (shown) => shown === 0)
			),
		label: () => msg.calculators.nps.result
	},
	// NPS against the number of promoters, from none to twice as many, the other answers held.
	responses: [
		{
			key: 'pro',
			span: (pro, i) =>
				spanAround(pro, { below: 1, above: 1, whenZero: Math.max(10, i.value('pas') + i.value('det')) })
		}
	]
});
