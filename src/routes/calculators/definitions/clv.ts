import { msg } from '$lib/i18n/i18n.svelte';
import { retentionClv, simpleClv } from '$lib/metrics/clv';
import { discountRatePerPeriod } from '$lib/metrics/discount';
import { decimalProduct } from '$lib/metrics/decimals';
import { fail } from '$lib/metrics/outcome';
import { periodsPerYear } from '$lib/metrics/period';
import { spanAround, spanBetween } from '$lib/metrics/sensitivity';
import { fmt } from '$lib/format/formatters.svelte';
import { defineCalculator } from '$lib/components/calculator/define';
import type { MathLine, ResultItem } from '$lib/components/calculator/types';
import { show, TEXTBOOK } from './show';

/** CLV = AOV × f × t (seed 004), optional gross margin. Link: `?a=50&f=2.5&t=2&g=40&p=year`. */
export const clvSimple = defineCalculator({
	id: 'clv-simple',
	group: 'value',
	fields: [
		{ key: 'a', kind: 'money' },
		{ key: 'f', kind: 'decimal', max: 100_000 },
		{ key: 't', kind: 'decimal', max: 1_200 },
		{ key: 'g', kind: 'percent', optional: true }
	],
	defaultPeriod: 'year',
	examples: [{ id: TEXTBOOK, params: { a: '50', f: '2.5', t: '2', g: '40', p: 'year' } }],
	texts: () => msg.calculators.clvSimple,
	compute: (i) =>
		simpleClv({
			averageOrderValue: i.value('a'),
			frequency: i.value('f'),
			lifetime: i.value('t'),
			period: i.period,
			grossMargin: i.optional('g')
		}),
	argumentFields: { averageOrderValue: 'a', frequency: 'f', lifetime: 't', grossMargin: 'g' },
	present(r, i) {
		const money = (amount: number) => show.money(amount, i.currency);
		const t = msg.calculators.clvSimple;
		const per = show.perPeriod(i.period);
		const details: ResultItem[] = [{ label: t.customerValue({ period: per }), value: money(r.customerValue) }];
		// CV is carried into CLV = CV × t with the decimals that make that step add up as shown.
		const clvShown = money(r.clv);
		const cv = show.carriedMoney(
			r.customerValue,
			i.currency,
			(shown) => money(decimalProduct(shown, i.value('t'))) === clvShown
		);
		const math: MathLine[] = [
			{
				steps: [
					t.formulaCv,
					`${show.typedMoney(i.value('a'), i.currency)} × ${show.typedDecimal(i.value('f'))} ${per}`,
					`${cv} ${per}`
				]
			},
			{
				steps: [t.formulaClv, `${cv} × ${show.typedDuration(i.value('t'), i.period)}`, clvShown]
			}
		];
		const margin = i.optional('g');
		if (margin !== undefined && r.grossProfitClv !== undefined) {
			details.push({ label: t.grossProfit, value: money(r.grossProfitClv) });
			const profitShown = money(r.grossProfitClv);
			const clv = show.carriedMoney(
				r.clv,
				i.currency,
				(shown) => money(decimalProduct(shown, margin)) === profitShown
			);
			const steps = [t.formulaProfit, `${clv} × ${show.typedPercent(margin)}`, profitShown];
			math.push({ steps });
		}
		return {
			headline: { label: t.result, value: money(r.clv) },
			details,
			math,
			warnings: r.warnings.map(() =>
				t.lifetimeAboveUsual({ lifetime: show.typedDuration(i.value('t'), i.period) })
			),
			remarks: []
		};
	},
	explain: () => msg.calculators.genericProblem,
	measure: {
		value: (r) => r.clv,
		format: (clv, i) => show.money(clv, i.currency),
		label: () => msg.calculators.clvSimple.result
	},
	responses: [
		{ key: 't', span: (t) => spanAround(t) },
		{ key: 'a', span: (a) => spanAround(a) },
		{ key: 'f', span: (f) => spanAround(f) }
	],
	// f and t are per the chosen period: one more order a year is 1/12 more a month.
	lifts: [
		{ id: 'aov', key: 'a', change: () => ({ kind: 'scale', factor: 1.1 }), by: () => `+${fmt.percent(0.1, 0)}` },
		{
			id: 'order',
			key: 'f',
			change: (period) => ({ kind: 'add', amount: 1 / periodsPerYear(period) }),
			by: () => `+${fmt.integer(1)} ${show.perPeriod('year')}`
		},
		{
			id: 'year',
			key: 't',
			change: (period) => ({ kind: 'add', amount: periodsPerYear(period) }),
			by: () => `+${show.duration(1, 'year')}`
		}
	]
});

/**
 * CLV = m × r / (1 + d − r), optionally − CAC, with d stated per year and converted to the period.
 * Link: `?m=100&r=80&d=10&k=50&p=year`.
 */
export const clvRetention = defineCalculator({
	id: 'clv-retention',
	group: 'value',
	fields: [
		{ key: 'm', kind: 'money' },
		{ key: 'r', kind: 'percent' },
		{ key: 'd', kind: 'percent' },
		{ key: 'k', kind: 'money', optional: true }
	],
	defaultPeriod: 'year',
	examples: [{ id: TEXTBOOK, params: { m: '100', r: '80', d: '10', k: '50', p: 'year' } }],
	texts: () => msg.calculators.clvRetention,
	compute(i) {
		const discount = discountRatePerPeriod(i.value('d'), i.period);
		if (!discount.ok) return fail('negative', ['discountRate']);
		const result = retentionClv({
			margin: i.value('m'),
			retention: i.value('r'),
			discountRate: discount.value,
			acquisitionCost: i.optional('k')
		});
		return result.ok ? { ok: true, value: { ...result.value, discount: discount.value } } : result;
	},
	argumentFields: { margin: 'm', retention: 'r', discountRate: 'd', acquisitionCost: 'k' },
	present(result, i) {
		const money = (amount: number) => show.money(amount, i.currency);
		const t = msg.calculators.clvRetention;
		const [m, r, d] = [i.value('m'), i.value('r'), result.discount];
		const period = show.forPeriod(i.period);
		// The divisor, and d in it, with the decimals that make m × r divided by it give the CLV shown;
		// then m × r with those that make it so by the divisor as shown.
		const divisor = 1 + d - r;
		const divisorDigits = show.carriedDigits(divisor, 6, (shown) => money((m * r) / shown) === money(result.clv));
		const divisorShown = Math.round(divisor * 10 ** divisorDigits) / 10 ** divisorDigits;
		// d per year is the typed rate itself, shown as typed (10.125 % as 0.10125 on every line).
		const dShown = i.period === 'year' ? show.typedFraction(d) : show.decimal(d, divisorDigits);
		const math: MathLine[] = [
			discountLine(i.value('d'), d, i.period),
			{
				steps: [
					t.formula,
					`${show.typedMoney(m, i.currency)} × ${show.typedFraction(r)} / (1 + ${dShown} − ${show.typedFraction(r)})`,
					`${show.carriedMoney(m * r, i.currency, (shown) => money(shown / divisorShown) === money(result.clv))} / ${fmt.number(divisor, divisorDigits)}`,
					money(result.clv)
				]
			}
		];
		const details: ResultItem[] = [
			{ label: t.multiple, value: show.decimal(result.multiple, 2) },
			{ label: t.discountPerPeriod({ period }), value: show.percent(d) }
		];
		const cac = i.optional('k');
		const after = result.clvAfterAcquisition;
		if (cac !== undefined && after !== undefined) {
			details.unshift({ label: t.afterCac, value: money(after) });
			const steps = [
				t.formulaAfterCac,
				// (The CLV with the decimals that make the subtraction, as shown, give the result shown.)
				`${show.carriedMoney(result.clv, i.currency, (shown) => money(shown - cac) === money(after))} − ${show.typedMoney(cac, i.currency)}`,
				money(after)
			];
			math.push({ steps });
		}
		return {
			headline: { label: t.result, value: money(result.clv) },
			details,
			math,
			warnings: [
				...result.warnings.map(() => t.costsMoreThanWorth({ clv: money(result.clv), cac: money(cac ?? 0) })),
				// A retention under 1 % is most likely a fraction typed where a percentage is asked ("0,8"
				// for 80 %): the result stands, the note asks.
				...(r > 0 && r < 0.01
					? [t.retentionAsFraction({ typed: show.typedPercent(r), meant: show.typedPercent(r * 100) })]
					: [])
			],
			remarks: []
		};
	},
	explain: (problem) =>
		problem.code === 'diverges' ? msg.calculators.clvRetention.diverges : msg.calculators.genericProblem,
	measure: {
		value: (r) => r.clv,
		format: (clv, i) => show.money(clv, i.currency),
		label: () => msg.calculators.clvRetention.result
	},
	// CLV against retention (up to 99 %: at 100 % with no discounting it has no limit), against the
	// discount rate, and against the margin.
	responses: [
		{ key: 'r', span: (r) => spanBetween(Math.max(0, r - 0.3), Math.min(0.99, r + 0.15), r) },
		{ key: 'd', span: (d) => spanBetween(0, Math.max(0.2, 2 * d), d) },
		{ key: 'm', span: (m) => spanAround(m) }
	],
	lifts: [
		{ id: 'margin', key: 'm', change: () => ({ kind: 'scale', factor: 1.1 }), by: () => `+${fmt.percent(0.1, 0)}` },
		{
			id: 'retention',
			key: 'r',
			change: () => ({ kind: 'add', amount: 0.05 }),
			max: 1,
			by: () => fmt.points(5)
		}
	]
});

function discountLine(yearly: number, perPeriod: number, period: Parameters<typeof periodsPerYear>[0]): MathLine {
	const t = msg.calculators.clvRetention;
	if (period === 'year') return { lead: t.discountYearly, steps: ['d', show.typedPercent(yearly)] };
	const k = String(periodsPerYear(period));
	return {
		lead: t.discountLead({ period: msg.common.period[period] }),
		steps: [t.formulaDiscount({ k }), `(1 + ${show.typedFraction(yearly)})^(1/${k}) − 1`, show.percent(perPeriod)]
	};
}
