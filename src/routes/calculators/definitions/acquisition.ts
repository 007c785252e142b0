import { msg } from '$lib/i18n/i18n.svelte';
import { cacPaybackMonths, LTV_CAC_BAND_LIMITS, ltvCacBand, ltvToCacRatio } from '$lib/metrics/acquisition';
import { fmt } from '$lib/format/formatters.svelte';
import { spanAround } from '$lib/metrics/sensitivity';
import { defineCalculator } from '$lib/components/calculator/define';
import type { MathLine, ResultItem } from '$lib/components/calculator/types';
import { show, TEXTBOOK } from './show';

/**
 * LTV:CAC = LTV / CAC and CAC payback = CAC / (monthly revenue × gross margin); the payback needs
 * the two optional fields. Link: `?l=600&c=150&m=25&g=40`.
 */
export const ltvCac = defineCalculator({
	id: 'ltv-cac',
	group: 'acquisition',
	fields: [
		{ key: 'l', kind: 'money' },
		{ key: 'c', kind: 'money' },
		{ key: 'm', kind: 'money', optional: true },
		{ key: 'g', kind: 'percent', optional: true }
	],
	examples: [{ id: TEXTBOOK, params: { l: '600', c: '150', m: '25', g: '40' } }],
	texts: () => msg.calculators.ltvCac,
	compute(i) {
		const ratio = ltvToCacRatio({ ltv: i.value('l'), cac: i.value('c') });
		if (!ratio.ok) return ratio;
		const [monthlyRevenue, grossMargin] = [i.optional('m'), i.optional('g')];
		if (monthlyRevenue === undefined || grossMargin === undefined)
			return { ok: true, value: { ratio: ratio.value } };
		const payback = cacPaybackMonths({ cac: i.value('c'), monthlyRevenue, grossMargin });
		if (payback.ok) return { ok: true, value: { ratio: ratio.value, payback: payback.value } };
		// No monthly gross profit: the payback is "never", which is itself a result; the ratio stands.
		if (payback.problem.code === 'noMonthlyMargin') return { ok: true, value: { ratio: ratio.value, never: true } };
		return payback;
	},
	argumentFields: { ltv: 'l', cac: 'c', monthlyRevenue: 'm', grossMargin: 'g' },
	present(result: { ratio: number; payback?: number; never?: boolean }, i) {
		const t = msg.calculators.ltvCac;
		const [ltv, cac] = [show.typedMoney(i.value('l'), i.currency), show.typedMoney(i.value('c'), i.currency)];
		// The ratio with the digits that place it in its band: 2.999 is "2.999 : 1", below the rule of thumb.
		const ratio = fmt.ratio(result.ratio, LTV_CAC_BAND_LIMITS);
		const details: ResultItem[] = [];
		const math: MathLine[] = [{ steps: [t.formula, `${ltv} / ${cac}`, ratio] }];
		const remarks = [t[ltvCacBand(result.ratio)]];
		const [monthly, margin] = [i.optional('m'), i.optional('g')];
		if (result.payback !== undefined && monthly !== undefined && margin !== undefined) {
			const months = show.duration(result.payback, 'month');
			details.push({ label: t.payback, value: months });
			// The monthly gross profit is carried with the decimals that make CAC ÷ it read as the months shown.
			const payback = result.payback;
			const monthlyProfit = show.carriedMoney(
				monthly * margin,
				i.currency,
				(shown) => show.duration(i.value('c') / shown, 'month') === show.duration(payback, 'month')
			);
			math.push({
				steps: [
					t.formulaPayback,
					`${cac} / (${show.typedMoney(monthly, i.currency)} × ${show.typedPercent(margin)})`,
					`${cac} / ${monthlyProfit}`,
					months
				]
			});
		} else if (!result.never) {
			remarks.push(t.paybackNeedsBoth);
		}
		const warnings = result.never ? [t.noMonthlyMargin] : [];
		return { headline: { label: t.result, value: ratio }, details, math, warnings, remarks };
	},
	explain(problem) {
		const t = msg.calculators.ltvCac;
		if (problem.code === 'cacZero') return t.cacZero;
		return msg.calculators.genericProblem;
	},
	measure: {
		value: (r) => r.ratio,
		format: (ratio) => fmt.ratio(ratio, LTV_CAC_BAND_LIMITS),
		formatDifference: (change) => show.decimal(change, 2),
		label: () => msg.calculators.ltvCac.result
	},
	// The ratio against CAC, and the CAC payback curve: months against monthly revenue per customer.
	responses: [
		{ key: 'c', span: (c) => spanAround(c) },
		{
			key: 'm',
			span: (m) => spanAround(m),
			of: {
				value: (r) => r.payback,
				format: (months) => show.duration(months, 'month'),
				label: () => msg.calculators.ltvCac.payback
			}
		}
	],
	lifts: [
		{ id: 'ltv', key: 'l', change: () => ({ kind: 'scale', factor: 1.1 }), by: () => `+${fmt.percent(0.1, 0)}` },
		{ id: 'cac', key: 'c', change: () => ({ kind: 'scale', factor: 0.9 }), by: () => `−${fmt.percent(0.1, 0)}` }
	]
});
