import type { MathLine } from '$lib/components/calculator/types';
import { fmt } from '$lib/format/formatters.svelte';
import { msg } from '$lib/i18n/i18n.svelte';
import type { WhatIfChange, WhatIfFigures, WhatIfResult } from '$lib/planner/what-if';

/**
 * "Show the math" of the what-if: the changed inputs, then for the baseline and the scenario each
 * formula with the numbers substituted, step by step. Rates keep two decimals so steps can be followed.
 */
const percent = (fraction: number) => fmt.percent(fraction, 2);
const decimal = (value: number, digits = 4) => fmt.number(value, digits);
const points = (value: number) =>
	`${value >= 0 ? '+' : '−'} ${msg.planner.whatIf.math.points({ n: fmt.number(Math.abs(value), 2) })}`;
const share = (value: number) => `${value >= 0 ? '+' : '−'} ${fmt.percent(Math.abs(value) / 100, 2)}`;

function figureLines(figures: WhatIfFigures, money: (value: number) => string): MathLine[] {
	const t = msg.planner.whatIf.math;
	const {
		customers: c,
		averageOrderValue: aov,
		purchasesPerYear: f,
		retention: r,
		grossMargin: g,
		discountRate: d
	} = figures.inputs;
	return [
		{ steps: [t.margin, `${money(aov)} × ${decimal(f)} × ${percent(g)}`, money(figures.marginPerCustomer)] },
		{
			steps: [
				t.clv,
				`${money(figures.marginPerCustomer)} × ${decimal(r)} / (1 + ${decimal(d)} − ${decimal(r)})`,
				`${money(figures.marginPerCustomer * r)} / ${decimal(1 + d - r)}`,
				money(figures.clv)
			]
		},
		{
			steps: [
				t.revenueThisYear,
				`${fmt.integer(c)} × ${decimal(f)} × ${money(aov)}`,
				money(figures.revenueThisYear)
			]
		},
		{ steps: [t.retained, `${fmt.integer(c)} × ${percent(r)}`, decimal(figures.retainedCustomers, 2)] },
		{
			steps: [
				t.revenueNextYear,
				`${decimal(figures.retainedCustomers, 2)} × ${decimal(f)} × ${money(aov)}`,
				money(figures.revenueNextYear)
			]
		}
	];
}

export function whatIfMath(result: WhatIfResult, change: WhatIfChange, currency: string): MathLine[] {
	const t = msg.planner.whatIf.math;
	const money = (value: number) => fmt.money(value, 2, currency);
	const before = result.baseline.inputs;
	const after = result.scenario.inputs;
	const baseline = figureLines(result.baseline, money);
	const changed: MathLine[] = [
		{
			lead: t.scenario,
			steps: [
				t.changedRetention,
				`${percent(before.retention)} ${points(change.retentionPoints)}`,
				percent(after.retention)
			]
		},
		{
			steps: [
				t.changedOrderValue,
				`${money(before.averageOrderValue)} × (1 ${share(change.orderValuePercent)})`,
				money(after.averageOrderValue)
			]
		},
		{
			steps: [
				t.changedFrequency,
				`${decimal(before.purchasesPerYear)} × (1 ${share(change.frequencyPercent)})`,
				decimal(after.purchasesPerYear)
			]
		},
		{
			steps: [
				t.changedMargin,
				`${percent(before.grossMargin)} ${points(change.marginPoints)}`,
				percent(after.grossMargin)
			]
		}
	];
	return [
		{ ...baseline[0], lead: t.baseline },
		...baseline.slice(1),
		...changed,
		...figureLines(result.scenario, money)
	];
}
