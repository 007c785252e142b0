import type { Calculator, CalculatorGroup } from '$lib/components/calculator/types';
import { aov, frequency, repeat } from './orders';
import { churn, churnConvert } from './churn';
import { clvRetention, clvSimple } from './clv';
import { crr } from './crr';
import { lifetime } from './lifetime';
import { ltvCac } from './acquisition';
import { nps } from './nps';

/** Every calculator, in the order of the index page; `id` is the last part of its address. */
export const CALCULATORS: readonly Calculator[] = [
	crr,
	churn,
	churnConvert,
	lifetime,
	aov,
	frequency,
	repeat,
	clvSimple,
	clvRetention,
	ltvCac,
	nps
];

export const GROUPS: readonly CalculatorGroup[] = ['retention', 'orders', 'value', 'acquisition'];

export function calculatorById(id: string): Calculator | undefined {
	return CALCULATORS.find((c) => c.id === id);
}
