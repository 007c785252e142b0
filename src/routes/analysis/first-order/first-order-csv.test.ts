import { describe, expect, it } from 'vitest';
import type { FirstOrderBreakdown, FirstOrderGroup } from '$lib/analysis/first-order';
import { firstOrderCsv, type FirstOrderCsvTexts } from './first-order-csv';
import ru from '$lib/i18n/ru/firstOrder';

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
		within: {
			days: 90,
			observed: 2,
			reordered: 1,
			share: 0.5,
			interval: { low: 0.09453, high: 0.90547 },
			uncertain: true
		},
		ltv: [{ month: 0, customers: 3, perCustomer: 10 / 3, uncertain: true }],
		clv: { customers: 3, perCustomer: 41.2345 },
		...over
	};
}

const TEXTS: FirstOrderCsvTexts = {
	group: 'Group',
	customers: 'Customers',
	cameBack: 'Came back',
	share: 'Share',
	low: 'Low',
	high: 'High',
	uncertain: 'Uncertain',
	median: 'Median',
	observed: 'Observed',
	reordered: 'Within',
	withinShare: 'Within share',
	clvCustomers: 'CLV customers',
	clv: 'CLV',
	month: (m) => `M${m}`,
	monthBasis: (m) => `N${m}`,
	monthUncertain: (m) => `U${m}`,
	nameOf: (g) => (g.kind === 'value' ? g.value : g.kind === 'all' ? 'All' : '(none)'),
	yes: 'yes',
	no: 'no'
};

describe('firstOrderCsv', () => {
	const all = group('all', '', {
		customers: 30,
		uncertain: false,
		ltv: [
			{ month: 0, customers: 30, perCustomer: 20, uncertain: false },
			{ month: 1, customers: 12, perCustomer: 25.556, uncertain: true }
		]
	});
	const breakdown: FirstOrderBreakdown = {
		customers: 30,
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
			group('value', '=HYPERLINK("x")'),
			group('none', '', { medianDays: null, clv: { customers: 0, perCustomer: null } })
		],
		TEXTS
	);
	const lines = text.replace('\ufeff', '').trim().split('\r\n');

	it.each([
		[
			0,
			'Group,Customers,Came back,Share,Low,High,Uncertain,Median,Observed,Within,Within share,CLV customers,CLV,M0,N0,U0,M1,N1,U1'
		],
		[1, 'All,30,1,0.3333,0.0615,0.7923,no,12.5,2,1,0.5,3,41.23,20,30,no,25.56,12,yes'],
		[2, `"'=HYPERLINK(""x"")",3,1,0.3333,0.0615,0.7923,yes,12.5,2,1,0.5,3,41.23,3.33,3,yes,,,`],
		[3, '(none),3,1,0.3333,0.0615,0.7923,yes,,2,1,0.5,0,,3.33,3,yes,,,']
	])('line %i', (k, expected) => expect(lines[k]).toBe(expected));

	it('starts with a byte-order mark for spreadsheets', () => expect(text.startsWith('\ufeff')).toBe(true));
});

describe('the Russian CSV month headers', () => {
	it.each([
		['0', 'Чистая выручка на клиента по 0-й месяц включительно', 'Клиенты, наблюдаемые по 0-й месяц включительно'],
		['3', 'Чистая выручка на клиента по 3-й месяц включительно', 'Клиенты, наблюдаемые по 3-й месяц включительно']
	])('month %s reads as an ordinal (“по 3-й месяц”, not “по месяц 3”)', (month, revenue, basis) => {
		expect(ru.csvMonth({ month })).toBe(revenue);
		expect(ru.csvMonthBasis({ month })).toBe(basis);
	});
});
