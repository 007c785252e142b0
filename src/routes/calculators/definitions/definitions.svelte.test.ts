import { describe, expect, it } from 'vitest';
import type { Calculator, Evaluation, Presentation } from '$lib/components/calculator/types';
import type { Period } from '$lib/metrics/period';
import { calculatorById, CALCULATORS } from '.';

// Every expected text below is worked out by hand from the formula, in British English with euros
// unless a test names another currency.

function calculator(id: string): Calculator {
	const found = calculatorById(id);
	if (!found) throw new Error(`no calculator ${id}`);
	return found;
}

function presented(
	id: string,
	values: Record<string, number | undefined>,
	period: Period = 'month',
	currency = 'EUR'
): Presentation {
	const evaluation = calculator(id).evaluate(values, period, currency);
	if (!evaluation.ok) throw new Error(`expected a result, got: ${evaluation.message}`);
	return evaluation.presentation;
}

function refused(id: string, values: Record<string, number | undefined>, period: Period = 'month') {
	const evaluation: Evaluation = calculator(id).evaluate(values, period, 'EUR');
	if (evaluation.ok) throw new Error('expected a problem');
	return evaluation;
}

const math = (p: Presentation) => p.math.map((line) => (line.lead ? `${line.lead} ` : '') + line.steps.join(' = '));
const details = (p: Presentation) => Object.fromEntries(p.details.map((d) => [d.label, d.value]));

describe('the registry', () => {
	it('has eleven calculators with unique ids, each with a textbook example and texts for every field', () => {
		const ids = CALCULATORS.map((c) => c.id);
		expect(ids).toHaveLength(11);
		expect(new Set(ids).size, 'no id used twice').toBe(ids.length);
		for (const c of CALCULATORS) {
			expect(c.examples[0]?.id, c.id).toBe('textbook');
			const texts = c.texts();
			for (const field of c.fields) expect(texts.fields[field.key]?.label, `${c.id}.${field.key}`).toBeTruthy();
			for (const example of c.examples) expect(texts.examples[example.id], `${c.id} ${example.id}`).toBeTruthy();
			expect(Boolean(texts.period), `${c.id} period label`).toBe(c.defaultPeriod !== undefined);
		}
	});
});

describe('CRR', () => {
	it('gives seed 001’s 82 % and shows each step', () => {
		const p = presented('crr', { s: 10_000, e: 10_200, n: 2_000 }, 'quarter');
		expect(p.headline).toEqual({ label: 'Customer retention rate for the quarter', value: '82%' });
		expect(details(p)).toEqual({
			'Customers kept from the start (E − N)': '8,200',
			'Customers lost (S − (E − N))': '1,800',
			'Churn for the quarter (100% − CRR)': '18%'
		});
		expect(math(p)).toEqual([
			'CRR = (E − N) / S × 100 = (10,200 − 2,000) / 10,000 × 100 = 8,200 / 10,000 × 100 = 82%',
			'churn = 100% − CRR = 100% − 82% = 18%'
		]);
		expect(p.warnings).toEqual([]);
	});

	it('gives 78 % for the E = 9,800 variant', () => {
		expect(presented('crr', { s: 10_000, e: 9_800, n: 2_000 }).headline.value).toBe('78%');
	});

	it('shows a result above 100 % with its explanation', () => {
		const p = presented('crr', { s: 100, e: 130, n: 20 });
		expect(p.headline.value).toBe('110%');
		expect(p.warnings[0]).toContain('E − N = 110 returning customers is more than the 100 you started with');
	});

	it.each([
		[{ s: 10_000, e: 1_500, n: 2_000 }, ['e', 'n'], 'so the result would be −5%'],
		[{ s: 0, e: 10, n: 2 }, ['s'], 'S must be more than 0']
	])('refuses %j, marking %j', (values, fields, text) => {
		const problem = refused('crr', values);
		expect(problem.fields).toEqual(fields);
		expect(problem.message).toContain(text);
	});
});

describe('churn', () => {
	it('gives the period’s churn and converts it by compounding', () => {
		const p = presented('churn', { s: 10_000, l: 1_800 }, 'quarter');
		expect(p.headline).toEqual({ label: 'Churn for the quarter', value: '18%' });
		expect(details(p)).toEqual({
			'Retention for the quarter (100% − churn)': '82%',
			'Yearly churn': '54.79%',
			'Monthly churn': '6.4%'
		});
		expect(math(p)).toEqual([
			'churn = L / S × 100 = 1,800 / 10,000 × 100 = 18%',
			'Yearly churn, k = 4: 1 − (1 − c)^k = 1 − (1 − 0.18)^4 = 1 − 0.4521 = 54.79%',
			'Monthly churn, k = 1/3: 1 − (1 − c)^k = 1 − (1 − 0.18)^(1/3) = 1 − 0.936 = 6.4%'
		]);
	});

	it('refuses more customers lost than at the start', () => {
		const problem = refused('churn', { s: 100, l: 120 });
		expect(problem.fields).toEqual(['l', 's']);
		expect(problem.message).toContain('More customers lost (120) than there were at the start (100)');
	});
});

describe('churn conversion', () => {
	it('turns 5 % a month into 45.96 % a year and 14.26 % a quarter', () => {
		const p = presented('churn-convert', { c: 0.05 }, 'month');
		expect(p.headline).toEqual({ label: 'Yearly churn', value: '45.96%' });
		expect(details(p)).toEqual({ 'Quarterly churn': '14.26%', 'Retention for the month': '95%' });
		expect(math(p)[0]).toBe('Yearly churn, k = 12: 1 − (1 − c)^k = 1 − (1 − 0.05)^12 = 1 − 0.5404 = 45.96%');
	});

	it('turns 50 % a year into 5.61 % a month', () => {
		const p = presented('churn-convert', { c: 0.5 }, 'year');
		expect(p.headline).toEqual({ label: 'Monthly churn', value: '5.61%' });
	});
});

describe('expected lifetime', () => {
	it('gives 20 months for 5 % monthly churn, also in years', () => {
		const p = presented('lifetime', { c: 0.05 }, 'month');
		expect(p.headline).toEqual({ label: 'Expected lifetime (rough estimate)', value: '20 months' });
		expect(details(p)).toEqual({ 'In months': '20 months', 'In years': '1.67 years' });
		expect(math(p)).toEqual(['t = 1 / churn = 1 / 5% = 1 / 0.05 = 20 months', '20 months = 20 / 12 = 1.67 years']);
	});

	it('says 1 year, not 1 years', () => {
		expect(presented('lifetime', { c: 1 }, 'year').headline.value).toBe('1 year');
	});

	// QA: 0.00001 % a month gave "833,333.33 years" without a word; beyond 100 years it now warns.
	it.each([
		[0.05, 'month', null],
		[0.01, 'year', null],
		[0.000834, 'month', null],
		[0.0101, 'year', null],
		[0.000833, 'month', '100.04 years'],
		[0.0000001, 'month', '833,333.33 years'],
		[0.005, 'year', '200 years']
	] as const)('churn %s per %s: warns of a lifetime of %s', (c, period, lifetime) => {
		const warnings = presented('lifetime', { c }, period).warnings;
		if (lifetime === null) expect(warnings).toEqual([]);
		else {
			expect(warnings).toHaveLength(1);
			expect(warnings[0]).toContain(`A lifetime of ${lifetime} is beyond any real customer`);
			expect(warnings[0]).toContain(`Is it per ${period}, and typed in %`);
		}
	});

	it('explains that zero churn means an infinite lifetime', () => {
		const problem = refused('lifetime', { c: 0 });
		expect(problem.fields).toEqual(['c']);
		expect(problem.message).toContain('infinite');
	});
});

describe('AOV, frequency, repeat-purchase rate', () => {
	it('AOV: €125,000 over 2,500 orders is €50', () => {
		const p = presented('aov', { r: 125_000, o: 2_500 });
		expect(p.headline.value).toBe('€50.00');
		expect(math(p)).toEqual(['AOV = revenue / orders = €125,000.00 / 2,500 = €50.00']);
		expect(refused('aov', { r: 10, o: 0 }).fields).toEqual(['o']);
	});

	it('AOV: amounts are shown in the currency the calculation is in', () => {
		const p = presented('aov', { r: 125_000, o: 2_500 }, 'month', 'USD');
		expect(p.headline.value).toBe('US$50.00');
		expect(math(p)).toEqual(['AOV = revenue / orders = US$125,000.00 / 2,500 = US$50.00']);
	});

	it('frequency: 2,500 orders from 1,000 customers is 2.5 a year', () => {
		const p = presented('frequency', { o: 2_500, c: 1_000 }, 'year');
		expect(p.headline).toEqual({
			label: 'Purchase frequency for the year',
			value: '2.5 orders per customer per year'
		});
		expect(math(p)).toEqual(['f = orders / unique customers = 2,500 / 1,000 = 2.5 orders per customer per year']);
		expect(presented('frequency', { o: 900, c: 1_000 }).warnings[0]).toContain(
			'fewer orders (900) than customers (1,000)'
		);
		expect(refused('frequency', { o: 5, c: 0 }).fields).toEqual(['c']);
	});

	it('repeat-purchase rate: 280 of 1,000 is 28 %', () => {
		const p = presented('repeat', { r: 280, c: 1_000 });
		expect(p.headline.value).toBe('28%');
		expect(details(p)).toEqual({ 'One-time buyers': '720 (72%)' });
		expect(math(p)).toEqual([
			'repeat-purchase rate = customers with 2+ orders / customers × 100 = 280 / 1,000 × 100 = 28%'
		]);
		expect(refused('repeat', { r: 1_001, c: 1_000 }).fields).toEqual(['r', 'c']);
	});
});

describe('CLV by the seed formula', () => {
	it('AOV €50 × 2.5 a year × 2 years = €250, €100 at 40 % margin', () => {
		const p = presented('clv-simple', { a: 50, f: 2.5, t: 2, g: 0.4 }, 'year');
		expect(p.headline).toEqual({ label: 'Customer lifetime value (revenue)', value: '€250.00' });
		expect(details(p)).toEqual({
			'Customer value (CV) per year': '€125.00',
			'Customer lifetime value (gross profit)': '€100.00'
		});
		expect(math(p)).toEqual([
			'CV = AOV × f = €50.00 × 2.5 per year = €125.00 per year',
			'CLV = CV × t = €125.00 × 2 years = €250.00',
			'CLV in gross profit = CLV × gross margin = €250.00 × 40% = €100.00'
		]);
	});

	it('leaves the margin line out without a margin, and warns about a long lifetime', () => {
		const p = presented('clv-simple', { a: 40, f: 0.5, t: 48, g: undefined }, 'month');
		expect(p.headline.value).toBe('€960.00');
		expect(p.math).toHaveLength(2);
		expect(p.warnings[0]).toContain('A lifetime of 48 months is longer than the 1 to 3 years');
	});
});

describe('CLV from retention and margin', () => {
	it('m €100, r 80 %, d 10 % a year: €266.67, €216.67 after a €50 CAC', () => {
		const p = presented('clv-retention', { m: 100, r: 0.8, d: 0.1, k: 50 }, 'year');
		expect(p.headline).toEqual({ label: 'Customer lifetime value (retention and margin)', value: '€266.67' });
		expect(details(p)).toEqual({
			'Lifetime value after acquisition cost (CLV − CAC)': '€216.67',
			'Margin multiple r / (1 + d − r)': '2.67',
			'Discount rate for the year': '10%'
		});
		expect(math(p)).toEqual([
			'The discount rate is already per year: d = 10%',
			'CLV = m × r / (1 + d − r) = €100.00 × 0.8 / (1 + 0.1 − 0.8) = €80.00 / 0.3 = €266.67',
			'CLV − CAC = €266.67 − €50.00 = €216.67'
		]);
	});

	it('converts the yearly discount rate to the month and shows the conversion', () => {
		const p = presented('clv-retention', { m: 20, r: 0.95, d: 0.1, k: undefined }, 'month');
		expect(p.headline.value).toBe('€327.73');
		expect(math(p)).toEqual([
			'Convert the yearly discount rate to one month: d = (1 + d per year)^(1/12) − 1 = (1 + 0.1)^(1/12) − 1 = 0.797%',
			'CLV = m × r / (1 + d − r) = €20.00 × 0.95 / (1 + 0.007974 − 0.95) = €19.00 / 0.057974 = €327.73'
		]);
	});

	it('explains why 100 % retention without discounting diverges', () => {
		const problem = refused('clv-retention', { m: 100, r: 1, d: 0, k: undefined }, 'year');
		expect(problem.fields).toEqual(['r', 'd']);
		expect(problem.message).toContain('unlimited amount');
	});

	it('warns when acquisition costs more than the customer is worth', () => {
		const p = presented('clv-retention', { m: 10, r: 0.5, d: 0.1, k: 50 }, 'year');
		expect(p.warnings).toEqual([
			'The acquisition cost (€50.00) is more than the customer’s lifetime value (€8.33): each customer won at this cost loses money.'
		]);
	});
});

describe('LTV:CAC and payback', () => {
	it('€600 / €150 is 4 : 1, paid back in 15 months at €25 a month and 40 % margin', () => {
		const p = presented('ltv-cac', { l: 600, c: 150, m: 25, g: 0.4 });
		expect(p.headline).toEqual({ label: 'LTV:CAC', value: '4 : 1' });
		expect(p.remarks).toEqual(['At or above the 3 : 1 rule of thumb.']);
		expect(details(p)).toEqual({ 'CAC payback': '15 months' });
		expect(math(p)).toEqual([
			'LTV:CAC = LTV / CAC = €600.00 / €150.00 = 4 : 1',
			'payback = CAC / (monthly revenue × gross margin) = €150.00 / (€25.00 × 40%) = €150.00 / €10.00 = 15 months'
		]);
	});

	// The shown ratio and its verdict agree: never "3 : 1" beside "below the 3 : 1 rule of thumb".
	it.each([
		[299, 100, '2.99 : 1', 'Below the 3 : 1 rule of thumb.'],
		[2_999, 1_000, '2.999 : 1', 'Below the 3 : 1 rule of thumb.'],
		[29_999_999, 10_000_000, '2.999999 : 1', 'Below the 3 : 1 rule of thumb.'],
		[3_004, 1_000, '3 : 1', 'At or above the 3 : 1 rule of thumb.'],
		[999, 1_000, '0.999 : 1', 'Below 1 : 1: each customer costs more to win than they are worth.'],
		[1_001, 1_000, '1 : 1', 'Below the 3 : 1 rule of thumb.']
	])('LTV %d / CAC %d is shown as %j with the verdict %j', (l, c, ratio, verdict) => {
		const p = presented('ltv-cac', { l, c, m: undefined, g: undefined });
		expect(p.headline.value).toBe(ratio);
		expect(p.remarks[0]).toBe(verdict);
		expect(math(p)[0]).toMatch(new RegExp(` = ${ratio}$`));
	});

	it.each([
		[{ l: 100, c: 150 }, ['Below 1 : 1: each customer costs more to win than they are worth.']],
		[{ l: 300, c: 150 }, ['Below the 3 : 1 rule of thumb.']]
	])('places %j against the rule of thumb and asks for both payback inputs', (values, bands) => {
		const p = presented('ltv-cac', { ...values, m: 25, g: undefined });
		expect(p.remarks).toEqual([
			...bands,
			'Enter both the monthly revenue per customer and the gross margin to see the payback period.'
		]);
	});

	it('refuses a CAC of 0', () => {
		const problem = refused('ltv-cac', { l: 600, c: 0, m: undefined, g: undefined });
		expect(problem.fields).toEqual(['c']);
		expect(problem.message).toContain('infinite');
	});

	// No monthly gross profit makes the payback "never", not the ratio unknown: 600 / 150 = 4 : 1 stands.
	it.each([
		{ l: 600, c: 150, m: 25, g: 0 },
		{ l: 600, c: 150, m: 0, g: 0.4 }
	])('keeps the ratio and says the payback is never reached for %j', (values) => {
		const p = presented('ltv-cac', values);
		expect(p.headline.value).toBe('4 : 1');
		expect(p.remarks).toEqual(['At or above the 3 : 1 rule of thumb.']);
		expect(p.warnings).toHaveLength(1);
		expect(p.warnings[0]).toContain('never earned back');
		expect(p.details).toEqual([]);
	});
});

describe('NPS', () => {
	it('60 promoters, 25 passives, 15 detractors give +45', () => {
		const p = presented('nps', { pro: 60, pas: 25, det: 15 });
		expect(p.headline).toEqual({ label: 'Net Promoter Score', value: '+45' });
		expect(details(p)).toEqual({
			Answers: '100',
			Promoters: '60 (60%)',
			Passives: '25 (25%)',
			Detractors: '15 (15%)'
		});
		expect(math(p)).toEqual(['NPS = % promoters − % detractors = 60 / 100 × 100 − 15 / 100 × 100 = 60 − 15 = +45']);
	});

	it('shows steps that add up, each share its own division rounded: 33.333 − 66.667 = −33.33', () => {
		const p = presented('nps', { pro: 1, pas: 0, det: 2 });
		// The headline as the math ends (QA: "+33.3" above a math ending "+33.33").
		expect(p.headline.value).toBe('−33.33');
		expect(math(p)).toEqual([
			'NPS = % promoters − % detractors = 1 / 3 × 100 − 2 / 3 × 100 = 33.333 − 66.667 = −33.33'
		]);
	});

	// QA: the math echoes each typed number as typed, and each step adds up as shown.
	it.each([
		['clv-retention', { m: 100, r: 0.80123, d: 0.1 }, 'US$100.00 × 0.80123 / (1 + '],
		['clv-retention', { m: 100, r: 0.8, d: 0.1, k: 50.004 }, ' − US$50.004 = '],
		['lifetime', { c: 0.033333 }, '1 / 3.3333% = 1 / 0.033333 = '],
		['aov', { r: 1234.567, o: 1 }, 'US$1,234.567 / 1 = US$1,234.57'],
		// QA: 33.33 × 3 = 99.99 was carried as "US$99.990000": 99.99 × 1.5 is 149.985 (US$149.99), which
		// binary floating point gives as 149.98499999999999, so no number of decimals seemed to add up.
		['clv-simple', { a: 33.33, f: 3, t: 1.5 }, 'US$99.99 × 1.5 months = US$149.99']
	] as const)('%s %j echoes the typed numbers', (id, values, shown) => {
		const p = presented(id, values, 'month', 'USD');
		expect(math(p).join('\n')).toContain(shown);
	});

	// QA: "60 / 115 × 100 = 52.18" beside a promoters card of 52.17 %.
	it('never moves a share off its value: 60 / 115 × 100 reads 52.174, beside a card of 52.17 %', () => {
		const p = presented('nps', { pro: 60, pas: 25, det: 30 });
		expect(p.details.find((d) => d.label === 'Promoters (9–10)')?.value ?? p.details[1].value).toContain('52.17%');
		expect(math(p)).toEqual([
			'NPS = % promoters − % detractors = 60 / 115 × 100 − 30 / 115 × 100 = 52.174 − 26.087 = +26.09'
		]);
	});

	it('runs down to −100', () => {
		expect(presented('nps', { pro: 0, pas: 0, det: 10 }).headline.value).toBe('−100');
	});

	it('refuses a survey without answers', () => {
		expect(refused('nps', { pro: 0, pas: 0, det: 0 }).fields).toEqual(['pro', 'pas', 'det']);
	});
});

// A step of the math never shows a number as one that changes how it reads: a churn of 0.004 % is
// not "1 / 0", a factor of 0.999988 is not "1 − 1", a rate of 99.999 % is not 100 %.
describe('numbers too small or too near a whole for the usual digits', () => {
	it.each([
		// 1 / 0.00004 = 25,000.
		['lifetime', { c: 0.00004 }, 'month', 't = 1 / churn = 1 / 0.004% = 1 / 0.00004 = 25,000 months'],
		// 25 × 0.000001 = 0.000025; 150 / 0.000025 = 6,000,000.
		[
			'ltv-cac',
			{ l: 600, c: 150, m: 25, g: 0.000001 },
			'month',
			'payback = CAC / (monthly revenue × gross margin) = €150.00 / (€25.00 × 0.0001%) = €150.00 / €0.000025 = 6,000,000 months'
		],
		// (1 − 1/1,000,000)^12 = 0.999988…; 1 − 0.999988 = 0.0012 % (shown 0.001 %).
		[
			'churn',
			{ s: 1_000_000, l: 1 },
			'month',
			'Yearly churn, k = 12: 1 − (1 − c)^k = 1 − (1 − 0.000001)^12 = 1 − 0.999988 = 0.001%'
		],
		// A lifetime typed as 33.333 months is echoed as typed: 50 × 33.333 = 1,666.65.
		[
			'clv-simple',
			{ a: 50, f: 1, t: 33.333, g: undefined },
			'month',
			'CLV = CV × t = €50.00 × 33.333 months = €1,666.65'
		]
	] as const)('%s %j (%s): %s', (id, values, period, line) => {
		expect(math(presented(id, values, period))).toContain(line);
	});

	it.each([
		// 99,999 / 100,000 = 99.999 %, churn 0.001 %.
		['crr', { s: 100_000, e: 99_999, n: 0 }, '99.999%'],
		// 1 / 1,000,000 = 0.0001 %.
		['churn', { s: 1_000_000, l: 1 }, '0.0001%'],
		// 10,001 / 20,001 − 10,000 / 20,001 = 1 / 20,001 = 0.005 points (50.0025 − 49.9975), not +0.
		['nps', { pro: 10_001, pas: 0, det: 10_000 }, '+0.005']
	] as const)('%s %j reads %s, never 0, 100 % or +0', (id, values, headline) => {
		expect(presented(id, values).headline.value).toBe(headline);
	});

	it.each([
		// 1 of 100,000 is 0.001 %: 60 − 0.001 = 59.999 (the score 59.999, shown +60).
		[{ pro: 60_000, pas: 39_999, det: 1 }, / = 60 − 0\.001 = \+59\.999$/],
		// 1 − 1 of 100,000 each: 0.001 − 0.001 = 0.
		[{ pro: 1, pas: 99_998, det: 1 }, / = 0\.001 − 0\.001 = 0$/]
	])('shows a share of one answer in many as itself, not 0: %j', (values, line) => {
		expect(math(presented('nps', values))[0]).toMatch(line);
	});

	it('shows the tiny NPS difference in its steps too, adding up', () => {
		const p = presented('nps', { pro: 10_001, pas: 0, det: 10_000 });
		expect(math(p)[0]).toMatch(/ = 50\.0025 − 49\.9975 = \+0\.005$/);
	});

	it('says "3.001 years" in the warning on a lifetime just above three years', () => {
		const p = presented('clv-simple', { a: 50, f: 1, t: 3.001, g: undefined }, 'year');
		expect(p.warnings[0]).toContain('A lifetime of 3.001 years is longer than the 1 to 3 years');
	});

	it('picks the singular by the number shown: 8.33 % monthly churn is "1 year", not "1 years"', () => {
		// 1 / 0.0833 = 12.0048 months = 1.0004 years, shown as 1.
		expect(details(presented('lifetime', { c: 0.0833 }, 'month'))['In years']).toBe('1 year');
	});
});

describe('differences between two scenarios', () => {
	it.each([
		// NPS 60 − 45 = 15 points: the comparison adds the sign, the size has none (never "++15").
		['nps', { pro: 60, pas: 25, det: 15 }, 15, '15'],
		// With the headline's two decimals (QA: +42.11 − +38.89 read +3.2): 1.04, 0.96, 0.004 is 0.004 (not 0).
		['nps', { pro: 60, pas: 25, det: 15 }, 1.04, '1.04'],
		['nps', { pro: 60, pas: 25, det: 15 }, 0.96, '0.96'],
		['nps', { pro: 60, pas: 25, det: 15 }, 0.004, '0.004'],
		['nps', { pro: 60, pas: 25, det: 15 }, 0.04, '0.04'],
		// CRR 83 % − 82 % = 1 percentage point, singular.
		['crr', { s: 100, e: 90, n: 8 }, 0.01, '1 percentage point'],
		['crr', { s: 100, e: 90, n: 8 }, 0.02, '2 percentage points']
	] as const)('%s: a difference of %d is written %j', (id, values, size, text) => {
		expect(presented(id, values).measured?.formatDifference(size)).toBe(text);
	});
});

// An amount one step works out and the next uses is carried with the decimals that make the next
// step add up as shown (QA: "€21.32 × 3 years = €63.95", where 21.32 × 3 is 63.96). Worked by hand:
// CV = 23.17 × 0.92 = 21.3164, CLV = 63.9492 (€21.32 × 3 = 63.96, €21.316 × 3 = 63.948: three
// decimals); m × r = 100.5 × 0.805 = 80.9025, / 0.3 = 269.675 (80.90 / 0.3 = 269.667, 80.903 / 0.3 =
// 269.677); monthly gross profit 25.5 × 0.405 = 10.3275, 100.25 / 10.3275 = 9.7071 (100.25 / 10.33 =
// 9.7047, 100.25 / 10.328 = 9.7066).
describe('the math adds up as shown, an amount carried between steps given the decimals it needs', () => {
	it.each([
		{
			id: 'clv-simple',
			values: { a: 23.17, f: 0.92, t: 3, g: undefined },
			period: 'year' as Period,
			lines: [
				'CV = AOV × f = €23.17 × 0.92 per year = €21.316 per year',
				'CLV = CV × t = €21.316 × 3 years = €63.95'
			]
		},
		{
			id: 'clv-retention',
			values: { m: 100.5, r: 0.805, d: 0.105, k: undefined },
			period: 'year' as Period,
			lines: ['CLV = m × r / (1 + d − r) = €100.50 × 0.805 / (1 + 0.105 − 0.805) = €80.903 / 0.3 = €269.68']
		},
		{
			id: 'ltv-cac',
			values: { l: 300.5, c: 100.25, m: 25.5, g: 0.405 },
			period: 'month' as Period,
			lines: [
				'payback = CAC / (monthly revenue × gross margin) = €100.25 / (€25.50 × 40.5%) = €100.25 / €10.328 = 9.71 months'
			]
		},
		{
			// Already adding up to the cent: no decimals added.
			id: 'clv-simple',
			values: { a: 50, f: 2.5, t: 2, g: 0.4 },
			period: 'year' as Period,
			lines: [
				'CV = AOV × f = €50.00 × 2.5 per year = €125.00 per year',
				'CLV = CV × t = €125.00 × 2 years = €250.00',
				'CLV in gross profit = CLV × gross margin = €250.00 × 40% = €100.00'
			]
		},
		{
			// An amount typed with more than two decimals is echoed as typed: 23.175 × 2 = 46.35.
			id: 'clv-simple',
			values: { a: 23.175, f: 2, t: 1, g: undefined },
			period: 'year' as Period,
			lines: ['CV = AOV × f = €23.175 × 2 per year = €46.35 per year', 'CLV = CV × t = €46.35 × 1 year = €46.35']
		}
	])('$id with $values', ({ id, values, period, lines }) => {
		const shown = math(presented(id, values, period));
		for (const line of lines) expect(shown).toContain(line);
	});
});
