import type { MathLine } from '$lib/components/calculator/types';
import { fmt } from '$lib/format/formatters.svelte';
import { currencyDigits } from '$lib/format/number';
import { exactDecimals } from '$lib/metrics/decimals';
import { msg } from '$lib/i18n/i18n.svelte';
import type { WhatIfChange, WhatIfFigures, WhatIfResult } from '$lib/planner/what-if';
import { show } from '../../calculators/definitions/show';

/**
 * "Show the math" of the what-if: the changed inputs, then for the baseline and the scenario each
 * formula with the numbers substituted, step by step.
 *
 * Every typed number reads as typed (117.576, not 117.58; 66.319 %, not 66.32 %), and so does every
 * changed input: AOV × (1 + 10.8 %) of typed numbers is itself a short decimal (216.34 × 1.108 =
 * 239.70472), shown whole, so that the steps built on it add up (QA: "871 × 4.3327 × US$239.70 =
 * US$904,593.29", which those digits make 904,575.47). A number worked out in one line and used in
 * the next (m, m × r, the customers kept) carries the decimals that make the next step give what it
 * shows (QA: "US$82.20 / 0.223 = US$368.63", where the app divided 82.20344).
 */
const rounded = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The fewest decimals, from `from`, with which `value` makes `agrees` hold; at most `most`. */
function fewestDigits(value: number, from: number, agrees: (shown: number) => boolean, most = 12): number {
	let digits = from;
	while (digits < most && !agrees(rounded(value, digits))) digits++;
	return digits;
}

const signed = (value: number, text: (magnitude: number) => string) =>
	`${value >= 0 ? '+' : '−'} ${text(Math.abs(value))}`;
const points = (value: number) => signed(value, (n) => msg.planner.whatIf.math.points({ n: show.typedDecimal(n) }));
const share = (value: number) => signed(value, (n) => show.typedPercent(n / 100));

function figureLines(figures: WhatIfFigures, currency: string): MathLine[] {
	const t = msg.planner.whatIf.math;
	const money = (value: number) => show.money(value, currency);
	const asTyped = (value: number) => show.typedMoney(value, currency);
	const {
		customers: c,
		averageOrderValue: aov,
		purchasesPerYear: f,
		retention: r,
		grossMargin: g,
		discountRate: d
	} = figures.inputs;
	const { marginPerCustomer: m, clv, retainedCustomers: kept } = figures;
	// An amount with `digits` decimals, at least its currency's (as `show.money` gives them).
	const own = Math.min(currencyDigits(currency), 2);
	const moneyDigits = (digits: number) => (shown: number) => fmt.moneyWithExtraDigits(shown, digits - own, currency);
	// 1 + d − r of typed rates is a short decimal: shown whole (0.223), so it can be worked again.
	const divisorDigits = Math.max(exactDecimals(d) ?? 4, exactDecimals(r) ?? 4);
	const divisor = rounded(1 + d - r, divisorDigits);
	const clvShown = money(clv);
	// m × r with the decimals that make it, divided by the divisor shown, read as the CLV shown; m with
	// those that make m × r read so.
	const numeratorDigits = fewestDigits(m * r, own, (shown) => money(shown / divisor) === clvShown);
	const numerator = rounded(m * r, numeratorDigits);
	const marginDigits = fewestDigits(
		m,
		own,
		(shown) => rounded(shown * r, numeratorDigits) === numerator && money((shown * r) / divisor) === clvShown
	);
	const marginShown = moneyDigits(marginDigits)(m);
	// The customers kept with the decimals that make next year's revenue read as shown.
	const nextYearShown = money(figures.revenueNextYear);
	const keptDigits = fewestDigits(kept, 2, (shown) => money(shown * f * aov) === nextYearShown);
	const keptShown = fmt.number(kept, keptDigits);
	return [
		{ steps: [t.margin, `${asTyped(aov)} × ${show.typedDecimal(f)} × ${show.typedPercent(g)}`, marginShown] },
		{
			steps: [
				t.clv,
				`${marginShown} × ${show.typedFraction(r)} / (1 + ${show.typedFraction(d)} − ${show.typedFraction(r)})`,
				`${moneyDigits(numeratorDigits)(m * r)} / ${fmt.number(divisor, divisorDigits)}`,
				clvShown
			]
		},
		{
			steps: [
				t.revenueThisYear,
				`${fmt.integer(c)} × ${show.typedDecimal(f)} × ${asTyped(aov)}`,
				money(figures.revenueThisYear)
			]
		},
		{ steps: [t.retained, `${fmt.integer(c)} × ${show.typedPercent(r)}`, keptShown] },
		{
			steps: [t.revenueNextYear, `${keptShown} × ${show.typedDecimal(f)} × ${asTyped(aov)}`, nextYearShown]
		}
	];
}

export function whatIfMath(result: WhatIfResult, change: WhatIfChange, currency: string): MathLine[] {
	const t = msg.planner.whatIf.math;
	const asTyped = (value: number) => show.typedMoney(value, currency);
	const before = result.baseline.inputs;
	const after = result.scenario.inputs;
	const baseline = figureLines(result.baseline, currency);
	const changed: MathLine[] = [
		{
			lead: t.scenario,
			steps: [
				t.changedRetention,
				`${show.typedPercent(before.retention)} ${points(change.retentionPoints)}`,
				show.typedPercent(after.retention)
			]
		},
		{
			steps: [
				t.changedOrderValue,
				`${asTyped(before.averageOrderValue)} × (1 ${share(change.orderValuePercent)})`,
				asTyped(after.averageOrderValue)
			]
		},
		{
			steps: [
				t.changedFrequency,
				`${show.typedDecimal(before.purchasesPerYear)} × (1 ${share(change.frequencyPercent)})`,
				show.typedDecimal(after.purchasesPerYear)
			]
		},
		{
			steps: [
				t.changedMargin,
				`${show.typedPercent(before.grossMargin)} ${points(change.marginPoints)}`,
				show.typedPercent(after.grossMargin)
			]
		}
	];
	return [
		{ ...baseline[0], lead: t.baseline },
		...baseline.slice(1),
		...changed,
		...figureLines(result.scenario, currency)
	];
}
