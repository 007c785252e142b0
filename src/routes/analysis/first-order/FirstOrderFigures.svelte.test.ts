import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexCustomers } from '$lib/analysis/customers';
import { firstOrderBreakdown } from '$lib/analysis/first-order';
import { installResizeObserverStub, tableText } from '$lib/charts/test-support';
import type { Readiness } from '$lib/models';
import type { DimensionColumn, OrderColumns } from '$lib/orders/columns';
import { daysFromCivil } from '$lib/orders/sniff/dates';
import type { FirstOrderSummary } from '$lib/workers/analysis-first-order';
import FirstOrderFigures from './FirstOrderFigures.svelte';

beforeAll(installResizeObserverStub);

const d = (month: number, day: number) => daysFromCivil(2024, month, day);
// Rows: [customer, day, amount, channel]. c0 (web) back after 20 days; c1 (web) never; c2 (app) back.
// The data ends on 30 June: c0 and c1 are observed 90 days or more, c2 (first order 20 May) not.
const ROWS: [number, number, number, number][] = [
	[0, d(1, 10), 10, 0],
	[0, d(1, 30), 10, 0],
	[1, d(2, 1), 20, 0],
	[2, d(5, 20), 30, 1],
	[2, d(6, 30), 30, 1]
];
const columns: OrderColumns = {
	count: ROWS.length,
	customer: Int32Array.from(ROWS, (r) => r[0]),
	day: Int32Array.from(ROWS, (r) => r[1]),
	amount: Float64Array.from(ROWS, (r) => r[2])
};
const dimension: DimensionColumn = { values: ['web', 'app'], index: Int32Array.from(ROWS, (r) => r[3]) };
const breakdown = firstOrderBreakdown(
	columns,
	indexCustomers(columns, 3),
	dimension,
	Float64Array.from([120, 40, 200])
);

function summary(readiness: Readiness, fitted = true): FirstOrderSummary {
	return {
		dimension: 'channel',
		stored: true,
		breakdown,
		model: { unit: 'week', horizonMonths: 12, annualDiscountRate: 0.1, readiness, fitted, clvWithheld: false }
	};
}
const props = (readiness: Readiness, fitted = true) => ({
	summary: summary(readiness, fitted),
	sort: 'customers' as const,
	currency: 'EUR',
	fileName: 'x.csv'
});
const WARNED: Readiness = {
	ok: true,
	problems: [],
	warnings: [{ code: 'few-repeat-buyers', repeatBuyers: 2, recommended: 100 }]
};

describe('FirstOrderFigures: a predicted CLV is read with the fit’s warnings', () => {
	it.each([
		['with warnings', WARNED, true],
		['without', { ok: true, problems: [], warnings: [] }, false]
	])('a fit %s: the warnings and the mark on the CLV column', (_, readiness, warned) => {
		render(FirstOrderFigures, props(readiness));
		const header = screen.getByTestId('first-order-clv-header');
		if (warned) {
			const box = screen.getByTestId('first-order-warnings');
			expect(box.textContent).toContain('Predicted CLV is shown, but the model fit has warnings');
			expect(within(box).getAllByRole('listitem')).toHaveLength(1);
			expect(header.textContent).toContain('fit with warnings (see above)');
		} else {
			expect(screen.queryByTestId('first-order-warnings')).toBeNull();
			expect(header.textContent).not.toContain('warnings');
		}
	});

	it('says which settings the fit uses, not that it is the customers page’s', () => {
		render(FirstOrderFigures, props(WARNED));
		const basis = screen.getByTestId('first-order-basis').textContent!;
		expect(basis).toContain('always with the default settings: time unit weeks, the next 12 months');
		expect(basis).toContain('10%');
		expect(basis).not.toContain('the fit the per-customer actions page shows');
	});

	it.each([
		[true, 1],
		[false, 0]
	])('a median over few customers who came back is marked (%s), even in a large group', (thin, marks) => {
		// All customers here: 3, of whom 2 came back. Say the group were large and its median thin (or not).
		const all = { ...breakdown.all, uncertain: false, medianUncertain: thin };
		const base = props(WARNED);
		render(FirstOrderFigures, { ...base, summary: { ...base.summary, breakdown: { ...breakdown, all } } });
		const row = screen.getByTestId('first-order-table').querySelector('tr[data-group="all"]') as HTMLElement;
		const flags = within(row).queryAllByTestId('median-uncertain');
		expect(flags).toHaveLength(marks);
		if (marks) expect(flags[0].textContent).toBe('(uncertain: few customers came back)');
	});

	it('the definitions say when a median is marked', () => {
		render(FirstOrderFigures, props(WARNED));
		expect(screen.getByTestId('first-order-basis').textContent).toContain(
			'Over fewer than 30 of them it is marked uncertain.'
		);
	});

	it('marks a “back within 90 days” share over few observed customers, with its interval', () => {
		render(FirstOrderFigures, props(WARNED));
		// web: 2 observed 90 days, 1 back within 90: 50 % (1 of 2), under the 30 a share needs.
		const web = screen.getByTestId('first-order-table').querySelector('tr[data-group="v:web"]')!;
		expect(within(web as HTMLElement).getByTestId('within-uncertain').textContent).toMatch(
			/^\(uncertain: few customers observed that long; 95 % interval \d+(\.\d)?% – \d+(\.\d)?%\)$/
		);
	});
});

describe('FirstOrderFigures: a predicted CLV withheld because the spend model failed', () => {
	// shopify_rank.csv (QA): one €20 product, so spend never varies and Gamma-Gamma cannot be fitted;
	// BG/NBD stands (with a warning). The customers page says CLV is withheld and why; so must this one.
	const READINESS: Readiness = {
		ok: true,
		problems: [{ code: 'parameter-at-limit', model: 'gamma-gamma', parameter: 'q', value: 64_012_086 }],
		warnings: [{ code: 'few-repeat-buyers', repeatBuyers: 2, recommended: 100 }]
	};
	const withheld: FirstOrderSummary = {
		dimension: 'channel',
		stored: true,
		breakdown: firstOrderBreakdown(columns, indexCustomers(columns, 3), dimension, null),
		model: {
			unit: 'week',
			horizonMonths: 12,
			annualDiscountRate: 0.1,
			readiness: READINESS,
			fitted: false,
			clvWithheld: true
		}
	};

	it('says CLV is withheld and why, not that it is shown with warnings', () => {
		render(FirstOrderFigures, { summary: withheld, sort: 'customers', currency: 'EUR', fileName: 'x.csv' });
		expect(screen.queryByTestId('first-order-warnings')).toBeNull();
		expect(screen.queryByTestId('first-order-refused')).toBeNull();
		const box = screen.getByTestId('first-order-clv-withheld');
		expect(box.textContent).toContain(
			'Predicted CLV is withheld: the spend model (Gamma-Gamma) could not be trusted'
		);
		expect(within(box).getAllByRole('listitem')).toHaveLength(1);
		expect(within(box).getByRole('listitem').textContent).toContain('Gamma-Gamma');
		const header = screen.getByTestId('first-order-clv-header').textContent!;
		expect(header).toContain('withheld (see above)');
		expect(header).not.toContain('warnings');
		const rows = screen.getByTestId('first-order-table').querySelectorAll('tbody tr');
		for (const row of rows) {
			expect(row.lastElementChild!.previousElementSibling!.textContent!.trim()).toBe('withheld');
			expect(
				within(row as HTMLElement)
					.getByTestId('clv-interval')
					.textContent!.trim()
			).toBe('—');
		}
	});
});

describe('FirstOrderFigures: the revenue curves name the data set’s revenue', () => {
	// WooCommerce amounts are order totals (shipping and tax included), UCI's quantity × price: the
	// key figures name them so; the curves called every one of them "net revenue".
	it.each([
		['orderTotal', 'Revenue (order totals) per customer, cumulative'],
		['lineItems', 'Sales (quantity × price) per customer, cumulative'],
		['netSales', 'Net sales per customer, cumulative']
	] as const)('%s → %s', (revenueBasis, title) => {
		render(FirstOrderFigures, { ...props(WARNED), revenueBasis });
		const ltv = screen.getByTestId('first-order-ltv');
		expect(within(ltv).getByRole('heading', { level: 2 }).textContent).toContain(title);
		expect(ltv.textContent).not.toMatch(/net revenue/i);
	});
});

describe('FirstOrderFigures: each month of a revenue curve says the customers it rests on', () => {
	// QA: "month 19: €32.56" on a basis of 4 customers, as a plain figure. Here every month of every
	// curve rests on fewer than 30 customers (all: 3 in month 0): the table says so in each cell.
	it('the table alternative gives each point its customers and marks the uncertain ones', async () => {
		const user = userEvent.setup();
		render(FirstOrderFigures, props(WARNED));
		const ltv = screen.getByTestId('first-order-ltv');
		expect(ltv.textContent).toContain(
			'is marked uncertain (a hollow marker; the table gives each month’s customers)'
		);
		await user.click(within(ltv).getByRole('button', { name: 'Show as table' }));
		const rows = tableText(within(ltv).getByRole('table'));
		expect(rows[0][1]).toBe('All customers');
		// Month 0: all 3 customers; web €20 over c0 and c1 (10 + 20) / 2 = €15.
		expect(rows[1][1]).toMatch(/^€[\d.]+ \(3 customers; uncertain: few customers\)$/);
		expect(rows[1].join(' | ')).toContain('(2 customers; uncertain: few customers)');
	});
});

describe('FirstOrderFigures: each group’s predicted CLV comes with its interval (QA D11)', () => {
	// CLVs: c0 120, c1 40 (web), c2 200 (app). 1,000 bootstrap resamples of the group's CLVs (numpy, same
	// resamples): all [120, 40, 200] → 40 – 200 (a resample of three 40s has chance 1/27 > 2.5 %); web
	// [120, 40] → 40 – 120; app has one customer: no interval, and the cell says why.
	it.each([
		['all', '€120.00 (3 customers)(uncertain: few customers with a predicted CLV)', '€40.00 – €200.00'],
		['v:web', '€80.00 (2 customers)(uncertain: few customers with a predicted CLV)', '€40.00 – €120.00'],
		[
			'v:app',
			'€200.00 (1 customer)(uncertain: few customers with a predicted CLV)',
			'none: one customer shows no spread to estimate it from'
		]
	])('%s: %s, %s', (key, clv, interval) => {
		render(FirstOrderFigures, props({ ok: true, problems: [], warnings: [] }));
		const row = screen.getByTestId('first-order-table').querySelector(`tr[data-group="${key}"]`) as HTMLElement;
		const cell = within(row).getByTestId('clv-interval');
		expect(cell.textContent!.trim()).toBe(interval);
		expect(cell.previousElementSibling!.textContent!.replace(/\s+/g, ' ').replace(/\) \(/g, ')(').trim()).toBe(clv);
		expect(within(row).getByTestId('clv-uncertain')).toBeTruthy();
	});

	it('says what the interval covers: the spread among the customers, not the model’s parameters', () => {
		render(FirstOrderFigures, props({ ok: true, problems: [], warnings: [] }));
		const help = screen.getByTestId('first-order-clv-interval-help').textContent!;
		expect(help).toContain('reflects the spread among the group’s customers');
		expect(help).toContain('does not include the uncertainty of the fitted model’s parameters');
		expect(help).toContain('1,000 resamples');
		expect(help).toContain('A group of one customer has no interval');
		const headers = within(screen.getByTestId('first-order-table')).getAllByRole('columnheader');
		expect(headers.map((h) => h.textContent!.trim())).toContain('95 % interval of predicted CLV');
	});

	it('the rule for ranking by CLV counts the customers with a predicted CLV', () => {
		render(FirstOrderFigures, { ...props(WARNED), sort: 'clv' });
		expect(screen.getByTestId('first-order-rank-rule').textContent).toContain(
			'for predicted CLV, fewer than 30 with a predicted CLV'
		);
	});
});

describe('FirstOrderFigures: the ranking says its rule', () => {
	it('says uncertain groups come after the others, and why to rank by the 90-day share', () => {
		render(FirstOrderFigures, { ...props(WARNED), sort: 'within' });
		const rule = screen.getByTestId('first-order-rank-rule').textContent!;
		expect(rule).toContain('groups marked uncertain (fewer than 30 customers;');
		expect(rule).toContain('come after the others');
		expect(rule).toContain('rank by the 90-day share');
	});
});

describe('FirstOrderFigures: a mean predicted CLV that one customer makes is marked (QA)', () => {
	/** The figures with the web channel's CLV of 40 customers, `perCustomer` on average, `topShare` its largest customer's. */
	function renderWebClv(perCustomer: number, topShare: number) {
		const fitted = summary({ ok: true, problems: [], warnings: [] });
		const clv = { customers: 40, perCustomer, interval: null, uncertain: false, topShare };
		const groups = breakdown.groups.map((g) => (g.value === 'web' ? { ...g, clv } : g));
		render(FirstOrderFigures, {
			...props({ ok: true, problems: [], warnings: [] }),
			summary: { ...fitted, breakdown: { ...breakdown, groups } }
		});
		return screen.getByTestId('first-order-table').querySelector('tr[data-group="v:web"]') as HTMLElement;
	}

	it('says the largest customer’s share beside the mean, and what the mark means', () => {
		// A channel of 40 customers with a predicted CLV, one of whom holds 65 % of their summed CLV.
		const row = renderWebClv(20.35, 0.65);
		expect(within(row).getByTestId('clv-concentrated').textContent).toBe('(one customer holds 65% of it)');
		expect(within(row).queryByTestId('clv-uncertain')).toBeNull();
		expect(screen.getByTestId('first-order-clv-concentrated-help').textContent).toContain(
			'one customer holds 50% or more is that customer’s more than the group’s: it is marked, and ranked after the others'
		);
		// The small groups (marked for their few customers) get no second mark.
		expect(screen.getAllByTestId('clv-concentrated')).toHaveLength(1);
	});

	it('cuts a share just under 100 % to 99.9 %, not up to 100 % while others hold some', () => {
		const row = renderWebClv(50, 0.99965);
		expect(within(row).getByTestId('clv-concentrated').textContent).toBe('(one customer holds 99.9% of it)');
	});
});
