import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexCustomers } from '$lib/analysis/customers';
import { repurchaseSummary } from '$lib/analysis/repurchase';
import { installResizeObserverStub, tableText } from '$lib/charts/test-support';
import type { OrderColumns } from '$lib/orders/columns';
import RepurchaseFigures from './RepurchaseFigures.svelte';

beforeAll(installResizeObserverStub);

/** A summary from each customer's purchase days. */
function summaryOf(days: number[][]) {
	const rows = days.flatMap((list, c) => list.map((d) => ({ c, d })));
	const columns: OrderColumns = {
		count: rows.length,
		customer: Int32Array.from(rows, (r) => r.c),
		day: Int32Array.from(rows, (r) => r.d),
		amount: new Float64Array(rows.length).fill(10)
	};
	return repurchaseSummary(indexCustomers(columns, days.length), columns.day);
}
const back = (n: number, gap: number) => Array.from({ length: n }, () => [0, gap]);

describe('RepurchaseFigures: send days and shares that are not settled say why', () => {
	it.each([
		// customers back after `gap` days, the last order's day (the span), short span flagged?
		['60 days of orders', back(40, 8), 60, true],
		['400 days of orders', back(40, 8), 400, false]
	])('%s', (_, days, last, flagged) => {
		render(RepurchaseFigures, { summary: summaryOf([...days, [last]]), datasetId: 1 });
		expect(screen.getByTestId('send-post-purchase').getAttribute('data-day')).toBe('8');
		if (flagged) {
			const text = 'Uncertain: the orders span only 60 days. No second purchase later than that can be seen';
			expect(screen.getByTestId('send-short-span').textContent).toContain(text);
			expect(screen.getByTestId('repurchase-short-span').textContent).toContain(text);
		} else expect(screen.queryByTestId('send-short-span')).toBeNull();
		expect(screen.queryByTestId('send-uncertain')).toBeNull();
	});

	it('marks a share over few observed customers with its interval (“100 %, 1 of 1”), not one over many', () => {
		render(RepurchaseFigures, {
			summary: summaryOf([[0, 10], ...back(30, 5).map(([, g]) => [300, 300 + g]), [400]]),
			datasetId: 1
		});
		// Within 180 days: only the first customer (day 0) is observed that long: 1 of 1.
		const row = (days: number) => screen.getByTestId('repurchase-within').querySelector(`tr[data-days="${days}"]`)!;
		expect(row(180).textContent).toContain('100%');
		expect(row(180).querySelector('[data-testid="within-uncertain"]')?.textContent).toMatch(
			/^\(uncertain: fewer than 30 customers observed that long; 95 % Wilson interval \d+(\.\d)?% – 100%\)$/
		);
		// Within 30 days: all 31 customers are observed that long.
		expect(row(30).querySelector('[data-testid="within-uncertain"]')).toBeNull();
	});
});

describe('RepurchaseFigures: every “share back by day d” sentence is true of the customers counted', () => {
	// Review: gaps 20, 30, 45, 90, 180, 181 gave q3 = 157.5 → win-back day 158, when only 4 of 6 were back.
	const summary = () => summaryOf([...[20, 30, 45, 90, 180, 181].map((g) => [0, g]), [400]]);

	it('the win-back day is the first day by which at least three quarters had come back (5 of 6 by day 180)', () => {
		render(RepurchaseFigures, { summary: summary(), datasetId: 1 });
		const winBack = screen.getByTestId('send-win-back');
		expect(winBack.getAttribute('data-day')).toBe('180');
		expect(winBack.textContent).toContain('Win-back message: day 180 after the first order.');
		expect(winBack.textContent).toContain(
			'the first day by which at least three quarters of the customers who came back had placed their second order'
		);
		// What the day rests on: of those observed 365 days (first purchase on day 0, data to day 400),
		// the one still away by day 180 came back on day 181.
		expect(screen.getByTestId('after-win-back').textContent).toBe(
			'Of the 1 customer observed for at least 365 days who was still away by day 180, 1 (100%) came back within 365 days of their first purchase.'
		);
		// One customer: uncertain, with its interval, as the table's shares are.
		expect(screen.getByTestId('after-win-back-uncertain').textContent).toMatch(
			/^\(uncertain: fewer than 30 customers observed that long; 95 % Wilson interval \d+(\.\d)?% – 100%\)$/
		);
		expect(winBack.textContent).not.toContain('unlikely to return unprompted');
		const postPurchase = screen.getByTestId('send-post-purchase');
		expect(postPurchase.getAttribute('data-day')).toBe('45');
		expect(postPurchase.textContent).toContain(
			'the first day by which at least half of the customers who came back'
		);
	});

	it('the median sentence gives the days by which a quarter, half and three quarters had come back, not interpolated ones', () => {
		render(RepurchaseFigures, { summary: summary(), datasetId: 1 });
		const text = screen.getByTestId('repurchase-median').textContent!;
		expect(text).toContain('Median 67.5 days, over the 6 customers who came back.');
		expect(text).toContain('at least a quarter had come back within 30 days, at least half within 45');
		expect(text).toContain('at least three quarters within 180');
		expect(text).not.toContain('157.5');
	});
});

describe('RepurchaseFigures: gap medians from few customers are marked uncertain in every row (review: 2 → 3 over one gap)', () => {
	it('marks the rows from fewer than 30 customers, not one from 40, nor one without gaps; the help says whom they cover', () => {
		// 40 customers back after 10 days; 3 with purchase days 0, 10, 30, 35 (gaps 10 | 20 | 5): the rows
		// 2 → 3 and 3 → 4 rest on 3 customers, the 4th-or-later row on none.
		render(RepurchaseFigures, {
			summary: summaryOf([...back(40, 10), ...Array.from({ length: 3 }, () => [0, 10, 30, 35]), [400]]),
			datasetId: 1
		});
		const table = screen.getByTestId('repurchase-gaps');
		const mark = (gap: number) => table.querySelector(`tr[data-gap="${gap}"] [data-testid="gap-uncertain"]`);
		expect(mark(1)).toBeNull();
		expect(mark(2)?.textContent).toBe('(uncertain: from 3 customers, fewer than 30)');
		expect(mark(3)?.textContent).toBe('(uncertain: from 3 customers, fewer than 30)');
		expect(mark(4)).toBeNull();
		expect(table.querySelector('tr[data-gap="2"] td[data-median]')?.getAttribute('data-median')).toBe('20');
		expect(screen.getByTestId('gaps-help').textContent).toContain(
			'Each row covers only the customers who did buy again: the median from purchase 2 to 3 is over the customers who made a third purchase'
		);
	});
});

describe('RepurchaseFigures: the curve marks its points by the rule of the 30/60/90/180-day table', () => {
	// 12 customers back after 5 days (first day 0), 25 who never came back (first day 300), one on
	// the last day (400). Up to day 100, 37 are observed; after it 12: the curve went on as plain
	// shares over 12 customers while the table marked shares under 30 observed as uncertain.
	const summary = () => summaryOf([...back(12, 5), ...Array.from({ length: 25 }, () => [300]), [400]]);

	it('gives each point its basis in the table, and marks those under 30 observed customers', async () => {
		const user = userEvent.setup();
		render(RepurchaseFigures, { summary: summary(), datasetId: 1 });
		const section = screen.getByTestId('repurchase-curve');
		expect(section.textContent).toContain(
			'the curve stops where fewer than 10 are observed. As in the table of 30, 60, 90 and 180 days, a share over fewer than 30 observed customers is marked uncertain'
		);
		await user.click(within(section).getByRole('button', { name: 'Show as table' }));
		const rows = tableText(within(section).getByRole('table'));
		const cell = (day: string) => rows.find((r) => r[0] === day)![1];
		expect(cell('98')).toMatch(/^\d+(\.\d)?% \(12 of 37 customers observed that long\)$/);
		expect(cell('105')).toBe('100% (12 of 12 customers observed that long; uncertain)');
	});
});
