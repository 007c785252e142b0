import { describe, expect, it } from 'vitest';
import type { OrderColumns } from '$lib/orders/columns';
import { daysFromCivil } from '$lib/orders/sniff/dates';
import { firstDayOfMonthIndex, monthIndexOfDay } from './calendar';
import { cohortTable } from './cohorts';
import { indexCustomers } from './customers';
import {
	channelsWithoutCac,
	marginOf,
	paybackAge,
	profitBase,
	profitTable,
	type ProfitBase,
	type ProfitCosts
} from './profit';
import { FEE_OF_ONE, twoCohorts } from './profit-test-support';

type Order = [customer: number, date: string, amount: number];

/** Orders from [customer, 'YYYY-MM-DD', amount] rows (listed out of date order on purpose). */
function columnsOf(orders: Order[]): OrderColumns {
	const rows = [...orders].reverse();
	return {
		count: rows.length,
		customer: Int32Array.from(rows, (r) => r[0]),
		day: Int32Array.from(rows, (r) => {
			const [y, m, d] = r[1].split('-').map(Number);
			return daysFromCivil(y, m, d);
		}),
		amount: Float64Array.from(rows, (r) => r[2])
	};
}

const month = (y: number, m: number) => monthIndexOfDay(daysFromCivil(y, m, 1));

// Hand-worked costs: COGS 40 %, shipping 5.00 per order, payment fee 2 % + 0.30 per order.
// Margin of one order = amount × (1 − 0.40 − 0.02) − (5.00 + 0.30) = amount × 0.58 − 5.30.
const COSTS: ProfitCosts = { cogsShare: 0.4, shippingPerOrder: 5, feeShare: 0.02, feePerOrder: 0.3, cac: 50 };

// Customers A = 0, B = 1, C = 2, D = 3. The data runs from 5 Jan to 30 Apr 2024 (April complete).
//   A: 5 Jan 100 (margin 52.70), 10 Feb 50 (23.70), 15 Mar 100 (52.70)
//   B: 20 Jan 60 (29.50)
//   C: 3 Feb 200 (110.70), 31 Mar 20 (6.30)
//   D: 30 Apr 10 (0.50)
// Cohort Jan 2024 (A, B: 2 customers), cumulative margin per customer:
//   age 0: (52.70 + 29.50) / 2 = 82.20 / 2 = 41.10
//   age 1: (82.20 + 23.70) / 2 = 105.90 / 2 = 52.95
//   age 2: (105.90 + 52.70) / 2 = 158.60 / 2 = 79.30
//   age 3 (April, nothing): 79.30
// Cohort Feb 2024 (C): 110.70, 117.00, 117.00 (April)
// Cohort Apr 2024 (D): 0.50
// All customers, cohorts whose age is complete:
//   age 0: (82.20 + 110.70 + 0.50) / 4 = 48.35
//   age 1: (105.90 + 117.00) / 3 = 74.30 (Jan, Feb)
//   age 2: (158.60 + 117.00) / 3 = 91.866…
//   age 3: 158.60 / 2 = 79.30 (Jan only)
const ORDERS: Order[] = [
	[0, '2024-01-05', 100],
	[1, '2024-01-20', 60],
	[2, '2024-02-03', 200],
	[0, '2024-02-10', 50],
	[0, '2024-03-15', 100],
	[2, '2024-03-31', 20],
	[3, '2024-04-30', 10]
];

describe('marginOf', () => {
	it.each([
		// sales, orders, margin = sales × 0.58 − orders × 5.30
		[100, 1, 52.7],
		[160, 2, 82.2],
		[0, 1, -5.3],
		[0, 0, 0]
	])('sales %d over %d orders → %d', (sales, orders, margin) => {
		expect(marginOf(sales, orders, COSTS)).toBeCloseTo(margin, 10);
	});
});

describe('paybackAge', () => {
	it.each([
		[[41.1, 52.95, 79.3], 50, 1],
		[[41.1, 52.95, 79.3], 41.1, 0],
		[[41.1, 52.95, 79.3], 100, null],
		[[41.1, 52.95, 79.3], null, null],
		[[], 10, null]
	] as [number[], number | null, number | null][])('%j with CAC %s → %s', (values, cac, age) => {
		expect(paybackAge(values, cac)).toBe(age);
	});
});

describe('profitBase', () => {
	const base = profitBase(columnsOf(ORDERS), 4);

	it('puts each order in its cohort and month since the first order', () => {
		expect(base.months).toEqual([month(2024, 1), month(2024, 2), month(2024, 4)]);
		expect(base.sizes).toEqual([2, 1, 1]);
		expect(base.sales).toEqual([[160, 50, 100, 0], [200, 20, 0], [10]]);
		expect(base.orders).toEqual([[2, 1, 1, 0], [1, 1, 0], [1]]);
		expect(base.completeAges).toEqual([4, 3, 1]);
		expect(base.partialLastMonth).toBeNull();
	});

	it('is empty without orders', () => {
		expect(profitBase(columnsOf([]), 0).months).toEqual([]);
		expect(profitTable(profitBase(columnsOf([]), 0), COSTS).all.cumulative).toEqual([]);
	});
});

describe('profitTable', () => {
	const table = profitTable(profitBase(columnsOf(ORDERS), 4), COSTS);
	const [jan, feb, apr] = table.cohorts;

	it.each([
		['Jan', () => jan, [41.1, 52.95, 79.3, 79.3]],
		['Feb', () => feb, [110.7, 117, 117]],
		['Apr', () => apr, [0.5]],
		['all', () => table.all, [48.35, 74.3, 275.6 / 3, 79.3]]
	] as const)('cumulative margin per customer, %s', (_name, row, expected) => {
		expect(row().cumulative).toHaveLength(expected.length);
		row().cumulative.forEach((value, a) => expect(value).toBeCloseTo(expected[a], 10));
	});

	it('counts the customers behind each age of the all-customers line', () => {
		expect(table.all.counted).toEqual([4, 3, 3, 2]);
		expect(table.all.customers).toBe(4);
	});

	it('gives LTV:CAC only where the cohort was observed that long', () => {
		// Jan: age 3 complete → 79.30 / 50 = 1.586; ages 6 and 12 not observed.
		expect(jan.ltvCac[0]).toEqual({
			months: 3,
			complete: true,
			ratio: expect.closeTo(1.586, 10),
			customers: 2,
			leftOut: 0,
			cac: 50,
			noCac: []
		});
		expect(jan.ltvCac[1]).toMatchObject({ months: 6, complete: false, ratio: null });
		expect(jan.ltvCac[2]).toMatchObject({ months: 12, complete: false, ratio: null });
		expect(feb.ltvCac[0]).toMatchObject({ months: 3, complete: false, ratio: null });
	});

	it('finds the payback month, or none within what was observed', () => {
		// CAC 50: Jan reaches it at age 1 (52.95), Feb at age 0 (110.70), Apr never (0.50).
		expect([jan.payback, feb.payback, apr.payback]).toEqual([1, 0, null]);
		const dear = profitTable(profitBase(columnsOf(ORDERS), 4), { ...COSTS, cac: 100 });
		expect(dear.cohorts.map((c) => c.payback)).toEqual([null, 0, null]);
		const none = profitTable(profitBase(columnsOf(ORDERS), 4), { ...COSTS, cac: null });
		expect(none.cohorts[0].ltvCac[0]).toMatchObject({ months: 3, complete: true, ratio: null });
		expect(none.cohorts[0].payback).toBeNull();
	});

	it('marks every cohort of a data set shorter than the activity window, and so gives all customers no LTV:CAC or payback', () => {
		// The data begin on 5 Jan 2024: with the default 12-month window no cohort up to Jan 2025 is clear
		// of customers who bought before. Jan's age 3 is complete but Jan is marked: left out, 2 customers.
		expect(table.cohorts.map((c) => c.maybeEarlier)).toEqual([true, true, true]);
		expect(table.marked).toEqual({ from: month(2024, 1), to: month(2024, 4), customers: 4 });
		expect(table.unmarkedCustomers).toBe(0);
		expect(table.all.ltvCac[0]).toEqual({
			months: 3,
			complete: false,
			ratio: null,
			customers: 0,
			leftOut: 2,
			cac: null,
			noCac: []
		});
		expect(table.all.payback).toBeNull();
		expect(table.all.paybackBasis).toBeNull();
	});

	it('totals net sales and margin per cohort', () => {
		expect(jan.sales).toBe(310);
		expect(jan.margin).toBeCloseTo(158.6, 10);
		expect(table.all.sales).toBe(540);
		expect(table.all.margin).toBeCloseTo(158.6 + 117 + 0.5, 10);
	});
});

describe('a data set that ends inside a month', () => {
	// D's order on 29 Apr instead: April is covered for 29 of its 30 days, so every cohort's April
	// cell is partial: shown, but not complete.
	const orders: Order[] = ORDERS.map((o) => (o[0] === 3 ? [3, '2024-04-29', 10] : o));
	const table = profitTable(profitBase(columnsOf(orders), 4), { ...COSTS, cac: 0.4 });

	it('marks the last month partial and leaves it out of LTV:CAC and the all-customers line', () => {
		expect(table.partialLastMonth).toMatchObject({ coveredDays: 29, days: 30 });
		expect(table.cohorts.map((c) => c.completeAges)).toEqual([3, 2, 0]);
		// Jan age 3 is April: partial, so no LTV:CAC after months 0–3.
		expect(table.cohorts[0].ltvCac[0]).toMatchObject({ months: 3, complete: false, ratio: null });
		// All: age 0 over Jan and Feb only (192.90 / 3), age 1 the same cohorts, age 2 Jan only.
		expect(table.all.counted).toEqual([3, 3, 2]);
		expect(table.all.cumulative[0]).toBeCloseTo(64.3, 10);
		expect(table.all.cumulative[1]).toBeCloseTo(74.3, 10);
		expect(table.all.cumulative[2]).toBeCloseTo(79.3, 10);
	});

	it('still counts a payback reached in the partial month', () => {
		expect(table.cohorts[2].payback).toBe(0);
	});
});

describe('without costs', () => {
	it('equals the cumulative revenue per customer of the cohort table', () => {
		const columns = columnsOf(ORDERS);
		const table = profitTable(profitBase(columns, 4), {
			cogsShare: 0,
			shippingPerOrder: 0,
			feeShare: 0,
			feePerOrder: 0,
			cac: null
		});
		const cohorts = cohortTable(columns, indexCustomers(columns, 4));
		expect(table.cohorts.map((c) => c.month)).toEqual(cohorts.months);
		table.cohorts.forEach((row, k) =>
			row.cumulative.forEach((value, a) =>
				expect(value).toBeCloseTo(cohorts.cumulativeRevenuePerCustomer[k][a]!, 10)
			)
		);
	});
});

describe('CAC per first-order channel', () => {
	// Channels stored: web = 0, pos = 1; D's order has none (−1). A's first order is web (later ones pos).
	// Per order, in the order of ORDERS: A web, B pos, C web, A pos, A pos, C web, D none.
	const CHANNELS = [0, 1, 0, 1, 1, 0, -1];
	const channel = { values: ['web', 'pos'], index: Int32Array.from([...CHANNELS].reverse()) };
	const base = profitBase(columnsOf(ORDERS), 4, channel);

	it('counts customers by the channel of their first order, cohort by cohort', () => {
		// Jan: A web, B pos; Feb: C web; Apr: D none.
		expect(base.channels).toEqual({
			names: ['web', 'pos', ''],
			customers: [
				[1, 1, 0],
				[1, 0, 0],
				[0, 0, 1]
			]
		});
	});

	it.each([
		// CAC for all, per channel [web, pos, none] → CAC per customer of Jan, Feb, Apr and all
		[50, [30, 80, null], [55, 30, 50], 47.5],
		[50, [null, null, null], [50, 50, 50], 50],
		[null, [30, 80, null], [55, 30, null], null]
	] as [number | null, (number | null)[], (number | null)[], number | null][])(
		'CAC %s, by channel %j → %j',
		(cac, cacByChannel, perCohort, all) => {
			const table = profitTable(base, { ...COSTS, cac, cacByChannel });
			expect(table.cohorts.map((c) => c.cac)).toEqual(perCohort);
			expect(table.all.cac).toBe(all);
		}
	);

	it('takes LTV:CAC and payback against the blended CAC', () => {
		// Jan: CAC (30 + 80) / 2 = 55; cumulative 41.10, 52.95, 79.30 → payback month 2; after months 0–3 79.30 / 55.
		const table = profitTable(base, { ...COSTS, cac: 50, cacByChannel: [30, 80, null] });
		expect(table.cohorts.map((c) => c.payback)).toEqual([2, 0, null]);
		expect(table.cohorts[0].ltvCac[0].ratio).toBeCloseTo(79.3 / 55, 10);
	});

	it('takes the first order of the first day by time where the file had times (firstOfDay)', () => {
		// A second order of A's on Jan 5, pos, after A's web one in the file but earlier in the day:
		// listed in firstOfDay, so A's channel is pos. (columnsOf reverses: it is row 7, A's web row 6.)
		const orders: Order[] = [[0, '2024-01-05', 30], ...ORDERS];
		const channels = { values: ['web', 'pos'], index: Int32Array.from([...[...CHANNELS].reverse(), 1]) };
		const columns = columnsOf(orders);
		expect(profitBase(columns, 4, channels).channels!.customers[0]).toEqual([1, 1, 0]);
		const timed = profitBase({ ...columns, firstOfDay: Int32Array.from([7]) }, 4, channels);
		// Jan: A pos, B pos.
		expect(timed.channels!.customers[0]).toEqual([0, 2, 0]);
	});

	it('gives no channels when none is stored', () => {
		expect(profitBase(columnsOf(ORDERS), 4).channels).toBeNull();
	});
});

describe('with the cost of goods stored per order', () => {
	// The same orders, with the file's cost of goods (NaN: the file gave none):
	//   A 5 Jan 100 cost 30 → 100 × 0.98 − 30 − 5.30 = 62.70   (known cost: no COGS %, fee 2 % only)
	//   B 20 Jan 60 no cost → 60 × 0.58 − 5.30 = 29.50         (the 40 % applies)
	//   C 3 Feb 200 cost 90 → 196 − 90 − 5.30 = 100.70
	//   A 10 Feb 50 cost 20 → 49 − 20 − 5.30 = 23.70
	//   A 15 Mar 100 no cost → 52.70
	//   C 31 Mar 20 cost 5 → 19.60 − 5 − 5.30 = 9.30
	//   D 30 Apr 10 cost 2 → 9.80 − 2 − 5.30 = 2.50
	// Jan cohort per customer: 92.20 / 2 = 46.10, 115.90 / 2 = 57.95, 168.60 / 2 = 84.30, 84.30
	// Feb cohort: 100.70, 110.00, 110.00; Apr cohort: 2.50. Five orders with a cost, two without.
	const COST_OF = [30, NaN, 90, 20, NaN, 5, 2];
	const cost = Float64Array.from([...COST_OF].reverse()); // columnsOf lists the rows reversed
	const base = profitBase(columnsOf(ORDERS), 4, null, cost);

	it('sums the known costs and their sales by cohort and age, and counts the orders without', () => {
		expect(base.costs).toEqual({
			cost: [[30, 20, 0, 0], [90, 5, 0], [2]],
			sales: [[100, 50, 0, 0], [200, 20, 0], [10]],
			withCost: 5,
			withoutCost: 2
		});
	});

	it('charges the stored cost where known and the percentage elsewhere', () => {
		const table = profitTable(base, COSTS);
		const [jan, feb, apr] = table.cohorts;
		[46.1, 57.95, 84.3, 84.3].forEach((v, a) => expect(jan.cumulative[a]).toBeCloseTo(v, 10));
		[100.7, 110, 110].forEach((v, a) => expect(feb.cumulative[a]).toBeCloseTo(v, 10));
		expect(apr.cumulative[0]).toBeCloseTo(2.5, 10);
		expect(table.costBasis).toEqual({ withCost: 5, withoutCost: 2 });
		expect(profitTable(profitBase(columnsOf(ORDERS), 4), COSTS).costBasis).toBeNull();
	});

	it('needs no percentage when every order has a cost', () => {
		const all = Float64Array.from([...COST_OF].reverse(), (c) => (c === c ? c : 0));
		const table = profitTable(profitBase(columnsOf(ORDERS), 4, null, all), { ...COSTS, cogsShare: 0.9 });
		// B: 60 × 0.98 − 0 − 5.30 = 53.50 (the 90 % is not used): Jan age 0 = (62.70 + 53.50) / 2
		expect(table.cohorts[0].cumulative[0]).toBeCloseTo(58.1, 10);
		expect(table.costBasis).toEqual({ withCost: 7, withoutCost: 0 });
	});

	it.each([
		// sales, orders, known cost and its sales, margin
		[100, 1, { cost: 30, sales: 100 }, 62.7],
		[160, 2, { cost: 30, sales: 100 }, 62.7 + 29.5],
		[160, 2, null, 82.2]
	])('marginOf %d over %d orders with %j → %d', (sales, orders, known, margin) => {
		expect(marginOf(sales, orders, COSTS, known)).toBeCloseTo(margin, 10);
	});
});

describe('all customers: each figure on a stated basis, cohorts with earlier buyers left out', () => {
	// ORDERS plus E (customer 4): one order on 15 Dec 2022 of 10.00, no channel → margin 0.50.
	// The data begin on 15 Dec 2022; with a 1-month activity window cohorts from 15 Jan 2023 on are
	// unmarked: Dec 2022 (E) is marked, Jan, Feb and Apr 2024 are not.
	// Channels [web, pos, none], CAC 30, 80 and (none) the typed 50: Jan 55, Feb 30, Apr 50, Dec (E) 50.
	const E: Order = [4, '2022-12-15', 10];
	const orders = [E, ...ORDERS];
	const channel = { values: ['web', 'pos'], index: Int32Array.from([-1, 0, 1, 0, 1, 1, 0, -1].reverse()) };
	const base = profitBase(columnsOf(orders), 5, channel);
	const costs = { ...COSTS, cac: 50, cacByChannel: [30, 80, null] };
	const table = profitTable(base, costs, 1);

	it('totals every customer: margin per customer so far is margin ÷ customers, and the CAC their blend', () => {
		// Margin 158.60 + 117.00 + 0.50 + 0.50 = 276.60 over 5 customers = 55.32;
		// CAC (50 + 110 + 30 + 50) / 5 = 48.
		expect(table.all.customers).toBe(5);
		expect(table.all.margin).toBeCloseTo(276.6, 10);
		expect(table.all.perCustomer).toBeCloseTo(55.32, 10);
		expect(table.all.cac).toBeCloseTo(48, 10);
		expect(table.cohorts.map((c) => c.perCustomer)).toEqual(table.cohorts.map((c) => c.cumulative.at(-1)));
	});

	it('marks the cohort that may hold customers who bought before the data begins', () => {
		expect(table.cohorts.map((c) => c.maybeEarlier)).toEqual([true, false, false, false]);
		expect(table.marked).toEqual({ from: month(2022, 12), to: month(2022, 12), customers: 1 });
		expect(table.unmarkedCustomers).toBe(4);
		expect(table.unmarkedAges).toBe(4);
	});

	it('takes LTV:CAC over the unmarked customers observed that long, with their own CAC', () => {
		// Months 0–3: Jan only (2 of 5; E, observed 17 months, left out): 79.30 / 55 = 1.4418…
		// Months 0–6 and 0–12: no unmarked cohort observed that long; E is, and is left out.
		expect(table.all.ltvCac).toEqual([
			{
				months: 3,
				complete: true,
				ratio: expect.closeTo(79.3 / 55, 10),
				customers: 2,
				leftOut: 1,
				cac: 55,
				noCac: []
			},
			{ months: 6, complete: false, ratio: null, customers: 0, leftOut: 1, cac: null, noCac: [] },
			{ months: 12, complete: false, ratio: null, customers: 0, leftOut: 1, cac: null, noCac: [] }
		]);
	});

	it.each([
		// Month 0 over Jan, Feb, Apr (4 customers): (82.20 + 110.70 + 0.50) / 4 = 48.35 ≥ (110 + 30 + 50) / 4 = 47.50.
		['by channel', costs, 0, { customers: 4, through: 0, cac: 47.5 }],
		// CAC 50: month 0 of those 4 is 48.35 < 50. Jan and Feb (3 customers, observed through month 1):
		// month 0 (82.20 + 110.70) / 3 = 64.30 ≥ 50, so they paid back in month 0.
		['50 for all', { ...COSTS, cac: 50 }, 0, { customers: 3, through: 1, cac: 50 }],
		// CAC 100: 4 customers 48.35 by month 0; Jan and Feb 64.30, 74.30 by month 1 and 91.87 by month 2;
		// Jan 41.10, 52.95, 79.30, 79.30 by month 3: not reached.
		['100 for all', { ...COSTS, cac: 100 }, null, null],
		// No CAC for the channel-less Apr: the 4 have none; Jan and Feb, (110 + 30) / 3 = 46.67 ≤ 64.30.
		['none for Apr', { ...costs, cac: null }, 0, { customers: 3, through: 1, cac: 140 / 3 }]
	] as const)('payback (CAC %s) over the first group that reaches it: month %s, %j', (_name, c, age, basis) => {
		const t = profitTable(base, c, 1);
		expect(t.all.payback).toBe(age);
		if (basis === null) expect(t.all.paybackBasis).toBeNull();
		else expect(t.all.paybackBasis).toEqual({ ...basis, cac: expect.closeTo(basis.cac, 10) });
	});

	it('keeps every cohort in the curve of all customers', () => {
		// Month 0: (0.50 + 82.20 + 110.70 + 0.50) / 5 = 38.78; counted 5, 4, 4, 3, then E alone.
		expect(table.all.cumulative[0]).toBeCloseTo(38.78, 10);
		expect(table.all.counted.slice(0, 5)).toEqual([5, 4, 4, 3, 1]);
	});
});

describe('cohorts that may include customers who bought before the data begins', () => {
	/** One customer a cohort, one order of 10 in its first month; the data from `from` to the end of `to`. */
	function baseOf(from: string, months: number[]): ProfitBase {
		const [y, m, d] = from.split('-').map(Number);
		const last = months.at(-1)!;
		return {
			months,
			sizes: months.map(() => 1),
			sales: months.map((k) => Array.from({ length: last - k + 1 }, (_, a) => (a === 0 ? 10 : 0))),
			orders: months.map((k) => Array.from({ length: last - k + 1 }, (_, a) => (a === 0 ? 1 : 0))),
			completeAges: months.map((k) => last - k + 1),
			firstDay: daysFromCivil(y, m, d),
			lastDay: firstDayOfMonthIndex(last + 1) - 1,
			partialLastMonth: null,
			channels: null
		};
	}

	it.each([
		// data from, window (months), cohorts → marked: first month before data from + window
		['2023-07-01', 12, [month(2023, 7), month(2024, 6), month(2024, 7)], [true, true, false]],
		['2023-07-15', 12, [month(2023, 7), month(2024, 7), month(2024, 8)], [true, true, false]],
		['2023-07-01', 6, [month(2023, 12), month(2024, 1)], [true, false]],
		['2024-01-31', 1, [month(2024, 2), month(2024, 3)], [true, false]]
	] as const)('data from %s, window %d months: %j → %j', (from, window, months, marked) => {
		const table = profitTable(baseOf(from, [...months]), { ...COSTS, cac: 5 }, window);
		expect(table.cohorts.map((c) => c.maybeEarlier)).toEqual(marked);
		expect(table.windowMonths).toBe(window);
	});

	it('defaults to the Analysis page’s 12-month window', () => {
		const table = profitTable(baseOf('2023-07-01', [month(2024, 6), month(2024, 7)]), COSTS);
		expect(table.cohorts.map((c) => c.maybeEarlier)).toEqual([true, false]);
		// The one unmarked customer: 10 × 0.58 − 5.30 = 0.50 in month 0, against a CAC of 50.
		expect(table.unmarkedCustomers).toBe(1);
		expect(table.all.payback).toBeNull();
	});
});

describe('a CAC typed for some channels only, none for all', () => {
	// Two cohorts, channels [web, pos, none]; a fixed fee of 1 per order, so margin = sales − orders.
	// Jan 2000 (2 customers, months 0–4): margins 20, 0, 0, 4, 3 → per customer 10, 10, 10, 12, 13.50.
	// Apr 2000 (1 customer, months 0–1): margins 2, 9 → 2, 11. The data end on 31 May 2000 (no partial
	// month) and begin on 1 Jan 1999: with a 1-month window no cohort is marked.
	// Groups: G(0) = G(1) = both cohorts (3 customers), G(2) … G(4) = Jan only; the LTV:CAC after
	// months 0–3 is over Jan only, none was observed through months 6 or 12.
	function baseOf(jan: number[], apr: number[]): ProfitBase {
		return twoCohorts({
			completeAges: [5, 2],
			firstDay: firstDayOfMonthIndex(23988),
			lastDay: firstDayOfMonthIndex(24005) - 1,
			partialLastMonth: null,
			channels: { names: ['web', 'pos', ''], customers: [jan, apr] }
		});
	}
	const FEE = FEE_OF_ONE;

	it.each([
		// Jan holds the pos customer, so every group holds it: no group has a CAC, and the payback is not
		// "not yet" but skipped through month 4 (the last the cohorts reach).
		{
			name: 'pos in the oldest cohort, web 12',
			jan: [1, 1, 0],
			apr: [1, 0, 0],
			cac: null,
			byChannel: [12, null, null],
			cohorts: [['pos'], []],
			all: ['pos'],
			ltvCac: [['pos'], [], []],
			skipped: { through: 4, channels: ['pos'] },
			payback: null
		},
		// Only the younger cohort has it: G(0) and G(1) are skipped; Jan alone reaches 12 in month 3.
		{
			name: 'pos in the younger cohort, web 12',
			jan: [2, 0, 0],
			apr: [0, 1, 0],
			cac: null,
			byChannel: [12, null, null],
			cohorts: [[], ['pos']],
			all: ['pos'],
			ltvCac: [[], [], []],
			skipped: { through: 1, channels: ['pos'] },
			payback: 3
		},
		// The same with web 20: Jan peaks at 13.50, so not reached; G(0) and G(1) still skipped.
		{
			name: 'pos in the younger cohort, web 20',
			jan: [2, 0, 0],
			apr: [0, 1, 0],
			cac: null,
			byChannel: [20, null, null],
			cohorts: [[], ['pos']],
			all: ['pos'],
			ltvCac: [[], [], []],
			skipped: { through: 1, channels: ['pos'] },
			payback: null
		},
		// Two channels without one, in the order stored: pos and the customers without a channel.
		{
			name: 'pos and no channel in the oldest cohort, web 12',
			jan: [0, 1, 1],
			apr: [1, 0, 0],
			cac: null,
			byChannel: [12, null, null],
			cohorts: [['pos', ''], []],
			all: ['pos', ''],
			ltvCac: [['pos', ''], [], []],
			skipped: { through: 4, channels: ['pos', ''] },
			payback: null
		},
		// Every channel with customers has a CAC: G(0) (3 customers, CAC (24 + 30) / 3 = 18) 7.33 and
		// 10.33 by months 0 and 1; Jan (12) reaches it in month 3.
		{
			name: 'web 12 and pos 30',
			jan: [2, 0, 0],
			apr: [0, 1, 0],
			cac: null,
			byChannel: [12, 30, null],
			cohorts: [[], []],
			all: [],
			ltvCac: [[], [], []],
			skipped: null,
			payback: 3
		},
		// A CAC for all: pos takes it.
		{
			name: 'web 12, 12 for all',
			jan: [1, 1, 0],
			apr: [0, 1, 0],
			cac: 12,
			byChannel: [12, null, null],
			cohorts: [[], []],
			all: [],
			ltvCac: [[], [], []],
			skipped: null,
			payback: 3
		},
		// No CAC typed at all: no channel lacks one more than another (the page asks for a CAC).
		{
			name: 'no CAC at all',
			jan: [1, 1, 0],
			apr: [1, 0, 0],
			cac: null,
			byChannel: [null, null, null],
			cohorts: [[], []],
			all: [],
			ltvCac: [[], [], []],
			skipped: null,
			payback: null
		}
	])('$name', (c) => {
		const table = profitTable(baseOf(c.jan, c.apr), { ...FEE, cac: c.cac, cacByChannel: c.byChannel }, 1);
		expect(table.cohorts.map((r) => r.maybeEarlier)).toEqual([false, false]);
		expect(table.cohorts.map((r) => r.noCac)).toEqual(c.cohorts);
		table.cohorts.forEach((r, k) => {
			expect(r.cac === null).toBe(c.cohorts[k].length > 0 || c.byChannel.every((v) => v === null));
			expect(r.ltvCac.map((l) => l.noCac)).toEqual([c.cohorts[k], c.cohorts[k], c.cohorts[k]]);
			expect(r.paybackWithoutCac).toBeNull();
		});
		expect(table.all.noCac).toEqual(c.all);
		expect(table.all.ltvCac.map((l) => l.noCac)).toEqual(c.ltvCac);
		expect(table.all.paybackWithoutCac).toEqual(c.skipped);
		expect(table.all.payback).toBe(c.payback);
		if (c.skipped?.through === table.unmarkedAges - 1) expect(table.all.paybackBasis).toBeNull();
	});

	it('says which channels lack a CAC, cohort by cohort', () => {
		const names = ['web', 'pos', ''];
		expect(channelsWithoutCac([1, 2, 0], names, { ...FEE, cacByChannel: [12, null, null] })).toEqual(['pos']);
		expect(channelsWithoutCac([1, 2, 3], names, { ...FEE, cacByChannel: [12, null, null] })).toEqual(['pos', '']);
		expect(channelsWithoutCac([1, 0, 0], names, { ...FEE, cacByChannel: [12, null, null] })).toEqual([]);
		expect(channelsWithoutCac([1, 2, 3], names, { ...FEE, cac: 5, cacByChannel: [12, null, null] })).toEqual([]);
		expect(channelsWithoutCac([1, 2, 3], names, { ...FEE, cacByChannel: [null, null, null] })).toEqual([]);
		expect(channelsWithoutCac(null, [], { ...FEE, cacByChannel: [] })).toEqual([]);
	});
});
