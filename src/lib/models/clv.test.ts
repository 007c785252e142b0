import { describe, expect, it } from 'vitest';
import type { BgnbdParams } from './bgnbd';
import { bgnbdConditionalExpected } from './bgnbd-predict';
import { clvSteps, computeClv } from './clv';
import { gammaGammaConditionalSpend, gammaGammaMeanSpend } from './gamma-gamma';
import type { CustomerRows } from './summary';

const BGNBD_DAYS: BgnbdParams = { r: 0.9, alpha: 60, a: 0.8, b: 3 };
const SPEND = { p: 6, q: 4, v: 150 };

function rowsOf(list: [number, number, number, number][]): CustomerRows {
	return {
		count: list.length,
		x: Float64Array.from(list, (row) => row[0]),
		tx: Float64Array.from(list, (row) => row[1]),
		T: Float64Array.from(list, (row) => row[2]),
		monetary: Float64Array.from(list, (row) => row[3])
	};
}

const CUSTOMERS = rowsOf([
	[0, 0, 200, 0],
	[3, 150, 400, 55],
	[12, 700, 720, 80],
	[2, 30, 900, -10] // non-positive spend: gets the population mean
]);

describe('clvSteps', () => {
	it('cuts 12 months into monthly steps with annual discounting', () => {
		const { stepEnds, discountFactors } = clvSteps({ unit: 'week', annualDiscountRate: 0.1 });
		expect(stepEnds).toHaveLength(12);
		expect(stepEnds[0]).toBeCloseTo(30.4375 / 7, 12);
		expect(stepEnds[11]).toBeCloseTo(365.25 / 7, 12);
		expect(discountFactors[0]).toBeCloseTo(1.1 ** (-1 / 12), 14);
		expect(discountFactors[11]).toBeCloseTo(1 / 1.1, 14);
	});

	it('ends on the horizon when it is not a whole number of steps', () => {
		const { stepEnds } = clvSteps({ unit: 'month', horizonMonths: 2.5 });
		expect(Array.from(stepEnds)).toEqual([1, 2, 2.5]);
	});

	it.each([
		[0, 1, 0.1],
		[12, 0, 0.1],
		[12, 1, -1]
	])('refuses horizon %d, step %d, rate %d', (horizonMonths, stepMonths, annualDiscountRate) => {
		expect(() => clvSteps({ unit: 'day', horizonMonths, stepMonths, annualDiscountRate })).toThrow(RangeError);
	});
});

describe('computeClv', () => {
	it('without discounting is margin × expected spend × expected purchases over the horizon', () => {
		const result = computeClv(CUSTOMERS, BGNBD_DAYS, SPEND, { unit: 'day', annualDiscountRate: 0, margin: 0.3 });
		const horizonDays = 365.25;
		for (let i = 0; i < CUSTOMERS.count; i++) {
			const purchases = bgnbdConditionalExpected(
				BGNBD_DAYS,
				horizonDays,
				CUSTOMERS.x[i],
				CUSTOMERS.tx[i],
				CUSTOMERS.T[i]
			);
			const spend = gammaGammaConditionalSpend(SPEND, CUSTOMERS.x[i], CUSTOMERS.monetary[i]);
			expect(result.expectedPurchases[i]).toBeCloseTo(purchases, 12);
			expect(result.expectedSpend[i]).toBeCloseTo(spend, 12);
			expect(result.clv[i]).toBeCloseTo(0.3 * spend * purchases, 9);
		}
		expect(result.expectedSpend[3]).toBe(gammaGammaMeanSpend(SPEND));
		expect(result.populationSpendCustomers).toBe(2);
	});

	it('discounts each month’s expected purchases from the end of that month', () => {
		const result = computeClv(CUSTOMERS, BGNBD_DAYS, SPEND, { unit: 'day', annualDiscountRate: 0.12 });
		const month = 365.25 / 12;
		const [x, tx, T] = [CUSTOMERS.x[1], CUSTOMERS.tx[1], CUSTOMERS.T[1]];
		let expected = 0;
		for (let k = 1; k <= 12; k++) {
			const increment =
				bgnbdConditionalExpected(BGNBD_DAYS, k * month, x, tx, T) -
				bgnbdConditionalExpected(BGNBD_DAYS, (k - 1) * month, x, tx, T);
			expected += increment / 1.12 ** (k / 12);
		}
		expected *= gammaGammaConditionalSpend(SPEND, x, CUSTOMERS.monetary[1]);
		expect(result.clv[1]).toBeCloseTo(expected, 9);
		// Discounting can only lower the value.
		const undiscounted = computeClv(CUSTOMERS, BGNBD_DAYS, SPEND, { unit: 'day', annualDiscountRate: 0 });
		for (let i = 0; i < CUSTOMERS.count; i++) expect(result.clv[i]).toBeLessThan(undiscounted.clv[i]);
	});

	it('gives the same values whatever the time unit, when the model is rescaled with it', () => {
		const inDays = computeClv(CUSTOMERS, BGNBD_DAYS, SPEND, { unit: 'day' });
		const weeks = rowsOf(
			Array.from({ length: CUSTOMERS.count }, (_, i) => [
				CUSTOMERS.x[i],
				CUSTOMERS.tx[i] / 7,
				CUSTOMERS.T[i] / 7,
				CUSTOMERS.monetary[i]
			])
		);
		const inWeeks = computeClv(weeks, { ...BGNBD_DAYS, alpha: BGNBD_DAYS.alpha / 7 }, SPEND, { unit: 'week' });
		for (let i = 0; i < CUSTOMERS.count; i++) {
			expect(inWeeks.clv[i]).toBeCloseTo(inDays.clv[i], 9);
			expect(inWeeks.probabilityAlive[i]).toBeCloseTo(inDays.probabilityAlive[i], 12);
		}
		expect(inWeeks.totals.clv).toBeCloseTo(inDays.totals.clv, 7);
	});

	it('adds the rows up and can skip rows', () => {
		const all = computeClv(CUSTOMERS, BGNBD_DAYS, SPEND, { unit: 'day' });
		expect(all.totals.customers).toBe(4);
		expect(all.totals.clv).toBeCloseTo(
			all.clv.reduce((sum, value) => sum + value, 0),
			9
		);
		const some = computeClv(CUSTOMERS, BGNBD_DAYS, SPEND, { unit: 'day', only: [1, 0, 0, 1] });
		expect(some.totals.customers).toBe(2);
		expect(some.clv[1]).toBe(0);
		expect(some.clv[3]).toBe(all.clv[3]);
	});
});
