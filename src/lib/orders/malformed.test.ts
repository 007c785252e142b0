import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MALFORMED } from '../../../tests/fixtures/malformed/cases';
import { en } from '$lib/i18n/messages';
import { ImportError, toErrorData } from './errors';
import { importErrorText } from './error-text';
import { inspectSample } from './inspect';
import { runImport } from './pipeline';
import { sampleOf, sourceOf } from './test-support';
import { warningText } from '../../routes/data/report-text';

const CORPUS = join(import.meta.dirname, '../../../tests/fixtures/malformed');
const TODAY = 20_000;

async function importBytes(name: string, bytes: Uint8Array) {
	const { plan } = inspectSample(sampleOf(name, bytes));
	return runImport([sourceOf(bytes, plan, 4096)], { today: TODAY });
}

async function errorOf(promise: Promise<unknown>): Promise<ImportError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof ImportError) return error;
		throw error;
	}
	throw new Error('expected the import to fail');
}

describe('the malformed corpus', () => {
	it('has at least 30 files', () => {
		expect(MALFORMED.length).toBeGreaterThanOrEqual(30);
	});

	it.each(MALFORMED)('$file', async (c) => {
		const bytes = new Uint8Array(readFileSync(join(CORPUS, c.file)));
		if ('error' in c) {
			const error = await errorOf(importBytes(c.file, bytes));
			expect(error.code).toBe(c.error);
			if (c.params) expect(error.params).toMatchObject(c.params);
			// The sentence the user reads is complete: every detail filled in.
			const message = importErrorText(toErrorData(error), en.data, 'en-GB', c.file);
			expect(message.length).toBeGreaterThan(30);
			expect(message).not.toMatch(/undefined|NaN|\[object|\$\{/);
			if (c.message) expect(message).toBe(c.message);
		} else {
			const result = await importBytes(c.file, bytes);
			expect(result.report.ordersKept).toBe(c.ordersKept);
			if (c.customers !== undefined) expect(result.report.customers).toBe(c.customers);
			if (c.warning) expect(result.report.warnings.map((w) => w.code)).toContain(c.warning);
			if (c.message) {
				const warning = result.report.warnings.find((w) => w.code === c.warning)!;
				expect(warningText(warning, result.report, en, (n) => n.toLocaleString('en-GB'))).toBe(c.message);
			}
			for (const [reason, count] of Object.entries(c.skipped ?? {})) {
				expect(result.report.skipped[reason as keyof typeof result.report.skipped]?.count).toBe(count);
			}
		}
	});
});

describe('giant inputs generated here', () => {
	it('refuses 100,000 columns', async () => {
		const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',');
		const bytes = new TextEncoder().encode(header + '\n' + header.replace(/c\d+/g, '1') + '\n');
		const error = await errorOf(importBytes('wide.csv', bytes));
		expect(error.code).toBe('tooManyColumns');
	});

	it('refuses 100,000 columns even when the first line fits the sample', async () => {
		const header = Array.from({ length: 3000 }, (_, i) => `c${i}`).join(',');
		const error = await errorOf(importBytes('wide.csv', new TextEncoder().encode(header + '\n' + header + '\n')));
		expect(error.code).toBe('tooManyColumns');
		expect(error.params).toMatchObject({ row: 1, columns: 3000 });
	});

	it('refuses a single line of tens of megabytes', async () => {
		const bytes = new Uint8Array(30 * 1024 * 1024).fill(0x61); // "aaaa…", no line break
		const error = await errorOf(importBytes('one-line.csv', bytes));
		expect(error.code).toBe('lineTooLong');
		expect(error.params).toMatchObject({ row: 1 });
	});

	it('refuses a header followed by one line of tens of megabytes as a long line, not as "no data rows"', async () => {
		const text = 'order_id,customer_id,order_date,total\n' + '1,'.repeat(15 * 1024 * 1024);
		const error = await errorOf(importBytes('header-and-one-line.csv', new TextEncoder().encode(text)));
		expect(error.code).toBe('lineTooLong');
		expect(error.params).toMatchObject({ row: 2 });
	});

	it('refuses a long line that starts after a normal header', async () => {
		const text =
			'order_id,customer_id,order_date,total\n1,a,2023-01-01,10\n2,' +
			'b'.repeat(3 * 1024 * 1024) +
			',2023-01-02,5\n';
		const error = await errorOf(importBytes('long-row.csv', new TextEncoder().encode(text)));
		expect(error.code).toBe('lineTooLong');
		expect(error.params).toMatchObject({ row: 3 });
	});

	it('refuses orders and a per-customer summary in one data set', async () => {
		const orders = new TextEncoder().encode('order_id,customer_id,order_date,total\n1,a,2023-01-01,10\n');
		const summary = new TextEncoder().encode('customer_id,frequency,recency,T\na,1,2,3\n');
		const sources = [
			sourceOf(orders, inspectSample(sampleOf('o.csv', orders)).plan),
			sourceOf(summary, inspectSample(sampleOf('s.csv', summary)).plan)
		];
		const error = await errorOf(runImport(sources, { today: TODAY }));
		expect(error.code).toBe('layoutMismatch');
	});
});

describe('a file of credit notes only', () => {
	it('says that credit notes are not purchases', async () => {
		const text = [
			'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
			'C1,A,MUG,-1,1/13/2011 9:00,2.50,17001,United Kingdom',
			'C2,A,MUG,-2,1/14/2011 9:00,2.50,17002,United Kingdom'
		].join('\n');
		const error = await errorOf(importBytes('credits.csv', new TextEncoder().encode(text + '\n')));
		expect(error.code).toBe('noOrders');
		expect(importErrorText(toErrorData(error), en.data, 'en-GB', 'credits.csv')).toBe(
			'No orders could be kept from 2 rows. 2 credit notes (returns) were read, but a credit note is not a purchase.'
		);
	});
});
