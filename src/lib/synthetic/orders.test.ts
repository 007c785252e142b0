import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	SYNTHETIC_CSV_HEADER,
	SYNTHETIC_START_DAY,
	SYNTHETIC_WINDOW_DAYS,
	syntheticCustomerId,
	syntheticOrderColumns,
	syntheticOrderCsv
} from './orders';

const script = fileURLToPath(new URL('../../../../shared/bench/gen_orders.mjs', import.meta.url));
const haveScript = existsSync(script);
if (!haveScript) console.warn(`\n!!! ${script} not found: the byte-for-byte comparison is SKIPPED !!!\n`);

describe('synthetic orders', () => {
	it.skipIf(!haveScript).each([
		[300, 7],
		[250, 12345]
	])('reproduce gen_orders.mjs byte for byte (%d customers, seed %d)', (customers, seed) => {
		const directory = mkdtempSync(join(tmpdir(), 'orders-'));
		try {
			const file = join(directory, 'orders.csv');
			execFileSync(process.execPath, [script, String(customers), file, String(seed)], { stdio: 'ignore' });
			const expected = readFileSync(file, 'utf8');
			const ours = [...syntheticOrderCsv(customers, seed, 97)].join('');
			expect(ours.length).toBe(expected.length);
			expect(ours === expected).toBe(true);
		} finally {
			rmSync(directory, { recursive: true, force: true });
		}
	});

	it('chunks the CSV without changing it', () => {
		const whole = [...syntheticOrderCsv(200, 3, 1e9)];
		const chunks = [...syntheticOrderCsv(200, 3, 50)];
		expect(whole).toHaveLength(1);
		expect(chunks.length).toBeGreaterThan(5);
		expect(chunks.join('')).toBe(whole[0]);
		expect(whole[0].startsWith(SYNTHETIC_CSV_HEADER + '\n1,C0000001,')).toBe(true);
	});

	it('gives the same orders as columns as in the CSV', () => {
		const { orders, customerCount, lastDay } = syntheticOrderColumns(150, 9);
		const lines = [...syntheticOrderCsv(150, 9)].join('').trim().split('\n').slice(1);
		expect(customerCount).toBe(150);
		expect(lastDay).toBe(SYNTHETIC_START_DAY + SYNTHETIC_WINDOW_DAYS - 1);
		expect(orders.count).toBe(lines.length);
		lines.forEach((line, i) => {
			const [, id, date, total] = line.split(',');
			expect(id).toBe(syntheticCustomerId(orders.customer[i]));
			expect(orders.day[i]).toBe(Date.parse(date) / 86_400_000);
			expect(orders.amount[i]).toBe(Number(total));
		});
	});

	it('keeps every order inside the window and never two on one day for a customer', () => {
		const { orders } = syntheticOrderColumns(2000, 1);
		const seen = new Set<number>();
		let outside = 0;
		let sameDay = 0;
		for (let i = 0; i < orders.count; i++) {
			const windowDay = orders.day[i] - SYNTHETIC_START_DAY;
			if (windowDay < 0 || windowDay >= SYNTHETIC_WINDOW_DAYS) outside++;
			const key = orders.customer[i] * 4096 + windowDay;
			if (seen.has(key)) sameDay++;
			seen.add(key);
		}
		expect(orders.count).toBeGreaterThan(2000);
		expect([outside, sameDay]).toEqual([0, 0]);
	});
});
