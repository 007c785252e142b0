import type { FilePlan } from './plan';
import { LineCounter, quoteAtOf, RowReader, withLine } from './rows';
import type { ImportError } from './errors';
import { uciStockCodeColumn } from './layouts';
import { testOrderColumns } from './test-orders';
import { firstInvalidUtf8, guessEncoding, type TextEncoding } from './sniff/encoding';

/**
 * Thrown by `readRows` where a file read as UTF-8 from its sample of plain ASCII has bytes
 * further on that are no UTF-8: the file is to be read again in `encoding`, the code page those
 * bytes read best in; null where the bytes around them are UTF-8's own (a stray byte in a UTF-8
 * file): read again as UTF-8, a bad byte a "�", as any UTF-8 file is.
 */
export class NotUtf8AfterAll extends Error {
	constructor(readonly encoding: TextEncoding | null) {
		super('not UTF-8 after all');
	}
}

/** The code page the bytes around the first one that breaks UTF-8 in `chunk` read best in (null: UTF-8 after all). */
function legacyEncodingOf(chunk: Uint8Array): TextEncoding | null {
	const bad = Math.max(0, firstInvalidUtf8(chunk));
	const around = chunk.subarray(Math.max(0, bad - 32 * 1024), bad + 32 * 1024);
	if (utf8Sequences(around) >= 2) return null;
	const guess = guessEncoding(around).encoding;
	return guess === 'utf-8' ? 'windows-1252' : guess;
}

/** How many well-formed multi-byte UTF-8 sequences the bytes hold (a code page's text has next to none). */
function utf8Sequences(bytes: Uint8Array): number {
	let count = 0;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
		if (need === 0 || i + need >= bytes.length) continue;
		let ok = true;
		for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
		if (ok) {
			count++;
			i += need;
		}
	}
	return count;
}

/** What reading the rows of a file, or of one range of it, found. */
export interface RowsRead {
	rows: number;
	/** The text ended at the end of a row: no row was left open (as inside quotes). */
	clean: boolean;
	malformedQuotes: number;
	firstMalformedQuoteRow: number;
	/** The text ends inside its last row, which looks cut off (see `cutOffRow`); null otherwise. */
	cutOff: CutOffRow | null;
}

/**
 * A file that ends inside its last row, as one whose download or copy stopped short does: its bytes
 * end inside a character (`halfCharacter`: a UTF-16 file of an odd number of bytes, a UTF-8 one
 * inside a letter's bytes), or the row has fewer fields than the header (two at least: a line of
 * text under the table, "Exported by …", is no cut row). `row`: that row (1 = the file's first line).
 */
export interface CutOffRow {
	row: number;
	halfCharacter: boolean;
}

export interface ReadRowsOptions {
	/** The first row that is data: rows before it (title rows, the header) are not added. */
	firstData: number;
	/** The file's position among those imported together (row references name it). */
	file?: number;
	/** Only a file's start may have a byte-order mark: further on (files joined end to end) it is text. */
	ignoreBOM?: boolean;
	/** Stops the read before the next chunk (it then rejects). */
	signal?: AbortSignal;
	/** Hears the bytes and rows read so far after each chunk; it may throw to stop the read. */
	afterChunk?: (bytesRead: number, rows: number) => void;
}

/** The columns an accumulator reads: the mapped ones, a payment account's ledger columns, and UCI's StockCode. */
function columnsRead(plan: FilePlan): number[] {
	const columns = Object.values(plan.mapping).filter((column) => column !== undefined);
	const ledger = plan.paymentLedger;
	if (ledger)
		for (const column of [ledger.type, ledger.impact, ledger.counterparty, ledger.reference])
			if (column !== undefined) columns.push(column);
	const stockCode = uciStockCodeColumn(plan.layout, plan.headers);
	if (stockCode >= 0) columns.push(stockCode);
	// (A Shopify export's Payment Method and Tags: they tell its test orders, see `test-orders.ts`.)
	const test = plan.layout === 'shopify' ? testOrderColumns(plan.headers) : null;
	if (test) for (const column of [test.paymentMethod, test.tags]) if (column >= 0) columns.push(column);
	return columns;
}

/**
 * Reads the rows of `chunks`, bytes in the plan's encoding, delimiter and line breaks, into
 * `target`: the one loop of the import, whether it reads a whole file or one range of it. The
 * target is handed the columns of the plan's mapping (and the first); the others come empty.
 */
export async function readRows(
	chunks: AsyncIterable<Uint8Array>,
	plan: FilePlan,
	target: { addRow(fields: string[], row: number): void },
	options: ReadRowsOptions
): Promise<RowsRead> {
	const { firstData, signal, afterChunk } = options;
	// (No accumulator keeps a row's array of fields: one array serves them all. An accumulator
	// reads only the columns the plan maps: the others are not cut out of the text.)
	// (The last row's width and number, and the first row's: the header's, or in a file without one the first row's.)
	let width = plan.hasHeader && plan.headers ? plan.headers.length : 0;
	let lastWidth = 0;
	let lastRow = 0;
	const reader = new RowReader(
		plan.delimiter,
		plan.newline,
		(fields, row) => {
			width ||= fields.length;
			lastWidth = fields.length;
			lastRow = row;
			if (row < firstData) return;
			target.addRow(fields, row);
		},
		options.file ?? 0,
		true,
		columnsRead(plan),
		plan.hasHeader && plan.headers ? plan.headers.length : Infinity
	);
	// (UTF-8 taken from the sample is read strictly: a byte further on that is no UTF-8 says the
	// file is in a code page after all, rather than turn into "�" in names and amounts.)
	const strict = plan.utf8FromSample === true;
	const decoder = new TextDecoder(plan.encoding, { ignoreBOM: options.ignoreBOM ?? false, fatal: strict });
	const decode = (bytes?: Uint8Array) => {
		try {
			return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
		} catch (error) {
			if (!strict || !(error instanceof TypeError)) throw error;
			// (A character cut off by the end of the file, as a download stopped short: no code page's sign.)
			if (!bytes) return '\ufffd';
			throw new NotUtf8AfterAll(legacyEncodingOf(bytes));
		}
	};
	let bytesRead = 0;
	for await (const chunk of chunks) {
		signal?.throwIfAborted();
		bytesRead += chunk.byteLength;
		reader.pushBytes(strict ? { decode } : decoder, chunk);
		afterChunk?.(bytesRead, reader.rows);
	}
	// (What the decoder holds back at the end is a character cut short: it gives "�" for it.)
	const tail = decode();
	reader.push(tail);
	const clean = reader.pending === 0;
	reader.end();
	const halfCharacter = tail.includes('\ufffd');
	const cutShort = !clean && lastRow >= firstData && lastWidth >= 2 && lastWidth < width;
	return {
		rows: reader.rows,
		clean,
		malformedQuotes: reader.malformedQuotes,
		firstMalformedQuoteRow: reader.firstMalformedQuoteRow,
		cutOff: !clean && (halfCharacter || cutShort) ? { row: lastRow, halfCharacter } : null
	};
}

/**
 * An unclosed quote's error (see `RowReader`) with the line its quote opens on (as a text editor
 * numbers lines), counted by reading the file's text again up to it: only on that error, which
 * a file cut off inside a quoted field ends with. Any other error is given back as it is.
 */
export async function withQuoteLineOf(
	error: unknown,
	chunks: AsyncIterable<Uint8Array>,
	plan: FilePlan
): Promise<unknown> {
	const at = quoteAtOf(error);
	if (at === null) return error;
	const decoder = new TextDecoder(plan.encoding);
	const lines = new LineCounter();
	let read = 0;
	try {
		for await (const chunk of chunks) {
			const text = decoder.decode(chunk, { stream: true });
			lines.add(text, Math.min(text.length, at - read));
			read += text.length;
			if (read >= at) break;
		}
	} catch {
		return error;
	}
	return read >= at ? withLine(error as ImportError, lines.line) : error;
}

/** The line (as a text editor numbers lines) a file's text ends on: that of a last row cut off, counted by reading the text again. */
export async function lastLineOf(chunks: AsyncIterable<Uint8Array>, plan: FilePlan): Promise<number> {
	const decoder = new TextDecoder(plan.encoding);
	const lines = new LineCounter();
	for await (const chunk of chunks) lines.add(decoder.decode(chunk, { stream: true }));
	lines.add(decoder.decode());
	return lines.line;
}
