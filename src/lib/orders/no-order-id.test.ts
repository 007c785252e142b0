import { describe, expect, it } from 'vitest';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import { findWarning } from './report';
import { sampleOf, sourceOf, TEST_TODAY } from './test-support';

/** Files imported together, each as the review would plan it (named a.csv, b.csv, …). */
async function importFiles(...texts: string[]) {
	const sources = texts.map((text, i) => {
		const bytes = new TextEncoder().encode(text);
		return sourceOf(bytes, inspectSample(sampleOf(`${'abcd'[i]}.csv`, bytes)).plan);
	});
	const result = await runImport(sources, { today: TEST_TODAY });
	if (result.kind !== 'orders') throw new Error('expected orders');
	return { report: result.report, plans: sources.map((s) => s.plan) };
}

const header = 'Order Date,Customer Email,Order Total,State\n';
const rows = ['3/13/2024,a@x.com,268.50,TX', '3/30/2024,b@x.com,15.00,NY', '4/02/2024,a@x.com,15.00,TX'];
const file = (...lines: string[]) => header + lines.map((l) => l + '\n').join('');
const all = file(...rows);

describe('files without an order id: the same file twice is read once', () => {
	it.each([
		{ what: 'byte for byte', second: all },
		{ what: 'under another header', second: 'Date,Email,Total,Region\n' + all.slice(header.length) }
	])('$what', async ({ second }) => {
		const { report, plans } = await importFiles(all, second);
		expect(plans.map((p) => p.mapping.orderId)).toEqual([undefined, undefined]);
		// Hand-worked: 3 orders of 2 customers, 298.50; a repeat rate of 1/2.
		expect([report.ordersKept, report.customers, report.revenue]).toEqual([3, 2, 298.5]);
		expect(report.rowsRead).toBe(3);
		expect(report.files[1]).toMatchObject({ name: 'b.csv', sameAs: 0, noOrderId: true, rowsRead: 0 });
		expect(findWarning(report.warnings, 'sameFile')).toEqual({ code: 'sameFile', file: 1, sameAs: 0 });
		expect(findWarning(report.warnings, 'contentDuplicates')).toBeNull();
	});

	it('a file with one row more is no copy: read, its rows matched on their content', async () => {
		const { report } = await importFiles(all, file(...rows, '4/05/2024,c@x.com,20.00,CA'));
		expect(report.files[1].sameAs).toBeUndefined();
		expect([report.ordersKept, report.customers, report.revenue]).toEqual([4, 3, 318.5]);
		expect(findWarning(report.warnings, 'contentDuplicates')).toMatchObject({ count: 3 });
	});
});

describe('files without an order id whose rows overlap: rows alike in every column read, in a later file, are skipped', () => {
	it.each([
		// Overlapping monthly exports: the last day of the first is the first of the second.
		{ files: [file(rows[0], rows[1]), file(rows[1], rows[2])], orders: 3, revenue: 298.5, copies: 1 },
		// One row twice in the first file, once in the second: the second's is one of them.
		{ files: [file(rows[0], rows[1], rows[1]), file(rows[1])], orders: 3, revenue: 298.5, copies: 1 },
		// Once in the first, twice in the second: one more order of it.
		{ files: [file(rows[0], rows[1]), file(rows[1], rows[1])], orders: 3, revenue: 298.5, copies: 1 },
		// A row that differs in a column read (the day) is another order.
		{ files: [file(rows[1]), file(rows[1].replace('3/30', '3/31'))], orders: 2, revenue: 30, copies: 0 },
		// Three files: a row in all three is one order.
		{
			files: [file(rows[0]), file(rows[0], rows[1]), file(rows[0], rows[1], rows[2])],
			orders: 3,
			revenue: 298.5,
			copies: 3
		}
	])('$orders orders, $copies rows skipped as copies', async ({ files, orders, revenue, copies }) => {
		const { report } = await importFiles(...files);
		expect([report.ordersKept, report.revenue]).toEqual([orders, revenue]);
		expect(findWarning(report.warnings, 'contentDuplicates')?.count ?? 0).toBe(copies);
		// Not by order id: that count stays 0, and the files say they have none.
		expect(report.duplicates.count).toBe(0);
		expect(report.files.every((f) => f.noOrderId)).toBe(true);
	});

	it('within one file identical rows stay separate orders', async () => {
		const { report } = await importFiles(file(rows[1], rows[1]));
		expect(report.ordersKept).toBe(2);
		expect(report.files[0].noOrderId).toBe(true);
		expect(findWarning(report.warnings, 'contentDuplicates')).toBeNull();
	});

	it('a file with an order id is matched by it, and compared with no file by content', async () => {
		const withId = 'Order Number,Order Date,Customer Email,Order Total,State\n1,3/30/2024,b@x.com,15.00,NY\n';
		const { report } = await importFiles(withId, file(rows[1]), file(rows[1]));
		// The two files without an id are the same file: read once; the one with an id is another order.
		expect(report.ordersKept).toBe(2);
		expect(report.files.map((f) => f.noOrderId ?? false)).toEqual([false, true, true]);
		expect(report.files[2].sameAs).toBe(1);
	});
});
