import type { FilePlan } from './plan';
import { RowReader } from './rows';

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
	const decoder = new TextDecoder(plan.encoding, { ignoreBOM: options.ignoreBOM ?? false });
	let bytesRead = 0;
	for await (const chunk of chunks) {
		signal?.throwIfAborted();
		bytesRead += chunk.byteLength;
		reader.pushBytes(decoder, chunk);
		afterChunk?.(bytesRead, reader.rows);
	}
	reader.push(decoder.decode());
	const clean = reader.pending === 0;
	reader.end();
	return {
		rows: reader.rows,
		clean,
		malformedQuotes: reader.malformedQuotes,
		firstMalformedQuoteRow: reader.firstMalformedQuoteRow
	};
}
