import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { indexCustomers } from '$lib/analysis/customers';
import { MIN_REPEAT_CUSTOMERS, MIN_WITHIN_BASIS, repurchaseSummary } from '$lib/analysis/repurchase';
import en from '$lib/i18n/en/depth';
import lv from '$lib/i18n/lv/depth';
import nl from '$lib/i18n/nl/depth';
import ru from '$lib/i18n/ru/depth';
import zh from '$lib/i18n/zh/depth';
import type { OrderColumns } from '$lib/orders/columns';
import { curveCsv, gapsCsv, histogramCsv, repurchaseCsvTexts, withinCsv } from './repurchase-csv';

/** A summary from each customer's purchase days. */
function summaryOf(days: number[][]) {
	const rows = days.flatMap((list, c) => list.map((d) => ({ c, d })));
	const columns: OrderColumns = {
		count: rows.length,
		customer: Int32Array.from(rows, (r) => r.c),
		day: Int32Array.from(rows, (r) => r.d),
		amount: new Float64Array(rows.length).fill(10)
	};
	return repurchaseSummary(indexCustomers(columns, days.length), columns.day);
}
const parse = (text: string) => Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
const texts = repurchaseCsvTexts(en, { withinMinimum: '30', gapMinimum: '30' });

// Hand-worked: the data end on day 200. c0: days 0, 10, 40, 100 (gaps 10, 30, 60); c1: 0, 45 (gap 45);
// c2: 150 only (observed 50 days); c3: 200 only (observed 0 days).
const summary = summaryOf([[0, 10, 40, 100], [0, 45], [150], [200]]);

describe('the time-to-second-order CSVs', () => {
	it('histogram: each 30-day bin with its customers and their share of the 2 who came back', () => {
		// Second purchases after 10 (bin 1–30) and 45 days (bin 31–60).
		expect(parse(histogramCsv(summary.histogram, summary.repeatCustomers, texts))).toEqual([
			['From day', 'To day (empty: no end)', 'Customers', 'Share of the customers who came back'],
			['1', '30', '1', '0.5'],
			['31', '60', '1', '0.5']
		]);
	});

	it('30/60/90/180 days: each share with its basis, interval, uncertain mark and the customers left out', () => {
		const rows = parse(withinCsv(summary.within, texts));
		expect(rows[0]).toEqual([
			'Within days',
			'Customers observed that long',
			'Of them, back within that many days',
			'Share back',
			'Share back, 95 % Wilson interval low',
			'Share back, 95 % Wilson interval high',
			'Uncertain (fewer than 30 customers observed that long)',
			'Left out (observed for less)'
		]);
		// 30 days: c0, c1, c2 observed (200, 200, 50 days); c0 back in 10: 1 of 3. 180 days: c0, c1; none
		// within 180? c0 (10) and c1 (45) both: 2 of 2. All on fewer than 30 observed: uncertain.
		const [d30, , , d180] = rows.slice(1);
		expect(d30.slice(0, 4)).toEqual(['30', '3', '1', '0.3333']);
		expect(d30.slice(6)).toEqual(['yes', '1']);
		expect(d180.slice(0, 4)).toEqual(['180', '2', '2', '1']);
		expect(Number(d180[4])).toBeCloseTo(summary.within[3].interval!.low, 4);
		expect(d180[5]).toBe('1');
		expect(d180.slice(6)).toEqual(['yes', '2']);
	});

	it('curve: each point with its basis and the uncertain mark of the table’s rule', () => {
		const many = summaryOf([...Array.from({ length: 31 }, () => [0, 3]), [20]]);
		const rows = parse(curveCsv(many.curve, texts));
		expect(rows[0]).toEqual([
			'Day after the first purchase',
			'Customers observed that long',
			'Of them, back within that many days',
			'Share back',
			'Uncertain (fewer than 30 customers observed that long)'
		]);
		// Day 7 and 14: 31 observed (day 20 is the last), all back on day 3.
		expect(rows.slice(1)).toEqual([
			['7', '31', '31', '1', 'no'],
			['14', '31', '31', '1', 'no']
		]);
		expect(MIN_WITHIN_BASIS).toBe(30);
	});

	it('gaps: one row per purchase number, with counts, median, quartiles and the uncertain mark', () => {
		const rows = parse(gapsCsv(summary.gaps, texts));
		expect(rows).toEqual([
			[
				'From purchase n to n + 1',
				'Gaps',
				'Customers',
				'Median (days)',
				'Lower quartile (days)',
				'Upper quartile (days)',
				'Median uncertain (gaps from fewer than 30 customers)'
			],
			// 1 → 2: gaps 10 and 45, median 27.5, quartiles (type 7) 18.75 and 36.25.
			['1 → 2', '2', '2', '27.5', '18.8', '36.3', 'yes'],
			['2 → 3', '1', '1', '30', '30', '30', 'yes'],
			['3 → 4', '1', '1', '60', '60', '60', 'yes'],
			['4th or later', '0', '0', '', '', '', '']
		]);
		expect(MIN_REPEAT_CUSTOMERS).toBe(30);
	});

	it('starts each file with a byte-order mark, CRLF line ends', () => {
		for (const text of [
			histogramCsv(summary.histogram, 2, texts),
			withinCsv(summary.within, texts),
			curveCsv(summary.curve, texts),
			gapsCsv(summary.gaps, texts)
		]) {
			expect(text.startsWith('\ufeff')).toBe(true);
			expect(text).toContain('\r\n');
		}
	});

	it('neutralises a header a spreadsheet could read as a formula', () => {
		const odd = { ...texts, gapName: () => '=HYPERLINK("x")' };
		expect(parse(gapsCsv(summary.gaps, odd))[1][0]).toBe('\'=HYPERLINK("x")');
	});
});

describe.each([
	['en', en],
	['lv', lv],
	['ru', ru],
	['zh', zh],
	['nl', nl]
])('the %s CSV headers', (_, catalogue) => {
	const t = repurchaseCsvTexts(catalogue, { withinMinimum: '30', gapMinimum: '30' });
	it.each([
		['histogram', histogramCsv([], 0, t)],
		['within', withinCsv([], t)],
		['curve', curveCsv([], t)],
		['gaps', gapsCsv([], t)]
	])('%s: every column named, and differently', (_, text) => {
		const header = parse(text)[0];
		expect(header.every((h) => h.trim().length > 0)).toBe(true);
		expect(new Set(header).size).toBe(header.length);
	});
});
