import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FirstOrderBreakdown, FirstOrderGroup } from '$lib/analysis/first-order';
import { wilsonInterval } from '$lib/analysis/wilson';
import { firstOrderCsv, firstOrderCsvTexts, type FirstOrderCsvTexts } from './first-order-csv';
import en from '$lib/i18n/en/firstOrder';
import lv from '$lib/i18n/lv/firstOrder';
import nl from '$lib/i18n/nl/firstOrder';
import ru from '$lib/i18n/ru/firstOrder';
import zh from '$lib/i18n/zh/firstOrder';

function group(kind: FirstOrderGroup['kind'], value: string, over: Partial<FirstOrderGroup> = {}): FirstOrderGroup {
	return {
		kind,
		value,
		values: kind === 'value' ? 1 : 0,
		customers: 3,
		repeat: 1,
		repeatRate: 1 / 3,
		interval: { low: 0.06149, high: 0.79233 },
		uncertain: true,
		medianDays: 12.5,
		medianUncertain: true,
		within: {
			days: 90,
			observed: 2,
			reordered: 1,
			share: 0.5,
			interval: { low: 0.09453, high: 0.90547 },
			uncertain: true
		},
		ltv: [{ month: 0, customers: 3, perCustomer: 10 / 3, uncertain: true }],
		clv: {
			customers: 3,
			perCustomer: 41.2345,
			interval: { low: 30.123, high: 55.678, method: 'bootstrap' },
			uncertain: true
		},
		...over
	};
}

const TEXTS: FirstOrderCsvTexts = {
	rank: 'Rank',
	group: 'Group',
	customers: 'Customers',
	cameBack: 'Came back',
	share: 'Share',
	low: 'Low',
	high: 'High',
	uncertain: 'Uncertain',
	median: 'Median',
	medianUncertain: 'Median uncertain',
	observed: 'Observed',
	reordered: 'Within',
	withinShare: 'Within share',
	withinLow: 'Within low',
	withinHigh: 'Within high',
	withinUncertain: 'Within uncertain',
	clvCustomers: 'CLV customers',
	clv: 'CLV',
	clvLow: 'CLV low',
	clvHigh: 'CLV high',
	clvUncertain: 'CLV uncertain',
	clvTopShare: 'CLV top share',
	month: (m) => `M${m}`,
	monthBasis: (m) => `N${m}`,
	monthUncertain: (m) => `U${m}`,
	nameOf: (g) => (g.kind === 'value' ? g.value : g.kind === 'all' ? 'All' : '(none)'),
	yes: 'yes',
	no: 'no'
};

describe('firstOrderCsv', () => {
	// All customers: 3 of the 7 observed 90 days came back within 90 days. 95 % Wilson interval by hand,
	// z = 1.959964, z² = 3.841459, n = 7, p = 3/7 = 0.428571:
	//   denominator = 1 + z²/n = 1 + 0.548780 = 1.548780
	//   centre = (p + z²/(2n)) / denominator = (0.428571 + 0.274390) / 1.548780 = 0.453881
	//   half = z / denominator · √(p(1 − p)/n + z²/(4n²)) = 1.265489 · √(0.034985 + 0.019599)
	//        = 1.265489 · 0.233634 = 0.295661
	//   low = 0.158220 → 0.1582, high = 0.749542 → 0.7495; 7 observed < 30: uncertain.
	// The value group: 1 of 2 (p = 0.5, centre 0.5, half = 0.671053 · √(0.125 + 0.240091) = 0.405469,
	// 0.0945 – 0.9055). "(none)": nobody observed 90 days, so the share, its interval and its mark are empty.
	// All customers: 30 of 40 came back, so the median rests on enough of them (not uncertain).
	const all = group('all', '', {
		customers: 40,
		repeat: 30,
		repeatRate: 0.75,
		interval: wilsonInterval(30, 40),
		uncertain: false,
		medianUncertain: false,
		within: {
			days: 90,
			observed: 7,
			reordered: 3,
			share: 3 / 7,
			interval: wilsonInterval(3, 7),
			uncertain: true
		},
		ltv: [
			{ month: 0, customers: 30, perCustomer: 20, uncertain: false },
			{ month: 1, customers: 12, perCustomer: 25.556, uncertain: true }
		],
		clv: {
			customers: 40,
			perCustomer: 41.2345,
			interval: { low: 35.556, high: 47.004, method: 't' },
			uncertain: false,
			topShare: 0.123456
		}
	});
	const breakdown: FirstOrderBreakdown = {
		customers: 40,
		firstDay: 0,
		lastDay: 100,
		lastCompleteDay: 90,
		values: 1,
		all,
		groups: []
	};
	const text = firstOrderCsv(
		breakdown,
		[
			group('value', '=HYPERLINK("x")', {
				within: {
					days: 90,
					observed: 2,
					reordered: 1,
					share: 0.5,
					interval: wilsonInterval(1, 2),
					uncertain: true
				}
			}),
			group('none', '', {
				medianDays: null,
				medianUncertain: false,
				within: { days: 90, observed: 0, reordered: 0, share: null, interval: null, uncertain: false },
				clv: { customers: 0, perCustomer: null, interval: null, uncertain: false }
			}),
			// One customer of three with a predicted CLV: no interval (empty bounds), uncertain.
			group('value', 'solo', {
				clv: { customers: 1, perCustomer: 12.5, interval: null, uncertain: true }
			})
		],
		TEXTS
	);
	const lines = text.replace('\ufeff', '').trim().split('\r\n');

	it.each([
		[
			0,
			'Rank,Group,Customers,Came back,Share,Low,High,Uncertain,Median,Median uncertain,Observed,Within,Within share,Within low,Within high,Within uncertain,CLV customers,CLV,CLV low,CLV high,CLV uncertain,CLV top share,M0,N0,U0,M1,N1,U1'
		],
		// All customers: no rank (the page shows none); the groups are ranked 1, 2, 3 in the order given.
		[
			1,
			',All,40,30,0.75,0.5981,0.8581,no,12.5,no,7,3,0.4286,0.1582,0.7495,yes,40,41.23,35.56,47,no,0.1235,20,30,no,25.56,12,yes'
		],
		[
			2,
			`1,"'=HYPERLINK(""x"")",3,1,0.3333,0.0615,0.7923,yes,12.5,yes,2,1,0.5,0.0945,0.9055,yes,3,41.23,30.12,55.68,yes,,3.33,3,yes,,,`
		],
		[3, '2,(none),3,1,0.3333,0.0615,0.7923,yes,,,0,0,,,,,0,,,,,,3.33,3,yes,,,'],
		[4, '3,solo,3,1,0.3333,0.0615,0.7923,yes,12.5,yes,2,1,0.5,0.0945,0.9055,yes,1,12.5,,,yes,,3.33,3,yes,,,']
	])('line %i', (k, expected) => expect(lines[k]).toBe(expected));

	it('starts with a byte-order mark for spreadsheets', () => expect(text.startsWith('\ufeff')).toBe(true));
});

describe.each([
	['en', en],
	['lv', lv],
	['ru', ru],
	['zh', zh],
	['nl', nl]
])('the %s CSV header', (_, catalogue) => {
	const texts = firstOrderCsvTexts(catalogue, {
		days: '90',
		minimum: '30',
		warned: false,
		revenue: 'REVENUE NAME',
		nameOf: () => ''
	});
	const breakdown: FirstOrderBreakdown = {
		customers: 3,
		firstDay: 0,
		lastDay: 100,
		lastCompleteDay: 90,
		values: 0,
		all: group('all', '', {
			ltv: [0, 1].map((month) => ({ month, customers: 3, perCustomer: 1, uncertain: true }))
		}),
		groups: []
	};
	const header = Papa.parse<string[]>(firstOrderCsv(breakdown, [], texts).replace('\ufeff', '')).data[0];

	// One name per quantity: the LTV columns name the data set's revenue as its key figures do (order
	// totals for WooCommerce, quantity × price for UCI), not always "net revenue".
	it('names the revenue of each month as the data set does', () => {
		expect(header[22]).toContain('REVENUE NAME');
		expect(header[22]).toContain('0');
		expect(header[25]).toContain('REVENUE NAME');
	});

	it('names every column differently (a count, a share and its interval bounds are not confused)', () => {
		expect(header).toHaveLength(28);
		expect(new Set(header).size).toBe(header.length);
	});

	it.each([
		['withinShare', texts.withinShare],
		['withinLow', texts.withinLow],
		['withinHigh', texts.withinHigh],
		['withinUncertain', texts.withinUncertain],
		['observed', texts.observed]
	])('%s names the 90-day window', (_, text) => expect(text).toContain('90'));

	it('gives the rank first, and names the minimum behind an uncertain predicted CLV', () => {
		expect(header[0]).toBe(catalogue.rank);
		expect(texts.clvUncertain).toContain('30');
	});
});

describe('the Russian CSV month headers', () => {
	it.each([
		['0', 'Чистые продажи на клиента по 0-й месяц включительно', 'Клиенты, наблюдаемые по 0-й месяц включительно'],
		['3', 'Чистые продажи на клиента по 3-й месяц включительно', 'Клиенты, наблюдаемые по 3-й месяц включительно']
	])('month %s reads as an ordinal (“по 3-й месяц”, not “по месяц 3”)', (month, revenue, basis) => {
		expect(ru.csvMonth({ month, revenue: 'Чистые продажи' })).toBe(revenue);
		expect(ru.csvMonthBasis({ month })).toBe(basis);
	});
});
