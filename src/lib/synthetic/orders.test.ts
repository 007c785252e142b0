import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recogniseLayout } from '../orders/layouts';
import {
	SYNTHETIC_ATTRIBUTE_HEADER,
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

	describe('with order attributes', () => {
		const csv = (customers: number, seed: number, chunk = 20_000, attributes = true) =>
			[...syntheticOrderCsv(customers, seed, chunk, { attributes })].join('');

		it.each([
			[300, 7],
			[120, 12345]
		])('keeps the plain columns byte for byte (%d customers, seed %d)', (customers, seed) => {
			const plain = csv(customers, seed, 20_000, false).split('\n');
			const wide = csv(customers, seed, 37).split('\n');
			expect(wide).toHaveLength(plain.length);
			expect(wide[0]).toBe(`${SYNTHETIC_CSV_HEADER},${SYNTHETIC_ATTRIBUTE_HEADER}`);
			const stripped = wide.map((line) => line.split(',').slice(0, 4).join(','));
			expect(stripped.slice(1)).toEqual(plain.slice(1));
			// Every row has exactly the four extra fields (no comma inside a value).
			const widths = new Set(wide.slice(1, -1).map((line) => line.split(',').length));
			expect([...widths]).toEqual([8]);
		});

		it('draws the same attributes for the same seed, other ones for another seed', () => {
			const attributesOf = (text: string) =>
				text
					.trim()
					.split('\n')
					.slice(1)
					.map((line) => line.split(',').slice(4).join(','));
			const first = attributesOf(csv(400, 7));
			expect(attributesOf(csv(400, 7, 53))).toEqual(first);
			const other = attributesOf(csv(400, 8));
			const sameLength = Math.min(first.length, other.length);
			const equal = first.slice(0, sameLength).filter((a, i) => a === other[i]).length;
			expect(equal).toBeLessThan(sameLength / 2);
		});

		it('writes skewed channels, ~30 countries (one per customer), ~2,000 products and sparse codes', () => {
			const rows = csv(20_000, 7)
				.trim()
				.split('\n')
				.slice(1)
				.map((line) => line.split(','));
			const counts = (column: number) => {
				const map = new Map<string, number>();
				for (const row of rows) map.set(row[column], (map.get(row[column]) ?? 0) + 1);
				return [...map.entries()].sort((x, y) => y[1] - x[1]);
			};
			const channels = counts(4);
			expect(channels.map(([name]) => name)).toEqual(['web', 'pos', 'instagram', 'marketplace']);
			expect(channels[0][1] / rows.length).toBeGreaterThan(0.55);
			const countries = counts(5);
			expect(countries.length).toBeGreaterThan(25);
			expect(countries.length).toBeLessThanOrEqual(30);
			expect(countries.every(([code]) => /^[A-Z]{2}$/.test(code))).toBe(true);
			expect(countries[0][1]).toBeGreaterThan(5 * countries[countries.length - 1][1]);
			const countryOf = new Map<string, string>();
			let moved = 0;
			for (const [, customer, , , , country] of rows) {
				if ((countryOf.get(customer) ?? country) !== country) moved++;
				countryOf.set(customer, country);
			}
			expect(moved).toBe(0);
			expect(countryOf.size).toBe(20_000);
			const products = counts(6);
			expect(products.length).toBeGreaterThan(1_500);
			expect(products.length).toBeLessThanOrEqual(2_000);
			expect(products[0][1]).toBeGreaterThan(50 * products[products.length - 1][1]);
			const codes = counts(7);
			const none = codes.find(([code]) => code === '')?.[1] ?? 0;
			expect(none / rows.length).toBeGreaterThan(0.75);
			expect(none / rows.length).toBeLessThan(0.9);
			expect(codes.length - 1).toBe(20);
		});

		it('is read by the import with each attribute in its role', () => {
			const rows = csv(5, 7)
				.trim()
				.split('\n')
				.map((line) => line.split(','));
			const { layout, mapping, amountMode } = recogniseLayout(rows, ',');
			expect(layout).toBe('generic');
			expect(amountMode).toBe('orderTotal');
			expect(mapping).toMatchObject({
				orderId: 0,
				customer: 1,
				date: 2,
				amount: 3,
				channel: 4,
				country: 5,
				product: 6,
				discountCode: 7
			});
		});
	});
});
