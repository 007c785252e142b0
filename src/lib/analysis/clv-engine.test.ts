import { describe, expect, it } from 'vitest';
import { CDNOW_CALIBRATION_END, cdnowDirectory, readCdnowFile, readCdnowSample } from '$lib/models/fixtures/cdnow';
import type { OrderColumns } from '$lib/orders/columns';
import { syntheticOrderColumns } from '$lib/synthetic/orders';
import { buildCustomerSummary } from '$lib/models';
import { analyse } from './analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from './cache';
import {
	bootstrapOverview,
	clvOverview,
	clvTable,
	CLV_COLUMNS,
	DEFAULT_CLV_SETTINGS,
	firstRowsInOrder,
	fitFromOrders,
	fitFromRows,
	holdoutCheck,
	perUnitDiscountRate,
	segmentOfRows,
	startBootstrap,
	suggestSplit
} from './clv-engine';
import { noDropoutOrders } from '../../../tests/fixtures/clv/no-dropout';

const directory = cdnowDirectory();
if (!directory) console.warn('\n!!! ../shared/data/cdnow is missing: the CDNOW CLV tests are skipped !!!\n');
const cdnow = directory ? readCdnowSample(readCdnowFile(directory, 'CDNOW_sample.txt')) : null;
const lastDay = (orders: OrderColumns) => orders.day.reduce((a, b) => Math.max(a, b), -Infinity);

describe.skipIf(!cdnow)('CDNOW sample', () => {
	it('a hold-out check calibrated on 1997-09-30 fits the published BG/NBD parameters and compares the hold-out', () => {
		const { orders, customerCount } = cdnow!;
		const check = holdoutCheck(orders, customerCount, 'week', CDNOW_CALIBRATION_END, lastDay(orders));
		expect(check.readiness.ok).toBe(true);
		expect(check.calibrationCustomers).toBe(2357);
		expect(check.params!.r).toBeCloseTo(0.2426, 3);
		expect(check.params!.alpha).toBeCloseTo(4.414, 1);
		expect(check.params!.a).toBeCloseTo(0.793, 2);
		expect(check.params!.b).toBeCloseTo(2.426, 2);
		expect(check.holdoutLength).toBeCloseTo(39, 0);
		// Distinct purchase days of the 2,357 customers from October 1997 to June 1998.
		expect(check.errors!.actualTotal).toBe(1882);
		expect(check.buckets.map((b) => b.customers).reduce((a, b) => a + b)).toBe(2357);
		expect(check.buckets.at(-1)).toMatchObject({ frequency: 7, orMore: true });
	});

	it('predicts CLV for every customer, with segment sums that add up to the total', () => {
		const { orders, customerCount } = cdnow!;
		const run = fitFromOrders(orders, customerCount, DEFAULT_CLV_SETTINGS);
		const { detail } = analyse(orders, customerCount, DEFAULT_ANALYSIS_SETTINGS);
		const overview = clvOverview(run, detail.rfm.segment);
		expect(overview.readiness.ok).toBe(true);
		expect(overview.customers).toBe(2357);
		expect(overview.totals!.clv).toBeGreaterThan(0);
		const segmentTotal = overview.segments.reduce((sum, s) => sum + s.clv, 0);
		expect(segmentTotal).toBeCloseTo(overview.totals!.clv, 6);
		expect(overview.segments.reduce((n, s) => n + s.customers, 0)).toBe(2357);
		// Customers who have not bought for long are less likely alive than champions.
		const table = clvTable(
			run,
			Array.from({ length: customerCount }, (_, i) => `c${i}`),
			segmentOfRows(run, detail.rfm.segment),
			{
				sort: 'clv',
				descending: true,
				search: '',
				offset: 0,
				limit: 5
			}
		);
		expect(table.total).toBe(2357);
		expect(table.rows[0].clv).toBeGreaterThanOrEqual(table.rows[4].clv);
	});
});

/** Orders from the project's synthetic BG/NBD world (known to fit). */
function orders(n: number): { orders: OrderColumns; customerCount: number } {
	const synthetic = syntheticOrderColumns(n, 5);
	return { orders: synthetic.orders, customerCount: synthetic.customerCount };
}

describe('CLV engine', () => {
	it.each([
		[0.1, 'week', Math.pow(1.1, 7 / 365.25) - 1],
		[0.1, 'month', Math.pow(1.1, 1 / 12) - 1],
		[0.12, 'day', Math.pow(1.12, 1 / 365.25) - 1]
	] as const)('a yearly discount rate of %d is %s per %s', (annual, unit, expected) => {
		expect(perUnitDiscountRate(annual, unit)).toBeCloseTo(expected, 12);
	});

	it('refuses, saying what is missing, when there are too few customers', () => {
		const few = orders(12);
		const overview = clvOverview(fitFromOrders(few.orders, few.customerCount, DEFAULT_CLV_SETTINGS), null);
		expect(overview.readiness.ok).toBe(false);
		expect(overview.readiness.problems).toContainEqual({ code: 'too-few-customers', customers: 12, minimum: 30 });
		// Refused before fitting: no model, no totals.
		expect(overview.bgnbd).toBeNull();
		expect(overview.gammaGamma).toBeNull();
		expect(overview.totals).toBeNull();
	});

	it('goes from orders to CLV for every customer, timing each stage, and its hold-out check predicts the hold-out', () => {
		const { orders: data, customerCount, lastDay: last } = syntheticOrderColumns(4000, 3);
		const run = fitFromOrders(data, customerCount, DEFAULT_CLV_SETTINGS);
		const overview = clvOverview(run, null);
		expect(overview.readiness.ok).toBe(true);
		expect(overview.bgnbd?.converged).toBe(true);
		expect(overview.gammaGamma?.converged).toBe(true);
		expect(run.models.clv?.totals.customers).toBe(run.rows.count);
		expect(overview.totals!.clv).toBeGreaterThan(0);
		expect(overview.timings.bgnbd).toBeGreaterThan(0);
		expect(overview.timings.clv).toBeGreaterThan(0);
		const check = holdoutCheck(data, customerCount, 'week', last - 182, last);
		expect(check.readiness.ok).toBe(true);
		expect(check.holdoutLength).toBeCloseTo(26, 10);
		// A correctly specified model predicts the hold-out total within a few per cent.
		expect(Math.abs(check.errors!.totalPercentError!)).toBeLessThan(10);
	});

	it('refuses CLV, after fitting the purchases, when no repeat buyer has positive spend', () => {
		const { orders: data, customerCount } = syntheticOrderColumns(2000, 4);
		const refunded = { ...data, amount: new Float64Array(data.amount.length) };
		const overview = clvOverview(fitFromOrders(refunded, customerCount, DEFAULT_CLV_SETTINGS), null);
		expect(overview.bgnbd?.converged).toBe(true);
		expect(overview.readiness.problems.map((p) => p.code)).toEqual(['no-positive-spend']);
		expect(overview.gammaGamma).toBeNull();
		expect(overview.totals).toBeNull();
	});

	it('sorts, searches and pages the customer table', () => {
		const data = orders(400);
		const run = fitFromOrders(data.orders, data.customerCount, DEFAULT_CLV_SETTINGS);
		expect(run.models.readiness.ok).toBe(true);
		const names = Array.from({ length: data.customerCount }, (_, i) => `cust-${String(i).padStart(3, '0')}`);
		const byName = clvTable(run, names, null, {
			sort: 'customer',
			descending: false,
			search: '',
			offset: 10,
			limit: 3
		});
		expect(byName.rows.map((r) => r.customer)).toEqual(['cust-010', 'cust-011', 'cust-012']);
		const search = clvTable(run, names, null, {
			sort: 'clv',
			descending: true,
			search: 'CUST-39',
			offset: 0,
			limit: 50
		});
		expect(search.total).toBe(10);
		expect(search.rows.every((r) => r.customer.startsWith('cust-39'))).toBe(true);
		const values = search.rows.map((r) => r.clv);
		expect(values).toEqual([...values].sort((a, b) => b - a));
		const byAlive = clvTable(run, names, null, {
			sort: 'probabilityAlive',
			descending: false,
			search: '',
			offset: 0,
			limit: 400
		});
		expect(
			byAlive.rows.every((r, i) => i === 0 || r.probabilityAlive >= byAlive.rows[i - 1].probabilityAlive)
		).toBe(true);
	});

	it('picks the first pages from the rows in the same order as sorting them all', () => {
		const data = orders(3000);
		const run = fitFromOrders(data.orders, data.customerCount, DEFAULT_CLV_SETTINGS);
		// Ids out of row order, so that ties in a column are broken by an order of their own.
		const names = Array.from({ length: data.customerCount }, (_, i) => `c${(i * 7919) % 10007}`);
		const segments = segmentOfRows(
			run,
			new Uint8Array(data.customerCount).map((_, i) => i % 4)
		);
		// Many rows share a value (x = 0 and the same age): those ties are ordered by id.
		expect(new Set(run.models.clv!.clv).size).toBeLessThan(run.rows.count);
		const pages: [number, number][] = [
			[0, 25],
			[25, 25],
			[975, 25],
			[2990, 25]
		];
		for (const sort of CLV_COLUMNS)
			for (const descending of [true, false])
				for (const [offset, limit] of pages) {
					run.sorted.clear();
					const picked = clvTable(run, names, segments, { sort, descending, search: '', offset, limit });
					expect(run.sorted.has(sort)).toBe(offset + limit > 1000);
					// A page deeper than the pick limit sorts all rows: the reference.
					const all = clvTable(run, names, segments, {
						sort,
						descending,
						search: '',
						offset: 0,
						limit: 5000
					});
					expect(run.sorted.has(sort)).toBe(true);
					expect(picked.total).toBe(all.total);
					expect(picked.rows, `${sort} ${descending ? 'desc' : 'asc'} ${offset}`).toEqual(
						all.rows.slice(offset, offset + limit)
					);
				}
	});

	it('sorts all rows when two rows are tied exactly (same value, same id), and when a value is NaN', () => {
		const data = orders(400);
		const run = fitFromOrders(data.orders, data.customerCount, DEFAULT_CLV_SETTINGS);
		const same = Array.from({ length: data.customerCount }, () => 'same');
		clvTable(run, same, null, { sort: 'x', descending: true, search: '', offset: 0, limit: 25 });
		expect(run.sorted.has('x')).toBe(true);
		const names = Array.from({ length: data.customerCount }, (_, i) => `c${i}`);
		run.sorted.clear();
		const monetary = run.rows.monetary[5];
		run.rows.monetary[5] = NaN;
		clvTable(run, names, null, { sort: 'monetary', descending: true, search: '', offset: 0, limit: 25 });
		expect(run.sorted.has('monetary')).toBe(true);
		run.rows.monetary[5] = monetary;
	});

	it('finds the first rows of an order with a bounded heap', () => {
		const values = [5, 3, 9, 1, 7, 3.5, 8, 2];
		const ascending = (a: number, b: number) => values[a] - values[b];
		for (const k of [0, 1, 3, 8, 20])
			expect(Array.from(firstRowsInOrder(values.length, k, ascending)!)).toEqual(
				[3, 7, 1, 5, 0, 4, 6, 2].slice(0, k)
			);
		expect(firstRowsInOrder(3, 2, () => 0)).toBeNull();
	});

	it('works from a per-customer summary file’s rows', () => {
		const data = orders(500);
		const rows = buildCustomerSummary(data.orders, data.customerCount, { unit: 'week' });
		const overview = clvOverview(
			fitFromRows(
				{ count: rows.count, x: rows.x, tx: rows.tx, T: rows.T, monetary: rows.monetary },
				DEFAULT_CLV_SETTINGS
			),
			null
		);
		expect(overview.readiness.ok).toBe(true);
		expect(overview.segments).toEqual([]);
		const fromOrders = clvOverview(fitFromOrders(data.orders, data.customerCount, DEFAULT_CLV_SETTINGS), null);
		expect(overview.totals!.clv).toBeCloseTo(fromOrders.totals!.clv, 6);
	});

	it('bootstraps an interval around the total and each segment', () => {
		const data = orders(300);
		const run = fitFromOrders(data.orders, data.customerCount, DEFAULT_CLV_SETTINGS);
		const segment = Int32Array.from({ length: run.rows.count }, (_, i) => i % 2);
		const bootstrap = startBootstrap(run, segment, 20, 3)!;
		while (bootstrap.next());
		const result = bootstrapOverview(bootstrap);
		expect(result.replicates + result.failedFits).toBe(20);
		expect(result.total.low).toBeLessThanOrEqual(result.total.high);
		expect(result.total.low).toBeLessThan(result.total.estimate * 1.5);
		expect(result.segments.slice(0, 2).every((s) => s.interval.low <= s.interval.high)).toBe(true);
	});
});

describe('a year of customers who never drop out (the fit runs to a → 0)', () => {
	const { orders: data, customerCount, firstDay, lastDay: last } = noDropoutOrders(600, 12);
	const run = fitFromOrders(data, customerCount, DEFAULT_CLV_SETTINGS);
	const overview = clvOverview(run, null);

	it('predicts instead of refusing, at the no-drop-out limit, with the CLV total along the ridge', () => {
		expect(overview.readiness.ok).toBe(true);
		expect(overview.bgnbd!.params.a).toBe(0);
		expect(overview.readiness.warnings.map((w) => w.code)).toContain('no-dropout');
		expect(overview.totals!.meanProbabilityAlive).toBe(1);
		const ridge = overview.ridge!;
		expect(ridge.points.find((p) => p.used)!.clvTotal).toBeCloseTo(overview.totals!.clv, 6);
		expect(ridge.low).toBeLessThanOrEqual(overview.totals!.clv);
		expect(ridge.high).toBeGreaterThanOrEqual(overview.totals!.clv);
		expect(ridge.gapLimit).toBeCloseTo(1.92, 2);
		// Structured-clonable for postMessage (b = ∞ survives).
		expect(structuredClone(overview).bgnbd!.params.b).toBe(Infinity);
	});

	it('the hold-out check runs on such data instead of refusing "a ran off to 0"', () => {
		for (const split of [firstDay + 180, firstDay + 243, firstDay + 300]) {
			const check = holdoutCheck(data, customerCount, 'week', split, last, firstDay);
			expect(check.readiness.ok, `split ${split}`).toBe(true);
			expect(check.errors!.actualTotal).toBeGreaterThan(0);
			expect(
				check.readiness.warnings.some((w) => w.code === 'no-dropout' || w.code === 'dropout-uncertain')
			).toBe(true);
		}
	});

	it('a split with too little before it is refused with a split that works suggested', () => {
		const check = holdoutCheck(data, customerCount, 'week', firstDay + 3, last, firstDay);
		expect(check.readiness.ok).toBe(false);
		expect(check.readiness.problems.map((p) => p.code)).toContain('too-few-repeat-buyers');
		expect(check.suggestedSplit).toBe(firstDay + Math.round(((last - firstDay) * 2) / 3));
		expect(holdoutCheck(data, customerCount, 'week', check.suggestedSplit!, last, firstDay).readiness.ok).toBe(
			true
		);
	});

	it('bootstraps with every replicate kept', () => {
		const bootstrap = startBootstrap(run, null, 10, 2)!;
		while (bootstrap.next());
		const result = bootstrapOverview(bootstrap);
		expect(result.replicates).toBe(10);
		expect(result.failedFits).toBe(0);
		expect(result.unboundedSpend).toBe(0);
		expect(result.noDropoutFits).toBeGreaterThan(0);
	});
});

describe('a one-day file (51 orders on 7 Dec 2025)', () => {
	const day = Date.UTC(2025, 11, 7) / 86_400_000;
	const customer = Int32Array.from({ length: 51 }, (_, i) => (i * 7) % 40);
	const oneDay: OrderColumns = {
		count: 51,
		customer,
		day: new Int32Array(51).fill(day),
		amount: new Float64Array(51).fill(20)
	};

	it('refuses the prediction saying there is no time to observe, and no split exists', () => {
		const overview = clvOverview(fitFromOrders(oneDay, 40, DEFAULT_CLV_SETTINGS), null);
		expect(overview.readiness.ok).toBe(false);
		expect(overview.readiness.problems.map((p) => p.code)).toContain('no-observation-time');
		expect(suggestSplit(oneDay, 40, 'week', day, day, day)).toBeNull();
		expect(suggestSplit(oneDay, 40, 'week', day, day + 1, day)).toBeNull();
	});
});
