import Papa from 'papaparse';
import { ImportError, type ImportErrorParams } from './errors';
import { splitWhitespace, type Delimiter, type Newline } from './sniff/delimiter';

/** A row longer than this is not an orders export (a file with no line breaks, or a runaway quote). */
export const MAX_ROW_CHARS = 1 << 20;
/** An orders export has tens of columns, a few hundred at most. */
export const MAX_COLUMNS = 2000;

/**
 * How many of a row's cells have something in them (more than spaces), counted up to `atMost`.
 * Cheap for a row with data: each filled cell's first character decides.
 */
export function filledCells(fields: string[], atMost: number): number {
	let filled = 0;
	for (let i = 0; i < fields.length; i++) {
		const field = fields[i];
		// (An empty field is told by its length: its first character, read past its end, would make
		// V8 compile every read here as a call into the engine.)
		if (field.length === 0) continue;
		const first = field.charCodeAt(0);
		if (((first > 32 && first < 127) || field.trim() !== '') && ++filled >= atMost) return filled;
	}
	return filled;
}

/**
 * A row with nothing in it: an empty line, or only delimiters and spaces (the ",,,,," rows a
 * spreadsheet writes below its data).
 */
export function isBlankRow(fields: string[]): boolean {
	return filledCells(fields, 1) === 0;
}

const QUOTE = 0x22;

/**
 * A mask of `columns`, by column index (column 0 always in), long enough for every row an import
 * reads (a longer row is refused): a read past its end would cost the hot loop a check.
 */
function readMask(columns: readonly number[]): Uint8Array {
	const mask = new Uint8Array(MAX_COLUMNS + 2);
	mask[0] = 1;
	for (const c of columns) if (c >= 0) mask[c] = 1;
	return mask;
}

export type RowSink = (fields: string[], row: number) => void;

/**
 * The most bytes decoded into one string (`RowReader.pushBytes`). A browser's file stream hands
 * out chunks of up to 2 MB (Chromium 156: 64 KB to 2 MB); V8 keeps a string over 128 KB in a
 * memory mapping of its own, fresh for every chunk and given back after the next collection, and
 * where fresh memory is slow that costs more than splitting the rows: in node, splitting the bench
 * file's rows decoded from 1 MB chunks took 18-33 thousand page faults and 0.5-0.75 s of CPU, from
 * 64 KB pieces a few hundred to 4 thousand faults and 0.2 s. Strings this size are made in the
 * young generation, whose pages are reused.
 */
export const DECODE_PIECE_BYTES = 64 * 1024;

/**
 * Splits streamed text into rows of fields. Text arrives in chunks that may end mid-row, so
 * the incomplete last row is carried over to the next chunk. Rows are split as PapaParse splits
 * them: plain fields and plain quoted fields (doubled quotes, delimiters and line breaks inside)
 * by this reader, anything else about quotes by PapaParse itself, from that row on (see
 * `#consumeFields`; a test holds the two equal on random text); whitespace-aligned files are
 * split by hand.
 */
export class RowReader {
	readonly #newline: Newline;
	readonly #delimiter: Delimiter;
	readonly #sink: RowSink;
	readonly #parser: Papa.Parser | null;
	readonly #file: number;
	#carry = '';
	#rows = 0;
	/** Characters pushed so far; where the text being read starts among them (for `quoteAt`). */
	#pushed = 0;
	#base = 0;
	/** Rows whose closing quote was followed by something other than a delimiter (kept, as read). */
	malformedQuotes = 0;
	firstMalformedQuoteRow = 0;

	/**
	 * The one array every unquoted row's fields are handed over in, when the sink does not keep it
	 * (`reuseFields`); null: a new array each row.
	 */
	readonly #fields: string[] | null;

	/**
	 * Whether the sink reads column k (`#read[k]`; null: every column). The fields of the others
	 * are handed over empty, not cut out of the text: a Shopify export has 71 columns, of which an
	 * import reads about twenty, and a string a field is most of the cost of splitting a row.
	 */
	readonly #read: Uint8Array | null;
	/** See the constructor. */
	readonly #width: number;

	/**
	 * `reuseFields`: the sink reads a row's fields before it returns and keeps no reference to the
	 * array (it may keep the strings), so one array serves every row (but those of text PapaParse
	 * reads): an array a row (over a million for a 37 MB file) is memory to allocate and collect,
	 * and where fresh memory is slow that costs more than the splitting itself.
	 * `columns`: the columns the sink reads (others come empty); the first is always read, for a
	 * row of one field (a blank line) to be seen as one.
	 * `width`: the header's number of columns; a row with more fields is handed over with all of them
	 * read (a delimiter in a value not quoted, "1,234.50", shifted its columns: see
	 * `OrderAccumulator`).
	 */
	constructor(
		delimiter: Delimiter,
		newline: Newline,
		sink: RowSink,
		file = 0,
		reuseFields = false,
		columns: readonly number[] | null = null,
		width = Infinity
	) {
		this.#width = width;
		this.#newline = newline;
		this.#delimiter = delimiter;
		this.#sink = sink;
		this.#file = file;
		this.#fields = reuseFields ? [] : null;
		this.#read = columns === null ? null : readMask(columns);
		this.#parser = delimiter === 'whitespace' ? null : new Papa.Parser({ delimiter, newline, quoteChar: '"' });
	}

	get rows(): number {
		return this.#rows;
	}

	/** Characters of an unfinished row carried over (0 when the text so far ended at a row's end). */
	get pending(): number {
		return this.#carry.length;
	}

	push(text: string): void {
		const carry = this.#carry;
		this.#base = this.#pushed - carry.length;
		this.#pushed += text.length;
		if (carry && this.#parser !== null && this.#joinsCarryAlone(carry, text)) {
			// The unfinished row is completed on its own, and the text read on from its end: joining
			// the carry to the whole text would copy the text (a cut or a flattened join) once more.
			const end = text.indexOf(this.#newline) + this.#newline.length;
			this.#carry = '';
			this.#consumeFields(carry + text.slice(0, end), false);
			this.#base += carry.length;
			this.#consumeFields(text, false, end);
			return;
		}
		this.#consume(carry + text, false);
	}

	/**
	 * True when the text after `carry` completes its row with a line break and has no quote, nor
	 * has the carry (else the whole text is read joined to it, as PapaParse reads quotes): a CRLF
	 * cut between the two is joined the same way.
	 */
	#joinsCarryAlone(carry: string, text: string): boolean {
		if (this.#newline === '\r\n' && carry.endsWith('\r')) return false;
		return text.includes(this.#newline) && !text.includes('"') && !carry.includes('"');
	}

	/**
	 * Decodes `bytes` with `decoder` (streaming: a character cut at the end is completed by the next
	 * bytes) and pushes the text, in pieces of at most `DECODE_PIECE_BYTES`. (A `TextDecoder`, or a
	 * caller's own that stands for one.)
	 */
	pushBytes(decoder: { decode(bytes: Uint8Array, options: { stream: true }): string }, bytes: Uint8Array): void {
		for (let at = 0; at < bytes.length; at += DECODE_PIECE_BYTES)
			this.push(decoder.decode(bytes.subarray(at, at + DECODE_PIECE_BYTES), { stream: true }));
	}

	end(): void {
		this.#base = this.#pushed - this.#carry.length;
		this.#consume(this.#carry, true);
		this.#carry = '';
	}

	#consume(text: string, last: boolean): void {
		if (!text) return;
		if (this.#parser === null) {
			this.#consumeWhitespace(text, last);
			return;
		}
		this.#consumeFields(text, last);
	}

	/**
	 * Text PapaParse reads (from a row's start, `base` characters into all pushed): quotes that are
	 * not plain (see `#consumeFields`). A quote never closed runs to the end of the text (PapaParse
	 * says so only of the last): its error gives the row and the character (`quoteAt`) it opens at.
	 */
	#consumeWithPapa(text: string, last: boolean, base: number): void {
		const result = this.#parser!.parse(text, 0, !last) as Papa.ParseResult<string[]>;
		for (const error of result.errors) {
			if (error.code === 'MissingQuotes') {
				// (PapaParse's index is just after the opening quote.)
				const quote = Math.max(0, (error.index ?? 1) - 1);
				const row = this.#rows + (error.row ?? 0) + 1;
				const params: ImportErrorParams = { row, quoteAt: base + quote };
				if (this.#cutOff(text, quote)) params.cutOff = 1;
				throw new ImportError('unclosedQuote', params, this.#file);
			}
			// The unfinished last row is parsed again with the next text: count its errors then.
			if (!last && (error.row ?? 0) >= result.data.length) continue;
			if (error.code === 'InvalidQuotes') {
				this.malformedQuotes++;
				this.firstMalformedQuoteRow ||= this.#rows + (error.row ?? 0) + 1;
			}
		}
		const data = result.data;
		for (let i = 0; i < data.length; i++) this.#emit(data[i]);
		if (!last) {
			this.#carry = text.slice(result.meta.cursor);
			if (this.#carry.length > MAX_ROW_CHARS) this.#tooLong();
		}
	}

	/**
	 * Whether the text after a quote never closed (at `quote`) has no line that looks like a row of
	 * its own (as many delimiters as the quote's line has before it, one at least): then the file
	 * ends inside that quoted field, cut off, rather than a stray quote having taken in the rows
	 * after it. (Only on that error.)
	 */
	#cutOff(text: string, quote: number): boolean {
		const delimiter = this.#delimiter;
		const newline = this.#newline;
		const delimitersIn = (from: number, to: number) => {
			let count = 0;
			for (let at = text.indexOf(delimiter, from); at >= 0 && at < to; at = text.indexOf(delimiter, at + 1))
				count++;
			return count;
		};
		const lineStart = quote === 0 ? 0 : text.lastIndexOf(newline, quote - 1) + 1;
		const least = Math.max(1, delimitersIn(lineStart, quote));
		for (let at = text.indexOf(newline, quote); at >= 0;) {
			const next = text.indexOf(newline, at + newline.length);
			const end = next < 0 ? text.length : next;
			if (delimitersIn(at + newline.length, end) >= least) return false;
			at = next;
		}
		return true;
	}

	/**
	 * Splits text as PapaParse splits it, but each row handed on as it is cut (PapaParse collects a
	 * whole chunk's rows first, which keeps tens of thousands of arrays alive at once), and only the
	 * columns the sink reads cut out of the text. Unquoted fields end at the delimiter or the line
	 * break; a field that starts with a quote ends at the quote that closes it (a doubled quote is
	 * one quote of the text) and may hold delimiters and line breaks. Anything else about quotes
	 * (a closing quote followed by other text or by spaces, a quote never closed) is left to
	 * PapaParse from that row's start, which reads it, and reports it, as it always has.
	 */
	#consumeFields(text: string, last: boolean, start = 0): void {
		const newline = this.#newline;
		const delimiter = this.#delimiter;
		const reused = this.#fields;
		const read = this.#read;
		// `next`: the next delimiter from `from` on (-1: none left), looked for once, not again for
		// each line it lies beyond (a file with few delimiters would take quadratic time); `quote`
		// likewise the next quote. Fields are cut straight from the text (no line string first).
		let next = text.indexOf(delimiter, start);
		let quote = text.indexOf('"', start);
		let from = start;
		for (;;) {
			const lineEnd = text.indexOf(newline, from);
			if (quote >= 0 && (lineEnd < 0 || quote < lineEnd)) {
				// A quote in the row: read field by field.
				from = this.#quotedRow(text, last, from);
				if (from < 0) return;
				next = text.indexOf(delimiter, from);
				quote = text.indexOf('"', from);
				continue;
			}
			const end = lineEnd >= 0 ? lineEnd : last ? text.length : -1;
			if (end < 0) break;
			const fields: string[] = reused ?? [];
			let count = 0;
			const rowFrom = from;
			if (read === null) {
				while (next >= 0 && next < end) {
					fields[count++] = text.slice(from, next);
					from = next + delimiter.length;
					next = text.indexOf(delimiter, from);
				}
				fields[count++] = text.slice(from, end);
			} else {
				while (next >= 0 && next < end) {
					fields[count] = read[count] === 1 ? text.slice(from, next) : '';
					count++;
					from = next + delimiter.length;
					next = text.indexOf(delimiter, from);
				}
				fields[count] = read[count] === 1 ? text.slice(from, end) : '';
				count++;
				if (count > this.#width) {
					const all = text.slice(rowFrom, end).split(delimiter);
					for (let k = 0; k < all.length; k++) fields[k] = all[k];
					count = all.length;
				}
			}
			this.#emitRow(fields, count);
			if (lineEnd < 0) return;
			from = lineEnd + newline.length;
		}
		this.#carryFrom(text, from);
	}

	/**
	 * Reads the row that starts at `from` and has a quote, field by field (see `#consumeFields`),
	 * and hands it on. Returns where the next row starts; -1 when the rest of the text was dealt
	 * with otherwise: kept for the next text (the row is not complete in this one), or left to
	 * PapaParse (quotes that are not plain), or when the row ended the text.
	 */
	#quotedRow(text: string, last: boolean, from: number, all = false): number {
		const newline = this.#newline;
		const delimiter = this.#delimiter;
		// (Every field of a row wider than the header: see the constructor.)
		const read = all ? null : this.#read;
		const rowStart = from;
		const fields: string[] = this.#fields ?? [];
		let count = 0;
		// The next delimiter and line break from `from` on (-1: none), looked for again only once
		// passed: looked for at each field, a row of 71 fields would be scanned 71 times.
		let delimiterAt = text.indexOf(delimiter, from);
		let lineEnd = text.indexOf(newline, from);
		for (;;) {
			const wanted = read === null || read[count] === 1;
			if (text.charCodeAt(from) === QUOTE) {
				let close = text.indexOf('"', from + 1);
				let doubled = false;
				while (close >= 0 && text.charCodeAt(close + 1) === QUOTE) {
					doubled = true;
					close = text.indexOf('"', close + 2);
				}
				const after = close + 1;
				const atEnd = close >= 0 && after === text.length;
				if (close < 0 || atEnd) {
					// The quote closes in text still to come (or a doubled quote may follow), or never.
					if (!last) return this.#carried(text, rowStart);
					if (close < 0) return this.#leftToPapa(text, rowStart, last);
				}
				const endsField = !atEnd && text.startsWith(delimiter, after);
				const endsRow = atEnd || (!endsField && text.startsWith(newline, after));
				if (!endsField && !endsRow) return this.#leftToPapa(text, rowStart, last);
				if (wanted) {
					const value = text.slice(from + 1, close);
					fields[count] = doubled ? value.replaceAll('""', '"') : value;
				} else fields[count] = '';
				count++;
				if (endsField) {
					from = after + delimiter.length;
					// (The quoted field may have held delimiters and line breaks.)
					if (delimiterAt >= 0 && delimiterAt < from) delimiterAt = text.indexOf(delimiter, from);
					if (lineEnd >= 0 && lineEnd < from) lineEnd = text.indexOf(newline, from);
					continue;
				}
				if (count > this.#width && read !== null) return this.#quotedRow(text, last, rowStart, true);
				this.#emitRow(fields, count);
				return atEnd ? -1 : after + newline.length;
			}
			// An unquoted field: up to the delimiter or the line break, whichever comes first.
			if (lineEnd < 0 && !last) return this.#carried(text, rowStart);
			const end = lineEnd >= 0 ? lineEnd : text.length;
			if (delimiterAt >= 0 && delimiterAt < end) {
				fields[count++] = wanted ? text.slice(from, delimiterAt) : '';
				from = delimiterAt + delimiter.length;
				delimiterAt = text.indexOf(delimiter, from);
				continue;
			}
			fields[count++] = wanted ? text.slice(from, end) : '';
			if (count > this.#width && read !== null) return this.#quotedRow(text, last, rowStart, true);
			this.#emitRow(fields, count);
			return lineEnd < 0 ? -1 : lineEnd + newline.length;
		}
	}

	/** Hands on the row of the first `count` fields of `fields` (an array reused, maybe longer). */
	#emitRow(fields: string[], count: number): void {
		if (fields.length !== count) fields.length = count;
		this.#emit(fields);
	}

	/** Keeps the text from `from` on for the next text (see `#quotedRow`). */
	#carried(text: string, from: number): -1 {
		this.#carryFrom(text, from);
		return -1;
	}

	/** Leaves the text from `from` on to PapaParse (see `#quotedRow`). */
	#leftToPapa(text: string, from: number, last: boolean): -1 {
		this.#carry = '';
		this.#consumeWithPapa(text.slice(from), last, this.#base + from);
		return -1;
	}

	/** Keeps the text from `from` on (an unfinished row) for the next text. */
	#carryFrom(text: string, from: number): void {
		this.#carry = text.slice(from);
		if (this.#carry.length > MAX_ROW_CHARS) this.#tooLong();
	}

	#consumeWhitespace(text: string, last: boolean): void {
		const lines = text.split(this.#newline);
		const complete = last ? lines.length : lines.length - 1;
		for (let i = 0; i < complete; i++) {
			if (last && i === lines.length - 1 && lines[i] === '') break;
			this.#emit(splitWhitespace(lines[i]));
		}
		if (!last) {
			this.#carry = lines[lines.length - 1];
			if (this.#carry.length > MAX_ROW_CHARS) this.#tooLong();
		}
	}

	#emit(fields: string[]): void {
		this.#rows++;
		if (fields.length > MAX_COLUMNS) {
			throw new ImportError(
				'tooManyColumns',
				{ row: this.#rows, columns: fields.length, max: MAX_COLUMNS },
				this.#file
			);
		}
		this.#sink(fields, this.#rows);
	}

	#tooLong(): never {
		// (A quote that runs past MAX_ROW_CHARS, not to the end: no `quoteAt`, no line counted.)
		const quotes = (this.#carry.match(/"/g) ?? []).length;
		if (quotes % 2 === 1) throw new ImportError('unclosedQuote', { row: this.#rows + 1 }, this.#file);
		throw new ImportError('lineTooLong', { row: this.#rows + 1, limit: MAX_ROW_CHARS }, this.#file);
	}
}

/**
 * Counts lines as a text editor numbers them (a line ends at "\r\n", "\n" or a "\r" alone), over
 * text added in pieces: for the line an unclosed quote opens on, counted only then.
 */
export class LineCounter {
	/** The line the next character added is on (1: the first). */
	line = 1;
	#afterCr = false;

	/** Counts the line breaks of `text` before its index `end`. */
	add(text: string, end = text.length): void {
		for (let i = 0; i < end; i++) {
			const c = text.charCodeAt(i);
			if (c === 10) {
				if (!this.#afterCr) this.line++;
				this.#afterCr = false;
			} else {
				if (c === 13) this.line++;
				this.#afterCr = c === 13;
			}
		}
	}
}

/** An unclosed quote's error (see `RowReader`) with the line its quote opens on, counted in `text`, the whole text read. */
export function withQuoteLine(error: unknown, text: string): unknown {
	const at = quoteAtOf(error);
	if (at === null) return error;
	const lines = new LineCounter();
	lines.add(text, Math.min(at, text.length));
	return withLine(error as ImportError, lines.line);
}

/** Where an unclosed quote's error says the quote opens (null: another error, or its line is known already). */
export function quoteAtOf(error: unknown): number | null {
	if (!(error instanceof ImportError) || error.code !== 'unclosedQuote' || error.params.line !== undefined)
		return null;
	const at = error.params.quoteAt;
	return typeof at === 'number' ? at : null;
}

export function withLine(error: ImportError, line: number): ImportError {
	return new ImportError(error.code, { ...error.params, line }, error.file);
}
