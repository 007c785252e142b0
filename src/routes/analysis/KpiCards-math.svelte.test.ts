import { cleanup, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/settings';
import { installResizeObserverStub } from '$lib/charts/test-support';
import { mulberry32 } from '$lib/exercises/exercises';
import { columnsOf, type TestOrder } from '$lib/test-support/order-columns';
import { equalitiesThatDoNotHold } from '$lib/test-support/shown-arithmetic';
import KpiCards from './KpiCards.svelte';

beforeAll(installResizeObserverStub);

const iso = (day: number) => new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

/** Orders of `customers` customers over `spanDays` days, with amounts in cents, from a seed. */
function shop(seed: number, customers: number, spanDays: number): TestOrder[] {
	const random = mulberry32(seed);
	const orders: TestOrder[] = [
		[0, iso(0), 12.34],
		[1, iso(spanDays), 56.78]
	];
	const count = customers * (1 + Math.floor(random() * 4));
	for (let i = 0; i < count; i++) {
		orders.push([
			Math.floor(random() * customers),
			iso(Math.floor(random() * spanDays)),
			Math.round(1000 + random() * 20_000) / 100
		]);
	}
	return orders.sort((a, b) => a[1].localeCompare(b[1]));
}

/**
 * Every "a = b" of the key figures' formulas (AOV × f × t = CLV, orders ÷ customers ÷ years = f, …),
 * worked again from the numbers shown, gives the number shown after it: for many shops, long and
 * short (a frequency extrapolated from a few months), and lifetimes. QA: "€46.12 × 2.7343 × 2 =
 * €252.19" (the shown factors give €252.21) and "9 ÷ 6 ÷ 0.246 = 6.09" (6.10).
 */
describe('the key figures’ formulas add up as shown', () => {
	it('for 120 shops', () => {
		const problems: string[] = [];
		for (let seed = 1; seed <= 120; seed++) {
			const spanDays = [75, 89, 200, 423, 800][seed % 5];
			const lifetimeYears = [1, 2, 3, 2.5][seed % 4];
			const orders = shop(seed, 3 + (seed % 17), spanDays);
			const { kpis } = analyse(columnsOf(orders), orders.length, {
				...DEFAULT_ANALYSIS_SETTINGS,
				lifetimeYears
			}).analysis;
			render(KpiCards, { kpis, currency: 'EUR' });
			for (const formula of screen.getAllByTestId(/^kpi-.*-formula$/)) {
				for (const problem of equalitiesThatDoNotHold(formula.textContent ?? ''))
					problems.push(`seed ${seed}, ${formula.dataset.testid}: ${problem}`);
			}
			cleanup();
		}
		expect(problems.slice(0, 10)).toEqual([]);
	}, 60_000);
});
