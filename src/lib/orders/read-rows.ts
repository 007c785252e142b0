import type { FilePlan } from './plan';
import { DECODE_PIECE_BYTES, RowReader } from './rows';
import { firstInvalidUtf8, guessEncoding, type TextEncoding } from './sniff/encoding';

/**
 * Thrown by `readRows` where a file read as UTF-8 from its sample has bytes further on that are
 * no UTF-8: the file is to be read again in `encoding`, the code page those bytes read best in.
 */
export class NotUtf8AfterAll extends Error {
	constructor(readonly encoding: TextEncoding) {
		super('not UTF-8 after all');
	}
}

/** The code page the bytes around the first one that breaks UTF-8 in `chunk` read best in. */
function legacyEncodingOf(chunk: Uint8Array): TextEncoding {
	const bad = Math.max(0, firstInvalidUtf8(chunk));
	const around = chunk.subarray(Math.max(0, bad - 32 * 1024), bad + 32 * 1024);
	const guess = guessEncoding(around).encoding;
	return guess === 'utf-8' ? 'windows-1252' : guess;
}

/** What reading the rows of a file, or of one range of it, found. */
export interface RowsRead {
	rows: number;
	/** The text ended at the end of a row: no row was left open (as inside quotes). */
	clean: boolean;
	malformedQuotes: number;
	firstMalformedQuoteRow: number;
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

/** The columns an accumulator reads: the mapped ones, and a payment account's ledger columns. */
function columnsRead(plan: FilePlan): number[] {
	const columns = Object.values(plan.mapping).filter((column) => column !== undefined);
	const ledger = plan.paymentLedger;
	if (ledger)
		for (const column of [ledger.type, ledger.impact, ledger.counterparty, ledger.reference])
			if (column !== undefined) columns.push(column);
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
	const reader = new RowReader(
		plan.delimiter,
		plan.newline,
		(fields, row) => {
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
			if (strict && error instanceof TypeError)
				throw new NotUtf8AfterAll(legacyEncodingOf(bytes ?? new Uint8Array()));
			throw error;
		}
	};
	let bytesRead = 0;
	for await (const chunk of chunks) {
		signal?.throwIfAborted();
		bytesRead += chunk.byteLength;
		if (strict)
			for (let at = 0; at < chunk.length; at += DECODE_PIECE_BYTES)
				reader.push(decode(chunk.subarray(at, at + DECODE_PIECE_BYTES)));
		else reader.pushBytes(decoder, chunk);
		afterChunk?.(bytesRead, reader.rows);
	}
	reader.push(decode());
	const clean = reader.pending === 0;
	reader.end();
	return {
		rows: reader.rows,
		clean,
		malformedQuotes: reader.malformedQuotes,
		firstMalformedQuoteRow: reader.firstMalformedQuoteRow
	};
}
