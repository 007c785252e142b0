import { describe, expect, it } from 'vitest';
import { dayFromYmd as d } from '$lib/format/date';
import { copiesOf, importOrdersText as importText, headline } from './test-support';

// An export opened in Excel, its date column formatted as numbers, saved again: 45292 is 1 Jan 2024.
const EXCEL =
	'order_id,customer,order_date,total\n' +
	'1,anna@example.com,45292,10.00\n' +
	'2,ben@example.com,45300.6875,20.00\n' +
	'3,anna@example.com,45352,5.00\n';

// The same saved where a comma is the decimal mark: semicolons between cells, "45300,6875".
const EXCEL_COMMA = EXCEL.replace(/,/g, ';')
	.replace('45300.6875', '45300,6875')
	.replace(/(\d)\.(\d\d)\n/g, '$1,$2\n');

// A database dump: created as Unix seconds (1704153600 is 2024-01-02 00:00 UTC).
const UNIX =
	'id,customer_id,created,amount\n' + '1,7,1704153600,10.00\n' + '2,8,1705276800,20.00\n' + '3,7,1706745599,5.00\n';

describe('dates written as numbers', () => {
	it.each([
		// Hand-worked: 45292 → 2024-01-01, 45300.6875 → 2024-01-09 (16:30), 45352 → 2024-03-01.
		['Excel day numbers', EXCEL, 'excelSerial', d(2024, 1, 1), d(2024, 3, 1)],
		['Excel day numbers with a decimal comma', EXCEL_COMMA, 'excelSerial', d(2024, 1, 1), d(2024, 3, 1)],
		// 1704153600 → 2024-01-02, 1706745599 → 2024-01-31 23:59:59 UTC.
		['Unix seconds', UNIX, 'unixSeconds', d(2024, 1, 2), d(2024, 1, 31)]
	])('%s are read as dates, and said to be', async (_, text, kind, first, last) => {
		const { plan, report } = await importText(text);
		expect(plan.numericDates).toBe(kind);
		expect(plan.dateOrderDecidedBy).toMatchObject({ row: 2 });
		expect(report.files[0].numericDates).toBe(kind);
		expect(headline(report)).toEqual({
			orders: 3,
			customers: 2,
			revenue: 35
		});
		expect([report.firstDay, report.lastDay]).toEqual([first, last]);
	});

	it('give the same days read in byte ranges', async () => {
		const big = copiesOf(EXCEL, 300);
		const whole = await importText(big);
		const ranged = await importText(big, 3);
		expect(ranged.report.ordersKept).toBe(900);
		expect([ranged.report.firstDay, ranged.report.lastDay, ranged.report.revenue]).toEqual([
			whole.report.firstDay,
			whole.report.lastDay,
			whole.report.revenue
		]);
	});

	it('are not guessed from a column where only some values are such numbers', async () => {
		const text = EXCEL.replace('45352', '2024-03-01');
		const { plan } = await importText(text);
		expect(plan.numericDates).toBeUndefined();
	});

	it('leave dates written as dates as they were', async () => {
		const { plan } = await importText(EXCEL.replace(/45292|45300\.6875|45352/g, '2024-01-05'));
		expect(plan.numericDates).toBeUndefined();
		expect(plan.dateOrder).toBe('ymd');
	});
});
