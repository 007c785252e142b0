import { describe, expect, it } from 'vitest';
import { retentionClv, simpleClv } from './clv';

describe('simpleClv: CLV = AOV × f × t (seed 004)', () => {
	it.each([
		// CV = 50 × 2.5 = 125 a year, CLV = 125 × 2 = 250, × 40 % = 100
		{ aov: 50, f: 2.5, t: 2, period: 'year', margin: 0.4, cv: 125, clv: 250, profit: 100, years: 2 },
		// CV = 40 × 0.5 = 20 a month, CLV = 20 × 24 = 480, × 25 % = 120
		{ aov: 40, f: 0.5, t: 24, period: 'month', margin: 0.25, cv: 20, clv: 480, profit: 120, years: 2 },
		// CV = 20 × 1.5 = 30 a quarter, CLV = 30 × 6 = 180 (six quarters = 1.5 years)
		{ aov: 20, f: 1.5, t: 6, period: 'quarter', margin: undefined, cv: 30, clv: 180, profit: undefined, years: 1.5 }
	] as const)(
		'AOV $aov, f $f and t $t per $period → $clv',
		({ aov, f, t, period, margin, cv, clv, profit, years }) => {
			const outcome = simpleClv({
				averageOrderValue: aov,
				frequency: f,
				lifetime: t,
				period,
				grossMargin: margin
			});
			expect(outcome.ok).toBe(true);
			if (!outcome.ok) return;
			expect(outcome.value.customerValue).toBeCloseTo(cv, 10);
			expect(outcome.value.clv).toBeCloseTo(clv, 10);
			expect(outcome.value.lifetimeYears).toBeCloseTo(years, 10);
			if (profit === undefined) expect(outcome.value.grossProfitClv).toBeUndefined();
			else expect(outcome.value.grossProfitClv).toBeCloseTo(profit, 10);
			expect(outcome.value.warnings).toEqual([]);
		}
	);

	it.each([
		[4, 'year', ['lifetimeAboveUsual']],
		[3, 'year', []],
		[37, 'month', ['lifetimeAboveUsual']],
		[36, 'month', []],
		[13, 'quarter', ['lifetimeAboveUsual']]
	] as const)('t = %d per %s: warnings %j', (lifetime, period, warnings) => {
		const outcome = simpleClv({ averageOrderValue: 10, frequency: 1, lifetime, period });
		expect(outcome.ok && outcome.value.warnings).toEqual(warnings);
	});

	it.each([
		[{ grossMargin: 1.5 }, 'rateAboveOne', ['grossMargin']],
		[{ lifetime: -1 }, 'negative', ['lifetime']],
		[{ frequency: NaN }, 'notFinite', ['frequency']]
	])('%j → %s', (change, code, fields) => {
		const inputs = { averageOrderValue: 10, frequency: 1, period: 'year' as const, lifetime: 2, ...change };
		expect(simpleClv(inputs)).toEqual({ ok: false, problem: { code, fields } });
	});
});

describe('retentionClv: CLV = m × r / (1 + d − r) − CAC', () => {
	it.each([
		// 100 × 0.8 / 0.3 = 266.67; − 50 = 216.67
		{ m: 100, r: 0.8, d: 0.1, cac: 50, multiple: 8 / 3, clv: 266.6666667, after: 216.6666667, warnings: [] },
		// no discounting: 100 × 0.9 / 0.1 = 900
		{ m: 100, r: 0.9, d: 0, cac: undefined, multiple: 9, clv: 900, after: undefined, warnings: [] },
		{ m: 100, r: 0, d: 0.1, cac: undefined, multiple: 0, clv: 0, after: undefined, warnings: [] },
		// 40 × 0.5 / 0.6 = 33.33; − 50 < 0
		{
			m: 40,
			r: 0.5,
			d: 0.1,
			cac: 50,
			multiple: 5 / 6,
			clv: 33.3333333,
			after: -16.6666667,
			warnings: ['costsMoreThanWorth']
		}
	])('m $m, r $r, d $d, CAC $cac → $clv', ({ m, r, d, cac, multiple, clv, after, warnings }) => {
		const outcome = retentionClv({ margin: m, retention: r, discountRate: d, acquisitionCost: cac });
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.value.multiple).toBeCloseTo(multiple, 7);
		expect(outcome.value.clv).toBeCloseTo(clv, 6);
		if (after === undefined) expect(outcome.value.clvAfterAcquisition).toBeUndefined();
		else expect(outcome.value.clvAfterAcquisition).toBeCloseTo(after, 6);
		expect(outcome.value.warnings).toEqual(warnings);
	});

	it('equals the discounted sum of the margins it stands for', () => {
		const [m, r, d] = [70, 0.85, 0.02];
		let sum = 0;
		for (let t = 1; t < 5_000; t++) sum += (m * r ** t) / (1 + d) ** t;
		const outcome = retentionClv({ margin: m, retention: r, discountRate: d });
		expect(outcome.ok && outcome.value.clv).toBeCloseTo(sum, 6);
	});

	it.each([
		[{ retention: 1, discountRate: 0 }, 'diverges', ['retention', 'discountRate']],
		[{ retention: 1.01 }, 'rateAboveOne', ['retention']],
		[{ margin: -3 }, 'negative', ['margin']],
		[{ acquisitionCost: -1 }, 'negative', ['acquisitionCost']]
	])('%j → %s', (change, code, fields) => {
		const inputs = { margin: 100, retention: 0.8, discountRate: 0.1, ...change };
		expect(retentionClv(inputs)).toEqual({ ok: false, problem: { code, fields } });
	});

	it('stays finite when retention is 100 % but money is discounted', () => {
		// 100 × 1 / 0.1 = 1000
		const outcome = retentionClv({ margin: 100, retention: 1, discountRate: 0.1 });
		expect(outcome.ok && outcome.value.clv).toBeCloseTo(1_000, 9);
	});
});
