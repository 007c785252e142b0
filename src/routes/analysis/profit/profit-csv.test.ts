import { describe, expect, it } from 'vitest';
import { firstDayOfMonthIndex } from '$lib/analysis/calendar';
import { profitTable, type ProfitBase } from '$lib/analysis/profit';
import { FEE_OF_ONE, twoCohorts } from '$lib/analysis/profit-test-support';
import { profitCsv, type ProfitCsvTexts } from './profit-csv';

const TEXTS: ProfitCsvTexts = {
	cohort: 'Cohort',
	customers: 'Customers',
	sales: 'Net sales',
	margin: 'Margin',
	cac: 'CAC',
	ltvCac: (m) => `LTV:CAC ${m}`,
	payback: 'Payback',
	month: (a) => `m${a}`,
	allCustomers: '=All',
	cohortName: (m) => `c${m}`,
	notObserved: 'n/o',
	notYet: (n) => `not yet (${n})`,
	partial: 'partial',
	earlier: 'earlier',
	few: 'few',
	allBasis: (b) => `${b.customers}/${b.total} to m${b.month} at ${b.cac}`,
	allOnlyEarlier: 'only earlier',
	allNoneUnmarked: 'none unmarked',
	allPaybackNotYet: (m) => `not yet to m${m}`,
	noCac: (channels) => `no CAC for ${channels.join('+')}`,
	allPaybackSkipped: (m, channels) => `skipped to m${m}: ${channels.join('+')}`
};

// Two cohorts: 24000 (2 customers; ages 0..4, the last partial) and 24003 (1 customer; age 0..1).
// No costs but a fixed fee of 1 per order, so margin = sales − orders.
const BASE: ProfitBase = twoCohorts({
	completeAges: [4, 1],
	firstDay: 0,
	lastDay: 0,
	partialLastMonth: { month: 24004, coveredDays: 3, days: 31, lastDay: 0 },
	channels: null
});
const COSTS = { ...FEE_OF_ONE, cac: 12 };

describe('profitCsv', () => {
	// Cohort 24000: margins 20, 0, 0, 4, 3 → per customer 10, 10, 10, 12, 13.5 (partial); payback month 3.
	// LTV:CAC after months 0–3: 12 / 12 = 1; after 0–6 and 0–12 not observed.
	// Cohort 24003: margins 2, 9 → 2, 11 (partial); not paid back within 2 months.
	// All: margin 27 + 11 = 38; month 0 (20 + 2) / 3 = 7.33, months 1–3 cohort 24000 only: 10, 10, 12.
	// LTV:CAC months 0–3 and payback over cohort 24000 (2 of 3 customers, observed through month 3, CAC 12):
	// 12 / 12 = 1; both cohorts together (month 0, 7.33 < 12) and 24000 through months 1 and 2 (10) fall short.
	const lines = profitCsv(profitTable(BASE, COSTS), TEXTS).split('\r\n');

	it.each([
		[0, '\uFEFFCohort,Customers,Net sales,Margin,CAC,LTV:CAC 3,LTV:CAC 6,LTV:CAC 12,Payback,m0,m1,m2,m3,m4'],
		[1, "'=All,3,43,38,12,1 (2/3 to m3 at 12),n/o,n/o,3 (2/3 to m3 at 12),7.33,10,10,12,"],
		[2, 'c24000 (few),2,30,27,12,1,n/o,n/o,3,10,10,10,12,13.5 (partial)'],
		[3, 'c24003 (few),1,13,11,12,n/o,n/o,n/o,not yet (2),2,11 (partial),,,']
	])('line %d', (k, line) => {
		expect(lines[k]).toBe(line);
	});

	it('marks only the cohorts of fewer than 30 customers as rough', () => {
		const names = profitCsv(profitTable({ ...BASE, sizes: [30, 29] }, COSTS), TEXTS)
			.split('\r\n')
			.slice(2, 4)
			.map((line) => line.split(',')[0]);
		expect(names).toEqual(['c24000', 'c24003 (few)']);
	});

	it('leaves the CAC columns empty without a CAC', () => {
		const none = { ...COSTS, cac: null };
		const row = profitCsv(profitTable(BASE, none), TEXTS).split('\r\n')[2];
		expect(row).toBe('c24000 (few),2,30,27,,,n/o,n/o,,10,10,10,12,13.5 (partial)');
	});
});

describe('profitCsv of cohorts that may include customers who bought before the data begins', () => {
	// The data begin on the first day of month 24000: with the 12-month window both cohorts are marked.
	const marked = { ...BASE, firstDay: firstDayOfMonthIndex(24000) };
	const lines = profitCsv(profitTable(marked, COSTS), TEXTS).split('\r\n');

	it.each([
		// all: months 0–3 observed only by the marked 24000; 0–6 by none; no unmarked customer for the payback
		[1, "'=All,3,43,38,12,only earlier,n/o,n/o,none unmarked,7.33,10,10,12,"],
		[2, 'c24000 (earlier) (few),2,30,27,12,1,n/o,n/o,3,10,10,10,12,13.5 (partial)'],
		[3, 'c24003 (earlier) (few),1,13,11,12,n/o,n/o,n/o,not yet (2),2,11 (partial),,,']
	])('line %d', (k, line) => {
		expect(lines[k]).toBe(line);
	});

	it('says when no group of unmarked customers has reached the CAC', () => {
		// A window of 3 months: 24003 starts the day the window ends, so it is unmarked. Its month 1 is
		// partial, so the payback looks at month 0 only: 2 < 12, not reached.
		const row = profitCsv(profitTable(marked, COSTS, 3), TEXTS).split('\r\n')[1];
		expect(row).toBe("'=All,3,43,38,12,only earlier,n/o,n/o,not yet to m0,7.33,10,10,12,");
	});
});

describe('profitCsv with a CAC typed for some channels only, none for all', () => {
	// BASE with channels [web, pos, none]. G(0) holds both cohorts; G(1) … G(3) 24000 only.
	const withChannels = (jan: number[], apr: number[]): ProfitBase => ({
		...BASE,
		channels: { names: ['web', 'pos', ''], customers: [jan, apr] }
	});
	const costs = (web: number) => ({ ...COSTS, cac: null, cacByChannel: [web, null, null] });

	it.each([
		// pos in 24000: every group holds it, so the payback is not "not yet" but says which channel has no CAC.
		[
			'pos in the oldest cohort',
			[1, 1, 0],
			[1, 0, 0],
			12,
			[
				"'=All,3,43,38,,no CAC for pos,n/o,n/o,no CAC for pos,7.33,10,10,12,",
				'c24000 (few),2,30,27,,,n/o,n/o,,10,10,10,12,13.5 (partial)',
				'c24003 (few),1,13,11,12,n/o,n/o,n/o,not yet (2),2,11 (partial),,,'
			]
		],
		// pos and no channel in 24000, in the order stored.
		[
			'pos and no channel in the oldest cohort',
			[0, 1, 1],
			[1, 0, 0],
			12,
			["'=All,3,43,38,,no CAC for pos+,n/o,n/o,no CAC for pos+,7.33,10,10,12,"]
		],
		// pos in 24003: G(0) skipped; 24000 alone (CAC 20) peaks at 12 (month 3), not reached.
		[
			'pos in the younger cohort',
			[2, 0, 0],
			[0, 1, 0],
			20,
			["'=All,3,43,38,,0.6 (2/3 to m3 at 20),n/o,n/o,not yet to m3 (skipped to m0: pos),7.33,10,10,12,"]
		]
	] as [string, number[], number[], number, string[]][])('%s', (_name, jan, apr, web, expected) => {
		const lines = profitCsv(profitTable(withChannels(jan, apr), costs(web)), TEXTS).split('\r\n');
		expect(lines.slice(1, 1 + expected.length)).toEqual(expected);
	});
});
