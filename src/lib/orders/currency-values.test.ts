import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import { findWarning } from './report';
import { currencyOfValue } from './sniff/currency-marks';
import { importOrdersText as importText, sampleOf, sourceOf, TEST_TODAY } from './test-support';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/orders/${name}`, import.meta.url));

describe('what a currency column’s value names', () => {
	it.each([
		['EUR', { code: 'EUR' }],
		[' eur ', { code: 'EUR' }],
		['€', { code: 'EUR' }],
		['Euro', { code: 'EUR' }],
		['руб.', { code: 'RUB' }],
		['₽', { code: 'RUB' }],
		['р.', { code: 'RUB' }],
		['RUR', { code: 'RUB' }],
		['£', { code: 'GBP' }],
		['元', { code: 'CNY' }],
		['RMB', { code: 'CNY' }],
		['人民币', { code: 'CNY' }],
		['zł', { code: 'PLN' }],
		['US$', { code: 'USD' }],
		['Kč', { code: 'CZK' }],
		['$', { shared: '$' }],
		['¥', { shared: '¥' }],
		['kr', { shared: 'KR' }],
		['kr.', { shared: 'KR' }],
		['N/A', null],
		['Cash', null],
		['XYZ', null]
	])('%j: %j', (value, read) => {
		expect(currencyOfValue(value)).toEqual(read);
	});
});

describe('a currency column holding a sign or a local name instead of an ISO code', () => {
	it('reads “€” as EUR (a file whose Currency column is “€”)', async () => {
		const { report } = await importText(fixture('currency_signs.csv').toString('utf8'));
		expect(report.ordersKept).toBe(4);
		expect(report.currency).toBe('EUR');
		expect(report.currencyFrom).toBe('column');
		expect(findWarning(report.warnings, 'severalCurrencies')).toBeNull();
	});

	it('reads 1C’s “руб.” as RUB once its “Валюта документа” is chosen as the currency', async () => {
		const bytes = new Uint8Array(fixture('1c_realizacii_rub_1251.csv'));
		const { plan } = inspectSample(sampleOf('realizacii.csv', bytes));
		plan.mapping.currency = 4;
		const result = await runImport([sourceOf(bytes, plan)], { today: TEST_TODAY });
		if (result.kind !== 'orders') throw new Error('expected orders');
		expect(result.report.ordersKept).toBe(4);
		expect(result.report.revenue).toBeCloseTo(17628.82 + 24715.38 + 10911.86 + 8359.16, 2);
		expect(result.report.currency).toBe('RUB');
	});

	const file = (currencies: string[]) =>
		'Order ID,Order Date,Email,Total,Currency\n' +
		currencies
			.map(
				(c, i) =>
					`A${i + 1},2024-0${1 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, '0')},c${i % 3}@x.com,10.00,${c}\n`
			)
			.join('');

	it('says that “$” names no one currency, and names none for the data set', async () => {
		const { report } = await importText(file(['$', '$', '$']));
		expect(report.currency).toBeNull();
		expect(findWarning(report.warnings, 'sharedCurrencyMark')).toMatchObject({
			mark: '$',
			count: 3,
			inColumn: true
		});
	});

	it('counts “$” beside “€” as another currency, not as euros', async () => {
		const { report } = await importText(file(['€', '€', '$']));
		expect(report.currency).toBe('EUR');
		expect(findWarning(report.warnings, 'severalCurrencies')?.counts).toEqual({ EUR: 2, $: 1 });
	});

	it('lists the rows whose currency is no currency, keeps their orders, and reads the others', async () => {
		const { report } = await importText(file(['€', 'N/A', '€', 'Cash']));
		expect(report.ordersKept).toBe(4);
		expect(report.currency).toBe('EUR');
		expect(findWarning(report.warnings, 'unreadCurrency')).toEqual({
			code: 'unreadCurrency',
			count: 2,
			examples: [
				{ file: 0, row: 3, value: 'N/A' },
				{ file: 0, row: 5, value: 'Cash' }
			]
		});
	});

	it('lists them as well when the file is read in byte ranges', async () => {
		const currencies = Array.from({ length: 60 }, (_, i) => (i % 20 === 7 ? 'N/A' : '€'));
		const { report } = await importText(file(currencies), 3);
		expect(report.ordersKept).toBe(60);
		expect(report.currency).toBe('EUR');
		expect(findWarning(report.warnings, 'unreadCurrency')?.count).toBe(3);
	});
});
