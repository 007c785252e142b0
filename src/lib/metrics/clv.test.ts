import { describe, expect, it } from 'vitest';
import { retentionClv, simpleClv } from './clv';

describe('simpleClv: CLV = AOV × f × t (seed 004)', () => {
	it.each([
		// f 2.5 a year: CV = 50 × 2.5 = 125 a year, CLV = 125 × 2 = 250, × 40 % = 100
		{ aov: 50, f: 2.5, period: 'year', t: 2, margin: 0.4, perYear: 2.5, cv: 125, clv: 250, profit: 100 },
		// f 0.5 a month = 6 a year: CV = 300, CLV = 600, × 40 % = 240
		{ aov: 50, f: 0.5, period: 'month', t: 2, margin: 0.4, perYear: 6, cv: 300, clv: 600, profit: 240 },
		// f 1.5 a quarter = 6 a year
		{ aov: 20, f: 1.5, period: 'quarter', t: 1, margin: undefined, perYear: 6, cv: 120, clv: 120, profit: undefined }
	] as const)('AOV $aov, f $f per $period, t $t → $clv', ({ aov, f, period, t, margin, perYear, cv, clv, profit }) => {
		const outcome = simpleClv({
			averageOrderValue: aov,
			frequency: f,
			frequencyPeriod: period,
			lifetimeYears: t,
			grossMargin: margin
		});
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.value.frequencyPerYear).toBeCloseTo(perYear, 10);
		expect(outcome.value.customerValuePerYear).toBeCloseTo(cv, 10);
		expect(outcome.value.clv).toBeCloseTo(clv, 10);
		if (profit === undefined) expect(outcome.value.grossProfitClv).toBeUndefined();
		else expect(outcome.value.grossProfitClv).toBeCloseTo(profit, 10);
		expect(outcome.value.warnings).toEqual([]);
	});

	it('warns when t is above the usual 1 to 3 years', () => {
		const outcome = simpleClv({ averageOrderValue: 10, frequency: 1, frequencyPeriod: 'year', lifetimeYears: 4 });
		expect(outcome.ok && outcome.value.warnings).toEqual(['lifetimeAboveUsual']);
	});

	it.each([
		[{ grossMargin: 1.5 }, 'rateAboveOne', ['grossMargin']],
		[{ lifetimeYears: -1 }, 'negative', ['lifetimeYears']],
		[{ frequency: NaN }, 'notFinite', ['frequency']]
	])('%j → %s', (change, code, fields) => {
		const inputs = { averageOrderValue: 10, frequency: 1, frequencyPeriod: 'year' as const, lifetimeYears: 2, ...change };
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
		{ m: 40, r: 0.5, d: 0.1, cac: 50, multiple: 5 / 6, clv: 33.3333333, after: -16.6666667, warnings: ['costsMoreThanWorth'] }
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
