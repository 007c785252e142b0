import { describe, expect, it } from 'vitest';
import { inspectSample } from '../inspect';
import { runImport } from '../pipeline';
import { rangesOf, sampleOf, sourceOf } from '../test-support';
import { currencyFromMarks, currencyMark, mayHaveCurrencyMark } from './currency-marks';

describe('the currency mark of an amount as written', () => {
	it.each([
		['12.50', null],
		['-7', null],
		['(12.50)', null],
		['12.50-', null],
		['$24.50', '$'],
		['-$24.50', '$'],
		['€ 1.234,56', '€'],
		['12,50 zł', 'ZŁ'],
		['1 234,56 руб.', 'РУБ'],
		['USD 12.50', 'USD'],
		['12.50 eur', 'EUR'],
		['R$ 19,90', 'R$'],
		['US$12', 'US$'],
		['kr 99,00', 'KR'],
		['12.50 per item', null]
	])('%s has %s', (raw, mark) => {
		expect(mayHaveCurrencyMark(raw) ? currencyMark(raw) : null).toBe(mark);
	});
});

describe('the currency the marks in a file’s amounts name', () => {
	it.each([
		{ marks: { '€': 9 }, codes: { EUR: 9 }, shared: [] },
		{ marks: { '€': 3, EUR: 2 }, codes: { EUR: 5 }, shared: [] },
		{ marks: { ZŁ: 4, '£': 1 }, codes: { PLN: 4, GBP: 1 }, shared: [] },
		{ marks: { CHF: 2 }, codes: { CHF: 2 }, shared: [] },
		{ marks: { $: 6 }, codes: {}, shared: [{ mark: '$', count: 6 }] },
		{ marks: { '¥': 2, 'CN¥': 1 }, codes: { CNY: 1 }, shared: [{ mark: '¥', count: 2 }] },
		{ marks: { PCS: 3 }, codes: {}, shared: [] }
	])('$marks', ({ marks, codes, shared }) => {
		const result = currencyFromMarks(new Map(Object.entries(marks)));
		expect(result.codes).toEqual(codes);
		expect(result.shared.map(({ mark, count }) => ({ mark, count }))).toEqual(shared);
	});

	it('lists the currencies a shared mark may stand for', () => {
		expect(currencyFromMarks(new Map([['$', 1]])).shared[0].currencies).toContain('USD');
		expect(currencyFromMarks(new Map([['KR', 1]])).shared[0].currencies).toEqual(['SEK', 'NOK', 'DKK', 'ISK']);
	});
});

const TODAY = 20_000;
const encoder = new TextEncoder();
const HEADER = 'Order ID,Customer,Date,Total\n';

async function importText(text: string, ranges = 1) {
	const bytes = encoder.encode(text);
	const { plan } = inspectSample(sampleOf('orders.csv', bytes));
	const source = sourceOf(bytes, plan);
	return (
		await runImport(ranges > 1 ? [{ ...source, ranges: rangesOf(bytes, ranges, TODAY) }] : [source], {
			today: TODAY
		})
	).report;
}

describe('an import whose file names no currency but marks its amounts', () => {
	const rows = (marks: string[]) =>
		HEADER +
		marks
			.map((amount, i) => `${i + 1},c${i % 3},2024-01-${String((i % 28) + 1).padStart(2, '0')},"${amount}"`)
			.join('\n');

	it('takes the currency a mark names alone, and says where it was read', async () => {
		const report = await importText(rows(['€12.50', '€ 7,00', '3.00', '€1.234,00']));
		expect(report.currency).toBe('EUR');
		expect(report.currencyFrom).toBe('amountMarks');
		expect(report.warnings.map((w) => w.code)).not.toContain('sharedCurrencyMark');
	});

	it('names no currency for "$", and warns that the setting is used, with the amounts counted', async () => {
		const report = await importText(rows(['$24.50', '$10.00', '$5.25', '-$5.25']));
		expect(report.currency).toBeNull();
		expect(report.currencyFrom).toBeUndefined();
		expect(report.warnings).toContainEqual(
			expect.objectContaining({ code: 'sharedCurrencyMark', mark: '$', count: 4 })
		);
		expect(report.revenue).toBeCloseTo(34.5, 2);
	});

	it('says that amounts in "$" and in "€" were added up', async () => {
		const report = await importText(rows(['€12.50', '€8.00', '$10.00']));
		expect(report.currency).toBe('EUR');
		expect(report.warnings).toContainEqual({ code: 'severalCurrencies', counts: { EUR: 2, $: 1 } });
	});

	it('counts the same marks when the file is read in byte ranges', async () => {
		const text = rows(Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? `$${i}.00` : `${i}.00`)));
		const whole = await importText(text);
		const ranged = await importText(text, 3);
		expect(ranged.warnings).toEqual(whole.warnings);
		expect(whole.warnings).toContainEqual(expect.objectContaining({ code: 'sharedCurrencyMark', count: 10 }));
	});

	it('counts the marks of a file without a currency column beside another file’s column', async () => {
		const withColumn = encoder.encode('Order ID,Customer,Date,Total,Currency\n1,a,2024-01-01,12.00,EUR\n');
		const withMarks = encoder.encode(HEADER + '2,b,2024-01-02,$8.00\n3,c,2024-01-03,$9.00\n');
		const { report } = await runImport(
			[withColumn, withMarks].map((bytes, i) =>
				sourceOf(bytes, inspectSample(sampleOf(`orders-${i}.csv`, bytes)).plan)
			),
			{ today: TODAY }
		);
		expect(report.currency).toBe('EUR');
		expect(report.currencyFrom).toBe('column');
		expect(report.warnings).toContainEqual({ code: 'severalCurrencies', counts: { EUR: 1, $: 2 } });
		expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'sharedCurrencyMark', count: 2 }));
	});

	it('reads the currency column, not the marks, where the file has one', async () => {
		const report = await importText(
			'Order ID,Customer,Date,Total,Currency\n1,a,2024-01-01,$12.00,CAD\n2,b,2024-01-02,$8.00,CAD\n'
		);
		expect(report.currency).toBe('CAD');
		expect(report.currencyFrom).toBe('column');
		expect(report.warnings.map((w) => w.code)).not.toContain('sharedCurrencyMark');
	});
});

describe('a per-customer summary whose monetary values carry a mark', () => {
	const summary = (money: string[]) =>
		'customer_id,frequency,recency,T,monetary_value\n' +
		money.map((m, i) => `c${i},2,10,30,"${m}"`).join('\n') +
		'\n';

	it('takes its currency from a mark that names one', async () => {
		const report = await importText(summary(['€12,50', '€8,00']));
		expect(report.kind).toBe('summary');
		expect(report.currency).toBe('EUR');
		expect(report.currencyFrom).toBe('amountMarks');
	});

	it('says that "$" values are shown in the setting', async () => {
		const report = await importText(summary(['$12.50', '$8.00', '$3.00']));
		expect(report.currency).toBeNull();
		expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'sharedCurrencyMark', count: 3 }));
	});
});
