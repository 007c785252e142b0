import { describe, expect, it } from 'vitest';
import type { OrderColumns } from '../orders/columns';
import { withoutDetaching } from '$lib/test-support/detaching-transfer';
import { groupCustomers } from './bgnbd-groups';
import { computeClv } from './clv';
import { fitGammaGamma } from './gamma-gamma';
import { runClvModels, type ClvModelsResult } from './pipeline';
import { mulberry32 } from './random';
import { buildCustomerSummary, type CustomerRows } from './summary';

/**
 * The fit frees its temporary arrays at once (`discard`, which detaches their buffers): the node
 * tests run with a detaching `ArrayBuffer.prototype.transfer` (tests/setup/detaching-buffers.ts),
 * so that an array freed while still in use shows as a wrong or missing result; the baselines here
 * are made without it (`withoutDetaching`), as in a run where nothing is freed.
 */

/**
 * Orders of `customers` customers (every `skipEvery`th one with none), from a seeded BG/NBD-like
 * process: a purchase rate and a drop-out chance per customer, a spend level per customer.
 */
function ordersOf(customers: number, seed: number, skipEvery = 0): OrderColumns {
	const random = mulberry32(seed);
	const customer: number[] = [];
	const day: number[] = [];
	const amount: number[] = [];
	const end = 19700;
	for (let c = 0; c < customers; c++) {
		if (skipEvery > 0 && c % skipEvery === 0) continue;
		const rate = -Math.log(1 - random()) * 0.02;
		const dropout = 0.1 + 0.3 * random();
		const level = 20 + 80 * random();
		for (let d = 19000 + Math.floor(random() * 500); d <= end;) {
			customer.push(c);
			day.push(d);
			amount.push(Math.round(level * (0.5 + random()) * 100) / 100);
			if (random() < dropout) break;
			d += 1 + Math.floor(-Math.log(1 - random()) / rate);
		}
	}
	return {
		count: customer.length,
		customer: Int32Array.from(customer),
		day: Int32Array.from(day),
		amount: Float64Array.from(amount)
	};
}

/** The numbers a model run gives, as plain data (arrays copied out). */
function resultsOf(result: ClvModelsResult) {
	if (!result.clv) throw new Error(JSON.stringify(result.readiness));
	const clv = result.clv;
	return {
		bgnbd: result.bgnbd!.params,
		gammaGamma: result.gammaGamma!.params,
		ridge: result.ridge && result.ridge.points.map((p) => p.clvTotal),
		totals: clv.totals,
		probabilityAlive: Array.from(clv.probabilityAlive),
		expectedPurchases: Array.from(clv.expectedPurchases),
		expectedSpend: Array.from(clv.expectedSpend),
		clv: Array.from(clv.clv)
	};
}

const OPTIONS = { unit: 'week' as const, horizonMonths: 12, annualDiscountRate: 0.1, margin: 1 };

describe('the CLV fit with its temporary arrays freed at once', () => {
	it.each([
		['every customer has orders (the summary keeps its arrays whole)', 0],
		['some customers have none (the summary cuts its arrays)', 7]
	])('gives the same summary, fits and predictions as without freeing: %s', (_, skipEvery) => {
		const orders = ordersOf(3000, 11, skipEvery);
		const { expected, rows } = withoutDetaching(() => {
			const before = buildCustomerSummary(orders, 3000, { unit: 'week' });
			return {
				expected: resultsOf(runClvModels(before, OPTIONS)),
				rows: { x: Array.from(before.x), T: Array.from(before.T), customer: Array.from(before.customer) }
			};
		});
		const summary = buildCustomerSummary(orders, 3000, { unit: 'week' });
		expect(summary.count).toBe(skipEvery ? 3000 - Math.ceil(3000 / skipEvery) : 3000);
		// The summary's arrays are readable whole (none of them was freed with the sort).
		expect(Array.from(summary.x)).toEqual(rows.x);
		expect(Array.from(summary.T)).toEqual(rows.T);
		expect(Array.from(summary.customer)).toEqual(rows.customer);
		const result = runClvModels(summary, OPTIONS);
		expect(resultsOf(result)).toEqual(expected);
		// The rows given to the run are the caller's: still whole after it.
		expect(Array.from(summary.x)).toEqual(rows.x);
	});

	it('groups customers the same, and keeps the groups readable, with the grouping temporaries freed', () => {
		const summary = buildCustomerSummary(ordersOf(2000, 5), 2000, { unit: 'week' });
		const expected = withoutDetaching(() => groupCustomers(summary));
		const copy = (g: typeof expected) => ({
			count: g.count,
			weight: Array.from(g.weight),
			x: Array.from(g.x),
			tx: Array.from(g.tx),
			T: Array.from(g.T),
			xIndex: Array.from(g.xIndex),
			txIndex: Array.from(g.txIndex),
			TIndex: Array.from(g.TIndex),
			rowGroup: Array.from(g.rowGroup)
		});
		const plain = copy(expected);
		expect(copy(groupCustomers(summary))).toEqual(plain);
	});

	it('fits the spend model the same with its objectives and weights freed, and leaves the given data whole', () => {
		const summary = buildCustomerSummary(ordersOf(4000, 9), 4000, { unit: 'week' });
		const expected = withoutDetaching(() => fitGammaGamma(summary, { restartSampleSize: 500 }));
		const fit = fitGammaGamma(summary, { restartSampleSize: 500 });
		expect(fit.params).toEqual(expected.params);
		expect(fit.logLikelihood).toBe(expected.logLikelihood);
		expect(summary.monetary.length).toBe(summary.count);
	});
});

describe('computeClv per (x, T) pair', () => {
	it('gives each row the value it has alone, past the first 4,096 pairs (the per-pair arrays grow)', () => {
		// 9,000 distinct pairs, then the same rows again (their pairs' values read back after growing).
		const n = 9000;
		const rows: CustomerRows = {
			count: 2 * n,
			x: Float64Array.from({ length: 2 * n }, (_, i) => 1 + ((i % n) % 90)),
			tx: Float64Array.from({ length: 2 * n }, (_, i) => 1 + ((i % n) % 37)),
			T: Float64Array.from({ length: 2 * n }, (_, i) => 40 + Math.floor((i % n) / 90)),
			monetary: Float64Array.from({ length: 2 * n }, (_, i) => 10 + ((i % n) % 13))
		};
		const bgnbd = { r: 0.9, alpha: 9, a: 0.8, b: 3 };
		const spend = { p: 6, q: 4, v: 150 };
		const all = computeClv(rows, bgnbd, spend, { unit: 'week' });
		for (const i of [0, 4095, 4096, 4097, 6000, n - 1]) {
			// With row 0 (the youngest: the predictor's range depends on the youngest age).
			const pick = (values: Float64Array) => Float64Array.of(values[0], values[i]);
			const two: CustomerRows = {
				count: 2,
				x: pick(rows.x),
				tx: pick(rows.tx),
				T: pick(rows.T),
				monetary: pick(rows.monetary)
			};
			const alone = computeClv(two, bgnbd, spend, { unit: 'week' });
			expect(all.clv[i]).toBe(alone.clv[1]);
			expect(all.expectedPurchases[i]).toBe(alone.expectedPurchases[1]);
			expect(all.probabilityAlive[i]).toBe(alone.probabilityAlive[1]);
			expect(all.clv[n + i]).toBe(alone.clv[1]);
			expect(all.expectedPurchases[n + i]).toBe(alone.expectedPurchases[1]);
		}
	});
});
