import { describe, expect, it } from 'vitest';
import {
	aboveHundredText,
	amountCurrency,
	changeText,
	earlierText,
	periodFlags,
	rangeProblemText,
	retentionNotes,
	unmeasuredText
} from './basis-text';
import { indexCustomers } from '$lib/analysis/customers';
import { periodSeries } from '$lib/analysis/periods';
import { columnsOf } from '$lib/test-support/order-columns';
import { dayFromYmd } from '$lib/format/date';
import { fmt } from '$lib/format/formatters.svelte';
import type { ImportWarning } from '$lib/orders/report';

describe('changes as the KPI cards say them (English)', () => {
	it.each([
		[{ kind: 'points', value: 0.05 } as const, '+5 pp'],
		[{ kind: 'points', value: -0.125 } as const, '−12.5 pp'],
		[{ kind: 'points', value: 0 } as const, '±0 pp'],
		// QA 64: a change too small to show at one decimal was "−0 pp".
		[{ kind: 'points', value: -0.0004 } as const, '±0 pp'],
		[{ kind: 'points', value: 0.0006 } as const, '+0.1 pp'],
		[{ kind: 'relative', value: -0.0004 } as const, '±0%'],
		[{ kind: 'relative', value: 1.5909 } as const, '+159.1%'],
		[{ kind: 'relative', value: -0.25 } as const, '−25%'],
		[{ kind: 'none' } as const, 'no change figure']
	])('%o → %s', (change, text) => expect(changeText(change)).toBe(text));

	it('puts the earlier figure before the change, or says it is not comparable', () => {
		const format = (v: number | null) => (v === null ? '—' : `€${v.toFixed(2)}`);
		expect(earlierText({ kind: 'comparable', before: 55, change: { kind: 'relative', value: 0.5 } }, format)).toBe(
			'€55.00 (+50%)'
		);
		expect(earlierText({ kind: 'notComparable' }, format)).toBe('not comparable');
		// No earlier figure (e.g. no measurable period then): said once, without a change.
		expect(earlierText({ kind: 'comparable', before: null, change: { kind: 'none' } }, format)).toBe('—');
	});

	it.each([
		[{ kind: 'order' } as const, 'The start date is after the end date.'],
		[{ kind: 'format', field: 'to' } as const, 'The end date is not a valid date.'],
		[
			{ kind: 'missing', field: 'from' } as const,
			'Enter a start date as well, or clear both dates to use all orders.'
		],
		[
			{ kind: 'outside', dataFrom: dayFromYmd(2023, 1, 5), dataTo: dayFromYmd(2023, 4, 10) } as const,
			'The range reaches outside the data: its orders run from 5 Jan 2023 to 10 Apr 2023. Choose dates within those.'
		]
	])('%o', (problem, text) => expect(rangeProblemText(problem)).toBe(text));
});

describe('a partial latest period, said by what cuts it (English)', () => {
	const basis = { kind: 'partial', coveredDays: 10, days: 31 } as const;
	const march = 2023 * 12 + 2; // month index: year × 12 + month (0-based)
	it.each([
		[false, 'Mar 2023 is the latest period and the data covers only 10 of its 31 days; no complete period yet.'],
		[
			true,
			'Mar 2023 is the latest period and the date range covers only 10 of its 31 days; no complete period in the range yet.'
		]
	])('cut by the range: %s', (cut, text) => expect(unmeasuredText(basis, march, 'month', 12, cut)).toBe(text));
});

describe('a CRR above 100 %, said with the count of customers who came back (English)', () => {
	const may2026 = 2026 * 12 + 4;
	it.each([
		[1, 12, 'CRR 150% for May 2026 is above 100 %: 1 customer came back after more than 12 months without buying.'],
		[
			3,
			12,
			'CRR 150% for May 2026 is above 100 %: 3 customers came back after more than 12 months without buying.'
		],
		[2, 1, 'CRR 150% for May 2026 is above 100 %: 2 customers came back after more than 1 month without buying.']
	])('%i returning, window %i', (returning, window, start) =>
		expect(aboveHundredText({ month: may2026, crr: 1.5, returning }, 'month', window)).toContain(start)
	);
});

describe('periods without orders (English)', () => {
	it('are flagged in the table and named in a note under it, the first three', () => {
		const columns = columnsOf([
			[0, '2023-01-10'],
			[1, '2023-02-10'],
			[0, '2023-07-10'],
			[1, '2023-08-31']
		]);
		const rows = periodSeries(columns, indexCustomers(columns, 2), 'month', 12);
		expect(periodFlags(rows[2])).toEqual(['(base still building)', '(no orders)']);
		expect(periodFlags(rows[1])).toEqual(['(base still building)']);
		const note = retentionNotes(rows, 'month', 12).find((n) => n.id === 'noOrders');
		expect(note?.text).toBe(
			'No order in Mar 2023, Apr 2023, May 2023 and 1 more. If the shop sold then, the export misses those days (a monthly file left out?), and S, E, N and the CRR of the periods around them count without those orders.'
		);
		expect(note?.muted).toBe(false);
	});
});

describe('the currency a data set’s amounts are shown in', () => {
	const mixed: ImportWarning = { code: 'severalCurrencies', counts: { EUR: 2, USD: 1 } };
	it.each([
		['the file’s', { currency: 'GBP', report: { warnings: [] } }, '£120.00'],
		['the setting where the file names none', { currency: null, report: { warnings: [] } }, '€120.00'],
		// QA: 10,270.00 of EUR, USD, JPY and GBP added up was shown as "€10,270.00".
		[
			'none for orders in several, added up',
			{ currency: 'EUR', report: { warnings: [mixed] } },
			'120.00 mixed currencies'
		]
	])('%s', (_, dataset, text) => {
		expect(fmt.money(120, 2, amountCurrency(dataset, 'EUR')).replace(/\u00a0/g, ' ')).toBe(text);
	});
});
