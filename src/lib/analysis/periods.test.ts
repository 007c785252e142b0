import { describe, expect, it } from 'vitest';
import { dayFromYmd, isoFromDay } from '$lib/format/date';
import type { OrderColumns } from '$lib/orders/columns';
import { addMonths } from './calendar';
import { indexCustomers } from './customers';
import {
	baseByDay,
	crrBasis,
	isCompletePeriod,
	lastCompletePeriod,
	lastMeasurablePeriod,
	periodSeries,
	periodCounts,
	periodsInRange
} from './periods';

function dayOf(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return dayFromYmd(y, m, d);
}

/** Orders as [customer, 'YYYY-MM-DD', amount]. */
function columnsOf(rows: [number, string, number][]): { columns: OrderColumns; customers: number } {
	const day = (iso: string) => {
		const [y, m, d] = iso.split('-').map(Number);
		return dayFromYmd(y, m, d);
	};
	return {
		columns: {
			count: rows.length,
			customer: Int32Array.from(rows.map((r) => r[0])),
			day: Int32Array.from(rows.map((r) => day(r[1]))),
			amount: Float64Array.from(rows.map((r) => r[2]))
		},
		customers: Math.max(-1, ...rows.map((r) => r[0])) + 1
	};
}

describe('the customer base', () => {
	it('counts a customer from a purchase until the window runs out, once even with several purchases', () => {
		const { columns, customers } = columnsOf([
			[0, '2023-01-10', 10],
			[0, '2023-02-10', 10],
			[1, '2023-01-20', 5],
			[2, '2023-03-15', 1]
		]);
		const index = indexCustomers(columns, customers);
		const base = baseByDay(columns, index, 1);
		const at = (iso: string) => {
			const [y, m, d] = iso.split('-').map(Number);
			return base[dayFromYmd(y, m, d) - index.minDay];
		};
		expect(at('2023-01-10')).toBe(1);
		expect(at('2023-01-20')).toBe(2);
		expect(at('2023-02-09')).toBe(2); // customer 0 still within a month of 10 Jan
		expect(at('2023-02-10')).toBe(2); // customer 0 bought again; customer 1 is active until 20 Feb
		expect(at('2023-02-20')).toBe(1); // customer 1's month has run out
		expect(at('2023-03-09')).toBe(1);
		expect(at('2023-03-10')).toBe(0); // a month after customer 0's last purchase
		expect(at('2023-03-15')).toBe(1);
	});
});

describe('period CRR, S, E and N by hand', () => {
	// Window 1 month, monthly periods.
	// a: buys 5 Jan, 3 Feb, 2 Mar. b: buys 10 Jan only. c: first buys 15 Feb, again 20 Mar. d: first buys 25 Mar.
	const { columns, customers } = columnsOf([
		[0, '2023-01-05', 10],
		[1, '2023-01-10', 20],
		[0, '2023-02-03', 10],
		[2, '2023-02-15', 30],
		[0, '2023-03-02', 10],
		[2, '2023-03-20', 30],
		[3, '2023-03-25', 40],
		[3, '2023-03-31', 1]
	]);
	const index = indexCustomers(columns, customers);
	const rows = periodSeries(columns, index, 'month', 1);

	it('January: nobody at the start, so no CRR', () => {
		expect(rows[0]).toMatchObject({ start: 0, acquired: 2, crr: null, churn: null, warmingUp: true });
		// Base at 31 Jan: a (5 Jan → until 5 Feb) and b (10 Jan → until 10 Feb).
		expect(rows[0].end).toBe(2);
	});

	it('February: S = 2 (a, b), E = 2 (a, c), N = 1 (c), but less than a window of history before it', () => {
		// At 28 Feb: a (3 Feb → 3 Mar) and c (15 Feb → 15 Mar); b lapsed on 10 Feb. (E − N) / S would be
		// 50 %, but the base at 31 Jan misses anyone who bought from 1 to 4 January, before the data.
		expect(rows[1]).toMatchObject({ start: 2, end: 2, acquired: 1, crr: null, churn: null, warmingUp: true });
		expect(rows[1].basis).toEqual({
			kind: 'baseBuilding',
			historyFrom: dayOf('2023-01-01'),
			dataFrom: dayOf('2023-01-05'),
			measurableFrom: dayOf('2023-02-05')
		});
	});

	it('March: S = 2 (a, c), E = 3 (a, c, d), N = 1 (d) → CRR 100 %', () => {
		expect(rows[2]).toMatchObject({ start: 2, end: 3, acquired: 1, crr: 1, complete: true });
	});

	it('the last measurable period is March', () => {
		expect(lastMeasurablePeriod(rows)?.month).toBe(2023 * 12 + 2);
	});

	it('quarters add up the same way; the first quarter starts before the data', () => {
		const quarters = periodSeries(columns, index, 'quarter', 1);
		expect(quarters).toHaveLength(1);
		expect(quarters[0]).toMatchObject({ start: 0, end: 3, acquired: 4, crr: null, complete: false });
		expect(quarters[0].basis).toEqual({ kind: 'partial', coveredDays: 86, days: 90 });
	});
});

describe('edge cases', () => {
	it('one customer, one day of data', () => {
		const { columns, customers } = columnsOf([[0, '2023-06-15', 99]]);
		const index = indexCustomers(columns, customers);
		const rows = periodSeries(columns, index, 'month', 12);
		expect(rows).toHaveLength(1);
		// The data ends on 15 June, so June is not complete.
		expect(rows[0]).toMatchObject({
			start: 0,
			end: 1,
			acquired: 1,
			crr: null,
			complete: false,
			coveredDays: 1,
			days: 30
		});
		expect(lastMeasurablePeriod(rows)).toBeNull();
		expect(lastCompletePeriod(rows)).toBe(rows[0]);
	});

	it('an incomplete last period is marked', () => {
		const { columns, customers } = columnsOf([
			[0, '2023-01-01', 1],
			[0, '2023-02-14', 1]
		]);
		const rows = periodSeries(columns, indexCustomers(columns, customers), 'month', 12);
		expect(rows.map((r) => r.complete)).toEqual([true, false]);
	});

	// Review: a month without orders (a monthly export left out) had a CRR of 94.2 % and no note.
	it('a period without orders is marked, by month and by quarter, and kept in the range’s rows', () => {
		const { columns, customers } = columnsOf([
			[0, '2023-01-10', 1],
			[1, '2023-02-10', 1],
			[0, '2023-05-10', 1],
			[1, '2023-08-31', 1]
		]);
		const index = indexCustomers(columns, customers);
		const months = periodSeries(columns, index, 'month', 12);
		// March, April, June and July have no order; S, E and N are counted as for any month.
		expect(months.filter((r) => r.noOrders).map((r) => isoFromDay(r.firstDay))).toEqual([
			'2023-03-01',
			'2023-04-01',
			'2023-06-01',
			'2023-07-01'
		]);
		expect(months[2]).toMatchObject({ start: 2, end: 2, acquired: 0, noOrders: true });
		expect(months[0].noOrders).toBeUndefined();
		const quarters = periodSeries(columns, index, 'quarter', 12);
		expect(quarters.map((r) => r.noOrders === true)).toEqual([false, false, false]);
		const range = { from: dayOf('2023-03-01'), to: dayOf('2023-04-30') };
		expect(periodsInRange(months, range, index).map((r) => r.noOrders)).toEqual([true, true]);
	});

	it('no orders, no periods', () => {
		const { columns } = columnsOf([]);
		expect(periodSeries(columns, indexCustomers(columns, 0), 'month', 12)).toEqual([]);
	});
});

describe('a complete period and a measurable CRR (the definitions)', () => {
	const data = { minDay: dayOf('2023-01-05'), maxDay: dayOf('2023-12-09') };
	it.each([
		// period first day, last day, complete?
		['2023-01-01', '2023-01-31', false], // starts before the first order
		['2023-01-05', '2023-01-31', true],
		['2023-02-01', '2023-02-28', true],
		['2023-12-01', '2023-12-31', false], // the data ends on 9 December
		['2023-12-01', '2023-12-09', true]
	])('%s – %s complete: %s', (from, to, complete) => {
		expect(isCompletePeriod({ firstDay: dayOf(from), lastDay: dayOf(to) }, data)).toBe(complete);
	});

	it.each([
		// period, S, window (months), basis
		['2023-12-01', '2023-12-31', 10, 3, { kind: 'partial', coveredDays: 9, days: 31 }],
		[
			'2023-03-01',
			'2023-03-31',
			10,
			3,
			{
				kind: 'baseBuilding',
				historyFrom: dayOf('2022-12-01'),
				dataFrom: data.minDay,
				measurableFrom: dayOf('2023-04-05')
			}
		],
		[
			'2023-04-01',
			'2023-04-30',
			10,
			3,
			{
				kind: 'baseBuilding',
				historyFrom: dayOf('2023-01-01'),
				dataFrom: data.minDay,
				measurableFrom: dayOf('2023-04-05')
			}
		],
		['2023-05-01', '2023-05-31', 10, 3, { kind: 'measurable' }],
		['2023-05-01', '2023-05-31', 0, 3, { kind: 'noBase' }],
		[
			'2023-05-01',
			'2023-05-31',
			10,
			12,
			{
				kind: 'baseBuilding',
				historyFrom: dayOf('2022-05-01'),
				dataFrom: data.minDay,
				measurableFrom: dayOf('2024-01-05')
			}
		],
		['2023-11-01', '2023-11-30', 10, 1, { kind: 'measurable' }]
	])('%s – %s with S = %d and a %d-month window: %o', (from, to, start, window, basis) => {
		expect(crrBasis({ firstDay: dayOf(from), lastDay: dayOf(to), start }, data, window, 'month')).toEqual(basis);
	});

	it.each([
		// period, unit, window (months), basis: a window shorter than the period never measures it
		['2023-07-01', '2023-09-30', 'quarter', 1, { kind: 'windowShort', periodMonths: 3 }],
		['2023-07-01', '2023-09-30', 'quarter', 2, { kind: 'windowShort', periodMonths: 3 }],
		['2023-07-01', '2023-09-30', 'quarter', 3, { kind: 'measurable' }],
		['2023-07-01', '2023-09-30', 'quarter', 12, { kind: 'baseBuilding' }],
		['2024-01-01', '2024-12-31', 'year', 11, { kind: 'windowShort', periodMonths: 12 }],
		// A partial period says it is partial first: that holds whatever the window.
		['2023-10-01', '2023-12-31', 'quarter', 1, { kind: 'partial' }]
	] as const)('%s – %s by %s with a %d-month window: %o', (from, to, unit, window, basis) => {
		const wide = { minDay: dayOf('2022-01-01'), maxDay: dayOf('2024-12-31') };
		const short = { minDay: data.minDay, maxDay: dayOf('2023-12-20') };
		const span = basis.kind === 'partial' ? short : basis.kind === 'baseBuilding' ? data : wide;
		expect(crrBasis({ firstDay: dayOf(from), lastDay: dayOf(to), start: 10 }, span, window, unit)).toMatchObject(
			basis
		);
	});
});

describe('customers returning after a lapse longer than the window (CRR above 100 %)', () => {
	// Window 1 month. a buys every month; b buys in January, then not until 20 March: in March b is
	// in E, but in neither S (lapsed on 10 Feb) nor N (first bought in January). c buys once in Feb;
	// d like b, 20 January and 25 March.
	const { columns, customers } = columnsOf([
		[0, '2023-01-01', 1],
		[1, '2023-01-10', 1],
		[3, '2023-01-20', 1],
		[3, '2023-03-25', 1],
		[0, '2023-02-01', 1],
		[2, '2023-02-15', 1],
		[0, '2023-03-01', 1],
		[1, '2023-03-20', 1],
		[0, '2023-04-01', 1],
		[0, '2023-04-30', 1]
	]);
	const index = indexCustomers(columns, customers);
	const rows = periodSeries(columns, index, 'month', 1);

	it('March: S = 2 (a, c), E = 3 (a, b, d), N = 0: c lapsed, b and d came back → CRR 150 %, two returning', () => {
		expect(rows[2]).toMatchObject({
			start: 2,
			end: 3,
			acquired: 0,
			returning: 2,
			crr: 1.5,
			basis: { kind: 'measurable' }
		});
		expect(rows[2].churn).toBeCloseTo(-0.5, 12);
	});

	it('April: S = 3 (a, b, d), E = 1 (a; b lapsed on 20 April, d on 25 April), nobody returning', () => {
		expect(rows[3]).toMatchObject({ start: 3, end: 1, acquired: 0, returning: 0 });
		expect(rows[3].crr).toBeCloseTo(1 / 3, 12);
	});

	it('agrees with counting each customer in and out of the base, for every window and period', () => {
		const member = (base: (c: number, d: number) => boolean, c: number, d: number) =>
			d >= index.minDay && base(c, d);
		for (const windowMonths of [1, 2, 3]) {
			for (const unit of ['month', 'quarter'] as const) {
				const series = periodSeries(columns, index, unit, windowMonths);
				// In the base at the end of day d: some purchase p ≤ d with d < p + window.
				const inBase = (c: number, d: number) =>
					Array.from(columns.day).some(
						(p, i) => columns.customer[i] === c && p <= d && d < addMonths(p, windowMonths)
					);
				for (const row of series) {
					const endDay = Math.min(row.lastDay, index.maxDay);
					let returning = 0;
					for (let c = 0; c < customers; c++) {
						const inS = member(inBase, c, row.firstDay - 1);
						const inE = member(inBase, c, endDay);
						if (inE && !inS && index.firstDay[c] < row.firstDay) returning++;
					}
					expect(row.returning, `${unit} ${row.month}, window ${windowMonths}`).toBe(returning);
				}
			}
		}
	});
});

describe('periodsInRange', () => {
	// One customer a month, January to June 2023, each buying on the 10th; a one-month window.
	const { columns, customers } = columnsOf(
		['01', '02', '03', '04', '05', '06'].map((m, k): [number, string, number] => [k, `2023-${m}-10`, 10])
	);
	const index = indexCustomers(columns, customers);
	const rows = periodSeries(columns, index, 'month', 1);

	it.each([
		// range, the months shown, which of them keep their CRR, the days of a cut month inside the range
		['2023-03-01', '2023-04-30', ['2023-03-01', '2023-04-01'], [true, true], []],
		['2023-03-15', '2023-04-30', ['2023-03-01', '2023-04-01'], [false, true], [17]],
		['2023-03-01', '2023-05-20', ['2023-03-01', '2023-04-01', '2023-05-01'], [true, true, false], [20]],
		['2023-04-05', '2023-04-05', ['2023-04-01'], [false], [1]]
	])('%s to %s', (from, to, months, kept, cutDays) => {
		const shown = periodsInRange(rows, { from: dayOf(from), to: dayOf(to) }, index);
		expect(shown.map((r) => r.firstDay)).toEqual(months.map(dayOf));
		expect(shown.map((r) => r.basis.kind === 'measurable')).toEqual(kept);
		expect(shown.filter((r) => r.basis.kind === 'partial').map((r) => r.coveredDays)).toEqual(cutDays);
		// A month inside the range keeps the whole history's S, E and N.
		for (const row of shown.filter((r) => r.basis.kind === 'measurable'))
			expect(row).toBe(rows.find((r) => r.firstDay === row.firstDay));
		// A month the range cuts shows no S, E or N: they count the whole month, not its days in the range.
		expect(shown.map((r) => periodCounts(r) === null)).toEqual(kept.map((k) => !k));
		expect(shown.map((r) => r.cutByRange === true)).toEqual(kept.map((k) => !k));
	});

	it('a month the data (not a range) leaves partial keeps its S, E and N', () => {
		const last = rows.at(-1)!;
		expect(last.basis.kind).toBe('partial');
		expect(periodCounts(last)).toEqual({ start: last.start, end: last.end, acquired: last.acquired });
	});
});

describe('an activity window shorter than the period (QA: a CRR of −100 % marked measurable)', () => {
	// Quarters with a one-month window. Q1 2024: S = 1 (X, bought 15 Dec), E = 2 (Z 20 Mar, X 25 Mar),
	// N = 3 (Y, Y2, Z): Y and Y2 bought in January and left the base in February, so they are in N but
	// not in E and (E − N) ÷ S = −100 %. With a window of a quarter or longer every new customer of the
	// quarter is still in the base at its end.
	const { columns, customers } = columnsOf([
		[0, '2023-10-01', 10],
		[1, '2023-12-15', 20],
		[2, '2024-01-05', 30],
		[3, '2024-01-10', 30],
		[4, '2024-03-20', 40],
		[1, '2024-03-25', 25],
		[0, '2024-04-30', 10]
	]);
	const index = indexCustomers(columns, customers);
	const q1 = (window: number) => periodSeries(columns, index, 'quarter', window).find((r) => r.month === 2024 * 12);

	it.each([
		[1, { start: 1, end: 2, acquired: 3, crr: null, churn: null, basis: { kind: 'windowShort', periodMonths: 3 } }],
		[2, { start: 1, end: 2, acquired: 3, crr: null, churn: null, basis: { kind: 'windowShort', periodMonths: 3 } }],
		[3, { start: 2, end: 4, acquired: 3, crr: 0.5, churn: 0.5, basis: { kind: 'measurable' } }]
	])('a %d-month window: %o', (window, expected) => {
		expect(q1(window)).toMatchObject(expected);
	});

	it('no period is measurable with it: nothing is handed on as the last measurable CRR', () => {
		expect(lastMeasurablePeriod(periodSeries(columns, index, 'quarter', 1))).toBeNull();
		expect(lastMeasurablePeriod(periodSeries(columns, index, 'quarter', 3))?.month).toBe(2024 * 12);
	});
});

describe('a measurable CRR is never below 0, and above 100 % only through returning customers', () => {
	// Random shops (a fixed seed): every unit, windows from 1 to 13 months.
	let seed = 20240601;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const shops = Array.from({ length: 12 }, () => {
		const rows: [number, string, number][] = [];
		const customers = 5 + Math.floor(random() * 40);
		for (let c = 0; c < customers; c++) {
			let day = dayOf('2021-01-01') + Math.floor(random() * 900);
			const orders = 1 + Math.floor(random() * 5);
			for (let k = 0; k < orders && day < dayOf('2023-12-31'); k++) {
				rows.push([c, isoFromDay(day), 10]);
				day += 1 + Math.floor(random() * 200);
			}
		}
		return columnsOf(rows);
	});

	it.each(shops.map((shop, k) => [k, shop]))('shop %d', (_, { columns, customers }) => {
		const index = indexCustomers(columns, customers);
		for (const unit of ['month', 'quarter', 'year'] as const) {
			for (let window = 1; window <= 13; window++) {
				for (const row of periodSeries(columns, index, unit, window)) {
					if (row.basis.kind !== 'measurable') {
						expect(row.crr).toBeNull();
						continue;
					}
					const where = `${unit} ${row.month}, window ${window}`;
					expect(row.crr!, where).toBeGreaterThanOrEqual(0);
					// E − N − S ≤ returning: a CRR above 100 % is always explained by customers who came back.
					if (row.crr! > 1)
						expect(row.returning, where).toBeGreaterThanOrEqual(row.end - row.acquired - row.start);
				}
			}
		}
	});
});
