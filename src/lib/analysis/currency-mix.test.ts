import { describe, expect, it } from 'vitest';
import { METRIC_IDS, type MetricId } from '$lib/benchmarks/metrics';
import type { ImportWarning } from '$lib/orders/report';
import { measuresFromDataset, whatIfFromDataset } from '$lib/planner/baseline';
import { columnsOf } from '$lib/test-support/order-columns';
import { analyse } from './analyse';
import { comparableWithMix, currencyMixOf, isAmountMetric, mixedSides, reportCurrency } from './currency-mix';
import { datasetMeasures } from './measures';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';

const several = (counts: Record<string, number>): ImportWarning => ({ code: 'severalCurrencies', counts });
const other: ImportWarning = { code: 'negativeNetCustomers', count: 1 };

describe('currencyMixOf: the currencies of a data set whose orders are in several', () => {
	it.each<[string, ImportWarning[] | null | undefined, [string, number][] | null]>([
		['no report', undefined, null],
		['no warnings', [], null],
		['other warnings only', [other], null],
		[
			'USD and CAD, the most used first',
			[other, several({ CAD: 28, USD: 154 })],
			[
				['USD', 154],
				['CAD', 28]
			]
		],
		[
			'a shared mark beside a currency',
			[several({ EUR: 2, $: 1 })],
			[
				['EUR', 2],
				['$', 1]
			]
		],
		['a currency counted 0 times is no second one', [several({ USD: 3, CAD: 0 })], null]
	])('%s', (_, warnings, mix) => {
		expect(currencyMixOf(warnings)).toEqual(mix);
	});
});

describe('comparableWithMix: amounts of a mix are not set beside a figure in one currency; rates are', () => {
	const AMOUNTS: MetricId[] = ['aov', 'clv'];
	it.each(METRIC_IDS.map((metric) => [metric, AMOUNTS.includes(metric)] as const))(
		'%s is an amount: %s',
		(metric, amount) => {
			expect(isAmountMetric(metric)).toBe(amount);
			expect(
				comparableWithMix(metric, [
					['USD', 2],
					['CAD', 1]
				])
			).toBe(!amount);
			expect(comparableWithMix(metric, null)).toBe(true);
		}
	);
});

describe('reportCurrency: what the import report says under "Currency"', () => {
	it.each<[string, string | null, ImportWarning[], ReturnType<typeof reportCurrency>]>([
		['one currency', 'USD', [], { codes: ['USD'], mixed: false }],
		['none named', null, [], null],
		['USD and CAD', 'USD', [several({ USD: 154, CAD: 28 })], { codes: ['USD', 'CAD'], mixed: true }],
		['CAD the more used', 'CAD', [several({ USD: 1, CAD: 2 })], { codes: ['CAD', 'USD'], mixed: true }]
	])('%s', (_, currency, warnings, expected) => {
		expect(reportCurrency({ currency, warnings })).toEqual(expected);
	});
});

describe('mixedSides: which of two data sets side by side are in several currencies', () => {
	const mixed = [several({ USD: 2, CAD: 1 })];
	it.each<[string, ImportWarning[], ImportWarning[], ReturnType<typeof mixedSides>]>([
		['neither', [], [other], null],
		[
			'A',
			mixed,
			[],
			{
				a: [
					['USD', 2],
					['CAD', 1]
				],
				b: null
			}
		],
		[
			'B',
			[],
			mixed,
			{
				a: null,
				b: [
					['USD', 2],
					['CAD', 1]
				]
			}
		],
		[
			'both',
			mixed,
			mixed,
			{
				a: [
					['USD', 2],
					['CAD', 1]
				],
				b: [
					['USD', 2],
					['CAD', 1]
				]
			}
		]
	])('%s', (_, a, b, expected) => {
		expect(mixedSides(a, b)).toEqual(expected);
	});
});

/**
 * QA 55a (f5b_shopify_two_currencies.csv): Benchmarks set "Your Average order value: US$77.99" and
 * "Revenue per customer so far: US$131.43" of USD and CAD orders added up beside Windsor Circle's
 * US$163.09, and What-if took the AOV as USD. Here: 3 customers, 4 orders of 10, 20, 30, 40 (AOV 25,
 * revenue per customer 33.33); customer 0 buys twice (repeat rate 1/3).
 */
describe('datasetMeasures: the amounts of orders in several currencies are withheld, the rates are not', () => {
	const analysis = analyse(
		columnsOf([
			[0, '2024-01-05', 10],
			[1, '2024-01-12', 20],
			[0, '2024-02-10', 30],
			[2, '2024-03-01', 40]
		]),
		3,
		DEFAULT_ANALYSIS_SETTINGS
	).analysis;
	const mix: [string, number][] = [
		['USD', 3],
		['CAD', 1]
	];
	const metricsOf = (measures: { metric: string }[]) => measures.map((m) => m.metric).sort();

	it('one currency: AOV and revenue per customer are measures', () => {
		const record = datasetMeasures(analysis, { id: 1, name: 'x' }, 'USD', 0);
		expect(record.measures.find((m) => m.metric === 'aov')?.value).toBe(25);
		expect(record.measures.find((m) => m.metric === 'clv')?.value).toBeCloseTo(100 / 3, 10);
		expect(record.currencies).toBeUndefined();
		expect(record.withheld?.some((w) => w.reason.code === 'severalCurrencies')).toBe(false);
		// What-if: the order value of the measured 12 months (here 300 of 12 orders).
		const year = { month: 0, customers: 3, orders: 12, revenue: 300 };
		expect(whatIfFromDataset({ ...record, yearBuyers: year }).values.averageOrderValue).toBe(25);
	});

	it('USD and CAD: AOV and revenue per customer are withheld with the currencies; the repeat rate is kept', () => {
		const record = datasetMeasures(analysis, { id: 1, name: 'x', currencies: mix }, 'USD', 0);
		const reason = { code: 'severalCurrencies', currencies: mix };
		expect(record.withheld?.filter((w) => w.reason.code === 'severalCurrencies')).toEqual([
			{ metric: 'aov', reason },
			{ metric: 'clv', reason }
		]);
		expect(record.currencies).toEqual(mix);
		const measures = measuresFromDataset(record, 'ecommerce');
		expect(metricsOf(measures)).not.toContain('aov');
		expect(metricsOf(measures)).not.toContain('clv');
		expect(measures.find((m) => m.metric === 'repeatPurchaseRate')?.value).toBeCloseTo(1 / 3, 10);
		// What-if: the order value stays as typed, even with a measured year's sales.
		const year = { month: 0, customers: 3, orders: 12, revenue: 300 };
		expect(whatIfFromDataset({ ...record, yearBuyers: year }).values.averageOrderValue).toBeUndefined();
	});
});
