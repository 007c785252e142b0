/**
 * Helpers shared by the import tests: a file's bytes as the worker would sample and stream them.
 * (A module of its own, so that importing them does not register another test file's suites.)
 */
import { HEAD_BYTES, inspectSample, SPREAD_BYTES, spreadOffsets, type FileSample } from './inspect';
import { runImport, type ImportSource } from './pipeline';
import type { FilePlan } from './plan';
import type { ImportReport } from './report';
import { lineKeyOf, partOf, readRange, splitRanges } from './ranges';

/** Bytes in small chunks, so rows and multi-byte characters are cut between chunks. */
export function sourceOf(bytes: Uint8Array, plan: FilePlan, chunkSize = 7): ImportSource {
	return {
		plan,
		chunks: async function* () {
			for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
		}
	};
}

/** What the worker reads of a file before importing it: its head and a few slices further in. */
export function sampleOf(name: string, bytes: Uint8Array): FileSample {
	return {
		name,
		size: bytes.length,
		head: bytes.subarray(0, HEAD_BYTES),
		spread: spreadOffsets(bytes.length).map((at) => bytes.subarray(at, at + SPREAD_BYTES))
	};
}

/**
 * A file of `copies` copies of `text`'s data rows under its header line, each copy's rows given
 * their own order ids by `renumber` (by default the copy's number before the row): a file large
 * enough to be cut into byte ranges, whose figures are the copies' together.
 */
export function copiesOf(
	text: string,
	copies: number,
	renumber = (row: string, copy: number) => `${copy}${row}`
): string {
	const [header, ...rows] = text.split('\n').slice(0, -1);
	const body = Array.from({ length: copies }, (_, copy) => rows.map((row) => renumber(row, copy))).flat();
	return [header, ...body].join('\n') + '\n';
}

type OrdersImport = Extract<Awaited<ReturnType<typeof runImport>>, { kind: 'orders' }>;

/**
 * A file of orders imported whole and in four byte ranges (`rangesOf`), each read in chunks of 4 KB:
 * what a test of the range merge compares. Throws where the ranges were not merged or the file gave
 * no orders (no comparison could then fail).
 */
export async function importWholeAndRanged(
	bytes: Uint8Array,
	plan: FilePlan,
	today: number
): Promise<{ whole: OrdersImport; ranged: OrdersImport }> {
	const whole = await runImport([sourceOf(bytes, plan, 4096)], { today });
	const timings = { mergeMs: 0, merged: false };
	const ranged = await runImport([{ ...sourceOf(bytes, plan, 4096), ranges: rangesOf(bytes, 4, today) }], {
		today,
		timings
	});
	if (!timings.merged) throw new Error('the ranges were not merged');
	if (whole.kind !== 'orders' || ranged.kind !== 'orders') throw new Error('not orders');
	return { whole, ranged };
}

/**
 * A file's bytes read in `count` byte ranges as the import worker reads them (the first range
 * here, the others as their workers send them: through a structured clone), in chunks of
 * `chunkSize` bytes so that rows and multi-byte characters are cut between chunks.
 */
export function rangesOf(
	bytes: Uint8Array,
	count: number,
	today: number,
	chunkSize = 7
): NonNullable<ImportSource['ranges']> {
	const chunked = async function* (range: Uint8Array) {
		for (let i = 0; i < range.length; i += chunkSize) yield range.subarray(i, i + chunkSize);
	};
	return async (plan) => {
		const ranges = await splitRanges(
			bytes.length,
			count,
			plan.newline,
			async (at, length) => bytes.subarray(at, at + length),
			lineKeyOf(plan)
		);
		const reads = await Promise.all(
			ranges.map(([start, end], k) =>
				readRange(chunked(bytes.subarray(start, end)), plan, {
					first: k === 0,
					today,
					expectedOrders: 16,
					// As the import reads them: the last range keeps no order-id hashes.
					keyHashes: k < ranges.length - 1
				})
			)
		);
		return { first: reads[0], rest: reads.slice(1).map((read) => structuredClone(partOf(read))) };
	};
}

/** The import tests' "today" (2024-10-04): no date in their files is after it. */
export const TEST_TODAY = 20_000;

/**
 * A CSV text imported as the worker imports a file, with the plan its review would show: whole,
 * or in `ranges` byte ranges. Its plan, result and report (orders only).
 */
export async function importOrdersText(text: string, ranges = 1, name = 'orders.csv') {
	return importOrdersBytes(new TextEncoder().encode(text), ranges, name);
}

/**
 * `importOrdersText` of a file's bytes, in whatever encoding; `chunkSize`: the bytes of each chunk
 * streamed; `today`: the import's today (a file of later dates needs a later one).
 */
export async function importOrdersBytes(
	bytes: Uint8Array,
	ranges = 1,
	name = 'orders.csv',
	chunkSize = 7,
	today = TEST_TODAY,
	/** What the review changed of the plan (the user's choices). */
	chosen: Partial<FilePlan> = {}
) {
	const plan = { ...inspectSample(sampleOf(name, bytes)).plan, ...chosen };
	const source = sourceOf(bytes, plan, chunkSize);
	const result = await runImport(ranges > 1 ? [{ ...source, ranges: rangesOf(bytes, ranges, today) }] : [source], {
		today
	});
	if (result.kind !== 'orders') throw new Error('expected orders');
	return { plan, result, report: result.report };
}

/** The three figures an import's tests check first: orders kept, customers and revenue. */
export function headline(report: ImportReport) {
	return { orders: report.ordersKept, customers: report.customers, revenue: report.revenue };
}

/** Several files' texts imported together, as files added one after another, each read whole. */
export async function importOrderTexts(...texts: string[]) {
	const sources = texts.map((text, i) => {
		const bytes = new TextEncoder().encode(text);
		return sourceOf(bytes, inspectSample(sampleOf(`orders-${i + 1}.csv`, bytes)).plan);
	});
	const result = await runImport(sources, { today: TEST_TODAY });
	if (result.kind !== 'orders') throw new Error('expected orders');
	return { result, report: result.report };
}
