import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPECTED } from '../../../tests/fixtures/orders/expected';
import { ImportError } from './errors';
import { inspectSample } from './inspect';
import { runImport, type ImportResult } from './pipeline';
import type { FilePlan } from './plan';
import type { OrderAccumulator } from './accumulate';
import {
	hasQuotedLineBreak,
	lineEndIn,
	lineKeyOf,
	partOf,
	RangeRefused,
	rangeCount,
	rangeCountBySize,
	readRange,
	splitRanges
} from './ranges';
import { rangesOf, sampleOf, sourceOf } from './test-support';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/orders');
const MALFORMED = join(import.meta.dirname, '../../../tests/fixtures/malformed');
const TODAY = 20_000; // 2024-10-04

/** A result with its columns cut to their used length, for comparing exactly. */
function comparable(result: ImportResult): unknown {
	if (result.kind !== 'orders') return result;
	const { count, customer, day, amount } = result.columns;
	return {
		...result,
		columns: {
			count,
			customer: [...customer.subarray(0, count)],
			day: [...day.subarray(0, count)],
			amount: [...amount.subarray(0, count)]
		},
		dimensions: Object.fromEntries(
			Object.entries(result.dimensions).map(([d, c]) => [
				d,
				{ values: c.values, index: [...c.index.subarray(0, count)] }
			])
		),
		items: result.items && {
			values: result.items.values,
			start: [...result.items.start],
			product: [...result.items.product]
		}
	};
}

type Outcome = { result: unknown } | { error: { code: string; params: unknown; file: number | null } };

async function outcome(run: Promise<ImportResult>): Promise<Outcome> {
	try {
		return { result: comparable(await run) };
	} catch (error) {
		if (error instanceof ImportError)
			return { error: { code: error.code, params: error.params, file: error.file } };
		throw error;
	}
}

/** The file read whole, and read in `count` ranges: the outcomes, and whether the ranges were merged. */
async function both(bytes: Uint8Array, count: number, plan = inspectSample(sampleOf('f.csv', bytes)).plan) {
	const whole = await outcome(runImport([sourceOf(bytes, plan, 4096)], { today: TODAY }));
	const timings = { mergeMs: 0, merged: false };
	const ranged = await outcome(
		runImport([{ ...sourceOf(bytes, plan, 4096), ranges: rangesOf(bytes, count, TODAY) }], {
			today: TODAY,
			timings
		})
	);
	return { whole, ranged, merged: timings.merged };
}

const encoder = new TextEncoder();

/** Rows of a plain orders export: `rows` orders of `customers` customers, with names in several scripts. */
function ordersCsv(
	rows: number,
	options: { newline?: string; bom?: boolean; from?: number; extra?: (i: number) => string } = {}
) {
	const nl = options.newline ?? '\n';
	const names = ['Ķēniņš', 'Łódź', '北京市', 'Zoë', 'Ñandú', 'Škoda 😀'];
	let text = (options.bom ? '\uFEFF' : '') + `Order ID,Customer ID,Order Date,Total,Product${nl}`;
	const from = options.from ?? 1;
	for (let i = from; i < from + rows; i++) {
		const day = 1 + (i % 28);
		text += `${i},C${(i * 7919) % 97},2023-03-${String(day).padStart(2, '0')},${(i % 50) + 0.25},${names[i % names.length]}${nl}`;
		text += options.extra?.(i) ?? '';
	}
	return text;
}

describe('reading a file in byte ranges gives exactly what reading it whole gives', () => {
	it.each(EXPECTED.flatMap((e) => [2, 3, 5].map((count) => ({ file: e.file, count }))))(
		'$file in $count ranges',
		async ({ file, count }) => {
			const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
			const { whole, ranged } = await both(bytes, count);
			expect(ranged).toEqual(whole);
		}
	);

	it.each(readdirSync(MALFORMED).filter((f) => !f.endsWith('.ts')))('malformed file %s in 3 ranges', async (file) => {
		const bytes = new Uint8Array(readFileSync(join(MALFORMED, file)));
		let plan: FilePlan;
		try {
			plan = inspectSample(sampleOf(file, bytes)).plan;
		} catch {
			return expect(true).toBe(true); // refused before reading: nothing to split
		}
		const { whole, ranged } = await both(bytes, 3, plan);
		expect(ranged).toEqual(whole);
	});

	it.each([2, 3, 4, 8])('merges a plain export in %i ranges (UTF-8 names cut between chunks)', async (count) => {
		const bytes = encoder.encode(ordersCsv(600));
		const { whole, ranged, merged } = await both(bytes, count);
		expect(merged).toBe(true);
		expect(ranged).toEqual(whole);
	});

	it.each([
		['CRLF line breaks', ordersCsv(500, { newline: '\r\n' })],
		['a byte-order mark', ordersCsv(500, { bom: true })],
		// Files joined end to end: a mark in the middle is text, kept as it is read whole.
		[
			'a byte-order mark in the middle',
			ordersCsv(250) + '\uFEFF' + ordersCsv(250, { from: 251 }).replace(/^[^\n]*\n/, '')
		],
		[
			'rows skipped in every range',
			ordersCsv(500, { extra: (i) => (i % 37 === 0 ? `x${i},C1,31/02/2023,5,a\n,C2,2023-03-01,,b\n` : '') })
		],
		[
			'control characters and malformed quotes',
			ordersCsv(500, {
				extra: (i) => (i % 41 === 0 ? `y${i},C\u00073,2023-03-01,5,a\nv${i},"C3"x",2023-03-01,5,a\n` : '')
			})
		]
	])('merges a file with %s, counts and row numbers as when read whole', async (_, text) => {
		const bytes = encoder.encode(text);
		const { whole, ranged, merged } = await both(bytes, 4);
		expect(merged).toBe(true);
		expect(ranged).toEqual(whole);
	});

	it.each([2, 3, 5])('counts unknown statuses (%i ranges) as when read whole', async (count) => {
		const statuses = ['Completed', 'Disputed', 'Awaiting Payment', 'Incomplete', 'On review', 'Shipped'];
		let text = 'Order ID,Customer ID,Order Date,Total,Status\n';
		for (let order = 1; order <= 400; order++)
			text += `${order},C${order % 61},2023-03-${10 + (order % 9)},${order % 50}.5,${statuses[order % 6]}\n`;
		const { whole, ranged, merged } = await both(encoder.encode(text), count);
		expect(merged).toBe(true);
		expect(ranged).toEqual(whole);
		expect(whole).toMatchObject({
			result: {
				report: {
					// Of orders 1-400 by order % 6: Completed 66, Disputed 67, Awaiting Payment 67 (unpaid),
					// Incomplete 67 (cancelled), On review 67, Shipped 66; four are kept, two of them unknown.
					ordersKept: 266,
					warnings: [
						{
							code: 'unknownStatuses',
							count: 134,
							counts: { Disputed: 67, 'On review': 67 },
							otherStatuses: 0
						}
					]
				}
			}
		});
	});

	it('numbers skipped rows from the start of the file', async () => {
		const text = ordersCsv(400, { extra: (i) => (i === 390 ? `z390,C5,not a date,5,a\n` : '') });
		const bytes = encoder.encode(text);
		const { ranged, merged } = await both(bytes, 4);
		expect(merged).toBe(true);
		const line = text.split('\n').findIndex((l) => l.startsWith('z390')) + 1;
		expect(ranged).toMatchObject({
			result: { report: { skipped: { invalidDate: { examples: [{ row: line }] } } } }
		});
	});

	it.each([2, 3, 5])('splits line items (%i ranges) between orders, not inside one', async (count) => {
		// Three lines per order id, as Shopify exports line items.
		let text = 'Order ID,Customer ID,Order Date,Total,Product\n';
		for (let order = 1; order <= 300; order++)
			for (let line = 0; line < 3; line++)
				text += `${order},C${order % 97},2023-03-${10 + (order % 9)},${line + 1}.5,Zoë\n`;
		const { whole, ranged, merged } = await both(encoder.encode(text), count);
		expect(merged).toBe(true);
		expect(ranged).toEqual(whole);
		expect(whole).toMatchObject({ result: { report: { ordersKept: 300, lineItemRows: 600 } } });
	});

	it.each([2, 3, 5])('merges the line items of orders (%i ranges) as when read whole', async (count) => {
		// Shopify-like: several products per order, a product repeated within an order, the first
		// range's products again in later ranges, and cancelled orders whose lines are no items.
		// (No quotes: a quoted line keeps a split point where it is, see `lineKeyOf`.)
		const products = ['Mug', 'Green tea', 'Teapot', 'Honey', 'Lid', 'Zoë'];
		let text = 'Order ID,Customer ID,Order Date,Total,Product,Status\n';
		for (let order = 1; order <= 300; order++)
			for (let line = 0; line < 1 + (order % 4); line++)
				text += `${order},C${order % 97},2023-03-${10 + (order % 9)},${line ? '' : order + 0.5},${
					products[(order * 7 + line * 3) % (line === 2 ? 2 : products.length)]
				},${order % 13 === 0 ? 'cancelled' : 'paid'}\n`;
		const { whole, ranged, merged } = await both(encoder.encode(text), count);
		expect(merged).toBe(true);
		expect(ranged).toEqual(whole);
		const items = (whole as { result: { items: { start: number[]; product: number[]; values: string[] } } }).result
			.items;
		expect(items.values).toHaveLength(products.length);
		// Orders 1, 2, 3: 2 lines, 3 lines, and 4 lines with one product twice (3 items).
		expect(items.start.slice(0, 4)).toEqual([0, 2, 5, 8]);
		expect(items.start.length).toBe(300 - 23 + 1); // every 13th order is cancelled
	});

	it.each([
		// A quoted field with line breaks around every split point: a range ends inside quotes.
		['quoted line breaks', ordersCsv(400, { extra: (i) => `q${i},C3,2023-03-02,1,"two\nlines\n"\n` })],
		// Line items of one order on both sides of a split point.
		['an order over a split point', ordersCsv(300).replace(/\n(\d+),/g, '\n1,')],
		// An order id in a later range that an earlier range kept (an overlapping export).
		['a repeated order id', ordersCsv(300) + ordersCsv(20).replace(/^[^\n]*\n/, '')],
		// A return in a later range, netted into an order in an earlier one.
		['a return netted across ranges', ordersCsv(300) + 'r1,C1,2023-03-28,-5,a\n']
	])('reads a file with %s again whole, with the same result', async (_, text) => {
		const bytes = encoder.encode(text);
		const { whole, ranged, merged } = await both(bytes, 3);
		expect(merged).toBe(false);
		expect(ranged).toEqual(whole);
	});

	it('stops reading a later range at its first return (it cannot merge), and when told to', async () => {
		const text = 'r1,C1,2023-03-28,-5,a\n' + ordersCsv(300).replace(/^[^\n]*\n/, '');
		const plan = inspectSample(sampleOf('f.csv', encoder.encode(ordersCsv(300)))).plan;
		const read = (signal?: AbortSignal) =>
			readRange(chunksOf(encoder.encode(text)), plan, { first: false, today: TODAY, expectedOrders: 16, signal });
		let chunksRead = 0;
		async function* chunksOf(bytes: Uint8Array) {
			for (let i = 0; i < bytes.length; i += 64) {
				chunksRead++;
				yield bytes.subarray(i, i + 64);
			}
		}
		await expect(read()).rejects.toBeInstanceOf(RangeRefused);
		expect(chunksRead).toBe(1);
		await expect(read(AbortSignal.abort())).rejects.toThrow();
	});

	it('reports an unclosed quote in a later range at its row in the file', async () => {
		const text = ordersCsv(300) + 'u1,C1,2023-03-01,5,"never closed\n' + ordersCsv(5).replace(/^[^\n]*\n/, '');
		const bytes = encoder.encode(text);
		const plan = { ...inspectSample(sampleOf('f.csv', encoder.encode(ordersCsv(300)))).plan, size: bytes.length };
		const { whole, ranged } = await both(bytes, 3, plan);
		expect(whole).toMatchObject({ error: { code: 'unclosedQuote' } });
		expect(ranged).toEqual(whole);
	});

	it('decodes a windows-1257 file range by range', async () => {
		const decoder = new TextDecoder('windows-1257');
		const byteOf = new Map<string, number>();
		for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(new Uint8Array([b])), b);
		const text = ordersCsv(500).replace(/Łódź|北京市|Zoë|Ñandú|Škoda 😀/g, 'Šķūņa ģērbe');
		const bytes = Uint8Array.from([...text].map((ch) => byteOf.get(ch)!));
		const plan = { ...inspectSample(sampleOf('lv.csv', bytes)).plan, encoding: 'windows-1257' as const };
		const { whole, ranged, merged } = await both(bytes, 3, plan);
		expect(merged).toBe(true);
		expect(ranged).toEqual(whole);
		expect(ranged).toMatchObject({ result: { dimensions: { product: { values: ['Šķūņa ģērbe', 'Ķēniņš'] } } } });
	});
});

describe('rangeCount', () => {
	const plan = (over: Partial<FilePlan>) => ({ ...basePlan, ...over }) as FilePlan;
	const basePlan = inspectSample(sampleOf('f.csv', encoder.encode(ordersCsv(20)))).plan;
	it.each([
		['a large UTF-8 file on 2 cores', { size: 40 << 20 }, 2, 2],
		['a large UTF-8 file on 8 cores', { size: 40 << 20 }, 8, 8],
		['a small file', { size: 5 << 20 }, 8, 1],
		['a UTF-16 file (a line feed byte may be half a character)', { size: 40 << 20, encoding: 'utf-16le' }, 8, 1],
		['a whitespace-aligned file', { size: 40 << 20, delimiter: 'whitespace' }, 8, 1],
		['a per-customer summary', { size: 40 << 20, layout: 'summary' }, 8, 1],
		['windows-1257', { size: 40 << 20, encoding: 'windows-1257' }, 2, 2],
		['gb18030 (its trail bytes are never line breaks)', { size: 40 << 20, encoding: 'gb18030' }, 2, 2],
		['big5 (nor are its)', { size: 40 << 20, encoding: 'big5' }, 2, 2],
		['koi8-r', { size: 40 << 20, encoding: 'koi8-r' }, 2, 2]
	] as const)('%s', (_, over, cores, expected) => {
		expect(rangeCount(plan(over as Partial<FilePlan>), cores)).toBe(expected);
	});

	// The range workers started before a file is inspected (by its size) are never fewer than its plan reads it with.
	it.each([
		['40 MB on 2 cores', 40 << 20, 2, 2],
		['40 MB on 8 cores', 40 << 20, 8, 8],
		['12 MB on 8 cores', 12 << 20, 8, 3],
		['5 MB', 5 << 20, 8, 1],
		['empty', 0, 4, 1],
		['fractional cores', 40 << 20, 2.5, 2]
	] as const)('by size alone: %s', (_, size, cores, expected) => {
		expect(rangeCountBySize(size, cores)).toBe(expected);
		for (const over of [{}, { encoding: 'utf-16le' }, { layout: 'summary' }, { delimiter: 'whitespace' }])
			expect(rangeCount(plan({ size, ...over } as Partial<FilePlan>), cores)).toBeLessThanOrEqual(expected);
	});
});

describe('splitting at line breaks', () => {
	it.each([
		['a\nb', '\n', 2],
		['a\r\nb', '\r\n', 3],
		['a\nb\r\nc', '\r\n', 5], // a lone line feed is not a CRLF file's line break
		['\nb', '\r\n', -1],
		['a\rb', '\r', 2],
		['abc', '\n', -1]
	] as const)('%j with %j ends at %i', (text, newline, end) => {
		expect(lineEndIn(encoder.encode(text), newline)).toBe(end);
	});

	it('cuts just after a line break, and drops a cut with none near it', async () => {
		const bytes = encoder.encode('aaaa\nbbbb\ncccc\ndddd\n');
		const read = async (at: number, length: number) => bytes.subarray(at, at + length);
		expect(await splitRanges(bytes.length, 2, '\n', read)).toEqual([
			[0, 15],
			[15, 20]
		]);
		expect(await splitRanges(bytes.length, 4, '\n', read)).toEqual([
			[0, 10],
			[10, 15],
			[15, 20]
		]);
		expect(await splitRanges(9, 3, '\n', async () => new Uint8Array(3))).toEqual([[0, 9]]);
	});

	it('moves a split point past the lines of one order', async () => {
		const bytes = encoder.encode('id,x\n1,a\n2,a\n2,b\n2,c\n3,a\n');
		const read = async (at: number, length: number) => bytes.subarray(at, at + length);
		const plan = { ...inspectSample(sampleOf('f.csv', bytes)).plan, mapping: { orderId: 0 } } as FilePlan;
		// Without ids: just after the first line break after the middle (inside order 2's lines).
		expect(await splitRanges(bytes.length, 2, '\n', read)).toEqual([
			[0, 13],
			[13, 25]
		]);
		expect(await splitRanges(bytes.length, 2, '\n', read, lineKeyOf(plan))).toEqual([
			[0, 21],
			[21, 25]
		]);
	});

	it.each([
		['a,"b\nc",d', true],
		['a,"b\r\nc"', true],
		['a,"b ""quoted"" c",d\ne,f', false],
		['a,b\nc,d', false]
	])('%j has a quoted line break: %s', (text, expected) => {
		expect(hasQuotedLineBreak(text)).toBe(expected);
	});
});

describe('merging ranges whose order ids run in order', () => {
	const header = 'Order ID,Customer ID,Order Date,Total\n';
	const row = (id: number | string) =>
		`${id},C${Number(id) % 7},2023-03-${10 + (Number(id) % 9)},${Number(id) % 50}.5\n`;
	/** A range's rows: an order row for each id, a row given whole as it is. */
	const rows = (range: (number | string)[]) =>
		range.map((x) => (typeof x === 'string' && x.includes(',') ? x : row(x))).join('');
	const span = (from: number, to: number) =>
		Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => (from <= to ? from + i : from - i));

	/**
	 * The ranges read (the first with the header), merged as the import merges them; and the file
	 * read whole. The last range keeps no order-id hashes (as the import reads it) unless `lastHashes`.
	 */
	async function merge(ranges: string[], lastHashes: boolean) {
		const text = header + ranges.join('');
		const bytes = encoder.encode(text);
		const plan = inspectSample(sampleOf('f.csv', bytes)).plan;
		const whole = await outcome(runImport([sourceOf(bytes, plan, 4096)], { today: TODAY }));
		let first: OrderAccumulator | null = null;
		const ranged = async () => {
			const reads = await Promise.all(
				ranges.map((range, k) =>
					readRange(sourceOf(encoder.encode(k === 0 ? header + range : range), plan, 50).chunks(), plan, {
						first: k === 0,
						today: TODAY,
						expectedOrders: 16,
						keyHashes: lastHashes || k < ranges.length - 1
					})
				)
			);
			first = reads[0].part;
			return { first: reads[0], rest: reads.slice(1).map((read) => structuredClone(partOf(read))) };
		};
		const timings = { mergeMs: 0, merged: false };
		const result = await outcome(
			runImport([{ ...sourceOf(bytes, plan, 4096), ranges: ranged }], { today: TODAY, timings })
		);
		expect(result).toEqual(whole);
		return { merged: timings.merged, checks: first!.mergeChecks };
	}

	it.each(
		[
			{ name: 'ids up, 3 ranges', ranges: [span(1, 100), span(101, 200), span(201, 300)], checks: [2, 0] },
			{ name: 'ids down, 3 ranges', ranges: [span(300, 201), span(200, 101), span(100, 1)], checks: [2, 0] },
			{
				name: 'Shopify numbers down',
				ranges: [span(1200, 1001).map((i) => `#${i}`), span(1000, 901).map((i) => `#${i}`)],
				checks: [1, 0]
			},
			{
				name: 'ids "#999" then "#1000" (length first)',
				ranges: [span(900, 999).map((i) => `#${i}`), span(1000, 1100).map((i) => `#${i}`)],
				checks: [1, 0]
			},
			{ name: 'down, then up above', ranges: [span(200, 101), span(201, 300)], checks: [1, 0] },
			{ name: 'down, then up below', ranges: [span(100, 51), span(1, 50)], checks: [1, 0] },
			{
				name: 'interleaved ids (spans overlap)',
				ranges: [span(1, 50).map((i) => 2 * i - 1), span(1, 50).map((i) => 2 * i)],
				checks: [0, 1]
			},
			{
				name: 'a range out of order',
				ranges: [span(1, 100), [...span(151, 200), ...span(101, 150)]],
				checks: [0, 1]
			},
			{
				name: 'the ids compared once, then the spans again (the bit set kept up)',
				ranges: [
					span(1, 50).map((i) => 2 * i - 1),
					span(1, 50).map((i) => 2 * i),
					span(101, 200),
					span(201, 300)
				],
				checks: [2, 1]
			},
			{
				name: 'a range whose ids lookup found nothing lie beyond (side misses)',
				ranges: [span(1, 100), ['999,C1,not a date,5\n', ...span(101, 200)]],
				checks: [1, 0]
			},
			{
				name: 'a range with no order ids kept (every date invalid)',
				ranges: [span(1, 100), ['101,C1,not a date,5\n']],
				checks: [1, 0]
			}
		].flatMap((c) => [false, true].map((lastHashes) => ({ ...c, lastHashes })))
	)('merges $name (the last range with its hashes: $lastHashes)', async ({ ranges, checks, lastHashes }) => {
		const result = await merge(ranges.map(rows), lastHashes);
		expect(result.merged).toBe(true);
		expect([result.checks.bySpan, result.checks.byIds]).toEqual(checks);
	});

	it.each(
		[
			{
				name: 'a range reusing an earlier range’s id, out of order',
				ranges: [span(1, 100), [...span(101, 150), 50, ...span(151, 200)]]
			},
			{
				name: 'a range reusing an earlier range’s id, in order',
				ranges: [span(1, 100), [50, ...span(101, 200)]]
			},
			{
				name: 'a range reusing the first range’s id after a span check',
				ranges: [span(1, 100), span(101, 200), [...span(201, 300), 7]]
			},
			{
				name: 'a range reusing an id of a range merged by its span (the bit set made late)',
				ranges: [span(1, 100), span(101, 200), span(201, 300), [...span(301, 350), 250]]
			},
			{
				name: 'a range reusing an id of a range merged by ids',
				ranges: [span(1, 50).map((i) => 2 * i - 1), span(1, 50).map((i) => 2 * i), [201, 202, 64]]
			},
			{
				name: 'an id looked up in vain that an earlier range kept (a side miss)',
				ranges: [span(1, 100), ['50,C1,not a date,5\n', ...span(101, 200)]]
			}
		].flatMap((c) => [false, true].map((lastHashes) => ({ ...c, lastHashes })))
	)(
		'refuses $name, and reads the file whole (the last range with its hashes: $lastHashes)',
		async ({ ranges, lastHashes }) => {
			const result = await merge(ranges.map(rows), lastHashes);
			expect(result.merged).toBe(false);
		}
	);
});
