import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '$lib/format/date';
import {
	isCovered,
	ordersInRange,
	parseIsoDay,
	presetRange,
	presetTexts,
	previousRange,
	readRange,
	usableRange,
	wholeMonths,
	yearAgoRange,
	type RangePreset
} from './date-range';

const d = (iso: string) => {
	const [y, m, day] = iso.split('-').map(Number);
	return dayFromYmd(y, m, day);
};
const range = (from: string, to: string) => ({ from: d(from), to: d(to) });

describe('parseIsoDay', () => {
	it.each([
		['2024-02-29', d('2024-02-29')],
		[' 2023-01-10 ', d('2023-01-10')],
		['2023-02-29', null],
		['2023-13-01', null],
		['2023-1-5', null],
		['10.01.2023', null],
		['', null]
	])('%s', (text, expected) => expect(parseIsoDay(text)).toBe(expected));
});

describe('readRange', () => {
	const data = { minDay: d('2023-01-10'), maxDay: d('2023-05-25') };
	it.each([
		['', '', { kind: 'all' }],
		['2023-04-01', '2023-05-25', { kind: 'range', range: range('2023-04-01', '2023-05-25') }],
		['2023-01-10', '2023-01-10', { kind: 'range', range: range('2023-01-10', '2023-01-10') }],
		['', '2023-05-01', { kind: 'invalid', problem: { kind: 'missing', field: 'from' } }],
		['2023-04-01', '', { kind: 'invalid', problem: { kind: 'missing', field: 'to' } }],
		['2023-04-31', '2023-05-01', { kind: 'invalid', problem: { kind: 'format', field: 'from' } }],
		['2023-04-01', 'May', { kind: 'invalid', problem: { kind: 'format', field: 'to' } }],
		['2023-05-02', '2023-05-01', { kind: 'invalid', problem: { kind: 'order' } }],
		[
			'2023-01-09',
			'2023-05-01',
			{ kind: 'invalid', problem: { kind: 'outside', dataFrom: data.minDay, dataTo: data.maxDay } }
		],
		[
			'2023-02-01',
			'2023-05-26',
			{ kind: 'invalid', problem: { kind: 'outside', dataFrom: data.minDay, dataTo: data.maxDay } }
		]
	])('from %s to %s', (from, to, expected) => expect(readRange(from, to, data)).toEqual(expected));

	it('checks only the form and order while the data span is not known', () => {
		expect(readRange('2001-01-01', '2001-01-02', null)).toEqual({
			kind: 'range',
			range: range('2001-01-01', '2001-01-02')
		});
	});
});

describe('presets, relative to the last order day', () => {
	const long = { minDay: d('2020-01-01'), maxDay: d('2024-03-15') };
	const short = { minDay: d('2023-01-10'), maxDay: d('2023-05-25') };
	it.each<[string, RangePreset, { minDay: number; maxDay: number }, { from: number; to: number } | null]>([
		// 15 March back 89 days through a leap February: 14 + 29 + 31 + 15.
		['last 90 days', 'last90', long, range('2023-12-17', '2024-03-15')],
		['last 12 months', 'last12Months', long, range('2023-03-16', '2024-03-15')],
		['this year', 'thisYear', long, range('2024-01-01', '2024-03-15')],
		['all', 'all', long, null],
		['last 90 days', 'last90', short, range('2023-02-25', '2023-05-25')],
		// Cut at the data's first day.
		['last 12 months, cut', 'last12Months', short, range('2023-01-10', '2023-05-25')],
		// Ending on a month's last day: 12 whole months, never 366 days from 29 February.
		[
			'last 12 months, whole',
			'last12Months',
			{ minDay: d('2020-01-01'), maxDay: d('2025-02-28') },
			range('2024-03-01', '2025-02-28')
		],
		[
			'last 12 months, leap end',
			'last12Months',
			{ minDay: d('2020-01-01'), maxDay: d('2024-02-29') },
			range('2023-03-01', '2024-02-29')
		],
		[
			'last 12 months, 31st',
			'last12Months',
			{ minDay: d('2020-01-01'), maxDay: d('2024-03-31') },
			range('2023-04-01', '2024-03-31')
		],
		[
			'last 12 months, 30th of a 31-day month',
			'last12Months',
			{ minDay: d('2020-01-01'), maxDay: d('2024-03-30') },
			range('2023-03-31', '2024-03-30')
		],
		['this year, cut', 'thisYear', short, range('2023-01-10', '2023-05-25')],
		['this quarter', 'thisQuarter', short, range('2023-04-01', '2023-05-25')],
		['last quarter', 'lastQuarter', short, range('2023-01-10', '2023-03-31')],
		[
			'this and last quarter at a quarter’s end',
			'lastQuarter',
			{ minDay: d('2020-01-01'), maxDay: d('2026-09-30') },
			range('2026-04-01', '2026-06-30')
		],
		[
			'this quarter from November',
			'thisQuarter',
			{ minDay: d('2020-01-01'), maxDay: d('2026-11-20') },
			range('2026-10-01', '2026-11-20')
		]
	])('%s (%s)', (_, preset, data, expected) => expect(presetRange(preset, data)).toEqual(expected));
});

describe('earlier ranges', () => {
	it.each([
		// A quarter to date against the same days of the quarter before (not the 75 days before 1 January).
		[range('2024-01-01', '2024-03-15'), range('2023-10-01', '2023-12-15'), range('2023-01-01', '2023-03-15')],
		[range('2023-04-01', '2023-05-25'), range('2023-01-01', '2023-02-25'), range('2022-04-01', '2022-05-25')],
		// QA: 1 Oct – 20 Nov 2026 against 1 Jul – 20 Aug (not 11 Aug – 30 Sep, the 51 days before).
		[range('2026-10-01', '2026-11-20'), range('2026-07-01', '2026-08-20'), range('2025-10-01', '2025-11-20')],
		// A month to date against the same days of the month before; 30 March has no 30 February.
		[range('2024-03-01', '2024-03-30'), range('2024-02-01', '2024-02-29'), range('2023-03-01', '2023-03-30')],
		// A year to date (past a quarter) against the same dates a year before.
		[range('2024-01-01', '2024-05-25'), range('2023-01-01', '2023-05-25'), range('2023-01-01', '2023-05-25')],
		// A quarter or year to date of whole months (data ending on a month's last day): the same
		// months of the quarter or year before, each whole (QA: 1 Apr – 31 May was set beside 1 Feb – 31 Mar).
		[range('2025-04-01', '2025-05-31'), range('2025-01-01', '2025-02-28'), range('2024-04-01', '2024-05-31')],
		[range('2025-01-01', '2025-02-28'), range('2024-10-01', '2024-11-30'), range('2024-01-01', '2024-02-29')],
		[range('2025-01-01', '2025-05-31'), range('2024-01-01', '2024-05-31'), range('2024-01-01', '2024-05-31')],
		[range('2024-10-01', '2024-11-30'), range('2024-07-01', '2024-08-31'), range('2023-10-01', '2023-11-30')],
		// Not from a period's first day, or across a quarter from a month's first: the days just before.
		[range('2023-04-02', '2023-05-25'), range('2023-02-07', '2023-04-01'), range('2022-04-02', '2022-05-25')],
		[range('2023-05-01', '2023-07-10'), range('2023-02-19', '2023-04-30'), range('2022-05-01', '2022-07-10')],
		// 29 February a year earlier is 28 February.
		[range('2024-02-29', '2024-02-29'), range('2024-02-28', '2024-02-28'), range('2023-02-28', '2023-02-28')],
		// Whole months go back by whole months: a quarter (91 days) against the quarter before (90 days).
		[range('2023-04-01', '2023-06-30'), range('2023-01-01', '2023-03-31'), range('2022-04-01', '2022-06-30')],
		[range('2024-03-01', '2024-03-31'), range('2024-02-01', '2024-02-29'), range('2023-03-01', '2023-03-31')],
		[range('2024-01-01', '2024-12-31'), range('2023-01-01', '2023-12-31'), range('2023-01-01', '2023-12-31')],
		[range('2024-02-01', '2024-02-29'), range('2024-01-01', '2024-01-31'), range('2023-02-01', '2023-02-28')],
		// A year before a whole February is the whole February, 29th included.
		[range('2025-02-01', '2025-02-28'), range('2025-01-01', '2025-01-31'), range('2024-02-01', '2024-02-29')],
		[range('2024-03-01', '2025-02-28'), range('2023-03-01', '2024-02-29'), range('2023-03-01', '2024-02-29')]
	])('%o', (current, previous, yearAgo) => {
		expect(previousRange(current)).toEqual(previous);
		expect(yearAgoRange(current)).toEqual(yearAgo);
	});

	it.each([
		[range('2023-04-01', '2023-06-30'), 3],
		[range('2024-02-01', '2024-02-29'), 1],
		[range('2024-02-01', '2024-02-28'), null],
		[range('2023-04-02', '2023-06-30'), null],
		[range('2023-01-01', '2024-12-31'), 24]
	])('whole months of %o: %s', (r, months) => expect(wholeMonths(r)).toBe(months));

	it('is covered only when the data has all of it', () => {
		const data = { minDay: d('2023-01-10'), maxDay: d('2023-05-25') };
		expect(isCovered(range('2023-02-05', '2023-03-31'), data)).toBe(true);
		expect(isCovered(range('2023-01-09', '2023-03-31'), data)).toBe(false);
		expect(isCovered(range('2022-04-01', '2022-05-25'), data)).toBe(false);
	});
});

describe('ordersInRange', () => {
	it('keeps the orders of the range (both ends included) that the filter accepts', () => {
		const columns = {
			count: 4,
			customer: Int32Array.from([0, 1, 2, 3, 9]),
			day: Int32Array.from([10, 11, 12, 13, 11]),
			amount: Float64Array.from([1, 2, 3, 4, 99])
		};
		const kept = ordersInRange(columns, { from: 11, to: 12 });
		expect(kept.count).toBe(2);
		expect([...kept.customer]).toEqual([1, 2]);
		expect([...kept.amount]).toEqual([2, 3]);
		const odd = ordersInRange(columns, { from: 10, to: 13 }, (row) => columns.customer[row] % 2 === 1);
		expect([...odd.day]).toEqual([11, 13]);
	});
});

describe('usableRange: what a range choice puts in the settings', () => {
	const span = { minDay: dayFromYmd(2023, 1, 1), maxDay: dayFromYmd(2023, 6, 30) };
	const range = { from: dayFromYmd(2023, 3, 1), to: dayFromYmd(2023, 3, 31) };
	it.each([
		['all orders', { kind: 'all' } as const, span, undefined],
		['a range checked against the data', { kind: 'range', range } as const, span, range],
		['a range not yet checked (span unknown)', { kind: 'range', range } as const, null, null],
		['an invalid range', { kind: 'invalid', problem: { kind: 'order' } } as const, span, null]
	])('%s', (_, choice, data, expected) => expect(usableRange(choice, data)).toEqual(expected));
});

describe('presetTexts: the dates a preset types into the fields', () => {
	const span = { minDay: dayFromYmd(2023, 1, 1), maxDay: dayFromYmd(2023, 6, 30) };
	it.each([
		['thisYear', span, { from: '2023-01-01', to: '2023-06-30' }],
		['all', span, { from: '', to: '' }],
		['thisYear', null, { from: '', to: '' }]
	] as const)('%s over %o', (preset, data, expected) => expect(presetTexts(preset, data)).toEqual(expected));
});
