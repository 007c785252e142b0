import Papa from 'papaparse';
import { ImportError } from './errors';
import { splitWhitespace, type Delimiter, type Newline } from './sniff/delimiter';

/** A row longer than this is not an orders export (a file with no line breaks, or a runaway quote). */
export const MAX_ROW_CHARS = 1 << 20;
/** An orders export has tens of columns, a few hundred at most. */
export const MAX_COLUMNS = 2000;

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
 * the incomplete last row is carried over to the next chunk. PapaParse does the CSV dialect
 * (quotes, doubled quotes, delimiters and line breaks inside quotes); whitespace-aligned files
 * are split by hand.
 */
export class RowReader {
	readonly #newline: Newline;
	readonly #delimiter: Delimiter;
	readonly #sink: RowSink;
	readonly #parser: Papa.Parser | null;
	readonly #file: number;
	#carry = '';
	#rows = 0;
	/** Rows whose closing quote was followed by something other than a delimiter (kept, as read). */
	malformedQuotes = 0;
	firstMalformedQuoteRow = 0;

	/**
	 * The one array every unquoted row's fields are handed over in, when the sink does not keep it
	 * (`reuseFields`); null: a new array each row.
	 */
	readonly #fields: string[] | null;

	/**
	 * `reuseFields`: the sink reads a row's fields before it returns and keeps no reference to the
	 * array (it may keep the strings), so one array serves every row read without quotes: an array
	 * a row (over a million for a 37 MB file) is memory to allocate and collect, and where fresh
	 * memory is slow that costs more than the splitting itself.
	 */
	constructor(delimiter: Delimiter, newline: Newline, sink: RowSink, file = 0, reuseFields = false) {
		this.#newline = newline;
		this.#delimiter = delimiter;
		this.#sink = sink;
		this.#file = file;
		this.#fields = reuseFields ? [] : null;
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
		if (carry && this.#parser !== null && this.#joinsCarryAlone(carry, text)) {
			// The unfinished row is completed on its own, and the text read on from its end: joining
			// the carry to the whole text would copy the text (a cut or a flattened join) once more.
			const end = text.indexOf(this.#newline) + this.#newline.length;
			this.#carry = '';
			this.#consumeUnquoted(carry + text.slice(0, end), false);
			this.#consumeUnquoted(text, false, end);
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
	 * bytes) and pushes the text, in pieces of at most `DECODE_PIECE_BYTES`.
	 */
	pushBytes(decoder: TextDecoder, bytes: Uint8Array): void {
		for (let at = 0; at < bytes.length; at += DECODE_PIECE_BYTES)
			this.push(decoder.decode(bytes.subarray(at, at + DECODE_PIECE_BYTES), { stream: true }));
	}

	end(): void {
		this.#consume(this.#carry, true);
		this.#carry = '';
	}

	#consume(text: string, last: boolean): void {
		if (!text) return;
		if (this.#parser === null) {
			this.#consumeWhitespace(text, last);
			return;
		}
		if (!text.includes('"')) {
			this.#consumeUnquoted(text, last);
			return;
		}
		const result = this.#parser.parse(text, 0, !last) as Papa.ParseResult<string[]>;
		for (const error of result.errors) {
			if (error.code === 'MissingQuotes') {
				throw new ImportError('unclosedQuote', { row: this.#rows + (error.row ?? 0) + 1 }, this.#file);
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
	 * Text without a quote character, split as PapaParse splits it (its "fast mode": lines at the
	 * newline, fields at the delimiter, the text after the last newline a row only at the end),
	 * but each row handed on as it is cut: PapaParse collects a whole chunk's rows first, which
	 * keeps tens of thousands of arrays alive at once (and so costs the garbage collector).
	 */
	#consumeUnquoted(text: string, last: boolean, start = 0): void {
		const newline = this.#newline;
		const delimiter = this.#delimiter;
		const reused = this.#fields;
		// Fields are cut straight from the text (no line string to split first: half the time).
		// `next` is the next delimiter from `from` on (-1: none left), looked for once, not again
		// for each line it lies beyond (a file with few delimiters would take quadratic time).
		let next = text.indexOf(delimiter, start);
		let from = start;
		for (let at = text.indexOf(newline, from); ; at = text.indexOf(newline, from)) {
			const end = at >= 0 ? at : last ? text.length : -1;
			if (end < 0) break;
			const fields: string[] = reused ?? [];
			let count = 0;
			while (next >= 0 && next < end) {
				fields[count++] = text.slice(from, next);
				from = next + delimiter.length;
				next = text.indexOf(delimiter, from);
			}
			fields[count++] = text.slice(from, end);
			if (fields.length !== count) fields.length = count;
			this.#emit(fields);
			if (at < 0) return;
			from = at + newline.length;
		}
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
		const quotes = (this.#carry.match(/"/g) ?? []).length;
		if (quotes % 2 === 1) throw new ImportError('unclosedQuote', { row: this.#rows + 1 }, this.#file);
		throw new ImportError('lineTooLong', { row: this.#rows + 1, limit: MAX_ROW_CHARS }, this.#file);
	}
}
