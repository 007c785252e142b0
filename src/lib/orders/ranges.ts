import { OrderAccumulator, type RangePart } from './accumulate';
import type { FilePlan } from './plan';
import { readRows, type CutOffRow, type RowsRead } from './read-rows';
import type { Newline } from './sniff/delimiter';
import type { TextEncoding } from './sniff/encoding';

/**
 * Reading one large orders file as several byte ranges in parallel, with the same result as
 * reading it in one piece.
 *
 * A range ends just after a line break. Each range is read by its own accumulator
 * (`readRange`, in a worker of its own); `mergeRanges` then appends them in file order with
 * `OrderAccumulator.absorb`, which refuses a range whose rows would have been read differently
 * after the earlier ones. The merge is refused too when a range did not end at the end of a
 * row: the line break it ends with was inside a quoted field, so the next range began mid-row.
 * Where the merge is refused, the file is read again in one piece, so the result never depends
 * on how it was split.
 */

/** Files smaller than twice this are read in one piece (a worker's start costs more than it saves). */
export const MIN_RANGE_BYTES = 4 << 20;
/** Bytes looked at after a nominal split point for a line break. */
export const BOUNDARY_PROBE_BYTES = 64 * 1024;

/** Encodings whose bytes 0x0A and 0x0D are only ever line feed and carriage return. */
const SPLITTABLE: readonly TextEncoding[] = [
	'utf-8',
	'windows-1251',
	'koi8-r',
	'windows-1252',
	'windows-1250',
	'windows-1257',
	'gb18030',
	'big5'
];

/** How many ranges to read a file in (1: in one piece). */
export function rangeCount(plan: FilePlan, cores: number, minRangeBytes = MIN_RANGE_BYTES): number {
	if (plan.layout === 'summary' || plan.delimiter === 'whitespace') return 1;
	if (!SPLITTABLE.includes(plan.encoding)) return 1;
	return rangeCountBySize(plan.size, cores, minRangeBytes);
}

/**
 * How many ranges a file of `size` bytes is read in at most, whatever its plan (`rangeCount` is
 * never more): the range workers to start before the file is inspected.
 */
export function rangeCountBySize(size: number, cores: number, minRangeBytes = MIN_RANGE_BYTES): number {
	return Math.max(1, Math.min(Math.floor(cores), Math.floor(size / minRangeBytes)));
}

/** The index just after the first line break in `bytes`, or -1 when there is none. */
export function lineEndIn(bytes: Uint8Array, newline: Newline): number {
	if (newline === '\r') {
		const i = bytes.indexOf(13);
		return i < 0 ? -1 : i + 1;
	}
	for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) {
		if (newline === '\n' || (i > 0 && bytes[i - 1] === 13)) return i + 1;
	}
	return -1;
}

/**
 * Splits `size` bytes into up to `count` ranges [start, end) that each end just after a line
 * break; `read(at, length)` returns the file's bytes there. A split point with no line break in
 * the probed bytes is dropped (fewer, longer ranges). With `lineKey` (the order id of a line, see
 * `lineKeyOf`), a split point is moved past lines of one order, so that an order's line items
 * are not split between ranges (which could then not be merged).
 */
export async function splitRanges(
	size: number,
	count: number,
	newline: Newline,
	read: (at: number, length: number) => Promise<Uint8Array>,
	lineKey?: (line: Uint8Array) => string | null
): Promise<[number, number][]> {
	const cuts: number[] = [];
	for (let k = 1; k < count; k++) {
		const nominal = Math.floor((size * k) / count);
		const bytes = await read(nominal, BOUNDARY_PROBE_BYTES);
		const first = lineEndIn(bytes, newline);
		const end = first < 0 || !lineKey ? first : orderBoundary(bytes, first, newline, lineKey);
		const cut = end < 0 ? -1 : nominal + end;
		if (cut > (cuts.at(-1) ?? 0) && cut < size) cuts.push(cut);
	}
	const ranges: [number, number][] = [];
	let start = 0;
	for (const cut of [...cuts, size]) {
		ranges.push([start, cut]);
		start = cut;
	}
	return ranges;
}

/**
 * The first line end from `from` on that does not separate two lines of the same order id
 * (`from` itself when none is found in the bytes, or an id is unknown).
 */
function orderBoundary(
	bytes: Uint8Array,
	from: number,
	newline: Newline,
	lineKey: (line: Uint8Array) => string | null
): number {
	let end = lineEnd(bytes, from, newline);
	let key = end < 0 ? null : lineKey(bytes.subarray(from, end));
	while (end >= 0 && key !== null) {
		const nextEnd = lineEnd(bytes, end, newline);
		if (nextEnd < 0) break;
		const next = lineKey(bytes.subarray(end, nextEnd));
		if (next !== key) return end;
		end = nextEnd;
		key = next;
	}
	return from;
}

function lineEnd(bytes: Uint8Array, from: number, newline: Newline): number {
	const end = lineEndIn(bytes.subarray(from), newline);
	return end < 0 ? -1 : from + end;
}

/**
 * A line's order id, read naively (split at the delimiter), for choosing split points; null
 * when the file has no order ids or the line has quotes (then the split point stays).
 */
export function lineKeyOf(plan: FilePlan): ((line: Uint8Array) => string | null) | undefined {
	const column = plan.mapping.orderId;
	if (column === undefined || plan.delimiter === 'whitespace') return undefined;
	const decoder = new TextDecoder(plan.encoding);
	const delimiter = plan.delimiter;
	return (line) => {
		const text = decoder.decode(line);
		if (text.includes('"')) return null;
		const value = text.replace(/[\r\n]+$/, '').split(delimiter)[column];
		return value === undefined ? null : value.trim();
	};
}

/** True when the text has a quoted field with a line break in it (then a file is read in one piece). */
export function hasQuotedLineBreak(text: string): boolean {
	let open = -1;
	for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
		if (open < 0) open = i;
		else {
			if (/[\r\n]/.test(text.slice(open + 1, i))) return true;
			open = -1;
		}
	}
	return false;
}

/** A range that will not merge, found while reading it (so the file is read whole at once). */
export class RangeRefused extends Error {
	constructor() {
		super('range refused');
	}
}

/**
 * One range read: its accumulator (the first range, read where the ranges are merged) or the
 * accumulator's part (the others, sent from their workers), and what the row reader saw (its row
 * count is the next range's row offset; its malformed-quote row is in the range's own numbers).
 */
export interface RangeRead<Part = RangePart> extends RowsRead {
	part: Part;
}

/** A file's ranges as read: the first one's accumulator itself, the others' parts. */
export interface RangeReads {
	first: RangeRead<OrderAccumulator>;
	rest: RangeRead[];
}

/** The row of a file's first data row (title rows and the header come before it). */
export function firstDataRow(plan: FilePlan): number {
	return (plan.headerRow ?? 1) + (plan.hasHeader ? 1 : 0);
}

/**
 * Reads one byte range of a file (`first`: the range at its start, with the header) into an
 * accumulator. Row numbers count from the range's first row. A range other than the first
 * keeps what merging it needs (`OrderAccumulator.startRange`); send it on with `partOf`.
 */
export async function readRange(
	chunks: AsyncIterable<Uint8Array>,
	plan: FilePlan,
	options: {
		first: boolean;
		today: number;
		/** Orders the accumulator's columns make room for (the first range: the whole file's). */
		expectedOrders: number;
		/** Orders of this range alone (its order-id index's size); `expectedOrders` when not given. */
		expectedOwnOrders?: number;
		/**
		 * A range other than the first: whether it keeps its order ids' hashes for the ranges after
		 * it (true unless it is the file's last; see `OrderAccumulator.startRange`).
		 */
		keyHashes?: boolean;
		onProgress?: (bytesRead: number, rows: number) => void;
		/** Stops the read (it then rejects): another range failed or will not merge. */
		signal?: AbortSignal;
	}
): Promise<RangeRead<OrderAccumulator>> {
	const orders = new OrderAccumulator(options.today, options.expectedOrders, options.expectedOwnOrders);
	if (!options.first) orders.startRange(options.keyHashes ?? true);
	orders.beginFile(plan, 0);
	const read = await readRows(chunks, plan, orders, {
		firstData: options.first ? firstDataRow(plan) : 1,
		ignoreBOM: !options.first,
		signal: options.signal,
		afterChunk: (bytesRead, rows) => {
			options.onProgress?.(bytesRead, rows);
			if (!options.first && orders.nettedInRange) throw new RangeRefused();
		}
	});
	return { part: orders, ...read };
}

/** A range read (not the first), as its worker sends it. */
export function partOf(read: RangeRead<OrderAccumulator>): RangeRead {
	return { ...read, part: read.part.rangePart() };
}

export interface MergedRanges {
	orders: OrderAccumulator;
	rows: number;
	malformedQuotes: number;
	firstMalformedQuoteRow: number;
	/** The file's last row looks cut off (see `CutOffRow`), numbered in the whole file. */
	cutOff: CutOffRow | null;
}

/**
 * A file's ranges merged in file order into the first range's accumulator, or null when they
 * cannot be: the file must then be read in one piece.
 */
export function mergeRanges({ first, rest }: RangeReads, plan: FilePlan): MergedRanges | null {
	if (!first.clean && rest.length > 0) return null;
	if (rest.slice(0, -1).some((r) => !r.clean)) return null;
	// Title rows and the header must all be in the first range.
	if (rest.length > 0 && first.rows < firstDataRow(plan) - 1) return null;
	const orders = first.part;
	orders.beginMerge(rest.reduce((sum, read) => sum + read.part.count, 0));
	let rows = first.rows;
	let malformedQuotes = first.malformedQuotes;
	let firstMalformedQuoteRow = first.firstMalformedQuoteRow;
	let cutOff = rest.length === 0 ? first.cutOff : null;
	for (const [index, read] of rest.entries()) {
		if (!orders.absorb(read.part, rows, index === rest.length - 1)) return null;
		malformedQuotes += read.malformedQuotes;
		if (!firstMalformedQuoteRow && read.firstMalformedQuoteRow)
			firstMalformedQuoteRow = rows + read.firstMalformedQuoteRow;
		// (Only the file's end can be cut off: the other ranges end where a row does.)
		if (index === rest.length - 1 && read.cutOff) cutOff = { ...read.cutOff, row: rows + read.cutOff.row };
		rows += read.rows;
	}
	return { orders, rows, malformedQuotes, firstMalformedQuoteRow, cutOff };
}
