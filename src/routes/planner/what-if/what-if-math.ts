import type { MathLine } from '$lib/components/calculator/types';
import { fmt } from '$lib/format/formatters.svelte';
import { currencyDigits } from '$lib/format/number';
import { exactDecimals } from '$lib/metrics/decimals';
import { msg } from '$lib/i18n/i18n.svelte';
import type { WhatIfChange, WhatIfFigures, WhatIfResult } from '$lib/planner/what-if';
import { rounded, show } from '../../calculators/definitions/show';

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
 *
 * A baseline from a data set may hold numbers that are no short decimal (a retention of 2 / 11): those
 * are shown rounded, marked "≈", and the numbers worked from them with their usual decimals, as no
 * number of digits would make such a step add up exactly.
 */
/** The fewest decimals, from `from`, with which `value` makes `agrees` hold; at most `most`. */
function fewestDigits(value: number, from: number, agrees: (shown: number) => boolean, most: number): number {
	let digits = from;
	while (digits < most && !agrees(rounded(value, digits))) digits++;
	return digits;
}

/**
 * A short decimal: as typed, or worked from typed numbers by + and × (at most ten decimals; a rate
 * kept to twelve, 2 / 11 = 0.181818181818, is not one).
 */
const isShort = (value: number) => exactDecimals(value, 10) !== undefined;
/** Each number as typed where it is a short decimal, else rounded and marked "≈". */
const percentOf = (fraction: number) =>
	isShort(fraction) ? show.typedPercent(fraction) : `≈${show.percent(fraction)}`;
const decimalOf = (value: number) => (isShort(value) ? show.typedDecimal(value) : `≈${show.decimal(value)}`);
const fractionOf = (fraction: number) =>
	isShort(fraction) ? show.typedFraction(fraction) : `≈${show.decimal(fraction)}`;
const moneyOf = (value: number, currency: string) =>
	isShort(value) ? show.typedMoney(value, currency) : `≈${show.money(value, currency)}`;

const signed = (value: number, text: (magnitude: number) => string) =>
	`${value >= 0 ? '+' : '−'} ${text(Math.abs(value))}`;
const points = (value: number) => signed(value, (n) => msg.planner.whatIf.math.points({ n: show.typedDecimal(n) }));
const share = (value: number) => signed(value, (n) => show.typedPercent(n / 100));

function figureLines(figures: WhatIfFigures, currency: string): MathLine[] {
	const t = msg.planner.whatIf.math;
	const money = (value: number) => show.money(value, currency);
	const asTyped = (value: number) => moneyOf(value, currency);
	const {
		customers: c,
		averageOrderValue: aov,
		purchasesPerYear: f,
		retention: r,
		grossMargin: g,
		discountRate: d
	} = figures.inputs;
	const { marginPerCustomer: m, clv, retainedCustomers: kept } = figures;
	// Decimals carried only where the inputs are short decimals: past them no number of digits helps.
	const allExact = [aov, f, r, g, d].every(isShort);
	// An amount with `digits` decimals, at least its currency's (as `show.money` gives them).
	const own = Math.min(currencyDigits(currency), 2);
	const moneyDigits = (digits: number) => (shown: number) => fmt.moneyWithExtraDigits(shown, digits - own, currency);
	// 1 + d − r of typed rates is a short decimal: shown whole (0.223), so it can be worked again.
	const divisorDigits = isShort(d) && isShort(r) ? Math.max(exactDecimals(d) ?? 0, exactDecimals(r) ?? 0) : 4;
	const divisor = rounded(1 + d - r, divisorDigits);
	const clvShown = money(clv);
	// m × r with the decimals that make it, divided by the divisor shown, read as the CLV shown; m with
	// those that make m × r read so.
	const numeratorDigits = fewestDigits(
		m * r,
		own,
		(shown) => money(shown / divisor) === clvShown,
		allExact ? 12 : own
	);
	const numerator = rounded(m * r, numeratorDigits);
	const marginDigits = fewestDigits(
		m,
		own,
		(shown) => rounded(shown * r, numeratorDigits) === numerator && money((shown * r) / divisor) === clvShown,
		allExact ? 12 : own
	);
	const marginShown = moneyDigits(marginDigits)(m);
	// The customers kept with the decimals that make next year's revenue read as shown.
	const nextYearShown = money(figures.revenueNextYear);
	const keptDigits = fewestDigits(kept, 2, (shown) => money(shown * f * aov) === nextYearShown, allExact ? 12 : 2);
	const keptShown = fmt.number(kept, keptDigits);
	// Where an input is rounded, so is every number carried from it into the next line: marked "≈".
	const carried = (text: string) => (allExact ? text : `≈${text}`);
	return [
		{ steps: [t.margin, `${asTyped(aov)} × ${decimalOf(f)} × ${percentOf(g)}`, marginShown] },
		{
			steps: [
				t.clv,
				`${carried(marginShown)} × ${fractionOf(r)} / (1 + ${fractionOf(d)} − ${fractionOf(r)})`,
				`${carried(moneyDigits(numeratorDigits)(m * r))} / ${carried(fmt.number(divisor, divisorDigits))}`,
				clvShown
			]
		},
		{
			steps: [
				t.revenueThisYear,
				`${fmt.integer(c)} × ${decimalOf(f)} × ${asTyped(aov)}`,
				money(figures.revenueThisYear)
			]
		},
		{ steps: [t.retained, `${fmt.integer(c)} × ${percentOf(r)}`, keptShown] },
		{
			steps: [t.revenueNextYear, `${carried(keptShown)} × ${decimalOf(f)} × ${asTyped(aov)}`, nextYearShown]
		}
	];
}

export function whatIfMath(result: WhatIfResult, change: WhatIfChange, currency: string): MathLine[] {
	const t = msg.planner.whatIf.math;
	const asTyped = (value: number) => moneyOf(value, currency);
	const before = result.baseline.inputs;
	const after = result.scenario.inputs;
	const baseline = figureLines(result.baseline, currency);
	const changed: MathLine[] = [
		{
			lead: t.scenario,
			steps: [
				t.changedRetention,
				`${percentOf(before.retention)} ${points(change.retentionPoints)}`,
				percentOf(after.retention)
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
				`${decimalOf(before.purchasesPerYear)} × (1 ${share(change.frequencyPercent)})`,
				decimalOf(after.purchasesPerYear)
			]
		},
		{
			steps: [
				t.changedMargin,
				`${percentOf(before.grossMargin)} ${points(change.marginPoints)}`,
				percentOf(after.grossMargin)
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
