import { describe, expect, it } from 'vitest';
import { columnsOf, dayOfIso as d } from '$lib/test-support/order-columns';
import { analyse, type AnalysisSettings } from './analyse';
import {
	compareNotes,
	headlineCsvRows,
	headlineRows,
	periodCsvRows,
	periodPairs,
	rangeFileName,
	revenueMeasure,
	sharedSpan,
	spanLimits
} from './compare-datasets';
import lvCompare from '$lib/i18n/lv/compare';
import ruCompare from '$lib/i18n/ru/compare';
import { DEFAULT_SEED_SETTINGS } from './seed-segments';

const span = (from: string, to: string) => ({ minDay: d(from), maxDay: d(to) });

describe('sharedSpan and notes', () => {
	it.each([
		[span('2023-01-01', '2023-06-30'), span('2023-03-01', '2023-12-31'), span('2023-03-01', '2023-06-30')],
		[span('2023-01-01', '2023-01-31'), span('2023-01-31', '2023-02-28'), span('2023-01-31', '2023-01-31')],
		[span('2023-01-01', '2023-01-31'), span('2023-02-01', '2023-02-28'), null]
	])('%o and %o share %o', (a, b, shared) => {
		expect(sharedSpan(a, b)).toEqual(shared);
		expect(sharedSpan(b, a)).toEqual(shared);
	});

	// A file naming no currency is shown in the user's setting, as on the Analysis page (QA: €26,220.69
	// there, "26,220.69 (an unknown currency)" here): the currencies differ only when what is shown differs.
	it.each([
		['EUR', 'EUR', 'EUR', null, null],
		['EUR', 'USD', 'EUR', { a: 'EUR', b: 'USD' }, null],
		[null, null, 'EUR', null, { a: true, b: true, setting: 'EUR' }],
		['EUR', null, 'EUR', null, { a: false, b: true, setting: 'EUR' }],
		['USD', null, 'EUR', { a: 'USD', b: 'EUR' }, { a: false, b: true, setting: 'EUR' }]
	] as const)('currencies %s and %s with the setting %s', (a, b, setting, currencies, assumed) => {
		const s = span('2023-01-01', '2023-01-31');
		expect(compareNotes({ span: s, currency: a }, { span: s, currency: b }, setting)).toEqual({
			currencies,
			assumed,
			spans: null
		});
	});

	it.each([
		// QA: A 1 Oct 2024 – 20 Nov 2026, B 7 Mar 2025 – 31 Aug 2026: B bounds both ends
		[span('2024-10-01', '2026-11-20'), span('2025-03-07', '2026-08-31'), { from: 'b', to: 'b' }],
		[span('2025-03-07', '2026-11-20'), span('2024-10-01', '2026-08-31'), { from: 'a', to: 'b' }],
		[span('2024-10-01', '2026-08-31'), span('2024-10-01', '2026-08-31'), { from: 'a', to: 'a' }]
	])('the days both cover are bounded by %o and %o: %o', (a, b, limits) => {
		expect(spanLimits(a, b)).toEqual(limits);
	});

	it.each([
		['netSales', 'net_sales'],
		['netSalesColumn', 'net_sales'],
		['lineTyped', 'net_sales_item_rows'],
		['lineItems', 'sales_quantity_x_price'],
		['lineAmounts', 'revenue_item_amounts'],
		['totalLessShipping', 'revenue_order_totals_less_shipping'],
		['orderTotal', 'revenue_order_totals'],
		['mixed', 'revenue_order_totals'],
		[undefined, 'revenue_order_totals']
	] as const)('revenue of basis %s is named %s, as the Analysis page names it', (basis, measure) => {
		expect(revenueMeasure(basis)).toBe(measure);
	});

	it('names the range in export file names', () => {
		expect(rangeFileName({ from: d('2025-01-04'), to: d('2026-10-25') })).toBe('2025-01-04-to-2026-10-25');
		expect(rangeFileName(null)).toBe('all-orders');
	});

	it('says when the spans differ, with the days both cover', () => {
		const a = span('2023-01-01', '2023-06-30');
		const b = span('2023-03-01', '2023-12-31');
		expect(compareNotes({ span: a, currency: 'EUR' }, { span: b, currency: 'EUR' }, 'EUR').spans).toEqual({
			a,
			b,
			shared: span('2023-03-01', '2023-06-30')
		});
	});
});

describe('two data sets side by side, by hand', () => {
	const settings: AnalysisSettings = { period: 'month', windowMonths: 1, seed: DEFAULT_SEED_SETTINGS };
	// Shop A: three customers in January and February. Shop B: two customers in February and March.
	const a = analyse(
		columnsOf([
			[0, '2023-01-05', 100],
			[1, '2023-01-20', 50],
			[0, '2023-02-10', 30],
			[2, '2023-02-28', 20]
		]),
		3,
		settings
	).analysis;
	const b = analyse(
		columnsOf([
			[0, '2023-02-01', 10],
			[1, '2023-03-15', 40],
			[0, '2023-03-31', 10]
		]),
		2,
		settings
	).analysis;

	it('puts the headline figures of each beside each other', () => {
		const rows = headlineRows(a, b);
		const plain = { basisA: null, basisB: null, periodA: null, periodB: null, periodsDiffer: false };
		expect(rows.find((r) => r.id === 'customers')).toEqual({ id: 'customers', a: 3, b: 2, ...plain });
		expect(rows.find((r) => r.id === 'revenue')).toEqual({ id: 'revenue', a: 200, b: 60, ...plain });
		expect(rows.find((r) => r.id === 'aov')).toEqual({ id: 'aov', a: 50, b: 20, ...plain });
		expect(rows.find((r) => r.id === 'repeat')).toEqual({ id: 'repeat', a: 1 / 3, b: 1 / 2, ...plain });
	});

	it('flags what the Analysis page flags: per-year figures from under 90 days, CRRs not yet measurable', () => {
		// 55 and 59 days of data: no frequency per year and no CLV for either. A's February starts before
		// one window (a month) after its first order: no CRR. B's March is measurable: S = customer 0
		// (bought 1 Feb), E = both (15 and 31 Mar), N = customer 1, so CRR = (2 − 1) / 1 = 100 %.
		const rows = headlineRows(a, b);
		const row = (id: string) => rows.find((r) => r.id === id)!;
		for (const id of ['frequency', 'clv'])
			expect(row(id)).toMatchObject({ a: null, b: null, basisA: 'tooShort', basisB: 'tooShort' });
		expect(row('crr')).toMatchObject({ a: null, b: 1, basisA: 'notMeasurable', basisB: null });
		expect(row('churn')).toMatchObject({ a: null, b: 0, basisA: 'notMeasurable', basisB: null });
	});

	it('matches periods by month: January only in A, March only in B', () => {
		const pairs = periodPairs(a.periods, b.periods);
		expect(pairs.map((p) => [p.a !== null, p.b !== null])).toEqual([
			[true, false],
			[true, true],
			[false, true]
		]);
		const csv = periodCsvRows(pairs, { a: 'orders_export_1', b: 'orders_export_1' });
		// Two exports of one name: the columns say which side each is.
		expect(csv[0]).toEqual([
			'period_start',
			'A: orders_export_1 S',
			'A: orders_export_1 E',
			'A: orders_export_1 N',
			'A: orders_export_1 CRR',
			'A: orders_export_1 CRR note',
			'B: orders_export_1 S',
			'B: orders_export_1 E',
			'B: orders_export_1 N',
			'B: orders_export_1 CRR',
			'B: orders_export_1 CRR note',
			'range'
		]);
		expect(csv[1].slice(0, 1)).toEqual(['2023-01-01']);
		// Why each CRR is empty (QA: blank cells with no reason). A's January: the data starts on 5 January,
		// so it covers 27 of its 31 days; A's February starts before one window (a month) after 5 January.
		expect(csv[1].slice(5, 6)).toEqual(['partial: the data covers 27 of 31 days']);
		expect(csv[1].slice(6)).toEqual([null, null, null, null, 'no data', 'all orders']);
		expect(csv[2][5]).toBe('base still building: measurable from 2023-02-05');
		expect(csv[3][0]).toBe('2023-03-01');
		// B's March is measured: (2 − 1) / 1, no note
		expect(csv[3].slice(9, 11)).toEqual([1, '']);
		// A's March: no data in A
		expect(csv[3].slice(1, 6)).toEqual([null, null, null, null, 'no data']);
	});

	it('leaves S, E and N of a period the range cuts empty (they would count days outside it)', () => {
		// Customers first buying 2, 20 and 25 March; the range 1–10 March cuts March: its S, E and N of the
		// whole month (N = 3) are not the range's (1 new customer).
		const orders = columnsOf([
			[0, '2023-02-01', 10],
			[1, '2023-03-02', 10],
			[2, '2023-03-20', 10],
			[3, '2023-03-25', 10],
			[0, '2023-04-30', 10]
		]);
		const ranged = { ...settings, range: { from: d('2023-03-01'), to: d('2023-03-10') } };
		const one = analyse(orders, 4, ranged).analysis;
		const csv = periodCsvRows(periodPairs(one.periods, one.periods), {
			a: 'orders_export_1',
			b: 'orders_export_1'
		});
		expect(periodCsvRows(periodPairs(one.periods, one.periods), { a: 'x', b: 'y' }, ranged.range).slice(1)).toEqual(
			[
				[
					'2023-03-01',
					...[null, null, null, null, 'cut by the date range: 10 of 31 days in it'],
					...[null, null, null, null, 'cut by the date range: 10 of 31 days in it'],
					'2023-03-01/2023-03-10'
				]
			]
		);
		expect(csv[1][5]).toBe('cut by the date range: 10 of 31 days in it');
		const whole = analyse(orders, 4, settings).analysis;
		const march = periodCsvRows(periodPairs(whole.periods, whole.periods), {
			a: 'orders_export_1',
			b: 'orders_export_1'
		})[2];
		expect(march[0]).toBe('2023-03-01');
		expect(march[3]).toBe(3);
	});

	it('the key-figures CSV says the range, names each revenue measure, flags two measures and an assumed currency', () => {
		// QA: compare?a=1&b=4&from=2025-01-04&to=2026-10-25: A's net sales beside B's order totals under one
		// "revenue", B's file naming no currency, and no range anywhere in the file.
		const range = { from: d('2025-01-04'), to: d('2026-10-25') };
		const csv = headlineCsvRows(
			headlineRows(a, b),
			{ a: 'shopA', b: 'generic' },
			{ a: 'EUR', b: 'EUR' },
			{ range, revenue: { a: 'net_sales', b: 'revenue_order_totals' }, assumed: { a: false, b: true } }
		);
		const note =
			"revenue measured differently: A as net_sales, B as revenue_order_totals; not comparable; B: the file names no currency; EUR is the user's setting";
		const none = ['', null, null, null];
		expect(csv[1]).toEqual(['customers', '', 3, '', ...none, '', 2, '', ...none, '', '2025-01-04/2026-10-25', '']);
		expect(csv.find((r) => String(r[0]).startsWith('net_sales'))).toEqual([
			'net_sales (A) / revenue_order_totals (B)',
			'EUR',
			200,
			'',
			...none,
			'EUR',
			60,
			'',
			...none,
			'',
			'2025-01-04/2026-10-25',
			note
		]);
		// revenue per customer and AOV are amounts of the same measures
		expect(csv.find((r) => r[0] === 'aov')!.at(-1)).toBe(note);
		// Both net sales, both currencies from the files: the measure's own name and no note
		const same = headlineCsvRows(
			headlineRows(a, b),
			{ a: 'shopA', b: 'shopB' },
			{ a: 'EUR', b: 'EUR' },
			{ range: null, revenue: { a: 'net_sales', b: 'net_sales' }, assumed: { a: false, b: false } }
		);
		expect(same.find((r) => r[0] === 'net_sales')!.slice(-2)).toEqual(['all orders', '']);
	});

	// The notes are written in the user's language, as the other CSV exports are (they were English only).
	it('writes its notes in the user’s language: Latvian', () => {
		const csv = headlineCsvRows(
			headlineRows(a, b),
			{ a: 'shopA', b: 'generic' },
			{ a: 'EUR', b: 'EUR' },
			{ range: null, revenue: { a: 'net_sales', b: 'revenue_order_totals' }, assumed: { a: false, b: true } },
			lvCompare.csv
		);
		expect(csv.find((r) => r[0] === 'aov')!.slice(-2)).toEqual([
			'visi pasūtījumi',
			'ieņēmumi mērīti atšķirīgi: A kā net_sales, B kā revenue_order_totals; nav salīdzināmi; B: failā nav norādīta valūta; EUR ir lietotāja iestatījums'
		]);
		const periods = periodCsvRows(periodPairs(a.periods, b.periods), { a: 'x', b: 'y' }, null, lvCompare.csv);
		expect(periods[1][5]).toBe('daļējs: dati aptver 27 no 31 dienas');
		expect(periods[1].slice(10)).toEqual(['nav datu', 'visi pasūtījumi']);
		expect(periods[2][5]).toBe('bāze vēl veidojas: izmērāms no 2023-02-05');
		const russian = periodCsvRows(periodPairs(a.periods, b.periods), { a: 'x', b: 'y' }, null, ruCompare.csv);
		expect(russian[1][5]).toBe('неполный: данные охватывают 27 из 31 дня');
	});

	it('names each amount’s currency in the CSV and never a difference of the two', () => {
		const csv = headlineCsvRows(
			headlineRows(a, b),
			{ a: 'orders_export_1', b: 'orders_export_1' },
			{ a: 'EUR', b: 'USD' }
		);
		expect(csv[0]).toEqual([
			'figure',
			'unit_a',
			'A: orders_export_1',
			'basis_a',
			'period_a',
			'S_a',
			'E_a',
			'N_a',
			'unit_b',
			'B: orders_export_1',
			'basis_b',
			'period_b',
			'S_b',
			'E_b',
			'N_b',
			'periods_differ',
			'range',
			'note'
		]);
		const none = ['', null, null, null];
		// Without a context: revenue of an unrecorded basis is order totals, as on the Analysis page
		expect(csv.find((r) => r[0] === 'revenue_order_totals')).toEqual([
			'revenue_order_totals',
			'EUR',
			200,
			'',
			...none,
			'USD',
			60,
			'',
			...none,
			'',
			'all orders',
			''
		]);
		expect(csv.find((r) => r[0] === 'repeat')).toEqual([
			'repeat',
			'fraction',
			0.3333,
			'',
			...none,
			'fraction',
			0.5,
			'',
			...none,
			'',
			'all orders',
			''
		]);
		expect(csv.find((r) => r[0] === 'orders')).toEqual([
			'orders',
			'',
			4,
			'',
			...none,
			'',
			3,
			'',
			...none,
			'',
			'all orders',
			''
		]);
		// B's CRR is of March 2023, (2 − 1) ÷ 1; A has none.
		expect(csv.find((r) => r[0] === 'crr')).toEqual([
			'crr',
			'fraction',
			null,
			'notMeasurable',
			...none,
			'fraction',
			1,
			'',
			'2023-03-01/2023-03-31',
			1,
			2,
			1,
			'',
			'all orders',
			''
		]);
	});
});

describe('a CRR names its period (QA: A 75 % of Q1 2024 beside B 70 % of Q4 2023, unnamed)', () => {
	const settings: AnalysisSettings = { period: 'month', windowMonths: 1, seed: DEFAULT_SEED_SETTINGS };
	// A ends on 31 March: March is its last measurable month, S = 1 (customer 0), E = 2, N = 1 → 100 %.
	const a = analyse(
		columnsOf([
			[0, '2023-01-05', 10],
			[0, '2023-02-10', 10],
			[0, '2023-03-10', 10],
			[1, '2023-03-20', 10],
			[0, '2023-03-31', 10]
		]),
		2,
		settings
	).analysis;
	// B ends on 30 April: April is, S = 2 (customers 0 and 2), E = 2 (0 and 1), N = 1 → 50 %.
	const b = analyse(
		columnsOf([
			[0, '2023-02-05', 10],
			[0, '2023-03-10', 10],
			[2, '2023-03-15', 10],
			[0, '2023-04-10', 10],
			[1, '2023-04-20', 10],
			[0, '2023-04-30', 10]
		]),
		3,
		settings
	).analysis;
	const march = {
		month: 2023 * 12 + 2,
		firstDay: d('2023-03-01'),
		lastDay: d('2023-03-31'),
		start: 1,
		end: 2,
		acquired: 1
	};
	const april = {
		month: 2023 * 12 + 3,
		firstDay: d('2023-04-01'),
		lastDay: d('2023-04-30'),
		start: 2,
		end: 2,
		acquired: 1
	};

	it.each([
		// sides, figure, values, periods, differ?
		['A, B', 'crr', [1, 0.5], [march, april], true],
		['A, B', 'churn', [0, 0.5], [march, april], true],
		['A, A', 'crr', [1, 1], [march, march], false],
		['A, B', 'customers', [2, 3], [null, null], false]
	] as const)('%s: %s', (sides, id, values, periods, differ) => {
		const row = headlineRows(a, sides === 'A, A' ? a : b).find((r) => r.id === id)!;
		expect([row.a, row.b]).toEqual(values);
		expect([row.periodA, row.periodB]).toEqual(periods);
		expect(row.periodsDiffer).toBe(differ);
	});

	it('the CSV carries each side’s period with S, E and N, and says the periods differ', () => {
		const csv = headlineCsvRows(headlineRows(a, b), { a: 'a', b: 'b' }, { a: 'EUR', b: 'EUR' });
		expect(csv.find((r) => r[0] === 'crr')).toEqual([
			'crr',
			'fraction',
			1,
			'',
			'2023-03-01/2023-03-31',
			1,
			2,
			1,
			'fraction',
			0.5,
			'',
			'2023-04-01/2023-04-30',
			2,
			2,
			1,
			'yes',
			'all orders',
			''
		]);
	});
});

describe('an activity window shorter than the period is flagged as such, not as “not yet measurable”', () => {
	const orders = columnsOf([
		[0, '2023-10-01', 10],
		[1, '2023-12-15', 20],
		[2, '2024-01-05', 30],
		[3, '2024-01-10', 30],
		[4, '2024-03-20', 40],
		[1, '2024-03-25', 25],
		[0, '2024-04-30', 10]
	]);
	it.each([
		[1, 'windowShort', null],
		[3, null, 0.5]
	])('quarters with a %d-month window: %s', (windowMonths, basis, crr) => {
		const one = analyse(orders, 5, { period: 'quarter', windowMonths, seed: DEFAULT_SEED_SETTINGS }).analysis;
		const row = headlineRows(one, one).find((r) => r.id === 'crr')!;
		expect(row).toMatchObject({ a: crr, basisA: basis, b: crr, basisB: basis });
	});
});
