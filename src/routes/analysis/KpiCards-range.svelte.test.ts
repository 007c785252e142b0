import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/settings';
import { installResizeObserverStub } from '$lib/charts/test-support';
import { columnsOf, dayOfIso as day } from '$lib/test-support/order-columns';
import KpiCards from './KpiCards.svelte';

beforeAll(installResizeObserverStub);

const ORDERS = columnsOf([
	[0, '2023-10-01', 10],
	[1, '2023-12-15', 20],
	[2, '2024-01-05', 30],
	[3, '2024-01-10', 30],
	[4, '2024-03-20', 40],
	[1, '2024-03-25', 25],
	[0, '2024-04-30', 10]
]);
const inRange = (from: string, to: string) =>
	analyse(ORDERS, 5, { ...DEFAULT_ANALYSIS_SETTINGS, range: { from: day(from), to: day(to) } }).analysis;

describe('the key figures of a date range say what they count', () => {
	it('revenue per customer is the range’s, not what customers spent so far', () => {
		// Q1 2024: 30 + 30 + 40 + 25 = 125 from 4 customers = 31.25, over 91 days; customer 1 bought in December.
		const a = inRange('2024-01-01', '2024-03-31');
		render(KpiCards, { kpis: a.kpis, currency: 'EUR', range: a.range });
		expect(screen.getByTestId('kpi-revenue-per-customer').querySelector('h3')?.textContent).toBe(
			'Revenue per customer in these dates'
		);
		const formula = screen.getByTestId('kpi-revenue-per-customer-formula').textContent;
		expect(formula).toContain('€125.00 ÷ 4 = €31.25: what a customer spent within these dates (91 days)');
		expect(formula).toContain('1 of the 4 customers had bought before them');
		expect(formula).not.toContain('so far');
		// The year the frequency is scaled to is the one the maths uses (365.25 days), not 365.
		expect(screen.getByTestId('kpi-frequency-note').textContent).toContain(
			'Extrapolated from 91 days to a year (a year counted as 365.25 days)'
		);
	});

	it('without a range, revenue per customer is still what customers spent so far', () => {
		render(KpiCards, { kpis: analyse(ORDERS, 5, DEFAULT_ANALYSIS_SETTINGS).analysis.kpis, currency: 'EUR' });
		expect(screen.getByTestId('kpi-revenue-per-customer-formula').textContent).toContain(
			'what a customer has spent so far'
		);
	});

	it('a range with no orders says so, not “spans 0” or “not available orders per customer”', () => {
		const a = inRange('2024-02-01', '2024-02-02');
		render(KpiCards, { kpis: a.kpis, currency: 'EUR', range: a.range });
		for (const id of ['frequency', 'clv'])
			expect(screen.getByTestId(`kpi-${id}-note`).textContent).toContain(
				'No orders in these dates: there is nothing to count per customer or per year.'
			);
		expect(document.body.textContent).not.toMatch(/spans 0|not available orders|0 days/);
		expect(screen.getByTestId('kpi-revenue-per-customer-formula').textContent).toContain('(2 days)');
	});

	it('a range with no orders says it has no customers, not “0 of the 0 customers had bought before”', () => {
		const a = inRange('2024-02-01', '2024-02-02');
		render(KpiCards, { kpis: a.kpis, currency: 'EUR', range: a.range });
		expect(screen.getByTestId('kpi-revenue-per-customer-value').textContent).toBe('not available');
		expect(screen.getByTestId('kpi-revenue-per-customer-formula').textContent).toBe(
			'No orders in these dates (2 days): no customer bought in them, so there is no revenue per customer.'
		);
		expect(document.body.textContent).not.toMatch(/0 of the 0/);
	});

	// Every formula of a range without orders says so, and none divides by its 0 orders or 0 customers.
	it('a range with no orders substitutes no division into any formula', () => {
		const a = inRange('2024-02-01', '2024-02-02');
		render(KpiCards, { kpis: a.kpis, comparisons: a.comparisons, currency: 'EUR', range: a.range });
		expect(screen.getByTestId('kpi-aov-formula').textContent).toBe(
			'No orders in these dates (2 days): there is no order value to average, so there is no AOV.'
		);
		expect(screen.getByTestId('kpi-repeat-formula').textContent).toBe(
			'No orders in these dates (2 days): no customer bought in them, so there is no repeat-purchase rate.'
		);
		expect(screen.getByTestId('kpi-clv-formula').textContent).toBe(
			'No orders in these dates: there is nothing to count per customer or per year.'
		);
		expect(document.body.textContent).not.toMatch(/÷ 0|0 ÷|= not available/);
	});

	it('a one-day range without orders says “1 day”', () => {
		const a = inRange('2024-02-01', '2024-02-01');
		render(KpiCards, { kpis: a.kpis, currency: 'EUR', range: a.range });
		for (const id of ['revenue-per-customer', 'aov', 'repeat'])
			expect(screen.getByTestId(`kpi-${id}-formula`).textContent).toMatch(/^No orders in these dates \(1 day\):/);
	});

	it('a range of 1 day with orders says “(1 day)” beside revenue per customer, not “(1 days)”', () => {
		const a = inRange('2024-03-20', '2024-03-20');
		render(KpiCards, { kpis: a.kpis, currency: 'EUR', range: a.range });
		expect(screen.getByTestId('kpi-revenue-per-customer-formula').textContent).toContain(
			'what a customer spent within these dates (1 day), not all'
		);
	});

	it('a one-day range names its one day', () => {
		// 20 March 2024: customer 4's one order.
		const a = inRange('2024-03-20', '2024-03-20');
		render(KpiCards, { kpis: a.kpis, currency: 'EUR', range: a.range });
		expect(screen.getByTestId('kpi-frequency-note').textContent).toContain('this data spans 1 day.');
	});

	// (Commit 0e0f631 compared these ranges with the same days of the period before, but the cards said "Previous period".)
	it.each([
		['2024-01-01', '2024-03-20', 'The same days of the quarter before'],
		['2024-01-01', '2024-04-20', 'The same dates of the year before'],
		['2024-04-01', '2024-04-20', 'The same days of the month before'],
		['2024-01-05', '2024-03-20', 'Previous period']
	])('each card names the earlier days it is compared with: %s – %s, %s', (from, to, label) => {
		const a = inRange(from, to);
		render(KpiCards, { kpis: a.kpis, comparisons: a.comparisons, currency: 'EUR', range: a.range });
		for (const id of ['customers', 'revenue', 'revenue-per-customer', 'crr', 'clv'])
			expect(screen.getByTestId(`kpi-${id}-previous`).querySelector('dt')?.textContent).toBe(label);
		expect(screen.getByTestId('kpi-orders-yearAgo').querySelector('dt')?.textContent).toBe('A year earlier');
	});
});

describe('percentages set beside earlier ranges’ have one decimal each', () => {
	// (QA: a CRR of 93.04 % showed "93%" beside a year earlier of "93.1%", which read as a rounder figure.)
	it('the repeat-purchase rate, 0 ÷ 3, and the previous period’s: 0.0% and 0.0%, not 0% and 0%', () => {
		const a = inRange('2024-03-01', '2024-04-30');
		render(KpiCards, { kpis: a.kpis, comparisons: a.comparisons, currency: 'EUR', range: a.range });
		const card = screen.getByTestId('kpi-repeat').textContent ?? '';
		expect(card).toContain('Repeat-purchase rate 0.0%  Previous period 0.0% (±0 pp)');
		expect(card).not.toMatch(/(^|[^\d.,])\d+%/);
	});

	it('without earlier ranges a whole percentage is written without decimals, as elsewhere on the site', () => {
		const a = inRange('2024-03-01', '2024-04-30');
		render(KpiCards, { kpis: a.kpis, currency: 'EUR', range: a.range });
		expect(screen.getByTestId('kpi-repeat-value').textContent).not.toMatch(/[.,]\d%/);
	});
});
