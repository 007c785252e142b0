import Papa from 'papaparse';

/**
 * Guessing the field delimiter and line ending of a CSV sample. `whitespace` stands for files
 * like CDNOW's, whose columns are aligned with runs of spaces (not a CSV dialect PapaParse
 * reads; such lines are split by hand).
 */
export type Delimiter = ',' | ';' | '\t' | '|' | 'whitespace';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|', 'whitespace'];
export type Newline = '\r\n' | '\n' | '\r';

/** A name for each delimiter, for message keys and form values. */
export const DELIMITER_NAMES: Record<Delimiter, 'comma' | 'semicolon' | 'tab' | 'pipe' | 'whitespace'> = {
	',': 'comma',
	';': 'semicolon',
	'\t': 'tab',
	'|': 'pipe',
	whitespace: 'whitespace'
};

export function isDelimiter(value: unknown): value is Delimiter {
	return typeof value === 'string' && (DELIMITERS as readonly string[]).includes(value);
}

export function guessNewline(text: string): Newline {
	const lf = text.indexOf('\n');
	if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
	if (lf >= 0) return '\n';
	return text.includes('\r') ? '\r' : '\n';
}

export interface DelimiterGuess {
	delimiter: Delimiter;
	/** The most common number of fields per line with that delimiter. */
	fieldCount: number;
	/** Share of sampled lines that have exactly `fieldCount` fields (0..1). */
	consistency: number;
}

/** Splits a whitespace-aligned line into its fields. */
export function splitWhitespace(line: string): string[] {
	const trimmed = line.trim();
	return trimmed ? trimmed.split(/\s+/) : [''];
}

const SAMPLE_LINES = 60;

export function guessDelimiter(text: string, newline: Newline = guessNewline(text)): DelimiterGuess {
	let best: DelimiterGuess = { delimiter: ',', fieldCount: 1, consistency: 0 };
	let bestRows: string[][] = [];
	let bestScore = -1;
	for (const delimiter of [',', ';', '\t', '|'] as const) {
		const rows = Papa.parse<string[]>(text, {
			delimiter,
			newline,
			preview: SAMPLE_LINES,
			skipEmptyLines: true
		}).data;
		const sampled = rows.slice(0, -1).length >= 2 ? rows.slice(0, -1) : rows;
		const guess = summarise(delimiter, sampled);
		const score = guess.fieldCount > 1 ? guess.consistency * 100 + Math.min(guess.fieldCount, 50) : 0;
		if (score > bestScore) {
			bestScore = score;
			best = guess;
			bestRows = sampled;
		}
	}
	// Aligned columns: only when no real delimiter splits the lines consistently, nor splits every
	// line into the first line's fields at least: a comma file whose amounts have their thousands
	// apart by a comma, not in quotes ("1,629.08", one field more on some lines), is no aligned one
	// whatever spaces its values hold (a date and a time: one space on every line). Its rows are
	// mended when read (see `OrderAccumulator`).
	if (best.fieldCount <= 1 || (best.consistency < 0.8 && !atLeastFirstLine(bestRows))) {
		const lines = text
			.split(newline)
			.slice(0, SAMPLE_LINES)
			.filter((l) => l.trim() !== '');
		const sample = lines.length > 2 ? lines.slice(0, -1) : lines; // the last line may be cut off
		const ws = summarise('whitespace', sample.map(splitWhitespace));
		if (
			ws.fieldCount >= 2 &&
			ws.consistency >= 0.9 &&
			(best.fieldCount <= 1 || ws.consistency > best.consistency)
		) {
			return ws;
		}
	}
	return best;
}

/** Whether nearly every row has as many fields as the first, two at least, or more. */
function atLeastFirstLine(rows: string[][]): boolean {
	const width = rows[0]?.length ?? 0;
	if (width < 2) return false;
	return rows.filter((row) => row.length >= width).length >= rows.length * 0.9;
}

function summarise(delimiter: Delimiter, rows: string[][]): DelimiterGuess {
	const counts = new Map<number, number>();
	for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
	let fieldCount = 1;
	let most = 0;
	for (const [count, lines] of counts) {
		if (lines > most || (lines === most && count > fieldCount)) {
			most = lines;
			fieldCount = count;
		}
	}
	return { delimiter, fieldCount, consistency: rows.length ? most / rows.length : 0 };
}
